"""Risk rules of issue 17's twentieth pass, from probes of invented sentences (none from a
dialog), with and without speaker labels: screens read aloud in their own words (ASQ, SBQ-R, HITS,
EASI) and answered on their scales ("Rarely", "Fairly often", "Very unlikely"); "Years ago, yes."
and "Not since Christmas." as a yes of the past; "Just the scratching" naming the act asked
about; a named family member who "does"; "Are you still cutting?"; plain statements (a car driven
into a wall thought of, "I overdosed", "I tried to end it", hands round one's neck, a bone broken, a
pet threatened, money taken from a purse, spat at, a partner who takes one's wages or checks one's
phone, not given enough to eat, a baby shaken, poison thought of, burns with cigarettes); and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("How often have you thought about killing yourself in the past year?",
         "Rarely, maybe once or twice.", "suicidal_ideation"),
        ("How likely is it that you will attempt suicide someday?", "Rather likely.",
         "suicidal_ideation"),
        ("How often does he insult you or talk down to you?", "Fairly often.", "abuse_or_neglect"),
        ("How often does your partner scream or curse at you?", "Rarely.", "abuse_or_neglect"),
        ("Has anyone close to you called you names or put you down or made you feel bad "
         "recently?", "My daughter does, yes.", "abuse_or_neglect"),
        ("Has anyone taken things that belong to you without your OK?", "Yes.",
         "abuse_or_neglect"),
        ("Are you afraid of anyone at home?", "My dad, when he's angry.", "abuse_or_neglect"),
        ("Has anyone ever made you have sex when you didn't want to?", "Yes.", "abuse_or_neglect"),
        ("Does anyone make you do things you don't want to do?", "My brother, sometimes.",
         "abuse_or_neglect"),
        ("Have you ever been in a relationship where you were physically hurt?",
         "Years ago, yes. With my first husband.", "abuse_or_neglect"),
        ("Do you ever feel like hurting your partner?",
         "When he winds me up, yeah, I feel like lamping him.", "harm_to_others"),
        ("Have you done anything to hurt yourself this week?",
         "Just the scratching, like before.", "self_harm"),
        ("Are you still cutting?", "Yeah, a bit.", "self_harm"),
    ],
)  # fmt: skip
def test_screens_answered_yes(question: str, answer: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("How often have you thought about killing yourself in the past year?", "Never.",
         "suicidal_ideation"),
        ("How likely is it that you will attempt suicide someday?", "Very unlikely.",
         "suicidal_ideation"),
        ("How often does he threaten you with harm?", "Never.", "abuse_or_neglect"),
        ("Has anyone taken things that belong to you without your OK?", "No, nothing like that.",
         "abuse_or_neglect"),
        ("Are you afraid of anyone at home?", "No.", "abuse_or_neglect"),
        ("Has anyone ever made you have sex when you didn't want to?", "No, never.",
         "abuse_or_neglect"),
        ("Do you ever feel like hurting your partner?", "No, never.", "harm_to_others"),
        ("Are you still cutting?", "No, not for months.", "self_harm"),
    ],
)  # fmt: skip
def test_screens_answered_no(question: str, answer: str, kind: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, "denied") in said
    assert (kind, "endorsed") not in said


@ROLES
def test_not_since_a_holiday_is_no_now_and_a_yes_before(roles: bool) -> None:
    said = found("Have you been cutting?", "Not since Christmas.", roles=roles)
    assert said == {("self_harm", "denied"), ("self_harm", "endorsed")}


@ROLES
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Sometimes on the motorway I think about just driving into a wall.", "suicidal_ideation"),
        ("I've thought about crashing the car on purpose.", "suicidal_ideation"),
        ("I overdosed in 2019, after my divorce.", "suicidal_ideation"),
        ("He put his hands round my neck.", "abuse_or_neglect"),
        ("He takes all my wages and gives me twenty pounds a week.", "abuse_or_neglect"),
        ("They don't give me enough to eat at the home.", "abuse_or_neglect"),
        ("When I'm upset I bang my head against the wall.", "self_harm"),
        ("I'm still cutting my arms most nights.", "self_harm"),
        ("I tried to end it in March.", "suicidal_ideation"),
        ("I made an attempt last year.", "suicidal_ideation"),
        ("He broke my arm last year.", "abuse_or_neglect"),
        ("He threatened to kill the dog if I left.", "abuse_or_neglect"),
        ("My carer took money from my purse.", "abuse_or_neglect"),
        ("My son shouts at me and takes my money.", "abuse_or_neglect"),
        ("I've thought about poisoning her.", "harm_to_others"),
        ("I shook the baby when she wouldn't stop crying.", "harm_to_others"),
        ("I've been burning my arms with cigarettes.", "self_harm"),
        ("He makes me have sex with him when I don't want to.", "abuse_or_neglect"),
        ("He spat at me and called me a slag.", "abuse_or_neglect"),
        ("My partner won't let me have my own bank account.", "abuse_or_neglect"),
        ("My husband checks my phone every night.", "abuse_or_neglect"),
    ],
)
def test_plain_statements(text: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found("How have things been?", text, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "I've been banging my head against the wall with this paperwork.",
        "I overdosed on chocolate at Easter.",
        "I overdosed by accident when I was using, years ago.",
        "My boss talks down to me in meetings.",
        "I feel like hurting my back again if I lift that.",
        "I'm still cutting down on the booze.",
        "I think about driving into town for the market.",
        "My son does everything for me.",
        "They don't give me enough time at the surgery.",
        "I tried to end it with him but he kept texting.",
        "I made an attempt to quit smoking.",
        "He broke my nose playing rugby.",
        "I shook my dad's hand at the funeral.",
        "I burnt my hand on the oven.",
        "My mum checks my phone every night.",
        "My brother broke my phone.",
    ],
)
def test_everyday_sentences(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("Any thoughts of suicide?", "I'd never do that.", "suicidal_ideation", "denied"),
        ("Any thoughts of suicide?", "It's not something I'd ever do.", "suicidal_ideation",
         "denied"),
        ("Any thoughts of suicide?", "Not in the slightest.", "suicidal_ideation", "denied"),
        ("Do you feel safe at home?", "Very safe.", "abuse_or_neglect", "denied"),
        ("Any thoughts of hurting anyone?", "I get angry, but I'd never act on it.",
         "harm_to_others", "denied"),
        ("Has he ever hit you?", "I'd never let him.", "abuse_or_neglect", "denied"),
        ("Are you having thoughts of ending your life?", "The odd fleeting thought.",
         "suicidal_ideation", "endorsed"),
        ("Are you having thoughts of ending your life?", "They pop into my head sometimes.",
         "suicidal_ideation", "endorsed"),
        ("Are you having thoughts of ending your life?", "Less than before.",
         "suicidal_ideation", "endorsed"),
        ("Are you having thoughts of ending your life?", "I'd be lying if I said no.",
         "suicidal_ideation", "endorsed"),
    ],
)  # fmt: skip
def test_common_answers(question: str, answer: str, kind: str, status: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, status) in said
    other = "denied" if status == "endorsed" else "endorsed"
    assert (kind, other) not in said


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("When was the last time you self-harmed?", "About two weeks ago.", "self_harm",
         "endorsed"),
        ("When did you last cut?", "Saturday.", "self_harm", "endorsed"),
        ("Any thoughts of wanting to die?", "Not wanting to die, no. Just tired.",
         "suicidal_ideation", "denied"),
        ("Does your husband ever get rough with you?", "Sometimes, when he's had a drink.",
         "abuse_or_neglect", "endorsed"),
        ("Has he ever threatened to kill you?", "He says it all the time.", "abuse_or_neglect",
         "endorsed"),
        ("Has he ever threatened to kill you?", "No, never.", "abuse_or_neglect", "denied"),
        ("Does anyone at home hit the kids?", "My partner smacks them.", "abuse_or_neglect",
         "endorsed"),
        ("Is anyone taking your money?", "My grandson. He says it's a loan.", "abuse_or_neglect",
         "endorsed"),
        ("Is anyone taking your money?", "No, my son just does my shopping.", "abuse_or_neglect",
         "denied"),
    ],
)  # fmt: skip
def test_when_who_and_what_answers(
    question: str, answer: str, kind: str, status: str, roles: bool
) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, status) in said
    other = "denied" if status == "endorsed" else "endorsed"
    assert (kind, other) not in said


@ROLES
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("When did you last cut your hair?", "Saturday."),
        ("Has anyone hurt you?", "My son takes me shopping."),
        ("Has anyone been unkind to you?", "My son takes me shopping on Fridays."),
        # told back, of someone outside the home
        ("You said the store detective was rough with you.", "Yes."),
    ],
)
def test_no_yes_in_everyday_answers(question: str, answer: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


# --- from the l-set's misses, reworded ----------------------------------------------------------


@ROLES
def test_a_long_story_that_ends_in_yes_answers_the_question(roles: bool) -> None:
    said = found(
        "Has anyone ever made you do something sexual you didn't want to?",
        "It was after the Christmas party, at his flat. I'd had a few drinks and he wouldn't take "
        "no. So. Yes.",
        roles=roles,
    )
    assert ("abuse_or_neglect", "endorsed") in said


@ROLES
def test_a_laugh_before_the_no(roles: bool) -> None:
    said = found("Is there any chance you'd hurt Steve?", "Ha. No. That's just talk.", roles=roles)
    assert ("harm_to_others", "denied") in said
    assert ("harm_to_others", "endorsed") not in said


@ROLES
def test_an_overdose_told_and_asked_about_much_later(roles: bool) -> None:
    said = found(
        "What happened on Saturday?",
        "We had a huge fight and I went upstairs and took all the co-codamol. Twenty of them.",
        "And then?",
        "My sister found me. They kept me in two nights. The nurses were kind. I didn't want to "
        "talk to anyone. I felt stupid. I still do.",
        "Has this happened before?",
        "Once, at university. Pills again.",
        roles=roles,
    )
    assert ("suicidal_ideation", "endorsed") in said
    assert len([1 for k, s in said if k == "suicidal_ideation" and s == "endorsed"]) == 1


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("Do you mean you wish you were dead?", "I'd not mind. If it came in my sleep, that'd be "
         "fine.", "suicidal_ideation", "endorsed"),
        ("How do you feel about still being here?", "I sort of wish it had worked.",
         "suicidal_ideation", "endorsed"),
        ("Do you hurt yourself in other ways?", "I scratch my legs when I'm upset.", "self_harm",
         "endorsed"),
        ("Do you hurt yourself in other ways?", "I've never cut.", "self_harm", "denied"),
        ("Is there any arguing or pushing? Do you feel safe at home?",
         "No, nothing like that. We're fine.", "abuse_or_neglect", "denied"),
        ("Do you feel safe at home?", "Honestly, not really. The roof leaks. But that's not what "
         "you mean. Yes, I feel safe.", "abuse_or_neglect", "denied"),
        ("And lately, since the summer?", "No.", "self_harm", "denied"),
        ("Have you ever hurt or threatened Sam or anyone else when you've been drinking?",
         "No. I just go to sleep.", "harm_to_others", "denied"),
        ("I'll ask your wife something later, on her own.",
         "She's never laid a finger on me, if that's what you're after.", "abuse_or_neglect",
         "denied"),
        ("Insult you or talk down to you?", "Sometimes.", "abuse_or_neglect", "endorsed"),
        ("Scream or curse at you?", "Never.", "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_l_set_shapes(question: str, answer: str, kind: str, status: str, roles: bool) -> None:
    if question.startswith("And lately"):
        said = found("Have you ever cut yourself?", "When I was twelve.", question, answer,
                     roles=roles)  # fmt: skip
    else:
        said = found(question, answer, roles=roles)
    assert (kind, status) in said
    if status == "denied" and not question.startswith("And lately"):  # (cut at twelve: a yes)
        assert (kind, "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("The last question, the one about thoughts of being better off dead or of hurting "
         "yourself. You marked it as a one.", "Yes."),
        ("How have things been?", "Mum came round and took all the paracetamol out of the house."),
        ("How have things been?", "I took all my tablets this week, like you said."),
        ("How have things been?", "I wish it had worked out with him."),
    ],
)  # fmt: skip
def test_no_self_harm_or_overdose_read(question: str, answer: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert ("self_harm", "endorsed") not in said
    if not question.startswith("The last"):
        assert not {k for k, s in said if s == "endorsed"}


# --- from the l-set's spoken transcripts (speakers unknown), reworded ---------------------------


def test_a_later_figure_of_speech_takes_back_only_its_own() -> None:
    said = found(
        "Have you had thoughts that you'd be better off dead?",
        "After the court date I sat in the car and thought, I wouldn't care if I didn't wake up.",
        "Have you had thoughts of killing yourself, or a plan?",
        "No, no plan, I'm just worn out.",
        "You said you could strangle him, is there any part of you that wants to hurt him?",
        "No, it's a saying, I'd never touch him.",
        roles=False,
    )
    assert ("suicidal_ideation", "endorsed") in said


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "Some nights, if this is my life now, I'd rather not be here, I wouldn't do anything.",
        "If nothing changes, I don't want to be alive.",
        "If it's going to stay like this, I'd rather be dead.",
    ],
)
def test_a_condition_that_is_how_things_are(text: str, roles: bool) -> None:
    assert ("suicidal_ideation", "endorsed") in found("How are you?", text, roles=roles)


@ROLES
def test_a_condition_that_may_never_come_stays_a_condition(roles: bool) -> None:
    said = found("How are you?", "If it ever came back, I'd rather die than do chemo again.",
                 roles=roles)  # fmt: skip
    assert ("suicidal_ideation", "endorsed") not in said


# --- a third probe: children, older adults, coercion (invented) ---------------------------------


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind"),
    [
        ("Does anyone at school hurt you?", "Some boys in Year 8 push me around.",
         "abuse_or_neglect"),
        ("Does Mum or Dad ever hurt you?", "Dad smacks us with his belt sometimes.",
         "abuse_or_neglect"),
        ("How are things with your carers?", "The night staff are rough with me when they change "
         "me.", "abuse_or_neglect"),
        ("How are things with your carers?", "They leave me in my pad all night.",
         "abuse_or_neglect"),
        ("How are things at home?", "My son shouts at me and won't let me see my friends.",
         "abuse_or_neglect"),
        ("How are things at home?", "My daughter has taken over my bank account and I don't get "
         "to see any of it.", "abuse_or_neglect"),
        ("How have things been?", "I wanted to smash his face in.", "harm_to_others"),
        ("How have things been?", "I've got a stash of pills in my room.", "suicidal_ideation"),
        ("How have things been?", "My boyfriend makes me send him pictures.", "abuse_or_neglect"),
        ("How have things been?", "He won't let me leave the house without him.",
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_third_probe(question: str, answer: str, kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "My dad won't let me see my friends on school nights.",
        "I smacked the ball over the fence.",
        "The sea is rough with the wind today.",
        "She smacked her lips.",
        "The older kids in my class push me to try harder.",
    ],
)
def test_third_probe_everyday(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}


# --- the l-set's plain transcripts (no speakers, no question marks), reworded --------------------


@ROLES
def test_ill_ask_then_the_question_without_its_mark(roles: bool) -> None:
    said = found(
        "You said you'd like to throttle your boss. I take that as anger, but I'll ask any "
        "thoughts of hurting anyone.",
        "Ah, no, he's fine, I wouldn't hurt anyone.",
        roles=roles,
    )
    assert ("harm_to_others", "denied") in said
    assert ("harm_to_others", "endorsed") not in said


@ROLES
def test_thrown_at_a_wall_not_at_him(roles: bool) -> None:
    said = found("What happened?", "I threw my cup at the wall, not at him, at the wall.",
                 roles=roles)  # fmt: skip
    assert ("harm_to_others", "endorsed") not in said


# --- a fourth probe: answers (invented) ----------------------------------------------------------


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("Has anyone hurt you?", "Nobody. Everyone's been lovely.", "abuse_or_neglect", "denied"),
        ("Has your partner ever been violent?", "Never. He's a gentle giant.", "abuse_or_neglect",
         "denied"),
        ("Has your partner ever been violent?", "He's not like that.", "abuse_or_neglect",
         "denied"),
        ("Has your partner ever been violent?", "Yes, twice.", "abuse_or_neglect", "endorsed"),
        ("Do you ever feel like hurting anyone?", "Me? God, no.", "harm_to_others", "denied"),
        ("Have you had any thoughts of suicide this week?", "A couple, but they passed.",
         "suicidal_ideation", "endorsed"),
        ("Have you self-harmed since we last met?", "I've been good. Not once.", "self_harm",
         "denied"),
    ],
)  # fmt: skip
def test_fourth_probe(question: str, answer: str, kind: str, status: str, roles: bool) -> None:
    said = found(question, answer, roles=roles)
    assert (kind, status) in said
    other = "denied" if status == "endorsed" else "endorsed"
    assert (kind, other) not in said


# --- from the m-set's misses (read at the end of the pass), reworded -----------------------------


@ROLES
@pytest.mark.parametrize(
    "question",
    [
        "After the baby, did you have thoughts of harming yourself or of not being alive?",
        "Have you ever thought about using your tablets to hurt yourself, or had thoughts of "
        "ending your life?",
    ],
)
def test_a_yes_to_thoughts_of_harm_with_dying_is_ideation(question: str, roles: bool) -> None:
    said = found(question, "Yes, once.", roles=roles)
    assert ("suicidal_ideation", "endorsed") in said
    assert ("self_harm", "endorsed") not in said


@ROLES
def test_a_no_to_thoughts_of_harm_with_dying_denies_both(roles: bool) -> None:
    said = found("Any thoughts of harming yourself or of ending your life?", "No.", roles=roles)
    assert {("suicidal_ideation", "denied"), ("self_harm", "denied")} <= said


def test_a_parent_tells_what_the_child_did_to_them() -> None:
    said = found(
        "Hi Mum, hi Jake. How has the week been?",
        "Hard. The tablet was taken away and he kicked me, twice, on the leg.",
        roles=True,
    )
    assert ("harm_to_others", "endorsed") in said
    assert ("abuse_or_neglect", "endorsed") not in said


@ROLES
@pytest.mark.parametrize(
    ("question", "answer", "kind", "status"),
    [
        ("Some people this low think about dying. Has that happened for you?",
         "I'll be honest. If I went before him, I'd not be sorry.", "suicidal_ideation",
         "endorsed"),
        ("How low did it get?", "Lying there after the crash, I wished he'd finished the job.",
         "suicidal_ideation", "endorsed"),
        ("Have you ever hurt yourself on purpose?", "I hit my arms with my ruler.", "self_harm",
         "endorsed"),
        ("Has anyone hurt you?", "My first husband used to knock me about.", "abuse_or_neglect",
         "endorsed"),
        ("Has anyone used your card without asking?", "Well. My nephew had my card, and two "
         "hundred pounds went out that I didn't spend.", "abuse_or_neglect", "endorsed"),
        ("Is anyone taking advantage of you, money, your flat, your tablets?", "No.",
         "abuse_or_neglect", "denied"),
        ("Is anyone giving you a hard time, taking your money, pushing you around?",
         "No, it's fine there.", "abuse_or_neglect", "denied"),
    ],
)  # fmt: skip
def test_m_set_shapes(question: str, answer: str, kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "text",
    [
        "The kids push me around the supermarket in the trolley.",
        "We're knocking ideas about for the wedding.",
        "If I went before her, I'd be sorry to leave her alone.",
    ],
)
def test_m_set_everyday(text: str, roles: bool) -> None:
    said = found("How have things been?", text, roles=roles)
    assert not {k for k, s in said if s == "endorsed"}
