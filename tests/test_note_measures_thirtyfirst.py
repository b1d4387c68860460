"""Measures of issue 17's thirty-first pass, from the aj-set's misses, on invented sentences:
instruments by their documented names and ranges (the Perinatal Anxiety Screening Scale, the
Leeds Dependence Questionnaire said as "the Leeds" when it is filled in, the Novaco, the Calgary
depression scale, the BITE, the full Dyadic Adjustment Scale, the HoNOS 65+, "the IES", "the
Barnes", "the SNAP", "the TOP" done with a keyworker) and "the gaming questionnaire" as the
IGDS9-SF; a form's parts said by the form's own names for them in the sentences after it is named
("Anxiety nine, depression fourteen."; "The checking part alone is seven."; "Inattention averaged
one point nine"; "Physical health, you gave twelve out of twenty."); an earlier score said after
the time that leads its sentence ("Last month, nineteen."), at a step of care ("It was
thirty-one at assessment.", "When you were admitted it was thirty."), "the last time", and a
second person's score said as "yours came to"."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (
            ("You did the perinatal anxiety screen before we started. It came to forty-four.",),
            "PASS (Perinatal",
            44.0,
        ),
        (("You filled in the Leeds for me last week.", "Yeah.", "Eighteen."), "LDQ (Leeds", 18.0),
        (("The Novaco came out at a hundred and two.", "Right."), "NAS (Novaco", 102.0),
        (
            ("I did the Calgary with you earlier, the depression one. Nine.", "Is that bad?"),
            "CDSS (Calgary",
            9.0,
        ),
        (("The HoNOS sixty-five plus came to sixteen.", "Okay."), "HoNOS 65+", 16.0),
        (("The IES came in at thirty-one.", "Okay."), "IES-R", 31.0),
        (("Barnes was three on the ward this morning.", "He paces."), "BARS (Barnes", 3.0),
        (
            (
                "Both of you did the Dyadic Adjustment Scale.",
                "Yes.",
                "Jo, yours came to ninety-two.",
            ),
            "DAS (Dyadic",
            92.0,
        ),
        (("You did the gaming questionnaire again.", "Yeah.", "Twenty-nine."), "IGDS9-SF", 29.0),
    ],
)
def test_an_instrument_by_its_documented_name_and_range(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_the_calgary_said_as_the_depression_one_is_no_phq9() -> None:
    found = measures("I did the Calgary with you earlier, the depression one. Nine.", "Is it bad?")
    assert not _has(found, "PHQ-9", 9.0), found


def test_the_short_dyadic_adjustment_stays_the_seven_item_form() -> None:
    found = measures("The short dyadic adjustment scale came to twenty-four.", "Right.")
    assert _has(found, "DAS-7", 24.0) and not _has(found, "DAS (Dyadic", 24.0), found


def test_a_full_dyadic_adjustment_score_of_the_second_partner() -> None:
    found = measures(
        "You each did the Dyadic Adjustment Scale.",
        "We did.",
        "Jo, yours came to ninety-two.",
        "Sam, yours was eighty.",
    )
    assert _has(found, "DAS (Dyadic", 92.0) and _has(found, "DAS (Dyadic", 80.0), found


@pytest.mark.parametrize(
    "turns",
    [
        ("I moved from the Leeds office to Bradford.", "Twelve."),
        ("Did the dog bite you?", "Twice."),
        ("We went to the top of the hill.", "Four."),
        ("Can I pass on that one?", "Sure, three more."),
        ("My Calgary cousins came over.", "Nine of them."),
    ],
)
def test_words_that_are_not_the_instruments(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in ("LDQ", "BITE", "TOP", "PASS", "CDSS") for n, _ in found), found


def test_a_forms_two_parts_said_in_the_sentence_after_it_is_named() -> None:
    found = measures("You did the HADS on the ward. Anxiety nine, depression fourteen.", "Yes.")
    assert _has(found, "HADS anxiety", 9.0) and _has(found, "HADS depression", 14.0), found


def test_a_part_said_after_a_question_between() -> None:
    found = measures(
        "Your OCI-R total is twenty-six.", "Is that good?", "Yes. The checking part alone is seven."
    )
    assert _has(found, "OCI-R", 26.0) and _has(found, "OCI-R checking", 7.0), found


def test_the_snaps_parts_as_means() -> None:
    found = measures(
        "You did the SNAP for her. Inattention averaged one point nine, hyperactivity two point"
        " two.",
        "Is that high?",
    )
    assert _has(found, "SNAP-IV inattention", 1.9), found
    assert _has(found, "SNAP-IV hyperactivity", 2.2), found


def test_the_tops_rating_told_by_its_part() -> None:
    found = measures(
        "You did the TOP with your keyworker. Physical health, you gave twelve out of twenty.",
        "About right.",
    )
    assert _has(found, "TOP physical health", 12.0), found


def test_the_bite_scored_on_its_two_scales() -> None:
    found = measures("The BITE was eighteen on symptoms and six on severity.", "Okay.")
    assert _has(found, "BITE", 18.0) and _has(found, "BITE", 6.0), found


def test_a_part_word_with_no_score_is_no_part() -> None:
    found = measures(
        "You did the HADS on the ward. Anxiety, you said, is worse for two weeks.", "Yes."
    )
    assert not any(n.startswith("HADS") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "earlier"),
    [
        (("The QIDS came to fourteen. Last month, nineteen.", "Right."), "QIDS", 19.0),
        (("Your OCI-R total is thirty. Last month thirty-six.", "Oh."), "OCI-R", 36.0),
        (("The SHAI was twenty-six. It was thirty-one at assessment.", "Good."), "SHAI", 31.0),
        (("The MADRS. Eighteen. When you were admitted it was thirty.", "Okay."), "MADRS", 30.0),
        (
            (
                "The EPDS came out at twelve.",
                "Is that better?",
                "Yes. It was sixteen the last time.",
            ),
            "EPDS",
            16.0,
        ),
    ],
)
def test_an_earlier_score_by_the_time_it_was_said(
    turns: tuple[str, ...], name: str, earlier: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, earlier), found


def test_a_time_leading_a_count_is_no_earlier_score() -> None:
    found = measures("The QIDS came to fourteen. Last month, two weeks off work.", "Yes.")
    assert not _has(found, "QIDS", 2.0), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And the bite was 19 on symptoms and seven on severity.", "Okay."), "BITE", 19.0),
        (("You filled in the anger scale, the Novico, 104.", "Right."), "NAS (Novaco", 104.0),
        (("And the whole NOS 65 plus was 18.", "Okay."), "HoNOS 65+", 18.0),
        (("Your questionnaire, the OSIR, total is 29.", "Okay."), "OCI-R", 29.0),
        (("The kids SR was 15.", "Right."), "QIDS", 15.0),
        (("The short one, the shy, was 27.", "Good."), "SHAI", 27.0),
        (
            ("You filled in a questionnaire, the ads, anxiety 12, depression 9.", "Ok."),
            "HADS",
            12.0,
        ),
    ],
)
def test_a_name_as_speech_recognition_writes_it(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("Did the dog bite you?", "The bite was 2 days ago."),
        ("The kids were 3 hours late.", "Okay."),
        ("She was the shy one at school, 12 of them in her class.", "Right."),
    ],
)
def test_everyday_words_near_those_names_are_none(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in ("BITE", "QIDS", "SHAI") for n, _ in found), found


def test_the_depression_one_is_no_score_of_one() -> None:
    found = measures(
        "I've got your questionnaire here. The HADS, the anxiety and depression one.",
        "Aye.",
        "Your depression score on it is thirteen, and the anxiety score is eleven.",
    )
    assert not any(s == 1.0 for _, s in found), found


def test_a_score_the_name_before_took_is_not_the_next_names() -> None:
    found = measures(
        "The PHQ-9 was six, the GAD-7 thirteen, and the work and social adjustment one, the WSAS,"
        " nineteen.",
        "Okay.",
    )
    assert _has(found, "GAD-7", 13.0) and _has(found, "WSAS", 19.0), found
    assert not _has(found, "WSAS", 13.0), found


def test_one_after_a_three_word_name_is_the_form() -> None:
    found = measures("You did the Penn State worry one and the GAD-7 at home.", "Yes.")
    assert not any(s == 1.0 for _, s in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (
            ("How strong was the craving on Friday, out of ten?", "Seven.",
             "And the guilt afterwards?", "Nine. I felt awful."),
            "guilt rating",
            9.0,
        ),
        (
            ("Your fear, out of ten?", "Eight.", "And the fear now, talking about it?", "Three."),
            "fear rating",
            3.0,
        ),
        (
            ("The worry, out of ten, before the exam?", "Nine.",
             "And the worry if you picture it going fine?", "Maybe five."),
            "worry rating",
            5.0,
        ),
    ],
)  # fmt: skip
def test_a_rating_asked_again_with_its_time_or_case(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_a_follow_up_about_something_else_is_no_rating() -> None:
    found = measures(
        "Your fear, out of ten?", "Eight.", "And the car now, is it fixed?", "Two weeks."
    )
    assert not any(s == 2.0 for _, s in found), found
