"""Risk rules of issue 17's twenty-second pass, from the misses of the blind set aa01-aa22 (read
after it was measured), each in wordings of its own with and without speaker labels, and everyday
sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a wish not to wake "at all", asked back ("at six" is when, "at all" is whether)
        (("Do you mean you'd rather not wake up at all?", "Sort of. It would be a rest."),
         "suicidal_ideation", "endorsed"),
        (("So you wish you didn't wake up?", "Some days, yes."), "suicidal_ideation", "endorsed"),
        # "If I'm honest" is no condition
        (("How was the weekend?", "If I'm honest, for a second I thought it'd be easier not to "
          "exist. It passed."), "suicidal_ideation", "endorsed"),
        (("How have you been?", "If I'm being honest, I've wanted to die most days."),
         "suicidal_ideation", "endorsed"),
        # a bare time for an answer to "ever" is a yes of the past
        (("Have you ever thought about ending your life?", "Years ago, when the business failed."),
         "suicidal_ideation", "endorsed"),
        (("Have you ever hurt yourself on purpose?", "A long time ago."), "self_harm",
         "endorsed"),
        # an engine left "going" in the garage
        (("What happened that night?", "I sat in the van in the garage with the engine going."),
         "suicidal_ideation", "endorsed"),
        # tablets counted to see if they would be enough, and the check "Counting the tablets?"
        (("You mentioned the bad weeks.", "I kept staring at the cupboard.",
          "Counting the tablets?", "Yes."), "suicidal_ideation", "endorsed"),
        (("What did you do then?", "I sat counting the pills, wondering whether there were "
          "enough."), "suicidal_ideation", "endorsed"),
        # "harmed yourself"
        (("Have you harmed yourself in any way, now or in the past?", "No. Never."), "self_harm",
         "denied"),
        (("Have you harmed yourself since we last met?", "Once, yes."), "self_harm", "endorsed"),
        # "those thoughts" asked of after a longer story and an aside
        (("Counting the tablets?", "Yes.", "I didn't take any.", "I told my sister.",
          "She took them home with her.", "They're in her flat now.", "I collect a week at a time.",
          "Thank you for telling me.", "Are those thoughts there now?", "No, not for weeks."),
         "suicidal_ideation", "denied"),
        # anyone, at home or anywhere else, hurting a child asked about
        (("Does anyone at home or anywhere else hurt him or frighten him?", "No."),
         "abuse_or_neglect", "denied"),
        (("Has anyone ever hurt her?", "No."), "abuse_or_neglect", "denied"),
        # as speech recognition heard it: "or" as "wear"
        (("Does anyone at home wear anywhere else hurt him or frighten him?", "No."),
         "abuse_or_neglect", "denied"),
        (("Has anyone at school ever hit him?", "Yes, a boy in his class."), "abuse_or_neglect",
         "endorsed"),
        # "I'd not be fussed if I never came round"
        (("When you drink on top, do you care what happens?", "Some nights I'd not be fussed if "
          "I never came round."), "suicidal_ideation", "endorsed"),
        # safety asked where one is staying; "Yeah, safe." answers it, not the harm question
        (("Are you safe where you're staying? Is anyone hurting you?", "Yeah, safe."),
         "abuse_or_neglect", "denied"),
        (("Is anyone hurting you? Are you safe there?", "Yes, safe. My wife's been good."),
         "abuse_or_neglect", "denied"),
        (("Are you safe at the hostel?", "Not really, a guy there threatened me."),
         "abuse_or_neglect", "endorsed"),
        (("And now, with Jordan, do you feel safe?", "Completely."), "abuse_or_neglect",
         "denied"),
        (("Is everyone safe at home? Nobody hurting anyone?", "We're safe."), "abuse_or_neglect",
         "denied"),
        # a burden told as how little one's going would matter, and the check of what it meant
        (("How are things?", "Nobody would notice if I just faded out."), "suicidal_ideation",
         "endorsed"),
        (("How are things?", "It wouldn't matter to anyone if I wasn't around."),
         "suicidal_ideation", "endorsed"),
        (("How are you?", "I keep thinking I'll just disappear.",
          "Disappear in the sense of dying?", "Yes."),
         "suicidal_ideation", "endorsed"),
        (("How are you?", "I want to vanish.", "Do you mean dying?",
          "No, just sleeping for a week."),
         "suicidal_ideation", "denied"),
        # a ligature tied
        (("Did you do anything?", "The night before I came in, I had the belt round the "
          "banister."), "suicidal_ideation", "endorsed"),
        # "I'd rather be gone", "if this is my lot for good", pills kept "in case"
        (("How's the pain?", "If this is my lot for good, I'd rather be gone."),
         "suicidal_ideation", "endorsed"),
        (("Have you thought about ending your life?", "I kept the old tablets. I thought they "
          "might come in handy if it got too much."), "suicidal_ideation", "endorsed"),
        (("Any thoughts of not wanting to live with this?", "Yes, most nights."),
         "suicidal_ideation", "endorsed"),
        # a method denied after a passive wish
        (("Does it go as far as not wanting to be alive?", "Sometimes. But I've never thought "
          "how."), "suicidal_ideation", "denied"),
        # safety told rather than asked: "I don't feel safe at home" is harm told (it had been
        # read as a denial), a safety question heard without its question mark and answered
        # "Nobody hurting anyone" is no harm
        (("How are things?", "I don't feel safe at home."), "abuse_or_neglect", "endorsed"),
        (("That's a good plan, and is everyone safe at home.", "Nobody hurting anyone. We're "
          "fine."), "abuse_or_neglect", "denied"),
        (("Do you feel safe at home?", "Nobody's hurting me."), "abuse_or_neglect", "denied"),
        # a place of drowning turned over, waking not wanted, a blade taken "and did my leg"
        (("And the other thoughts?", "I thought about the canal on my way home, how deep it "
          "would be."), "suicidal_ideation", "endorsed"),
        (("How are evenings?", "Most evenings I wish I didn't have to wake up to another day."),
         "suicidal_ideation", "endorsed"),
        (("What happened Saturday?", "I took the blade out of the drawer and did my leg."),
         "self_harm", "endorsed"),
        # a check of meaning whose "No" answers the question asked after it keeps the yes
        (("Do you ever feel life isn't worth living?", "Some days.",
          "Do you mean you'd like to die?", "When it's my time, I'm ready.",
          "So no thoughts of taking your own life.", "No, that's not for me to decide."),
         "suicidal_ideation", "endorsed"),
        # anyone hurting a child named
        (("I ask every family: is anyone hurting Ellie or frightening her?", "No. Nobody."),
         "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("I wish I didn't wake up so early.", "Have you tried blackout blinds?"),
        ("How's sleep?", "I wish I didn't wake up at four every day."),
        ("Would you rather not wake up at all on weekends?", "Ha, yes, I'd sleep till noon."),
        ("If I'm honest with you, would you tell me if you wanted to die?", "I would."),
        ("Where's the car?", "In the garage with the engine going, he's fixing the timing belt."),
        ("Do you use a dosette box?", "Yes, I count my tablets into it on Sundays."),
        ("I've been counting the tablets to check the pharmacy got it right.", "Good."),
        ("Counting calories?", "Yes, every meal."),
        ("Did anyone get hurt?", "No, just the car."),
        ("The party?", "Nobody would notice if I disappeared early."),
        ("Who'd cover your shift?", "Nobody would notice if I wasn't here for a day."),
        ("My hair?", "Do you mean dying it?", "Yes, red."),
        ("Where's the dog?", "I tied his lead round the banister."),
        ("Shall we meet at noon?", "I'd rather be gone by then."),
        ("Would you move out?", "I don't want to live with my parents."),
        ("Any asthma?", "I keep the inhaler with me in case it gets bad."),
        ("How will you tell your mum?", "I've never thought about how."),
        ("Swimming?", "I thought about the river, how cold it would be for a swim."),
        ("Mornings?", "I wish I didn't have to get up at six."),
        ("Getting ready?", "I got the razor and did my legs."),
        ("Beauty?", "I got the scissors and did my fringe."),
    ],
)  # fmt: skip
def test_everyday_sentences_are_not_risk(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


@pytest.mark.parametrize(
    ("turns", "endorsed"),
    [
        (("How is he at home?", "He does bang his head on the table when homework goes wrong.",
          "Does it hurt, Sam?", "A bit."), True),
        (("And at night?", "She scratches her arms till they bleed."), True),
        (("How is he at home?", "He never bangs his head, he just shouts."), False),
        (("Any injuries?", "He hit his head when he fell off the swing."), False),
        (("How is he?", "His brother bangs his head on the wall sometimes."), False),
    ],
)  # fmt: skip
def test_a_parent_tells_of_the_childs_self_harm(turns: tuple[str, ...], endorsed: bool) -> None:
    """With a parent speaking for the child (asked "He's on the melatonin, two milligrams?"), "he"
    is the client."""
    said = ("He's on the melatonin, two milligrams?", "Yes, at night.", *turns)
    assert (("self_harm", "endorsed") in found(*said)) is endorsed
    assert ("self_harm", "endorsed") not in found(*turns)  # no parent speaks: someone else's


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("Someone owes you money?", "A lad owes me forty quid. I said I'll break his legs. "
         "I won't. I just want the money."),
        ("What did you say to him?", "I told him I'd kill him. I wouldn't, though."),
        ("Someone owes you?", "I said I'll break his legs. I won't, I just want the money."),
    ],
)  # fmt: skip
def test_a_threat_taken_back_at_once_is_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert ("harm_to_others", "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["I punched him. I won't lie.", "I said I'll break his legs. I won't, unless he dodges me."],
)
def test_an_act_or_a_threat_kept_stays_endorsed(answer: str, roles: bool) -> None:
    got = found("What happened?", answer, roles=roles)
    assert ("harm_to_others", "endorsed") in got


@ROLES
def test_an_act_then_i_wont_lie_stays_endorsed(roles: bool) -> None:
    got = found("What happened?", "I punched him. I won't lie.", roles=roles)
    assert ("harm_to_others", "endorsed") in got


@pytest.mark.parametrize(
    ("turns", "endorsed"),
    [
        (("Thanks for bringing your dad in.", "He's been calmer.", "Any incidents?",
          "Two weeks ago he hit one of the carers."), True),
        (("Thanks for bringing your dad in.", "Any incidents?",
          "His brother hit him at the weekend."), False),
        (("Thanks for bringing your dad in.", "Any incidents?",
          "He's never hit anyone in his life."), False),
        (("How are things at work?", "Two weeks ago he hit one of the carers."), False),
    ],
)  # fmt: skip
def test_harm_told_by_a_relative_who_speaks_for_the_client(
    turns: tuple[str, ...], endorsed: bool
) -> None:
    assert (("harm_to_others", "endorsed") in found(*turns)) is endorsed


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("Are you safe where you're staying? Is anyone hurting you?", "Yeah, safe."),
        ("Is anyone hurting you? Are you safe there?", "Yes, safe. My wife's been good."),
        ("And now, with Jordan, do you feel safe?", "Completely."),
        ("Is everyone safe at home? Nobody hurting anyone?", "We're safe."),
        ("That's a good plan, and is everyone safe at home.", "Nobody hurting anyone."),
        ("Do you feel safe at home?", "Nobody's hurting me."),
    ],
)  # fmt: skip
def test_safe_answers_report_no_abuse(turns: tuple[str, ...], roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") not in found(*turns, roles=roles)
