"""An option of a risk question picked by an answer: by its words ("A wish, or thoughts of killing
yourself?" "A wish, yeah."), or by its place ("Is that a wish to be dead, or thoughts of ending
your life?" "The first one.", issue 17's thirty-second pass). Moved from `risk_turns` in the
forty-first pass.
"""

from __future__ import annotations

import re

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_asked_back import DEATH_CHECK, DEATH_SAID
from localnotes.notes.risk_cue_scan import cues as cues_in


def options_of(question: str) -> list[str]:
    """The options of a question: "A wish, or thoughts of killing yourself?" gives two."""
    return re.split(r",?\s+or\s+", question)


def long_words(text: str) -> set[str]:
    """The words of four letters or more, by which an answer is matched to an option."""
    return set(re.findall(r"[a-z]{4,}", text))


def picked(question: str, answer: str, after: str = "") -> bool:
    """A short answer that picks one of the question's options, each of them risk."""
    if DEATH_SAID.match(answer) and DEATH_CHECK.search(question):
        return True  # "Is it leaving, or is it not being alive?" "Like, not be around."
    options = options_of(question)
    # "Not being alive, yeah.", "Not being alive. Yeah, sometimes.": the option, then a yes
    said_yes = re.match(r"^[^,.;]{1,40}[,.]\s*(?:yes|yeah|yep)\b", f"{answer} {after}")
    if re.match(r"^[^,.;]{1,40}[,.]\s*(?:no|nope|nah|never)\b", answer):
        return False  # "Hurting myself, no.": the option named and denied (aw02)
    answer = re.split(r"[,.;]\s", answer, maxsplit=1)[0]  # "More the wish, I haven't ..."
    words = long_words(answer) - {"more", "just", "that", "like", "zero", "none"}
    if not question.rstrip().endswith("?") or len(options) < 2 or _NOT_TO.search(after):
        return False  # "I scratch when it itches. But not to hurt myself."
    if rq.BOTH.match(answer):  # "Was it about hurting yourself, or something else?" "Both, ..."
        return any(cues_in(o) for o in options)
    if rf.NEGATION.search(answer) and not said_yes:
        return False
    if len(answer.split()) > 5:  # "Wish I suppose I'm ready to go.": run on, the option first
        words = long_words(answer.split()[0])
    picks = any(words & long_words(o) for o in options)
    return picks and all(cues_in(o) or DEAD.search(o) for o in options)


_NOT_TO = re.compile(r"(?:^|\bbut )(?:and )?(?:not|never) (?:to|on purpose|deliberately)\b")

#: an option of dying that has no cue of its own: "Were those thoughts of being dead, or ...?"
DEAD = re.compile(
    r"\b(?:being dead|dying|death|not (?:being )?(?:alive|here|around))\b|"
    # "Is that a wish for it to come, or ... thoughts of ending your life yourself?" (of a death
    # that is coming)
    r"\bwish (?:that )?(?:you|i)(?:'d| would| could)? (?:just )?die\b|"
    r"\bwish(?:ing)? (?:for )?(?:it|death|the end|things|everything|it all) (?:to|would) "
    r"(?:come|hurry|be over|end sooner|end early|be over sooner)\b"
)


_ORDINAL = re.compile(
    r"^(?:(?:more|just|mostly|probably|definitely|only|mainly|i'd say|i guess),? )*(?:the )?"
    r"(?P<n>first|second|former|latter|last)(?: one| bit| thing)?(?:,? (?:i (?:guess|think|"
    r"suppose)|really|mostly|yeah|yes))?\W*$"
)
_PLACE = {"first": 0, "former": 0, "second": 1, "latter": -1, "last": -1}


def ordinal(question: str, answer: str) -> str | None:
    """ "yes" when the answer picks by its place an option with risk in it, "no" when it picks
    the one option without, None when the answer picks nothing by its place."""
    m = _ORDINAL.match(answer.strip(" \"'"))
    if m is None or not question.rstrip().endswith("?"):
        return None
    choices = options_of(question.rstrip(" ?"))
    if len(choices) < 2:
        return None
    risky = [bool(cues_in(o) or DEAD.search(o)) for o in choices]
    if not any(risky):
        return None
    return "yes" if risky[_PLACE[m["n"]]] else "no"
