"""Measures of issue 17's thirty-sixth pass, from the ar-set's misses, on invented sentences:
instruments in wide use the lexicon lacked (the Demoralization Scale in either spelling, the
schedule of attitudes toward hastened death, the GHQ, the Brown Assessment, the SOFAS, the CAARMS,
the PCSS, the premonitory urge one), the Hamilton named after "anxiety rating"; an earlier score
said right after what brought the client ("Straight after the concussion it was 52."); a second
room's clutter rating with its verb left out ("and the kitchen a five"); an earlier rating led by
a day gone by or by "Before," alone ("Last Thursday, eight.", "Before, it would be ten."); and a
scale told by its ends with words between ("from zero, no worry, to ten, the biggest worry")
then asked in a question of its own ("Where are you most days?")."""

from __future__ import annotations

import pytest

from tests.note_fixtures import has_measure, measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("And the Demoralisation Scale you did on Monday came out at twenty.",),
         "Demoralization Scale", 20.0),
        (("The hastened death questionnaire, the SAHD, came to nine.",), "SAHD", 9.0),
        (("And the GHQ, the one about your own health, was eleven.",), "GHQ-12", 11.0),
        (("The Brown Assessment, about how sure you are of it, was eighteen.",), "BABS", 18.0),
        (("I'd put your functioning, the SOFAS, at forty-five.",), "SOFAS", 45.0),
        (("From the CAARMS interview, I'd put the perceptual abnormalities at three.",),
         "CAARMS", 3.0),
        (("The symptom checklist, the PCSS, came to forty today.",), "PCSS", 40.0),
        (("The premonitory urge one came to twenty-six.",), "PUTS", 26.0),
        (("And my anxiety rating, the Hamilton, is twenty today.",), "HAM-A", 20.0),
    ],
)  # fmt: skip
def test_instruments_the_lexicon_lacked(turns: tuple[str, ...], name: str, score: float) -> None:
    found = measures(*turns)
    assert has_measure(found, name, score), found


@pytest.mark.parametrize(
    "text",
    [
        "We bought two new sofas at forty each.",  # furniture, not the functioning scale
        "She puts twenty in the jar every week.",  # a verb, not the premonitory urge scale
    ],
)
def test_short_names_that_are_words_are_no_measure(text: str) -> None:
    found = measures(text)
    assert not any(n.startswith(("SOFAS", "PUTS")) for n, _ in found), found


def test_an_earlier_score_said_right_after_what_brought_the_client() -> None:
    found = measures(
        "The symptom checklist, the PCSS, came to thirty today.",
        "Straight after the concussion it was sixty.",
    )
    assert has_measure(found, "PCSS", 30.0) and has_measure(found, "PCSS", 60.0), found


def test_a_second_rooms_clutter_rating_with_no_verb() -> None:
    found = measures(
        "I did the Clutter Image Rating with you just now.",
        "The bedroom is a seven now, and the kitchen a four.",
    )
    assert ("Clutter Image Rating kitchen", 4.0) in found, found
    assert ("Clutter Image Rating bedroom", 7.0) in found, found


@pytest.mark.parametrize(
    ("answer", "earlier"),
    [
        ("Now maybe four. Last Friday, nine.", 9.0),
        ("Four. Before, it would be nine, so that's better.", 9.0),
    ],
)
def test_an_earlier_rating_led_by_a_day_or_by_before_alone(answer: str, earlier: float) -> None:
    found = measures("When you have the urge to drink, how strong is it, out of ten?", answer)
    assert {s for n, s in found if n.startswith("urge")} == {4.0, earlier}, found


def test_a_scale_told_by_its_ends_then_asked_by_a_question_of_its_own() -> None:
    found = measures(
        "This chart goes from zero, no worry, to ten, the biggest worry. Where are you most days?",
        "Six. This one.",
    )
    assert ("worry rating", 6.0) in found, found


def test_a_scale_told_then_another_question_is_no_prompt() -> None:
    found = measures(
        "This chart goes from zero, no worry, to ten, the biggest worry. How is school?",
        "Fine. We have two new teachers.",
    )
    assert not any(n.startswith("worry") for n, _ in found), found
