"""Measures of issue 17's forty-fourth pass, on invented sentences: instruments by their documented
names and ranges (the Fast Alcohol Screening Test, "FAST" only in capitals; the Tinnitus Functional
Index, "TFI"; the Young Person's CORE also as "YP-CORE")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("We did the Fast Alcohol Screening Test on the phone. You came out at seven.", "Okay."),
         "FAST", 7.0),
        (("Your FAST this morning was five.", "Right."), "FAST", 5.0),
        (("The TFI came to forty-four today.", "Okay."), "TFI", 44.0),
        (("You did the Tinnitus Functional Index in the waiting room.", "Yes.",
          "It came to thirty-six.", "Okay."), "TFI", 36.0),
        (("The YP-CORE you did at school was twenty-two.", "Okay."), "CORE-YP", 22.0),
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
        # everyday "fast", and scores out of the documented ranges (FAST 0-16, TFI 0-100)
        (("I eat fast, and the fast food place was open till eleven.", "Okay."), "FAST"),
        (("Fast forward two weeks, it was nine.", "Okay."), "FAST"),
        (("The FAST was twenty-two.", "Okay."), "FAST"),
        (("The TFI came to a hundred and twenty.", "Okay."), "TFI"),
    ],
)  # fmt: skip
def test_not_read_as_the_instrument(turns: tuple[str, ...], name: str) -> None:
    found = measures(*turns)
    assert not any(n.startswith(name) for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # the answerer says back what was asked, as a question, before the number
        (("Zero to ten, how much work stress are you carrying?", "Work stress? Six."), "stress",
         6.0),
        (("From one to ten, how lonely do you feel in the evenings?", "Lonely? A seven."),
         "loneliness", 7.0),
        (("One to ten, how strong is the grief today?", "The grief today? Eight."), "grief", 8.0),
        # and says what is rated where the prompt named nothing the ratings know
        (("From one to ten, how much irritation has it caused you lately?", "Irritation? Five."),
         "irritation", 5.0),
    ],
)  # fmt: skip
def test_a_rating_answered_after_the_thing_said_back(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        # a question of another thing, not said back: the answer is not the rating's
        ("From one to ten, how much work stress are you carrying?", "Is this for my boss? Six."),
        ("Zero to ten, how lonely do you feel?", "You mean since March? Four people visit."),
    ],
)
def test_a_new_question_is_no_echo(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.endswith("rating") for n, _ in found), found


def test_a_drug_asked_about_after_a_rating_is_not_the_rating_again() -> None:
    found = measures(
        "How hopeless do you feel, from one to ten?",
        "Hopeless? Seven.",
        "And Mary is still on her Aricept?",
        "The ten, in the morning.",
    )
    assert found == {("hopelessness rating", 7.0)}, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # a part of the body asked about by how it feels: its state is rated, not the part
        (("Zero to ten, how heavy is your heart today?", "A seven."), "heart heaviness", 7.0),
        (("How tight does your chest feel, from zero to ten?", "Six."), "chest tightness", 6.0),
        # what is not a part of the body is rated as before
        (("How heavy is the grief these days, from zero to ten?", "Eight."), "grief", 8.0),
    ],
)  # fmt: skip
def test_a_part_of_the_body_rated_by_how_it_feels(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # a time point since a birth or a start: "At six weeks it was ..."
        (("Your EPDS today came to eleven. At twelve weeks it was sixteen.", "Okay."), "EPDS",
         16.0),
        # "the month before", with where and who between
        (("The PHQ-9 is nine today.", "Good.",
          "The month before, at the other surgery, you did the same form with the nurse, and it "
          "was fourteen.", "Okay."), "PHQ-9", 14.0),
        # the earlier score as "yours", after its time
        (("You did the GAD-7 again, and it came to eight.", "Okay.",
          "In March, when the whole group did it, yours was twelve.", "Right."), "GAD-7", 12.0),
        # weighed "against" an earlier one, in the sentence after the name
        (("The other one is the Work and Social Adjustment Scale.",
          "Eighteen today, against twenty-six when we first met.", "Okay."), "WSAS", 26.0),
    ],
)  # fmt: skip
def test_an_earlier_score_said_after_todays(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "score"),
    [
        # a count of weeks, a week before an event, and a number weighed against nothing earlier
        (("Your EPDS today came to eleven.", "Okay.", "At six weeks she was sleeping through."),
         6.0),
        (("Your PHQ-9 is nine today.", "Okay.",
          "The week before the wedding I slept four hours a night."), 4.0),
        (("Your PHQ-9 is nine today.", "Okay.", "We played ten games against five teams."), 5.0),
    ],
)  # fmt: skip
def test_no_earlier_score_without_its_wording(turns: tuple[str, ...], score: float) -> None:
    found = measures(*turns)
    assert not any(s == score for _, s in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("There's a set of questions called the Danger Assessment. Can we do it now?", "Go on.",
         "We've done them all. You said yes to enough of them to make a score of eleven.",
         "Eleven."),
    ],
)  # fmt: skip
def test_a_score_said_as_a_score_of(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert _has(found, "Danger Assessment", 11.0), found


def test_a_score_of_a_game_is_no_measure() -> None:
    found = measures("We did the Danger Assessment last month.", "Okay.",
                     "Then the match finished with a score of three to one.")  # fmt: skip
    assert not any(n.startswith("Danger") for n, _ in found), found


def test_a_count_of_a_forms_scores_is_no_score() -> None:
    found = measures(
        "Here are the two scores from the ProQOL you sent.",
        "Your burnout score was thirty-three, and compassion satisfaction was forty.",
        "Okay.",
    )
    assert not any(s == 2.0 for _, s in found), found


def test_a_drugs_dose_raised_after_a_score_is_no_earlier_score() -> None:
    found = measures(
        "Your PHQ-9 came to twelve today.",
        "Okay.",
        "Did the GP change anything?",
        "She put the sertraline up from fifteen to twenty-five... no, from fifty to a hundred.",
    )
    assert found == {("PHQ-9", 12.0)}, found
    # (the score's own change still reads: "It's down from fifteen in March.")
    found = measures("Your PHQ-9 came to twelve today.", "It's down from fifteen in March.")
    assert ("PHQ-9", 15.0) in found, found
