"""Medication rules of issue 17's thirtieth pass, from the ai-set's misses, in wordings of their
own: drugs and brands the lexicon did not know (zuclopenthixol as Clopixol, lofepramine,
acetylcysteine as "NAC", nicotine replacement, desogestrel as Cerazette, mefenamic acid as
Ponstan, Efexor and Cipramil, oxycodone as "the oxy"); a long-acting injection's dose ("one
hundred every month") judged against one injection's range, not a day's; a drug's name inside a
measure's ("the nicotine dependence one") taken for no drug; a change from one dose to
another kept when the day's total is said after it; a dose said "for now", a change "increase to
two twenty-five" with no object, "The hundred" leading an answer and a dose asked back ("You're
on the sixty?"); a part of a tablet and the total it makes, half the dose listed ("Half a tablet,
so three point seven five"), however far back the drug was named; a clause's verbs ("you
still have") taken for no drug misheard; a step ("down by five") no dose and a day's total split
into its times ("Twenty-five a day: ten in the morning, ...") the total only; a strength said as a
plural ("the twenty-fives"); a tablet's strength counted out to a day's total said after ("The
fives. One in the morning, ..." "So fifteen milligrams a day."); and a questionnaire item's score
said alone after the drug was named in passing taken for no dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("You're still on the Cipramil?", "The forty, aye. Every morning."), "citalopram", 40.0),
        (("I'm on the Efexor, the two twenty-five.", "Okay."), "venlafaxine", 225.0),
        (("The NAC, you're taking twelve hundred, twice a day?", "Yes."), "acetylcysteine",
         1200.0),
        (("And the nicotine patch?", "The fourteen milligram. One every morning."), "nicotine",
         14.0),
        (("You're on the lofepramine, a hundred and forty, at night?", "Aye."), "lofepramine",
         140.0),
        (("Are you still on the Cerazette?", "Yes, the seventy-five microgram one."),
         "desogestrel", 75.0),
        (("For the cramps, are you taking Ponstan?", "The five hundreds, yeah."),
         "mefenamic acid", 500.0),
        (("I had the oxy from the operation.", "The ten-milligram ones."), "oxycodone", 10.0),
    ],
)  # fmt: skip
def test_drugs_and_brands_added_to_the_lexicon(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("You had the depot Friday, the Clopixol?", "Aye. Four hundred every two weeks."),
         "zuclopenthixol", 400.0),
        (("Now the Invega injection, the paliperidone.", "You've been on seventy-five every "
          "month."), "paliperidone", 75.0),
        (("The haloperidol depot is fifty milligrams every four weeks.", "Fine."), "haloperidol",
         50.0),
    ],
)  # fmt: skip
def test_a_depots_dose_is_one_injections(turns: tuple[str, ...], name: str, dose: float) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


@pytest.mark.parametrize(
    "turns",
    [
        ("On the first day your Fagerstrom, the nicotine dependence one, was seven.", "Okay."),
        ("You did the Hooked on Nicotine Checklist. You said yes to six out of ten.", "Six."),
    ],
)
def test_a_drug_in_a_measures_name_is_no_drug(turns: tuple[str, ...]) -> None:
    assert not [n for n, _, _ in entries(*turns) if n == "nicotine"], entries(*turns)


def test_a_change_kept_when_the_days_total_is_said_after_it() -> None:
    got = entries(
        "What about the gabapentin? Did you start the higher dose?",
        "Yes. She said go from three hundred twice a day to six hundred twice a day. So "
        "twelve hundred a day in total.",
    )
    doses = {d for n, d, _ in got if n == "gabapentin"}
    assert {300.0, 600.0} <= doses, got


def test_a_dose_said_for_now_after_the_drug_started() -> None:
    got = entries("Did you see the psychiatrist?", "Yes. She started me on Lexapro.",
                  "Five for now, and maybe more later.")  # fmt: skip
    assert ("escitalopram", 5.0) in {(n, d) for n, d, _ in got}, got


_DEPOT_TALK = (
    "You had the depot on Monday, the Clopixol?",
    "Aye. Two hundred every two weeks, same as ever.",
    "And the voices, how have they been?",
    "Quieter. But they come back the week before it's due.",
    "Like clockwork. Thursday, Friday, they start.",
    "I hate that week.",
    "That's useful, because it fits with what the doctor thought.",
)


def test_a_depots_change_said_after_other_talk_is_the_only_drugs() -> None:
    got = entries(*_DEPOT_TALK, "She wants to go up to three hundred, still every two weeks.")
    assert any(n == "zuclopenthixol" and "300" in (c or "") for n, _, c in got), got


def test_a_change_told_back_with_no_verb_is_no_drug_change() -> None:
    got = entries(
        "Melatonin. The GP started two milligrams and last week said go to three.",
        "How scared were you the first night, out of ten?",
        "A nine.",
        "And last night?",
        "Dad was there. It was a six.",
        "Still scary, but I did it.",
        "From nine to six. That's brave.",
    )
    assert not [d for n, d, _ in got if n == "melatonin" and d in (6.0, 9.0)], got


def test_a_raise_said_with_no_object_and_no_unit() -> None:
    got = entries("You're taking venlafaxine one-fifty in the morning?", "Yes, one-fifty.",
                  "I'd like to increase to two twenty-five.")  # fmt: skip
    assert any(n == "venlafaxine" and "225" in (c or "") for n, _, c in got), got


@pytest.mark.parametrize(
    ("turns", "name", "dose"),
    [
        (("And the other one, the lithium, the same?", "The thousand, the same."), "lithium",
         1000.0),
        (("And the other one, the duloxetine?", "You're on the sixty?", "The sixty, yes."),
         "duloxetine", 60.0),
    ],
)  # fmt: skip
def test_the_dose_leading_the_answer_or_asked_back(
    turns: tuple[str, ...], name: str, dose: float
) -> None:
    assert (name, dose) in {(n, d) for n, d, _ in entries(*turns)}, entries(*turns)


def test_half_a_tablet_so_its_dose_further_on() -> None:
    got = entries(
        "And how many of the zopiclone are you taking?",
        "The seven and a half. One a night, most nights.",
        "Every night, if I'm honest, since about March.",
        "Alright. I'd like us to bring it down.",
        "Half a tablet, so three point seven five, for the next two weeks.",
    )
    assert ("zopiclone", 3.75) in {(n, d) for n, d, _ in got}, got


def test_a_total_that_is_not_the_part_of_the_dose_is_no_dose_further_on() -> None:
    got = entries(
        "And how many of the zopiclone are you taking?",
        "The seven and a half. One a night, most nights.",
        "Every night, if I'm honest, since about March.",
        "Alright. I'd like us to bring it down.",
        "Half a tablet, so two hours earlier than now.",
    )
    assert {d for n, d, _ in got if n == "zopiclone"} == {7.5}, got


def test_a_clauses_verbs_are_no_drug_misheard() -> None:
    got = entries(
        "You're taking the prazosin, two milligrams at night?",
        "Yes, two milligrams.",
        "Because you still have nightmares four nights a week, I'd like to go up to four "
        "milligrams.",
    )
    assert {n for n, _, _ in got} == {"prazosin"} and any("4" in (c or "") for _, _, c in got)


def test_a_step_down_is_no_dose_and_the_days_split_is_its_total() -> None:
    got = entries(
        "You're on the diazepam, thirty a day.",
        "Yes.",
        "I want to take the diazepam down by five.",
        "Twenty-five a day: ten in the morning, five at dinner, ten at night.",
    )
    doses = {d for n, d, _ in got if n == "diazepam"}
    assert 25.0 in doses and not doses & {5.0, 10.0}, got


def test_a_strength_said_as_a_plural_leading_the_answer() -> None:
    got = entries("Are you still taking the Phenergan for that?", "Yeah, the twenty-fives, one "
                  "at night.")  # fmt: skip
    assert ("promethazine", 25.0) in {(n, d) for n, d, _ in got}, got


def test_the_tablets_strength_counted_to_the_days_total() -> None:
    got = entries(
        "Remind me what you're taking.",
        "The diazepam. The fives. One in the morning, one at dinner, one at night.",
        "So fifteen milligrams a day. And anything else?",
    )
    assert {d for n, d, _ in got if n == "diazepam"} == {15.0}, got


def test_an_items_score_said_alone_after_the_drug_named_in_passing_is_no_dose() -> None:
    got = entries(
        "Now the SDS, five questions. In the last month, did you think your use of the tablets "
        "was out of control? Never, sometimes, often, or always?",
        "Often.",
        "That's a two. Did the thought of missing a dose make you anxious or worried?",
        "Always. Even now with the diazepam I'm watching the clock.",
        "Three. Did you worry about your use?",
        "Often.",
        "Two. And did you wish you could stop?",
        "Sometimes.",
        "That's a one. How difficult would you find it to stop or go without?",
        "Quite difficult.",
        "That's a one. So that totals nine.",
    )
    assert not [d for n, d, _ in got if n == "diazepam" and d == 3.0], got


def test_a_new_topic_led_by_now_is_no_change() -> None:
    got = entries("Now, the Invega injection, the paliperidone. You have been on one hundred "
                  "every month.", "Yes, one hundred.")  # fmt: skip
    assert ("paliperidone", 100.0, None) in got, got


def test_now_before_a_dose_is_still_a_change() -> None:
    got = entries("You're on sertraline, fifty milligrams?", "Yes, and now it's a hundred.")
    assert any(n == "sertraline" and "100" in (c or "") for n, _, c in got), got
