"""Measures of issue 17's thirty-fourth pass, from the am-set's misses, on invented sentences:
instruments by their documented names and ranges (the HoNOS for children and adolescents, the
Rowland dementia assessment, the Obsessive Compulsive Drinking Scale, the Young Person's CORE,
"the HAI", the ITQ's second part "the DSO", "the SOWS" when it is done, "the Calgary" with its
score after it); a score said as "one" after its verb and before a comma ("the Barnes scale was
one, so mild"), never "one more"; and an earlier value of a rating said as what one did then
with no comma ("When I started it was nine.", "Before, when I came in June, eight.")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The HoNOSCA I did with his mum came to twenty-two.", "Okay."), "HoNOSCA", 22.0),
        (("And the whole naska, the one the team fills in, is nineteen.", "Okay."), "HoNOSCA",
         19.0),
        (("You got seventeen on the RUDAS today.", "Is that bad?"), "RUDAS", 17.0),
        (("The Rowland Universal Dementia Assessment Scale was twenty-six.", "Okay."), "RUDAS",
         26.0),
        (("Your OCDS, the thoughts about drinking one, was thirty-one.", "Right."), "OCDS", 31.0),
        (("The obsessive compulsive drinking scale came to twelve.", "Okay."), "OCDS", 12.0),
        (("And the CORE-YP this time is seventeen.", "Okay."), "CORE-YP", 17.0),
        (("The young person's CORE was twenty-nine.", "Okay."), "CORE-YP", 29.0),
        (("You did the worry about illness one, the HAI. Twenty-seven.", "Okay."), "SHAI", 27.0),
        (("You did the ITQ again.", "Yes.", "And the DSO part came to eleven.", "Okay."), "ITQ",
         11.0),
        (("You did the SOWS in the clinic this morning, the withdrawal one. Twelve.", "Okay."),
         "SOWS", 12.0),
        (("And the mood one, the Calgary, was four.", "Okay."), "CDSS (Calgary", 4.0),
        (("The Calgary came to eleven this time.", "Okay."), "CDSS (Calgary", 11.0),
        (("For the restlessness, the Barnes scale was one, so very mild.", "Okay."), "BARS", 1.0),
    ],
)  # fmt: skip
def test_an_instrument_by_its_documented_name_and_range(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # out of the documented range: the RUDAS runs 0-30, the CORE-YP 0-40, the OCDS 0-56
        (("The RUDAS came to forty-two.", "Okay."), "RUDAS"),
        (("The CORE-YP was fifty.", "Okay."), "CORE-YP"),
        (("The OCDS was seventy.", "Okay."), "OCDS"),
        # a city, farm animals, a word said in another language and a form counted
        (("We lived in Calgary for nine years.", "Okay."), "CDSS"),
        (("The sows in the top field had eleven piglets.", "Okay."), "SOWS"),
        (("He said hai, hai, three times and bowed.", "Okay."), "SHAI"),
        (("There's one more, about the urges, the OCDS.", "Okay."), "OCDS"),
    ],
)  # fmt: skip
def test_near_misses_are_not_charted(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


def test_one_of_after_its_verb_is_no_score() -> None:
    found = measures("The Barnes scale was one of the things we went over.", "Okay.")
    assert not any(n.startswith("BARS") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "rated", "scores"),
    [
        (("How bad is the dread this week, out of ten?", "Six. When I started here it was nine."),
         "dread", {6.0, 9.0}),
        (("How strong are the urges to drink today, out of ten?",
          "Four. When I first got here it was ten."), "urge", {4.0, 10.0}),
        (("Out of ten, how loud are the voices?",
          "Maybe five. Before, when I came in June, eight."), "voices", {5.0, 8.0}),
        (("How strong is the urge to gamble today, out of ten?",
          "Today, six. Last week it was like three, I was doing fine."), "urge", {6.0, 3.0}),
    ],
)  # fmt: skip
def test_an_earlier_value_said_as_what_one_did_then(
    turns: tuple[str, ...], rated: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert {s for n, s in found if n.startswith(rated)} == scores, found


def test_a_when_clause_without_a_value_of_the_rating_is_none() -> None:
    found = measures("How bad is the dread this week, out of ten?",
                     "Six. When I came in it was 2019, the flood year.")  # fmt: skip
    assert {s for n, s in found if n.startswith("dread")} == {6.0}, found


@pytest.mark.parametrize(
    ("turns", "rated", "score"),
    [
        # the thing rated named after a word between ("the closeness between you")
        (("Out of ten, how would you both rate the warmth between you at the moment?", "Four."),
         "warmth", 4.0),
        # an -ous adjective asked of someone else: "how suspicious does she seem"
        (("How cautious does he seem around the dog, out of ten?", "About six."), "cautious",
         6.0),
        (("Out of ten, how suspicious does your dad seem these days?", "An eight."),
         "suspicious", 8.0),
        # the rated thing named last, as the clinician calls it
        (("Out of ten, how close do you feel to the twins, your attachment this week?",
          "Five."), "attachment", 5.0),
        (("Out of ten, how close do you feel to your brother, your belonging this week?",
          "Three."), "belonging", 3.0),
    ],
)  # fmt: skip
def test_the_rated_thing_as_the_clinician_names_it(
    turns: tuple[str, ...], rated: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, rated, score), found


@pytest.mark.parametrize(
    ("turns", "rated"),
    [
        # a time, a meeting or an anxiety adjective after the question name no other thing
        (("Out of ten, how tired do you feel after the drive, the morning?", "Six."), "tired"),
        (("Out of ten, how anxious do you feel about it, your meeting on Friday?", "Six."),
         "anxiety"),
        (("How nervous were you before the talk, out of ten?", "Seven."), "nervous"),
    ],
)  # fmt: skip
def test_a_rated_word_stays_where_nothing_else_is_named(turns: tuple[str, ...], rated: str) -> None:
    found = measures(*turns)
    assert {n.split()[0] for n, _ in found} <= {rated, rated + "ness"}, found
    assert found, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # as speech recognition writes them: the OASIS in lower case with its score, the CGAS
        # as "the sea gas", the IQCODE as "the acode", the CCAPS as "the sea caps", the ITQ's
        # DSO spelled out, the Greene scale as "the green scale"
        (("So the oasis came out at nine this week.", "Okay."), "OASIS", 9.0),
        (("I did the sea gas with your mum, sixty-two.", "Okay."), "CGAS", 62.0),
        (("Your daughter's form, the acode, came out at 3.6.", "Okay."), "IQCODE", 3.6),
        (("On the sea caps, the depression part was 1.8.", "Okay."), "CCAPS-34", 1.8),
        (("And the D-S-O, about relationships, is twelve.", "Okay."), "ITQ", 12.0),
        (("The hot flushes one, the green scale, was 31.", "Okay."), "Greene", 31.0),
        # the overall depression scale and the children's global assessment by their names
        (("The ODSIS was seven.", "Okay."), "ODSIS", 7.0),
        (("The Children's Global Assessment Scale was 58.", "Okay."), "CGAS", 58.0),
    ],
)  # fmt: skip
def test_a_name_as_speech_recognition_writes_it(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name"),
    [
        # an oasis in the desert, sea gas, a green scale on a kettle; out of range
        (("We drove to the oasis, it was forty degrees.", "Okay."), "OASIS"),
        (("The sea gas pipeline was twenty miles long.", "Okay."), "CGAS"),
        (("The kettle had a green scale, two millimetres thick.", "Okay."), "Greene"),
        (("The OASIS was thirty-five.", "Okay."), "OASIS"),
        (("The acode came out at nine.", "Okay."), "IQCODE"),
    ],
)  # fmt: skip
def test_near_misses_as_heard_are_not_charted(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "rated", "scores"),
    [
        # a prompt as a phrase ending with its scale and no question mark, as speech
        # recognition writes it: bare, after a clause, or with what it is about
        (("Okay. And urges out of 10 this week.", "Four, it was a seven last month."), "urge",
         {4.0, 7.0}),
        (("Fine, and the dread about the exam, out of 10 today.", "Six."), "dread", {6.0}),
        # the scale first, and a number asked for as "give it a number"
        (("Out of ten, your dread today.", "Seven."), "dread", {7.0}),
        (("And your mood, if you give it a number out of ten.", "Four, maybe four."), "mood",
         {4.0}),
        (("And your belief that you can manage it out of 10.", "Five, I think."), "conviction",
         {5.0}),
    ],
)  # fmt: skip
def test_a_phrase_prompt_with_no_question_mark(
    turns: tuple[str, ...], rated: str, scores: set[float]
) -> None:
    found = measures(*turns)
    assert {s for n, s in found if n.startswith(rated)} == scores, found


@pytest.mark.parametrize(
    "turns",
    [
        ("The test was marked out of 10.", "Seven people passed."),
        ("I'd give it a seven out of 10.", "Nine people came."),
    ],
)
def test_a_phrase_with_a_scale_that_asks_nothing(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.startswith(("marked", "seven", "nine", "test")) for n, _ in found), found


def test_the_next_feeling_asked_with_when_it_comes() -> None:
    found = measures("Your worry about the scales this week, out of ten?", "Six.",
                     "Okay. And the shame after you eat?", "Seven. Same as ever.")  # fmt: skip
    assert ("shame rating", 7.0) in found, found


def test_the_next_thing_asked_after_a_rating_without_a_number_is_none() -> None:
    found = measures("Your worry about the scales this week, out of ten?", "Six.",
                     "Okay. And the shame after you eat?", "It comes and goes.")  # fmt: skip
    assert not any(n.startswith("shame") for n, _ in found), found
