"""The note draft's extraction, without I/O: spoken numbers, medications in the forms speech
recognition writes them, measures and self-ratings, and risk statements -- idioms are not risk,
denials are denials, and an endorsement is never lost."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from localnotes.notes.extract import extract
from localnotes.notes.numbers import find_numbers
from localnotes.types import Segment
from tests.note_fixtures import segs


def risks(*turns: str) -> set[tuple[str, str]]:
    return {(r.kind, r.status) for r in extract(segs(*turns)).risk}


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs(*turns)).medications}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seventy five milligrams", 75),
        ("seventy-five", 75),
        ("one fifty", 150),
        ("two twenty five", 225),
        ("a hundred and fifty", 150),
        ("one hundred", 100),
        ("nine hundred", 900),
        ("twelve and a half", 12.5),
        ("point five milligrams", 0.5),
        ("two point five", 2.5),
        ("1,000", 1000),
        ("12.5 mg", 12.5),
    ],
)
def test_spoken_numbers(text: str, value: float) -> None:
    assert [n.value for n in find_numbers(text)][:1] == [value]


def test_a_comma_ends_a_number() -> None:
    assert [n.value for n in find_numbers("one, fifty")] == [1, 50]


@given(st.integers(min_value=0, max_value=10_000))
def test_digits_read_back_with_their_span(n: int) -> None:
    text = f"about {n} of them"
    (found,) = find_numbers(text)
    assert found.value == n and text[found.start : found.end] == str(n)


def test_medication_dose_said_in_words() -> None:
    assert meds("You're taking venlafaxine, seventy five milligrams in the morning?") == {
        ("venlafaxine", 75.0)
    }


def test_brand_names_give_the_generic_name() -> None:
    assert meds("And you're still on Lexapro, ten milligrams?") == {("escitalopram", 10.0)}


def test_a_misrecognised_name_in_two_words_is_found() -> None:
    # what tiny.en made of "sertraline" in the bundled demo recording
    assert meds("Dr. Patel also raised my serter line to 50 milligrams.") == {("sertraline", 50.0)}


def test_a_dose_change_without_the_name_belongs_to_the_drug_named_before() -> None:
    ex = extract(
        segs(
            "You're on sertraline, one hundred milligrams every morning.",
            "Any side effects?",
            "Given the score, I'd like to go up to one fifty.",
        )
    )
    # one entry: the dose the client is on, and its change (not a second sertraline at 150)
    (m,) = ex.medications
    assert (m.name, m.dose, m.unit) == ("sertraline", 100.0, "mg")
    assert m.change == "increase to 150 mg"
    assert [e.quote for e in m.evidence] == [
        "You're on sertraline, one hundred milligrams every morning.",
        "Given the score, I'd like to go up to one fifty.",
    ]  # the sentence naming it and the one changing it


def test_a_change_said_before_any_dose_is_the_dose() -> None:
    ex = extract(segs("Is the doctor still lowering it, the tramadol?", "I'm down to fifty mg."))
    (m,) = ex.medications
    assert (m.name, m.dose, m.change) == ("tramadol", 50.0, "decrease to 50 mg")


def test_dose_before_the_name_and_two_drugs_in_one_sentence() -> None:
    assert meds(
        "You're on lithium, nine hundred milligrams a day, and Seroquel, one hundred milligrams."
    ) == {("lithium", 900.0), ("quetiapine", 100.0)}
    assert meds("She takes fifteen milligrams of mirtazapine at night.") == {("mirtazapine", 15.0)}


def test_an_ordinary_word_near_a_drug_name_is_not_a_drug() -> None:
    assert meds("I doubt my ability to take the exam.") == set()


def test_time_words_are_not_doses() -> None:
    assert meds("I've been on sertraline for two weeks.") == {("sertraline", None)}


def test_standardized_measures_and_their_scores() -> None:
    ex = extract(
        segs(
            "Your PHQ-9 today came in at twelve, and the GAD 7 was 9.",
            "Your PCL-5 was fifty-two, down from sixty.",
            "We'll repeat the PHQ-9 in two weeks.",
        )
    )
    assert {(m.name, m.score, m.earlier) for m in ex.measures} == {
        ("PHQ-9", 12.0, False),
        ("GAD-7", 9.0, False),
        ("PCL-5", 52.0, False),
        ("PCL-5", 60.0, True),  # the previous score, said beside today's
    }


def test_self_ratings_say_what_is_rated() -> None:
    ex = extract(
        segs(
            "On a scale of zero to ten, how is your mood today?",
            "Pretty steady.",
            "I'd give it a six.",
            "And the anxiety? Maybe a four out of ten.",
        )
    )
    assert {(m.name, m.score) for m in ex.measures} == {
        ("mood rating", 6.0),
        ("anxiety rating", 4.0),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Honestly, this job is killing me.",
        "My phone died in the middle of a call.",
        "My feet are killing me.",
        "I'd kill for a week off.",
        "I'm dead tired every night.",
        "I'm dying to get my evenings back.",
        "I wanted to die of embarrassment.",
        "I could kill my manager for moving the deadline, but that's a figure of speech.",
        "My wife says she'll kill me if I check email on vacation.",
        "I'm killing myself at the gym to get ready for the race.",
        "I cut myself shaving this morning.",
        "I burned myself out at my last job.",
        "My uncle died by suicide when I was ten.",
        "My brother killed himself two years ago.",
        "We watched a movie about a suicide squad.",
        "He drives me crazy, he'll be the death of me.",
        "I have a history of substance abuse.",
    ],
)
def test_idioms_and_other_peoples_stories_are_not_endorsed_risk(text: str) -> None:
    assert not {r for r in risks(text) if r[1] == "endorsed"}


@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Have you had any thoughts of suicide?", "No, nothing like that.", "suicidal_ideation"),
        ("Any thoughts of ending your life?", "No.", "suicidal_ideation"),
        ("Have you done anything to hurt yourself?", "Nope.", "self_harm"),
        ("Any thoughts of hurting anyone else?", "No, never.", "harm_to_others"),
        ("Is anyone at home hurting you?", "Not at all.", "abuse_or_neglect"),
        ("Do you feel safe at home?", "Yes, I do.", "abuse_or_neglect"),
    ],
)
def test_a_denial_is_a_denial(question: str, answer: str, kind: str) -> None:
    found = risks(question, answer)
    assert (kind, "denied") in found
    assert not {r for r in found if r[1] == "endorsed"}


@pytest.mark.parametrize(
    "text",
    [
        "I would never hurt myself.",
        "I'm not suicidal.",
        "I don't have any thoughts of killing myself.",
        "I get angry, but I would never hurt anyone.",
    ],
)
def test_a_denial_said_as_a_statement(text: str) -> None:
    found = risks(text)
    assert found and all(status == "denied" for _, status in found)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Honestly, I wouldn't mind not waking up some mornings.",), "suicidal_ideation"),
        (
            ("Some nights I think it would be easier to just not be here anymore.",),
            "suicidal_ideation",
        ),
        (("I can't stop thinking about killing myself.",), "suicidal_ideation"),
        (("Everyone would be better off without me.",), "suicidal_ideation"),
        (("Have you wished you were dead?", "Yes. A lot of nights."), "suicidal_ideation"),
        (
            ("Any thoughts of killing yourself?", "Sometimes. But I don't have a plan."),
            "suicidal_ideation",
        ),
        (("I've been cutting on my thighs, maybe twice a week.",), "self_harm"),
        (("I had urges to cut again on Saturday.",), "self_harm"),
        (("I've had thoughts of hurting him, like really hurting him.",), "harm_to_others"),
        (("My boyfriend hit me on Friday when he was drunk.",), "abuse_or_neglect"),
        (("Do you feel safe at home?", "Not really."), "abuse_or_neglect"),
        (
            ("Have you ever tried to end your life?", "Once, when I was nineteen."),
            "suicidal_ideation",
        ),
    ],
)
def test_endorsements_are_found(turns: tuple[str, ...], kind: str) -> None:
    assert (kind, "endorsed") in risks(*turns)


def test_a_question_with_an_unclear_answer_decides_nothing() -> None:
    assert (
        risks(
            "Is that a thought about ending your life, or more of a wish to escape?",
            "More a wish that it would all stop.",
        )
        == set()
    )


def test_a_hypothetical_is_not_a_statement() -> None:
    assert risks("If you ever have thoughts of killing yourself, call the crisis line.") == set()


def test_a_question_about_what_was_just_said() -> None:
    assert ("self_harm", "denied") in risks(
        "Some people who drink a lot have thoughts of hurting themselves.",
        "Have you had any thoughts like that?",
        "No, I haven't.",
    )


def test_past_self_harm_is_endorsed_in_the_past() -> None:
    (r,) = [r for r in extract(segs("I used to cut my arms in high school.")).risk]
    assert (r.kind, r.status, r.time) == ("self_harm", "endorsed", "past")


def test_protective_factors_near_a_risk_statement() -> None:
    ex = extract(
        segs(
            "Have you thought about doing anything to hurt yourself?",
            "No. I would never do that to my grandchildren.",
        )
    )
    assert any(i.category == "protective" for i in ex.items)


def test_speaker_labels_decide_whose_interventions() -> None:
    labelled = [
        Segment(0, 4, "Let's try a thought record this week.", "clinician"),
        Segment(4, 8, "My friend does CBT with her therapist.", "client"),
    ]
    items = [i.text for i in extract(labelled).items if i.category == "intervention"]
    assert len(items) == 1 and "thought record" in items[0] and "whole text" not in items[0]
    unlabelled = [Segment(s.start, s.end, s.text) for s in labelled]
    texts = [i.text for i in extract(unlabelled).items if i.category == "intervention"]
    assert texts and all("from the whole text" in t for t in texts)


def test_every_quote_is_a_piece_of_its_segment() -> None:
    s = segs(
        "Your PHQ-9 was seventeen. You're on sertraline, one hundred milligrams.",
        "Sometimes at night I wish I could go to sleep and not wake up.",
    )
    ex = extract(s)
    for item in ex.items:
        for e in item.evidence:
            assert any(e.quote in seg.text and e.start == seg.start for seg in s)


def test_one_list_of_drugs_the_shared_clinical_lexicon() -> None:
    import tomllib
    from importlib import resources

    from localnotes.clinical_lexicon import load_lexicon

    raw = resources.files("localnotes").joinpath("data/notes/lexicon.toml").read_text("utf-8")
    generics = {m.generic for m in load_lexicon().medications}
    assert set(tomllib.loads(raw)["heard_as"]) <= generics


def test_a_question_whose_question_mark_speech_recognition_dropped() -> None:
    # tiny.en on the spoken n01 dialog ran the clinician's question into the sentence before
    found = risks("Thank you for telling me any thoughts of hurting anyone else.", "No, never.")
    assert found == {("harm_to_others", "denied")}


@pytest.mark.parametrize(
    ("said", "generic"),
    [
        ("mirtaza pin", "mirtazapine"),
        ("lamo trigene", "lamotrigine"),
        ("search of line", "sertraline"),
    ],
)
def test_drug_names_heard_as_several_words(said: str, generic: str) -> None:
    # a dose in each drug's usual range (15 mg of lamotrigine would be read as 50: see below)
    assert meds(f"I take {said}, twenty five milligrams.") == {(generic, 25.0)}


def test_ordinary_words_that_sound_near_a_drug_are_not_one() -> None:
    assert meds(
        "We'll taper down to five milligrams.", "You started Zoloft, fifty milligrams?"
    ) == {("sertraline", 50.0)}


def test_fifteen_heard_as_fifty_is_put_right_and_said_so() -> None:
    # tiny.en writes "fifteen milligrams" as "50 milligrams"; mirtazapine is given at 7.5-45 mg
    ex = extract(segs("and the mirtazapine at night, 50 milligrams."))
    (m,) = ex.medications
    assert (m.name, m.dose, m.heard_dose) == ("mirtazapine", 15.0, 50.0)
    assert m.check and "heard as 50 mg" in m.check and "check" in m.check
    assert m.evidence[0].quote == "and the mirtazapine at night, 50 milligrams."  # still literal
    assert any("heard as 50 mg" in i.text for i in ex.items)
    assert m.as_dict()["heard_dose"] == 50.0


@pytest.mark.parametrize(
    "said",
    [
        "We will raise the quetiapine to 50 mg.",  # in range: as heard
        "Your sertraline is 150 milligrams.",
        "Lithium, 15 milligrams.",  # out of range, but 50 is out of range too
        "Sertraline, 250 milligrams.",  # out of range, no sound-alike
        "Fluoxetine, 90 milligrams once a week.",  # 19 is no dose
    ],
)
def test_other_doses_stay_as_heard(said: str) -> None:
    (m,) = extract(segs(said)).medications
    assert m.heard_dose is None and m.check is None and "heard_dose" not in m.as_dict()


def test_a_sentence_cut_between_two_segments_is_one_sentence() -> None:
    # tiny.en cut the example dialog's passive death wish between two segments
    s = [
        Segment(32.0, 36.4, " and some nights I think it would be easier to just"),
        Segment(36.4, 38.7, " not be here anymore."),
        Segment(38.7, 42.4, " Thank you for telling me."),
    ]
    (r,) = extract(s).risk
    assert (r.kind, r.status) == ("suicidal_ideation", "endorsed")
    (e,) = r.evidence
    assert (e.start, e.end) == (32.0, 38.7)
    assert e.quote == "and some nights I think it would be easier to just not be here anymore."
    assert e.quote in " ".join(x.text.strip() for x in s[:2])


@pytest.mark.parametrize(
    "second",
    [
        Segment(36.4, 38.7, " not be here anymore.", "speaker 2"),  # another speaker
        Segment(40.5, 42.7, " not be here anymore."),  # a long pause
        Segment(36.4, 38.7, " Not be here anymore."),  # a new sentence
    ],
)
def test_segments_are_joined_only_within_one_speakers_sentence(second: Segment) -> None:
    from localnotes.notes.sentences import split

    first = Segment(32.0, 36.4, " it would be easier to just")
    assert [x.text for x in split([first, second])] == [
        "it would be easier to just",
        second.text.strip(),
    ]


def test_a_run_of_unpunctuated_segments_is_a_run_of_sentences() -> None:
    # tiny.en wrote a stretch of the af22 crisis dialog without punctuation: the question after
    # a told history is a sentence of its own, not the history's end
    from localnotes.notes.sentences import split

    run = [
        Segment(71.6, 75.9, " in year ten i used to cut my arms not since i left home"),
        Segment(75.9, 78.6, " any cutting or hurting yourself this year"),
        Segment(79.3, 82.2, " No, not once."),
    ]
    assert [x.text for x in split(run)] == [
        "in year ten i used to cut my arms not since i left home",
        "any cutting or hurting yourself this year",
        "No, not once.",
    ]
    assert ("self_harm", "endorsed") in {(r.kind, r.status) for r in extract(run).risk}


def test_what_is_rated_from_the_question_before_the_scale() -> None:
    # speech recognition cut the question in two: the scale is asked apart from what is rated
    ex = extract(segs("How would you rate your focus at work?", "0 to 10?", "Maybe a 5."))
    assert [(m.name, m.score) for m in ex.measures] == [("focus rating", 5.0)]
    assert ex.measures[0].evidence[0].quote == "How would you rate your focus at work?"


@pytest.mark.parametrize(
    ("turns", "found"),
    [
        # the question is about what was just said, a hypothetical of other people
        (
            (
                "Some people start to feel life isn't worth living. Has that happened for you?",
                "No, I get frustrated, but I want to be around.",
            ),
            {("suicidal_ideation", "denied")},
        ),
        (
            ("Any thoughts of harming yourself or of not wanting to be alive?", "No."),
            {("self_harm", "denied"), ("suicidal_ideation", "denied")},
        ),
        # neglect told without the word; a denial of hitting does not undo it
        (
            ("He leaves me alone for days.", "Has he ever hit you?", "No, he doesn't hit me."),
            {("abuse_or_neglect", "endorsed"), ("abuse_or_neglect", "denied")},
        ),
        (
            ("Do they ever leave you alone for days?", "No, never."),
            {("abuse_or_neglect", "denied")},
        ),
        (("My brother took my money for the trip, we split it.",), set()),
    ],
)
def test_risk_said_in_other_words(turns: tuple[str, ...], found: set[tuple[str, str]]) -> None:
    assert risks(*turns) == found


def test_the_geriatric_depression_scale() -> None:
    ex = extract(segs("Your Geriatric Depression Scale today was nine."))
    assert [(m.name, m.score) for m in ex.measures] == [("GDS", 9.0)]


@pytest.mark.parametrize(
    ("turns", "found"),
    [
        (("He threw a plate at me on Wednesday.",), {("abuse_or_neglect", "endorsed")}),
        (("He grabbed my neck once in the summer.",), {("abuse_or_neglect", "endorsed")}),
        (("Has he ever grabbed you by your neck?", "No, never."), {("abuse_or_neglect", "denied")}),
        (("The kids threw snowballs at us.",), set()),
        (("I grabbed my coat and left.",), set()),
    ],
)
def test_violence_told_as_what_was_done(
    turns: tuple[str, ...], found: set[tuple[str, str]]
) -> None:
    assert risks(*turns) == found
