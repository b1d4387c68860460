"""Risk rules of issue 17's twenty-ninth pass, from the misses of the blind set ah01-ah22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found, has_measure, measures, segs


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a yes after a clause that says when (ah04, ah22)
        (("Since your husband died, have you thought about ending your life?",
          "After the funeral, yes. I kept his tablets by the bed."), "suicidal_ideation",
         "endorsed"),
        (("Did you feel like you might actually hurt him?", "In that moment, honestly, yeah."),
         "harm_to_others", "endorsed"),
        (("Have you had thoughts of killing yourself?", "When the debts came in, yeah, I did."),
         "suicidal_ideation", "endorsed"),
        # "sometime" for "sometimes" (ah21)
        (("Have you had any thoughts of ending your life?", "Sometime I wish I was gone."),
         "suicidal_ideation", "endorsed"),
        # "Safe." alone answers a question of safety (ah15)
        (("Do you feel safe at home? Does anybody hurt you?", "Safe."), "abuse_or_neglect",
         "denied"),
        # as speech recognition heard them (ah21, ah15, ah10 spoken)
        (("Have you had any thoughts of ending your own life?", "Sometime my wish I could just "
          "go, lie down and don't get up,"), "suicidal_ideation", "endorsed"),
        (("Do you feel safe at home? Does anyone hurt you?", "Safe, Papa only scolds."),
         "abuse_or_neglect", "denied"),
        (("Have you had thoughts of ending your life?", "I stood at the cabinet and thought, one "
          "shot in the noise stops."), "suicidal_ideation", "endorsed"),
        # thoughts of doing something to someone, asked and said yes to (ah05)
        (("Have you had any thoughts of doing something to her?", "Yeah, a few times."),
         "harm_to_others", "endorsed"),
        # beating someone up, "mash him up", knocking someone out (ah05, ah21)
        (("How have the nights been?", "Some nights I think about going to find him and beating "
          "him up."), "harm_to_others", "endorsed"),
        (("And the driver?", "I think to go find him and mash him up."), "harm_to_others",
         "endorsed"),
        (("What went through your head?", "I thought about going round there and knocking him "
          "out."), "harm_to_others", "endorsed"),
        (("What went through your head?", "I thought about banging him out, honestly."),
         "harm_to_others", "endorsed"),
        # a threat told: "I told him if he did it again I'd cave his head in" (ah22)
        (("What happened at the fence?", "I told him if he touched my car again I'd smash his "
          "face in."), "harm_to_others", "endorsed"),
        (("And then?", "I said to her that if she came back I would kill her."), "harm_to_others",
         "endorsed"),
        # an act stopped only by someone else (ah12)
        (("Do you feel you have to go for him?", "I'd have clobbered him if my wife hadn't been "
          "there."), "harm_to_others", "endorsed"),
        (("And at the pub?", "I would have battered him if they hadn't held me back."),
         "harm_to_others", "endorsed"),
        # driving off a slipway or a quay into the sea (ah08)
        (("Can we go back to that week?", "I sat in the car at Kinsale and thought about "
          "driving off the slip into the sea."), "suicidal_ideation", "endorsed"),
        (("And that night?", "I thought about driving off the slipway, that they'd be better "
          "off."), "suicidal_ideation", "endorsed"),
        # "one shot and the noise stops" in front of a gun (ah10)
        (("Have you had thoughts of ending your life?", "I've stood at the gun cabinet and "
          "thought, one shot and it all stops."), "suicidal_ideation", "endorsed"),
        # a preface before the answer: "I'll be honest with you." (ah10)
        (("Have you had thoughts of ending your life?", "I'll be honest with you, Doctor. "
          "There's a shotgun in the cabinet, for the farm. I've stood there and thought, one "
          "bullet and the ringing stops."), "suicidal_ideation", "endorsed"),
        # lying down and not getting up; going to be with the dead (ah21, ah04)
        (("Your pills, you said you saved them?", "I kept them in a drawer. I thought if it got "
          "too bad, I'd take the lot."), "suicidal_ideation", "endorsed"),
        (("How have things been since she passed?", "I thought if it got too bad I'd take the lot "
          "and go be with her."), "suicidal_ideation", "endorsed"),
        # "any thoughts like that now?" "No. Not since." (ah08, ah04)
        (("Have you thought of ending your life?", "Last winter, yes.",
          "Do you have any of those thoughts now?", "No. Not since."), "suicidal_ideation",
         "denied"),
        (("Have you thought of ending your life?", "After she died, yes.",
          "Is that still the case now? Any thoughts like that recently?",
          "No. Not since the spring."), "suicidal_ideation", "denied"),
        # "that life isn't worth it" asked (ah22)
        (("Any thoughts of harming yourself, or that life isn't worth it?", "No. Nothing like "
          "that."), "suicidal_ideation", "denied"),
        # someone taking advantage of the client, asked of a relative (ah04)
        (("Any worries that anyone is taking advantage of your dad?", "No."), "abuse_or_neglect",
         "denied"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # idioms (ah07, ah17, ah21)
        (("How is work?", "If I keep asking for more time, I'll only shoot myself in the foot."),
         "suicidal_ideation"),
        (("How was the weekend?", "I overdosed on reruns all weekend, never left the sofa."),
         "suicidal_ideation"),
        (("How was Christmas?", "We overdosed on chocolate, all of us."), "suicidal_ideation"),
        (("How are the mornings?", "I wake up and for a second I forget, then it hits me again."),
         "abuse_or_neglect"),
        (("And when you heard?", "It hit me like a train."), "abuse_or_neglect"),
        # "safe" of something else; a yes after a clause that is not to the question
        (("Is anyone hurting you at home?", "Safe enough, he only hits me when he drinks."),
         "harm_to_others"),
        # beating at a game; knocked out by a pill; "mash" as cooking
        (("How was the weekend?", "I beat him at pool, then we went for chips."),
         "harm_to_others"),
        (("How is he sleeping?", "The melatonin knocks him out by nine."), "harm_to_others"),
        (("What did you cook?", "I mashed the potatoes up for him."), "harm_to_others"),
        # a threat retold of someone else; an if that is not a threat
        (("What happened?", "He told me if I left he would kill me."), "harm_to_others"),
        (("And the ending?", "I told her if it rained again I'd stay home."), "harm_to_others"),
        # a drive off a slip to launch a boat; a wish to be with the living
        (("What did you do Sunday?", "I drove down the slip to launch the boat."),
         "suicidal_ideation"),
        (("How is the new job?", "I wish I could go be with my daughter in Leeds."),
         "suicidal_ideation"),
        (("How was the shoot?", "One shot and the deer was down."), "suicidal_ideation"),
        (("How is the sciatica?", "If it gets too bad, I'll take the lot of the ibuprofen back "
          "to the chemist."), "suicidal_ideation"),
        (("How was the holiday?", "Life isn't worth it for the money they charge."),
         "suicidal_ideation"),
        # doing something to someone as a favour
        (("How is your sister?", "I've been thinking of doing something nice for her."),
         "harm_to_others"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "endorsed"),
    [
        # one's own body hurt on purpose, told by the tool, the blood or the reason (ah03, ah07)
        (("What happens when you miss a deadline?", "I get the compass out of my pencil case and "
          "I scratch my forearm."), True),
        (("What happens then?", "I scratch my arm. Till it bleeds a little."), True),
        (("How did the game go?", "After, I put my fist into the locker, a few times.",
          "Was that anger, or something else?", "I kind of wanted it to hurt."), True),
        (("And after the row?", "I punched the wall in the hall.", "What was that about?",
          "It was like a punishment. I deserved it."), True),
        (("How does it start?", "I dig my nails into my hand until it bleeds."), True),
        # an itch, a rash, a wall punched in anger alone, a hurt wished on another
        (("How is the eczema?", "I scratch my arm till it bleeds, it's so itchy."), False),
        (("How did the game go?", "I punched the locker, I was so angry.", "And then?",
          "I went home and had a shower."), False),
        (("How did the match go?", "I hit the ball into the net.", "And then?",
          "I wanted it to hurt him, he's a cheat."), False),
        (("How's the hand?", "I scratch my hand with a pin to get the splinter out."), False),
    ],
)  # fmt: skip
def test_self_harm_told_by_what_it_did(turns: tuple[str, ...], endorsed: bool, roles: bool) -> None:
    assert (("self_harm", "endorsed") in found(*turns, roles=roles)) is endorsed


@ROLES
def test_an_act_told_stays_endorsed_when_other_ways_are_denied(roles: bool) -> None:
    # ah03: "No, just that." to "any other ways?" denies other ways (as o20's labels read it),
    # and takes nothing back of the act told before it
    said = found(
        "How did the game go?",
        "I put my fist into my locker. I kind of wanted it to hurt.",
        "Have you hurt yourself in any other ways, or thought about it?",
        "No, just that. Punching stuff.",
        roles=roles,
    )
    assert {("self_harm", "endorsed"), ("self_harm", "denied")} <= said


@ROLES
def test_no_just_that_to_anyone_else_says_yes(roles: bool) -> None:
    # the rule of "No. Just that." also read in one sentence: "No, just that."
    said = found("Has anyone else hurt you?", "No, just that.", roles=roles)
    assert ("abuse_or_neglect", "endorsed") in said


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("When did the dizziness start", True),
        ("When was the last time you cut?", True),
        ("When you say you'll kill her, I need to check what you mean.", True),
        ("When he gets home from the pub he's loud.", False),
        ("When I stand up, a six, for the first thirty seconds.", False),
        ("When my mum visits it's better.", False),
        ("When it gets bad, do you ever have thoughts of dying?", True),
    ],
)
def test_a_sentence_that_starts_with_when_asks_only_before_its_verb(text: str, asks: bool) -> None:
    from localnotes.notes.sentences import split

    assert split(segs(text))[0].is_question is asks


def test_a_rating_told_with_when_is_no_question() -> None:
    # e09 (tuned): "When I stand up, a six" was taken for a question, and its score lost
    said = measures("How dizzy are you today, from zero to ten?", "Lying here, a three. When I "
                    "stand up, a six.")  # fmt: skip
    assert has_measure(said, "dizziness", 6)
