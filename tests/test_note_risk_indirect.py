"""Risk rules of issue 17's thirteenth pass, each on invented sentences (none copied from a
dialog): ideation told indirectly ("I'd just be better off gone", "I can't see myself going on",
"death sounds like a relief", "she wants to be with the Lord already", "how easy it would be to
unplug the pump"); "rather not be here than ..."; self-harm done "to punish myself", skin pinched
until it bruised; a person pushed into a wall; a child nobody watched, left alone overnight. And
what must not be read so: a wish to be elsewhere, a joke, a relief of another kind."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment


def said(text: str) -> set[tuple[str, str]]:
    who = ("clinician", "client")
    turns = ("How have things been?", text)
    segs = [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]
    return {(r.kind, r.status) for r in extract(segs).risk}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Some nights I think I'd just be better off gone.", "suicidal_ideation"),
        ("Honestly, I can't see myself going on like this.", "suicidal_ideation"),
        ("Lately death sounds like a relief, to be honest.", "suicidal_ideation"),
        ("Some days dying seems simpler than all this.", "suicidal_ideation"),
        ("I just want to go home to the Lord already.", "suicidal_ideation"),
        ("I lie there thinking how easy it would be to unplug the pump.", "suicidal_ideation"),
        ("I'd rather not be here than face another round of chemo.", "suicidal_ideation"),
        ("I plucked my eyebrows out one by one to punish myself.", "self_harm"),
        ("I pinch the skin of my thighs till it bruises.", "self_harm"),
        ("I pushed my brother into the bookcase last month.", "harm_to_others"),
        ("I lost it. I pushed him, hard.", "harm_to_others"),
        ("I squeeze it till it bleeds, mostly on my arms.", "self_harm"),
        ("With a pin, until it bled, most nights.", "self_harm"),
        (
            "We were both out and nobody was watching them for the whole evening.",
            "abuse_or_neglect",
        ),
        ("Our eight-year-old was left alone overnight twice in March.", "abuse_or_neglect"),
    ],
)
def test_told_indirectly(text: str, kind: str) -> None:
    assert (kind, "endorsed") in said(text), said(text)


@pytest.mark.parametrize(
    "text",
    [
        "I'd be better off gone from that job, honestly.",
        "I'd rather not be here than at my in-laws' for Christmas.",
        "Retiring sounds like a relief.",
        "I can't see myself going on holiday this year.",
        "I pushed the cart into the wall by accident.",
        "I pushed him to apply for the job.",
        "I squeezed the lemon and the juice went everywhere.",
        "How easy it would be to unplug the router and just read.",
        "I pinch myself to check I'm awake, that's a joke.",
        "Nobody was watching the game, so we turned it off.",
        "The dog was left alone for hours, the neighbours said.",
    ],
)
def test_not_endorsed(text: str) -> None:
    assert not [k for k, s in said(text) if s == "endorsed"], said(text)
