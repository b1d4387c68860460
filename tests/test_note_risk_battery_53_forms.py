"""Risk rules of issue 17's fifty-fourth pass, from the misses of the fourteenth battery
(tests/data/risk_battery_53, measured blind twice, then read), each in wordings of its own, with
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
        # an end rehearsed, dated and readied for (`risk_cues_ends_rehearsed`)
        ("I've been giving away my books and sorted who takes the cat.", "suicidal_ideation"),
        ("They'd be better aff withoot me.", "suicidal_ideation"),
        ("I no wan live again, my sister.", "suicidal_ideation"),
        ("Na so e be, I don tire for this life.", "suicidal_ideation"),
        ("I've got a day set, so at least there's an end to it.", "suicidal_ideation"),
        ("I've been practising tying a noose.", "suicidal_ideation"),
        ("I walk out in front of buses hoping one won't stop.", "suicidal_ideation"),
        ("I've been hoarding my painkillers so I can go when I choose.", "suicidal_ideation"),
        ("I wrote a letter and put it in the drawer in case I do it.", "suicidal_ideation"),
        ("I went up on the multi-storey, looking down and working out how far it is.",
         "suicidal_ideation"),
        ("Counting down the days till I'm gone.", "suicidal_ideation"),
        ("I keep thinking about dad's rifle, and I found where he hides the bullets.",
         "suicidal_ideation"),
        # wounds owned and blades kept (`risk_cues_blades_owned`)
        ("I did maybe ten lines on my leg last night.", "self_harm"),
        ("I relapsed with the blade on Sunday.", "self_harm"),
        ("The scratches were from me, not the cat.", "self_harm"),
        ("I said it was the dog, but it was me with the blade.", "self_harm"),
        ("I took the compass to my arms again.", "self_harm"),
        ("Dad found out it was me doing it to myself.", "self_harm"),
        ("I keep a tin with razors and plasters in my drawer.", "self_harm"),
        ("Please don't be mad at me, I cut myself again.", "self_harm"),
        ("Abeg no vex, I cut myself again last night.", "self_harm"),
        # vows and plots (`risk_cues_vows_and_keepers`)
        ("I've been tailing her after work and I'm going in one night.", "harm_to_others"),
        ("Me and the lads are going to do him in.", "harm_to_others"),
        ("I got a bit rough with my wife at the weekend.", "harm_to_others"),
        ("imma stab him when he comes out", "harm_to_others"),
        ("Not for the pigeons, it's for my neighbour.", "harm_to_others"),
        ("I told the lads to go sort him out.", "harm_to_others"),
        ("I'm going to make them all pay.", "harm_to_others"),
        ("I got some acid and I'm waiting for him.", "harm_to_others"),
        ("I grab my wife's throat when she won't shut up.", "harm_to_others"),
        ("I keyed his car, and next time it's him, not the car.", "harm_to_others"),
        # kept, beaten, neglected (`risk_cues_vows_and_keepers`)
        ("I leave my dad in the same nappy all day.", "abuse_or_neglect"),
        ("She walked me into the wall.", "abuse_or_neglect"),
        ("My uncle dey flog me.", "abuse_or_neglect"),
        ("She makes me sell at the market instead of school.", "abuse_or_neglect"),
        ("My stepdad won't let me have tea if I answer back.", "abuse_or_neglect"),
        ("She says if I go she'll call the police on me, and she's got my passport so I just "
         "stay.", "abuse_or_neglect"),
        ("Me da still clips me round the ear.", "abuse_or_neglect"),
        ("I lock the kids in their room all day while I go out.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'm giving away my old clothes, and I've sorted out who gets the dog while we're away.",
        "I don't want to live in London.",
        "I don tire for this job.",
        "We've got a date picked for the wedding.",
        "I've been practising knots for sailing.",
        "I stepped out in front of a car and it stopped just in time.",
        "I left a note for the plumber in case I'm out.",
        "I was on the roof fixing tiles, looking down at the garden.",
        "Counting down till I'm gone on holiday.",
        "I'm thinking about buying a rifle for deer season.",
        "I drew lines on my arm with a pen.",
        "I relapsed with the drink.",
        "The scratches on the car were from me, not the neighbour.",
        "It was me doing it all myself.",
        "The first aid kit has scissors and bandages.",
        "I've been following him on Instagram and I'm going in for the job.",
        "Me and the boys are going to the match.",
        "I got a bit rough with the dough.",
        "ima kill it at the gig",
        "I told people to go sort out the food.",
        "I'll make the whole team pay for dinner.",
        "I bought acid for the drain.",
        "I squeeze my neck when it's stiff.",
        "Next time it's him, not me, doing the dishes.",
        "I leave the baby in the same room all day.",
        "He walked me into the room.",
        "I sell at the market instead of school on Saturdays.",
        "Mum doesn't let me have dinner before I finish homework.",
        "The hairdresser clipped round my ears.",
        "I shut the dog in the kitchen.",
        "Ima Hogg was a philanthropist.",
    ],
)
def test_harmless(said: str, roles: bool) -> None:
    assert endorsed(_HOW, said, roles=roles) == set()
