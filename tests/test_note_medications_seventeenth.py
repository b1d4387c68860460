"""Medications of issue 17's seventeenth pass (from the h-set's misses), on invented sentences:
drugs the lexicon did not know (baclofen, primidone, budesonide, Buscopan, peppermint oil,
psilocybin); "point five of a milligram"; doses told in the sentences after the drug without its
name; a dose answered for the one drug of a question not yet given one; a third person's drug ("he's
on", "gave him"); and what is not a dose: "it was a seven", "at nine fifteen", "give me one", a
rating asked "from zero to ten"."""

from __future__ import annotations

from localnotes.notes.extract import extract
from localnotes.types import Segment


def segs_of(*turns: str) -> list[Segment]:
    who = ("clinician", "client")
    return [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs_of(*turns)).medications}


def changes(*turns: str) -> dict[tuple[str, float | None], str | None]:
    return {(m.name, m.dose): m.change for m in extract(segs_of(*turns)).medications}


def others(*turns: str) -> set[tuple[str, float | None]]:
    items = extract(segs_of(*turns)).items
    return {
        (i.text.split(": ", 1)[1].split(" ")[0], float(i.text.split(" ")[3]))
        for i in items
        if i.text.startswith("Another person's:") and i.text.split(" ")[3][0].isdigit()
    }


def test_drugs_the_lexicon_now_knows() -> None:
    got = meds(
        "What are you taking now?",
        "Lioresal, twenty milligrams twice a day, and Mysoline, a hundred at night. "
        "Pulmicort, four hundred micrograms. Buscopan, twenty milligrams when it cramps.",
    )
    assert {
        ("baclofen", 20.0),
        ("primidone", 100.0),
        ("budesonide", 400.0),
        ("hyoscine butylbromide", 20.0),
    } <= got, got
    got = meds("The trial gave you psilocybin, twenty milligrams, last Tuesday.", "Yes.")
    assert ("psilocybin", 20.0) in got, got


def test_grams_are_no_dose_of_a_drug_given_in_milligrams() -> None:
    got = meds(
        "How much baclofen are you on?",
        "Fifteen milligrams a day.",
        "And the kratom powder?",
        "I went up to three grams a day.",
    )
    assert ("baclofen", 15.0) in got, got
    assert ("baclofen", 3.0) not in got, got


def test_a_fraction_of_a_milligram_said_with_of() -> None:
    got = meds("You took the risperidone, point five of a milligram, at night?", "Yes.")
    assert ("risperidone", 0.5) in got, got
    got = meds("Two of a milligram box.", "Okay.")  # a whole number "of a milligram" is no dose
    assert not got, got


def test_doses_told_after_the_drug_without_its_name() -> None:
    got = meds(
        "The prescriber has started your methadone.",
        "Slowly, she says.",
        "It was a long week.",
        "On the first day you took ten milligrams.",
        "Okay.",
        "And since Monday you're on thirty milligrams once a day.",
        "By the end of the month the plan is sixty milligrams, and the heroin stops.",
    )
    assert {("methadone", 10.0), ("methadone", 30.0), ("methadone", 60.0)} <= got, got


def test_a_dose_told_after_a_drug_taken_before_is_that_drugs() -> None:
    got = meds(
        "You've got the olanzapine at night.",
        "Ten milligrams.",
        "Last year you tried lamotrigine, didn't you?",
        "Fifty milligrams, and it gave me a rash.",
    )
    assert ("olanzapine", 50.0) not in got, got
    assert ("lamotrigine", 50.0) in got, got


def test_a_dose_with_a_unit_is_not_given_to_a_drug_it_cannot_be() -> None:
    got = meds(
        "Your sertraline stays the same.",
        "Okay.",
        "I've been drinking about forty grams of alcohol a day.",
    )
    assert ("sertraline", 40.0) not in got, got


def test_the_answer_is_the_drug_not_yet_given_a_dose() -> None:
    got = meds(
        "What dose of lithium are you on?",
        "Eight hundred milligrams at night.",
        "The psychiatrist wants to add lamotrigine when the lithium level is steady.",
        "Twenty-five milligrams for two weeks.",
    )
    assert ("lamotrigine", 25.0) in got, got
    assert ("lithium", 25.0) not in got, got


def test_a_bare_dose_said_with_a_meal_or_most_days() -> None:
    got = meds("When did the metformin start?", "Eight fifty with breakfast.")
    assert ("metformin", 850.0) in got, got
    got = meds("And the naproxen?", "Naproxen. Five hundred, like, most days.")
    assert ("naproxen", 500.0) in got, got


def test_a_rating_or_a_count_is_not_a_dose() -> None:
    got = meds("With the bupropion it was a six.", "Okay.")
    assert ("bupropion", 6.0) not in got, got
    got = meds("She can give me one when I ask.", "And the lorazepam is with her?")
    assert ("lorazepam", 1.0) not in got, got
    got = meds(
        "Your nicotine patch is ten milligrams?",
        "Yes.",
        "How bad are the cravings, from zero to ten?",
    )
    assert changes("Your nicotine patch is ten milligrams?", "Yes.").keys() <= got, got
    assert not any(d == 0 for _, d in got), got


def test_a_time_of_day_is_not_a_dose() -> None:
    got = meds("The first dose was fifty milligrams of sertraline, at ten thirty.", "Yes.")
    assert ("sertraline", 50.0) in got, got
    assert ("sertraline", 10.0) not in got and ("sertraline", 30.0) not in got, got


def test_a_rating_asked_from_zero_to_ten_is_no_dose_change() -> None:
    got = changes(
        "And the loperamide, two milligrams, when you travel.",
        "How strong is the urge, from zero to ten?",
    )
    assert got.get(("loperamide", 2.0)) is None, got


def test_dropping_to_a_bare_dose_is_a_change() -> None:
    got = changes(
        "You're on two hundred milligrams of quetiapine?",
        "Two hundred, yes. The doctor said we can drop to one fifty next month.",
    )
    assert "decrease" in (got.get(("quetiapine", 200.0)) or ""), got


def test_a_third_persons_drug_is_not_the_clients() -> None:
    got = meds(
        "How is your father?",
        "Worse. He's on haloperidol, five milligrams, and the nurse gave him lorazepam, one "
        "milligram, and now memantine as well, twenty.",
    )
    assert not {d for _, d in got} & {5.0, 1.0, 20.0}, got
    got = meds("What does your sister take?", "She was on lithium, nine hundred milligrams.")
    assert ("lithium", 900.0) not in got, got
    got = meds("He's on lithium, and I'm on sertraline, fifty milligrams.", "Okay.")
    assert ("sertraline", 50.0) in got, got


def test_a_third_person_may_be_the_client() -> None:
    # asked by the clinician
    got = meds("She's on the fluoxetine, twenty milligrams, right?", "Yes.")
    assert ("fluoxetine", 20.0) in got, got
    # an interpreter telling what the client says
    got = meds("He says the doctor gave him mirtazapine, fifteen milligrams.", "Okay.")
    assert ("mirtazapine", 15.0) in got, got
    # a parent speaking for a child who is the client
    got = meds("Dad, what's she taking now?", "She's on guanfacine, two milligrams.")
    assert ("guanfacine", 2.0) in got, got
    got = meds("Hello. I'm her father.", "She's on guanfacine, two milligrams.")
    assert ("guanfacine", 2.0) in got, got


def test_the_dose_said_with_its_unit_before_the_name_wins_over_a_bare_number_after() -> None:
    got = meds("Yesterday it was 10 milligrams of olanzapine, and 8.", "Yes.")
    assert ("olanzapine", 10.0) in got, got
    assert ("olanzapine", 8.0) not in got, got


def test_doses_after_a_name_the_lexicon_does_not_know_are_not_the_drug_before() -> None:
    got = meds(
        "Which medicines now?",
        "I take sertraline 100 in the morning, and the new one for the pain, Zorvadine 40 "
        "milligrams at night, then 80.",
    )
    assert ("sertraline", 100.0) in got, got
    assert ("sertraline", 40.0) not in got and ("sertraline", 80.0) not in got, got
    # nor is a name redaction took out (a drug misheard as a person's name) ...
    got = meds("Which medicines now?", "I take sertraline 100, and the new one, [PERSON] 40 mg.")
    assert ("sertraline", 100.0) in got and ("sertraline", 40.0) not in got, got
    got = meds("Which medicines now?", "I take sertraline, and since [DATE], 50 milligrams.")
    assert ("sertraline", 50.0) in got, got
    # a month is no drug: the dose after it is still the one named before
    got = meds("Which medicines now?", "I take sertraline, and since March, 50 milligrams.")
    assert ("sertraline", 50.0) in got, got
    # nor a drug's form, said right after its name
    got = meds("The injection?", "The Abilify Maintena, four hundred once a month.")
    assert ("aripiprazole", 400.0) in got, got


def test_a_drug_offered_and_turned_down_is_not_taken() -> None:
    turns = ("The nurse offered you diazepam, five milligrams, at the worst point.", "I said no.")
    assert ("diazepam", 5.0) not in meds(*turns), meds(*turns)
    shown = [i.text for i in extract(segs_of(*turns)).items]
    assert any(t.startswith("Named without a dose: diazepam; change: declined") for t in shown)
    got = meds("The nurse offered you diazepam, five milligrams, and you took it.", "Yes.")
    assert ("diazepam", 5.0) in got, got


def test_a_strength_said_digit_by_digit() -> None:
    got = meds("Which capsules?", "The peppermint oil, the one eight seven milligram ones.")
    assert ("peppermint oil", 187.0) in got, got
    got = meds("Which capsules?", "The peppermint oil, the 1-8-7 mg ones.")
    assert ("peppermint oil", 187.0) in got, got
    # two digits are not read so: "two five milligram tablets" is two tablets of five
    got = meds("Which tablets?", "Two five milligram tablets of oxycodone.")
    assert ("oxycodone", 25.0) not in got, got


def test_salbutamol_by_any_of_its_names() -> None:
    got = meds("And the reliever?", "Ventolin, a hundred micrograms a puff, when I need it.")
    assert ("albuterol", 100.0) in got, got
