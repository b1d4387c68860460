"""Passages to read for risk: the net under the risk rules. A sentence that speaks words of a
kind of risk that no risk statement of that kind quotes is shown with the risk items as "not
classified", in the JSON (`risk_review`) and every format; idioms and the clinician's
hypotheticals are not shown; a kind the rules did read from a sentence is not shown again. All
sentences are invented for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from localnotes.notes import draft, risk, risk_review, templates
from localnotes.notes.sentences import split
from localnotes.types import Segment
from tests.conftest import Cli, user_env
from tests.vault_fixtures import stored_session


def review(*turns: tuple[str, str]) -> list[tuple[tuple[str, ...], str]]:
    """(kinds, quote) of each passage of a dialog of (speaker, text) turns, after the rules."""
    segs = [Segment(i * 5.0, i * 5.0 + 4.5, t, s) for i, (s, t) in enumerate(turns)]
    sentences = split(segs)
    found, _, unread = risk.extract(sentences)
    return [(p.kinds, p.evidence[0].quote) for p in risk_review.passages(sentences, found, unread)]


def kinds_of(text: str) -> tuple[str, ...]:
    return risk_review.kinds_in(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Most mornings I'd rather be dead than face the office.", "suicidal_ideation"),
        ("Lately I ask God not to let me wake up.", "suicidal_ideation"),
        ("I keep thinking it would be simpler not to be around.", "suicidal_ideation"),
        ("I've been putting aside my pills, just in case.", "suicidal_ideation"),
        ("I swallowed a handful of my aunt's pills that night.", "suicidal_ideation"),
        ("There's a shotgun in the hall closet.", "suicidal_ideation"),
        ("Every night I ask that he take me in my sleep.", "suicidal_ideation"),
        ("If the lump is back I won't fight it this time.", "suicidal_ideation"),
        ("They're only scratches, on the inside of my wrist.", "self_harm"),
        ("Until my fists bled, some nights.", "self_harm"),
        ("She'd take the wooden spoon to me for spilling.", "abuse_or_neglect"),
        ("Nobody changed the wet sheets till noon.", "abuse_or_neglect"),
        ("I scratched myself until it bled.", "self_harm"),
        ("I've started cutting again, on my thighs.", "self_harm"),
        ("She threw a mug at her roommate.", "harm_to_others"),
        ("I pictured smothering the baby and it terrified me.", "harm_to_others"),
        ("He shoved me into the doorframe.", "abuse_or_neglect"),
        ("My uncle touched me when I was nine.", "abuse_or_neglect"),
        ("They left the kids alone for the whole weekend.", "abuse_or_neglect"),
    ],
)
def test_each_kind_of_risk_is_heard_in_words_no_rule_was_written_for(text: str, kind: str) -> None:
    assert kind in kinds_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "This commute is killing me.",
        "We're cutting back on takeout this month.",
        "My grandmother died in her sleep last spring.",
        "Mom's going to kill me when she sees the grade.",
        "I'm dying to see that movie.",
        "I burned myself out on overtime.",
        "The phone died halfway through the call.",
        "The cat scratches the sofa.",
        "We fought about who forgot the wet towels.",
    ],
)
def test_idioms_and_ordinary_speech_are_not_passages(text: str) -> None:
    assert review(("C", text)) == []


def test_a_clinicians_hypothetical_is_advice_not_a_passage() -> None:
    said = "If you ever think about ending your life, call the crisis line."
    assert review(("T", said)) == []
    # the same words in a client's telling are one (here as an invented "if" the rules leave)
    told = "If it weren't for my cat I'd have ended it all by now."
    assert review(("C", told)) == [(("suicidal_ideation",), told)]


def test_a_kind_the_rules_read_is_not_repeated_and_a_kind_they_did_not_is_shown() -> None:
    # the rules read ideation, asked and denied; the self-harm the question names is left to read
    out = review(
        ("T", "Did you want to die when you burned your hand?"),
        ("C", "No. I didn't want to die."),
    )
    assert out == [(("self_harm",), "Did you want to die when you burned your hand?")]


def test_a_statement_the_rules_classify_is_not_a_passage() -> None:
    assert review(("C", "I have been thinking about killing myself.")) == []


TURNS = (
    ("T", "How have the evenings been?"),
    ("C", "Quiet. There's a shotgun in the hall closet that was my dad's."),
    ("T", "Any thoughts of hurting yourself?"),
    ("C", "No, nothing like that."),
)


def test_passages_sit_with_the_risk_items_in_every_template_and_format() -> None:
    segs = [Segment(i * 5.0, i * 5.0 + 4.5, t, s) for i, (s, t) in enumerate(TURNS)]
    doc = draft.build(segs, templates.load("soap"), "s", "redacted")
    assert doc["risk_review"] == [
        {
            "kinds": ["suicidal_ideation"],
            "evidence": [
                {
                    "start": 5.0,
                    "end": 9.5,
                    "speaker": "C",
                    "quote": "There's a shotgun in the hall closet that was my dad's.",
                }
            ],
        }
    ]
    assert [r["status"] for r in doc["risk"]] == ["denied"]
    assessment = next(s for s in doc["sections"] if s["name"] == "Assessment")
    texts = [i["text"] for i in assessment["items"]]
    assert texts[0].startswith("Self-harm: denied")
    assert texts[1] == (
        "Not classified, read for suicidal ideation: "
        "“There's a shotgun in the hall closet that was my dad's.”"
    )
    # a clinician's own template that places risk gets the passages too, right after it
    own = templates.parse('[[sections]]\nname = "Risk"\nitems = ["protective", "risk"]\n', "own")
    mine = draft.build(segs, own, "s", "redacted")
    assert [i["text"][:15] for i in mine["sections"][0]["items"]] == [
        "Self-harm: deni",
        "Not classified,",
    ]


@pytest.fixture
def stored(tmp_path: Path) -> tuple[Cli, str]:
    """A vault holding one session whose transcript is TURNS, stored by the pipeline."""
    data_dir = tmp_path / "vault"
    segs = tuple(Segment(i * 5.0, i * 5.0 + 4.5, t, s) for i, (s, t) in enumerate(TURNS))
    sid = stored_session(data_dir, "P-410", segs)
    return Cli(data_dir, user_env(tmp_path)), sid


def test_the_cli_prints_the_passages_in_json_and_markdown(stored: tuple[Cli, str]) -> None:
    cli, sid = stored
    doc = cli.json("note", sid)
    assert [p["kinds"] for p in doc["risk_review"]] == [["suicidal_ideation"]]
    assert "shotgun" in doc["risk_review"][0]["evidence"][0]["quote"]
    md = cli("note", sid, "--format", "md", check=True).stdout
    assert "- Not classified, read for suicidal ideation: “There's a shotgun" in md
