"""A battery of 30 yeses and 29 noes written for issue 17's thirty-eighth pass (not from any
dialog or probe), each read as it means to three questions alike (of ideation, of self-harm, of
an urge to hurt someone), with and without speaker labels, as the risk probes read theirs. The
yeses read 27/30 and the noes 28/30 before the pass's answer forms for them; a thirtieth no, "Not
since I was a teenager, no, and not now.", is left out on purpose: the draft charts a history
of self-harm as past however long ago."""

from __future__ import annotations

import pytest

from harness.probe_items import right

_YESES = [
    "More than I'd like to admit.",
    "Most nights, if I'm honest.",
    "It's crossed my mind, yeah.",
    "ya a bit",
    "Since the funeral, on and off.",
    "Worse than last month.",
    "I'd be lying if I said no.",
    "um yeah yeah i have",
    "Only when the drink's in me.",
    "Once or twice this week.",
    "Not gonna lie, yes.",
    "That's fair to say.",
    "Guilty.",
    "Hand on heart, yes.",
    "Every single day, doc.",
    "Aye, now and again.",
    "I have, aye.",
    "On the bad days.",
    "Mm. More than once.",
    "You could say that.",
    "In a way, yes.",
    "yes but i dont want to talk about it",
    "Sort of, yeah, sometimes.",
    "It's been there, yeah.",
    "I won't lie to you, yes.",
    "Off and on since Christmas.",
    "Ja, sometimes.",
    "Some days, yeah.",
    "Yeah, more lately.",
    "If I'm being truthful, yes.",
]
_NOES = [
    "Not at all.",
    "nah never",
    "No, not once.",
    "Not really, no.",
    "Never have, never will.",
    "God no.",
    "Nope, nothing like that.",
    "Not me.",
    "No, I'm past all that.",
    "Absolutely not.",
    "No way.",
    "Hand on heart, no.",
    "Honestly, no.",
    "Not for a second.",
    "uh no no",
    "No, not even close.",
    "Definitely not.",
    "Not in a million years.",
    "I can honestly say no.",
    "No, that's not me.",
    "Nah, I'm alright.",
    "Never crossed my mind.",
    "No, I wouldn't.",
    "No, thank God.",
    "Na, mi nuh do dat.",
    "Not at the minute, no.",
    "No, no, nothing.",
    "It's never been like that for me.",
    "No, and I never have.",
]


@pytest.mark.parametrize("said", _YESES)
def test_yes(said: str) -> None:
    assert right("yeses", said)


@pytest.mark.parametrize("said", _NOES)
def test_no(said: str) -> None:
    assert right("noes", said)
