"""Measures whose short names speech recognition writes as other words (tiny.en on the tuned
af01-af22, issue 17's twenty-seventh pass), each checked in a sentence of its own: the Epworth as
"app worth", the MADRS as "your mad is", the HAM-D spelled "H.A.M.D.", the HADS as "heads ... for
depression", the PANSS as "pants' positive", the CADSS as "cad's"; and the same words where no
score is said, which must stay out."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("Your app worth this week was 9.", "Good."), "Epworth Sleepiness Scale", {9.0}),
        (("So your mad is this week was 22.", "Right."), "MADRS", {22.0}),
        (("Your mad's was 27, last time.", "Okay."), "MADRS", {27.0}),
        (("The H.A.M.D. today is 14.", "Is that better?"), "HAM-D", {14.0}),
        (("His heads was 12 for anxiety and 9 for depression.", "Okay."), "HADS", {12.0, 9.0}),
        (("The pants negative score is 18 today.", "Right."), "PANSS", {18.0}),
        (("Your cad's today was 8.", "Okay."), "CADSS", {8.0}),
        # and on ag01-ag22's `localnotes transcribe` transcripts (twenty-eighth pass)
        (("The insamnia severity index came out at 18.", "Okay."), "ISI", {18.0}),
        (
            ("In May the total tick score was 28, today I make it 19.", "Good."),
            "YGTSS",
            {28.0, 19.0},
        ),
        (("Your LS asset at the start was 90.", "Right."), "LSAS", {90.0}),
        (("Your dares this week was 98.", "Okay."), "DERS", {98.0}),
        (("Your vast 21, depression 14, anxiety 8.", "Okay."), "DASS-21", {14.0, 8.0}),
    ],
)
def test_a_name_heard_as_other_words(turns: tuple[str, ...], name: str, scores: set[float]) -> None:
    found = measures(*turns)
    got = {s for n, s in found if n.startswith(name)}
    assert scores <= got, found


@pytest.mark.parametrize(
    "turns",
    [
        ("The app worth it was 9 pounds.", "Okay."),
        ("Your mad is showing, you know.", "Ha."),
        ("The heads came off at 3 for the dolls.", "Okay."),
        ("My pants positive thinking was 10 out of 10.", "Great."),
        ("The cad's a liar, he was 40 minutes late.", "Oh."),
        ("The anaemia severity index was 4.", "Okay."),
        ("He dares in August was 131.", "Okay."),
        ("I'd take a vast 21 piece set.", "Okay."),
    ],
)
def test_the_same_words_with_no_measure(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    names = ("Epworth", "MADRS", "HADS", "PANSS", "CADSS", "ISI", "DERS", "DASS")
    assert not any(n.startswith(names) for n, _ in found), found


@pytest.mark.parametrize(
    ("answer", "scores"),
    [
        # speech recognition joins "Seven in the morning. Now about five." with a comma
        ("Seven in the morning, now about five.", {7.0, 5.0}),
        ("An eight first thing, today maybe a six.", {8.0, 6.0}),
        # a number after "now" that is no value of the rating
        ("Seven in the morning, now about five past ten I took a pill.", {7.0}),
        ("Seven, now five of us live there.", {7.0}),
    ],
)
def test_a_later_value_after_a_comma(answer: str, scores: set[float]) -> None:
    found = measures("How bad was the pain this morning, from zero to ten?", answer)
    assert {s for n, s in found if n == "pain rating"} == scores, found
