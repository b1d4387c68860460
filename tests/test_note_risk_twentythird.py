"""Risk rules of issue 17's twenty-third pass, from the misses of the blind set ab01-ab22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a check that offers a harmless reading, and the answer picks it
        (("Any thoughts of hurting anyone else?", "Only my landlord.",
          "Do you mean that as a feeling, or did you think about actually hurting him?",
          "Just a feeling."), "harm_to_others", "denied"),
        (("Do you want to die, or do you just want to sleep?", "Just sleep."),
         "suicidal_ideation", "denied"),
        # "Certainly not."
        (("Have you hurt yourself on purpose, ever?", "Certainly not."), "self_harm", "denied"),
        # another thing hurt, "or yourself"
        (("Have you done anything to hurt the hand, or yourself, on purpose?", "No, mate."),
         "self_harm", "denied"),
        # anyone "getting hurt" at home
        (("And at home, anybody getting hurt, you or the family?", "No. Nobody's getting hurt."),
         "abuse_or_neglect", "denied"),
        (("Is anyone getting hurt at home?", "No."), "abuse_or_neglect", "denied"),
        # skin dragged along a wall until raw
        (("Then what?", "I went out back and dragged my forearm along the brick wall till it was "
          "raw."), "self_harm", "endorsed"),
        (("What did you do?", "I scraped my knuckles on the wall until they bled."), "self_harm",
         "endorsed"),
        # spoken forms of ab's turns: an answer that runs on, a "?" not heard, "up" heard "out"
        (("Any thoughts of hurting anyone else?", "Only my landlord.",
          "Do you mean that as a feeling, or did you think about actually hurting him?",
          "Just a feeling I never touch him, I wrote him an email."), "harm_to_others", "denied"),
        (("Any thoughts of hurting anyone else?", "Only my landlord.",
          "Do you mean that as a feeling? Or did you think about actually hurting him?",
          "Just a feeling I never touch him."), "harm_to_others", "denied"),
        (("Is that a wish that you wouldn't wake out.", "Yeah, some nights."),
         "suicidal_ideation", "endorsed"),
        (("When you say off the planet, did that mean you wanted to be dead?",
          "Then yes, I think I did."), "suicidal_ideation", "endorsed"),
        (("Did that mean you wanted to be dead?", "At the time, yeah."), "suicidal_ideation",
         "endorsed"),
        # going under (a drug, an anaesthetic) hoping not to come back
        (("How are the nights?", "Some nights I go under hoping I'll stay under."),
         "suicidal_ideation", "endorsed"),
        (("When you say stay under, do you mean you rather not come back from it at all?",
          "Yeah, that's what I mean."), "suicidal_ideation", "endorsed"),
        # coercive control: keys hidden so one cannot go out
        (("What's been happening at home?", "It's my husband. He started hiding the car keys so "
          "I can't go to my sister's."), "abuse_or_neglect", "endorsed"),
        # intimidation: a fist through a door beside one's head
        (("Can we go back to the argument?", "He put his fist through the caravan door, right "
          "beside my head."), "abuse_or_neglect", "endorsed"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the check's harmful reading picked stays endorsed
        (("Any thoughts of hurting anyone else?", "Only my landlord.",
          "Do you mean that as a feeling, or did you think about actually hurting him?",
          "Actually hurting him, sometimes."), "harm_to_others"),
        # a risk option without a cue of its own is no harmless pick, nor is a wish to escape
        (("Is that a thought about ending your life, or more a wish to disappear?",
          "A wish to disappear."), "suicidal_ideation"),
        (("I think it would be easier to just not be here anymore.",
          "Is that a thought about ending your life, or more of a wish to escape?",
          "More a wish that it would all stop."), "suicidal_ideation"),
        (("Do you ever think about hurting yourself, or about dying?", "Dying, sometimes."),
         "self_harm"),
    ],
)  # fmt: skip
def test_not_taken_back(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "denied") not in got
    if kind == "harm_to_others":
        assert (kind, "endorsed") in got


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("Any thoughts of hurting anyone else?", "Only my landlord.",
         "Do you mean that as a feeling, or did you think about actually hurting him?",
         "Just a feeling."),
        ("Any thoughts of hurting anyone else?", "Only my landlord.",
         "Do you mean that as a feeling? Or did you think about actually hurting him?",
         "Just a feeling I never touch him."),
        ("Did you ever have thoughts of harming the baby?", "No. I was frightened of him, or "
         "frightened for him, I'm not sure which. But I never wanted to hurt him."),
        ("How did the DIY go?", "He put his fist through the plasterboard by accident."),
        ("How was the hike?", "I scraped my knee on the wall when I fell."),
        ("Was anyone hurt in the crash?", "No, nobody got hurt."),
        ("How is it?", "At home, anybody getting hurt, you were the family."),
        ("Where are the keys?", "He takes the keys so I can't drive after a drink, fair enough."),
        ("Will you come to group?", "I'd rather not come back here."),
        ("How was the holiday?", "I'd rather not come back at all, it was lovely."),
        ("Mum, how has he been?", "He pushed his plate off the table and yelled."),
        ("Mum, how was the park?", "She threw the ball at him and he caught it."),
    ],
)  # fmt: skip
def test_everyday_sentences_are_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert not [k for k, status in found(*turns, roles=roles) if status == "endorsed"]


@pytest.mark.parametrize(
    ("turns", "endorsed"),
    [
        (("Mum, can you tell me about the incident?", "She threw her cup of tea at him. Hot."),
         True),
        (("Mum, can you tell me about the incident?", "She threw a glass at one of the carers."),
         True),
        (("Can you tell me about the incident?", "She threw her cup of tea at him. Hot."), False),
        (("Mum, how has he been?", "He pushed his sister off the swing."), True),
    ],
)  # fmt: skip
def test_harm_told_by_whoever_speaks_for_the_client(turns: tuple[str, ...], endorsed: bool) -> None:
    assert (("harm_to_others", "endorsed") in found(*turns)) is endorsed


@pytest.mark.parametrize(
    "greeting",
    [
        "Good morning, Mr. Fitzgerald, Mrs. Fitzgerald. How have the last months been?",
        "Good morning, Gerald, and thank you for coming as well, Maureen.",
    ],
)
def test_a_companion_tells_of_harm_done_to_them(greeting: str) -> None:
    """A spouse who came along tells what the client did to them: the client's harm to others,
    not abuse of the client (who is not the one speaking)."""
    said = (greeting, "Not too bad.", "Anything at night?", "He pushed me out of the bed. "
            "He thought I was a robber.")  # fmt: skip
    got = found(*said)
    assert ("harm_to_others", "endorsed") in got
    assert ("abuse_or_neglect", "endorsed") not in got
    alone = found("Good morning. How have the last months been?", "Not too bad.",
                  "Anything at night?", "He pushed me out of the bed.")  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") in alone
