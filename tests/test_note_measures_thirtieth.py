"""Measures of issue 17's thirtieth pass, from the ai-set's misses, on invented sentences: the
Edinburgh's last question said "on it" several sentences after the form was named, short forms
read aloud item by item with the clinician scoring each answer (the Severity of Dependence
Scale's five items, one read on by the client and two scored at once, "Two for both."; the
GAD-2's two; the AUDIT-C's three answered in its count words, "Two to three times a week", the
last scored beside the total), another rater's value of the thing just rated ("The nurses put
you at seven"), a rating told as what was put on a chart and its answer's second value, a thing
rated named with "out of ten" or asked about before the scale said alone ("Any of the paranoia
left? Out of ten?"), a rating's further value said of other days or of a month ("Some days
ten.", "In March it was nine."); instruments by their documented names and ranges (the PHQ-8,
the SCORE-15, "the ACE" as the memory test scored out of a hundred), an earlier score "at
diagnosis", another informant said after a semicolon or as "Mum scored you at", the Yale-Brown
said in its two halves and their sum, and the DRSP's two weeks said as their mean ratings."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import segs


def _quoted(*turns: str) -> set[tuple[str, float]]:
    """The measures found, each of whose evidence quotes is in the turns."""
    found = extract(segs(*turns)).measures
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {(m.name, m.score) for m in found}


def test_the_edinburghs_last_question_said_on_it_further_on() -> None:
    found = _quoted(
        "I looked at your forms. The Edinburgh came out at eleven.",
        "Okay.",
        "That's lower than last time, isn't it?",
        "It is. We're moving. I'm pleased with that.",
        "And the final question on it, about harming yourself, you marked a zero.",
        "Right, no, never.",
    )
    assert _has(found, "EPDS item 10", 0.0) and not _has(found, "PHQ-9 item 9", 0.0), found


def test_the_last_question_with_no_form_named_near_stays_the_phq9s() -> None:
    found = _quoted(
        "The PHQ-9 came out at twelve.",
        "Okay.",
        "And the last question, about harming yourself, you marked a one.",
        "Yes.",
    )
    assert _has(found, "PHQ-9 item 9", 1.0) and not _has(found, "EPDS item 10", 1.0), found


_SDS = (
    "Now the dependence questions, the SDS. You did these when you started, remember? Five "
    "questions. In the past month, did you think your use of the pills was out of control? "
    "Never, sometimes, often, or always?",
    "Sometimes.",
    "That's a one. Did the thought of missing a dose make you anxious?",
    "Often, yeah. Often, that one.",
    "Two. Did you worry about your use?",
    "Always. And did I wish I could stop, that's the next one? Always.",
    "Three for both. And how hard would it be to stop or go without? Not difficult, quite "
    "difficult, very difficult or impossible?",
    "Very difficult.",
    "That's a two. So that totals eleven today.",
    "It was fourteen when I first come in, wasn't it?",
)


def test_the_sds_read_aloud_with_two_items_scored_at_once() -> None:
    found = _quoted(*_SDS)
    assert _has(found, "SDS (Severity", 11.0) and _has(found, "SDS (Severity", 14.0), found
    items = [1.0, 2.0, 3.0, 3.0, 2.0]
    assert all(_has(found, f"SDS item {i}", v) for i, v in enumerate(items, 1)), found


def test_items_that_do_not_add_up_to_the_total_are_no_reading() -> None:
    found = _quoted(*_SDS[:-2], "That's a two. So that totals nine today.")
    assert not any(n.startswith("SDS") for n, _ in found), found


_GAD2 = (
    "Two quick questions out loud. Over the last two weeks, how often have you been feeling "
    "nervous, anxious or on edge? Not at all, several days, more than half the days, or nearly "
    "every day?",
    "Several days.",
    "That's a one. And not being able to stop or control worrying?",
    "Hm. Nearly every day? It's constant.",
    "So three.",
)


def test_the_gad2_read_aloud_and_scored_item_by_item() -> None:
    found = _quoted(*_GAD2, "That's a four on the GAD-2.")
    assert _has(found, "GAD-2", 4.0), found
    assert _has(found, "GAD-2 item 1", 1.0) and _has(found, "GAD-2 item 2", 3.0), found


def test_the_audit_c_answered_in_its_count_words() -> None:
    found = _quoted(
        "Three quick questions about drinking. How often do you have a drink? Never, monthly or "
        "less, two to four times a month, two to three times a week, or four or more times a week?",
        "Two to four times a month, I suppose.",
        "That's two points. On a typical day when you're drinking, how many?",
        "Three or four.",
        "That's one. And how often do you have six or more on one occasion?",
        "Never, really.",
        "That's zero, so a three on the AUDIT-C.",
    )
    assert _has(found, "AUDIT-C", 3.0), found
    items = [2.0, 1.0, 0.0]
    assert all(_has(found, f"AUDIT-C item {i}", v) for i, v in enumerate(items, 1)), found


def test_a_total_out_of_the_items_count_is_not_the_number_before_the_name() -> None:
    found = _quoted(
        "Yes or no. Do you make yourself sick because you feel uncomfortably full?",
        "Yes.",
        "Do you worry you've lost control over how much you eat?",
        "Yes.",
        "Have you lost more than one stone in three months?",
        "No.",
        "Do you believe yourself to be fat when others say you're too thin?",
        "Yes.",
        "Would you say food dominates your life?",
        "No.",
        "So that's three out of five on the SCOFF.",
    )
    assert _has(found, "SCOFF", 3.0) and not _has(found, "SCOFF", 5.0), found


def test_another_raters_value_after_the_clients() -> None:
    found = _quoted(
        "Out of ten, how angry have you been this week?",
        "A two. I'm calm.",
        "Your wife put you at eight when I rang her.",
        "She would.",
    )
    assert _has(found, "anger rating", 2.0) and _has(found, "anger rating", 8.0), found


def test_the_clients_own_second_number_is_no_other_rater() -> None:
    found = _quoted(
        "Out of ten, how's your mood at the moment?",
        "A four.",
        "The nurses put you in the quiet room at eight last night.",
        "Yes.",
    )
    assert _has(found, "mood rating", 4.0) and not any(s == 8.0 for _, s in found), found


def test_a_rating_put_on_a_chart_and_its_answers_second_value() -> None:
    found = _quoted(
        "On the diary you put anxiety at a seven most evenings.",
        "A seven, yeah, and a three in the mornings.",
    )
    assert _has(found, "anxiety rating", 7.0) and _has(found, "anxiety rating", 3.0), found


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("Your PHQ-9 was eight. And the tiredness, out of ten?", "Seven. Some days nine."),
         "tiredness rating", (7.0, 9.0)),
        (("Are the voices still there?", "Quieter.", "Any of the paranoia left? Out of ten?",
          "A four, maybe."), "paranoia rating", (4.0,)),
        (("How strong is the urge to check, from nought to ten?", "Now, five. In June it was "
          "eight."), "urge", (5.0, 8.0)),
    ],
)  # fmt: skip
def test_the_thing_rated_and_its_further_values(
    turns: tuple[str, ...], name: str, scores: tuple[float, ...]
) -> None:
    found = _quoted(*turns)
    assert all(_has(found, name, s) for s in scores), found


def test_a_count_out_of_ten_is_no_thing_rated() -> None:
    found = _quoted("How did you sleep?", "Four out of ten, but a good four.")
    assert not any(n.startswith("four") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And the mood one, the PHQ-8, was nineteen.", "Right."), "PHQ-8", 19.0),
        (("You did the eight mood questions too, and that came to eleven.", "Okay."), "PHQ-8",
         11.0),
        (("We did the memory test at the clinic, the ACE, and you got seventy-nine out of a "
          "hundred.", "Not bad."), "ACE-III", 79.0),
        (("The Distress Thermometer today, you marked a four.", "Four-ish. It was a nine at "
          "diagnosis."), "Distress Thermometer", 9.0),
        (("You both did the family one, the SCORE-15.", "Ana, you came out at forty; Jo, "
          "thirty-three."), "SCORE-15", 33.0),
        (("The worry questionnaires, the SCAS. Ben, you scored forty, and Dad scored you at "
          "thirty-six.", "Okay."), "SCAS", 36.0),
    ],
)  # fmt: skip
def test_instruments_by_their_names_ranges_and_informants(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert _has(_quoted(*turns), name, score)


def test_the_phq8_is_not_read_as_the_phq9() -> None:
    found = _quoted("And the PHQ-8 was fifteen.", "Okay.")
    assert not _has(found, "PHQ-9", 15.0), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The ACE inhibitor you're on, out of a hundred people maybe one gets a cough.", "Okay."),
        ("Your score 15 on the first page was fine.", "Okay."),
    ],
)
def test_no_instrument_in_words_that_only_look_like_one(turns: tuple[str, ...]) -> None:
    found = _quoted(*turns)
    assert not any(n.startswith(("ACE-III", "SCORE-15")) for n, _ in found), found


def test_a_further_score_after_a_semicolon_needs_a_name() -> None:
    found = _quoted("You both did the family one, the SCORE-15.", "Ana, you came out at forty; "
                    "then thirty minutes of talking.")  # fmt: skip
    assert _has(found, "SCORE-15", 40.0) and not _has(found, "SCORE-15", 30.0), found


def test_the_yale_browns_halves_and_their_sum() -> None:
    found = _quoted(
        "We did the Y-BOCS just now.",
        "Obsessions eleven, compulsions twelve, so twenty-three in total.",
        "Six weeks ago it was twenty-nine.",
    )
    assert _has(found, "Y-BOCS obsessions", 11.0) and _has(found, "Y-BOCS compulsions", 12.0)
    assert _has(found, "Y-BOCS", 23.0) and _has(found, "Y-BOCS", 29.0), found


def test_a_number_that_is_not_the_halves_sum_is_no_total() -> None:
    found = _quoted("We did the Y-BOCS just now.",
                    "Obsessions eleven, compulsions twelve, so two forms to go.")  # fmt: skip
    assert _has(found, "Y-BOCS obsessions", 11.0), found
    assert not _has(found, "Y-BOCS", 2.0) and not _has(found, "Y-BOCS", 23.0), found


def test_the_drsp_weeks_said_as_their_means() -> None:
    found = _quoted(
        "Did you bring the DRSP?",
        "I did. Two months of it.",
        "Good. So the week before your period, your average is three point eight.",
        "And the week after, one point four.",
    )
    assert _has(found, "DRSP (Daily Record of Severity of Problems) premenstrual", 3.8), found
    assert _has(found, "DRSP (Daily Record of Severity of Problems) postmenstrual", 1.4), found


def test_a_week_said_with_a_count_is_no_drsp_mean() -> None:
    found = _quoted("Did you bring the DRSP?", "Yes. The week before my period I missed two days.")
    assert not any(n.startswith("DRSP") for n, _ in found), found
