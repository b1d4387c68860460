"""The note's medication list (issue 17, tenth pass), on invented sentences (none copied from a
dialog): a drug named with no dose is listed only where the client is said to take it now or to
have stopped it; another person's drug, one given once, one only talked about or planned without
a dose are kept apart, as a drug named without a dose, which the note still shows."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import segs


def listed(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs(*turns)).medications}


def named_without_dose(*turns: str) -> list[str]:
    """The note's items for drugs kept apart from the list: no dose, or another person's."""
    return [
        i.text
        for i in extract(segs(*turns)).items
        if i.text.startswith(("Named without a dose", "Another person's"))
    ]


@pytest.mark.parametrize(
    "said",
    [
        "I'm still on lamotrigine, the doctor didn't change it.",
        "You're taking the fluvoxamine every night?",
        "I've been taking my atenolol, yes.",
        "I take the mirtazapine at bedtime.",
        "I stopped the quetiapine, it made me too groggy.",
    ],
)
def test_a_drug_the_client_takes_is_listed_without_a_dose(said: str) -> None:
    assert len({dose for _, dose in listed(said)}) == 1 and listed(said) <= {
        ("lamotrigine", None),
        ("fluvoxamine", None),
        ("atenolol", None),
        ("mirtazapine", None),
        ("quetiapine", None),
    }


@pytest.mark.parametrize(
    "turns",
    [
        ("My brother is on lithium, and he's doing better.",),  # another person's
        ("Her mother takes donepezil now.",),
        ("The paramedic gave me the naloxone in the ambulance.",),  # given once
        ("She said we could add buspirone later, no dose yet.",),  # planned, no dose
        ("I took a handful of my father's oxycodone that night.",),  # someone else's, taken once
        ("Does your husband still keep the diazepam in the kitchen?",),
        ("We talked about whether sertraline would be safe in pregnancy.",),  # only talked about
    ],
)
def test_a_drug_named_without_a_dose_and_not_taken_is_kept_apart(turns: tuple[str, ...]) -> None:
    assert listed(*turns) == set()
    assert len(named_without_dose(*turns)) == 1


def test_a_drug_with_its_dose_is_listed_whoever_names_it() -> None:
    assert listed("The doctor has you on sertraline, fifty milligrams.") == {("sertraline", 50.0)}
    assert named_without_dose("The doctor has you on sertraline, fifty milligrams.") == []


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # a total restated after a count of tablets: "so a hundred"
        (
            ("How's the lamotrigine?", "Two of the fifties, so a hundred."),
            {("lamotrigine", 100.0)},
        ),
        (("The lorazepam, half of the one milligram, so half a milligram.",), {("lorazepam", 0.5)}),
        (
            ("Gabapentin?", "Three of the three hundreds, so nine hundred."),
            {("gabapentin", 900.0)},
        ),
        # ... after tablets of a strength named the sentence before
        (
            ("And the ibuprofen?", "The two hundreds.", "Two at a time, so four hundred."),
            {("ibuprofen", 400.0)},
        ),
        # the steps of a titration said bare
        (
            ("She started me on escitalopram.", "The five for a week, and then the ten."),
            {("escitalopram", 5.0), ("escitalopram", 10.0)},
        ),
        (("The topiramate, I'm on the whole fifty now.",), {("topiramate", 50.0)}),
        # a strength said as hundreds
        (("Ibuprofen, the four hundreds, when my back flares.",), {("ibuprofen", 400.0)}),
    ],
)
def test_a_dose_told_by_tablets_or_steps(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert listed(*turns) == expected


@pytest.mark.parametrize(
    ("turns", "allowed"),
    [
        # "so" after something else counted is no dose
        (("How's the sertraline?", "Fine. I slept half the night, so six hours."), set()),
        # a count of tablets is no step of a titration
        (("The naproxen.", "Two for a week, then three."), {("naproxen", None)}),
        # the strength of tablets counted is not a dose of its own
        (("The lithium, nine hundred.", "Three of the three hundreds."), {("lithium", 900.0)}),
    ],
)
def test_counts_and_strengths_counted_are_no_doses(
    turns: tuple[str, ...], allowed: set[tuple[str, float | None]]
) -> None:
    assert listed(*turns) <= allowed


def changes(*turns: str) -> dict[tuple[str, float | None], str | None]:
    return {(m.name, m.dose): m.change for m in extract(segs(*turns)).medications}


@pytest.mark.parametrize(
    ("turns", "name", "change"),
    [
        # the dose before, said in a sentence of its own beside the change
        (
            (
                "How's the paroxetine?",
                "They put it up to thirty last month.",
                "I was on twenty before.",
            ),
            "paroxetine",
            "increase from 20 to 30",
        ),
        (
            (
                "And the quetiapine?",
                "My doctor had me on a hundred.",
                "She cut it to fifty in May.",
            ),
            "quetiapine",
            "decrease from 100 to 50",
        ),
        (
            (
                "The lamotrigine.",
                "The nurse made it two hundred.",
                "It was a hundred and fifty before.",
            ),
            "lamotrigine",
            "increase from 150 to 200",
        ),
        # ... or in the same sentence, before the change
        (
            (
                "And the mirtazapine?",
                "The GP had me on fifteen, then in June she went up to thirty.",
            ),
            "mirtazapine",
            "increase from 15 to 30",
        ),
        (
            (
                "How's the duloxetine?",
                "I've been on thirty since spring, and she said go to sixty.",
            ),
            "duloxetine",
            "increase from 30 to 60",
        ),
        (
            ("The topiramate?", "Fifty for a month, and now a hundred."),
            "topiramate",
            "increase from 50 to 100",
        ),
        (
            ("And the pregabalin?", "One fifty, and in March my doctor took it to three hundred."),
            "pregabalin",
            "increase from 150 to 300",
        ),
    ],
)
def test_the_dose_before_a_change_said_apart(
    turns: tuple[str, ...], name: str, change: str
) -> None:
    got = {c for (n, _), c in changes(*turns).items() if n == name}
    assert any(c and c.startswith(change) for c in got), got


@pytest.mark.parametrize(
    "turns",
    [
        # a score, a weight or a time said with "it was" is no dose before
        (
            "They put the paroxetine up to thirty.",
            "Your PHQ-9 was fourteen.",
            "It was twenty before.",
        ),
        ("They put the paroxetine up to thirty.", "I weighed myself.", "It was ninety before."),
        # far from the change, or about another drug named in the sentence
        ("They put the paroxetine up to thirty.", "I was on the lithium at four hundred before."),
    ],
)
def test_a_number_before_is_not_the_dose_before_unless_said_so(turns: tuple[str, ...]) -> None:
    assert changes(*turns).get(("paroxetine", 30.0)) == "increase to 30"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # a drug the clinical lexicon does not know, by its own name right before its dose
        ("Dantrolene, twenty-five, twice a day.", ("dantrolene", 25.0)),
        ("And the prostate one, alfuzosin, ten at night.", ("alfuzosin", 10.0)),
        ("Ropinirole, point five, at bedtime.", ("ropinirole", 0.5)),
        ("Pyridostigmine, sixty, every morning.", ("pyridostigmine", 60.0)),
    ],
)
def test_a_drug_named_right_before_its_dose_needs_no_other_medication_word(
    said: str, expected: tuple[str, float]
) -> None:
    assert expected in listed(said)


@pytest.mark.parametrize(
    "turns",
    [
        # no dose after the name: a word of the dictionary stays a word without medication talk
        ("We read about dantrolene in the news once.",),
        # a count of someone else's tablets is no dose
        ("My sister has oxycodone, I took one of hers after the surgery.",),
    ],
)
def test_no_dose_from_a_name_alone_or_a_count_of_someone_elses(turns: tuple[str, ...]) -> None:
    assert all(dose is None for _, dose in listed(*turns))


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "sixty two weeks ago": sixty, then a time
        (
            ("And the venlafaxine, they went from thirty-seven to seventy five days ago.",),
            {("venlafaxine", 70.0)},
        ),
        # a small dose said as a decimal
        (("My doctor gave me guanfacine, point one at night.",), {("guanfacine", 0.1)}),
        # "started me on ten and it's twenty now"
        (
            ("And escitalopram.", "She started me on five and it's ten now."),
            {("escitalopram", 5.0), ("escitalopram", 10.0)},
        ),
    ],
)
def test_doses_said_with_a_time_after_as_a_small_decimal_or_as_now(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert expected <= listed(*turns)


def test_a_time_after_a_compound_number_and_small_numbers_elsewhere() -> None:
    # a compound with no time after it stays one number; a small decimal needs a drug beside it
    assert ("venlafaxine", 75.0) in listed("The venlafaxine, seventy five milligrams.")
    assert listed("The error was point one percent, the sertraline is fine.") == set()


@pytest.mark.parametrize(
    "said",
    [
        "My son's risperidone, one milligram, is in the top cupboard.",
        "Her husband's donepezil, ten milligrams at night, sits by the sink.",
        "I give the patients' hydromorphone, two milligrams, every four hours.",
        "Our daughter's methylphenidate, eighteen milligrams, goes in her bag.",
        "My husband is on memantine, ten milligrams twice a day.",
        "My mom takes levothyroxine, fifty micrograms, every morning.",
    ],
)
def test_another_persons_drug_is_not_the_clients_whatever_its_dose(said: str) -> None:
    assert listed(said) == set()
    texts = [i.text for i in extract(segs(said)).items]
    assert any(t.startswith("Another person's") for t in texts)


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        # the client taking another person's drug: the client's
        ("I've been taking my wife's zopiclone, seven point five, some nights.", "zopiclone"),
        (
            "I took one of my roommate's Adderall, twenty milligrams, before the exam.",
            "amphetamine",
        ),
        # a person's name said without their relation is no possessive of the rule
        ("The sertraline, fifty milligrams, like my doctor said.", "sertraline"),
        # the client said as the one taking it, by the one speaking for them
        ("I'm his mother. He's on the sertraline, fifty milligrams.", "sertraline"),
        ("My husband says I'm on too much lorazepam, one milligram twice a day.", "lorazepam"),
    ],
)
def test_a_drug_the_client_takes_stays_the_clients(said: str, expected: str) -> None:
    assert expected in {n for n, _ in listed(said)}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # one tablet of a strength, and how many a day
        (
            ("Naproxen.", "One twenty-five milligram tablet, up to three a day."),
            {("naproxen", 25.0)},
        ),
        # a tablet split in half
        (("I took a lorazepam.", "Half of the two milligram."), {("lorazepam", 1.0)}),
        (("The quetiapine, half of a fifty at night.",), {("quetiapine", 25.0)}),
        # a range going down, one digit each side: "seventy-five" heard as "seven to five"
        (("The venlafaxine, seven to five milligrams in the morning.",), {("venlafaxine", 75.0)}),
        # tablets counted with how often are no dose of a drug given a usual range
        (("And the metformin?", "Two in the morning, with food."), set()),
    ],
)
def test_tablets_halves_and_a_misheard_range(
    turns: tuple[str, ...], expected: set[tuple[str, float | None]]
) -> None:
    assert listed(*turns) == expected


def test_a_range_going_up_or_from_a_dose_stays_a_range() -> None:
    assert listed("The melatonin, three to five milligrams.") == {("melatonin", 5.0)}
    assert ("lorazepam", 75.0) not in listed("They took the lorazepam down from three to two.")


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # hormones given as medication, by their generic names
        (
            ("And the progesterone?", "The capsules, two hundred milligrams at night."),
            ("progesterone", 200.0),
        ),
        (("The estradiol, one milligram twice a day.",), ("estradiol", 1.0)),
        (("She raised my testosterone to sixty milligrams a week.",), ("testosterone", 60.0)),
        # "seventy-five" heard as digits, "7 to 5", after a dose it changed from
        (("The doctor took the sertraline from 50 to 7 to 5 last week.",), ("sertraline", 75.0)),
    ],
)
def test_hormones_and_a_misheard_range_in_digits(
    turns: tuple[str, ...], expected: tuple[str, float]
) -> None:
    assert expected in listed(*turns)


def test_a_hormone_level_is_no_dose() -> None:
    assert all(d is None for _, d in listed("My testosterone level was three hundred last month."))
    assert all(d is None for _, d in listed("Your estradiol levels came back at ninety."))
