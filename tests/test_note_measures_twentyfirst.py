"""Measures of issue 17's twenty-first pass (from the o-set's misses), on invented sentences:
instruments the lexicon did not know (BSL-23, BASDAI, Chalder, Barnes, PedMIDAS) or knew by
another wording ("the panic severity scale", "the severity of dependence score", "the suspicion
index"); an earlier score said "last visit" or "on admission". Each with what must not be read."""

from __future__ import annotations

import pytest

from tests.note_fixtures import labelled_measures as _labelled
from tests.note_fixtures import measures
from tests.note_fixtures import measures_said as _found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Your BSL twenty-three came to two point four.", "Okay."), "BSL-23", 2.4),
        (("Your borderline symptom list averaged 3.2 this fortnight.", "Right."), "BSL-23", 3.2),
        (("The nurse got a BASDAI of six point four.", "Ouch."), "BASDAI", 6.4),
        (("The Chalder came to nineteen this time.", "Better."), "Chalder", 19.0),
        (("On the Barnes scale you're a two for global.", "Oh."), "BARS", 2.0),
        (("Her Ped MIDAS was thirty this term.", "Yes."), "PedMIDAS", 30.0),
        (("The panic severity scale came to eleven.", "Hm."), "PDSS", 11.0),
        (("His severity of dependence score was seven.", "Fine."), "SDS", 7.0),
        (("So she scores two on the suspicion index.", "I see."), "EASI", 2.0),
    ],
)
def test_instruments_newly_known(
    labelled: bool, turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert any(n.startswith(name) and s == score for n, s in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("We walked past the Barnes bridge about two.", "Lovely."),
        ("My suspicion is that three of them knew.", "Maybe."),
        ("The bars on the window were nine feet up.", "Grim."),
        ("Mrs Chalder lives at number twelve.", "Okay."),
    ],
)
def test_same_words_that_are_no_instrument(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.split()[0] in {"BARS", "EASI", "Chalder"} for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "name", "today", "before"),
    [
        (("Your PHQ-9 today was an eight.", "Last session it was fourteen, so better."),
         "PHQ-9", 8.0, 14.0),
        (("The GAD-7 is six now.", "Last appointment it was eleven."), "GAD-7", 6.0, 11.0),
        (("The MADRS is twelve this morning.", "On admission it was thirty-four."),
         "MADRS", 12.0, 34.0),
    ],
)  # fmt: skip
def test_an_earlier_score_said_by_the_visit_or_admission(
    labelled: bool, turns: tuple[str, ...], name: str, today: float, before: float
) -> None:
    found = _found(labelled, *turns)
    assert (name, today) in found and (name, before) in found, found


def test_a_visit_with_a_number_that_is_no_score() -> None:
    found = measures("Your PHQ-9 today was an eight.", "Last visit you waited forty minutes.")
    assert ("PHQ-9", 40.0) not in found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "subject", "score"),
    [
        (("How stiff are your knees this morning, zero to ten?", "About a six."), "stiffness", 6.0),
        (("How bad does the restlessness get at night, nought to ten?", "Nine."), "restlessness",
         9.0),
        # either name finds it: tiredness as said, fatigue as clinicians rate it
        (("So how tired, from zero to ten?", "Seven, easily."), "tiredness fatigue", 7.0),
        (("How much do you believe it now, zero to a hundred percent?", "Seventy."),
         "conviction belief", 70.0),
        (("How strong is the desire for a drink after work, zero to ten?", "A six."), "craving",
         6.0),
    ],
)  # fmt: skip
def test_a_rating_named_by_what_it_rates(
    labelled: bool, turns: tuple[str, ...], subject: str, score: float
) -> None:
    found = _found(labelled, *turns)
    assert any(all(w in n for w in subject.split()) and s == score for n, s in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    "turns",
    [
        ("Hold the scene. How disturbing does it feel right now, zero to ten?", "A seven."),
        ("Now the disturbance, nought to ten, as you hold it?", "Seven, maybe."),
    ],
)
def test_the_disturbance_of_a_memory_is_its_suds(labelled: bool, turns: tuple[str, ...]) -> None:
    found = _found(labelled, *turns)
    assert any(n.startswith("SUDS") and s == 7.0 for n, s in found), found


def test_sleep_disturbance_is_no_suds() -> None:
    found = measures("Sleep disturbance, zero to ten, this week?", "A five.")
    assert not any(n.startswith("SUDS") for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "score"),
    [
        (("Holding the image, how true does 'I am worth something' feel, one to seven?",
          "Maybe a three."), 3.0),
        (("On a scale of one, totally false, to seven, totally true, how true is it now?",
          "Five."), 5.0),
    ],
)  # fmt: skip
def test_the_validity_of_a_cognition(labelled: bool, turns: tuple[str, ...], score: float) -> None:
    found = _found(labelled, *turns)
    assert any(n.startswith("VOC") and s == score for n, s in found), found


@pytest.mark.parametrize(
    "turns",
    [
        ("How true is it that the shop opens at one to seven?", "I think so, at seven."),
        ("Is it true you have one to seven grandchildren?", "Three."),
    ],
)
def test_how_true_of_a_fact_is_no_voc(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n.startswith("VOC") for n, _ in found), found


_ITEMS = (
    "Over the past fortnight, feeling worried about lots of things: not at all, several days,"
    " more than half the days, or nearly every day?",
    "Several days.",
    "Getting cross easily?",
    "Nearly every day. I'd say a three for that one.",
    "Feeling something terrible is coming?",
    "Not at all.",
)


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("opening", "total", "name", "score"),
    [
        ("Can we do the GAD-7 together, out loud?", "So that comes to nine.", "GAD-7", 9.0),
        ("Let me read the PHQ-9 to you item by item.", "That adds up to fourteen.", "PHQ-9", 14.0),
        ("Let's go through the EPDS aloud.", "In total, that's eleven.", "EPDS", 11.0),
    ],
)
def test_the_total_of_a_questionnaire_read_out(
    labelled: bool, opening: str, total: str, name: str, score: float
) -> None:
    found = _found(labelled, opening, "Go ahead.", *_ITEMS, total, "Okay.")
    assert (name, score) in found, found
    assert (name, 3.0) not in found  # an item's answer, not the total


def test_an_earlier_total_said_after_the_read_out_one() -> None:
    found = measures(
        "Can we do the GAD-7 together, out loud?", *_ITEMS, "That comes to nine.",
        "In March it was fifteen.",
    )  # fmt: skip
    assert ("GAD-7", 9.0) in found and ("GAD-7", 15.0) in found, found


@pytest.mark.parametrize(
    "turns",
    [
        # named, not read out: a later "that's" is no total of it
        ("Did the GAD-7 arrive in the post?", "Yes.", "Lovely.", "Several of my friends came.",
         "We stayed late.", "Oh yes.", "That's eleven years we've known each other."),
        # read out, but another rating comes before the "that's"
        ("Let's do the GAD-7 out loud.", *_ITEMS, "How's your sleep, zero to ten?", "Bad.",
         "That's six hours at most."),
    ],
)  # fmt: skip
def test_a_later_number_that_is_no_total(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert not any(n == "GAD-7" for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("turns", "first", "further"),
    [
        (("How low are you, zero to ten?", "Five. But this week three since the new job."),
         5.0, 3.0),
        (("How stressed, zero to ten?", "A seven now. On a calm weekend, four."), 7.0, 4.0),
        (("How angry are you about it, zero to ten?", "Nine. Two weeks ago, six, before the call."),
         9.0, 6.0),
    ],
)  # fmt: skip
def test_a_further_value_said_of_another_time(
    labelled: bool, turns: tuple[str, ...], first: float, further: float
) -> None:
    scores = {s for _, s in _found(labelled, *turns)}
    assert {first, further} <= scores, scores


def test_a_further_value_in_the_same_sentence_with_its_day() -> None:
    found = measures(
        "Cravings, zero to ten?", "Mostly okay.", "So cravings, six on Friday, one today."
    )
    assert {6.0, 1.0} <= {s for n, s in found if n.startswith("craving")}, found


@pytest.mark.parametrize(
    "turns",
    [
        ("How stressed, zero to ten?", "A seven. On Tuesday, two of the kids were off sick."),
        ("How stressed, zero to ten?", "A seven. Two weeks ago, four hours of overtime."),
    ],
)
def test_a_count_said_of_another_time_is_no_further_value(turns: tuple[str, ...]) -> None:
    found = measures(*turns)
    assert {s for _, s in found} == {7.0}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_the_next_feeling_asked_with_its_time(labelled: bool) -> None:
    found = _found(
        labelled, "Urge to purge on Sunday, zero to ten?", "An eight.", "Guilt afterwards?", "Six."
    )
    assert ("guilt rating", 6.0) in found, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_belief_asked_again_keeps_its_scale(labelled: bool) -> None:
    found = _found(
        labelled,
        "How much do you believe you'll be sacked, zero to a hundred percent?",
        "Eighty.",
        "What's the evidence against it?",
        "My boss praised the report.",
        "How much do you believe it now?",
        "Perhaps forty.",
    )
    assert {s for n, s in found if "conviction" in n} == {80.0, 40.0}, found


@pytest.mark.parametrize("labelled", [True, False])
def test_a_dose_in_the_answer_is_no_rating(labelled: bool) -> None:
    found = _found(
        labelled,
        "How's the pain, zero to ten?",
        "A six.",
        "And sleep?",
        "He takes zopiclone, seven point five milligrams. The doctor said he could drop to four.",
    )
    assert not any(n.startswith("sleep") for n, _ in found), found


@pytest.mark.parametrize("labelled", [True, False])
@pytest.mark.parametrize(
    ("opening", "item", "answer", "name", "score"),
    [
        ("Shall we read the PHQ-9 out loud together?",
         "Last one: thoughts you'd be better off dead, or of hurting yourself somehow?",
         "More than half the days.", "PHQ-9 item 9", 2.0),
        ("I'll go through the Edinburgh aloud with you.",
         "The thought of harming myself has occurred to me?", "Sometimes, yes.",
         "EPDS item 10", 2.0),
        ("I'll go through the Edinburgh aloud with you.",
         "The thought of harming myself has occurred to me?", "Never.", "EPDS item 10", 0.0),
    ],
)  # fmt: skip
def test_the_risk_item_read_out_and_answered_in_its_words(
    labelled: bool, opening: str, item: str, answer: str, name: str, score: float
) -> None:
    found = _found(labelled, opening, "Feeling low?", "Sometimes.", item, answer)
    assert (name, score) in found, found


def test_the_same_words_with_no_form_read_are_no_item() -> None:
    found = measures(
        "My mum used to say she'd be better off dead than hurting yourself over a man?", "Never."
    )
    assert not any("item" in n for n, _ in found), found


def test_the_clients_answer_to_an_item_is_no_total() -> None:
    found = _labelled(
        "Can we do the GAD-7 together, out loud?", "Go ahead.", *_ITEMS[:4],
        "Feeling something terrible is coming?", "That's a two, I reckon.", "Thank you.",
    )  # fmt: skip
    assert not any(n == "GAD-7" for n, _ in found), found
