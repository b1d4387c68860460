"""Self-ratings of issue 17's twenty-ninth pass, from the ah-set's misses, on invented sentences:
what is rated as the clinician names it ("a distress number", "how hard is the noise", "how
close to losing your temper", "how loud is it", "how sick" beside the withdrawal scale, "how much
do you believe that, as a percentage"), the same number asked for again ("What's the number
now?"), a further value said as what it used to be or with what one is doing now ("It used to
be ninety", "Right now, talking, maybe four"); and the Clutter Image Rating given room by room
("I'd put the living room at a six", "a seven on the picture scale for the kitchen"), which a
rating said not to have been given ("I didn't rate it then") is not. Also as speech recognition
writes them: a yes-or-no screen's answers run into the question's segment, a count heard as its
sound-alike ("So too out of the four"), "60% it used to be 90" with no stop between."""

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


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("Stand by the door. And give me a fear number from nought to ten.", "Seven."),
         "fear rating", 7.0),
        (("Zero to ten, how hard is the traffic noise on you at the depot?", "Eight."),
         "noise rating", 8.0),
        (("Nought to ten, how close to losing your temper were you on Sunday?", "A six."),
         "temper rating", 6.0),
        (("The ringing's back. On a scale of zero to ten, how loud is it today?", "Six."),
         "loudness rating", 6.0),
        (("The nurse did your withdrawal scale at nine.", "I felt rough.",
          "From one to ten, how sick do you feel by teatime?", "About a five."),
         "withdrawal", 5.0),
        (("The thought was, I'm to blame. How much do you believe that now, as a percentage?",
          "Seventy percent."), "belief", 70.0),
    ],
)  # fmt: skip
def test_what_is_rated_as_the_clinician_names_it(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = _quoted(*turns)
    assert any(name in n and s == score for n, s in found), found
    assert not _has(found, "self rating", score) and not _has(found, "closeness", score), found


def test_how_loud_with_the_thing_named_before_rates_that_thing() -> None:
    found = _quoted("How are the voices?", "How loud are they, zero to ten?", "A five.")
    assert _has(found, "voices rating", 5.0) and not _has(found, "loudness", 5.0), found


def test_how_sick_without_withdrawal_is_sickness() -> None:
    found = _quoted("On the ferry, zero to ten, how sick do you feel?", "A four.")
    assert _has(found, "sickness rating", 4.0) and not any("withdrawal" in n for n, _ in found)


def test_the_number_asked_for_again_keeps_what_it_rates() -> None:
    found = _quoted(
        "Look at the photo. Give me a disgust number from nought to ten.",
        "Nine. It's horrible.",
        "Keep looking. Breathe.",
        "Okay.",
        "It's been ten minutes. What's the number now?",
        "Five.",
    )
    assert _has(found, "disgust rating", 9.0) and _has(found, "disgust rating", 5.0), found


@pytest.mark.parametrize(
    ("turns", "name", "values"),
    [
        (("How sure are you that they're following you, as a percentage?",
          "Fifty percent. It used to be eighty, in the spring."), "sure (conviction)",
         (50.0, 80.0)),
        (("On a scale of nought to ten, how strong is the guilt at its worst?",
          "Nine. Sometimes more. Right now, sitting here, maybe five."), "guilt", (9.0, 5.0)),
    ],
)  # fmt: skip
def test_a_further_value_said_as_it_used_to_be_or_as_it_is_now(
    turns: tuple[str, ...], name: str, values: tuple[float, ...]
) -> None:
    found = _quoted(*turns)
    assert all(_has(found, name, v) for v in values), found


def test_a_used_to_be_count_is_no_further_value() -> None:
    found = _quoted("On nought to ten, how bad is the pain?", "Six. It used to be three a day.")
    assert _has(found, "pain rating", 6.0) and not _has(found, "pain rating", 3.0), found


def test_the_clutter_image_rating_given_room_by_room() -> None:
    found = _quoted(
        "Let's do the clutter pictures. I'd put the front room at a five today.",
        "It was a seven in the spring, I'd say.",
        "I didn't rate it then, but a five is good going. The bedroom I'd call a four.",
        "Fair.",
        "And a six on the picture scale for the kitchen.",
    )
    assert _has(found, "Clutter Image Rating front room", 5.0), found
    assert _has(found, "Clutter Image Rating front room", 7.0), found
    assert _has(found, "Clutter Image Rating bedroom", 4.0), found
    assert _has(found, "Clutter Image Rating kitchen", 6.0), found
    assert not any(n.startswith("self") for n, _ in found), found


def test_a_room_given_a_number_away_from_clutter_is_no_clutter_rating() -> None:
    found = _quoted("I'd put the living room at a six for comfort.", "The kitchen I'd call a four.")
    assert not any(n.startswith("Clutter") for n, _ in found), found


def test_a_rating_said_not_to_have_been_given_is_none() -> None:
    found = _quoted("I didn't rate it then, but a six is real progress.", "Thanks.")
    assert not found, found


def test_a_yes_or_no_screen_as_speech_recognition_runs_it_together() -> None:
    found = _quoted(
        "Four quick ones about the drinking. Yes or no?",
        "Have you ever felt you should cut down on your drinking? Yes, god, yes.",
        "Have people annoyed you by criticizing your drinking? No, not really.",
        "Have you ever felt bad or guilty about your drinking? Yes. Have you ever had a drink "
        "first thing in the morning to steady your nerves? No, never.",
        "So too out of the four, and we'll talk about the detox.",
    )
    assert _has(found, "CAGE", 2.0), found
    assert all(_has(found, f"CAGE item {i}", v) for i, v in enumerate([1.0, 0.0, 1.0, 0.0], 1))


def test_yes_or_no_asked_is_no_answer() -> None:
    found = _quoted(
        "Have you ever felt you should cut down on your drinking? Yes or no?",
        "Have people annoyed you by criticizing your drinking?",
        "No.",
        "Have you ever felt guilty about your drinking?",
        "No.",
        "Have you ever had an eye-opener?",
        "No.",
        "So one out of the four.",
    )
    assert not any(n.startswith("CAGE") for n, _ in found), found


@pytest.mark.parametrize(
    ("turns", "name", "values"),
    [
        (("Give me the shame number from not to 10.", "Seven, my face is hot."), "shame",
         (7.0,)),
        (("How sure are you that he's watching as a percentage?",
          "70% it used to be 95 in the winter."), "conviction", (70.0, 95.0)),
        (("On a scale of not to ten, how strong is the guilt at its worst?",
          "Nine, sometimes more, right now, sitting here, maybe five."), "guilt", (9.0, 5.0)),
        (("The nurse did the withdrawal scale.", "Your COWS was seven.", "That's before I dosed.",
          "By the afternoon I'm sweating.", "My legs are jumpy.",
          "On a scale of one to 10, how sick do you feel by the evening?", "Like a five."),
         "withdrawal", (5.0,)),
    ],
)  # fmt: skip
def test_ratings_as_speech_recognition_writes_them(
    turns: tuple[str, ...], name: str, values: tuple[float, ...]
) -> None:
    found = _quoted(*turns)
    assert all(any(name in n and s == v for n, s in found) for v in values), found
