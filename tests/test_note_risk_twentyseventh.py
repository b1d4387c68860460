"""Risk rules of issue 17's twenty-seventh pass, from the misses of the blind set af01-af22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a weapon drawn on someone
        (
            ("What happened with your cousin?", "We argued and I pulled a knife on him."),
            "harm_to_others",
            "endorsed",
        ),
        (
            ("Tell me about the arrest.", "I drew a bottle on a bloke outside the chippy."),
            "harm_to_others",
            "endorsed",
        ),
        (
            ("What did you do?", "I held a screwdriver to his neck until he gave it back."),
            "harm_to_others",
            "endorsed",
        ),
        # a denial, then "but I did": the act told after it
        (
            ("What happened on Sunday?", "I never meant to hurt him, but I did shove him."),
            "harm_to_others",
            "endorsed",
        ),
        (
            ("And the argument?", "I didn't hit her, but I did push her into the door."),
            "harm_to_others",
            "endorsed",
        ),
        # "Aye." and other ways of saying yes
        (
            ("Any thoughts of ending your life?", "Aye. Some nights."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("Have you hurt yourself on purpose?", "Aye."),
            "self_harm",
            "endorsed",
        ),
        (
            ("Did you feel like hitting him?", "Right then, yes. Not now."),
            "harm_to_others",
            "endorsed",
        ),
        (
            (
                "So you stopped eating properly because you wanted to die?",
                "That's about the size of it.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("Were you hoping you wouldn't wake up?", "Pretty much."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("Any thoughts of ending your life?", "Naw."),
            "suicidal_ideation",
            "denied",
        ),
        # thoughts of being dead, plural
        (
            ("Do you get thoughts of being dead?", "Aye, now and again."),
            "suicidal_ideation",
            "endorsed",
        ),
        # a death hastened or welcomed sooner
        (
            (
                "So you've stopped the insulin hoping it would bring the end closer?",
                "Yes.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("How do you feel about the years ahead?", "I'd be glad to go a bit sooner, honestly."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "What goes through your mind at night?",
                "That nobody would notice if I slipped away.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        # the medicine that keeps one alive left out to die
        (
            ("Why the missed doses?", "I skipped the warfarin so I might die in my sleep."),
            "self_harm",
            "endorsed",
        ),
        (
            (
                "You've been leaving out the heart pills hoping it would end you?",
                "Yes, I have.",
            ),
            "self_harm",
            "endorsed",
        ),
        # a check that agrees with a no: the yes says no
        (
            ("So you've never hurt yourself on purpose?", "Yeah."),
            "self_harm",
            "denied",
        ),
        (
            ("And no thoughts of suicide since the summer?", "Correct."),
            "suicidal_ideation",
            "denied",
        ),
        # "like that now", asked after the story was told on
        (
            (
                "You told me you thought about ending your life that night.",
                "I did.",
                "I sat in the car for an hour.",
                "What stopped you?",
                "My sister phoned.",
                "She needed a lift.",
                "It was raining.",
                "Have you had thoughts like that since?",
                "No. Not once.",
            ),
            "suicidal_ideation",
            "denied",
        ),
        # spoken forms (af's transcripts): "I thought about it." without the "'ve", "like not
        # exist anymore", a parent's habit told with "if I cried he'd ..."
        (
            ("Do you ever think about ending your life?", "I thought about it."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            ("Any thoughts of suicide lately?", "I thought about it, but I wouldn't act on it."),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "What was the urge like?",
                "I wanted to vanish properly, not just hide under the duvet, like not exist "
                "anymore.",
            ),
            "suicidal_ideation",
            "endorsed",
        ),
        (
            (
                "What was home like when you were small?",
                "If I whinged she'd lock me in the shed.",
            ),
            "abuse_or_neglect",
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
        # a joke checked aloud and taken back
        (
            (
                "Any thoughts of harming anyone?",
                "Only the neighbour's rooster at five in the morning.",
                "Just to check, is that something you'd actually do?",
                "Ah no, it's just a saying. I'd never touch it.",
            ),
            "harm_to_others",
        ),
        (
            (
                "Any thoughts of hurting anyone?",
                "Only my brother when he takes my charger.",
                "Do you mean that seriously?",
                "No, of course not.",
            ),
            "harm_to_others",
        ),
        # ... taken back in the sentence after the reply (speech recognition heard "Ah no" as
        # "I know")
        (
            (
                "Any thoughts of hurting anyone?",
                "Only the seagulls that steal my chips.",
                "Just to check, is that something you'd actually do?",
                "I know.",
                "It's a figure of speech.",
            ),
            "harm_to_others",
        ),
        (
            (
                "Any thoughts of hurting anyone?",
                "Only the postman when he's late.",
                "Just to check, is that something you'd actually do?",
                "I know, it's just an expression, I'd never lay a finger on him.",
            ),
            "harm_to_others",
        ),
        # a comparison retold ("I'd sooner hurt myself than her" said before)
        (
            (
                "You mentioned you'd sooner hurt yourself. Let's come back to that.",
                "Okay.",
            ),
            "self_harm",
        ),
        # the same words, not of risk
        (
            ("Did you ever consider quitting the course?", "I thought about it."),
            "suicidal_ideation",
        ),
        (("How was school?", "Some kids would rather not exist, she said."), "suicidal_ideation"),
        (
            ("What happened at the film?", "The villain pulled a knife on the hero."),
            "harm_to_others",
        ),
        (("What did he do?", "He pulled a knife on me in the lane."), "harm_to_others"),
        (("How was the wedding?", "Lovely, I slipped away early."), "suicidal_ideation"),
        (
            ("What about the holidays?", "I want to bring the end of term closer."),
            "suicidal_ideation",
        ),
        (("Why did you stop it?", "I stopped it so I'd sleep better."), "self_harm"),
        (
            ("How did you feel when the bus came?", "Right then, yeah, relieved."),
            "suicidal_ideation",
        ),
        (("Any thoughts of ending your life?", "Aye, right. As if."), "suicidal_ideation"),
        (("So you've never hurt yourself on purpose?", "Yes."), "self_harm"),
        (
            ("Any thoughts of hurting anyone?", "I'd never hurt her, but I did shout at her."),
            "harm_to_others",
        ),
    ],
)
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize("reply", ["Yes. I've thought about how.", "It's not a joke, no."])
def test_a_yes_kept_when_the_check_confirms_it(roles: bool, reply: str) -> None:
    """The check of a yes, answered yes (or "not a joke"), leaves it endorsed."""
    told = found(
        "Any thoughts of hurting anyone?",
        "Only my stepfather.",
        "Just to check, is that something you'd actually do?",
        reply,
        roles=roles,
    )
    assert ("harm_to_others", "endorsed") in told


@pytest.mark.parametrize("speakers", [True, False])
def test_that_happened_asked_after_what_people_feel(speakers: bool) -> None:
    """The clinician tells what people feel, then asks "Did that happen for you?": an answer in
    words naming no one ("the thought of not being alive kept ...") is the client's own."""
    said = [
        (
            "clinician",
            "Sometimes when people feel that low, they think about dying or not being alive.",
        ),
        ("clinician", "Did that happen for you?"),
        ("client", "Yeah, the thought of not being alive kept going round like a tumble dryer."),
    ]
    segments = [
        Segment(i * 4.0, i * 4.0 + 3.5, text, who if speakers else None)
        for i, (who, text) in enumerate(said)
    ]
    assert ("suicidal_ideation", "endorsed") in {(r.kind, r.status) for r in extract(segments).risk}


@pytest.mark.parametrize("speakers", [True, False])
def test_the_risk_item_scored_again_as_that_item(speakers: bool) -> None:
    """The EPDS's tenth item scored, then scored again for another time as "that item": both
    scores are the item's, and the zero denies ideation now."""
    said = [
        (
            "clinician",
            "Last one on the Edinburgh. The thought of harming myself has occurred to me.",
        ),
        ("client", "Sometimes."),
        ("clinician", "So sometimes, that's a two on item ten."),
        ("client", "That was the week before last, though."),
        ("clinician", "And this week?"),
        ("client", "Not at all this week."),
        ("clinician", "So a zero this week for that item."),
    ]
    segments = [
        Segment(i * 4.0, i * 4.0 + 3.5, text, who if speakers else None)
        for i, (who, text) in enumerate(said)
    ]
    got = extract(segments)
    items = {(m.name, m.score) for m in got.measures if m.name.startswith("EPDS item")}
    assert items == {("EPDS item 10", 2.0), ("EPDS item 10", 0.0)}
    assert ("suicidal_ideation", "denied") in {(r.kind, r.status) for r in got.risk}


def test_a_number_before_that_item_with_no_item_scored_is_nothing() -> None:
    said = ["Rate your sleep, nought to ten?", "A three.", "So three for that question."]
    got = extract([Segment(i * 4.0, i * 4.0 + 3.5, t) for i, t in enumerate(said)])
    assert not any(m.name.startswith(("EPDS item", "PHQ-9 item")) for m in got.measures)
