"""Risk rules of issue 17's twenty-sixth pass, from the misses of the blind set ae01-ae22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a check whose first option is a wish for things to end sooner, picked
        (
            (
                "Is that a wish for everything to end sooner, or thoughts of ending it yourself?",
                "Sooner, I suppose. I wouldn't do anything.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "Is that a wish that you could die, or thoughts of ending your life yourself?",
                "A wish, I suppose.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # a life others would have easier without one
        (
            (
                "How low did it get?",
                "I thought my family would have an easier life without me around.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "And at school?",
                "Last year I figured the whole class would get a calmer time "
                "without me in the way.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # "king-hit", "gave him a shove into"
        (
            ("What happened at the pub?", "I king-hit a fella by the pool table."),
            "harm_to_others",
            "endorsed",
        ),
        (
            ("Tell me about the argument.", "I gave her a shove against the fridge."),
            "harm_to_others",
            "endorsed",
        ),
        (
            ("What happened with your brother?", "I gave him a slap across the face."),
            "harm_to_others",
            "endorsed",
        ),
        # something thrown at where the staff sit
        (
            ("What happened on the ward?", "I threw a cup at the nurses station."),
            "harm_to_others",
            "endorsed",
        ),
        # a blade from somebody's things taken to one's own arm
        (
            ("What happened on Sunday?", "I took the blade from my dad's old razor to my leg."),
            "self_harm",
            "endorsed",
        ),
        # skin pinched or bitten until it bruises or bleeds
        (
            ("What do you do when it gets too much?", "I nip the skin of my arm till it bruises."),
            "self_harm",
            "endorsed",
        ),
        (
            ("What helps you feel real?", "I pinch my thighs so they bruise."),
            "self_harm",
            "endorsed",
        ),
        # urges rated on a diary card: above nought is a yes, nought a no
        (
            ("Urge to self-harm this week, nought to five?", "A three on Monday."),
            "self_harm",
            "endorsed",
        ),
        (("And urges to kill yourself?", "A two, on and off."), "suicidal_ideation", "endorsed"),
        (("Suicidal urges, zero to five?", "Nought this week."), "suicidal_ideation", "denied"),
        # the rating said with what it rates
        (
            ("Let's do the card.", "Self harm a one. Suicidal thoughts a three."),
            "suicidal_ideation",
            "endorsed",
        ),
        (("Let's do the card.", "Self-harm zero."), "self_harm", "denied"),
        # asked what one was thinking, standing high up
        (
            (
                "You stood on the roof a long time.",
                "I did.",
                "What was going through your head?",
                "Whether I'd jump. For an hour or so.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # a death asked of God any night; going in one's sleep
        (
            ("Any thoughts about death?", "I've told the Lord, any time he likes."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "Is that a wish to die, or thoughts of ending your life?",
                "Only that I'd not mind dying in my sleep.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # a wish to be gone; the lot taken on purpose
        (
            ("What did you want then?", "I wanted to be gone, for good."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("What happened in March?", "I swallowed the whole packet on purpose."),
            "suicidal_ideation",
            "endorsed",
        ),
        # a check that all is well, answered that it is; an act one could not do and never wanted
        (
            ("Is everything okay at home, no one hurting you?", "Yeah, we're good."),
            "abuse_or_neglect",
            "denied",
        ),
        (
            (
                "Any thoughts of hurting someone?",
                "I couldn't raise a hand to anyone these days, and I never would have.",
            ),
            "harm_to_others",
            "denied",
        ),
        # a check of what was meant: "because you wouldn't be here?"
        (
            (
                "How did it look, that thought?",
                "That the kids would do fine with their gran.",
                "Fine with their gran because you wouldn't be around?",
                "Yeah. That.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # asked again of the last few days
        (
            (
                "Have you had thoughts of ending your life?",
                "Yes, in the spring. A lot.",
                "And in the past couple of weeks?",
                "No, nothing.",
            ),
            "suicidal_ideation",
            "denied",
        ),
        # (a fine that goes on to tell of harm is no denial)
        (
            (
                "Is everything alright at home? Is anyone hurting you?",
                "Fine. Except he hits me when he's drunk.",
            ),
            "abuse_or_neglect",
            "endorsed",
        ),
        # what a companion told, confirmed by the client asked whether they remember it
        (
            (
                "Your husband mentioned the winter.",
                "He said he'd swallow every pill in the cupboard and not wake up.",
                "Do you remember that?",
                "Yes. I thought about the pills a lot then.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
    ],
)
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a restless past is no history of lashing out
        (
            (
                "Have you felt like lashing out at anyone?",
                "No. I used to be a busy bee, so sitting about annoys me, but no.",
            ),
            "harm_to_others",
        ),
        # the same words, not of risk
        (("How was the party?", "I wanted to be gone by ten."), "suicidal_ideation"),
        (
            ("What were you deciding?", "Whether I'd go over to my sister's for Christmas."),
            "suicidal_ideation",
        ),
        (
            ("How do the kids cope?", "They'd have an easier life without me nagging them."),
            "suicidal_ideation",
        ),
        (("How was the park?", "I gave her a push on the swing."), "harm_to_others"),
        (("How is the baby?", "She pinches my arm until it goes purple, the monkey."), "self_harm"),
        (
            ("How's the new job?", "I took the lot on the first day, every shift they offered."),
            "suicidal_ideation",
        ),
        (("Rate your mood, nought to ten?", "A four."), "suicidal_ideation"),
        # the Antabuse heard "and to abuse", its dose after
        (
            ("So the plan.", "Okay, and to abuse down to 250, and the thiamine carries on."),
            "abuse_or_neglect",
        ),
        (
            ("Can you come on Friday?", "No, because I won't be here on Friday."),
            "suicidal_ideation",
        ),
    ],
)
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


def test_a_word_said_first_is_no_name() -> None:
    """ "Okay, ..." addresses no one: the companion rule of the twenty-fifth pass (a wife greeted
    with him and addressed by name just before she tells "He grabbed my arm") needs a name."""
    greeted = ("Hello Mr. Dunne, hello Bernadette. How have things been?", "Not bad.")
    told = found(*greeted, "Okay, what happened with the car keys?", "He grabbed my arm and "
                 "twisted it.")  # fmt: skip
    assert ("harm_to_others", "endorsed") not in told


@ROLES
@pytest.mark.parametrize(
    ("turns", "expected", "not_expected"),
    [
        # heard as one sentence: a joke taken back after a comma
        (
            (
                "Any thoughts of hurting anyone else?",
                "Only the printer at work, no, I'm joking, no.",
            ),
            ("harm_to_others", "denied"),
            ("harm_to_others", "endorsed"),
        ),
        # a diary card's rating heard "A1"; "king-hit" heard "king head"
        (
            ("Go through the card for me.", "Suicidal urges, A2, on the bad days."),
            ("suicidal_ideation", "endorsed"),
            ("self_harm", "endorsed"),
        ),
        (
            ("What happened at the club?", "I king head a fella at the bar, years back."),
            ("harm_to_others", "endorsed"),
            ("abuse_or_neglect", "endorsed"),
        ),
        # "lashing out" heard "clashing out"
        (
            ("Have you felt like clashing out at anyone lately?", "No, not at all."),
            ("harm_to_others", "denied"),
            ("harm_to_others", "endorsed"),
        ),
        # "the nurse's station"
        (
            ("What happened on the ward?", "I threw a mug at the nurse's station."),
            ("harm_to_others", "endorsed"),
            ("abuse_or_neglect", "endorsed"),
        ),
        # the EPDS's last item read and answered, heard as one sentence
        (
            ("Last one, the thought of harming myself has occurred to me, sometimes.",),
            ("suicidal_ideation", "endorsed"),
            ("self_harm", "endorsed"),
        ),
        (
            ("And the last, the thought of harming myself, has occurred to me, never.",),
            ("suicidal_ideation", "denied"),
            ("self_harm", "endorsed"),
        ),
    ],
)
def test_heard_as_one_sentence(
    turns: tuple[str, ...],
    expected: tuple[str, str],
    not_expected: tuple[str, str],
    roles: bool,
) -> None:
    told = found(*turns, roles=roles)
    assert expected in told and not_expected not in told
