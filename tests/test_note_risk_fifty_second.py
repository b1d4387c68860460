"""Risk rules of issue 17's fifty-second pass, from the misses and wrong endorsements of the set
bh01-bh22 (measured blind in the fifty-first pass and at the fifty-second's start, then read),
each in wordings of its own, with and without speaker labels; and everyday sentences with the
same words, which must not be read so."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # sex without consent, told around the word
        ((_HOW, "When I came round I knew things had been done to me that I never agreed to."),
         "abuse_or_neglect"),
        ((_HOW, "My ex had sex with me while I was asleep, more than once."),
         "abuse_or_neglect"),
        ((_HOW, "He had sex with me even though I said no."),
         "abuse_or_neglect"),
        (("It sounds as if he had sex with you when you were too drunk to consent. Is that right?",
          "Yes. That's what happened."), "abuse_or_neglect"),
        # a counterfactual intent with a belief before it, after a loaded gun and a wait
        (("What were you waiting for?",
          "For him. If he'd a come by that night, I reckon I'd a shot him. I do."),
         "harm_to_others"),
        (("And if she had walked in?", "If she'd walked in, I think I'd have stabbed her."),
         "harm_to_others"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a wish for a break, not for death
        (_HOW, "I don't want to die. I just want it all to stop for a day or two."),
        (_HOW, "Honestly I want everything to stop for five minutes so I can breathe."),
        # love too close, told as a fault
        (_HOW, "My wife says I'm the opposite of neglecting the baby, I'm smothering her."),
        (_HOW, "I think I've been smothering him since the diagnosis."),
        # brought to the appointment
        (_HOW, "My daughter forced me to come today, to be honest."),
        (_HOW, "Work forced me to see someone after the warning."),
        # a baby's kicks before birth
        (_HOW, "I still wake at four, the time he used to kick."),
        (_HOW, "The baby kicks me in the ribs every night."),
        # the client's own intent to give a man a hiding is not abuse of the client
        ("What was the plan?", "Give him a hiding, that's all I had in my head."),
        # a sentence about surgery and consent
        (_HOW, "Mum couldn't consent to the operation, so I signed for her."),
    ],
)  # fmt: skip
def test_no_abuse_nor_ideation(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles) & {"abuse_or_neglect", "suicidal_ideation"}


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a question said back of oneself, then answered with an oath
        (("Any thoughts of ending your life?", "Am I gonna do myself in? Am I hell. No way."),
         "suicidal_ideation"),
        (("Have you thought about hurting him?", "Will I hit him? Will I fuck. He's my brother."),
         "harm_to_others"),
        # a denial that opens with "but" after a yes to the clinician's aside
        (("Any thoughts of hurting anyone? You said things are strained with your son.",
          "Strained, yeah, the money. But I'd never lay a finger on him."), "harm_to_others"),
        (("Have you thought of harming anyone?", "But I would never hurt anybody."),
         "harm_to_others"),
        # a partner who has never hurt anyone, the client among them
        (("Has he ever hurt you?", "He shouts, but he's never laid a hand on anybody."),
         "abuse_or_neglect"),
        # children in one's care, asked whether left without an adult
        (("When you were using, were the kids ever left on their own?", "Never. Not once."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the same forms, where the answer is a yes
        (("When you were drinking, were the children ever left alone?", "Yes, a few nights."),
         "abuse_or_neglect"),
        (("Any thoughts of ending your life?", "Would I end it? Some nights, yes."),
         "suicidal_ideation"),
        (("Have you thought about hurting anyone? You said work is stressful.",
          "Stressful, yeah. And I have thought about hitting my manager."), "harm_to_others"),
    ],
)  # fmt: skip
def test_still_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # "and now?" then a question of its own: the answer is to the second
        (("Have you ever cut yourself?", "No, never.",
          "And these days? Do you think about dying?", "Sometimes, at night."),
         {("self_harm", "denied"), ("suicidal_ideation", "endorsed")}),
        (("Has anyone hurt you at home?", "No.",
          "How about lately? Any thoughts of hurting someone else?", "Less than before."),
         {("abuse_or_neglect", "denied"), ("harm_to_others", "endorsed")}),
        # without the second question, "and now?" still asks the first again
        (("Have you ever cut yourself?", "Yes, at school.", "And now?", "Last week, yes."),
         {("self_harm", "endorsed")}),
    ],
)  # fmt: skip
def test_a_follow_up_then_a_question(
    turns: tuple[str, ...], expected: set[tuple[str, str]], roles: bool
) -> None:
    assert found(*turns, roles=roles) == expected


def _spoken(*turns: tuple[str | None, str]) -> list[Segment]:
    return [Segment(i * 4.0, i * 4.0 + 3.5, t, who) for i, (who, t) in enumerate(turns)]


def test_a_client_asking_his_wife_what_he_did() -> None:
    """The client asks the one beside him, speakers unknown (a couple): her yes is his harm. (With
    both labelled client, the answer is taken for the asker still talking: not read yet.)"""
    risk = extract(
        _spoken(
            (None, "Your wife told me about the night you thought she was a burglar."),
            (None, "Did she? I don't remember that. Did I hurt you, love?"),
            (None, "A little. You didn't mean it."),
        )
    ).risk
    assert ("harm_to_others", "endorsed") in {(r.kind, r.status) for r in risk}
    assert "abuse_or_neglect" not in {r.kind for r in risk}


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        (("Your mum said you were upset.", "Did I hurt you by saying that?"), ),
        (("Did I hurt you when I took the blood?", "A bit, it's fine."), ),
    ],
)  # fmt: skip
def test_the_asker_hurting_feelings_or_a_needle(turns: tuple[tuple[str, ...]], roles: bool) -> None:
    assert "harm_to_others" not in endorsed(*turns[0], roles=roles)


@pytest.mark.parametrize(
    "said",
    [
        "When I came round I knew things had been done to me that I never agreed to.",
        "He had sex with me even though I said no.",
    ],
)
def test_evidence_quotes_what_was_said(said: str) -> None:
    risk = extract([Segment(0.0, 3.5, "How have things been?", "clinician"),
                    Segment(4.0, 7.5, said, "client")]).risk  # fmt: skip
    quotes = [e.quote for r in risk if r.status == "endorsed" for e in r.evidence]
    assert quotes and all(q in said for q in quotes)


# the probe p26's forms (read after two passes blind), in wordings of their own
_ENDING = "Have you had thoughts of ending your life?"


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        ("I have never, ever wanted to die. No.", "denied"),
        ("Work's gone, the flat's gone, she's gone. But no, never that.", "denied"),
        ("[Long silence.] ...Yes.", "endorsed"),
        ("[Pause.] ...No.", "denied"),
        ("I won't lie to you, yes.", "endorsed"),
        ("I can't really say I haven't.", "endorsed"),
        ("It'd be a lie to say I haven't.", "endorsed"),
        ("Used to, a lot.", "endorsed"),
    ],
)
def test_answers_read(answer: str, status: str, roles: bool) -> None:
    assert ("suicidal_ideation", status) in found(_ENDING, answer, roles=roles)
    other = "denied" if status == "endorsed" else "endorsed"
    assert ("suicidal_ideation", other) not in found(_ENDING, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Ye've no been thinkin o' takin yer ain life, have ye, pet?", "suicidal_ideation"),
        ("You haven't been thinking of ending it all, have you, love?", "suicidal_ideation"),
        ("Is it true say you dey cut your body when the pressure too much?", "self_harm"),
        ("Does the urge to pick or scratch at your skin win some nights?", "self_harm"),
        ("Have you thought about jumping off your building?", "suicidal_ideation"),
        ("Have you thought about setting fire to his flat?", "harm_to_others"),
        ("You been thinking of giving that bouncer a good hiding?", "harm_to_others"),
        ("Have you planned how you'd get even with him?", "harm_to_others"),
        ("That bat in the boot, have you thought of using it on the lad?", "harm_to_others"),
        ("Has your dad been left without his tablets while you were away?", "abuse_or_neglect"),
        ("Does your stepmum lock the food away from you?", "abuse_or_neglect"),
        ("Are the twins left alone overnight when you work nights?", "abuse_or_neglect"),
    ],
)
def test_questions_asked(question: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "The toaster set fire to the kitchen curtains, what a morning.",
        "We were jumping off our balcony into the pool at the villa, best holiday ever.",
        "We keep the food away from the dog, he's on a diet.",
        "My coach says I should cut my body fat before the season.",
        "I never, ever miss my Sunday swim.",
    ],
)
def test_everyday_not_risk(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
