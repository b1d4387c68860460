"""Measures of issue 17's twenty-fourth pass (from the ac-set's misses), on invented sentences:
instruments the lexicon did not know (AAQ-II, NDDI-E, EmetQ-13, ECBI, PUQE, AIR, CNS-LS,
BFCRS), the short PSWQ and the stroke SADQ told from their namesakes, a bare "the Hamilton";
earlier scores said as a move ("gone from nine to twelve"), with a weekday, listed before today's,
and another person's told by name; a percentage where the form is one; a dose's next step that is
no score; forms read aloud unnamed, known by their first item and the count of questions; and
self-ratings in the clinician's own word (patience, trust, embarrassment, brain fog), a number
asked again during an exposure, a diary card's urge and a value of another time; names and a
first item as speech recognition hears them ("the ace roman three", "un-edge"). Each with what
must not be read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your AAQ-II came to twenty-six this time.", "Okay."), "AAQ-II", 26.0),
        (("The acceptance and action questionnaire was forty.", "Hm."), "AAQ-II", 40.0),
        (("His NDDI-E today is seventeen.", "Right."), "NDDI-E", 17.0),
        (("On the emetophobia questionnaire she scored thirty-nine.", "Yes."), "EmetQ-13",
         39.0),
        (("The Eyberg intensity came to one hundred and twenty.", "Okay."), "ECBI", 120.0),
        (("Your PUQE this morning was eleven.", "Ugh."), "PUQE", 11.0),
        (("The Anxiety Inventory for Respiratory Disease was fourteen.", "Okay."), "AIR", 14.0),
        (("The lability scale came to twenty-three.", "Okay."), "CNS-LS", 23.0),
        (("The Bush-Francis this afternoon was nine.", "Good."), "BFCRS", 9.0),
        (("Your Penn State Worry Questionnaire, the brief one, was twenty-two.", "Oh."),
         "PSWQ-A", 22.0),
        (("The stroke aphasic depression questionnaire came out at twelve.", "Okay."),
         "SADQ-10", 12.0),
        (("Her mood questionnaire for people with speech problems, the SADQ, was fifteen.",
          "Right."), "SADQ-10", 15.0),
    ],
)  # fmt: skip
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("turns", "name", "not_name"),
    [
        (("Your Penn State Worry Questionnaire was sixty-one.", "Hm."), "PSWQ (", "PSWQ-A"),
        (("The SADQ for your drinking came to thirty.", "Okay."), "SADQ (", "SADQ-10"),
        (("The COPD Assessment Test was nineteen.", "Okay."), "CAT (", "AIR"),
    ],
)
def test_namesakes_keep_their_own_name(turns: tuple[str, ...], name: str, not_name: str) -> None:
    found = measures(*turns)
    assert any(n.startswith(name) for n, _ in found), found
    assert not any(n.startswith(not_name) for n, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The air was twelve degrees this morning.", "Cold."),
        ("We went to the Hamilton. It was twenty minutes away.", "Nice."),
        ("Both Francis and I had eight people over.", "Busy."),
        ("The puke was everywhere, three times.", "Oh no."),
        ("Our liability insurance went up by forty.", "Ouch."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"AIR", "HAM-D", "BFCRS", "PUQE", "CNS-LS"} for n, _ in found)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("The HADS anxiety score has gone from fourteen to ten.", "Good."), "HADS",
         {14.0, 10.0}),
        (("So your PUQE today is eight. Last Tuesday it was twelve.", "Better."), "PUQE",
         {8.0, 12.0}),
        (("On the ward the Bush-Francis score was twenty. On Sunday it was nine, and this "
          "morning it's four.", "Okay."), "BFCRS", {20.0, 9.0, 4.0}),
        (("Your Couples Satisfaction Index was forty at intake. Today it's fifty. Priya, you "
          "were thirty-five and today forty-one.", "Oh."), "CSI", {40.0, 50.0, 35.0, 41.0}),
        (("First, the Hamilton. I rated it with you a moment ago: fifteen. At the start it "
          "was twenty.", "Okay."), "HAM-D", {15.0, 20.0}),
    ],
)  # fmt: skip
def test_earlier_and_further_scores(
    labelled: bool, turns: tuple[str, ...], name: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if n.startswith(name)}, found


def test_a_percentage_is_a_score_where_the_form_is_one() -> None:
    found = measures("Your Oswestry came to thirty-six percent.", "Hm.")
    assert _has(found, "ODI", 36.0), found
    found = measures("Your PHQ-9 was fine, and forty percent of people feel this.", "Oh.")
    assert ("PHQ-9", 40.0) not in found, found


def test_a_dose_step_beside_a_measure_is_no_score() -> None:
    found = measures(
        "The CIWA-B was twenty last week.",
        "Okay.",
        "We'll hold at fifteen for a fortnight, because of the CIWA-B, then go to ten.",
    )
    assert not {s for _, s in found} & {15.0, 10.0}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_form_known_by_its_first_item_read_as_statements(labelled: bool) -> None:
    found = _found(
        labelled,
        "Six short statements now. Say never, rarely, sometimes, or always or often.",
        "Fine.",
        "Everything is a struggle.",
        "Sometimes.",
        "Nothing I do is right.",
        "Rarely.",
        "I feel guilty.",
        "Sometimes.",
        "I feel frustrated.",
        "Often.",
        "That adds up to fourteen.",
        "Is that bad?",
    )
    assert _has(found, "NDDI-E", 14.0), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("opening", "item", "name"),
    [
        ("Now the short four-question check.", "How often have you been feeling nervous, "
         "anxious or on edge?", "PHQ-4"),
        ("Just four quick questions about mood, yes or no.", "Are you basically satisfied "
         "with your life?", "GDS-4"),
        ("Two questions only.", "How often have you been feeling nervous, anxious or on "
         "edge?", "GAD-2"),
    ],
)  # fmt: skip
def test_a_form_told_apart_by_its_count_of_questions(
    labelled: bool, opening: str, item: str, name: str
) -> None:
    found = _found(
        labelled,
        f"{opening} {item}",
        "Yes, mostly.",
        "And the next one, do you feel your life is empty, or are you unable to stop worrying?",
        "No.",
        "And another, feeling down or hopeless?",
        "A bit.",
        "That makes your score two.",
        "Okay.",
    )
    assert _has(found, name, 2.0), found
    assert not any(n.startswith(("GAD-7", "GDS (")) for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "subject", "scores"),
    [
        (("Your patience, Tom, zero to ten, most days?", "About a four. It used to be an "
          "eight."), "patience", {4.0, 8.0}),
        (("Trust, Lena, nought to ten?", "A two. Last spring I'd have said a six."), "trust",
         {2.0, 6.0}),
        (("How bad is the bloating, zero to ten?", "Six. And the embarrassment, like a "
          "nine."), "embarrassment", {9.0}),
        (("How's the pain, nought to ten?", "A five. And the brain fog, a seven."), "fog",
         {7.0}),
        (("How's the pain, nought to ten?", "Four first thing. Eight by the end of the day."),
         "pain", {4.0, 8.0}),
        (("What were the urges like this week?", "Purge urge was a three most days, nought "
          "to five. Sunday a one."), "urge", {3.0, 1.0}),
    ],
)  # fmt: skip
def test_a_self_rating_in_the_clinicians_word(
    labelled: bool, turns: tuple[str, ...], subject: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    assert scores <= {s for n, s in found if subject in n}, found
    assert not any(n.startswith(("self", "bloating")) and s == 9.0 for n, s in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_number_asked_again_during_an_exposure(labelled: bool) -> None:
    found = _found(
        labelled,
        "Before we go in, your SUDS, zero to a hundred?",
        "Sixty.",
        "Okay, in we go.",
        "It's crowded.",
        "Stay by the shelves. Breathe slowly, feet on the floor.",
        "Okay. Okay. It's loud.",
        "What number now?",
        "Ninety. That's the worst bit.",
        "Stay with it.",
        "Right.",
        "And now?",
        "Easing. Thirty, maybe.",
    )
    assert {60.0, 90.0, 30.0} <= {s for n, s in found if n.startswith("SUDS")}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("I don't trust him. He was two hours late, then three.", "Hm."),
        ("Zero to ten, how bad is the pain?", "Six.", "What number is the bus?", "Forty-two."),
        (
            "How anxious, zero to ten?",
            "Seven.",
            "And how much are you taking?",
            "Eight hundred.",
            "Two of the four hundreds.",
        ),
        ("The fog rolled in at six. By nine it was gone.", "Nice."),
    ],
)
def test_everyday_phrases_that_are_no_rating(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.startswith(("trust", "fog", "pain rating")) and s != 6.0 for n, s in found)
    assert not any(s in {2.0, 3.0, 42.0, 9.0} for _, s in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The ace roman three we did just now is 81 out of 100.", "Okay."), "ACE-III", 81.0),
        (("The ozwestry disability index is 30 percent.", "Hm."), "ODI", 30.0),
        (("The cop assessment test was 19 in May.", "Right."), "CAT (", 19.0),
        (("The snaith irritability scale was 12 in June.", "Okay."), "SIS", 12.0),
        (("So your puke this week is 9.", "Better."), "PUQE", 9.0),
        (("The liability scale was 18 when we started.", "Okay."), "CNS-LS", 18.0),
        (("The pain catasterophizing scale was 27.", "Hm."), "PCS", 27.0),
    ],
)
def test_names_as_speech_recognition_hears_them(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


def test_a_first_item_as_speech_recognition_hears_it() -> None:
    found = measures(
        "Let's do the short 4-question screen. How often have you been bothered by feeling "
        "nervous, anxious or un-edge?",
        "More than half the days.",
        "Not being able to stop or control worrying?",
        "Several days.",
        "Little interest or pleasure in doing things?",
        "Not at all.",
        "Feeling down, depressed or hopeless?",
        "Several days.",
        "That's five.",
        "Okay.",
    )
    assert _has(found, "PHQ-4", 5.0), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The cop said the test was 19 questions long.", "Oh."),
        ("He has a snake, it's 12 years old.", "Wow."),
        ("I could puke, honestly, 3 times today.", "Oh no."),
        ("It's an ace. Roman gave it 3 out of 5.", "Fine."),
    ],
)
def test_heard_names_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"CAT", "SIS", "PUQE", "ACE-III"} for n, _ in found), found
