"""The note draft's general rules from issue 17's fourth pass, each on invented sentences: more
standardized measures with their score ranges, a score said in the sentence after the measure,
an earlier score said a few sentences later, ratings of any named thing, a scale's anchors never
a score, "Where's the number now?", more phrasings of risk, idioms and denials, blood levels that
are not doses."""

from __future__ import annotations

import pytest

from localnotes.notes import lexicon
from localnotes.notes.extract import extract
from localnotes.notes.measure_ranges import RANGES
from tests.note_fixtures import measures, segs


def risks(*turns: str) -> set[tuple[str, str]]:
    return {(r.kind, r.status) for r in extract(segs(*turns)).risk}


def test_every_measure_has_a_score_range() -> None:
    assert {name for name, _ in lexicon.load().measures} <= set(RANGES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Your Epworth came back at 11 this time.", ("Epworth Sleepiness Scale", 11.0)),
        ("The MoCA was 26 today.", ("MoCA", 26.0)),
        ("Her ASRS came to 4.", ("ASRS", 4.0)),
        ("The prolonged grief scale score was 30.", ("PG-13", 30.0)),
        ("The EDE-Q global score came out at 3.1.", ("EDE-Q", 3.1)),
        ("Your insomnia severity score was 17.", ("ISI", 17.0)),
        (
            "The Inventory of Complicated Grief came to 41.",
            ("Inventory of Complicated Grief (ICG)", 41.0),
        ),
        ("The Altman you did came to 9.", ("Altman Self-Rating Mania Scale (ASRM)", 9.0)),
    ],
)
def test_more_standardized_measures(text: str, expected: tuple[str, float]) -> None:
    assert measures(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Your MoCA was 45 today.",  # above its 30: not its score
        "The Epworth came to 2.5.",  # a whole-number scale
        "Your GD7 was 30.",  # above the GAD-7's 21
    ],
)
def test_a_score_outside_the_measures_range_is_no_score(text: str) -> None:
    assert measures(text) == set()


def test_a_score_in_the_next_sentence_and_an_earlier_one_later() -> None:
    got = measures(
        "That's the one, the PHQ-9.",
        "It came to 17 this time.",
        "Is that worse?",
        "It's up from 12 in the spring.",
    )
    assert got == {("PHQ-9", 17.0), ("PHQ-9", 12.0)}
    assert measures("The GAD-7 today.", "You came out at 9.", "Last month you were at 13.") == {
        ("GAD-7", 9.0),
        ("GAD-7", 13.0),
    }


def test_one_as_a_pronoun_is_not_a_score() -> None:
    assert measures("The PHQ-9, the mood one, was 8.") == {("PHQ-9", 8.0)}


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        (("How would you rate your homesickness this week, zero to ten?", "About a seven."),
         ("homesickness rating", 7.0)),
        (("If you had to put a number on your loneliness, zero to ten?", "Maybe a six."),
         ("loneliness rating", 6.0)),
        (("How lonely have you felt, on a scale of zero to ten?", "A five."),
         ("loneliness rating", 5.0)),
        (("How strong are the urges right now, if zero is none and 10 is the strongest?",
          "Six."), ("urge rating", 6.0)),
    ],
)  # fmt: skip
def test_a_rating_of_any_named_thing(turns: tuple[str, ...], expected: tuple[str, float]) -> None:
    assert measures(*turns) == {expected}


def test_the_scales_anchors_are_never_the_score() -> None:
    got = measures(
        "How would you rate your focus at work?", "Zero being none, 10 being sharp.", "Maybe a 4."
    )
    assert got == {("focus rating", 4.0)}
    got = measures("What number did you give your mood?", "Zero the lowest, 10 the highest, a 7.")
    assert got == {("mood rating", 7.0)}


def test_where_is_the_number_now_is_the_last_rating_again() -> None:
    got = measures(
        "What's your distress right now, 0 to 100?",
        "About 60.",
        "Keep going with the memory.",
        "Where's the number now?",
        "Maybe 35.",
    )
    assert got == {("SUDS (distress rating)", 60.0), ("SUDS (distress rating)", 35.0)}


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Some nights I pray I won't wake up.",), "suicidal_ideation"),
        (("On the way home I thought about turning the wheel into the river.",),
         "suicidal_ideation"),
        (("I thought about driving off the bridge.",), "suicidal_ideation"),
        (("I scratched my arm until it bled.",), "self_harm"),
        (("Has your son taken money you didn't agree to?", "I think so."), "abuse_or_neglect"),
        (("She has been spending my pension without asking me.",), "abuse_or_neglect"),
        (("Any thoughts of suicide?", "No, I've had those in the past, years ago, not now."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_more_phrasings_of_endorsed_risk(turns: tuple[str, ...], kind: str) -> None:
    assert (kind, "endorsed") in risks(*turns)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Do you have thoughts of actually hurting Sam?", "No, never."), "harm_to_others"),
        (("Has either of you ever pushed or hit the other?", "No, never."), "abuse_or_neglect"),
    ],
)
def test_more_denials(turns: tuple[str, ...], kind: str) -> None:
    assert risks(*turns) == {(kind, "denied")}


def test_money_shared_or_lent_is_not_exploitation() -> None:
    assert risks("My sister took my money to the bank for me.") == set()
    assert risks("We spent my savings on the trip together.") == set()


@pytest.mark.parametrize(
    "text",
    ["Honestly, I could have strangled him.", "I could've murdered her for that joke."],
)
def test_could_have_is_an_idiom(text: str) -> None:
    assert not any(status == "endorsed" for _, status in risks(text))


def test_a_blood_level_is_not_a_dose() -> None:
    meds = {
        (m.name, m.dose) for m in extract(segs("Your lithium level was 0.8 last week.")).medications
    }
    assert meds <= {("lithium", None)}


def test_a_denial_then_a_history_in_the_next_sentence() -> None:
    got = risks("Any thoughts of suicide lately?", "No.", "I had those years ago, not now.")
    assert got == {("suicidal_ideation", "denied"), ("suicidal_ideation", "endorsed")}


def test_i_cut_said_alone_is_self_harm() -> None:
    assert ("self_harm", "endorsed") in risks("I cut.", "On my leg, last week.")
    assert risks("I cut the grass on Sunday.") == set()


def test_medication_talk_next_to_a_dose_is_not_repaired_into_a_drug() -> None:
    from localnotes.term_repair import repair_segments

    for text in ("Taper to 25 milligrams next week.", "We start the taper at 50 milligrams."):
        _, repairs = repair_segments(segs(text))
        assert list(repairs) == [], text
    _, repairs = repair_segments(segs("I take my metapral 50 milligrams."))  # still repaired
    assert [r.replacement.lower() for r in repairs] == ["metoprolol"]


def test_a_rating_in_the_prompts_own_sentence_names_what_was_said_before() -> None:
    got = measures("The pain is bad this week.", "Where is it?", "If you rate it, it's a seven.")
    assert got == {("pain rating", 7.0)}


def test_an_unscaled_number_above_ten_is_on_a_scale_of_a_hundred() -> None:
    got = measures(
        "It is going down a little.", "What's the number?", "35, maybe.", "Leave one out."
    )
    assert got == {("SUDS", 35.0)}


def test_an_earlier_score_four_sentences_on() -> None:
    got = measures(
        "We did the Y-BOCS today.",
        "You came out at 25.",
        "Out of 40.",
        "That is the severe range.",
        "It was 19 when you first came in.",
    )
    assert got == {("Y-BOCS", 25.0), ("Y-BOCS", 19.0)}


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs(*turns)).medications}


def test_a_clock_time_with_at_is_not_a_dose() -> None:
    got = meds("I take melatonin, 3 milligrams.", "This week, bed at midnight and up at 6.")
    assert got == {("melatonin", 3.0)}


def test_the_start_of_a_range_is_not_a_dose_of_its_own() -> None:
    assert meds("The Lyrica, seven to 75 milligrams twice a day.") == {("pregabalin", 75.0)}


def test_a_dose_after_a_name_the_lexicon_does_not_know_is_not_the_drug_befores() -> None:
    for said in (
        "We will start Zorbulax, 5 milligrams at night.",
        "She wants to add Zorbulax, 5 mg.",
    ):
        assert meds("I take lithium 900 a day.", said) == {("lithium", 900.0)}


@pytest.mark.parametrize(
    ("said", "word", "drug"),
    [
        ("I take Benadryl, 50 milligrams at night.", "Benadryl", "diphenhydramine"),
        ("I take Rogaine, 5 milligrams, for my hair.", "Rogaine", "minoxidil"),
        ("She started me on labetalol, 100 mg twice a day.", "labetalol", "labetalol"),
    ],
)
def test_drugs_the_clinical_lexicon_does_not_know_come_from_the_dataset_package(
    said: str, word: str, drug: str
) -> None:
    assert lexicon.generic_of(word) is None  # not a name of the clinical lexicon
    assert drug in {name for name, _ in meds(said)}


def test_ordinary_words_are_not_drugs_of_the_dataset_package() -> None:
    from localnotes.drug_dictionary import drug_named, more_names

    assert len(more_names()) > 5000
    assert [w for w in ("patient", "better", "people", "tablet", "morning") if drug_named(w)] == []


def test_drop_to_is_a_decrease() -> None:
    doc = extract(segs("I take Lunesta, two milligrams.", "The plan is to drop to one milligram."))
    assert any(m.name == "eszopiclone" and m.change == "decrease to 1 mg" for m in doc.medications)


def test_the_dose_a_drug_taken_before_was_is_kept_as_earlier() -> None:
    doc = extract(segs("The Adderall was 20 milligrams, the extended one."))
    assert [(m.name, m.dose, m.change) for m in doc.medications] == [
        ("amphetamine", 20.0, "earlier")
    ]


def test_a_drug_to_come_off_is_what_a_later_change_is_about() -> None:
    doc = extract(
        segs(
            "I take Lunesta, two milligrams, and melatonin, three milligrams.",
            "You said you'd like to come off the Lunesta.",
            "The idea is to drop to one milligram for two weeks.",
        )
    )
    changed = {(m.name, m.change) for m in doc.medications if m.change}
    assert ("eszopiclone", "decrease to 1 mg") in changed
    assert not any(name == "melatonin" and "1 mg" in (c or "") for name, c in changed)
