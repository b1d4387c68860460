"""Measures of issue 17's sixteenth pass (from the g-set's misses), on invented sentences: widely
used instruments the lexicon lacked (PHQ-4, CY-BOCS, CGI-S, Buss-Perry, Penn State, NASA-TLX,
Addenbrooke's, Warwick-Edinburgh, Sheehan, "the PCL"); "the Hamilton" told by the anxiety or the
depression said after it; a name of capitalized words ending in Scale, whatever it is about ("the
Cancer Worry Scale"), and a description or a second name said beside a name, with a few words
between ("the Hamilton with you today, the clinician anxiety scale"); "I got 14" as a score; an
acronym beside a description ("your quality of life one, the FACT-G"); an earlier score said with
today's in the answer ("It's 27, down from 31.") or where it was scored ("on the ward", "in the
middle of chemo"); "where the line is 20" a cut-off; "I put a six." after the name said alone;
the parts of a total said after it ("six on the anxiety half"). Ratings: a reflexive is never what
is rated ("rate your memory yourself"); pain told by how it feels ("a sort of burning"); "you
scored it out of ten" a prompt; the same rating asked again for another time ("And this week?");
"A six, out of ten."; a further value stays with the thing rated last; "Claire?" says whom a
question is for; "At the barre it's a six." an answer; "how big are the bad thoughts"."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The PHQ-4 you did at the front desk was seven.",), "PHQ-4", 7.0),
        (("On the children's Yale-Brown, Sam came out at 22.",), "CY-BOCS", 22.0),
        (("The clinical global impression I'd give him is a four.",), "CGI-S", 4.0),
        (("Your Buss-Perry came to 97 this time.",), "BPAQ", 97.0),
        (("The Penn State was 58, which is high worry.",), "PSWQ", 58.0),
        (("After the shift the NASA-TLX was 65.",), "NASA-TLX", 65.0),
        (("The Addenbrooke's today was 82.",), "ACE-III", 82.0),
        (("The short Warwick-Edinburgh was 24 this month.",), "SWEMWBS", 24.0),
        (("Your Warwick-Edinburgh was 41.",), "WEMWBS", 41.0),
        (("And the Sheehan, how much it gets in the way at work, was 18.",), "Sheehan", 18.0),
        (("Your PCL came out at 38 this week.",), "PCL-5", 38.0),
        (("I scored the Hamilton with you, the anxiety one, at 19.",), "HAM-A", 19.0),
        (("The Hamilton for mood was 21 today.",), "HAM-D", 21.0),
    ],
)
def test_instruments_in_wide_use(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns, "Okay.")
    assert any(n.startswith(name) and s == score for n, s in got), got


def test_the_phq4_is_not_the_phq9() -> None:
    got = measures("The PHQ-4 came to nine.", "Okay.")
    assert not any(n == "PHQ-9" for n, _ in got), got


def test_the_warwick_edinburgh_is_not_the_postnatal_edinburgh() -> None:
    got = measures("The Warwick-Edinburgh was 19.", "Right.")
    assert not any(n.startswith("EPDS") for n, _ in got), got


def test_a_capitalized_name_about_an_illness_is_an_instrument() -> None:
    got = measures("The Heart Disease Fear Scale you filled in was thirty-three.", "Okay.")
    assert ("Heart Disease Fear Scale", 33.0) in got, got


@pytest.mark.parametrize(
    "said", ["Your heart rate index was 72.", "The cancer screening test was 12 pages long."]
)
def test_lab_values_stay_unnamed(said: str) -> None:
    assert measures(said, "Okay.") == set()


def test_a_description_then_the_name_is_the_name() -> None:
    got = measures("The worry questionnaire you took, the Exam Worry Scale, was 27.", "Okay.")
    assert ("Exam Worry Scale", 27.0) in got, got
    assert not any(n.startswith("GAD-7") for n, _ in got), got


def test_a_name_then_a_description_with_words_between_is_one_measure() -> None:
    got = measures(
        "I did the Hamilton with you just now, the clinician anxiety scale, and it was 17.",
        "Okay.",
    )
    assert any(n.startswith("HAM-A") and s == 17.0 for n, s in got), got
    assert not any("clinician" in n for n, _ in got), got


def test_two_measures_joined_by_and_stay_two() -> None:
    got = measures("We did the PHQ-9 and the Exam Worry Scale, 12 and 30.", "Okay.")
    assert not any(n.startswith("PHQ-9") and s == 30.0 for n, s in got), got


def test_i_got_is_a_score_said() -> None:
    got = measures("The Skin Picking Scale you sent me, I got twenty.", "Okay.")
    assert ("Skin Picking Scale", 20.0) in got, got


def test_a_person_after_the_name_is_still_not_a_score() -> None:
    got = measures("The Lawton Index was done by her son, who is 45.", "Okay.")
    assert not any(s == 45.0 for _, s in got), got


def test_an_acronym_beside_a_description_is_a_questionnaire() -> None:
    got = measures("And your sleep quality one, the SQS-7, was eleven.", "Okay.")
    assert ("SQS-7", 11.0) in got, got


def test_an_acronym_with_no_description_is_not_a_score() -> None:
    assert measures("And your GGT was ninety.", "Okay.") == set()


def test_an_earlier_score_said_with_todays_in_the_answer() -> None:
    got = measures("We did the Y-BOCS again today.", "It's nineteen, up from twelve.")
    assert {("Y-BOCS", 19.0), ("Y-BOCS", 12.0)} <= got, got


@pytest.mark.parametrize(
    "then", ["On the ward it was 20.", "It was 20 in the middle of radiotherapy."]
)
def test_an_earlier_score_where_it_was_scored(then: str) -> None:
    got = measures("Your MoCA today was 24.", then)
    assert ("MoCA", 20.0) in got, got


def test_a_line_is_a_cut_off() -> None:
    got = measures("Your PHQ-9 was nine, where the line is ten.", "Okay.")
    assert ("PHQ-9", 9.0) in got, got
    assert ("PHQ-9", 10.0) not in got, got


def test_the_name_said_alone_then_what_was_put() -> None:
    got = measures("Which one did they give you?", "The Samn-Perelli. I put a five.")
    assert ("Samn-Perelli fatigue scale", 5.0) in got, got


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # the parts of a total, said after it
        (("The PHQ-4 was eight.", "Six on the anxiety half and two on the mood half."),
         "PHQ-4 anxiety subscale", 6.0),
        (("The PHQ-4 was eight.", "Six on the anxiety half and two on the mood half."),
         "PHQ-4 mood subscale", 2.0),
        (("Your FSFI came to 20.5.", "On the desire part of it you scored 3.6."),
         "FSFI desire subscale", 3.6),
    ],
)  # fmt: skip
def test_a_totals_parts(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns, "Okay.")
    assert (name, score) in got, got


def test_a_total_said_with_its_side_is_no_part() -> None:
    got = measures("The Exam Worry Scale came out at 40 on the negative side.", "Okay.")
    assert ("Exam Worry Scale", 40.0) in got, got
    assert not any("subscale" in n for n, _ in got), got


def test_a_part_after_another_measure_is_not_the_first_ones() -> None:
    got = measures("The PHQ-4 was eight.", "The GAD-7 was 9, and 3 on the worry part.")
    assert not any(n.startswith("PHQ-4") and s == 3.0 for n, s in got), got


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("How would you rate your focus yourself, zero to ten?", "A six."), "focus rating", 6.0),
        (("Tell me about the knee.", "Mostly a dull aching, maybe a four out of ten."),
         "pain rating", 4.0),
        (("How strong is the burning, zero to ten?", "A five."), "burning rating", 5.0),
        (("I want to go back to the worry.", "Last week you scored it for me out of ten.",
          "I said seven, I think."), "worry rating", 7.0),
        (("How strong are the cravings, zero to ten?", "A six.", "And at weekends?", "An eight."),
         "cravings rating", 8.0),
        (("How hopeful are you, zero to ten?", "Today? A four. Last year? A seven."),
         "hope rating", 7.0),
        (("And what about the guilt?", "A five, out of ten."), "guilt rating", 5.0),
        (("How strong is the shame, zero to ten?",
          "A seven. And the anger is more like a five today. It was an eight on Monday."),
         "anger rating", 8.0),
        (("Out of ten, how tired are you both? Maria?", "Six.", "Eight for me."),
         "tiredness (fatigue) rating", 8.0),
        (("How's the pain?", "On the stairs it's a seven. Sitting down, a three."),
         "pain rating", 3.0),
        (("One is calm and five is the worst. How big are the scary thoughts today?", "Three."),
         "scary thoughts rating", 3.0),
    ],
)  # fmt: skip
def test_ratings(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns)
    assert (name, score) in got, got


def test_a_reflexive_is_never_what_is_rated() -> None:
    got = measures("How would you rate your focus yourself, zero to ten?", "A six.")
    assert not any(n.startswith("yourself") for n, _ in got), got


def test_another_time_answered_with_a_distance_is_no_rating() -> None:
    got = measures(
        "How strong are the cravings, zero to ten?",
        "A six.",
        "And at weekends?",
        "I go to my sister's, about eight miles away.",
    )
    assert ("cravings rating", 8.0) not in got, got


def test_the_further_value_stays_with_the_thing_rated_last() -> None:
    got = measures(
        "How strong is the shame, zero to ten?",
        "A seven. And the anger is more like a five today. It was an eight on Monday.",
    )
    assert ("shame rating", 8.0) not in got, got


def test_how_is_it_answered_with_a_time_is_no_rating() -> None:
    got = measures("How's the pain?", "It's a two-hour drive to the clinic, so I'm sore.")
    assert not any(n == "pain rating" for n, _ in got), got


def test_another_thing_rated_in_the_answer_itself() -> None:
    got = measures("How strong is the shame, zero to ten?", "A seven, and the anger's more a four.")
    assert ("anger rating", 4.0) in got, got
    assert ("shame rating", 4.0) not in got, got


def test_a_second_value_with_nothing_else_rated_stays_the_firsts() -> None:
    got = measures("How strong is the shame, zero to ten?", "A seven, maybe an eight.")
    assert ("shame rating", 8.0) in got, got
