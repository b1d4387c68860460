"""Risk rules of issue 17's twenty-eighth pass, from the misses of the blind set ag01-ag22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a wish not to exist "for a while" (ag18)
        (
            ("How was Saturday night?", "I lay on the floor and wanted to not exist for a while."),
            "suicidal_ideation",
            "endorsed",
        ),
        (("And after the row?", "I just wanted to not exist for a few days."), "suicidal_ideation",
         "endorsed"),
        # a diary card's urge to die rated, as read aloud (b10)
        (("Urge to die on Tuesday, a two.", "Yeah, that was the bad day."), "suicidal_ideation",
         "endorsed"),
        (("Your urge to self-harm yesterday was a three out of five.", "Yeah."), "self_harm",
         "endorsed"),
        # "When I was nineteen." answers when, and is no question (f12)
        (("Have you ever tried to end your life?", "When I was nineteen. I took the lot."),
         "suicidal_ideation", "endorsed"),
        (("Did anyone ever hit you growing up?", "When we were small, my dad."), "abuse_or_neglect",
         "endorsed"),
        # "I was." and "I was thinking about it." still say yes
        (("Were you thinking of killing yourself then?", "I was thinking about it."),
         "suicidal_ideation", "endorsed"),
        (("Were you thinking of ending your life that night?", "I was, yes."), "suicidal_ideation",
         "endorsed"),
        (("Were you tempted to hurt yourself?", "I was."), "self_harm", "endorsed"),
        # the safe place asked about, answered with where one stayed, then a denial (ag03)
        (
            (
                "Before you came in, was anyone hurting you, or were you going without food?",
                "I was staying with my aunt in Leeds. She's kind to me. Nobody hurt me.",
            ),
            "abuse_or_neglect",
            "denied",
        ),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # where one stayed is no yes to "was anyone hurting you" (ag03)
        (
            ("Was anyone hurting you back then?", "I was staying with my cousin."),
            "abuse_or_neglect",
        ),
        (("Is anyone hurting you at home?", "I am living with my gran now."), "abuse_or_neglect"),
        # blame, trust or judgement of oneself or others is no harm (the PC-PTSD-5's guilt item,
        # ag12)
        (
            ("Felt guilty or unable to stop blaming yourself or others?", "Yes."),
            "harm_to_others",
        ),
        (("Do you find it hard to trust yourself or others?", "Yes, very."), "harm_to_others"),
        # an urge to dye one's hair, heard "die"
        (
            ("Any plans for the holiday?", "I have the urge to die my hair blue."),
            "suicidal_ideation",
        ),
        # not existing for a while somewhere
        (
            ("How's the phone detox?", "I'd like to not exist for a bit on social media."),
            "suicidal_ideation",
        ),
    ],
)
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
def test_harm_of_oneself_or_others_is_still_asked(roles: bool) -> None:
    assert ("harm_to_others", "denied") in found(
        "Any thoughts of harming yourself or others?", "No.", roles=roles
    )


@ROLES
@pytest.mark.parametrize(
    ("answer", "past"),
    [
        # heard as one sentence (ag16 spoken): "never" says no history, whatever "since" says
        # in another clause
        ("No, not since I got clean, before I didn't care, but I never wanted to die.", False),
        ("No, I never wanted to die, not since I moved here or before.", False),
        # a denial that says it was so before still tells the history
        ("I haven't wanted to die since the baby came.", True),
        ("No, I never want to die any more.", True),
    ],
)
def test_never_in_the_cues_clause_tells_no_history(answer: str, past: bool, roles: bool) -> None:
    said = found("Any thoughts of killing yourself?", answer, roles=roles)
    assert ("suicidal_ideation", "denied") in said
    assert (("suicidal_ideation", "endorsed") in said) is past


@ROLES
@pytest.mark.parametrize(
    "carer",
    [
        "And your carer questionnaire, the Zarit, was forty this time.",
        "And your care questionnaire was forty this time.",  # "carer" heard "care" (ag15 spoken)
        "You're her main carer, aren't you?",
    ],
)
def test_a_carers_harm_of_the_one_cared_for_is_abuse(roles: bool, carer: str) -> None:
    # ag15: the husband and carer tells of grabbing his wife's wrist
    said = found(
        carer,
        "I'm not surprised. I don't sleep.",
        "Tell me about a bad night.",
        "She was at the door at three. I grabbed her wrist, hard. She's got a bruise.",
        "Did you mean to hurt her?",
        "No. But I did hurt her.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "endorsed") in said
    assert ("harm_to_others", "endorsed") not in said


@ROLES
def test_without_a_carer_the_same_act_is_harm_to_others(roles: bool) -> None:
    said = found(
        "Tell me about the row.",
        "He was at the door at three. I grabbed him by the collar, hard.",
        "Did you mean to hurt him?",
        "No. But I did hurt him.",
        roles=roles,
    )
    assert ("harm_to_others", "endorsed") in said
    assert ("abuse_or_neglect", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    ("turns", "endorsed"),
    [
        # self-harm told by its means after the marks were spoken of (y05, i04)
        (("Can I ask about your wrist?", "They're just scratches. I do it with a safety pin."),
         True),
        (("Your mum mentioned cuts on your leg.", "I did them with a pencil sharpener blade."),
         True),
        (("Your dad saw marks on your arm.", "A compass. I scratch with it after school."), True),
        # marks a pet, a fall or an itch made; a tool with no marks spoken of
        (("What are the marks on your arm?", "The kitten. I scratch with it when we play."), False),
        (("Those scratches on your leg?", "I fell in the brambles. I cut them with scissors."),
         False),
        (("How do you keep your nails short?", "I do it with a nail file every Sunday."), False),
    ],
)  # fmt: skip
def test_self_harm_told_by_its_means(turns: tuple[str, ...], endorsed: bool, roles: bool) -> None:
    assert (("self_harm", "endorsed") in found(*turns, roles=roles)) is endorsed


@ROLES
def test_a_check_given_back_in_its_own_words_says_yes(roles: bool) -> None:
    # af12 spoken: "I was. I was chasing my tail ..." heard without its "I was."
    said = found(
        "You were thinking of ending your life.",
        "I was chasing my tail for months and that night it all landed.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") in said
    assert ("suicidal_ideation", "endorsed") not in found(
        "You were thinking of ending your life.", "I wasn't, I was just tired.", roles=roles
    )


@ROLES
def test_a_history_that_ends_not_since_is_denied_now(roles: bool) -> None:
    # af04 spoken: the last time said at the end of the sentence that tells the history
    said = found(
        "Have you ever harmed yourself?",
        "When I was fifteen I used to scratch my arms with a compass, not since school.",
        roles=roles,
    )
    assert {("self_harm", "endorsed"), ("self_harm", "denied")} <= said


@ROLES
@pytest.mark.parametrize(
    ("turns", "taken"),
    [
        # another taken along in the death thought of (f18): harm to others as well
        (("Have you had frightening thoughts?", "I thought about driving into the lake. With both "
          "of us."), True),
        (("Any thoughts of ending your life?", "Some nights I think about ending it all and taking "
          "the kids with me."), True),
        # company, not a death shared
        (("Any thoughts of ending your life?", "No. I'm taking the kids with me to Spain."), False),
        (("How was the drive?", "We drove to the lake. With both of us singing."), False),
    ],
)  # fmt: skip
def test_another_taken_along(turns: tuple[str, ...], taken: bool, roles: bool) -> None:
    assert (("harm_to_others", "endorsed") in found(*turns, roles=roles)) is taken
