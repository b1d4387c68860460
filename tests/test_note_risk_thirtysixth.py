"""Risk rules of issue 17's thirty-sixth pass, from the misses of the blind set ar01-ar22 (read
after it was measured blind in the thirty-fifth pass), each in wordings of its own with and
without speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a wish that one "would" die; "no" for "not" before waking (Hawaiian Pidgin and others)
        (("Do you ever wish you would die?", "Yes, some nights."), "suicidal_ideation"),
        (("Do you wish you'd not wake up?", "I wish I no wake up, most nights."),
         "suicidal_ideation"),
        # a summary agreed with in other words than yes
        (("So you've been wishing you were dead, most days. Is that right?", "That's right."),
         "suicidal_ideation"),
        (("So you've been wishing you could just not wake up. Have I got that right?",
          "Dat's right."), "suicidal_ideation"),
        (("So he hit you again last week. Is that correct?", "Correct."), "abuse_or_neglect"),
        (("So you and your brother stay home alone all night with no adult there?", "Opo."),
         "abuse_or_neglect"),
        # a thought of ending another's life, checked back, asked again
        (("So you had a thought of ending Ray's life, just for a second. Have you had the "
          "thought again since?", "A couple of times, yeah."), "harm_to_others"),
        (("So you had a thought of ending his life. Have you had the thought again since?",
          "Once or twice. I'd never do it."), "harm_to_others"),
        # the thought named, then the yes, after something else said first
        (("Was the thought of killing yourself real?",
          "I'd had a few drinks. But the thought, yes, it was real."), "suicidal_ideation"),
        (("Was the thought of killing yourself real?",
          "I was off my head, but the thought, yes, it was there."), "suicidal_ideation"),
        # prison slang; boiling water thrown or poured on someone
        ((_HOW, "I cut up again on Friday, the officer found me."), "self_harm"),
        (("Any thoughts of hurting him?", "I keep thinking about jugging him."), "harm_to_others"),
        ((_HOW, "Some nights I think about scalding him with the kettle."), "harm_to_others"),
        # the letter told of, named for what it was
        (("A letter?", "It was a goodbye letter. I never gave it to her."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a yes-word that told something else, then the thing asked denied by name
        (("Do you have thoughts of ending your life?",
          "Sometimes I think I'd like to move back to Kraków. But to die, no."),
         "suicidal_ideation"),
        (("Any thoughts of ending your life?",
          "Ah no. I'd be lying if I said I never wanted a week of sleep. But not dying, no."),
         "suicidal_ideation"),
        # the cue, then "never" ending the sentence
        ((_HOW, "And to harm myself, never."), "self_harm"),
        # the act said to be a tic, in the same turn (heard "tick", after a clause)
        ((_HOW, "I hit my head on the desk. It's a tic. I can't stop it."), "self_harm"),
        ((_HOW, "I punch my arm. Here, the top, it's a tick, it just happens."), "self_harm"),
        ((_HOW, "I punch my thigh. It's not like I want to."), "self_harm"),
        # words said to be only words
        ((_HOW, "Some days I feel to kill him. But is just chat."), "harm_to_others"),
        ((_HOW, "I said I'd murder her. It's just talk."), "harm_to_others"),
        # an interpreter's no
        (("Has she ever hurt herself on purpose?", "She says never."), "self_harm"),
        # agreed with a form's answer of none
        (('On the last item, thoughts you would be better off dead, you circled "not at all".',
          "That's right."), "suicidal_ideation"),
        (("So you've never hurt yourself on purpose?", "Correct."), "self_harm"),
    ],
)  # fmt: skip
def test_denied_or_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Do you have thoughts of ending your life?",
          "Sometimes I think I'd like to move back to Kraków. But to die, no."),
         "suicidal_ideation"),
        (("Any thoughts of ending your life?", "Ah no."), "suicidal_ideation"),
        (("Has she ever hurt herself on purpose?", "She says never."), "self_harm"),
        (("Have you ever hurt yourself on purpose?", "He says no, never."), "self_harm"),
        ((_HOW, "And to hurt myself, never."), "self_harm"),
    ],
)  # fmt: skip
def test_the_denial_is_read(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I cut up an onion for the stew.",
        "I was cut up about it for weeks.",
        "The kettle scalded my hand when I made tea.",
        "I wrote a letter to the council about the bins.",
        "It was a letter from the bank, nothing else.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {k for k, st in found(_HOW, said, roles=roles) if st == "endorsed"}


@ROLES
def test_never_inside_the_sentence_denies_nothing(roles: bool) -> None:
    said = "I wanted to hurt myself, never so badly as last week."
    assert ("self_harm", "endorsed") in found(_HOW, said, roles=roles)


_STORY = (
    "Anything you've been worried about?",
    "Not me. There's this boy on my team. He holds a lighter to his wrist till it blisters.",
    "How do you know?",
    "He showed me.",
    "Sometimes when people tell me about a friend, it's about them.",
)


@ROLES
@pytest.mark.parametrize("owned", ["Yeah. It's me.", "Actually it's me.", "The boy is me."])
def test_a_story_owned_is_the_tellers(owned: str, roles: bool) -> None:
    assert ("self_harm", "endorsed") in found(*_STORY, owned, roles=roles)


@ROLES
@pytest.mark.parametrize("said", ["No, it's really him.", "It's me who told the coach."])
def test_a_story_not_owned_stays_anothers(said: str, roles: bool) -> None:
    assert ("self_harm", "endorsed") not in found(*_STORY, said, roles=roles)


@ROLES
def test_it_is_me_with_no_story_is_nothing(roles: bool) -> None:
    got = found("Who does the cooking at home?", "It's me. He can't boil an egg.", roles=roles)
    assert not {k for k, st in got if st == "endorsed"}


def _interpreted(*told: str) -> tuple[str, ...]:
    return (
        "Thank you both for coming. How has he been since last month?",
        "He says the same. He sleeps badly, three or four hours.",
        "Is he still taking the mirtazapine, fifteen at night?",
        "He says yes, every night, his wife reminds him.",
        "Does he ever think about dying, or wish he was not alive?",
        *told,
    )


@ROLES
@pytest.mark.parametrize(
    ("told", "kind", "status"),
    [
        (("He says he thinks about killing himself most days.",), "suicidal_ideation",
         "endorsed"),
        (("He says sometimes. He wants to sleep and not wake up.",), "suicidal_ideation",
         "endorsed"),
        (("He says no, never. He has his children.",), "suicidal_ideation", "denied"),
        (("He says he prays God will take him, in his sleep.", "Has he hurt himself on purpose?",
          "He says he burned his arm with a cigarette last week."), "self_harm", "endorsed"),
    ],
)  # fmt: skip
def test_an_interpreted_session_is_read_as_if_spoken_directly(
    told: tuple[str, ...], kind: str, status: str, roles: bool
) -> None:
    assert (kind, status) in found(*_interpreted(*told), roles=roles)


def test_a_relayed_finding_quotes_the_words_as_said() -> None:
    from harness.turns import said
    from localnotes.notes.extract import extract

    turns = _interpreted("He says he thinks about killing himself most days.")
    quotes = {e.quote for r in extract(said(turns, True)).risk for e in r.evidence}
    assert "He says he thinks about killing himself most days." in quotes
    assert not any(q.startswith("i ") or "you ever" in q for q in quotes)


@ROLES
def test_one_report_of_another_is_no_relay(roles: bool) -> None:
    turns = (
        "How is your sister doing?",
        "She says she thinks about killing herself. I'm so worried about her.",
        "Do you ever have thoughts like that yourself?",
        "No, never.",
    )
    assert ("suicidal_ideation", "endorsed") not in found(*turns, roles=roles)


# the tenth probe's misses (read in this pass after two passes blind), in wordings of our own
@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Hindi po, never.",
        "Kāo, not at all.",
        "She's saying no, and I believe her.",
        "He says no, never, and he's shaking his head.",
    ],
)
def test_the_tenth_probes_noes(answer: str, roles: bool) -> None:
    got = found("Have you hurt yourself on purpose lately?", answer, roles=roles)
    assert ("self_harm", "denied") in got and ("self_harm", "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "She's nodding, so that's a yes.",
        "Āe, now and then.",
        "I suppose I have, in a way.",
        "If I'm being real with you, it's most nights.",
        "We argued, I went to my room and, well, yes.",
    ],
)
def test_the_tenth_probes_yeses(answer: str, roles: bool) -> None:
    got = found("Have you hurt yourself on purpose lately?", answer, roles=roles)
    assert ("self_harm", "endorsed") in got


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Some people this unwell think about hurrying the end along. Have you?", "Yes."),
         "suicidal_ideation"),
        (("Any cuts on you at the moment that you did to yourself?", "Yes."), "self_harm"),
        (("Is there anybody at work you've thought about hurting, mate?", "Yes."),
         "harm_to_others"),
        (("Has he ever put a hand on you, pet?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "I've been saving up my sleeping pills in a shoebox."), "suicidal_ideation"),
        ((_HOW, "There's a hammer under the seat for that lot, and I will use it."),
         "harm_to_others"),
        ((_HOW, "When I catch the kid who nicked my bike he's getting a hiding."),
         "harm_to_others"),
        ((_HOW, "My husband takes the car keys and won't let me visit my sisters."),
         "abuse_or_neglect"),
        ((_HOW, "He threw me into the wardrobe on Sunday."), "abuse_or_neglect"),
        ((_HOW, "My stepdad keeps touching me when nobody's home."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_the_tenth_probes_words(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I was worried she'd hit me when I told her, but she just laughed.",
        "We're doing a play about domestic violence at school.",
        "If the ref does that again I'll kill him, ha, only joking.",
        "I'm putting my tablets away in the cupboard now the kids can reach.",
        "My dad won't let me see my mates till my exams are over.",
        "She shook her head and walked off.",
        "So I stopped bringing things up with him.",
        "Can we speed things up a bit, I've a bus to catch.",
        "I use the bat for cricket on Sundays, and I'll use it again.",
    ],
)
def test_the_tenth_probes_words_otherwise(said: str, roles: bool) -> None:
    assert not {k for k, st in found(_HOW, said, roles=roles) if st == "endorsed"}


# denials the tuned set's labels counted and the draft missed, in wordings of our own
@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("People on this tablet can feel low, even suicidal. Any thoughts like that, or of "
          "hurting yourself?", "No. Grumpy, yes. Not that."), "suicidal_ideation"),
        (("Do you ever feel life isn't worth living?", "Not at my age, I've the grandkids."),
         "suicidal_ideation"),
        (("Any thoughts about cutting yourself, or about dying?", "Sega, never."),
         "suicidal_ideation"),
        (("Any thoughts of hurting your neighbour?", "I'm furious with him. I wouldn't hurt him."),
         "harm_to_others"),
        (("Any thoughts of harming anyone?", "No, my worries are all about the kids, not hurting "
          "anyone."), "harm_to_others"),
        (("I have to check, any thoughts of actually hurting anyone?",
          "[laughs] No, it's just how we talk at work."), "harm_to_others"),
    ],
)  # fmt: skip
def test_denials_in_other_forms(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "denied") in got and (kind, "endorsed") not in got


@ROLES
def test_a_no_with_an_act_told_after_is_still_the_act(roles: bool) -> None:
    got = found("Any thoughts of hurting anyone?", "No, but I did hit him once last year.",
                roles=roles)  # fmt: skip
    assert ("harm_to_others", "endorsed") in got


# a battery of answers written for this pass (not from any dialog or probe), each said to three
# questions alike: every yes a yes, every no a no, and no non-answer a yes
_ASKED = (
    ("Have you had any thoughts of ending your life?", "suicidal_ideation"),
    ("Have you hurt yourself on purpose lately?", "self_harm"),
    ("Do you get urges to hurt him?", "harm_to_others"),
)
_YESES = [
    "Yeah, I'd be lying otherwise.",
    "Aye, a wee bit, aye.",
    "Ja, sometimes, when it's bad.",
    "Haan ji, some nights.",
    "Yes, lah, last week also.",
    "Ee, sometimes.",
    "Yebo, it happens.",
    "I won't pretend it hasn't.",
    "More than I'd like to admit.",
    "God help me, yes.",
    "I do, yeah, most nights.",
    "There's been a few times, yeah.",
    "Honestly? Yes.",
    "Ya, on and off.",
    "Yeah, no, it has, yeah.",
    "It has crossed my mind, yes.",
    "I'm ashamed to say yes.",
    "Now and again, aye.",
    "Mm, yes. Last month.",
    "If I'm honest, more often than not.",
    "You could say that, yeah.",
    "Not gonna lie, yeah.",
    "That's a yes, unfortunately.",
    "Yes, ma'am, a couple times.",
    "Too many times to count.",
    "Yeah, I have, on and off for years.",
    "Sí, a veces.",
    "Oui, parfois.",
    "Affirmative. Once or twice.",
    "Guilty, yes.",
]
_NOES = [
    "Nah, never, not me.",
    "Na, nothing like that.",
    "No ways.",
    "Not once, no.",
    "Nope, not my thing.",
    "Never, God forbid.",
    "Absolutely not, no.",
    "Hapana, never.",
    "Nahi, kabhi nahi.",
    "No, lah, never.",
    "Not at all, love.",
    "No, I'd never.",
    "Nothing of the sort.",
    "Heavens, no.",
    "Not in a million years.",
    "No, that's not me.",
    "Never have, never will.",
    "No, thank God.",
    "No, not ever.",
    "Not really, no.",
    "Nae, never.",
    "No, honestly, no.",
    "Och no, never.",
    "No, not at all, no.",
    "Non, jamais.",
    "Definitely not.",
    "Certainly not.",
    "No, no, no.",
    "Not since I was a kid, and even then no.",
    "No, none of that.",
]
_NON_ANSWERS = [
    "I'm sorry to say it's been a hard week at work.",
    "Ee, what a thing to ask.",
    "That's a yes from my wife, she thinks I need a break.",
    "I feel guilty about the kids most days.",
    "God help me, the rent's gone up again.",
    "Yeah, no, I'm not sure what you mean.",
    "I won't pretend I understand the question.",
    "Affirmative action, you mean?",
    "I'm ashamed to say I've not been to the gym.",
    "Honestly? I'd rather talk about my sleep.",
]


@ROLES
@pytest.mark.parametrize("answer", _YESES)
def test_the_batterys_yeses(answer: str, roles: bool) -> None:
    for question, kind in _ASKED:
        assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize("answer", _NOES)
def test_the_batterys_noes(answer: str, roles: bool) -> None:
    for question, kind in _ASKED:
        got = found(question, answer, roles=roles)
        assert (kind, "denied") in got and (kind, "endorsed") not in got


@ROLES
@pytest.mark.parametrize("answer", _NON_ANSWERS)
def test_the_batterys_non_answers(answer: str, roles: bool) -> None:
    for question, _ in _ASKED:
        assert not {k for k, st in found(question, answer, roles=roles) if st == "endorsed"}


# a battery of 32 questions written for this pass, eight a kind, each answered "Yes."
_QUESTIONS = [
    ("suicidal_ideation", "Have things ever got so bad you've thought about not going on?"),
    ("suicidal_ideation", "Any thoughts that you'd rather not wake up in the morning?"),
    ("suicidal_ideation", "Have you found yourself thinking about death a lot lately?"),
    ("suicidal_ideation", "Do you ever think the world would be better without you in it?"),
    ("suicidal_ideation", "Have you had any thoughts of taking your own life since we last met?"),
    ("suicidal_ideation", "When it's at its worst, do you think about ending it all?"),
    ("suicidal_ideation", "Has the thought of suicide crossed your mind this month?"),
    ("suicidal_ideation", "Do you sometimes wish you could just disappear for good?"),
    ("self_harm", "Have you been harming yourself in any way recently?"),
    ("self_harm", "Are you still cutting?"),
    ("self_harm", "Have you done anything to hurt your body on purpose this week?"),
    ("self_harm", "Any burning or scratching yourself when you're upset?"),
    ("self_harm", "Have you taken more tablets than you should, on purpose, to hurt yourself?"),
    ("self_harm", "Do you ever hit yourself or bang your head when you're angry?"),
    ("self_harm", "Have you gone back to hurting yourself since the funeral?"),
    ("self_harm", "Is the self-harm still happening?"),
    ("harm_to_others", "Have you felt like you might hurt somebody?"),
    ("harm_to_others", "Do you ever feel like lashing out at your partner?"),
    ("harm_to_others", "Have you been in any fights lately?"),
    ("harm_to_others", "Have you had thoughts of getting back at him, physically?"),
    ("harm_to_others", "Have you hit anyone since we last spoke?"),
    ("harm_to_others", "Any urges to harm the baby?"),
    ("harm_to_others", "Have you ever threatened anyone with a weapon?"),
    ("harm_to_others", "Do you worry you might lose control and hurt someone?"),
    ("abuse_or_neglect", "Does anyone at home hit you or hurt you?"),
    ("abuse_or_neglect", "Has your partner ever been violent towards you?"),
    ("abuse_or_neglect", "Are you afraid of anyone you live with?"),
    ("abuse_or_neglect", "Has anyone ever touched you in a way that made you uncomfortable?"),
    ("abuse_or_neglect", "Does he control your money or stop you seeing people?"),
    ("abuse_or_neglect", "Are the kids ever left on their own overnight?"),
    ("abuse_or_neglect", "Has anyone been taking your pension without asking?"),
    ("abuse_or_neglect", "Does your carer ever shout at you or handle you roughly?"),
]


@ROLES
@pytest.mark.parametrize(("kind", "question"), _QUESTIONS)
def test_the_batterys_questions(kind: str, question: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(question, "Yes.", roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I thought about not going on the trip.",
        "I was afraid of the dark as a kid.",
        "My son's scared of his teacher.",
    ],
)
def test_the_batterys_words_otherwise(said: str, roles: bool) -> None:
    assert not {k for k, st in found(_HOW, said, roles=roles) if st == "endorsed"}


def test_a_relayed_answer_run_on_into_the_next_question_is_not_the_clients_act() -> None:
    # as speech recognition cut it, the question's end in the next segment
    turns = _interpreted(
        "He says no, he does not want to die, not now, and has he ever hurt himself on",
        "Purpose? He says never.",
    )
    assert ("self_harm", "endorsed") not in found(*turns, roles=False)


def test_every_item_of_a_relayed_session_quotes_the_words_as_said() -> None:
    import re

    from harness.turns import said
    from localnotes.notes.extract import extract

    turns = _interpreted(
        "He says no, never by his own hand. He says his children still need him.",
        "Has he thought about how he would do it?",
        "He says no plan. His brother keeps the tablets for him now.",
    )
    spoken = " ".join(turns)
    items = extract(said(turns, True)).items
    quoted = [q for i in items for q in re.findall(r"“(.+?)”", i.text)]
    assert quoted and all(q in spoken for q in quoted)
