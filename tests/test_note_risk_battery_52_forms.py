"""Risk rules of issue 17's fifty-third pass, from the misses of the thirteenth battery
(tests/data/risk_battery_52, measured blind twice, then read), each in wordings of its own, with
and without speaker labels; and everyday sentences with the same words, which must not be read
so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        # a drop checked, a height, a bridge worked up to, a railing, a search, means found
        ("I keep checking where I'd jump from on the roof of the flats.", "suicidal_ideation"),
        ("Spent the afternoon working out which bit of the bridge I'd go over.",
         "suicidal_ideation"),
        ("I climbed the stairwell to see if the ninth floor is high enough to die.",
         "suicidal_ideation"),
        ("Sat on the viaduct most of the night, workin' up to it.", "suicidal_ideation"),
        ("Most mornings I'm on the platform thinking about stepping off when the train comes.",
         "suicidal_ideation"),
        ("The police said I was going to jump, I was already over the parapet.",
         "suicidal_ideation"),
        ("Last week i googled quickest ways to kill myself.", "suicidal_ideation"),
        ("My flatmate found the pills in my drawer and she knew what they were for.",
         "suicidal_ideation"),
        ("The nurse said I was lucky to be alive. I wasn't trying to survive.",
         "suicidal_ideation"),
        # marks explained, tools owned
        ("I told the doctor the dog did it, but truth is I did it to myself.", "self_harm"),
        ("They're from the straighteners, I did them myself.", "self_harm"),
        ("The razor blades in my bag are mine, I use them on my thighs.", "self_harm"),
        ("I broke the mirror and dragged the shard down my leg.", "self_harm"),
        ("I've been picking open the old scabs with a pin.", "self_harm"),
        ("I pressed my palm on the hot iron on purpose.", "self_harm"),
        ("Been havin' a go at myself with a blade again.", "self_harm"),
        ("I dey use razor cut my leg when I vex.", "self_harm"),
        ("I keep scratching my legs till they bleed with a paper clip.", "self_harm"),
        ("I still cut, just not every day.", "self_harm"),
        ("The puppy didn't make these cuts. I did.", "self_harm"),
        # harm to others: beatings in slang, a throat, a car, incitement, a list, threats
        ("I gave the lad from the chippy a proper leathering.", "harm_to_others"),
        ("Gave that bouncer a right kicking last night, he's in hospital.", "harm_to_others"),
        ("Had the bloke up against the wall by the throat till he stopped talking.",
         "harm_to_others"),
        ("I reversed into her car while she was sitting in it.", "harm_to_others"),
        ("I followed the van and ran him off into the ditch.", "harm_to_others"),
        ("I kept telling him online to kill himself.", "harm_to_others"),
        ("I've a list of people at work and what I'll do to each of them.", "harm_to_others"),
        ("I shared where he lives and said someone should torch the house.", "harm_to_others"),
        ("I texted him that he won't see Christmas.", "harm_to_others"),
        ("If e touch my pikin again I go kill am.", "harm_to_others"),
        # abuse: a throat held, knocked about, kept in, controlled, pictures, belted, locked in
        ("My boyfriend had me pinned to the door by my throat.", "abuse_or_neglect"),
        ("She put her hands around my neck when I said I'd leave.", "abuse_or_neglect"),
        ("My partner's been slapping me around since Christmas.", "abuse_or_neglect"),
        ("My daughter keeps me locked in the spare room most days.", "abuse_or_neglect"),
        ("My husband says I'm not allowed to see my family and he keeps my passport.",
         "abuse_or_neglect"),
        ("My ex threatened to post nude photos of me if I don't go back.",
         "abuse_or_neglect"),
        ("The burns on my back, my stepmum did them with a hot spoon.", "abuse_or_neglect"),
        ("I hit my son with a wooden spoon when he lies.", "abuse_or_neglect"),
        ("I lock my gran in her room while I work.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I checked where I'd jump from on the diving board before the gala.",
        "We worked out which bit of the river we'd swim across.",
        "The garden wall is high enough to keep the dog in.",
        "I was on the bridge club committee, working up to asking for a raise.",
        "On the platform I was thinking about getting off at Leeds.",
        "I was over the barrier at the concert to get closer to the stage.",
        "I searched ways to dye my hair blue.",
        "I found the rope in the shed, it was for the tent.",
        "I wasn't trying to be funny, honestly.",
        "I did the garden myself and it was no accident it looks this good.",
        "I did my nails myself with the file.",
        "I use a razor on my legs every morning.",
        "I ran the lint roller along my arm.",
        "They're opening new ones in town next month.",
        "I held my hand under the cold tap till it stopped burning.",
        "I've been having a go at myself for being late.",
        "I use knife cut my finger by mistake when I dey chop onion.",
        "I've been scratching my arms raw, the eczema's back.",
        "I still cut the grass every Sunday.",
        "The cat didn't do the scratches on the door, I did the painting.",
        "We gave them a right hammering in the cup final.",
        "I drove him into town for his exam.",
        "He told me to kill the lights before bed.",
        "I made a list of names for the party and what I'd get each of them.",
        "I posted the address of the party and said someone should bring crisps.",
        "My nan won't see the end of the month, the hospice says.",
        "I go see am tomorrow for church.",
        "She had me by the hand the whole way round the fair.",
        "We've been knocking about together since school.",
        "He keeps me in the loop about the kids.",
        "Mum says I'm not allowed to see my friends till my grades are up.",
        "I sent my husband nude photos for his birthday.",
        "My mum did them with her comb, my braids.",
        "I hit the ball with the bat and my son cheered.",
        "I leave my mum in the house with the carer on Tuesdays.",
        "i spent the whole weekend shooting people on fortnite with my cousins",
        "My brother said he'd kill me if I ate his chips, we both laughed.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert endorsed(_HOW, said, roles=roles) == set()
