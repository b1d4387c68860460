"""Measures of issue 17's twentieth pass (from the l-set's misses), on invented sentences: a
scale said "nought to ten", as British clinicians say it; an answer's further value said of when
or where ("When I walk the dog, a five.", a statement though it starts like a question) or after a
circumstance and a hedge ("At the weekend, maybe four."). Each with what must not be read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import labelled_measures as _labelled
from tests.note_fixtures import measures


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("From nought to ten, how calm do you feel at the moment?", "Roughly a six."), 6.0),
        (("On a scale of nought to ten, how confident are you about the move?", "A three."), 3.0),
    ],
)
def test_a_scale_said_nought_to_ten(
    labelled: bool, turns: tuple[str, ...], expected: float
) -> None:
    found = _labelled(*turns) if labelled else measures(*turns)
    assert any(score == expected for _, score in found)


def test_nought_that_is_no_scale_is_no_rating() -> None:
    found = measures("Our house number is nought to ten on the old map.", "We moved in May.")
    assert not any(name.endswith("rating") for name, _ in found)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Right now, a two. When I walk the dog in the rain, a five.", 5.0),
        ("Mostly a seven. When she's home late, an eight.", 8.0),
        ("Six. At the weekend with the kids, maybe four.", 4.0),
        ("A five most weeks. Before the accident, probably two.", 2.0),
    ],
)
def test_a_further_value_said_of_when(labelled: bool, answer: str, expected: float) -> None:
    turns = ("How tense do you feel, out of ten?", answer)
    found = _labelled(*turns) if labelled else measures(*turns)
    assert ("tension rating", expected) in found or any(
        n.endswith("rating") and s == expected for n, s in found
    )


@pytest.mark.parametrize(
    "answer",
    [
        # a question of its own, not a value: nothing after it is the rating's
        "A two. When did you last see the nurse, a week ago?",
        # a time, not a value
        "A two. At the weekend, maybe four hours of sleep a night.",
        "A two. When I was at school, in year ten, I was fine.",
    ],
)
def test_what_is_no_further_value(answer: str) -> None:
    found = _labelled("How tense do you feel, out of ten?", answer)
    assert {s for n, s in found if n.endswith("rating")} == {2.0}


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # a questionnaire described by what it asks, with no count: the family's usual one,
        # the older people's one for mood said to be theirs
        (("In spring you did the questionnaire about mood for the elderly and scored nine.",),
         "GDS", 9.0),
        (("The older adults' depression questionnaire came to twelve.",), "GDS", 12.0),
        (("The PHQ-9 was 10 last week.", "And the older people's mood scale came to six."),
         "GDS", 6.0),
        (("Your screen about drinking came to fourteen.",), "AUDIT", 14.0),
        (("You filled in the hopelessness scale, and it came to eleven.",), "BHS", 11.0),
        (("The voices questionnaire came out at nineteen this week.",), "PSYRATS", 19.0),
        (("For the alcohol, your withdrawal score this morning is eight.",), "CIWA-Ar", 8.0),
        (("At intake you got forty on the dependence questionnaire and thirty-one on the AUDIT.",),
         "SADQ", 40.0),
        (("At intake you got forty on the dependence questionnaire and thirty-one on the AUDIT.",),
         "AUDIT", 31.0),
        (("The headache impact questionnaire came to fifty-eight.",), "HIT-6", 58.0),
        (("Her Glasgow side-effect scale was thirty-one.",), "GASS", 31.0),
    ],
)  # fmt: skip
def test_a_measure_described_or_named_loosely(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert _has(measures(*turns, "Okay."), name, score)


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # the mood screen not said to be older people's is the usual one
        (("The questionnaire about mood came to twelve.",), "GDS", 12.0),
        # no substance said: which dependence questionnaire is not known
        (("The dependence questionnaire came to twenty.",), "SADQ", 20.0),
        # the next measure's score, said before its name, is not the first one's
        (("At intake you got forty on the dependence questionnaire and thirty-one on the AUDIT.",),
         "AUDIT", 40.0),
        (("At intake you got forty on the dependence questionnaire and thirty-one on the AUDIT.",),
         "SADQ", 31.0),
        # the scale's top is no score
        (("You did the PSWQ.", "You got sixty-two, and the top is eighty."), "PSWQ", 80.0),
        (("The voices kept me up for nine nights.",), "PSYRATS", 9.0),
        (("She had a headache for twelve days.",), "HIT-6", 12.0),
    ],
)  # fmt: skip
def test_what_is_no_such_score(turns: tuple[str, ...], name: str, score: float) -> None:
    assert not _has(measures(*turns, "Okay."), name, score)


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # an earlier score said after today's: "a month ago", "on day one", "before" a change
        (("You did the mood questionnaire.", "You got nineteen today.",
          "A year ago it was twenty-three."), "PHQ-9", 23.0),
        (("For the alcohol, your withdrawal score is five.", "On day one it was sixteen."),
         "CIWA-Ar", 16.0),
        (("The PHQ-9 came out at eighteen.", "Before the sertraline it was twenty-two."),
         "PHQ-9", 22.0),
        # today's said after the earlier one: "Today you got ..."
        (("In spring you did the GAD-7 and got nine.", "Today you got twelve."), "GAD-7", 12.0),
    ],
)  # fmt: skip
def test_an_earlier_and_today_score_said_apart(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert _has(measures(*turns, "Okay."), name, score)


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # "before" in passing, a person's age: no earlier score
        (("The PHQ-9 today was 12.",
          "You told me before about the fall when you were twenty-four."), "PHQ-9", 24.0),
        # a dose changed after today's score told beside an earlier one: not a third score
        (("Last time the questionnaire about mood for the elderly was ten.", "Today it's six.",
          "The doctor put the tablet up from fifteen to thirty."), "GDS", 15.0),
    ],
)  # fmt: skip
def test_no_earlier_score(turns: tuple[str, ...], name: str, score: float) -> None:
    assert not _has(measures(*turns, "Okay."), name, score)


def test_an_exposure_told_back_from_start_to_peak_to_end() -> None:
    found = _labelled(
        "Before you touch it, what's your distress, zero to a hundred?",
        "Sixty.",
        "Good. Now hold it and breathe.",
        "It's gone up.",
        "So from sixty to a peak of ninety, and back down to thirty-five. Well done.",
    )
    assert {s for n, s in found if n.startswith("SUDS")} == {60.0, 90.0, 35.0}


def test_from_and_to_that_is_no_recap() -> None:
    found = _labelled(
        "What's your distress, nought to a hundred?",
        "Sixty.",
        "You drove from Leeds to a town of ninety thousand people.",
    )
    assert {s for n, s in found if n.startswith("SUDS")} == {60.0}


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("The refuge worker went through the DASH with you.",
          "You said yes to fourteen of the questions."), 14.0),
        (("The domestic abuse, stalking and harassment checklist came to eleven.",), 11.0),
    ],
)  # fmt: skip
def test_the_dash_and_its_count_of_yes(turns: tuple[str, ...], score: float) -> None:
    assert _has(measures(*turns, "Okay."), "DASH", score)


@pytest.mark.parametrize(
    "turns",
    [
        ("I had to make a dash to the bus, it was twelve minutes late.",),
        ("Put it on the dash, it was 12 degrees in the car.",),
    ],
)
def test_a_dash_that_is_no_checklist(turns: tuple[str, ...]) -> None:
    assert not any(n.startswith("DASH") for n, _ in measures(*turns, "Okay."))


def test_a_second_persons_score_after_a_described_measure() -> None:
    found = measures(
        "Sam, on the anxiety questionnaire you scored fifteen, and Priya, yours was nine.", "Okay."
    )
    assert _has(found, "GAD-7", 15.0) and _has(found, "GAD-7", 9.0)


def test_a_day_is_no_second_person() -> None:
    found = measures(
        "On the anxiety questionnaire you scored fifteen, and Sunday, yours was nine.", "Okay."
    )
    assert not _has(found, "GAD-7", 9.0)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("How's your stress been?", "Out of ten, a six most evenings. Before the move, maybe a "
          "three."), ("stress rating", 3.0)),
        (("How have you been?", "Tired. Out of ten, my energy is a four. Maybe a six after a good "
          "night."), ("energy rating", 6.0)),
    ],
)  # fmt: skip
def test_a_further_value_after_a_rating_said_with_its_scale(
    labelled: bool, turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    found = _labelled(*turns) if labelled else measures(*turns)
    assert expected in found


def test_a_time_after_a_rating_said_with_its_scale_is_no_value() -> None:
    found = _labelled(
        "How have you been?", "Out of ten, my energy is a four. It's a ten minute walk."
    )
    assert {s for n, s in found if n == "energy rating"} == {4.0}


@pytest.mark.parametrize("labelled", [True, False])
def test_a_scale_told_by_its_ends_after_the_question(labelled: bool) -> None:
    turns = (
        "Ella, can you point on the fear ladder to how scared you are of the dark? Zero is "
        "relaxed and ten is the scariest.",
        "Eight. Because of the noises.",
    )
    found = _labelled(*turns) if labelled else measures(*turns)
    assert any(s == 8.0 and n.endswith("rating") for n, s in found)


@pytest.mark.parametrize("labelled", [True, False])
def test_the_top_told_as_a_thing_on_the_scale(labelled: bool) -> None:
    turns = (
        "If the sleepover is a ten on the courage scale, and zero is never, how brave do you "
        "feel about it now?",
        "Five. My cousin will be there.",
    )
    found = _labelled(*turns) if labelled else measures(*turns)
    assert any(s == 5.0 and n.endswith("rating") for n, s in found)


def test_a_question_with_other_numbers_is_no_scale_alone() -> None:
    found = _labelled(
        "How worried are you about the move?",
        "Zero is the deposit and ten is the number of boxes we packed.",
        "Three weeks, they said.",
    )
    assert not any(n.endswith("rating") and s == 3.0 for n, s in found)


def test_a_uk_service_named_after_a_score_is_no_measure() -> None:
    found = measures(
        "The advocate did the DASH with you.",
        "You said yes to eighteen of the questions, so you're on the MARAC list now.",
        "Okay.",
    )
    assert _has(found, "DASH", 18.0) and not any(n.startswith("MARAC") for n, _ in found)


def test_mood_heard_as_move_before_questionnaire() -> None:
    got = {(n, s) for n, s in _labelled("And the move questionnaire came to twenty-one.", "Right.")}
    assert any(n.startswith("PHQ-9") and s == 21.0 for n, s in got)
    assert not _labelled("The move was hard on you, and the new school.", "Yes.")
