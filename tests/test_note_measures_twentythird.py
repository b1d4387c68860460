"""Measures of issue 17's twenty-third pass (from the ab-set's misses), on invented sentences:
instruments the lexicon did not know (CPAQ, KMS, BDRS, ASEX, BEST, AD8, the mini Addenbrooke's);
an earlier score said with the time of a first meeting or admission, or after "and" with its
month; today's score said after an earlier one as done "just now"; and self-ratings named by
what the prompt asks ("how willing", "how much warning", "the morning stiffness", "how fast are
your thoughts", "restlessness"), by the scale's own word ("ten is the most scared"), by a
diary card's urge column, a further value naming its state ("and the tiredness"), a value taken
back ("Nine. No, a seven.") and one said of when ("When I started, ten."). Each with what must
not be read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your chronic pain acceptance score came to fifty-six.", "Okay."), "CPAQ", 56.0),
        (("The CPAQ was thirty-three at the start.", "Right."), "CPAQ", 33.0),
        (("The Kansas marital scale, yours came to fourteen.", "Hm."), "KMS", 14.0),
        (("Your BDRS this month was eighteen.", "Good."), "BDRS", 18.0),
        (("The bipolar depression rating scale came to thirty.", "Okay."), "BDRS", 30.0),
        (("On the Arizona sexual experiences one you scored nineteen.", "Yes."), "ASEX", 19.0),
        (("Your BEST today is fifty-one.", "Oh."), "BEST", 51.0),
        (("His AD8 was five out of eight.", "Yes."), "AD8", 5.0),
        (("On the mini-Addenbrooke's she scored twenty-four.", "Okay."), "M-ACE", 24.0),
    ],
)
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert _has(found, name, score), found


def test_the_mini_addenbrookes_is_not_the_full_one() -> None:
    found = measures("On the mini-Addenbrooke's she scored twenty-four.", "Okay.")
    assert not any(n.startswith("ACE-III") for n, _ in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("We drove four hundred KMS to Kansas.", "Long way."),
        ("He did his best, it was twenty past.", "Okay."),
        ("The BEST thing was the forty-minute walk.", "Lovely."),
        ("She lived in Kansas for twelve years.", "Okay."),
        ("Our ad was eight pounds.", "Cheap."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"KMS", "BEST", "AD8", "CPAQ"} for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "today", "before"),
    [
        (("Your PHQ-9 today was eleven. The week you were admitted it was twenty.", "Okay."),
         "PHQ-9", 11.0, 20.0),
        (("The GAD-7 came to nine. At our first meeting it was sixteen.", "Good."), "GAD-7",
         9.0, 16.0),
        (("You did the BAI. It was fourteen today, and twenty-two in March.", "Hm."), "BAI",
         14.0, 22.0),
        (("On the ward your K10 was thirty-eight. You filled it in again just now and it's "
          "twenty-five.", "Okay."), "K10", 25.0, 38.0),
    ],
)  # fmt: skip
def test_an_earlier_score_with_its_time(
    labelled: bool, turns: tuple[str, ...], name: str, today: float, before: float
) -> None:
    found = _found(labelled, *turns)
    assert (name, today) in found and (name, before) in found, found


def test_a_count_after_and_with_no_earlier_time_is_no_score() -> None:
    found = measures("You did the BAI. It was fourteen today, and six of us went out.", "Ok.")
    assert ("BAI", 6.0) not in found, found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "subject", "scores"),
    [
        (("How willing were you to stay in the shop with the panic, zero to ten?", "About a "
          "seven."), "willingness", {7.0}),
        (("How much warning do you usually get before a fit, zero to ten?", "Maybe a "
          "four."), "warning", {4.0}),
        (("Zero to ten, how bad is the evening stiffness lately?", "A five. And the tiredness "
          "is worse, a seven."), "stiffness", {5.0}),
        (("Zero to ten, how bad is the evening stiffness lately?", "A five. And the tiredness "
          "is worse, a seven."), "fatigue", {7.0}),
        (("Zero to ten, how fast are your thoughts this morning?", "A six. When I was "
          "admitted, nine."), "racing thoughts", {6.0, 9.0}),
        (("Any restlessness in the legs lately?", "Some. Maybe a three out of ten."),
         "restlessness", {3.0}),
        (("When you see the dog, how scared do you feel, if zero is not scared at all and "
          "ten is the most scared?", "Like a seven."), "scared", {7.0}),
        (("On a scale of zero to ten, how sure are you of yourself with the baby?", "A five "
          "now. When I first came home it was a one, if that."), "conviction", {5.0, 1.0}),
        (("Which were your strongest urges?", "The self-harm urge was a three on Monday, out "
          "of five. Drinking urge a two on Sunday."), "self-harm urge", {3.0}),
        (("Which were your strongest urges?", "The self-harm urge was a three on Monday, out "
          "of five. Drinking urge a two on Sunday."), "drinking urge", {2.0}),
    ],
)  # fmt: skip
def test_a_self_rating_named_by_what_it_rates(
    labelled: bool, turns: tuple[str, ...], subject: str, scores: set[float]
) -> None:
    found = _found(labelled, *turns)
    got = {s for n, s in found if subject in n}
    assert scores <= got, found


def test_a_scale_with_no_anchor_word_keeps_its_noun() -> None:
    found = measures("How safe do you feel at work, zero to ten, ten completely safe?", "A six.")
    assert found == {("safety rating", 6.0)}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_value_taken_back_is_no_rating(labelled: bool) -> None:
    found = _found(
        labelled,
        "Zero to ten, how strong was the jealousy when you saw the message?",
        "Nine. No, a seven. These days maybe a four.",
    )
    got = {s for n, s in found if "jealousy" in n}
    assert got == {7.0, 4.0}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("Zero to ten, how bad is the pain?", "Six. No, I didn't take anything."),
        ("When I came in, the nurse was there.", "Okay."),
        ("How fast was the car going?", "About forty. Maybe a bit more."),
    ],
)
def test_everyday_phrases_that_are_no_further_rating(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(s not in {6.0} for _, s in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_number_asked_for_again_during_an_exposure(labelled: bool) -> None:
    found = _found(
        labelled,
        "Your SUDS before we start, zero to a hundred?",
        "Sixty.",
        "Keep your hand on the railing. What's happening to the number?",
        "Going down. Maybe forty. Now... twenty-five.",
    )
    assert {("SUDS", 60.0), ("SUDS", 40.0), ("SUDS", 25.0)} <= found, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_yes_or_no_screen_read_aloud_by_name(labelled: bool) -> None:
    found = _found(
        labelled,
        "I'll ask four short questions, the CAGE. Just yes or no. Have you felt you should cut "
        "down on your drinking?",
        "Yes.",
        "Have people annoyed you by criticising your drinking?",
        "No.",
        "Have you felt bad or guilty about your drinking?",
        "Yes, often.",
        "So that's two out of four.",
        "Okay.",
    )
    assert ("CAGE", 2.0) in found and ("CAGE", 4.0) not in found, found


@pytest.mark.parametrize("labelled", [True, False])
def test_an_informant_screen_known_by_its_first_item(labelled: bool) -> None:
    found = _found(
        labelled,
        "A few questions about changes in your father, yes or no. Problems with judgement, like "
        "paying for things twice?",
        "Yes, that's happened.",
        "Less interest in his hobbies?",
        "No, he still paints.",
        "Repeating the same stories?",
        "All the time.",
        "That's five out of eight.",
        "Right.",
    )
    assert ("AD8", 5.0) in found, found


def test_a_count_of_short_questions_is_no_score() -> None:
    found = measures("There are ten short questions on the PHQ-9, I'll leave it with you.", "Ok.")
    assert ("PHQ-9", 10.0) not in found, found


def test_judgement_in_passing_is_no_screen() -> None:
    found = measures("He had problems with judgement at work.", "Yes.", "That's three of us.")
    assert not any(n.startswith("AD8") for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_belief_asked_again_by_name_after_an_exposure(labelled: bool) -> None:
    found = _found(
        labelled,
        "How much do you believe, zero to a hundred percent, that the lift will get stuck?",
        "Ninety percent.",
        "Your SUDS now, zero to a hundred?",
        "Sixty.",
        "What's happening to the number?",
        "Maybe thirty.",
        "And the belief, that the lift will get stuck?",
        "Fifty percent.",
    )
    assert {s for n, s in found if "belief" in n} == {90.0, 50.0}, found
    assert {s for n, s in found if n == "SUDS"} == {60.0, 30.0}, found


def test_a_belief_talked_about_is_no_rating() -> None:
    found = measures("And the belief, that it all started in 2010?", "Yes, that's it.")
    assert not found, found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        # as speech recognition writes them: the scale cut off before its question, glued to
        # "on"; the acceptance questionnaire's last letter misheard
        (("Unzero to ten.", "What's the tinnitus like now?", "A 6, last night an 8."),
         "tinnitus rating", 6.0),
        (("On zero to ten.", "What's the tinnitus like now?", "A 6, last night an 8."),
         "tinnitus rating", 8.0),
        (("You did the acceptance one again.", "The CPAC, today it's 52.", "Good."), "CPAQ",
         52.0),
        (("Lower now, on out to 10, how loud are the voices today?", "At 4."), "voices rating",
         4.0),
        (("On the memory test, the many Adam Brooks, you scored 21.", "Okay."), "M-ACE", 21.0),
    ],
)  # fmt: skip
def test_spoken_scale_before_its_question_and_a_misheard_name(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    "turns",
    [
        ("The CPAC conference is 3 days long.", "Okay."),
        ("I asked him three questions, the cage was open, 2 birds had gone.", "Oh no."),
        ("We went on out to 10 Downing Street.", "Nice."),
        ("He counted from one to ten.", "What's the next bit?", "Then 2 more songs."),
    ],
)
def test_spoken_words_that_are_no_measure(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not found, found


def test_a_yes_or_no_screen_named_as_speech_recognition_writes_it() -> None:
    found = measures(
        "Okay, I want to ask four short questions, the cage, about last year. Yes or no.",
        "Did you feel you should cut down on drinking? Yes. Have people annoyed you by "
        "criticising it? No. Have you felt guilty about it? Yes.",
        "So that's two out of four.",
    )
    assert ("CAGE", 2.0) in found and ("CAGE", 4.0) not in found, found


def test_an_age_told_after_a_score_is_no_earlier_score() -> None:
    found = measures(
        "Your PHQ-15 came to twelve.",
        "Last time you told me the pains began when you were fifteen.",
        "Yes.",
    )
    assert found == {("PHQ-15", 12.0)}, found
