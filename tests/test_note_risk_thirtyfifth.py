"""Risk rules of issue 17's thirty-fifth pass, from the misses of the blind set ap01-ap22 (read
after it was measured blind in the thirty-fourth pass) and of the probe p8 (read after two passes
blind), each in wordings of its own with and without speaker labels, and everyday sentences with
the same words, which must not be read so."""

from __future__ import annotations

import pytest

from localnotes.notes import risk_review
from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a thought of the act, built from parts: ending it; traffic; a vehicle into something
        ((_HOW, "Honestly I've thought about just ending it."), "suicidal_ideation"),
        ((_HOW, "I keep thinking about stepping out in front of a lorry."), "suicidal_ideation"),
        ((_HOW, "I wanted to walk into the river and keep going."), "suicidal_ideation"),
        ((_HOW, "Driving back I thought about steering the van into a pillar."),
         "suicidal_ideation"),
        # the act, then what it was for, as a sentence of its own
        ((_HOW, "I thought I could just drive off the road at the bend. So it all ends."),
         "suicidal_ideation"),
        ((_HOW, "I had the urge to run the car into the quarry. Like, end it."),
         "suicidal_ideation"),
        ((_HOW, "I held my hand against the iron. On purpose."), "self_harm"),
        ((_HOW, "Last week I pressed my wrist on the hob, deliberately."), "self_harm"),
        # a sleep with words between, a wish not to have woken
        ((_HOW, "Sometimes I want to lie down in the snow and not wake up."),
         "suicidal_ideation"),
        ((_HOW, "Most days I wish I'd never woken up at all."), "suicidal_ideation"),
        # "meself"
        ((_HOW, "I did it to punish meself. I cut meself on the arm."), "self_harm"),
        # harm to others and abuse in forms no list had named
        ((_HOW, "When the baby won't settle at 3am I feel like shaking him."), "harm_to_others"),
        ((_HOW, "I dreamt about burning the garage down with him inside it."), "harm_to_others"),
        (("Has he ever got handy with you?", "He gets handy when the football's lost."),
         "abuse_or_neglect"),
        (("Does she stop you from seeing your friends?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "Some weeks I can't feed the children properly, I just can't get up."),
         "abuse_or_neglect"),
        (("Have you been physically aggressive towards anyone?", "Yes."), "harm_to_others"),
        (("The head-banging against the door, is it still going on?", "Yes."), "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        ((_HOW, "I thought about ending it with him, but we talked."), "abuse_or_neglect"),
        ((_HOW, "I nearly drove into a tree on the black ice, gave me a fright."),
         "suicidal_ideation"),
        ((_HOW, "It was so hot I just wanted to jump in the lake."), "suicidal_ideation"),
        ((_HOW, "I wanted to go to the match. It's over now anyway."), "suicidal_ideation"),
        ((_HOW, "We were head-banging at the gig all night."), "self_harm"),
        ((_HOW, "My mum stops me seeing my friends in the week."), "abuse_or_neglect"),
        ((_HOW, "I wish I hadn't woken up at five again."), "suicidal_ideation"),
        ((_HOW, "My husband drives me mad, I feel like shaking him some days."),
         "harm_to_others"),
        ((_HOW, "She took my phone off me in the row, then gave it back."), "abuse_or_neglect"),
        ((_HOW, "I put my hand on the stove by accident. It blistered."), "self_harm"),
        ((_HOW, "I was thinking about walking into town. So it goes."), "suicidal_ideation"),
        # a hyperbole of boredom or embarrassment, not a wish to die
        ((_HOW, "The ward is so boring I want to die."), "suicidal_ideation"),
        ((_HOW, "I was so mortified I could have died."), "suicidal_ideation"),
        ((_HOW, "He gets handy with the tools, fixed the shed."), "abuse_or_neglect"),
        ((_HOW, "My uncle gets physically aggressive with my aunt."), "harm_to_others"),
    ],
)  # fmt: skip
def test_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm so tired of it all I want to die.",
        "I was so ashamed I wanted to die.",
    ],
)
def test_meant_beside_a_hyperbole_stays(said: str, roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") in found(_HOW, said, roles=roles)


@ROLES
def test_a_risk_raised_as_a_topic_is_asked(roles: bool) -> None:
    """ "And the cutting, your mum said ...": the clinician raises it; a when answers yes, a no
    denies (ap21)."""
    raised = "So the cutting, your mum said she found marks on your arm."
    assert ("self_harm", "endorsed") in found(raised, "Since the summer. Most weeks.", roles=roles)
    said = found(raised, "No, that was an accident with the kettle.", roles=roles)
    assert ("self_harm", "endorsed") not in said


_ASKED = ("Have you had any thoughts of ending your life?", "suicidal_ideation")


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "As I told you, yes.",
        "Same as before, yeah, they come and go.",
        "Hmm, once or twice this month.",
        "Not all the time, but yeah, it happens.",
    ],
)
def test_yes_after_what_was_said_before(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["Same as before, no, none of that.", "Like I said, no.", "Not really, but yeah, I'm not."],
)
def test_no_after_what_was_said_before(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") not in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # ap's spoken turns: a purpose after a comma where no full stop was heard, "on purpose"
        # heard "unpurpose", a told-of act named back with a request to hear how it has gone
        ((_HOW, "I thought about just driving the van off the road, like, end it."),
         "suicidal_ideation"),
        ((_HOW, "I held my hand on the radiator, unpurpose, a few seconds."), "self_harm"),
        (("Last week you told me about the scratching, I'd like to hear how that's been.",
          "I did it again Sunday, with a compass, on my arm."), "self_harm"),
        # a time with the date redacted, then how often, with the means between
        (("Have you been cutting?", "Since [DATE], a blade from a pencil sharpener, most "
          "nights."), "self_harm"),
        (("Have you been cutting?", "Since [DATE], most nights."), "self_harm"),
        # a risk raised mid-sentence after what the client said, heard as one sentence
        (("Fine, I was up all night, and the cutting, your carer said there are fresh marks.",
          "Since the summer, most days."), "self_harm"),
    ],
)  # fmt: skip
def test_found_as_heard(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a saying owned as such, after a question asked without its "?" heard
        ("How is the ward?", "Honestly this place is so dull. I want to die.", "I need to ask "
         "properly, any thoughts of ending your life.", "No, doctor, just a way of saying."),
        # a saying told back, then asked about: no retelling of an act
        ("You said at the door you could throttle your manager, I have to check any thoughts of "
         "actually hurting anyone.", "No, doc, it's just how we talk."),
    ],
)  # fmt: skip
def test_sayings_as_heard_are_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("You mentioned the burning in your chest, how has that been?", "Better, the tablets."),
        ("Have you been cutting?", "Since [DATE], I've been better most days."),
        ("Have you been cutting?", "Since Easter, I stopped, most days I'm fine."),
    ],
)
def test_sensations_and_stops_are_no_yes(turns: tuple[str, ...], roles: bool) -> None:
    assert not {s for s in found(*turns, roles=roles) if s[1] == "endorsed"}


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the net's words, widened from the tuned set's endorsed statements as classes: a sentence
        # that no rule reads is still shown to the clinician as a passage of its kind
        ("Some nights I'd be fine if I never came round.", "suicidal_ideation"),
        ("I wouldn't really care if I died tonight.", "suicidal_ideation"),
        ("I just want to stop existing for a bit.", "suicidal_ideation"),
        ("I keep thinking about the rope in the shed.", "suicidal_ideation"),
        ("I worked out how many of the blue ones it would take.", "suicidal_ideation"),
        ("On the bypass I nearly put the car into the pillar.", "suicidal_ideation"),
        ("What's the point of me carrying on.", "suicidal_ideation"),
        ("When it gets bad I bite my knuckles and my fingers.", "self_harm"),
        ("I did it with a needle from Mum's kit.", "self_harm"),
        ("I scrubbed it till it was raw and bleeding.", "self_harm"),
        ("I decked him in the car park.", "harm_to_others"),
        ("I put him through the glass door of the pub.", "harm_to_others"),
        ("He used to pin me against the wall.", "abuse_or_neglect"),
        ("Since the summer my son has had my bank card.", "abuse_or_neglect"),
        ("She calls me useless in front of the kids.", "abuse_or_neglect"),
        ("Honestly I didn't want to be around after the funeral.", "suicidal_ideation"),
        ("I keep thinking how easy it would be on the cliff path.", "suicidal_ideation"),
        ("I'd tell the paramedics don't bother reviving me.", "suicidal_ideation"),
        ("He said he'd break my arms if I told anyone.", "abuse_or_neglect"),
        ("My brother threw his dinner plate at me.", "abuse_or_neglect"),
        ("I went over there with my old cricket bat.", "harm_to_others"),
    ],
)
def test_the_nets_words(text: str, kind: str) -> None:
    assert kind in risk_review.kinds_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "I took everything out of the cabinet to paint it.",
        "The bus takes me to the clinic on Tuesdays.",
        "I woke up at six, came round slowly with a coffee.",
        "We skipped the rope at the fete.",
        "I pushed the door and it stuck.",
    ],
)
def test_everyday_sentences_stay_out_of_the_net(text: str) -> None:
    assert risk_review.kinds_in(text) == ()


#: the ninth probe's unread items, read after it was measured blind three times (the thirty-fourth
#: pass's start and end, this pass's start): other wordings of the same forms
@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("A lot of people in your spot think about ending their life; has that crossed your "
          "mind?", "Yes."), "suicidal_ideation"),
        (("do you ever cut your self when it gets bad", "Yes."), "self_harm"),
        (("Have you gone back to burning since the move?", "Yes."), "self_harm"),
        (("Is there anybody you've thought about hurting?", "Yes."), "harm_to_others"),
        (("Do you worry you'll snap and hurt one of the lads at work?", "Yes."), "harm_to_others"),
        (("do you ever feel you could hurt some one when you're that angry", "Yes."),
         "harm_to_others"),
        (("Does he read your messages and control who you can see?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "My family would be better off with me gone for good."), "suicidal_ideation"),
        ((_HOW, "honestly they'd all be better off if i wasnt here"), "suicidal_ideation"),
        ((_HOW, "Some days I think, what is the use of living."), "suicidal_ideation"),
        ((_HOW, "I pressed the hot spoon on my wrist, on purpose, to feel it."), "self_harm"),
        ((_HOW, "Last night I pictured holding a pillow over his face."), "harm_to_others"),
        ((_HOW, "I want to hurt the girls who posted it."), "harm_to_others"),
        ((_HOW, "Some nights I left the kids alone to go to the pub."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_the_ninth_probes_forms(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer", ["ya, now and then this month", "Ahh, yeah, when I'm on my own.", "Yah, a bit."]
)
def test_the_ninth_probes_yeses(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], answer, roles=roles)


@ROLES
def test_the_same_answer_as_before_no(roles: bool) -> None:
    said = found(_ASKED[0], "Same answer as before - no.", roles=roles)
    assert (_ASKED[1], "denied") in said and (_ASKED[1], "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I read about a woman who took an overdose after her divorce.",
        "It knocked my self esteem, losing the job.",
        "My friend who cut herself at school is a nurse now.",
    ],
)
def test_someone_elses_or_no_ones(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


#: the yes said in the middle or at the end of an answer (written for the pass from the probe
#: brief's forms, not from any probe's items)
@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Well, it's been a hard month, and, yeah, I have.",
        "Not gonna pretend otherwise, aye.",
        "Er, to be honest, doc, yeah, now and then.",
        "Since Mum passed, more than I'd like, yeah.",
        "It's hard to say. Yeah, I guess. Mostly at night.",
        "Sadly, yeah.",
        "A wee bit, aye.",
        "They have, lately.",
        "If I'm honest with you, yes.",
    ],
)
def test_the_yes_in_the_middle(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "The kids are fine, yeah.",
        "It's hard to say. No, I guess not.",
        "Since the summer, no, not once, yeah.",
        "I was tired, yeah, but no, never that.",
        "Short, yes.",
        "A zero, yes.",
    ],
)
def test_a_yes_to_something_else_or_taken_back(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") not in found(_ASKED[0], answer, roles=roles)


#: a screen's questions in forms no cue had (the pass's own battery of 32, written for it)
@ROLES
@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Any thoughts of killing yourself at the moment?", "suicidal_ideation"),
        ("Have you been scratching your wrists again?", "self_harm"),
        ("Did you take more of the pills than you should have, on purpose?", "self_harm"),
        ("Have you got into any fights lately?", "harm_to_others"),
        ("Are the children ever left without meals?", "abuse_or_neglect"),
        ("Is anyone forcing you to do things you don't want?", "abuse_or_neglect"),
    ],
)
def test_screen_questions_answered_yes(question: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I keep scratching my legs because of the eczema.", "self_harm"),
        ("I'm killing myself at the gym every morning.", "suicidal_ideation"),
        ("The kids were left with their nan for the weekend.", "abuse_or_neglect"),
        ("I'm not going to force you to eat, but try.", "abuse_or_neglect"),
    ],
)
def test_screen_words_otherwise(said: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(_HOW, said, roles=roles)


#: statements in forms no cue had (the pass's own battery of 32, written for it; 19 read before)
@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Some days I just want it all to be over.", "suicidal_ideation"),
        ("Last night I sat on the edge of the bath and thought about taking the lot.",
         "suicidal_ideation"),
        ("There are nights I pray not to see the morning.", "suicidal_ideation"),
        ("I looked at the bridge on the way here and thought, that would be quick.",
         "suicidal_ideation"),
        ("Sometimes I pull my hair out in clumps when I'm stressed, on purpose, to feel it.",
         "self_harm"),
        ("I nearly went for him with the kitchen knife.", "harm_to_others"),
        ("I've been having urges to push people onto the tracks.", "harm_to_others"),
        ("He makes me ask for money for the shopping and checks the receipts.",
         "abuse_or_neglect"),
        ("He forced himself on me after the party.", "abuse_or_neglect"),
        ("She leaves Nan sitting in her own mess all day.", "abuse_or_neglect"),
        ("Mum's partner shouts at us and threw a shoe at my brother.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_statements_of_the_battery(said: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I want this exam to be over.",
        "The bridge was closed, it'd be quicker by train.",
        "I took the bins out on purpose to annoy him.",
        "My son threw a ball at my brother in the garden.",
        "I pray the weather holds for the wedding.",
    ],
)
def test_the_batterys_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("said", "endorsed"),
    [
        (
            "I was worried my flatmate might hit me over the rent, but she was lovely about it.",
            False,
        ),
        ("I used to think he'd hurt me, but he's never been that way.", False),
        ("I thought he'd hit me, but he's not done it since.", True),
        ("I was scared he would hurt me, and then he did.", True),
    ],
)
def test_a_fear_found_unfounded(said: str, endorsed: bool, roles: bool) -> None:
    got = ("abuse_or_neglect", "endorsed") in found(_HOW, said, roles=roles)
    assert got is endorsed


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Sometimes I feel like no one gets it.",
        "Mostly at weekends, when the kids are here, I feel happier.",
    ],
)
def test_feelings_of_another_matter_are_no_yes(answer: str, roles: bool) -> None:
    assert (_ASKED[1], "endorsed") not in found(_ASKED[0], answer, roles=roles)


@ROLES
def test_a_feeling_that_is_the_wish_stays_a_yes(roles: bool) -> None:
    said = "Sometimes I feel like I want to disappear."
    assert (_ASKED[1], "endorsed") in found(_ASKED[0], said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # two false readings found in the pass's review, older than it
        ("I keep thinking about ending it with her, we're not happy.", "suicidal_ideation"),
        ("The kids went without tea once when the power went.", "abuse_or_neglect"),
    ],
)
def test_a_relationship_ended_and_a_power_cut(said: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") not in found(_HOW, said, roles=roles)


@ROLES
def test_thoughts_of_ending_it_alone_stay(roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") in found(
        _HOW, "I've had thoughts of ending it.", roles=roles
    )
