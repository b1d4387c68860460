"""Clinical term repair: misheard drug names and terms are put right where the context calls for
them, ordinary speech is never rewritten, and every repair is recorded and shown."""

from __future__ import annotations

import pytest

from localnotes.term_repair import repair_segments, similarity
from localnotes.types import Segment
from tests.conftest import DEMO_AUDIO, Cli, grant


def repaired(text: str) -> tuple[str, list[tuple[str, str]]]:
    segs, repairs = repair_segments([Segment(10.0, 14.0, text)])
    return segs[0].text, [(r.original, r.replacement) for r in repairs]


@pytest.mark.parametrize(
    ("heard", "meant", "term"),
    [
        ("Dr. Patel also raised my search line to 50 milligrams.", "search line", "sertraline"),
        ("Dr. Patel also raised my serter line to 50 milligrams.", "serter line", "sertraline"),
        ("Let's keep a diary of the traders until our next session.", "traders", "triggers"),
        ("I've been taking Lexipro since March.", "Lexipro", "Lexapro"),
        ("She is on mirtazapene fifteen milligrams at night.", "mirtazapene", "mirtazapine"),
        ("He started venlafaxin 75 mg last week.", "venlafaxin", "venlafaxine"),
        ("my sarah quell 100 mg", "sarah quell", "Seroquel"),
        ("I started ambient 10 mg for sleep.", "ambient", "Ambien"),
        ("They prescribed hydroxazine for the panic.", "hydroxazine", "hydroxyzine"),
        # a name heard as words with a little word in it, the dose after when it is taken
        ("and the MURTA's app on at night, 50 milligrams.", "MURTA's app on", "Mirtazapine"),
        ("You're on lamo tri gene in the morning, 100 mg.", "lamo tri gene", "lamotrigine"),
        ("and the venla facts at night, 75 milligrams", "venla facts", "venlafaxine"),
        # a spelling of lexicon.toml's heard_as (tiny.en on AMD CPUs hears the demo's so)
        ("Dr. Lee also raised my circle line to 50 milligrams.", "circle line", "sertraline"),
        # the verb before the name stays ("start search line" had become "sertraline")
        ("We'll start search line at 50 milligrams.", "search line", "sertraline"),
    ],
)
def test_misheard_terms_are_repaired_in_clinical_context(heard: str, meant: str, term: str) -> None:
    text, repairs = repaired(heard)
    assert repairs == [(meant, term)]
    assert term in text and meant not in text.replace(term, "")


@pytest.mark.parametrize(
    "said",
    [
        "I'm certain 50 milligrams is enough.",
        "The traders on the floor were shouting.",
        "The search line was busy all morning.",
        "She has the ability to take 5 mg.",
        "He raised my salary to 50 dollars.",
        "They track the tigers across the park.",
        "Let's keep a diary of the traders at the market.",
        "Identify the traders who sold before the announcement.",
        "I'm taking ability classes at the college.",
        "Ambient music helps me study.",
        "The serial number is on the back.",
        "We were certain the line would hold.",
        "Ask not what your country can do for you.",
        "Concord returned to its place amidst the tents.",
        "Dr. Patel also raised my sertraline to 50 milligrams.",
        "Let's keep a diary of the triggers until our next session.",
        "I take it at night, 50 milligrams.",
        "Naproxen, 500 milligrams with breakfast and dinner.",  # not in the lexicon, not naltrexone
        "We met at the mall in the morning, 10 of us.",
        "I'm going to the map on Monday, 15 miles away.",
        "What have you been taking on concert days?",  # an English word after a verb alone
        "At the festival 50 milligrams of something was going round.",  # not Vistaril
        "So she took me down from one milligram to nothing.",  # not methadone
        "Prednisolone, twenty milligrams, for a month.",  # a real drug, not Prednisone
        "I took the Circle line to work.",  # no dose: the Underground
        # a name of two words heard right is never a piece of a longer one ("co-codamol, the"
        # had become "co-codamol", losing ", the")
        "I was on co-codamol, the thirty milligram ones.",
        "I take co-codamol, the 30 mg ones, at night.",
        # a medication verb ends its sentence: the next sentence's words are no drug (had become
        # "Latuda night")
        "I've been looking up how many of my lithium it would take. Late at night.",
        # a time said by an English word after "before my", "during the": no drug (a held-out
        # dialog's "period" had become "Priadel")
        "Only in the two weeks before my period, 20 milligrams of fluoxetine.",
        "During the period, 10 milligrams was enough.",
        "After my holiday, fifty milligrams again.",
    ],
)
def test_ordinary_or_correct_speech_is_never_rewritten(said: str) -> None:
    assert repaired(said) == (said, [])


def test_every_repair_records_what_was_heard_what_is_written_and_when() -> None:
    segs, repairs = repair_segments(
        [
            Segment(0.0, 3.0, "Good morning."),
            Segment(
                26.0, 31.84, "A little. Dr. Patel also raised my search line to 50 milligrams."
            ),
        ]
    )
    assert segs[0].text == "Good morning."
    (r,) = repairs
    assert (r.original, r.replacement, r.rule) == ("search line", "sertraline", "dose follows")
    assert 26.0 < r.start < r.end < 31.84
    assert segs[1].text == "A little. Dr. Patel also raised my sertraline to 50 milligrams."


def test_a_concept_needs_clinical_talk_nearby() -> None:
    heard = "Let's keep a diary of the traders."
    alone, _ = repair_segments([Segment(0.0, 2.0, heard)])
    assert alone[0].text == heard
    after_panic, repairs = repair_segments(
        [Segment(0.0, 2.0, "The panic came back on Tuesday."), Segment(2.0, 4.0, heard)]
    )
    assert after_panic[1].text == "Let's keep a diary of the triggers."
    assert [r.original for r in repairs] == ["traders"]


def test_a_capitalised_word_gets_a_capitalised_term() -> None:
    assert repaired("Serter line 50 mg, once a day.")[0] == "Sertraline 50 mg, once a day."


def test_sound_alike_needs_the_same_first_sound() -> None:
    assert similarity("searchline", "sertraline") > 0.74
    assert similarity("lertraline", "sertraline") == 0.0


@pytest.mark.slow
def test_demo_session_repairs_are_stored_and_shown_in_show_json(initialized: Cli) -> None:
    grant(initialized, "P-1")
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    doc = initialized.json("show", sid)
    got = {(r["replacement"], r["rule"]) for r in doc["repairs"]}
    # the name is put right by the check against the audio (name_check) or, where the model
    # preferred it by too little, by the dose after it
    rules = {rule for term, rule in got if term == "sertraline"}
    by_model = all(r.startswith("the model prefers the name") for r in rules)
    assert rules and (rules == {"dose follows"} or by_model), got
    assert ("triggers", "diary or log before") in got
    text = " ".join(s["text"] for s in doc["segments"])
    assert "sertraline to 50 milligrams" in text and "diary of the triggers" in text
    assert all(r["start"] <= r["end"] and r["original"] for r in doc["repairs"])
    full = initialized.json("show", sid, "--unredacted")
    assert [r["original"] for r in full["repairs"]] == [r["original"] for r in doc["repairs"]]


def test_a_dose_said_in_the_answer_repairs_the_drug_asked_about() -> None:
    """The question names the drug, the answer gives the dose: "Are you taking the bus, Byron?"
    / "Fifteen milligrams twice a day." is buspirone (found in a dialog transcribed with base)."""
    segs, repairs = repair_segments(
        [
            Segment(0.0, 2.0, "Are you taking the bus, Byron?"),
            Segment(2.0, 4.0, "Fifteen milligrams twice a day."),
            Segment(4.0, 6.0, "You're on Lithian."),
            Segment(6.0, 8.0, "900 milligrams a day."),
        ]
    )
    assert [s.text for s in segs] == [
        "Are you taking the buspirone?",
        "Fifteen milligrams twice a day.",
        "You're on Lithium.",
        "900 milligrams a day.",
    ]
    assert [(r.original, r.replacement) for r in repairs] == [
        ("bus, Byron", "buspirone"),
        ("Lithian", "Lithium"),
    ]


def test_without_a_dose_in_the_answer_the_name_stays() -> None:
    segs, repairs = repair_segments(
        [
            Segment(0.0, 2.0, "Are you seeing Byron?"),
            Segment(2.0, 4.0, "Twice a week, on Fridays."),
            Segment(4.0, 6.0, "How is the bus, Byron?"),
            Segment(6.0, 8.0, "Late again."),
        ]
    )
    assert repairs == ()
    assert segs[2].text == "How is the bus, Byron?"


@pytest.mark.parametrize(
    ("text", "original", "replacement"),
    [
        ("The guidance is not to go above 20 milligrams of Sitalop Ram.", "Sitalop Ram",
         "Citalopram"),
        ("He gave me 10 milligrams of Dia Zapam for the flight.", "Dia Zapam", "Diazepam"),
    ],
)  # fmt: skip
def test_a_name_after_a_dose_and_of(text: str, original: str, replacement: str) -> None:
    _, repairs = repair_segments([Segment(0.0, 4.0, text)])
    assert [(r.original, r.replacement, r.rule) for r in repairs] == [
        (original, replacement, "dose before")
    ]


@pytest.mark.parametrize(
    "text",
    ["Take 5 milligrams of the stuff.", "It was 20 milligrams of Sarah's, not mine.",
     "Two hundred milligrams of caffeine a day is plenty."],
)  # fmt: skip
def test_words_after_a_dose_stay_when_no_drug_sounds_like_them(text: str) -> None:
    assert repair_segments([Segment(0.0, 4.0, text)])[1] == ()


@pytest.mark.parametrize(
    "turns",
    [
        ("How much are you taking at the moment?", "Fifteen milligrams, twice a day."),
        ("What are you on for the moment?", "Twenty milligrams in the morning."),
    ],
)  # fmt: skip
def test_a_phrase_of_time_before_a_dose_is_no_drug(turns: tuple[str, str]) -> None:
    segs = [Segment(i * 2.0, i * 2.0 + 2.0, t) for i, t in enumerate(turns)]
    assert repair_segments(segs)[1] == ()


def test_a_dose_opening_the_next_turn_is_not_read_past_a_sentence_closed() -> None:
    # "next room" sounds like Nexito; the clinician's dose belongs to the depot named before
    said = [
        Segment(0.0, 3.0, "It keeps the voices down, like a radio in the next room."),
        Segment(3.0, 6.0, "Four hundred milligrams every four weeks, that's right."),
    ]
    assert repair_segments(said)[1] == ()
    # a question still reads on into its answer
    asked = [
        Segment(0.0, 2.0, "Are you still on the next room?"),
        Segment(2.0, 4.0, "Four hundred milligrams."),
    ]
    assert [r.replacement for r in repair_segments(asked)[1]] == ["Nexito"]
