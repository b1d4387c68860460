"""Measures of issue 17's twenty-ninth pass, from the ah-set's misses, on invented sentences: a
subscale said by its domain after the whole instrument was named ("The HADS ... Your depression
score on it is 13"), an earlier score said as where one stood ("at intake you were on 24", "It
was like 36 at the start"), instruments by their documented names and ranges (the DUDIT, the K6,
the FSS's summed 9-63, "the Hamilton" alone, the outcome and session rating forms), another
informant said with a title ("Mr Tan, yours was 35."), and an instrument still to come ("with
another HADS") or named by two domains ("the anxiety and depression one") taking no number."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import segs


def _quoted(*turns: str) -> set[tuple[str, float]]:
    """The measures found, each of whose evidence quotes is in the turns."""
    found = extract(segs(*turns)).measures
    for m in found:
        assert all(any(e.quote in t for t in turns) for e in m.evidence), m
    return {(m.name, m.score) for m in found}


def test_a_subscale_said_by_its_domain_after_the_whole_was_named() -> None:
    found = _quoted(
        "Here's the HADS you did, the hospital anxiety and depression form.",
        "Okay.",
        "Your anxiety score on it is nine, and the depression score is fourteen.",
        "Is that bad?",
        "The anxiety side was twelve in March.",
    )
    assert _has(found, "HADS-A", 9.0) and _has(found, "HADS-D", 14.0), found
    assert _has(found, "HADS-A", 12.0), found
    assert not any(n.startswith(("PHQ-9", "GAD-7")) for n, _ in found), found


def test_the_domains_score_without_the_whole_named_is_the_usual_screen() -> None:
    found = _quoted("Your depression score is fourteen today.", "Okay.")
    assert _has(found, "PHQ-9", 14.0) and not _has(found, "HADS-D", 14.0), found


def test_the_parts_said_with_the_whole_named_stay_the_wholes() -> None:
    found = _quoted("The HADS came out at ten on the depression part, seven on the anxiety part.",
                    "And the PHQ-9 is twelve.")  # fmt: skip
    assert _has(found, "HADS", 10.0) and _has(found, "HADS", 7.0), found
    assert not any("said as" in n for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "earlier"),
    [
        (("Your SI-R this morning came out at fifty.", "Out of what, ninety-two? Ouch.",
          "It's high, but at intake you were on sixty-one, so it's moving."), "SI-R", 61.0),
        (("You did the Y-BOCS in the waiting room. It came to twenty-two.",
          "Is that lower? It was like twenty-nine at the start, eh?", "Yes."), "Y-BOCS", 29.0),
    ],
)  # fmt: skip
def test_an_earlier_score_said_as_where_one_stood(
    turns: tuple[str, ...], name: str, earlier: float
) -> None:
    assert _has(_quoted(*turns), name, earlier)


def test_an_earlier_time_and_a_count_is_no_earlier_score() -> None:
    found = _quoted("Your SI-R came out at fifty.", "Okay.",
                    "At intake you were on six different tablets.")  # fmt: skip
    assert _has(found, "SI-R", 50.0) and not _has(found, "SI-R", 6.0), found


@pytest.mark.parametrize(
    ("turns", "name", "scores"),
    [
        (("Your DUDIT this month was nineteen. When you came in it was thirty.", "Good."),
         "DUDIT", (19.0, 30.0)),
        (("The drug use disorders identification test came to twenty-two.", "Hm."), "DUDIT",
         (22.0,)),
        (("The K6 you did came to eleven.", "Right."), "K6", (11.0,)),
        (("The Fatigue Severity Scale came to forty-nine.", "Yes."), "FSS", (49.0,)),
        (("The Hamilton I did with you this morning was eighteen.", "Okay."), "HAM-D", (18.0,)),
        (("The Hamilton we did came in at seventeen.", "Right."), "HAM-D", (17.0,)),
        (("Thanks for the outcome forms. Jo, yours came to twenty-five.", "Okay."), "ORS",
         (25.0,)),
        (("And the session rating form, you gave it thirty-eight.", "Sure."), "SRS", (38.0,)),
    ],
)  # fmt: skip
def test_instruments_by_their_names_and_ranges(
    turns: tuple[str, ...], name: str, scores: tuple[float, ...]
) -> None:
    found = _quoted(*turns)
    assert all(_has(found, name, s) for s in scores), found


def test_the_fss_said_as_its_items_mean_is_kept() -> None:
    found = _quoted("The fatigue severity scale averaged five point four.", "Yes.")
    assert _has(found, "FSS", 5.4), found


def test_the_hamilton_said_with_anxiety_is_not_the_depression_scale() -> None:
    found = _quoted("The Hamilton we did, the anxiety one, came to twenty.", "Okay.")
    assert not _has(found, "HAM-D", 20.0), found


def test_the_kessler_ten_stays_the_k10() -> None:
    found = _quoted("The Kessler ten came to thirty.", "And the K10 last time was 34.")
    assert _has(found, "K10", 30.0) and not any(n.startswith("K6") for n, _ in found), found


def test_another_informant_said_with_a_title() -> None:
    found = _quoted("You both filled in the SCARED forms.", "Mei, yours came to thirty.",
                    "Mrs Lim, yours was twenty-six.", "Okay.")  # fmt: skip
    assert _has(found, "SCARED", 30.0) and _has(found, "SCARED", 26.0), found


@pytest.mark.parametrize(
    "turns",
    [
        ("I've got your questionnaire. The HADS, the anxiety and depression one.", "Aye."),
        ("We'll put the sertraline up to twenty, and see you in a month with another HADS.",
         "Fine."),
    ],
)  # fmt: skip
def test_no_score_of_an_instrument_described_or_still_to_come(turns: tuple[str, ...]) -> None:
    assert not any(n.startswith("HADS") for n, _ in _quoted(*turns))


_ASRS = (
    "I'll read six questions. Never, rarely, sometimes, often or very often.",
    "How often do you have trouble wrapping up the details of a job once the hard parts are done?",
    "Sometimes.",
    "That's two. How often do you have difficulty getting things in order for a task?",
    "Often, I'd say.",
    "Three. And problems remembering appointments?",
    "Very often.",
    "Four. How often do you avoid or delay getting started on something that needs thought?",
    "Often.",
    "Three. Do you fidget or squirm when you have to sit a long time?",
    "Rarely.",
    "One. And feel overly active and compelled to do things?",
    "Never.",
    "Zero. So your total for part A is thirteen.",
    "Okay.",
    "And your mood, nought to ten?",
    "Two.",
)


def test_the_asrs_screener_read_aloud_item_by_item() -> None:
    found = _quoted(*_ASRS)
    assert _has(found, "ASRS part A", 13.0), found
    items = [2.0, 3.0, 4.0, 3.0, 1.0, 0.0]
    assert all(_has(found, f"ASRS item {i}", v) for i, v in enumerate(items, 1)), found


def test_a_rating_answered_as_a_reader_said_an_item_score_is_kept() -> None:
    assert _has(_quoted(*_ASRS), "mood rating", 2.0)


def test_the_k6_read_aloud_item_by_item() -> None:
    found = _quoted(
        "Six quick ones about the past month: none of the time, a little, some, most or all.",
        "How often did you feel nervous?",
        "A little.",
        "That's one. Hopeless?",
        "Most of the time.",
        "Three. Restless or fidgety?",
        "Some of the time.",
        "Two. So depressed that nothing could cheer you up?",
        "A little.",
        "One. That everything was an effort?",
        "All of the time.",
        "Four. And worthless?",
        "None of the time.",
        "Nought. That adds to eleven.",
    )
    assert _has(found, "K6", 11.0), found
    items = [1.0, 3.0, 2.0, 1.0, 4.0, 0.0]
    assert all(_has(found, f"K6 item {i}", v) for i, v in enumerate(items, 1)), found


_CAGE = (
    "Four questions about the drinking, yes or no. Have you felt you should cut down on your "
    "drinking?",
    "Yeah.",
    "Have people annoyed you by criticising your drinking?",
    "No.",
    "Have you felt guilty about your drinking?",
    "Yes, often.",
    "Have you ever needed an eye-opener in the morning?",
    "Nope.",
)


def test_the_cage_read_aloud_and_counted() -> None:
    found = _quoted(*_CAGE, "So two out of the four.")
    assert _has(found, "CAGE", 2.0), found
    assert all(_has(found, f"CAGE item {i}", v) for i, v in enumerate([1.0, 0.0, 1.0, 0.0], 1))


def test_a_count_that_is_not_the_answers_sum_is_no_total() -> None:
    found = _quoted(*_CAGE, "So three out of the four.")
    assert not any(n.startswith("CAGE") for n, _ in found), found


def test_the_scoff_read_aloud_and_counted() -> None:
    found = _quoted(
        "Five yes or no questions. Do you make yourself sick because you feel uncomfortably full?",
        "Yep.",
        "Do you worry you've lost control over how much you eat?",
        "No.",
        "Have you lost more than one stone in three months?",
        "No.",
        "Do you believe yourself to be fat when others say you're too thin?",
        "No.",
        "Would you say food dominates your life?",
        "Yes.",
        "That's two out of five.",
    )
    assert _has(found, "SCOFF", 2.0), found
    items = [1.0, 0.0, 0.0, 0.0, 1.0]
    assert all(_has(found, f"SCOFF item {i}", v) for i, v in enumerate(items, 1)), found


def test_a_count_out_of_another_number_is_no_total() -> None:
    found = _quoted(*_CAGE, "So two out of the five days I had a drink.")
    assert not any(n.startswith("CAGE") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Both of you filled in the scared forms.", "Lin, yours came to 38.", "Okay."), "SCARED",
         38.0),
        (("Your dude at this month was 19, when you came in it was 30.", "Yeah."), "DUDIT",
         30.0),
    ],
)  # fmt: skip
def test_names_as_speech_recognition_writes_them(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    assert _has(_quoted(*turns), name, score)


def test_a_dude_at_the_door_is_no_dudit() -> None:
    found = _quoted("Your dude at the door was 19, maybe 20.", "Yeah.")
    assert not any(n.startswith("DUDIT") for n, _ in found), found
