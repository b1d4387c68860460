"""Risk rules of issue 17's thirtieth pass, from the misses of the blind set ai01-ai22 (read after
it was measured blind four times), each in wordings of its own with and without speaker labels,
and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a threat the client made to someone, retold by the clinician and owned (ai03)
        (("Your sister said you told him you'd throw him down the stairs.",
          "Yeah. I would've, at the time."), "harm_to_others", "endorsed"),
        (("The ward notes say you threatened to smash his face in.", "Yeah, I did."),
         "harm_to_others", "endorsed"),
        # what a word meant, said as a bare act when asked (ai06)
        (("When you say sort him out, what do you mean?", "Hurt him. I've thought about it."),
         "harm_to_others", "endorsed"),
        (("What do you mean, deal with him?", "Aye. Batter him. I've thought about it."),
         "harm_to_others", "endorsed"),
        # a death by mishap welcomed (ai08)
        (("How are you sleeping?", "Honestly, if the combine rolled over on me tomorrow, it "
          "wouldn't be the worst thing."), "suicidal_ideation", "endorsed"),
        (("Any thoughts of not being here?", "I'd not mind if the cancer took me."),
         "suicidal_ideation", "endorsed"),
        (("How is the drive?", "It wouldn't be so bad if a lorry hit me on the way home."),
         "suicidal_ideation", "endorsed"),
        # a burden told as sleep (ai19)
        (("What went through your head?", "That it would be kinder for my family if I just went "
          "to sleep for good."), "suicidal_ideation", "endorsed"),
        # a young child left alone for hours, the age said in the same turn (ai20)
        (("What happened on Friday?", "I went to the pub and left her on her own for about "
          "three hours. She's five."), "abuse_or_neglect", "endorsed"),
        (("And the weekend?", "My ex left the kids home alone all night."), "abuse_or_neglect",
         "endorsed"),
        # a last time said by a treatment or a loss: so it was so before (ai19)
        (("Any thoughts of ending your life?", "No. Not since the radiotherapy finished."),
         "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "No. Not since the radiotherapy finished."),
         "suicidal_ideation", "denied"),
        # a no said after an oath or in another tongue, and "Yeah, no." (ai12, ai18, ai01)
        (("Do you mean you'd like to die?", "Jeez, no. I just need a holiday."),
         "suicidal_ideation", "denied"),
        (("Are you thinking of ending your life?", "Non. Not like that."), "suicidal_ideation",
         "denied"),
        (("Any thoughts of harming yourself?", "Yeah, no. Never."), "self_harm", "denied"),
        (("Any thoughts of killing yourself?", "Yeah nah, not these days."), "suicidal_ideation",
         "denied"),
        (("Is anybody treating you badly, or taking your pension?", "Och no. Nobody takes my "
          "pension."), "abuse_or_neglect", "denied"),
        # a time clause's own "can't", heard without a comma (ai13 spoken)
        (("What kind of thoughts?", "some nights when I can't sleep I asked god to just take me"),
         "suicidal_ideation", "endorsed"),
        (("And lately?", "When I'm not drinking I want to kill myself."), "suicidal_ideation",
         "endorsed"),
        # when, then what was done, heard as one sentence (ai22 spoken)
        (("Have you ever hurt yourself on purpose?", "When I was 14, I used to cut my thighs with "
          "a sharpener"), "self_harm", "endorsed"),
        (("Have you ever hurt yourself on purpose?", "At sixteen, I started scratching my legs."),
         "self_harm", "endorsed"),
        # the thought told hedged is still told; a hedged no is a no
        (("How are things?", "I don't think I want to be alive any more."), "suicidal_ideation",
         "endorsed"),
        (("How are things?", "I don't think I want to be here anymore."), "suicidal_ideation",
         "endorsed"),
        (("How are things?", "I don't think I want to kill myself."), "suicidal_ideation",
         "denied"),
        (("Any thoughts of ending your life?", "I don't think I could ever do that."),
         "suicidal_ideation", "denied"),
        # examples said after the question are no answer (ai08 spoken)
        (("Have you thought about hurting anyone else? The landlord, a neighbour.",
          "No, never. I'm cross with the council, not with people."), "harm_to_others", "denied"),
        # "mi" for "I" (ah21)
        (("And the other driver?", "Some days mi want to find him and batter him."),
         "harm_to_others", "endorsed"),
        # a filler between the subject and the verb (ai04)
        (("Is anyone hurting you at home?", "Nobody, like, hurts me or anything."),
         "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a pain told by what it is like (ai13)
        (("How's the back?", "Like someone kicked me in the spine."), "abuse_or_neglect"),
        (("How are the headaches?", "It's as if somebody is hitting me with a hammer."),
         "abuse_or_neglect"),
        # "Yeah, no." and a filler aside (ai01, ai04)
        (("And the question about harming yourself, you put a zero.", "Yeah, no."),
         "suicidal_ideation"),
        (("Any thoughts of harming yourself?", "Yeah, no. Never."), "self_harm"),
        (("Is anyone hurting you at home?", "Nobody, like, hurts me or anything."),
         "abuse_or_neglect"),
        # a mishap that is good news; sleep that is sleep
        (("How's work?", "If the promotion gets me more money, it wouldn't be the worst thing."),
         "suicidal_ideation"),
        (("How's the garden?", "If it rains on me, it wouldn't be the worst thing."),
         "suicidal_ideation"),
        (("What's your plan?", "It'd be better for everyone if I went to sleep earlier."),
         "suicidal_ideation"),
        # someone left alone who is no child; a denial of leaving a child
        (("And Saturday?", "I left him on his own for a few hours, he needed space after the "
          "row."), "abuse_or_neglect"),
        (("Did you ever leave the kids?", "I've never left them on their own for hours."),
         "abuse_or_neglect"),
        # a hedged no; a time clause's "can't" with no new subject after it
        (("How are things?", "I don't think I'd ever kill myself."), "suicidal_ideation"),
        (("How are things?", "When I can't sleep I don't want to die, I just want to rest."),
         "suicidal_ideation"),
        (("Have you ever hurt yourself on purpose?", "When I was little, I used to fall a lot, "
          "but never on purpose."), "self_harm"),
        # "mi" as "my"
        (("How is the family?", "Mi brother want to batter him, not me."), "harm_to_others"),
        # a retelling that is no threat; an oath before a yes
        (("You told him you'd think about the offer.", "Yeah."), "harm_to_others"),
        (("What do you mean, sort it?", "Talk to him. Not hurt him."), "harm_to_others"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("You told the nurse you'd cut yourself again.", "No, I never said that."), "self_harm"),
        (
            ("The notes say you told him you'd put him through a wall.", "That's not true."),
            "harm_to_others",
        ),
        (("You mentioned thoughts of ending your life.", "No."), "suicidal_ideation"),
    ],
)
def test_a_retelling_the_client_disputes_is_denied(turns: tuple[str, ...], kind: str) -> None:
    # who spoke must be known: the dispute is the client's reply to the clinician's retelling
    assert found(*turns) == {(kind, "denied")}


@ROLES
def test_a_hedged_answer_is_no_denial(roles: bool) -> None:
    # "I don't think I could go on like this." says neither no nor yes: left to read
    said = found(
        "Any thoughts of ending your life?", "I don't think I could go on like this.", roles=roles
    )
    assert ("suicidal_ideation", "denied") not in said


def test_a_retelling_conceded_stays_endorsed() -> None:
    said = found("You said you used to cut.", "No, not since school.")
    assert ("self_harm", "endorsed") in said


@pytest.mark.parametrize(
    ("text", "kind", "status"),
    [
        # a question and its answer heard as one sentence, no speaker known (ai10 spoken)
        ("or do you have thoughts of not wanting to be alive at other times too, sometimes I "
         "think that anyway, like when I'm lying in bed, I think it'd be easier to not be alive, "
         "thank you for being honest, have you ever heard voices", "suicidal_ideation", "endorsed"),
        ("any thoughts of hurting yourself, no, not really, I just feel tired all the time, okay, "
         "and do you feel safe at home", "self_harm", "denied"),
        ("do you have thoughts of ending your life, no, I would never kill myself",
         "suicidal_ideation", "denied"),
    ],
)  # fmt: skip
def test_an_answer_run_on_after_its_question_is_read(text: str, kind: str, status: str) -> None:
    from localnotes.notes.extract import extract
    from localnotes.types import Segment

    risks = extract([Segment(0.0, 30.0, text, None)]).risk
    assert (kind, status) in {(r.kind, r.status) for r in risks}
    assert all(e.quote in text for r in risks for e in r.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # the asker going on is no answer
        "When you say you'll kill her, I'm guessing that's frustration, but I need to check.",
        "any thoughts of killing yourself, I have to ask everyone, I ask it of all my patients",
    ],
)
def test_the_asker_going_on_is_no_answer(text: str) -> None:
    from localnotes.notes.extract import extract
    from localnotes.types import Segment

    assert not any(r.status == "endorsed" for r in extract([Segment(0.0, 9.0, text, None)]).risk)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the net under the rules (`risk_vocabulary`): words the screens ask about, in other forms
        ("He's drinking himself to death, and I'm drinking myself to death with him.",
         "suicidal_ideation"),
        ("Every night I ask God to take me.", "suicidal_ideation"),
        ("Some days I just want to go and be with my mum.", "suicidal_ideation"),
        ("She stayed at the flat on her own while we were at the hospital.", "abuse_or_neglect"),
        ("I drove [PERSON] to football after three pints.", "abuse_or_neglect"),
        ("I'll make him pay for what he said.", "harm_to_others"),
    ],
)  # fmt: skip
def test_words_of_risk_are_read_as_a_passage(text: str, kind: str) -> None:
    from localnotes.notes.risk_vocabulary import kinds_in

    assert kind in kinds_in(text)


@pytest.mark.parametrize(
    "text",
    ["I drove to work after breakfast.", "I'm on my own most evenings and I like it."],
)
def test_everyday_words_are_no_passage(text: str) -> None:
    from localnotes.notes.risk_vocabulary import kinds_in

    assert "abuse_or_neglect" not in kinds_in(text)
