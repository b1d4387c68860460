"""The Clutter Image Rating given room by room, for `measures`: in hoarding work the clinician
(or the client) matches each room to one of nine pictures of clutter, 1 to 9, and says it per
room ("Looking at the picture cards, I'd put the living room at a six today.", "The kitchen I'd
call a five.", "So a seven on the picture scale for the living room.", a second room with no
verb: "and the kitchen a five"). Each is charted as the rating of its room ("Clutter Image Rating
living room"), with an earlier one said right after it ("It was an eight in the summer."), where
the talk around it is of clutter or its pictures.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import score_wording
from localnotes.notes.model import Measure
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence

NAME = "Clutter Image Rating"
_MOST = 9.0
_ROOM = (
    r"(?:living|sitting|front|dining|spare|utility|box|back) ?room|lounge|kitchen|"
    r"(?:spare |main |master |back |front )?bedroom|bathroom|hall(?:way)?|landing|garage|study|"
    r"attic|loft|basement|cellar|conservatory"
)
#: the room, then its rating: "I'd put the living room at a six", "The kitchen I'd call a five",
#: "the bedroom is a seven"
_ROOM_THEN = re.compile(
    rf"\bthe ({_ROOM})\b(?:,? (?:i'd|i would|we'd|we would|i'll|i) (?:call|put|rate|score|say|"
    r"give)(?: it)?| (?:is|was|comes in|came in|looks like|scores?|rates?))(?: at| as)?"
    r"(?: about| around)?(?: an?)?\s+$|"
    rf"\b(?:put|rate|call|score|give) the ({_ROOM}) (?:at |as )?(?:about |around )?(?:an? )?$|"
    # a second room after a first, its verb left out: "The living room is a six, and the kitchen
    # a five."
    rf"(?:,|\band) the ({_ROOM}),? (?:about |around )?an? $",
    re.I,
)
#: the rating, then its room: "a seven on the picture scale for the living room"
_THEN_ROOM = re.compile(rf"^(?: on the [\w-]+(?: [\w-]+)? scale)?,? for the ({_ROOM})\b", re.I)
#: the talk of clutter or its pictures, near where the rooms are rated
_CLUTTER = re.compile(
    r"\bclutter\w*|\bpicture (?:cards?|scale)\b|\bpictures? (?:of|for) (?:the )?(?:rooms?|clutter)"
    r"|\bhoard\w*|\bclutter image\b",
    re.I,
)
_NEAR = 8  # sentences either side where clutter is talked of
#: an earlier rating of the same room said right after it: "It was an eight in the summer."
_EARLIER = re.compile(
    r"^\W*(?:(?:and|but|well),?\s+)?(?:it|that)(?: room)? (?:was|used to be)"
    r"(?: about| around| like)?(?: an?)?\s+$",
    re.I,
)


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    """Each room's Clutter Image Rating said in the sentences, and an earlier one after it."""
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        for n in find_numbers(s.text):
            if not 1 <= n.value <= _MOST or n.value != int(n.value):
                continue
            before = _ROOM_THEN.search(s.text[: n.start])
            after = _THEN_ROOM.match(s.text[n.end :])
            room = (
                next(g for g in before.groups() if g) if before else after.group(1) if after else ""
            )
            if not room or not _about_clutter(sentences, k):
                continue
            name = f"{NAME} {room.lower()}"
            out.append(Measure(name, n.value, _MOST, (s.evidence(),)))
            out += _earlier(sentences, k, name, s)
    return out


def _about_clutter(sentences: Sequence[Sentence], k: int) -> bool:
    near = sentences[max(0, k - _NEAR) : k + _NEAR + 1]
    return any(_CLUTTER.search(x.text) for x in near)


def _earlier(sentences: Sequence[Sentence], k: int, name: str, said: Sentence) -> list[Measure]:
    """The room's earlier rating in the next sentence, said with its time: "It was an eight in
    the summer, I'd say."."""
    if k + 1 >= len(sentences):
        return []
    s = sentences[k + 1]
    for n in find_numbers(s.text):
        if (
            1 <= n.value <= _MOST
            and _EARLIER.match(s.text[: n.start])
            and score_wording.EARLIER_AFTER.match(s.text[n.end :])
        ):
            return [Measure(name, n.value, _MOST, (said.evidence(), s.evidence()), earlier=True)]
    return []
