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
        # a target named, and only words for it (al20)
        (("Any thoughts of hurting someone?", "Only my neighbour. I just shout at him over the "
          "fence."), "harm_to_others"),
    ],
)  # fmt: skip
def test_taken_back(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    said = found(*turns, roles=roles)
    assert (kind, "endorsed") not in said
    assert (kind, "denied") in said
