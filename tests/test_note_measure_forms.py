"""Measures the lexicon does not know, recognized by the form of their name (issue 17, tenth
pass), on invented sentences: a capitalized name ending in Scale, Index, Questionnaire and the
like, the same in lower case with two words before that word, an acronym used as a name, a
name and its acronym side by side as one measure; a name misheard by a letter as the known
measure. No lab value, vital sign, place, therapy, description ("the mood questionnaire"),
count, maximum or school test becomes a score; instruments added to the lexicon keep to their
real ranges."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("The Fear of Falling Questionnaire came to 23.",), ("Fear of Falling Questionnaire", 23)),
        (
            ("Your caregiver burden inventory came out at forty.",),
            ("caregiver burden inventory", 40),
        ),
        # the WEMWBS is in the lexicon since the sixteenth pass; this acronym is not
        (("And the WEMBS-R score was fifty-two.",), ("WEMBS-R", 52)),
        (("Your WPAI came to 40.",), ("WPAI", 40)),
        (("The Fatigue Impact Scale, the FIS, came to 61.",), ("FIS (Fatigue Impact Scale)", 61)),
        (("You did the QOLIE again.", "It came to 44."), ("QOLIE", 44)),
        (("What did the WPAI come to?", "About 30."), ("WPAI", 30)),
        (("Her Body Image Profile went from 30 to 22.",), ("Body Image Profile", 22)),
        (("Your PHD-9 was 14.",), ("PHQ-9", 14)),  # misheard by a letter: the known measure
        (("The white lee index came to 9.",), ("Whiteley Index", 9)),
    ],
)
def test_an_instrument_recognized_by_its_name(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert expected in measures(*turns)


@pytest.mark.parametrize(
    "text",
    [
        "Your BMI is 31.",
        "Your GGT was 90.",  # an acronym with "was" and nothing of a questionnaire: a lab value
        "And the DA was 45 when she took the case.",
        "Your body mass index was 31.",
        "The ER was 2 blocks away.",
        "The CBT group was 12 people.",
        "His math placement test was 80.",
        "Your blood pressure screen was 140.",
        "The Fear of Falling Questionnaire took 20 minutes.",
        "The Fear of Falling Questionnaire has 16 items.",
        "The Fear of Falling Questionnaire goes up to 64.",
        "My son's reading test was 80.",
        "Scale of one to ten, I'd say 7.",
    ],
)
def test_no_instrument_score_where_there_is_none(text: str) -> None:
    assert measures(text) == set()


@pytest.mark.parametrize(
    "turns",
    [
        ("The AME approved it.", "I started at 7.5 twice a day."),
        ("Your GGT came back high.", "Ninety. Okay."),
        ("Did you see the SLP?", "Yes, she comes at 3."),
    ],
)
def test_no_instrument_score_in_the_next_sentence_unless_said_as_one(
    turns: tuple[str, ...],
) -> None:
    assert not {m for m in measures(*turns) if m[0] in ("AME", "GGT", "SLP")}


def test_a_maximum_after_a_score_is_no_score() -> None:
    assert measures("The Fear of Falling Questionnaire was 23 out of 64.") == {
        ("Fear of Falling Questionnaire", 23)
    }
    assert measures("The Yale tic score today is 20, of a possible 50.") == {("YGTSS", 20)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Tampa scale came out at 40.", ("TSK (Tampa Scale of Kinesiophobia)", 40)),
        ("Your DLQI was 12.", ("DLQI (Dermatology Life Quality Index)", 12)),
        ("The CAT you filled in came to 19.", ("CAT (COPD Assessment Test)", 19)),
        ("Her ALSFRS-R is 36 now.", ("ALSFRS-R (ALS Functional Rating Scale-Revised)", 36)),
        ("The Oswestry came to 38.", ("ODI (Oswestry Disability Index)", 38)),
    ],
)
def test_instruments_added_to_the_lexicon(text: str, expected: tuple[str, float]) -> None:
    assert expected in measures(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cat was 12 when she died.",
        "The CAT scan was 3 weeks ago.",
        "Your DLQI was 45.",  # above its 30
        "The mMRC was 7.",  # above its 4
    ],
)
def test_lexicon_instruments_keep_to_their_range(text: str) -> None:
    assert measures(text) == set()


def test_an_earlier_score_goes_with_the_last_measure_named() -> None:
    found = measures("Your GAD-7 came to 12, and the PHQ-9 was 9.", "In June it was 15.")
    assert ("PHQ-9", 15) in found and ("GAD-7", 15) not in found


def test_a_measures_score_said_out_of_a_hundred_is_no_rating_as_well() -> None:
    found = measures("You did the ACL-RSI with your physio.", "Forty out of a hundred.")
    assert ("ACL-RSI (ACL Return to Sport after Injury scale)", 40) in found
    assert ("SUDS", 40) not in found


def test_one_after_a_two_word_description_is_a_pronoun() -> None:
    found = measures("Your ISI, the insomnia severity one you filled out, was 18.")
    assert found == {("ISI", 18)}


@pytest.mark.parametrize(
    "text",
    [
        "The Barthel Index was done by her daughter, who is 45.",
        "The Fear of Falling Questionnaire, my mother says she is 80 and fine.",
    ],
)
def test_a_number_said_of_someone_else_is_no_score(text: str) -> None:
    assert measures(text) == set()


def test_an_acronym_said_with_was_after_talk_of_questionnaires() -> None:
    """Thirteenth pass: the talk just before says these are questionnaires."""
    assert ("KQRS", 14.0) in measures("Let's go through the questionnaires.", "Your KQRS was 14.")
    assert measures("Your KQRS was 14.") == set()  # alone, "was" might be a lab value


@pytest.mark.parametrize(
    ("said", "name"),
    [("Your B-FEAR-S came to fifteen.", "B-FEAR-S"), ("Your IBS-Impact came to 31.", "IBS-Impact")],
)
def test_acronyms_with_a_letter_before_or_a_word_after(said: str, name: str) -> None:
    assert {n for n, _ in measures(said)} == {name}


@pytest.mark.parametrize(
    ("said", "found"),
    [
        ("The DASS-21 came out at 40.", {("DASS-21", 40.0)}),  # the lexicon knows "DASS"
        ("Your DASS-21 was done on the tablet.", set()),  # 21 is its name's number, no score
        ("Your PHQ-9 9 today.", {("PHQ-9", 9.0)}),  # the 9 of the name was said with it
    ],
)
def test_the_number_of_a_measures_name_is_no_score(
    said: str, found: set[tuple[str, float]]
) -> None:
    assert measures(said) == found
