"""Risk rules of issue 17's thirty-third pass, from the misses of the blind set al01-al22 (read
after it was measured blind four times), each in wordings of its own with and without speaker
labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a blow given (al02)
        (("What happened at the weekend?", "We were rowing and he gave me a slap."),
         "abuse_or_neglect", "endorsed"),
        (("And then?", "She gave my son a good hiding with the spoon."), "abuse_or_neglect",
         "endorsed"),
        (("Has he ever given you a thump?", "Never, no."), "abuse_or_neglect", "denied"),
        # where on the body, or what blow, as the whole answer (al02)
        (("Did your dad hit you?", "Across the face. Loads of times."), "abuse_or_neglect",
         "endorsed"),
        (("Did she hurt you?", "A slap, like."), "abuse_or_neglect", "endorsed"),
        # harm done to oneself asked as "anything to yourself" (al02)
        (("Have you done anything to yourself since?", "No, nothing."), "self_harm", "denied"),
        (("Any thoughts of doing something to yourself?", "Yeah, some nights."), "self_harm",
         "endorsed"),
        # a weapon put into someone; a place, then the age; "ma" for "my" (al06)
        (("What was the charge?", "I stuck a glass in a fella's face outside the club."),
         "harm_to_others", "endorsed"),
        (("What happened?", "I smashed a bottle over his head."), "harm_to_others", "endorsed"),
        (("Have you ever hurt yourself?", "In the care home, when I was fourteen."), "self_harm",
         "endorsed"),
        (("What did you do?", "I cut ma legs again."), "self_harm", "endorsed"),
        # a burden told as an expense; a wish to disappear said as a whole sentence (al07)
        (("How are things at home?", "They'd be better off without the cost of me."),
         "suicidal_ideation", "endorsed"),
        (("How's the mood been?", "Honestly, I just want to vanish."), "suicidal_ideation",
         "endorsed"),
        # a death by mishap, with what the insurance would pay (al08)
        (("Where does your mind go?", "If the tractor rolled on me, the policy would pay off the "
          "farm."), "suicidal_ideation", "endorsed"),
        # thoughts that "come about" dying; "I feel I should just die" (al15)
        (("Do thoughts ever come about dying?", "Yes, sometimes."), "suicidal_ideation",
         "endorsed"),
        (("How do you feel then?", "I think I might as well be dead."), "suicidal_ideation",
         "endorsed"),
        # a way over a barrier looked for; a death's payout thought of (al16)
        (("What happened at the bridge?", "I was looking for where the railing was lowest."),
         "suicidal_ideation", "endorsed"),
        (("What went through your head?", "That the kids would get the life insurance."),
         "suicidal_ideation", "endorsed"),
        # harm asked as anger "enough to"; neglect asked as not treated right (al19, al22)
        (("Anyone you've been mad enough to want to hit?", "No, not really."), "harm_to_others",
         "denied"),
        (("Is anyone not treating you right at home?", "No, they're good to me."),
         "abuse_or_neglect", "denied"),
        # the sea walked into, thought of (al21)
        (("What about back then?", "I thought about wading into the loch."), "suicidal_ideation",
         "endorsed"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a dig as a word, a kick as a push to act, a hammering in a game (al02's near misses)
        (("What did she say?", "She gave me a dig about my weight."), "abuse_or_neglect"),
        (("And your coach?", "He gave me a kick up the backside, which I needed."),
         "abuse_or_neglect"),
        (("How was the match?", "They gave us a hammering in the final."), "abuse_or_neglect"),
        # a glass over something else; "ma" for a mother
        (("What happened?", "I put a glass over the spider."), "harm_to_others"),
        (("What happened?", "My ma cut her arm on the glass."), "self_harm"),
        # a wish to disappear in shame, or on a holiday; "die of embarrassment"
        (("How was it?", "When he read it out I just wanted to disappear."), "suicidal_ideation"),
        (("Any plans?", "I want to disappear to Spain for a week."), "suicidal_ideation"),
        (("And then?", "I felt I should just die of embarrassment."), "suicidal_ideation"),
        # insurance for a storm; a fence low for the dog; a payout from work
        (("And the barn?", "The insurance would cover it if the storm got the barn."),
         "suicidal_ideation"),
        (("Any jobs?", "I was checking where the fence was low, the dog keeps getting out."),
         "suicidal_ideation"),
        # the sea for a swim
        (("What did you do?", "I thought about going into the sea for a swim."),
         "suicidal_ideation"),
        # a feared contamination, an accident
        (("What are the thoughts?", "That I've poisoned him by touching the chicken."),
         "harm_to_others"),
        (("What happened?", "I hit her by accident with the door."), "harm_to_others"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # medicines held safe for one (al12)
        ("Is there medication in the house?", "My husband keeps my pills, a week at a time."),
        ("And the tablets?", "My mum keeps my meds safe for me now."),
    ],
)
def test_means_held_safe_is_no_abuse(turns: tuple[str, ...], roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") not in found(*turns, roles=roles)


@ROLES
def test_means_kept_from_one_is_abuse(roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") in found(
        "How is he with you?", "He keeps my inhaler from me when he's angry.", roles=roles
    )


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a saying checked and taken back as "a thing people say" (al04)
        (("How was school?", "I tripped on stage. I wanted to die.", "When you say you wanted "
          "to die, any thoughts of killing yourself?", "No. It's just something people say."),
         "suicidal_ideation"),
        # the same as speech recognition heard them (al04, al20 spoken)
        (("How was school?", "I fell over in the play. I wanted to die.", "When you say you "
          "wanted to die, any thoughts of killing yourself?", "No, it's just to think people "
          "say."), "suicidal_ideation"),
        (("Any thoughts of hurting someone?", "Only the lad next door, and I just shout it him "
          "over the wall."), "harm_to_others"),
        (("Any thoughts of hurting someone?", "Only the lad next door and I just shout at him "
          "over the wall."), "harm_to_others"),  # heard with no comma (al20, --cli)
        # a blow wished, checked at once, and only anger (the general blow rule's near miss)
        (("What's been hardest?", "Sometimes I want to smash his face.", "Let me check that. Any "
          "intention of hurting him?", "No. I'm just angry."), "harm_to_others"),
        # a target named, and only words for it (al20)
        (("Any thoughts of hurting someone?", "Only my neighbour. I just shout at him over the "
          "fence."), "harm_to_others"),
    ],
)  # fmt: skip
def test_taken_back(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    said = found(*turns, roles=roles)
    assert (kind, "endorsed") not in said
    assert (kind, "denied") in said


#: the fifth and sixth probes' unread answers, read after each was measured blind twice: other
#: wordings of the same forms
_ASKED = ("Have you had any thoughts of ending your life?", "suicidal_ideation")


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "I can't lie to you, yes. But I'd never do it.",  # the hedge with its yes after it
        "Kinda yeah. Not all the time though.",
        "She says yes, most weeks, when she's on her own.",  # an interpreter for the client
        "My wife's right, I have.",
        "Doctor, I cannot lie to you. It has happened.",
        "Is that bad? Because yeah, I do.",  # a question back, then the yes
        "The short answer is yes.",
        "More times than I can count.",
        "Too often, if I'm honest.",
        "Eh, sometimes.",
        "After Dad died it got worse. So yeah, it's there most nights.",  # a story, then the yes
        "It began at uni. I never told anyone, but yes.",
        "Well yes, since you ask.",
    ],
)
def test_yes_said_after_a_preface(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Ach no, not me.",
        "I can truthfully say no.",
        "Sister, that's not in me.",
        "He says no, not ever.",
        "I know you have to ask. No, never.",
    ],
)
def test_no_said_after_a_preface(answer: str, roles: bool) -> None:
    said = found(_ASKED[0], answer, roles=roles)
    assert (_ASKED[1], "denied") in said
    assert (_ASKED[1], "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "A lot of the time I just feel tired.",
        "Now and then I think about going back to college.",
        "Sometimes I sit in the garden for hours.",
        "Sometimes I just want a day off from everyone.",
    ],
)
def test_a_frequency_that_starts_another_matter_is_no_yes(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") not in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Any new cuts on your legs since last time?", "Yes."), "self_harm"),
        (("Those marks on your wrist, did you do them yourself?", "Yes."), "self_harm"),
        (("Do you ever hurt your own body to cope?", "Yes."), "self_harm"),
        (("Does she bite her arms on purpose when she's upset?", "Yes."), "self_harm"),
        (("Is there someone you're planning to go after?", "Yes."), "harm_to_others"),
        (("Do you ever think about hurting your husband?", "Yes."), "harm_to_others"),
        (("Do you want to really hurt the other guy?", "Yes."), "harm_to_others"),
        (("Has the baby gone without food because you were too low?", "Yes."),
         "abuse_or_neglect"),
        (("Have you had enough of life, Grandad?", "Yes."), "suicidal_ideation"),
        (("do you feel you dont want to be here anymore", "Yes."), "suicidal_ideation"),
        (("How have things been?", "Me legs are a mess, I've been using the razor again."),
         "self_harm"),
        (("How have things been?", "I hit my head against the bedroom wall when it gets bad."),
         "self_harm"),
        (("How have things been?", "I swallowed a load of tablets, not to die, just to sleep."),
         "self_harm"),
        (("How have things been?", "I drove to the cliff meaning to jump."), "suicidal_ideation"),
        (("How have things been?", "I can't see the point in living anymore."),
         "suicidal_ideation"),
        (("How have things been?", "The girls would be better off with their gran if I wasn't "
          "here."), "suicidal_ideation"),
        (("How have things been?", "I carry a knife for when I see him."), "harm_to_others"),
        (("How have things been?", "I've thought about running him over."), "harm_to_others"),
        (("How have things been?", "I'm gonna find him and break his jaw."), "harm_to_others"),
        (("How have things been?", "I think about holding a pillow over his face."),
         "harm_to_others"),
        (("How have things been?", "My boyfriend won't let me see my friends."),
         "abuse_or_neglect"),
        (("How have things been?", "My daughter's been taking my pension."), "abuse_or_neglect"),
        # "if I ask" is no clinician asking, heard without speaker labels
        (("How have things been?", "My husband's been keeping my wages and he sulks if I ask "
          "about it."), "abuse_or_neglect"),
        (("How have things been?", "She says her husband hits her when he drinks."),
         "abuse_or_neglect"),
        (("How have things been?", "The baby's left screaming in the cot all day."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_risk_in_the_words_of_the_later_probes(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a shave, a plan of a holiday, a knife for cooking, a car run for a repair
        (("How have things been?", "I've been using the razor again, the beard was itchy."),
         "self_harm"),
        (("How have things been?", "We're planning to go after Christmas."), "harm_to_others"),
        (("How have things been?", "I keep a knife in the van for cutting rope."),
         "harm_to_others"),
        (("How have things been?", "My mum won't let me see my friends till my exams are done."),
         "abuse_or_neglect"),
        # someone else's harm feared; a topic studied; a fear that did not come true
        (("How have things been?", "I'm scared someone will hurt her at that school."),
         "harm_to_others"),
        (("How have things been?", "We're learning about domestic abuse in sociology."),
         "abuse_or_neglect"),
        (("How have things been?", "I used to worry she'd hit me, but she never has, not once."),
         "abuse_or_neglect"),
        (("How have things been?", "We watched a film about a boy who was beaten."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_the_later_probes_words_otherwise(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # al's spoken turns, heard without speaker labels: a drug's name heard as three words; "Me,"
        # before the no; the asker's examples heard with no mark
        (("Can you tell me more?", "I sat up and googled how many tie and all it would take."),
         "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "Me, I'm not going to kill myself."),
         "suicidal_ideation", "denied"),
        (("Have you done anything to hurt yourself? Cut yourself, anything like that.",
          "No, never."), "self_harm", "denied"),
    ],
)  # fmt: skip
def test_spoken_forms_of_al(turns: tuple[str, ...], kind: str, status: str) -> None:
    assert (kind, status) in found(*turns, roles=False)


@ROLES
@pytest.mark.parametrize(
    ("text", "kind", "endorsed"),
    [
        # a blow to someone's body wished or imagined, in general
        ("I want to smash his face in sometimes.", "harm_to_others", True),
        ("I keep picturing slitting his throat.", "harm_to_others", True),
        ("I'd love to punch my brother's lights out.", "harm_to_others", True),
        ("I want to break her heart like she broke mine.", "harm_to_others", False),
        ("I'd like to cut his hair shorter.", "harm_to_others", False),
        ("I'd punch his lights out if I was twenty years younger.", "harm_to_others", False),
        # a means got, a place of death stood at
        ("I bought a rope on Saturday.", "suicidal_ideation", True),
        ("I got hold of some charcoal.", "suicidal_ideation", True),
        ("I stood on the train tracks for a while.", "suicidal_ideation", True),
        ("I bought a rope for the boat.", "suicidal_ideation", False),
        ("I got a rope swing for the kids.", "suicidal_ideation", False),
        ("I stood on the platform for an hour.", "suicidal_ideation", False),
    ],
)
def test_general_forms(text: str, kind: str, endorsed: bool, roles: bool) -> None:
    assert ((kind, "endorsed") in found("How have things been?", text, roles=roles)) is endorsed


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [
        # with what, when another did it, a time before alone: a yes
        ("With the buckle end of his belt.", "endorsed"),
        ("Only when he's had a few.", "endorsed"),
        ("Used to.", "endorsed"),
        ("Lots of times.", "endorsed"),
        # a company, not a weapon; a time he is away, with its no
        ("With my sister, mostly.", None),
        ("When he's at work, no.", "denied"),
    ],
)
def test_how_and_when_as_the_answer(answer: str, status: str | None, roles: bool) -> None:
    said = found("Has your partner ever hit you?", answer, roles=roles)
    if status is None:
        assert ("abuse_or_neglect", "endorsed") not in said
    else:
        assert ("abuse_or_neglect", status) in said
