"""Medications of issue 17's eighteenth pass (from the i-set's misses), on invented sentences:
UK brands and drugs the lexicon did not know (Champix, OxyNorm, Valdoxan, Selincro, Kwells,
Buccastem, Movicol, Zomorph); a dose leading the answer to a question about one drug ("Forty,
because ..."); a drug named alone beside a sentence about medication ("Let's go through your
medicines. Nifedipine?"); "doubled it to", "said a thousand if ..."; "still the two hundred"; "the
topiramate last year, the twenty-five"; "You're on a hundred milligrams?" about the drug talked
about a while back; numbers as said ("the hundred and twenty", "two point five three times a
day"); and what is not a dose or not that drug's: "three at a time", "the platform at six", "ten
grams of carbs", a dose said after a name the lexicon does not know, a combination tablet's two
strengths."""

from __future__ import annotations

from localnotes.notes.drug_mentions import mentions_in
from localnotes.notes.extract import extract
from localnotes.notes.numbers import find_numbers
from localnotes.types import Segment


def segs_of(*turns: str) -> list[Segment]:
    who = ("clinician", "client")
    return [Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2]) for i, t in enumerate(turns)]


def meds(*turns: str) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs_of(*turns)).medications}


def changes(*turns: str) -> dict[tuple[str, float | None], str | None]:
    return {(m.name, m.dose): m.change for m in extract(segs_of(*turns)).medications}


def test_uk_brands_and_drugs_the_lexicon_now_knows() -> None:
    got = meds(
        "What are you on at the moment?",
        "Valdoxan, twenty-five milligrams at night, and Kwells, three hundred micrograms for "
        "the dribbling. Movicol, one sachet, thirteen point eight grams.",
    )
    assert {
        ("agomelatine", 25.0),
        ("hyoscine hydrobromide", 300.0),
        ("macrogol", 13.8),
    } <= got, got
    got = meds(
        "How is the Champix going?",
        "One milligram twice a day. And I've still got the OxyNorm, five milligrams, for my back.",
    )
    assert {("varenicline", 1.0), ("oxycodone", 5.0)} <= got, got
    got = meds("If you keep drinking, we could try Selincro, eighteen milligrams.", "Okay.")
    assert ("nalmefene", 18.0) in got, got


def test_a_brand_heard_as_a_word_after_another_drug_is_not_that_drugs_dose() -> None:
    got = meds(
        "The betahistine?",
        "Sixteen milligrams three times a day.",
        "And I keep the Buccastem, the little three milligram tablets, in my bag.",
    )
    assert ("prochlorperazine", 3.0) in got, got
    assert ("betahistine", 3.0) not in got, got
    # a drug nobody knows, named in a capital before its dose: not the drug talked about before
    got = meds(
        "How's the sertraline?",
        "Fifty milligrams, fine.",
        "The GP mentioned Zorbinex, twenty milligrams, if this one stops working.",
    )
    assert ("sertraline", 20.0) not in got, got
    assert ("sertraline", 50.0) in got, got
    # a month's name is no drug's: the dose is still the drug's talked about
    got = meds(
        "How's the sertraline?",
        "Fifty milligrams.",
        "Since Monday, the full seventy-five milligrams.",
    )
    assert ("sertraline", 75.0) in got, got


def test_the_dose_leading_the_answer_to_a_question_about_one_drug() -> None:
    got = meds("Lansoprazole?", "Thirty, because of the heartburn.")
    assert ("lansoprazole", 30.0) in got, got
    got = meds(
        "You're on metoprolol?",
        "Twenty-five, and the cardiologist doubled it to fifty on Friday.",
    )
    assert {("metoprolol", 25.0), ("metoprolol", 50.0)} <= got, got
    got = meds("And the Oramorph when the pain comes?", "Two point five, the liquid.")
    assert ("morphine", 2.5) in got, got


def test_a_leading_number_that_is_no_dose() -> None:
    # a count of tablets, of a drug the lexicon does not know
    got = meds("Ropinirole?", "Two, because one didn't do anything.")
    assert ("ropinirole", 2.0) not in got, got
    # a number no usual dose of the drug the lexicon knows
    got = meds("Sertraline?", "Two, because I kept forgetting.")
    assert ("sertraline", 2.0) not in got, got
    # a combination tablet's two strengths: no one dose to read, and nothing from later on
    got = meds(
        "The co-careldopa?",
        "The twenty-five, one hundred tablets.",
        "One, three times a day.",
    )
    assert not {d for n, d in got if n == "levodopa" and d is not None}, got
    # not an answer to a question: a statement before it
    got = meds("I'm on lansoprazole.", "Thirty, because of the heartburn.")
    assert ("lansoprazole", 30.0) not in got, got


def test_a_drug_named_alone_beside_a_sentence_about_medication() -> None:
    got = meds("Let's go through your medicines. Nifedipine?", "Ten, in the morning.")
    assert ("nifedipine", 10.0) in got, got
    got = meds("Let's check the Champix. Where are you on the dose?", "One milligram twice a day.")
    assert ("varenicline", 1.0) in got, got
    # a drug's name said with how often it is taken
    assert [m.generic for m in mentions_in("And the amiodarone at night?")] == ["amiodarone"]
    assert mentions_in("And the amiodarone?") == ()
    # no sentence beside it about medication: a rare word is not read as a drug
    got = meds("We walked to Amiodarone Street.", "Nice.")
    assert not got, got


def test_a_thousand_after_a_drug_the_lexicon_does_not_know() -> None:
    got = meds("Anything else?", "And mycophenolate, a thousand twice a day, for the lungs.")
    assert ("mycophenolate", 1000.0) in got, got


def test_the_dose_kept_said_with_still() -> None:
    got = meds("And the Zomorph at night, still the two hundred?", "Yes.")
    assert ("morphine", 200.0) in got, got
    # "still" far from the drug, about something else
    got = meds(
        "And the Zomorph at night, do you still get the pain at about three in the morning, "
        "still the three?",
        "Yes.",
    )
    assert ("morphine", 3.0) not in got, got


def test_a_dose_planned_on_a_condition() -> None:
    got = changes(
        "Lithium, you're on eight hundred at night?",
        "Eight hundred. The consultant said a thousand if the level is still low.",
    )
    assert got == {("lithium", 800.0): "increase to 1000"}, got
    got = changes(
        "The olanzapine?", "It was five milligrams, and the doctor said ten from next week."
    )
    assert got.get(("olanzapine", 10.0), "").startswith("increase"), got
    # "the start of the month" is when, not a drug started
    got = changes("The olanzapine?", "Five milligrams since the start of the month.")
    assert got == {("olanzapine", 5.0): None}, got
    # "said" with no dose before "if"
    got = changes("Lithium, you're on eight hundred at night?", "She said if it's low, maybe.")
    assert set(got) == {("lithium", 800.0)}, got


def test_doubled_and_halved_are_changes() -> None:
    got = changes("The propranolol?", "Ten milligrams, and she doubled it to twenty last week.")
    assert got.get(("propranolol", 20.0), "").startswith("increase"), got
    got = changes("The quetiapine?", "A hundred milligrams, and he halved it to fifty.")
    assert got.get(("quetiapine", 50.0), "").startswith("decrease"), got


def test_the_dose_of_a_drug_taken_before_said_after_when() -> None:
    got = changes("It was better than the lamotrigine last year, the two hundred.", "Okay.")
    assert got.get(("lamotrigine", 200.0)) == "earlier", got
    # after when, a count of something else is no dose of it
    got = meds("It was better than the lamotrigine last year, three weeks of rashes.", "Oh.")
    assert ("lamotrigine", 3.0) not in got, got


def test_a_dose_with_its_unit_asked_about_the_drug_talked_about_a_while_back() -> None:
    got = meds(
        "You wanted to talk about the citalopram.",
        "Yes. It helps with the worry. But I feel flat all the time. "
        "My sister says I'm not myself. I don't laugh at things any more. Work is fine though.",
        "That's worth looking at. How long has the flatness been there?",
        "Since the spring, really.",
        "You're on twenty milligrams?",
        "Twenty, yes.",
    )
    assert ("citalopram", 20.0) in got, got
    # without "you're on", the dose reaches back only a few sentences, as before
    got = meds(
        "You wanted to talk about the citalopram.",
        "Yes. It helps with the worry. But I feel flat all the time. "
        "My sister says I'm not myself. I don't laugh at things any more. Work is fine though.",
        "That's worth looking at. How long has the flatness been there?",
        "Since the spring, really. The cat had forty milligrams of something at the vet.",
    )
    assert ("citalopram", 40.0) not in got, got


def test_what_is_not_a_dose() -> None:
    # a count of tablets at a time, of a drug the lexicon does not know
    got = meds("The pirfenidone, you take three at a time?", "Yes, with food.")
    assert ("pirfenidone", 3.0) not in got, got
    # a time of day said with "at"
    got = meds(
        "The naltrexone before you drink, the phone call from the office at six, and bloods.",
        "Fine.",
    )
    assert ("naltrexone", 6.0) not in got, got
    # but a dose kept "at" a number is still a dose
    got = meds("We'll keep the sertraline, keep you at fifty.", "Okay.")
    assert ("sertraline", 50.0) in got, got
    # food weighed in grams
    got = meds(
        "Which insulin are you on?",
        "The long one at night. And the quick one with meals, one unit for ten grams of carbs.",
    )
    assert not {d for _, d in got if d == 10.0}, got
    # sachets counted a day
    got = meds("He's on Movicol?", "The sachets. Two a day in his juice.")
    assert ("macrogol", 2.0) not in got, got


def test_numbers_as_doses_are_said() -> None:
    def values(text: str) -> list[float]:
        return [n.value for n in find_numbers(text)]

    assert values("Yeah, the hundred and twenty, half eight") == [120.0, 8.0]
    assert values("Hundred and fifty milligrams") == [150.0]
    assert values("two point five three times a day") == [2.5, 3.0]
    assert values("point five three times a day") == [0.5, 3.0]
    # a decimal said digit by digit is still one number
    assert values("one point two five") == [1.25]
    assert values("two point five three") == [2.53]
    # "the hundred" alone, "a few hundred": not a number read here
    assert values("the hundred") == []
    assert values("a few hundred and ten") == [10.0]


def test_a_dose_said_of_another_drug_started_is_not_the_drug_named_before() -> None:
    # speech recognition heard "sertraline" as words; the dose is that drug's, not morphine's
    got = meds(
        "The morphine liquid, for the breathlessness?",
        "Two point five milligrams when it's bad.",
        "I thought morphine meant the end.",
        "The GP also started search for line, twenty-five in the morning.",
    )
    assert ("morphine", 25.0) not in got, got
    # "started it" and "started me on" are the drug talked about
    got = meds("And the ropinirole?", "The GP started it at one milligram.")
    assert ("ropinirole", 1.0) in got, got
    got = meds("I thought the mirtazapine would help.", "They started me on fifteen at night.")
    assert ("mirtazapine", 15.0) in got, got
