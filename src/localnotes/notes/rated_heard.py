"""A rated word speech recognition misheard by a letter ("cradings" for cravings), for
`rated_words` and `ratings`."""

from __future__ import annotations

import re

#: the words of RATED that speech recognition may mishear by one letter ("cradings")
_RATED_WORDS = {
    "cravings": "cravings", "craving": "cravings", "anxiety": "anxiety", "anxious": "anxiety",
    "depression": "depression", "depressed": "depression", "sleeping": "sleep",
    "stressed": "stress", "distress": "distress", "distressing": "distress",
    "upsetting": "distress", "focus": "focus", "concentration": "focus", "energy": "energy",
    "panic": "panic", "anger": "anger", "motivation": "motivation", "hopeless": "hopelessness",
    "confidence": "confidence", "important": "importance", "worried": "worry", "worry": "worry",
}  # fmt: skip


def rated_misheard(text: str) -> str | None:
    """A rated word misheard by one letter: "cradings" is cravings (same first letter, six or
    more letters, one edit)."""
    from localnotes.notes.lexicon import bounded_distance

    for w in re.findall(r"[a-z]{6,}", text.lower()):
        for word, name in _RATED_WORDS.items():
            if w[0] == word[0] and bounded_distance(w, word, 1) <= 1:
                return name
    return None
