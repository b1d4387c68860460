"""Risk rules of issue 17's thirty-first pass, from the misses of the blind set aj01-aj22 (read
after it was measured blind five times), each in wordings of its own with and without speaker
labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # a pause written before the answer (aj11)
        (("Do you ever think of ending your life?", "...Last winter, yes."),
         "suicidal_ideation", "endorsed"),
        (("Have you ever hurt yourself on purpose?", "...When I was twenty."), "self_harm",
         "endorsed"),
        (("Any thoughts of killing yourself?", "\u2014 Last spring."), "suicidal_ideation",
         "endorsed"),
        # tired of life, said plainly (aj11)
        (("How have you been?", "Honestly, I'm weary of life."), "suicidal_ideation",
         "endorsed"),
        (("How is the mood?", "Some mornings I am sick of life."), "suicidal_ideation",
         "endorsed"),
        # a poison thought of, or taken (aj11)
        (("What went through your mind?", "I thought about drinking the weedkiller in the shed."),
         "suicidal_ideation", "endorsed"),
        (("What happened that night?", "I swallowed some bleach."), "suicidal_ideation",
         "endorsed"),
        # a burn told as "it", the injury asked about (aj14)
        (("What's happened to your arm?", "I burned it with a cigarette. On Sunday."),
         "self_harm", "endorsed"),
        (("What happened to your wrist?", "Okay. I burnt it with a lighter."), "self_harm",
         "endorsed"),
        # a beating told in the past of both clauses, not a hypothetical (aj21)
        (("What was your stepdad like?", "If I answered back, he whipped me with a cable."),
         "abuse_or_neglect", "endorsed"),
        (("And at home?", "Whenever we got home late, she hit us."), "abuse_or_neglect",
         "endorsed"),
        # sexual abuse in the words people use for it (aj13)
        (("You mentioned the lodger.", "He interfered with me when I was eight."),
         "abuse_or_neglect", "endorsed"),
        (("Tell me about your cousin.", "He used to touch me at night."), "abuse_or_neglect",
         "endorsed"),
        # a general statement, then the question cut short (aj16 spoken)
        (("People with debts like this often have thoughts of suicide. Have you?", "Yeah. Last "
          "Tuesday, on the bridge."), "suicidal_ideation", "endorsed"),
        (("Some new dads get urges to hurt themselves. Do you ever?", "No, never."), "self_harm",
         "denied"),
        # speech recognition's forms: "Aye" heard as "I", "mi" heard as "my", a lead-in before
        # the act (aj01, aj22, aj14 spoken)
        (("Better off without you?", "I, that's it, it's a thought, it passes."),
         "suicidal_ideation", "endorsed"),
        (("Do you remember that night?", "Yes, my remember. My did want to hurt him."),
         "harm_to_others", "endorsed"),
        (("What's happened to your hand?", "Nothing, okay, I burned it with a lighter, on "
          "Friday."), "self_harm", "endorsed"),
        # a safety screen in other words, and a no said after a story (aj01, aj05, aj20)
        (("And at home? Nobody scaring you or pushing you about?", "My partner's been a rock. "
          "No, nothing like that."), "abuse_or_neglect", "denied"),
        (("Does anybody at home ever shout at you or frighten you?", "No, they're kind to me."),
         "abuse_or_neglect", "denied"),
        (("Are you and the boys safe with each other?", "Yes. Nobody gets hurt."),
         "abuse_or_neglect", "denied"),
        (("Does anyone there threaten you?", "Yes, my stepfather does."), "abuse_or_neglect",
         "endorsed"),
        # one's own violence to someone one lives with: abuse of them too (aj10)
        (("What happened after the row?", "My dad took my phone. I shoved him into the wall."),
         "abuse_or_neglect", "endorsed"),
        # (an adult partner is no dependent: "I slapped my wife." is harm to others only since
        # the fifty-fourth pass, as the labels of bi and bj file it)
        (("What happened on Friday?", "I slapped my wife. I'm ashamed of it."),
         "harm_to_others", "endorsed"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # examples the clinician gives after a question are no answer (aj07)
        (("Any hurting yourself? Some people pick or burn or cut themselves.", "No, never."),
         "self_harm"),
        (("And when the stress peaks? Lots of students scratch or hit themselves.", "No. I bite "
          "my nails, that's all."), "self_harm"),
        # life somewhere, a poison that is a chore, a burn or cut by accident
        (("How is it?", "I'm tired of life in the city."), "suicidal_ideation"),
        (("How is it?", "I'm sick of life as a carer."), "suicidal_ideation"),
        (("What did you do today?", "I took the weedkiller back to the shop."),
         "suicidal_ideation"),
        (("What did you do today?", "I'm thinking of taking the pesticide course."),
         "suicidal_ideation"),
        (("What happened to your hand?", "I cut it with a knife, opening a tin."), "self_harm"),
        (("What happened to your hand?", "I burnt it with a match, by accident."), "self_harm"),
        # a hypothetical; everyday "interfered"
        (("What would you do?", "If he hit me, I would leave."), "abuse_or_neglect"),
        (("How's sleep?", "The noise interfered with my sleep."), "abuse_or_neglect"),
        (("How's the car?", "He fiddled with the radio all the way."), "abuse_or_neglect"),
        # a boss who shouts is no screen asked
        (("How is work?", "My manager shouts at me in meetings."), "abuse_or_neglect"),
        # a start made again is no "Aye"; "my" before a noun; the Antabuse heard as words
        (("Do you think about ending your life?", "I, I don't know."), "suicidal_ideation"),
        (("Do you think about ending your life?", "I, um, not really."), "suicidal_ideation"),
        (("How is home?", "My brother did want to hurt him, not me."), "harm_to_others"),
        (("That's where the ant abuse comes in.", "I, the ant abuse."), "abuse_or_neglect"),
        (("And the anti abuse tablets?", "Yes, every morning."), "abuse_or_neglect"),
        # a sibling fight; an act in delirium, in hospital
        (("What happened?", "I shoved my brother, he shoved me back."), "abuse_or_neglect"),
        (("What do you remember?", "My mum told me I bit her on the ward."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


def _heard(*said: tuple[str, float, float, str]) -> set[tuple[str, str]]:
    from localnotes.notes.extract import extract
    from localnotes.types import Segment

    segs = [Segment(a, b, text, who) for text, a, b, who in said]
    return {(r.kind, r.status) for r in extract(segs).risk}


def test_a_sentence_cut_by_speaker_attribution_is_one_sentence() -> None:
    # aj13 spoken: the speaker changed at "with", with no pause (a diarization seam)
    said = (
        ("When I was about nine, he used to mind us.", 0.0, 3.0, "speaker 1"),
        ("He interfered with", 3.0, 4.2, "speaker 1"),
        ("me for about two years.", 4.2, 5.8, "speaker 2"),
    )
    assert ("abuse_or_neglect", "endorsed") in _heard(*said)


def test_a_turn_after_a_pause_is_not_joined() -> None:
    # a pause between the two: another speaker's turn, not the end of the sentence
    paused = (("He interfered with", 0.0, 1.2, "speaker 1"), ("me too.", 2.0, 2.8, "speaker 2"))
    assert ("abuse_or_neglect", "endorsed") not in _heard(*paused)


#: everyday answers that start with words a yes may start with ("Lately", "Maybe", "I do") and
#: go on about something else, or end in a no (a probe written in the thirty-first pass: 21 of
#: these 31 were read as a yes before)
EVERYDAY_ANSWERS = (
    "Lately I've been sleeping better, to be fair.",
    "Recently things have picked up at work.",
    "Often I just feel tired, that's all.",
    "Probably not, no.",
    "Maybe I'm just stressed about money.",
    "Once the baby sleeps I'm fine.",
    "Most days are okay now.",
    "It's been a long year.",
    "I guess I'm just worn out.",
    "A little tired, that's all.",
    "I think so much about work that I can't switch off.",
    "More than anything I want to sleep a full night.",
    "There have been hard days, but never that.",
    "I've had a lot on my plate.",
    "Twice a week I go to the gym, it helps.",
    "Completely out of the question.",
    "They come and ask me that at every appointment. No.",
    "Kind of a silly question, no.",
    "I do worry about my mum.",
    "I did think about moving back home.",
    "I had a rough patch after the move, but nothing like that.",
)


@ROLES
@pytest.mark.parametrize("answer", EVERYDAY_ANSWERS)
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Have you had any thoughts of ending your life?", "suicidal_ideation"),
        ("Have you ever hurt yourself on purpose?", "self_harm"),
        ("Is anyone at home hurting you?", "abuse_or_neglect"),
    ],
)
def test_an_everyday_answer_is_no_yes(question: str, kind: str, answer: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the same first words, and the thing asked told after them
        (("Any thoughts of ending your life?", "Lately I think about it most nights."),
         "suicidal_ideation"),
        (("Any thoughts of hurting anyone?", "Some days I want to smash his windscreen in."),
         "harm_to_others"),
        (("Are you thinking about being dead?", "I guess I am."), "suicidal_ideation"),
        (("Any thoughts of not wanting to be here?", "Most days I'd rather not wake up."),
         "suicidal_ideation"),
        (("Any thoughts of ending your life?", "Maybe. The thoughts come at night."),
         "suicidal_ideation"),
        (("Any thoughts of not being here?", "Some days I think, what's the use of me."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_a_yes_that_goes_on_stays_a_yes(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


#: yeses said as people say them (a probe written in the thirty-first pass: 16 of these 33 were
#: read as nothing before, and "Yes and no." as a denial)
EVERYDAY_YESES = (
    "More than I'd like to admit.",
    "It's crossed my mind.",
    "Now and again.",
    "The odd time.",
    "I won't say no.",
    "If I'm honest, yeah.",
    "Mm-hm.",
    "Honestly, more than ever.",
    "Since Christmas, on and off.",
    "Some.",
    "In the dark moments.",
    "When it's bad.",
    "When I'm drinking.",
    "Only at night.",
    "The thought's there.",
    "Yes and no.",
    "I can't say I haven't.",
    "I'd be lying if I said I hadn't.",
    "They've been worse this week.",
    "Ja, sometimes.",
    "A fair bit, yeah.",
    "Not a day goes by.",
)


@ROLES
@pytest.mark.parametrize("answer", EVERYDAY_YESES)
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Have you had any thoughts of ending your life?", "suicidal_ideation"),
        ("Have you hurt yourself on purpose lately?", "self_harm"),
        ("Do you get urges to hurt him?", "harm_to_others"),
    ],
)
def test_an_everyday_yes_is_a_yes(question: str, kind: str, answer: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "When I'm with the kids, no.",
        "If I'm honest, no.",
        "Truthfully? Never.",
        "Since the new job, not at all.",
        "Mm, no.",
        "They've been kind to me.",
    ],
)
def test_the_same_forms_with_a_no_are_no_yes(answer: str, roles: bool) -> None:
    said = found("Have you had any thoughts of ending your life?", answer, roles=roles)
    assert ("suicidal_ideation", "endorsed") not in said


def _probe(name: str) -> list[tuple[str, str]]:
    """(kind, text) of a probe's lines, "kind|text"."""
    return [
        (kind, text)
        for kind, _, text in (line.partition("|") for line in PROBES[name].strip().splitlines())
    ]


#: probes of the thirty-first pass: questions answered "Yes." and statements told unasked, in
#: everyday words (the first of each fixed, the second written after and measured before fixing)
PROBES = {
    "questions": """
suicidal_ideation|Have things ever got so bad you thought about ending it all?
suicidal_ideation|Does it ever get to the point where you don't want to be here anymore?
suicidal_ideation|Have you had any dark thoughts, like not wanting to go on?
suicidal_ideation|Do you sometimes think your family would be better off without you?
self_harm|Have you ever deliberately injured yourself?
self_harm|Any burning or scratching?
harm_to_others|Have you been violent towards anyone recently?
harm_to_others|Have you felt like harming your baby?
harm_to_others|Have you threatened anyone?
harm_to_others|Do you ever get into fights?
abuse_or_neglect|Were you ever hit as a child?
abuse_or_neglect|Does anyone control where you go or who you see?
abuse_or_neglect|Does he ever push or shove you?
""",
    "statements": """
suicidal_ideation|I just want it all to stop, for good.
suicidal_ideation|I stood on the platform and thought about stepping off.
suicidal_ideation|I can't see a way out except to end it.
suicidal_ideation|There's a rope in the garage and I keep thinking about it.
suicidal_ideation|Last week I took all my tablets at once.
suicidal_ideation|Part of me wants to just disappear for good.
suicidal_ideation|I sat in the car with the engine running in the garage.
self_harm|I punched the wall on purpose to feel something.
harm_to_others|I lost it and hit my flatmate.
abuse_or_neglect|The kids have been left on their own all weekend.
abuse_or_neglect|She screams at me and throws things at me.
""",
}


@ROLES
@pytest.mark.parametrize(("kind", "question"), _probe("questions"))
def test_a_question_in_everyday_words_is_asked(kind: str, question: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(("kind", "text"), _probe("statements"))
def test_a_statement_in_everyday_words_is_told(kind: str, text: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("I injured myself playing rugby.", "self_harm"),
        ("I want the noise upstairs to stop, for good.", "suicidal_ideation"),
        ("The kids were left on their own with their gran for an hour.", "abuse_or_neglect"),
        ("The boys got into fights at school.", "harm_to_others"),
        ("I pushed and shoved my way to the front.", "abuse_or_neglect"),
        ("I wrote a note to the school in case he is late.", "suicidal_ideation"),
        ("He's controlling where the money goes, for the business.", "abuse_or_neglect"),
    ],
)
def test_the_same_words_of_everyday_things_are_not_told(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found("How have things been?", text, roles=roles)


@pytest.mark.parametrize(
    "text", ["I wrote letters to the kids, in case.", "I've started giving my things away."]
)
def test_warning_signs_are_left_to_read(text: str) -> None:
    from localnotes.notes.risk_vocabulary import kinds_in

    assert "suicidal_ideation" in kinds_in(text)


#: noes said as people say them (two probes of the thirty-first pass: 10 of the first 33 and 4
#: of the second 20, written before its fix, were read as nothing; none as a yes)
EVERYDAY_NOES = (
    "That's not me.",
    "I couldn't do that to my kids.",
    "Can't say I have.",
    "Hand on heart, no.",
    "Na.",
    "Nee.",
    "Hapana.",
    "Don't think so.",
    "I'd say no.",
    "Not my thing.",
    "Not a chance.",
    "Doubt it.",
    "I'm too much of a coward for that, no.",
    "Nothing of the sort.",
)


@ROLES
@pytest.mark.parametrize("answer", EVERYDAY_NOES)
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Have you had any thoughts of ending your life?", "suicidal_ideation"),
        ("Is anyone at home hurting you?", "abuse_or_neglect"),
    ],
)
def test_an_everyday_no_is_a_denial(question: str, kind: str, answer: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, "denied") in said and (kind, "endorsed") not in said


def test_a_statement_that_starts_with_cant_is_no_question() -> None:
    from localnotes.notes.sentences import split
    from localnotes.types import Segment

    said = split([Segment(0.0, 2.0, "Can't say I have. Can't sleep either. Can you?", None)])
    assert [s.is_question for s in said] == [False, False, True]


#: told of others, of a topic, of what one would do, or denied: never the speaker's endorsement
#: (a probe of 20 such statements in the thirty-first pass: one, the article, was read as one)
NOT_THE_SPEAKERS = (
    "My friend tried to kill herself last year.",
    "I worry my son might hurt himself.",
    "My brother used to cut.",
    "The film was about a man who wanted to die.",
    "I read an article about self-harm in teenagers.",
    "We watched a documentary on suicide at school.",
    "If I ever felt suicidal, I'd call you.",
    "My mum took an overdose when I was ten.",
    "He said he wanted to kill himself, so I called 999.",
    "I would never hurt my kids.",
    "I'm not suicidal, I'm just tired.",
    "I've never hit anyone in my life.",
    "Nobody has ever laid a finger on me.",
    "I have no plans to hurt myself.",
)


@ROLES
@pytest.mark.parametrize("text", NOT_THE_SPEAKERS)
def test_what_is_not_the_speakers_is_not_endorsed(text: str, roles: bool) -> None:
    assert not any(s == "endorsed" for _, s in found("How have things been?", text, roles=roles))


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # from a third probe, written blind by a helper and measured before these fixes
        (("When it gets too much, do you ever take it out on yourself physically?", "Yes."),
         "self_harm", "endorsed"),
        (("Do you ever think about getting back at him, you know, physically?", "Yes."),
         "harm_to_others", "endorsed"),
        (("Have the kids gone without meals because it all got too much?", "Yes."),
         "abuse_or_neglect", "endorsed"),
        (("Does your daughter take your money or stop you from seeing people?", "Yes."),
         "abuse_or_neglect", "endorsed"),
        (("How have things been?", "I slipped up and cut on Friday."), "self_harm", "endorsed"),
        (("How have things been?", "There are new cuts on my leg, I did them myself."),
         "self_harm", "endorsed"),
        (("How have things been?", "I keep thinking about going round there with a bat."),
         "harm_to_others", "endorsed"),
        (("How have things been?", "He gets handy with me after the pub."), "abuse_or_neglect",
         "endorsed"),
        (("How have things been?", "I left the kids home alone overnight twice."),
         "abuse_or_neglect", "endorsed"),
        (("How have things been?", "She reads my texts and won't let me have a bank account."),
         "abuse_or_neglect", "endorsed"),
        (("Any thoughts of ending your life?", "I'm ashamed to say it, but yes."),
         "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "Mm-hm, yeah."), "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "Ha, no, I've no time for that."),
         "suicidal_ideation", "denied"),
        # the means the question named, said back: a yes (d12)
        (("Have you thought about ending your life with the tablets?", "I have thought about "
          "the tablets."), "suicidal_ideation", "endorsed"),
    ],
)  # fmt: skip
def test_found_from_the_third_probe(
    turns: tuple[str, ...], kind: str, status: str, roles: bool
) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I was scared he'd hit me, but he never did.",
        "I was afraid I'd end up suicidal, but I never did.",
        "We had a training day at work on spotting abuse in care homes.",
        "Sometimes the kids drive me round the bend.",
        "I had a lovely weekend actually, we went to the lakes.",
    ],
)
def test_no_endorsement_from_the_third_probe(text: str, roles: bool) -> None:
    said = found("Any thoughts of ending your life, or is anyone hurting you?", text, roles=roles)
    assert not any(s == "endorsed" for _, s in said)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # aj's written denials: "on purpose" is no idiom's object; a no as how long ago; an accident
        (("Any scratching, burning, overdosing on purpose?", "No."), "self_harm"),
        (("Any scratching, burning, overdosing on purpose?", "No."), "suicidal_ideation"),
        (("Any hurting yourself, like you used to?", "Not for ages."), "self_harm"),
        (("Do you ever hurt yourself?", "Not on purpose. I bruise easily."), "self_harm"),
        (("At home, any harm to you, or you to them?", "No, none."), "abuse_or_neglect"),
        (("At home, any harm to you, or you to them?", "No, none."), "harm_to_others"),
    ],
)  # fmt: skip
def test_denied_in_everyday_forms(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    said = found(*turns, roles=roles)
    assert (kind, "denied") in said and (kind, "endorsed") not in said


def test_an_overdose_on_something_else_is_still_an_idiom() -> None:
    assert not any(
        s == "endorsed" for _, s in found("How was the weekend?", "I overdosed on box sets.")
    )
