"""Risk rules of issue 17's thirty-fourth pass, from the misses of the blind set am01-am22 (read
after it was measured blind in the thirty-second and thirty-third passes), each in wordings of
its own with and without speaker labels, and everyday sentences with the same words, which must
not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a check of what was meant that offers death, answered yes (am08, am11)
        (("How are you?", "Some days I think, why bother being here.", "By being here, do you "
          "mean alive?", "Yeah, I suppose."), "suicidal_ideation", "endorsed"),
        (("How are you?", "I'd like to sleep for a long time.", "As in, dying?", "Yeah, kind "
          "of."), "suicidal_ideation", "endorsed"),
        (("How are you?", "I'd like to sleep for a long time.", "Meaning you wouldn't mind dying "
          "in your sleep?", "Yes, that's it."), "suicidal_ideation", "endorsed"),
        # the question in the client's own words: "you" read as "I"
        (("Meaning you'd be glad to die in your sleep?", "Yes."), "suicidal_ideation",
         "endorsed"),
        # an either-or check, the death option told back in the client's words (am14)
        (("How are you?", "I want to walk off and keep going.", "Is that getting away, or is it "
          "not being alive?", "Not being here, I guess."), "suicidal_ideation", "endorsed"),
        # what is the point of being around, with a filler (am08)
        (("How has it been?", "I keep thinking, what's the point of me, like, being here."),
         "suicidal_ideation", "endorsed"),
        (("How has it been?", "I think, what is the point of me still being around."),
         "suicidal_ideation", "endorsed"),
        # not waking up, and never mind (am11)
        (("And at night?", "If I don't wake up, no matter."), "suicidal_ideation", "endorsed"),
        (("And at night?", "Sometimes I think if I don't wake up then never mind."),
         "suicidal_ideation", "endorsed"),
        # harm told of "her" where the home was named just before: abuse of her too (am06)
        (("The police report says there was a domestic incident.", "I shoved her against the "
          "door. She was bruised."), "abuse_or_neglect", "endorsed"),
        (("What happened at home last month?", "I grabbed her by the hair."), "abuse_or_neglect",
         "endorsed"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a saying told and disowned at once (am04)
        (("You told your nan you wanted to die?", "I said I wanted to die but I didn't mean it "
          "like that. I was just embarrassed."), "suicidal_ideation"),
        (("What happened at the party?", "I texted her I'd kill myself. I just meant I was "
          "mortified."), "suicidal_ideation"),
        # the voices that abuse one: a symptom, not a person's act (am02)
        (("The voices, are they still there?", "Yes, most days.", "What do they say?",
          "They abuse me. They call me names."), "abuse_or_neglect"),
        (("Do the voices that abuse you ever tell you to do things?", "Sometimes."),
         "abuse_or_neglect"),
        # a history denied, "and even then, no" (am12)
        (("Any self-harm?", "No. Not since I was at school, and even then, no, not really."),
         "self_harm"),
        # the safe option of an either-or check; a death check answered no
        (("How are you?", "I want to walk off and keep going.", "Is that getting away, or is it "
          "not being alive?", "Getting away. Just a rest."), "suicidal_ideation"),
        (("How are you?", "I don't want to be around.", "Do you mean alive?", "No, I mean around "
          "him."), "suicidal_ideation"),
        # "what's the point" of a job; "if I don't wake up" on time; harm away from home
        (("How's work?", "What's the point of me going to the meeting at all."),
         "suicidal_ideation"),
        (("And mornings?", "If I don't wake up on time, never mind, I get the later bus."),
         "suicidal_ideation"),
        (("What happened at the match?", "I shoved him into the barrier."), "abuse_or_neglect"),
        # a panic "like I'm dying" asked about, not a wish to die
        (("Do you feel like you're dying when the panic comes?", "Yes, every time."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
def test_a_saying_owned_stays_endorsed(roles: bool) -> None:
    """ "I said I wanted to die, and I meant it." is not disowned."""
    assert ("suicidal_ideation", "endorsed") in found(
        "What did you tell her?", "I told her I wanted to die. I meant it.", roles=roles
    )


@ROLES
def test_abuse_by_a_person_after_voices_stays(roles: bool) -> None:
    """Voices spoken of, then a person named as the one who hits: still abuse."""
    assert ("abuse_or_neglect", "endorsed") in found(
        "Do you still hear the voices?", "Sometimes. My stepdad hits me though.", roles=roles
    )


#: am's spoken turns: the same forms as speech recognition heard them (one speaker for all)
@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a blade taken to one's own body, or used on it (am15, am17)
        (("What happened at Christmas?", "After the row I took a razor to my thighs in the "
          "bathroom."), "self_harm", "endorsed"),
        (("Can I ask about the marks?", "Yeah, I done it Sunday, on me leg, with a razor."),
         "self_harm", "endorsed"),
        (("Can I ask about the marks?", "Yeah, I did it Monday. On me, leg with a razor."),
         "self_harm", "endorsed"),  # the act's place heard as a sentence of its own (am17 plain)
        # "alive" heard "a life" in a check; the death option said back after a misheard word
        (("How are you?", "What's the use of me hanging about.", "When you say hanging about, "
          "do you mean a life?", "Yeah, I think so."), "suicidal_ideation", "endorsed"),
        (("How are you?", "I want to walk away from it all.", "Is that a holiday, or is it not "
          "being alive?", "Like, not bean here, not alive."), "suicidal_ideation", "endorsed"),
        # a list's last item asked with its question, no "?" heard (am09)
        (("I ask every couple this. As either of you ever been hit, push, threatened, or scared "
          "of the other,", "No, never."), "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_found_as_heard(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a razor to one's legs to shave
        (("Any plans for the wedding?", "I took a razor to my legs to shave the night before."),
         "self_harm"),
        # a saying taken back as "the thing you say", heard so (am07)
        (("What happened next?", "Afterwards I just wanted to die right there.", "When you say "
          "you wanted to die, did you have any thoughts of actually ending your life?", "Oh, no, "
          "no, not like that. It's just the thing you say."), "suicidal_ideation"),
        # a score said after a denial (am18)
        (("Does anyone take your money or hurt you?", "Nobody, doctor. Last year it was 23."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_not_endorsed_as_heard(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


#: the seventh probe's unread items, read after it was measured blind twice: other wordings of
#: the same forms
_ASKED = ("Have you had any thoughts of ending your life?", "suicidal_ideation")


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Would it be wrong if I said yes?",
        "My husband thinks so, and he's right.",
        "Got lah, on bad nights.",
        "Sure I do, God help me.",
        "Too right, most weeks.",
        "Mm-hm, in the bad weeks.",
    ],
)
def test_yes_forms(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize("answer", ["Pfft, as if.", "As if."])
def test_no_forms(answer: str, roles: bool) -> None:
    said = found(_ASKED[0], answer, roles=roles)
    assert (_ASKED[1], "denied") in said
    assert (_ASKED[1], "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "recently um the dog has been sick so its been rough",
        "maybe its the new job i dunno",
    ],
)
def test_other_matters_are_no_yes(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") not in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("I can see the scratches, have you been doing anything to yourself",), "self_harm"),
        (("Is there someone you want to get back at, physically?",), "harm_to_others"),
        (("Any plans to hurt the person who attacked you?",), "harm_to_others"),
        (("Are you taking a blade out to use on someone",), "harm_to_others"),
        (("Growing up, did anybody touch you in a way that felt wrong?",), "abuse_or_neglect"),
        (("Are your kids ever left home alone while you're on shift?",), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_questions(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("To be honest, the kids would cope fine without me.", "suicidal_ideation"),
        ("I've written notes to my sisters for when I'm gone.", "suicidal_ideation"),
        ("Most nights I want tae no wake up.", "suicidal_ideation"),
        ("Sometimes I think just jump down from the tower block, finish.", "suicidal_ideation"),
        ("I keep thinking about eating the shotgun.", "suicidal_ideation"),
        ("First time in a year I've used a blade.", "self_harm"),
        ("I've been bashing my head on the radiator when I can't cope.", "self_harm"),
        ("I've been tearing at the skin on my hands until it's raw.", "self_harm"),
        ("I'm going to give the lad a kicking when he's out.", "harm_to_others"),
        ("I picture my hands round her neck.", "harm_to_others"),
        ("When he's out I'm gonna do the lad who set me up.", "harm_to_others"),
        ("I'll deck the next guy who says that, I swear.", "harm_to_others"),
        ("My uncle used to come into our room at night.", "abuse_or_neglect"),
        ("I left the kids, the twins are five, alone all night twice.", "abuse_or_neglect"),
        ("My father battered the lot of us.", "abuse_or_neglect"),
        ("I can't get Dad fed or changed for days at a time now.", "abuse_or_neglect"),
    ],
)
def test_statements(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I was scared she'd leave me, but she never did, we're solid.",
        "I'll flatten him one day, that's just talk.",
        "I used a razor on my legs and went out.",
        "They'd be better off without me nagging them.",
        "I'm going to do the dishes and then do the lad's homework with him.",
    ],
)
def test_near_misses(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not [k for k, st in said if st == "endorsed"]


def test_an_act_of_ones_own_heard_with_a_question_mark_is_told() -> None:
    """al06 --cli: "I cut my arms", said of oneself with no "you" in the sentence, is told even
    where speech recognition ended the sentence with "?" (speakers unknown)."""
    said = found(
        "Have you hurt yourself, in the past or recently?",
        "In Barlinnie, when I was nineteen, I cut my legs, with a bit of glass, no sense?",
        "Nothing in the last few years?",
        "Nothing.",
        roles=False,
    )
    assert ("self_harm", "endorsed") in said


@ROLES
def test_killing_oneself_trying_is_a_saying(roles: bool) -> None:
    said = found(
        "How is work?", "I'm killing myself trying to get it done, and is it enough?", roles=roles
    )
    assert ("suicidal_ideation", "endorsed") not in said
