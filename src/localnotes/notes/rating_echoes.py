"""The answerer saying back what a rating prompt asked about, as a question, before the number:
"From one to ten, how much exam stress are you feeling?" "Exam stress? Nine."; "how trapped do
you feel?" "Feeling trapped? Nine."; "how safe do you feel at home?" "Safe at home? Three." The
echo is no new question (the answer still follows it), and where the prompt named nothing the
ratings know, it says what is rated ("how much annoyance has it caused you?" "Annoyance? Eight.").
"""

from __future__ import annotations

import re

from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

#: words an echo may hold besides those of the prompt: articles, when, and "feeling"
_FILLER = frozenset({"the", "a", "an", "my", "your", "his", "her", "right", "now", "today",
                     "tonight", "this", "week", "these", "days", "at", "for", "of", "in", "on",
                     "feeling", "feel", "like", "me", "oh", "um", "uh", "so", "and",
                     # the prompt's own words for a number: "The number?" asks what is meant
                     "number", "rating", "score", "scale", "it", "that"})  # fmt: skip
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
#: the longest echo, in words: "The seizure worry right now?"
_MOST_WORDS = 5


def _stem(word: str) -> str:
    return word[:5] if len(word) > 5 else word


def echoed(prompt: Sentence, s: Sentence) -> str | None:
    """What the question `s`, another turn's, says back of the rating `prompt` asks for: its words
    that are no filler ("exam stress"), each a word of the prompt's (by its first five letters:
    "safe" for "safe", "annoyance" for "annoyance"); None where `s` is no such echo."""
    if not s.is_question or s.segment == prompt.segment or find_numbers(s.text):
        return None
    words = _WORD.findall(s.text.lower())
    if not words or len(words) > _MOST_WORDS:
        return None
    content = [w for w in words if w not in _FILLER]
    asked = {_stem(w) for w in _WORD.findall(prompt.text.lower())}
    if not content or any(_stem(w) not in asked for w in content):
        return None
    return " ".join(content)
