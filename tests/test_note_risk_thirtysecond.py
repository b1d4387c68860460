"""Risk rules of issue 17's thirty-second pass, from the misses of the blind set ak01-ak22 (read
after it was measured blind five times), each in wordings of its own with and without speaker
labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # not being in the picture, wished or wondered (ak01)
        (("How have you been?", "Some nights I think, what if I just wasn't in the picture."),
         "suicidal_ideation", "endorsed"),
        (("How have you been?", "They'd all be better off if I was out of the picture."),
         "suicidal_ideation", "endorsed"),
        (("How's the mood?", "Sometimes I wonder, what if I just wasn't around any more."),
         "suicidal_ideation", "endorsed"),
        # a part of the question denied, then "but" and the rest told (ak01)
        (("Any thoughts of not being around, or of ending your life?", "Not ending it. But I've "
          "had the thought, like, what if I just wasn't here."), "suicidal_ideation", "endorsed"),
        # a no now, and later in the same turn a yes for a time before (ak02)
        (("Have you hurt anyone?", "No. I've settled down a lot. But years ago, yeah."),
         "harm_to_others", "endorsed"),
        (("Any thoughts of ending your life?", "Not now. Back in my twenties, yes."),
         "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "No. When I was younger, yeah."),
         "suicidal_ideation", "endorsed"),
        (("Any thoughts of ending your life?", "No. When I was younger, yeah."),
         "suicidal_ideation", "denied"),
        # someone put through a window (ak02)
        (("What happened that night?", "I put a bloke through the window of the pub."),
         "harm_to_others", "endorsed"),
        (("And before that?", "I chucked a fella through the shop front."), "harm_to_others",
         "endorsed"),
        # "us" for "me" after what voices tell; a weapon taken round (ak03)
        (("What do the voices say?", "They keep telling us to stab him."), "harm_to_others",
         "endorsed"),
        (("What did you do?", "I went round with a knife. Stood at his door."), "harm_to_others",
         "endorsed"),
        # less than it was, still there (ak03)
        (("Is the urge to hurt him still there?", "Not like it was."), "harm_to_others",
         "endorsed"),
        (("Any urge to hurt her?", "Not as strong as it was."), "harm_to_others", "endorsed"),
        # a finger laid on someone, denied (ak06)
        (("Is anyone hurting her, or you?", "She's my world. Nobody lays a finger on her."),
         "abuse_or_neglect", "denied"),
        # a lethal means held and "it" thought of (ak08)
        (("What happened in March?", "I sat in the garage with my dad's shotgun for a while. "
          "Thinking about doing it."), "suicidal_ideation", "endorsed"),
        (("What happened?", "I stood at the edge of the quarry, thinking about doing it."),
         "suicidal_ideation", "endorsed"),
        # a strap or a stick used on someone; flogged (ak10)
        (("What happens when you fail?", "He used the belt on me. On my legs."),
         "abuse_or_neglect", "endorsed"),
        (("And your mum?", "Mum used the slipper on us."), "abuse_or_neglect", "endorsed"),
        (("What did your teacher do?", "He flogged me in front of the class."),
         "abuse_or_neglect", "endorsed"),
        (("What did you do?", "I flogged her with a cane."), "harm_to_others", "endorsed"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a picture, literally; someone else not in it; a "what if" of another matter
        (("How was the wedding?", "I wasn't in the picture, I was taking it."),
         "suicidal_ideation"),
        (("And your dad?", "He wasn't in the picture when I was growing up."),
         "suicidal_ideation"),
        (("What worries you?", "What if I wasn't here when she called?"), "suicidal_ideation"),
        # a note or a brick through a window; a hammer for a job; another's bat
        (("What did you do?", "I put a note through the door."), "harm_to_others"),
        (("What happened?", "Someone put a brick through the window."), "harm_to_others"),
        (("What did you do?", "I went round with the hammer fixing the fence."), "harm_to_others"),
        # what the teacher told "us", the class
        (("What did the teacher say?", "She told us to hit the books."), "harm_to_others"),
        # "flog" for "sell"; a belt on trousers; the book thrown, a saying
        (("What did you do?", "I flogged my old car."), "harm_to_others"),
        (("What's he like?", "He used the belt on his trousers, not his braces."),
         "abuse_or_neglect"),
        (("What about the landlord?", "Then yes. Before he throws the book at me."),
         "abuse_or_neglect"),
        # a means for a job, or "it" another thing
        (("What did you do on the farm?", "I sat in the shed with the rifle cleaning it, "
          "thinking about doing the fences."), "suicidal_ideation"),
        (("And the pills?", "I had the tablets in my bag. I was thinking about it, the side "
          "effects."), "suicidal_ideation"),
        # a yes for another person's past
        (("Any thoughts of ending your life?", "No. My friend, years ago, yeah."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


def test_a_late_yes_does_not_answer_past_a_sentence_that_tells() -> None:
    """With no speaker labels (ak06): the answer tells a denial in a sentence of its own, and the
    "Yeah." after the clinician's next words is no yes to the question."""
    said = found(
        "Is anyone hurting her, or you?",
        "She's my world. Nobody lays a finger on her. Me least of all.",
        "Good. Ring me if anything changes.",
        "Yeah. Alright.",
        roles=False,
    )
    assert ("abuse_or_neglect", "endorsed") not in said
    assert ("abuse_or_neglect", "denied") in said


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # the fourth probe's misses (issue 17's thirty-second pass), each in other words:
        # a death asked of God; an end said as what one will do, after a condition with no comma
        (("How are you sleeping?", "Every night I pray the good Lord takes me home."),
         "suicidal_ideation"),
        (("How have things been?", "If the pain doesn't ease im gonna end it."),
         "suicidal_ideation"),
        # harm taken out on one's body; a head banged off a wall till it hurts; "mi" for "my"
        (("And when it's too much?", "I take it out on my own body."), "self_harm"),
        (("What do you do then?", "I bang my head off the wall until it hurts."), "self_harm"),
        (("What happened?", "Mi cut up mi leg on Sunday."), "self_harm"),
        # an overdose told by its amount (reported as ideation, see the module)
        (("What happened on Friday?", "I swallowed a handful of my mum's painkillers."),
         "suicidal_ideation"),
        # people one wants to hurt, unnamed; "do him in"; a face "smashed in"; one's missus
        (("Anyone in particular?", "There's someone at work I'd like to physically hurt."),
         "harm_to_others"),
        (("And when you see him?", "I'll find him and do him in."), "harm_to_others"),
        (("How's work?", "Some days I want to kick my manager's head in."), "harm_to_others"),
        (("What happened on Friday?", "I hit my missus, first time ever."), "harm_to_others"),
        (("What are you planning?", "I've been planning how I'd hurt the bloke who did it."),
         "harm_to_others"),
        (("What happened?", "I smacked my daughter so hard she fell over."), "harm_to_others"),
        # a carer's neglect; pay taken by a partner
        (("How are the carers?", "The carers left mum sat in her own mess all morning."),
         "abuse_or_neglect"),
        (("And money?", "My husband has all my pension and gives me pocket money."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_colloquial_risk_is_told(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Do you ever find yourself hoping the Lord will take you?", "suicidal_ideation"),
        ("Do you ever take it out on your body, when it's too much?", "self_harm"),
        ("Is there anyone out there you want to hurt?", "harm_to_others"),
        ("Do the carers ever not give you your tablets?", "abuse_or_neglect"),
        # the question heard with no stop: what others feel, then asked of the listener
        ("lots of new dads think about ending it have you felt like that", "suicidal_ideation"),
    ],
)
def test_colloquial_questions_are_asked(question: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("God will take care of me.", "suicidal_ideation"),
        ("I'm going to end it with him this weekend.", "suicidal_ideation"),
        ("I took a load of paracetamol for the flu.", "suicidal_ideation"),
        ("I do the washing in two lots now.", "harm_to_others"),
        ("I do them in the dosette box on Sundays.", "harm_to_others"),
        ("This job does me in.", "harm_to_others"),
        ("I bang my head off the cupboard when I stand up, till it hurts.", "self_harm"),
        ("I run till it hurts.", "self_harm"),
        ("He keeps my bank card safe for me.", "abuse_or_neglect"),
        ("My grandad was beaten as a boy at the school.", "abuse_or_neglect"),
        ("The documentary was about a girl who was abused by her coach.", "abuse_or_neglect"),
        ("There's no one at work I'd like to physically hurt.", "harm_to_others"),
    ],
)
def test_the_same_words_otherwise_are_not_told(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer", ["Since the stroke I can't do much for myself.", "Since the move, I sleep badly."]
)
def test_a_time_that_starts_another_matter_is_no_yes(answer: str, roles: bool) -> None:
    said = found("Have you had any thoughts of ending your life?", answer, roles=roles)
    assert ("suicidal_ideation", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # left from the thirty-first pass's probes: hair pulled till it bleeds; a threat said to
        # the one threatened, with "if" after it (not the saying "I'll kill him if he ...")
        (("How are you coping?", "I pull out my eyelashes until they bleed."), "self_harm",
         "endorsed"),
        (("What did you say?", "I told her I'd kill her if she set foot in the house again."),
         "harm_to_others", "endorsed"),
        # a yes turned round stays a yes: "Only when ... do I think about it." (a guard for the
        # rule that "Only when I'm tired do I cry." is no yes)
        (("Any thoughts of ending your life?", "Only when I'm drinking do I think about it."),
         "suicidal_ideation", "endorsed"),
    ],
)  # fmt: skip
def test_left_from_the_last_probes(
    turns: tuple[str, ...], kind: str, status: str, roles: bool
) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("How are the kids?", "I pull my hair out over them."), "self_harm"),
        (("And the cake?", "I'll kill him if he eats my cake."), "harm_to_others"),
        (("Any thoughts of ending your life?", "Only when I'm tired do I cry."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_left_from_the_last_probes_not_endorsed(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # as speech recognition heard ak's turns: "bang" heard "bane"; a strap's name misheard;
        # what-if with no stop after it; a lethal means told in one run-on sentence
        (("What happens when you're upset?", "I bane my head on the wall, like hard."),
         "self_harm"),
        (("What did he do?", "He used the sjambock on me, on my back and legs."),
         "abuse_or_neglect"),
        (("Thoughts of ending your life?", "Not ending it, but I've had this thought like what "
          "if I just wasn't here my kids would be fine"), "suicidal_ideation"),
        (("Where are things with that?", "I sat in the car with the hose for, I don't know, an "
          "hour, thinking about doing it, then went in. My brother's got the hose now at his "
          "place."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_spoken_forms_of_ak(turns: tuple[str, ...], kind: str) -> None:
    for roles in (True, False):
        assert (kind, "endorsed") in found(*turns, roles=roles)


@pytest.mark.parametrize(
    "text",
    [
        "She used the sun cream on me, on my back and arms.",
        "He used the scanner on me, on my back.",
    ],
)
def test_a_cream_used_on_one_is_no_abuse(text: str) -> None:
    assert ("abuse_or_neglect", "endorsed") not in found("How was the beach?", text)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # asked of a couple, and of someone cared for (ak09, ak19's written denials)
        (("Has either of you ever shoved or scared the other one?", "No, never."),
         "abuse_or_neglect", "denied"),
        (("Is anybody unkind to you at home, or taking advantage?", "No, they're good to me."),
         "abuse_or_neglect", "denied"),
        (("And at the home?", "Nobody's ever cruel to me."), "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_asked_in_plain_words(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    ["My boss is nasty with me.", "He took advantage of the sale.", "We scared the other team."],
)
def test_plain_words_otherwise_are_not_abuse(text: str, roles: bool) -> None:
    assert not any(k == "abuse_or_neglect" for k, _ in found("How's work?", text, roles=roles))


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a question one asks oneself, heard with a question mark (ak01 spoken)
        (
            "Any thoughts of not being around?",
            "Not ending it, but I've had this thought, like, what if I just wasn't here?",
            "My sister would cope.",
        ),
    ],
)
def test_a_question_one_asks_oneself_is_told(turns: tuple[str, ...], roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize("answer", ["God forbid.", "Heaven forbid, no, I've my grandkids."])
def test_god_forbid_is_a_no(answer: str, roles: bool) -> None:
    said = found("Have you had thoughts of ending your life?", answer, roles=roles)
    assert ("suicidal_ideation", "denied") in said
    assert ("suicidal_ideation", "endorsed") not in said


@ROLES
def test_a_question_heard_without_its_mark_and_its_has(roles: bool) -> None:
    """ak21 spoken: "has" heard as "as", whom it is about said first, no question mark."""
    said = found(
        "The kids, as he ever hit the kids, or left them without food.",
        "No, he has never touched them.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "denied") in said


def test_a_topic_said_first_without_a_comma_is_no_question() -> None:
    from localnotes.notes.sentences import Sentence

    def asks(text: str) -> bool:
        return Sentence(0, 0, 0, text, 0.0, 1.0, None, None).is_question

    assert not asks("The children do well at school.")
    assert not asks("As he ever said, it is fine here")  # no question
    assert asks("The children, has he ever hurt them")


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "I've been planning how I'd do it.",
        "I know how I'd do it.",
        "I've got it all worked out.",
        "I looked up how to do it.",
    ],
)
def test_a_plan_told_as_the_answer_is_a_yes(answer: str, roles: bool) -> None:
    said = found("Do you think about suicide?", answer, roles=roles)
    assert ("suicidal_ideation", "endorsed") in said


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["No. I wouldn't even know how I'd do it.", "I've been planning how to do the garden."],
)
def test_a_plan_of_something_else_or_denied_is_no_yes(answer: str, roles: bool) -> None:
    said = found("Any thoughts of ending your life?", answer, roles=roles)
    assert ("suicidal_ideation", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Not really. But sometimes, yeah.",
        "No. Well, now and then.",
        "Not a plan, no. But the thoughts are there.",
    ],
)
def test_a_no_turned_round_in_the_same_turn_is_a_yes(answer: str, roles: bool) -> None:
    said = found("Any thoughts of ending your life?", answer, roles=roles)
    assert ("suicidal_ideation", "endorsed") in said


@ROLES
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Any thoughts of ending your life?", "No. But I do worry about my mum."),
        ("Any thoughts of ending your life?", "No, no. But sometimes I get really low."),
        ("Any thoughts of hurting anyone else?", "No. Only the pain."),
        ("Any plan or intent to end your life?", "No. I wouldn't. But the thought's there."),
    ],
)
def test_a_no_with_another_matter_or_a_limit_stays_a_no(
    question: str, answer: str, roles: bool
) -> None:
    said = found(question, answer, roles=roles)
    assert not any(s == "endorsed" for _, s in said)


def test_a_later_yes_is_read_only_in_the_same_turn_without_labels() -> None:
    said = found("Is anyone at home hurting you?", "No.", "Okay. Shall we go on?", "Yeah.",
                 roles=False)  # fmt: skip
    assert ("abuse_or_neglect", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "question", ["You ever feel like hurting him", "Right, do you ever feel like hurting him"]
)
def test_a_question_heard_with_its_do_dropped(question: str, roles: bool) -> None:
    assert ("harm_to_others", "denied") in found(question, "No, never.", roles=roles)


def test_you_ever_is_a_question_only_before_a_verb_of_asking() -> None:
    from localnotes.notes.sentences import Sentence

    def asks(text: str) -> bool:
        return Sentence(0, 0, 0, text, 0.0, 1.0, None, None).is_question

    assert asks("You ever get those thoughts")
    assert not asks("You ever so slightly raised your voice there")
    assert not asks("You were right")


@ROLES
@pytest.mark.parametrize(
    "question",
    [
        "At home, has anyone hurt Maya or you?",
        "Is anyone at home ever violent with you?",
        "Is he ever frightening to you?",
        "Has your partner ever smacked the kids?",
        "Is anybody treating your dad badly?",
    ],
)
def test_abuse_asked_of_someone_at_home(question: str, roles: bool) -> None:
    assert ("abuse_or_neglect", "denied") in found(question, "No, never.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    ["You said the bouncer was rough with you.", "Was the coach rough with you at training?"],
)
def test_rough_handling_outside_home_is_not_asked_as_abuse(text: str, roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") not in found(text, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("A wish to be dead, or thoughts of doing something?", "The first. I'd never do "
          "anything."), "suicidal_ideation"),
        (("How have things been?", "Some nights I wish I wouldn't wake up. But I wouldn't do "
          "anything about it."), "suicidal_ideation"),
        (("And him?", "I think about battering him. I'd never act on it, though."),
         "harm_to_others"),
    ],
)  # fmt: skip
def test_the_act_disowned_beside_a_thought_is_a_denial_too(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    said = found(*turns, roles=roles)
    assert (kind, "endorsed") in said and (kind, "denied") in said


@ROLES
def test_no_denial_of_acting_without_a_thought_endorsed(roles: bool) -> None:
    said = found("How's work?", "I wouldn't do anything to upset my boss.", roles=roles)
    assert not any(k == "suicidal_ideation" for k, _ in said)


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "status"),
    [
        ("Is that a wish to be dead, or thoughts of ending your life?", "The first one.",
         "endorsed"),
        ("A wish to die, or a plan to end your life?", "More the latter, I guess.", "endorsed"),
        ("Do you mean that as a feeling, or did you think about hurting him?", "The first.",
         "denied"),
    ],
)  # fmt: skip
def test_an_option_picked_by_its_place(
    question: str, answer: str, status: str, roles: bool
) -> None:
    said = found(question, answer, roles=roles)
    kind = "harm_to_others" if "him" in question else "suicidal_ideation"
    assert (kind, status) in said
    assert (kind, "endorsed" if status == "denied" else "denied") not in said


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # from aj's and ah's spoken turns (tuned): a saying retold, then the real question
        (("You told me you could've strangled him, any thoughts of actually hurting anyone?",
          "No, never."), "harm_to_others", "denied"),
        # an interjection before "Aye" heard as "I"
        (("Do you ever feel you could hurt the kids?", "Eh, I, no, never."), "harm_to_others",
         "denied"),
        # the two-way question heard with no mark
        (("And at home, any harm to you or you to them.", "No, we're good."),
         "abuse_or_neglect", "denied"),
        # "has" heard as "as" before "ever lashed out"
        (("As he ever lashed out at the carers", "No."), "harm_to_others", "denied"),
    ],
)  # fmt: skip
def test_spoken_forms_of_aj_and_ah(
    turns: tuple[str, ...], kind: str, status: str, roles: bool
) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
def test_a_saying_checked_is_still_no_question_of_its_words(roles: bool) -> None:
    said = found(
        "When you say you wanted to die, was that a figure of speech, or real thoughts?",
        "Just a figure of speech.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") not in said
