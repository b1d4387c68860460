"""Risk rules of issue 17's thirty-seventh pass, from the misses of the blind set as01-as22 (read
after it was measured blind in the thirty-sixth pass), each in wordings of its own with and
without speaker labels, and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from localnotes.notes.extract import extract
from localnotes.types import Segment
from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # death let come: an illness welcomed if it kills, a wish it would "finish me"
        ((_HOW, "If the cancer comes back, I won't have the chemo. If it takes me, it takes me."),
         "suicidal_ideation"),
        ((_HOW, "Some nights I wish the pain would just finish me."), "suicidal_ideation"),
        (("So if the illness killed you, you'd be at peace with that?", "Yes."),
         "suicidal_ideation"),
        ((_HOW, "I keep thinking if I died, no one would have to worry about me any more."),
         "suicidal_ideation"),
        ((_HOW, "Honestly, if I went to sleep and didn't wake up, that would be fine."),
         "suicidal_ideation"),
        # a summary said of no one, then checked
        (("So there's a wish to be dead, most days. Have I got that right?", "Na so."),
         "suicidal_ideation"),
        (("So there's been cutting again, since the exam. Did I get that right?", "Yuwai."),
         "self_harm"),
        # a wish "that you'd be dead", answered in Scots
        (("Is that a wish that you'd be dead?", "Aye. I suppose it is."), "suicidal_ideation"),
        # the blade, then what it made, said as a sentence of its own
        ((_HOW, "I used the blade from my razor. Like, cuts, on my thigh."), "self_harm"),
        # a verb asked about, said back; an "Okay." before the answer
        (("Do you ever bite your hand when it gets too loud?", "Okay. I bite. Not hard."),
         "self_harm"),
        # a hold by the throat; "Ah" for "I"
        ((_HOW, "Ah had him by the throat against the car, his feet were off the ground."),
         "harm_to_others"),
        ((_HOW, "It went too far. My hands round his neck, and my mate pulled me off."),
         "harm_to_others"),
        ((_HOW, "At night I look at him and think about putting the knife in him."),
         "harm_to_others"),
        # as speech recognition wrote it: the blade and its lines one sentence, after a comma
        ((_HOW, "I took a blade out of my razor, like cuts on my leg, not deep."), "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a fight in a video game; a double negative
        (("Smoke him, meaning what?", "Beat him, like in the game. I'm not tryna touch nobody."),
         "harm_to_others"),
        (("Any thought of actually hurting him?", "Mais no! I'd never lay a hand on nobody."),
         "harm_to_others"),
        # "nae" and "widna": Scots for "not"
        (("What do you mean by that?", "It's jist a sayin'. I'd nae lay a finger on him."),
         "harm_to_others"),
        # a question heard with no question mark: "any worries about ..."
        (("Tom, any worries about anyone hurting her.", "No, no. She's with us."),
         "abuse_or_neglect"),
        # the question said back, then the no
        (("Have you ever hurt yourself on purpose?", "Hurt myself? No! Why would I?"),
         "self_harm"),
        # a yes-word that told something else, then the thing asked denied by name
        (("Any thoughts of ending your life?",
          "Hmm. Sometimes I think I want to sleep for a week. But not to die."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_denied_and_not_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "denied") in got
    assert (kind, "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        # what hurts that is no one
        "Only the gym hurts me, and I like it.",
        "No. Only the work hurts me, my back and my hands.",
        # a saying with "if it kills him", a wish about an exam
        "If it killed him to say sorry, I'd be surprised.",
        "I wish this exam would just end.",
        # a fight in a game
        "I wanna kill them in Fortnite tonight.",
    ],
)
def test_everyday_words_otherwise(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
def test_an_unwanted_thought_disowned_later_is_no_harm_endorsed(roles: bool) -> None:
    got = found(
        "Did the thought come again on the bridge?",
        "Yes. That I push somebody. A stranger, anybody. The picture is very clear.",
        "What did you do with it?",
        "I held the railing and counted. I walked on. I didn't look at anyone.",
        "And at work?",
        "Work is fine. My manager is kind. The project is late, but that's normal.",
        "Do you have any wish or intention to push anyone, or to hurt anyone?",
        "No. I never want this. It disgusts me, that's why it scares me.",
        roles=roles,
    )
    assert ("harm_to_others", "denied") in got
    assert ("harm_to_others", "endorsed") not in got


@ROLES
def test_a_thought_owned_in_anger_stays_endorsed(roles: bool) -> None:
    got = found(
        "Is there anything else about home?",
        "Sometimes when he's asleep I think about putting the knife in him.",
        "Do you have any plan or intention to hurt him?",
        "No. I don't want to go to prison. But the thought comes when I'm angry.",
        roles=roles,
    )
    assert ("harm_to_others", "endorsed") in got


@ROLES
def test_self_harm_told_by_a_companion_and_confirmed(roles: bool) -> None:
    got = found(
        "Good morning, Rose. Good morning, Ann. Thanks for coming in together.",
        "She was cutting her legs after the funeral, with a blade from the shed.",
        "Rose, is that right?",
        "Yes. That's true. Not now.",
        roles=roles,
    )
    assert ("self_harm", "endorsed") in got


def test_a_no_to_intent_that_keeps_the_thought_takes_nothing_back() -> None:
    # as speech recognition wrote it: one speaker, sentences cut between segments, the no and the
    # thought kept in one sentence
    said = [
        "But also, doctor, sometimes, when he's snoring, drunk, I look at him and I think about",
        "putting the knife in him.",
        "I'm afraid one day I will use it, that's why I'm telling you, I'm afraid of myself.",
        "I'm really glad you told me, do you have any plan or intention to hurt him?",
        "No, no, I don't want to go to prison, I don't want my son without a mother, but",
        "the thought comes when I'm very angry and very tired.",
    ]
    segments = [Segment(i * 3.0, i * 3.0 + 3.0, t, None) for i, t in enumerate(said)]
    got = {(r.kind, r.status) for r in extract(segments).risk}
    assert ("harm_to_others", "endorsed") in got


# from the eleventh probe (read in this pass), in wordings of its own

_THREE = (
    "Have you had any thoughts of ending your life?",
    "Have you hurt yourself on purpose recently?",
    "Do you ever get urges to hurt her?",
)
_KINDS = ("suicidal_ideation", "self_harm", "harm_to_others")


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "God, yes. Most weeks.",
        "ye tbh",
        "It's a yes, I just hate saying it.",
        "Yeah nah, yeah. A lot lately.",
        "Mm. Yeah, now and then.",
        "uh huh, most nights",
        "Truthfully? A couple of times, yeah.",
        "To be honest with you, nurse, yes.",
        "Not every day. But yes, sometimes.",
        "I wasn't going to mention it. But since you ask, yes.",
    ],
)
def test_a_yes_said_so(answer: str, roles: bool) -> None:
    for question, kind in zip(_THREE, _KINDS, strict=True):
        assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Do you ever catch yourself hoping it would all just end?", "Yes."),
         "suicidal_ideation"),
        (("When you're alone at night do you ever think about ending at", "Yes."),
         "suicidal_ideation"),
        ((_HOW, "Some nights I think I'd be better aff deid."), "suicidal_ideation"),
        (("Those cuts on your wrists, are they ones you did yourself?", "Yes."), "self_harm"),
        ((_HOW, "The cutting started again after the exams."), "self_harm"),
        ((_HOW, "Since I got locked up I've been banging my head off the wall."), "self_harm"),
        ((_HOW, "I swallowed a load of tablets on purpose on Friday, then I rang my sister."),
         "self_harm"),
        (("Have you ever threatened your brother with a knife?", "Yes."), "harm_to_others"),
        (("Have you thought about doing something violent to him?", "Yes."), "harm_to_others"),
        (("Is there anybody right now you'd like to seriously injure?", "Yes."),
         "harm_to_others"),
        ((_HOW, "Next time I see him I'm going to cut him, I swear."), "harm_to_others"),
        ((_HOW, "Went to the club and ended up, got into a fight and glassed a lad."),
         "harm_to_others"),
        (("Has anybody at school hurt your daughter?", "Yes."), "abuse_or_neglect"),
        (("When you were little, were you ever beaten?", "Yes."), "abuse_or_neglect"),
        ((_HOW, "The kids didn't get fed till night because I couldn't get up."),
         "abuse_or_neglect"),
        ((_HOW, "The nurse at my dad's home, she slaps him, I saw the marks."),
         "abuse_or_neglect"),
        ((_HOW, "My stepmum beats my little brother with a slipper."), "abuse_or_neglect"),
        # as speech recognition wrote them: "card" heard "cart"; a verb said back after a comma
        ((_HOW, "My nephew keeps her pension cart, she never sees the money."),
         "abuse_or_neglect"),
        ((_HOW, "On Saturdays he locks the kids in the flat when he goes out, all day."),
         "abuse_or_neglect"),
        (("Do you ever bite your hand when it gets too much?", "Okay, I bite, here, look."),
         "self_harm"),
    ],
)  # fmt: skip
def test_found_from_the_eleventh_probe(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I beat my sister at cards on Sunday.",
        "I've been banging my head against the wall with this tax return.",
        "There's an abuse case in the news every single day.",
        "My cousin is writing a thesis on child abuse.",
        "He told me to cut him some slack at work.",
        "I hope the meeting would just end on time for once.",
    ],
)
def test_everyday_words_from_the_eleventh_probe(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


# a battery of 32 statements written for the pass (risk told unasked by its signs and acts), and
# everyday sentences with the same words


@ROLES
@pytest.mark.parametrize(
    ("kind", "said"),
    [
        (
            "suicidal_ideation",
            "I've started giving my things away, my guitar went to my nephew last week, I won't be"
            " needing it.",
        ),
        ("suicidal_ideation", "I wrote letters to the kids and put them in the drawer, for after."),
        (
            "suicidal_ideation",
            "I've been stockpiling my tablets in a shoebox, just in case it gets too much.",
        ),
        ("suicidal_ideation", "Most mornings I'm disappointed I woke up at all."),
        ("suicidal_ideation", "I looked up how many of my pills it would take."),
        ("suicidal_ideation", "I keep thinking everyone would cope fine without me, maybe better."),
        (
            "suicidal_ideation",
            "I drove to the cliffs on Sunday and sat there a long time working out if I could do"
            " it.",
        ),
        (
            "suicidal_ideation",
            "The world would be no worse without me in it, that's what I keep coming back to.",
        ),
        ("self_harm", "I've gone back to the lighter, on my thighs where nobody looks."),
        (
            "self_harm",
            "I scratched my arms raw again on Saturday, it's the only thing that calms me.",
        ),
        (
            "self_harm",
            "I punched the wall till my knuckles split, on purpose, I wanted it to hurt.",
        ),
        ("self_harm", "I've been making myself sick after every meal to punish myself."),
        ("self_harm", "I carved his initials into my leg with a compass."),
        ("self_harm", "There are fresh marks on my wrists, I did them Tuesday."),
        (
            "self_harm",
            "I stopped eating for four days because I don't deserve food, I wanted to hurt.",
        ),
        ("self_harm", "I held my hand on the hob until it blistered."),
        (
            "harm_to_others",
            "I've been following him home from work and thinking about what I'd do to him.",
        ),
        (
            "harm_to_others",
            "I put a brick through his car window and I'd do worse given half a chance.",
        ),
        ("harm_to_others", "I texted him that he's a dead man if he comes near my sister again."),
        ("harm_to_others", "I keep a bat by the door for when he turns up, and I will use it."),
        ("harm_to_others", "Last week I had my hands round her throat before I stopped myself."),
        ("harm_to_others", "I smashed a glass into my flatmate's face on Friday."),
        ("harm_to_others", "I told the boys we'll sort him out on Saturday, properly this time."),
        (
            "harm_to_others",
            "When the baby won't stop screaming I've thrown her into the cot too hard.",
        ),
        ("abuse_or_neglect", "My boss keeps my passport and hasn't paid me since March."),
        ("abuse_or_neglect", "My husband checks my phone every night and won't let me see my mum."),
        (
            "abuse_or_neglect",
            "Dad used to lock me in the coal shed when I was bad, sometimes overnight.",
        ),
        ("abuse_or_neglect", "My uncle touched me when I stayed at his, from when I was eight."),
        ("abuse_or_neglect", "The landlord said he'd throw me out unless I slept with him."),
        (
            "abuse_or_neglect",
            "My mum's boyfriend kicked my little sister down the stairs last month.",
        ),
        ("abuse_or_neglect", "I leave the twins on their own all night when I work, they're four."),
        ("abuse_or_neglect", "My son takes my pension every week and I don't get any of it."),
    ],
)
def test_told_unasked_by_its_signs(kind: str, said: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm giving my things away to charity because we're moving.",
        "I was disappointed I woke up late and missed the bus.",
        "There are fresh marks on my arms from the cat.",
        "I wanted it to hurt less, so I took ibuprofen.",
        "I'd do worse things for money, honestly.",
        "He's a dead man walking, politically.",
        "We'll sort him out with a bed for the night, properly this time.",
        "The embassy kept my passport for two weeks.",
        "I threw my son a party on Saturday.",
        "I leave the dog on its own all day when I work.",
        "I left notes for the babysitter for after school.",
        "I hit my brother's truck reversing out of the drive.",
    ],
)
def test_the_same_words_everyday(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


# a battery of 50 everyday sentences with the words of risk, written for the pass (not from any
# dialog or probe); left out of it here, as the draft charts them on purpose: a history of
# ideation "long ago" (past), a voice's old command to hurt people, a patient's punch at work


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "My sister took an overdose years ago, she's doing brilliantly now.",
        "I watched a documentary about a man who killed his wife, couldn't sleep after.",
        "This deadline is going to be the death of me.",
        "I could cheerfully strangle the printer at work.",
        "My dad used to say he'd kill us if we scratched the car, he never laid a finger on us.",
        "We did a suicide prevention training at work, it was really good.",
        "I nearly died laughing at the wedding speech.",
        "The neighbour's dog attacked our cat, we had to take her to the vet.",
        "My friend cuts herself, I've been trying to get her to see someone.",
        "In the game last night my character got stabbed in the back by his own team.",
        "My boss would murder me if I missed another meeting.",
        "I'm dying to see the new film.",
        "The kids were fighting over the remote and my son hit his sister with a cushion, we"
        " laughed.",
        "The nurse said the bruises on my arm are from the blood test.",
        "My mum worries I'll hurt myself climbing, but I'm careful.",
        "I read that article about child neglect in care homes, terrible.",
        "My brother got beaten up outside a club last year, he's fine now.",
        "My wife says I'm killing her with my snoring.",
        "I wanted the ground to swallow me up when I tripped on stage.",
        "I burned my hand on the oven, clumsy as ever.",
        "I cut myself chopping onions, nothing dramatic.",
        "He threatened to sue the council, and honestly I hope he wins.",
        "There was a stabbing on our street, the police were there all night.",
        "I'd rather die than sing karaoke.",
        "My granddad shot rabbits on the farm when I was a kid.",
        "I'm sick to death of the rain.",
        "The lads at work were slagging me off, it's just banter.",
        "Our cat brought in a mouse and killed it on the rug.",
        "On the form I ticked zero for the question about harming myself.",
        "If I ever felt like ending it I'd ring my sister straight away, but I don't.",
        "My safety plan is on the fridge, I haven't needed it.",
        "The film was about a woman whose husband beat her, it hit close to home for my friend.",
        "My daughter's teacher asked if anyone hurts her at home, which upset us, because nobody"
        " does.",
        "My son plays those shooting games all night and it drives me up the wall.",
        "I screamed into a pillow instead of throwing something, like we practised.",
        "My ex tried to get custody by saying I neglect the kids, which is a lie.",
        "I thought about my funeral once, who would come, more curious than sad.",
        "We put the old dog down last week, it was the kindest thing.",
        "Killing it at work lately, got a promotion.",
        "I shot a wedding on Saturday, six hundred photos to edit.",
        "The baby bit me while feeding, it didn't half hurt.",
        "My flatmate keeps threatening to leave if I don't clean up.",
        "I hate him, I'd never do anything about it though, I just avoid him.",
        "Suicide rates in farmers came up on the radio and it made me think of my uncle who died"
        " that way.",
    ],
)
def test_nothing_endorsed_in_everyday_risk_words(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    ("said", "status"),
    [
        ("On the form I ticked zero for the question about harming myself.", "denied"),
        ("I put never for the item about hurting myself.", "denied"),
        ("I ticked a two for the question about harming myself, it's been bad.", "endorsed"),
    ],
)
def test_a_form_item_answered_told(said: str, status: str, roles: bool) -> None:
    assert ("suicidal_ideation", status) in found(_HOW, said, roles=roles)


# batteries of 20 yeses and 30 noes written for the pass, each to the three questions


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Most nights, if I'm honest.",
        "Who hasn't, honestly?",
        "Twice, maybe. Last month.",
        "[nods]",
        "Mm-hm, on and off.",
        "Not lately. Last spring, yes, a lot.",
        "More than I'd like.",
        "I'd be lying if I said never.",
        "It's there in the background, always.",
        "Yeah, it's been creeping back.",
        "Some days it's all I think about.",
        "Once or twice this week.",
        "Afraid so.",
        "I do, yeah. Less than before.",
        "Sometimes, when the kids are asleep.",
        "Every day, pretty much.",
        "Here and there.",
        "Course I have.",
        "Yes, but I'd never act on it.",
        "That's a yes, sadly.",
    ],
)
def test_a_yes_from_the_battery(answer: str, roles: bool) -> None:
    for question, kind in zip(_THREE, _KINDS, strict=True):
        assert (kind, "endorsed") in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    [
        "Not lately, no. Last spring maybe, but not now.",
        "Who, me? Never.",
        "Nope, not my thing.",
        "I wouldn't, no. I've got the kids.",
        "Absolutely not, God no.",
        "No chance.",
        "Not in a million years, love.",
        "Nah mate, never crossed my mind.",
        "No, nothing of the sort.",
        "It's not something I'd do.",
        "No no no. Definitely not.",
        "I can honestly say no.",
        "No, I'm not like that.",
        "Never have, never will.",
        "Not at all, why do you ask?",
        "No. I get low but not like that.",
        "Haven't, no.",
        "Nah, not really. Not in that way.",
        "No, that's not me.",
        "Negative.",
        "No way.",
        "I have not.",
        "Not even once.",
        "No, thank God.",
        "Mmm, no. No.",
        "Hand on heart, no.",
        "No, doctor, I promise you.",
        "Not once in my life.",
        "Ah no, God forbid.",
        "No. Well, no. I'd say no.",
    ],
)
def test_a_no_from_the_battery(answer: str, roles: bool) -> None:
    for question, kind in zip(_THREE, _KINDS, strict=True):
        got = found(question, answer, roles=roles)
        assert (kind, "denied") in got
        assert (kind, "endorsed") not in got


# as's spoken misses, as speech recognition wrote them, and a denial said as what a clause is not


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Have you ever burned yourself on purpose?", "On purpose, no, the oven does it for me."),
         "self_harm"),
        (("Any thoughts of dying, or bending your life?", "No, none of that."),
         "suicidal_ideation"),
        ((_HOW, "Some days I dream of moving away, not of hurting him."), "harm_to_others"),
    ],
)  # fmt: skip
def test_denied_as_heard(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    got = found(*turns, roles=roles)
    assert (kind, "denied") in got
    assert (kind, "endorsed") not in got


def test_the_words_said_back_with_no_question_mark_then_no() -> None:
    said = ["And have you ever cut yourself, on purpose?", "Cut myself.", "No, never, why would I?"]
    segments = [Segment(i * 3.0, i * 3.0 + 3.0, t, None) for i, t in enumerate(said)]
    got = {(r.kind, r.status) for r in extract(segments).risk}
    assert got == {("self_harm", "denied")}


@ROLES
def test_the_words_told_as_an_answer_stay_told(roles: bool) -> None:
    assert ("self_harm", "endorsed") in found(
        "What did you do after the call?", "Hurt myself. Then I rang my sister.", roles=roles
    )


# a third battery of 30 everyday sentences, sayings of other Englishes and others' news, written
# for the pass: nothing endorsed


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "My mum will have my guts for garters if I'm late again.",
        "I nearly had a heart attack when the bill came.",
        "It kills me to say it, but he was right.",
        "I'm dying for a smoke, honestly.",
        "Hit me up if the appointment changes.",
        "I totally bombed the exam, I'm dead.",
        "I could strangle him sometimes, only joking, he's a sweetheart.",
        "The toddler's toys are a choking hazard, so I binned them.",
        "I'm dead tired, night shifts are brutal.",
        "Shoot me a text when you've got the letter.",
        "My nan always said she'd wring our necks if we were cheeky, she was the softest woman"
        " alive.",
        "We watched a murder mystery on Saturday, I guessed the killer.",
        "My colleague's son overdosed last year, it shook the whole office.",
        "Work's been murder this week.",
        "I'm going to kill it at the interview tomorrow.",
        "The doctor said the cutting of my hours is illegal.",
        "My sister self-harmed as a teenager, she's a nurse now.",
        "They found a body in the canal, it was all over the news.",
        "I hit the gym every morning now.",
        "My dad beat cancer last year.",
        "The coach pushes us hard at training but he's fair.",
        "My son got hurt at rugby, a broken collarbone.",
        "I punched the air when I got the job.",
        "The landlord threatened to raise the rent again.",
        "I've been cutting back on sugar.",
        "I was burning the candle at both ends, so I took leave.",
        "My ex and I fought over the dog in court, the judge gave her the dog.",
        "The neighbours were screaming at each other again, I just turned the telly up.",
        "The film had a hanging scene, I had to look away.",
        "I slapped on some sun cream and went out.",
    ],
)
def test_nothing_endorsed_in_sayings_and_news(said: str, roles: bool) -> None:
    assert not {s for s in found(_HOW, said, roles=roles) if s[1] == "endorsed"}


@ROLES
@pytest.mark.parametrize(
    "said", ["My dad hit me up the side of the head.", "He hit me up against the wall."]
)
def test_hit_me_up_against_something_is_still_a_blow(said: str, roles: bool) -> None:
    assert ("abuse_or_neglect", "endorsed") in found(_HOW, said, roles=roles)
