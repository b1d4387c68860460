"""The literals a pattern needs: a prefilter may only ever skip patterns that cannot match."""

from __future__ import annotations

import re

import pytest

from localnotes.measure_names import measure_patterns
from localnotes.notes import lexicon, measure_named, risk_cue_scan
from localnotes.regex_literals import Prefilter, needed
from tests.conftest import DIALOGS

# every fourth dialog, its label lines too (they name the measures as a draft would): enough
# to check the literals on what people say without running every pattern over every dialog
TEXTS = [
    p.read_text("utf-8")
    for d in (DIALOGS, DIALOGS.parent / "note_tuned")  # the blind set stays unread
    for p in sorted(d.glob("*.txt"))
][::4]


@pytest.mark.parametrize(
    ("pattern", "needs"),
    [
        (r"beck hopelessness", {"beck hopelessness"}),
        # of each way it may match, the longest string it spells out
        (r"\bphq[\s-]*9\b|patient health", {"phq", "patient health"}),
        (r"\bphq[\s-]*(?:9|nine)\b", {"phq", "nine"}),
        # an optional part needs nothing; a repeated one at least once does
        (r"(?:the )?kessler(?: ten)?", {"kessler"}),
        (r"(?:ab)+c?", {"ab"}),
        # of one-letter strings the rarest letter: "q" tells more than "p" or "h"
        (r"p\.?\s*h\.?\s*q", {"q"}),
        # a string holding another adds nothing
        (r"hq|phq", {"hq"}),
    ],
)
def test_what_a_pattern_needs(pattern: str, needs: set[str]) -> None:
    assert needed(re.compile(pattern, re.I)) == needs


@pytest.mark.parametrize(
    "pattern",
    [
        r"kessler|\w+\s\d",  # an alternative that spells nothing out
        r"(?:kessler)?\s",  # nothing but an optional part
        r"[a-z]+\d",
    ],
)
def test_a_pattern_that_needs_nothing_is_always_run(pattern: str) -> None:
    compiled = re.compile(pattern, re.I)
    assert needed(compiled) is None
    assert Prefilter([compiled]).candidates("nothing here at all") == [0]


def test_a_pattern_is_skipped_only_without_what_it_needs() -> None:
    compiled = re.compile(r"\d+ out of ten", re.I)
    assert needed(compiled) == {" out of ten"}
    assert Prefilter([compiled]).candidates("a six out of nine") == []
    assert Prefilter([compiled]).candidates("a 6 OUT OF TEN") == [0]


def test_a_case_sensitive_pattern_needs_its_literals_as_they_are() -> None:
    assert needed(re.compile("PHQ")) == {"PHQ"}
    assert Prefilter([re.compile("PHQ")]).candidates("the phq") == []
    assert Prefilter([re.compile("PHQ")]).candidates("the PHQ") == [0]
    # a part made case-blind needs nothing; in a case-blind pattern, a part made case-sensitive
    # is still found casefolded
    assert needed(re.compile("(?i:phq)")) is None
    assert Prefilter([re.compile(r"(?-i:CATS)\b", re.I)]).candidates("the CATS was 30") == [0]


def test_case_is_folded_both_ways() -> None:
    # the Kelvin sign and the long s match "k" and "s" in a case-blind pattern
    pattern = re.compile("kessler", re.I)
    text = "the \u212aes\u017fler was 12"
    assert pattern.search(text)
    assert Prefilter([pattern]).candidates(text) == [0]
    assert Prefilter([pattern]).candidates("the GAD-7 was 12") == []


def test_candidates_keep_the_patterns_order() -> None:
    pats = [re.compile(p, re.I) for p in ("audit", "phq", "gad", "audit-c")]
    assert Prefilter(pats).candidates("the AUDIT-C and the PHQ") == [0, 1, 3]


def test_every_match_of_every_lexicon_measure_holds_what_it_needs() -> None:
    # the prefilter's soundness on what the dialogs say: no match of a measure's pattern lacks
    # all of the strings it is said to need
    for name, pattern in measure_patterns():
        needs = needed(pattern)
        assert needs is not None, name  # each measure's patterns spell something out
        for text in TEXTS:
            for m in pattern.finditer(text):
                assert any(s in m.group(0).casefold() for s in needs), (name, m.group(0))


def test_the_prefiltered_search_finds_what_every_pattern_finds() -> None:
    sentences = [s for t in TEXTS[:20] for s in re.split(r"(?<=[.?!])\s+", t)]
    for sentence in sentences:
        found: list[tuple[str, int, int]] = []
        for name, pattern in lexicon.load().measures:
            for m in pattern.finditer(sentence):
                if not any(a <= m.start() < b for _, a, b in found):
                    found.append((name, m.start(), m.end()))
        assert measure_named.lexicon_named(sentence) == found, sentence


def test_every_match_of_every_risk_cue_holds_what_it_needs() -> None:
    # the cues run over the lowercased sentence, case-sensitive: their literals are looked for
    # as they are
    for cue in risk_cue_scan.CUES:
        needs = needed(cue.pattern)
        for text in TEXTS:
            for m in cue.pattern.finditer(text.lower()):
                assert needs is None or any(s in m.group(0) for s in needs), m.group(0)


def test_literals_filed_by_their_rarest_pair_are_all_looked_for() -> None:
    # the prefilter looks only for literals filed under a pair of letters the text holds: it
    # must keep every pattern whose literal is in the text, as looking for every literal does
    patterns = [c.pattern for c in risk_cue_scan.CUES]
    prefilter = Prefilter(patterns)
    needs = [needed(p) for p in patterns]
    sentences = [s.lower() for t in TEXTS[:40] for s in re.split(r"(?<=[.?!])\s+", t)]
    sentences += ["i", "a", "x", "", "q?", "zz zz"]
    for text in sentences:
        every = [i for i, n in enumerate(needs) if n is None or any(s in text for s in n)]
        assert prefilter.candidates(text) == every, text
