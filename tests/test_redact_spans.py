"""Spans are token-exact, known identifiers always win, and states follow one policy.

Issue 18: a replacement never removes a word that was not part of the identifier ("Good morning,
[PERSON]. How has your week been"), a known identifier is redacted whatever its kind and the
policy, and a state is kept (Safe Harbor) or redacted the same way wherever it appears.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from harness import dialogs
from localnotes.errors import UsageError
from localnotes.redact import KnownIdentifier, Redactor, get_redactor
from localnotes.types import Segment

ROOT = Path(__file__).resolve().parents[1]
DIALOGS = ROOT / "benchmarks" / "data" / "dialogs"
HELDOUT = ROOT / "benchmarks" / "data" / "heldout"
_TOKEN = re.compile(r"\[[A-Z_]+(?:-\d+)?\]|[A-Za-z0-9']+")


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def one(redactor: Redactor, text: str, known: list[KnownIdentifier] | None = None) -> str:
    return redactor.redact([Segment(0.0, 1.0, text)], known=known or []).segments[0].text


def test_the_demo_greeting_keeps_the_next_sentence(redactor: Redactor) -> None:
    segs = [
        Segment(0.0, 2.0, "Good morning, Daniel."),
        Segment(2.0, 4.0, "How has your week been since we last met?"),
    ]
    out = redactor.redact(segs, known=[KnownIdentifier("Daniel")]).segments
    assert " ".join(s.text for s in out).startswith(
        "Good morning, [PERSON]. How has your week been"
    )
    joined = "Good morning, Daniel. How has your week been"
    assert one(redactor, joined, [KnownIdentifier("Daniel")]) == (
        "Good morning, [PERSON]. How has your week been"
    )


def test_the_demo_greeting_without_known_names(redactor: Redactor) -> None:
    assert one(redactor, "Good morning, Daniel. How has your week been") == (
        "Good morning, [PERSON]. How has your week been"
    )


def test_a_known_name_split_in_two_words_is_still_one_span(redactor: Redactor) -> None:
    out = one(
        redactor, "she works at bright water now", [KnownIdentifier("Brightwater", "ORGANIZATION")]
    )
    assert out == "she works at [ORGANIZATION] now"


def _tokens_outside(text: str, spans: list[tuple[int, int]]) -> list[str]:
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out += [*_TOKEN.findall(text[pos:start]), "<ID>"]
        pos = end
    return out + _TOKEN.findall(text[pos:])


@pytest.mark.parametrize(
    "path", sorted([*DIALOGS.glob("*.txt"), *HELDOUT.glob("*.txt")]), ids=lambda p: p.stem
)
def test_no_word_outside_a_span_is_lost_or_changed(redactor: Redactor, path: Path) -> None:
    d = dialogs.parse(path)
    segs = [Segment(float(i), float(i) + 1, text) for i, (_spk, text) in enumerate(d.turns)]
    joined = " ".join(s.text for s in segs)
    spans = redactor.analyze(joined)
    for s in spans:  # a span starts and ends on a word boundary
        assert s.start == 0 or not joined[s.start - 1].isalnum(), joined[s.start - 5 : s.end]
        assert s.end == len(joined) or not joined[s.end].isalnum(), joined[s.start : s.end + 5]
    expected = _tokens_outside(joined, [(s.start, s.end) for s in spans])
    red = " ".join(s.text for s in redactor.redact(segs).segments)
    got = [("<ID>" if t.startswith("[") else t) for t in _TOKEN.findall(red)]
    assert got == expected


def test_a_known_state_is_redacted_whatever_the_policy(redactor: Redactor) -> None:
    known = [KnownIdentifier("Texas", "LOCATION")]
    assert one(redactor, "We drove to Texas in May.", known) == "We drove to [LOCATION] in [DATE]."
    assert one(redactor, "We drove to Texas.") == "We drove to Texas."


def test_a_known_ordinary_word_is_redacted_too(redactor: Redactor) -> None:
    # "Hope" is a capitalised ordinary word and a clinical theme; as a known name it goes
    assert "hope" not in one(redactor, "I talked to hope today", [KnownIdentifier("Hope")])


def test_states_are_kept_consistently_by_default(redactor: Redactor) -> None:
    text = "And Maria and Texas went to New Jersey, then to Marion, Ohio."
    out = one(redactor, text)
    assert "Texas" in out and "New Jersey" in out and "Ohio" in out
    assert "Marion" not in out


def test_states_can_be_redacted_too() -> None:
    r = get_redactor(states="redact")
    out = one(r, "I called from Texas, she lives in New Jersey, near Marion, Ohio.")
    for state in ("Texas", "Jersey", "Ohio", "Marion"):
        assert state not in out
    assert "called from" in out


def test_an_unknown_state_policy_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        get_redactor(states="sometimes")


@pytest.mark.parametrize(
    ("text", "secret", "kept"),
    [
        ("Since we moved to 1142, sick and more lane in Ellsworth.", "1142", "Since we moved to"),
        ("we live at eleven forty two sick a more lane now", "forty two", "now"),
        ("It's four thirty two birchwood lane, the blue house.", "thirty two", "the blue house"),
        ("She's at 57 Old Mill Road.", "57", "She's at"),
    ],
)
def test_a_house_number_before_a_street_type_is_an_address(
    redactor: Redactor, text: str, secret: str, kept: str
) -> None:
    out = one(redactor, text)
    assert secret not in out and kept in out and "[ADDRESS]" in out


@pytest.mark.parametrize(
    "text",
    [
        "I walked 3 miles down the road.",
        "I told him 3 times on the street.",
        "We had 2 kids and a dog by the way.",
        "I slept 2 nights in a row.",
    ],
)
def test_a_number_near_a_street_word_is_not_always_an_address(
    redactor: Redactor, text: str
) -> None:
    assert one(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("we took the kids to candlewood lake", "candlewood"),
        ("we moved to ellsworth last year", "ellsworth"),
        ("we moved to elsworth last year", "elsworth"),  # sounds like Ellsworth
        ("he grew up in kalamazoo", "kalamazoo"),
        ("my cousin is from jersey city", "jersey"),
        ("she drove to sandusky county", "sandusky"),
    ],
)
def test_lower_case_places_from_the_gazetteer(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in one(redactor, text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "I hope it helps.",
        "my mobile died again",
        "I was in denial for years.",
        "We went to the dog park and the lake.",
        "It was a long drive to the water park.",
    ],
)
def test_common_words_that_are_also_towns_stay(redactor: Redactor, text: str) -> None:
    assert one(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "We moved to New York, New York last year.",
            "We moved to [LOCATION], New York last year.",
        ),
        ("She works in Washington, D.C. now.", "She works in [LOCATION], D.C. now."),
        ("I lived in Ohio, Texas and Florida.", "I lived in Ohio, Texas and Florida."),
    ],
)
def test_a_town_named_like_its_state_is_a_town(
    redactor: Redactor, text: str, expected: str
) -> None:
    assert one(redactor, text) == expected
