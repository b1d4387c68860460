"""Measures of issue 17's twenty-second pass (from the aa-set's misses), on invented sentences:
instruments the lexicon did not know (CIA, CMAI) or knew by another wording ("the Hamilton
score", "the catastrophising score", "the Spence"); an earlier score said right after today's
("eleven, from thirteen"), at a check, or listed after another; a form read aloud without its
name, known by its first item; and self-ratings named by a diary card, a mark out of ten, a
feeling's adjective or a scale to a hundred. Each with what must not be read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (
            ("The eating impact form, the CIA, is twenty, down from thirty-one.", "Okay."),
            "CIA",
            31.0,
        ),
        (("Her clinical impairment assessment was nineteen.", "Right."), "CIA", 19.0),
        (("The care home's agitation inventory is seventy-four.", "Hm."), "CMAI", 74.0),
        (("His Cohen-Mansfield came to forty-eight this month.", "Yes."), "CMAI", 48.0),
        (("The Hamilton score this week was eighteen.", "Good."), "HAM-D", 18.0),
        (("My pain catastrophizing score came to twenty.", "Okay."), "PCS", 20.0),
        (("We did the worry one, the Spence, and it's forty-one.", "Okay."), "SCAS", 41.0),
    ],
)
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("My cousin worked for the CIA for twenty years.", "Wow."),
        ("Ms Spence is seven doors down from us.", "Okay."),
        ("They met in Hamilton in nineteen eighty.", "Lovely."),
        ("The Hamilton scale model took him forty hours.", "Wow."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"CIA", "SCAS", "HAM-D", "HAM-A"} for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "today", "before"),
    [
        (("So the PHQ-9 is nine, from fifteen.", "That's better."), "PHQ-9", 9.0, 15.0),
        (("Your BAI is twenty, from twenty-eight in your first week.", "Good."), "BAI", 20.0,
         28.0),
        (("The K10 was twenty-two, from thirty.", "Okay."), "K10", 22.0, 30.0),
    ],
)  # fmt: skip
def test_an_earlier_score_said_right_after_todays(
    labelled: bool, turns: tuple[str, ...], name: str, today: float, before: float
) -> None:
    found = _found(labelled, *turns)
    assert (name, today) in found and (name, before) in found, found


def test_from_a_thing_is_no_earlier_score() -> None:
    found = measures("The PHQ-9 is ten, from what you told me.", "Yes.")
    assert found == {("PHQ-9", 10.0)}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_earlier_scores_at_a_check_and_listed_after(labelled: bool) -> None:
    found = _found(
        labelled,
        "Your GAD-7 today is eight.",
        "Okay.",
        "At the six-week review it was fifteen, and last month eleven.",
        "Oh.",
    )
    assert {("GAD-7", 8.0), ("GAD-7", 15.0), ("GAD-7", 11.0)} <= found, found


def test_a_count_listed_after_an_earlier_score_is_none() -> None:
    found = measures(
        "Your GAD-7 today is eight.", "Last month it was twelve, and we have three cats."
    )
    assert ("GAD-7", 3.0) not in found and ("GAD-7", 12.0) in found, found


@pytest.mark.parametrize("labelled", [True, False])
def test_todays_score_said_yesterday_before_another_measure(labelled: bool) -> None:
    found = _found(
        labelled,
        "The MADRS on admission was thirty-three.",
        "Yesterday it was fourteen, and the GAD-7 this morning was six.",
        "Okay.",
    )
    assert {("MADRS", 33.0), ("MADRS", 14.0), ("GAD-7", 6.0)} <= found, found


_GDS = (
    "I'll read a few questions out, just yes or no. Are you basically satisfied with your life?",
    "Mostly, yes.",
    "Do you often get bored?",
    "Yes, often.",
    "Do you feel full of energy?",
    "No.",
)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("items", "total", "name", "score"),
    [
        (_GDS, "That gives you six today. Back in January it was ten.", "GDS", 6.0),
        (("Now the obsessions. How much of your time do the checking thoughts take?",
          "Maybe one to three hours.", "And how much do they interfere with work?", "Moderately.",
          "How much distress do they cause you?", "Quite a lot."),
         "Adding them all up, your total is nineteen.", "Y-BOCS", 19.0),
    ],
)  # fmt: skip
def test_a_form_known_by_its_first_item(
    labelled: bool, items: tuple[str, ...], total: str, name: str, score: float
) -> None:
    found = _found(labelled, *items, total, "Okay.")
    assert (name, score) in found, found


def test_an_earlier_total_of_a_form_known_by_its_first_item() -> None:
    found = measures(*_GDS, "That gives you six today. Back in January it was ten.", "Okay.")
    assert ("GDS", 10.0) in found, found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_audit_c_read_out_with_its_items(labelled: bool) -> None:
    found = _found(
        labelled,
        "A few questions about alcohol. How often do you have a drink containing alcohol?",
        "Two to three times a week.",
        "How many standard drinks do you have on a typical day when you are drinking?",
        "Three or four.",
        "How often do you have six or more drinks on one occasion?",
        "Monthly, I suppose.",
        "That gives a score of seven.",
        "Okay.",
    )
    assert {
        ("AUDIT-C", 7.0),
        ("AUDIT-C item 1", 3.0),
        ("AUDIT-C item 2", 1.0),
        ("AUDIT-C item 3", 2.0),
    } <= found, found


@pytest.mark.parametrize(
    "turns",
    [
        # a first item asked in passing, no total said: no score
        ("Are you basically satisfied with your life?", "I am.", "That's nine grandchildren now."),
        ("How often do you have a drink containing alcohol?", "Never.", "Lovely.",
         "I walk eleven miles a week."),
    ],
)  # fmt: skip
def test_a_first_item_with_no_total_is_no_score(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n in {"GDS", "AUDIT-C", "AUDIT"} for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "subject", "scores"),
    [
        # a diary card read back, then the same thing asked about for the rest of the week
        (("Your card says urge to drink, a seven, on Friday.", "Yes.", "What were the urges on "
          "the other days?", "Mostly a three. Sunday was a one."), "urge", {7.0, 3.0, 1.0}),
        (("And the suicidal urges column, it shows a three on Tuesday?", "That's right."),
         "suicidal urge", {3.0}),
        (("If your holiday was out of ten, what would it be?", "A four, probably."), "holiday",
         {4.0}),
        (("How close do you feel to your son at the moment, zero to ten?", "About a five."),
         "bonding", {5.0}),
        (("Zero to a hundred, how anxious were you at the door?", "Eighty. Then it came down "
          "to fifty."), "SUDS", {80.0, 50.0}),
    ],
)  # fmt: skip
def test_a_self_rating_named_by_what_it_rates(
    labelled: bool, turns: tuple[str, ...], subject: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    got = {s for n, s in found if subject in n}
    assert scores <= got, found


@pytest.mark.parametrize(
    "turns",
    [
        ("Coffee, a large one. Then lunch, a sandwich.", "Nice."),
        ("If the bus was out of service, what would you do?", "Walk, I suppose, about a mile."),
        ("Breakfast, a two-egg omelette.", "Tasty."),
    ],
)
def test_everyday_phrases_that_are_no_rating(turns: tuple[str, ...]) -> None:
    assert not measures(*turns), measures(*turns)


@pytest.mark.parametrize("labelled", [True, False])
def test_a_couples_questionnaire_and_each_partners_score(labelled: bool) -> None:
    found = _found(
        labelled,
        "First, the couple questionnaires.",
        "Priya, yours is fifty-two, up from forty when we began.",
        "Tom, yours is forty-four.",
        "Okay.",
    )
    got = {s for n, s in found if n.startswith("CSI")}
    assert {52.0, 40.0, 44.0} <= got, found


@pytest.mark.parametrize(
    "turns",
    [
        ("Our relationship one is hard, with three kids.", "Yes."),
        ("The marriage questions came up twice.", "Right."),
    ],
)
def test_talk_of_a_relationship_is_no_questionnaire(turns: tuple[str, ...]) -> None:
    assert not any(n.startswith("CSI") for n, _ in measures(*turns)), measures(*turns)


@pytest.mark.parametrize("labelled", [True, False])
def test_another_informants_score_of_the_same_form(labelled: bool) -> None:
    found = _found(
        labelled,
        "The SDQ you filled in came to eighteen.",
        "What about school?",
        "Her teacher's came to twenty-two.",
        "Okay.",
    )
    assert ("SDQ", 18.0) in found and ("SDQ", 22.0) in found, found


def test_a_teachers_number_that_is_no_score() -> None:
    found = measures("The SDQ you filled in came to eighteen.", "Her teacher's room is number 9.")
    assert ("SDQ", 9.0) not in found, found


@pytest.mark.parametrize(
    ("turns", "name", "today", "before"),
    [
        # as speech recognition writes them: no comma, a name misheard
        (("So your own questionnaire, the kids, is 15 from 20.", "Okay."), "QIDS", 15.0, 20.0),
        (("My wife says the mad is today is 18, when we started it was 30.", "Yes."), "MADRS",
         18.0, 30.0),
        (("Your pain catastrophicizing score was 25, in May it was 33.", "Right."), "PCS", 25.0,
         33.0),
    ],
)  # fmt: skip
def test_spoken_names_and_an_earlier_score(
    turns: tuple[str, ...], name: str, today: float, before: float
) -> None:
    found = measures(*turns)
    assert (name, today) in found and (name, before) in found, found


@pytest.mark.parametrize(
    "turns",
    [
        ("Honestly the kids is 15 minutes from school.", "Okay."),
        ("The mad is over, it was 30 degrees.", "Okay."),
    ],
)
def test_spoken_words_that_are_no_measure(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n in {"QIDS", "MADRS"} for n, _ in found), found


def test_audit_c_items_read_in_one_run_of_speech() -> None:
    found = measures(
        "Three questions. How often do you have a drink containing alcohol? Never.",
        "monthly or less, two to four times a month, two to three times a week, or four or",
        "more times a week, two to three times a week I'd say. How many",
        "drinks on a typical day when you're drinking one or two, three or four, five or",
        "six, seven to nine, or ten or more? One or two. How often do you have six or more on",
        "one occasion, never, less than monthly, monthly, weekly, or daily. Never.",
        "That gives a score of three, and last year it was five.",
    )
    assert {
        ("AUDIT-C", 3.0),
        ("AUDIT-C", 5.0),
        ("AUDIT-C item 1", 3.0),
        ("AUDIT-C item 2", 0.0),
        ("AUDIT-C item 3", 0.0),
    } <= found, found


@pytest.mark.parametrize(
    ("turns", "subject", "score"),
    [
        # "nought" as speech recognition writes it
        (("On a scale of not to ten, how bad has the pain been?", "About a six."), "pain", 6.0),
        (("Loneliness, not to ten, it's an eight.", "Okay."), "loneliness", 8.0),
    ],
)
def test_a_scale_heard_as_not_to_ten(turns: tuple[str, ...], subject: str, score: float) -> None:
    found = measures(*turns)
    assert any(subject in n and s == score for n, s in found), found


def test_the_end_of_a_scale_heard_as_not_to_ten_is_no_score() -> None:
    found = measures("If I rate the itch, not to ten, on a bad night, it's a seven.", "Okay.")
    assert ("itch rating", 10.0) not in found and ("itch rating", 7.0) in found, found


def test_not_to_as_said_is_no_scale() -> None:
    found = measures("I decided whether or not to invite a hundred people.", "Six came.")
    assert not found, found
