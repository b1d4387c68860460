"""Risk rules of issue 17's fifty-first pass, from the misses of the set bg01-bg22 (measured blind
in the fiftieth pass and at the fifty-first's start, then read), each in wordings of its own, with
and without speaker labels; and everyday sentences with the same words, which must not be read
so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # Jamaican Patwa: "mi did waan" (I wanted), "it deh deh" (it is there)
        (("What did you mean to do with the cutlass?", "Mi did waan chop him. Mi cyaan lie."),
         "harm_to_others"),
        (("Is the urge to hurt her still there?", "It deh deh. Not like before."),
         "harm_to_others"),
        (("Is the wish to hurt him still with you?", "It still deh deh, nurse."),
         "harm_to_others"),
        # a jump wanted, said bare where the height was told before
        (("What was in your head on the footbridge?", "I wanted to jump. I won't lie."),
         "suicidal_ideation"),
        (("What went through your mind up on the roof?", "I felt like to jump, doctor."),
         "suicidal_ideation"),
        (("What were you thinking at the edge?", "I was ready to jump."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        (_HOW, "When they read my name out I wanted to jump for joy."),
        (_HOW, "The kids were in the pool and I wanted to jump in with them."),
        (_HOW, "I was ready to jump at the chance, to be honest."),
        # a blow struck asleep, in a nightmare, by the one asleep
        (_HOW, "My wife says I hit her in my sleep. I was fighting the soldiers again."),
        (_HOW, "Her husband says she kicked him in the sleep, she doesn't remember."),
        (_HOW, "I punched my partner in a nightmare, I was back in the camp."),
        # the Patwa words with no risk in them
        (_HOW, "Mi waan go home to mi mada. It deh deh inna Portmore."),
    ],
)  # fmt: skip
def test_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert endorsed(*turns, roles=roles) == set()


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "nobody" after a verb denied, a negative said twice for one
        (("How do you feel about the landlord now?",
          "I could throttle him some days. But no. I wouldn't lay a hand on nobody."),
         "harm_to_others"),
        (("Have you thought about hurting anyone?", "Nah, I ain't gonna hurt no one."),
         "harm_to_others"),
        # a parent's blows denied with no one named
        (("Is anyone at home hurting you?", "My mum shouts. But she doesn't hit, never."),
         "abuse_or_neglect"),
        (("Does anybody hurt you at home?", "My stepdad's loud. He has never hit, no."),
         "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a blow struck on one asleep is harm
        ((_HOW, "I hit him in his sleep with the torch, I was that angry."), "harm_to_others"),
        # "nobody" as the one who did it stays who did it
        (("Is anyone hurting you?", "He does hit. Nobody else knows."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_still_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


# the probe p25 (read after two passes blind) and the eleventh battery (read after a pass blind),
# each form in wordings of its own

_SI_Q = "Have you had any thoughts of ending your life?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # asked, and answered "Yes."
        (("Have you thought of using a rope to end it?", "Yes."), "suicidal_ideation"),
        (("Do you ever want to hurt your own body?", "Yes."), "self_harm"),
        (("Have you bitten yourself when it gets too much?", "Yes."), "self_harm"),
        (("Have you bought a knife to use it on someone?", "Yes."), "harm_to_others"),
        (("Have you been violent towards the man you care for?", "Yes."), "harm_to_others"),
        (("Is there someone in your house who scares you?", "Yes."), "abuse_or_neglect"),
        (("Has anyone kept you away from your medication?", "Yes."), "abuse_or_neglect"),
        # an answer given for the client, opened by who gives it
        ((_SI_Q, "(Her husband, answering for her) Yes, she has, since June."),
         "suicidal_ideation"),
        ((_SI_Q, "(Interpreter) She nods. She says yes, she has."), "suicidal_ideation"),
        ((_SI_Q, "Eh-heh. Many times."), "suicidal_ideation"),
        ((_SI_Q, "I wouldn't say no."), "suicidal_ideation"),
        ((_SI_Q, "It's not like it hasn't come into my head. It has."), "suicidal_ideation"),
        # told of anyone, owned a moment later
        ((_HOW, "You know when you'd rather not wake up at all? That's been me since May."),
         "suicidal_ideation"),
        ((_HOW, "Is it normal to scratch yourself till it bleeds? I've been doing it at night."),
         "self_harm"),
        ((_HOW, "Is it normal for your husband to take all your wages? Because that's what "
                "happens at mine."), "abuse_or_neglect"),
        # a turn told for the client, said so at its start
        ((_HOW, "(Son, speaking for his mother, the client) She cuts her arms when she's alone."),
         "self_harm"),
        # told plainly, the forms of p25 and the eleventh battery
        ((_HOW, "I've chosen the day, after the funeral, so nobody's plans are spoiled."),
         "suicidal_ideation"),
        ((_HOW, "I gave the cat to my sister. I won't be needing it for much longer."),
         "suicidal_ideation"),
        ((_HOW, "I said I'd be dead by Easter and I meant it."), "suicidal_ideation"),
        ((_HOW, "I went to the multistorey to see if I could jump."), "suicidal_ideation"),
        ((_HOW, "I've been googling ways to die in my sleep."), "suicidal_ideation"),
        ((_HOW, "He found me with the pistol against my head."), "suicidal_ideation"),
        ((_HOW, "I've skipped my insulin so it'll be over quicker."), "suicidal_ideation"),
        ((_HOW, "Cut again on Sunday. Only a little."), "self_harm"),
        ((_HOW, "The nurse saw my legs. Those were my own cuts, yeah."), "self_harm"),
        ((_HOW, "I told the GP the dog did it, the scratches, but I did them myself."),
         "self_harm"),
        ((_HOW, "I've cut maybe five or six times this month."), "self_harm"),
        ((_HOW, "I'm going to finish him, that cousin, I've waited long enough."),
         "harm_to_others"),
        ((_HOW, "I texted him that I know where he works. He should be scared."),
         "harm_to_others"),
        ((_HOW, "I made a list of who I'd stab if they push me again."), "harm_to_others"),
        ((_HOW, "She put her hands round my neck on Saturday."), "abuse_or_neglect"),
        ((_HOW, "He broke my wrist last spring, but it's fine now."), "abuse_or_neglect"),
        ((_HOW, "Dad forgets to feed us most weekends."), "abuse_or_neglect"),
        ((_HOW, "I locked my son in the garage for hours because he lied."), "abuse_or_neglect"),
        ((_HOW, "He says he'll share my nudes if I go."), "abuse_or_neglect"),
        # words written without their apostrophes, a verb without its "g", Scots
        ((_HOW, "im gonna drive into that bloke next time he cuts me up"), "harm_to_others"),
        ((_HOW, "ive been burnin my arms with a lighter"), "self_harm"),
        ((_HOW, "some nights i think it'd be better if i wasnae here"), "suicidal_ideation"),
        # an attempt given up is still the thought
        ((_HOW, "I wrote a goodbye letter to my mum but I didn't go through with it."),
         "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found_as_read(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        ("Do you get urges to harm your own body?", "No."),
        (_HOW, "We've picked the date for the wedding, the twelfth of June."),
        (_HOW, "I've set the date for my operation, the third."),
        (_HOW, "I won't be needing my winter coat much longer, the weather's turned."),
        (_HOW, "I wanted it to be over quickly, the exam, and it was."),
        (_HOW, "I swerved at the kerb to miss a fox and burst a tyre."),
        (_HOW, "Is it normal to feel this tired after chemo? I sleep all afternoon."),
        (_HOW, "I'll finish him at chess one day, my grandad."),
        (_HOW, "My son does my shopping every Saturday, he never forgets."),
        (_HOW, "I'd never leave my mum alone, I'm there every day."),
        (_HOW, "You get that feeling on a Monday, don't you. That's been me all week, tired."),
        (_HOW, "(Wife, speaking for her husband) He's been gardening, he's much calmer."),
        ("Would you like a cup of tea?", "I wouldn't say no to a cup."),
        (_HOW, "I cut my foot on a shell at the beach, so I couldn't swim."),
    ],
)  # fmt: skip
def test_harmless_as_read(turns: tuple[str, ...], roles: bool) -> None:
    assert endorsed(*turns, roles=roles) == set()


@pytest.mark.parametrize(
    "said",
    [
        "(Son, speaking for his mother, the client) She cuts her arms when she's alone.",
        "Is it normal to scratch yourself till it bleeds? I've been doing it at night.",
        "ive been burnin my arms with a lighter",
    ],
)
def test_evidence_quotes_what_was_said(said: str) -> None:
    from harness.turns import said as as_segments
    from localnotes.notes.extract import extract

    risks = extract(as_segments([_HOW, said])).risk
    quotes = [e.quote for r in risks for e in r.evidence]
    assert quotes and all(q in said for q in quotes)
