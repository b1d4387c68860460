"""Risk rules of issue 17's forty-second pass: the act read from its shape (a doer, a verb of force
and the one done to), risk said softly (written from the kinds of telling the third battery was
asked for, before it was read), the misses of the blind set ax01-ax22, of the sixteenth probe and
of the third battery (read after they were measured blind), each in wordings of its own, with and
without speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # who did what to whom, over many verbs
        ((_HOW, "Last night I shoved my girlfriend against the wardrobe."), "harm_to_others"),
        ((_HOW, "I spat in her face when she said it."), "harm_to_others"),
        ((_HOW, "I grabbed my brother by the neck."), "harm_to_others"),
        ((_HOW, "I went for him with a bottle outside the pub."), "harm_to_others"),
        ((_HOW, "I've started to slap my son when he won't listen."), "harm_to_others"),
        ((_HOW, "My stepdad slaps the little one when she spills things."), "abuse_or_neglect"),
        ((_HOW, "My husband pulls my hair when he's had a drink."), "abuse_or_neglect"),
        ((_HOW, "He throttled me in the kitchen on Saturday."), "abuse_or_neglect"),
        # said softly
        ((_HOW, "I did something stupid with my tablets at the weekend."), "self_harm"),
        ((_HOW, "I went a bit too far with the painkillers on Friday."), "self_harm"),
        ((_HOW, "I wear a watch so my mum can't see the cuts."), "self_harm"),
        ((_HOW, "I'd trade places with anyone who's terminal."), "suicidal_ideation"),
        ((_HOW, "Honestly if I got a lump I wouldn't see a doctor."), "suicidal_ideation"),
        ((_HOW, "Most nights I pray my heart gives out in my sleep."), "suicidal_ideation"),
        ((_HOW, "I'd be doing the kids a favour if I wasn't around."), "suicidal_ideation"),
        ((_HOW, "He won't let me keep my own wages."), "abuse_or_neglect"),
        ((_HOW, "She goes through my messages every night."), "abuse_or_neglect"),
        ((_HOW, "I texted him saying I'd stab him if he came back."), "harm_to_others"),
        ((_HOW, "He left me a voicemail saying he'd kill me."), "abuse_or_neglect"),
        # the sixteenth probe's forms, in words of their own
        ((_HOW, "One of these days I'll burn her flat down."), "harm_to_others"),
        ((_HOW, "That screwdriver in my coat is for my brother-in-law."), "harm_to_others"),
        ((_HOW, "I keep imagining strangling my flatmate in his sleep."), "harm_to_others"),
        ((_HOW, "I ended up cutting again last night."), "self_harm"),
        ((_HOW, "She only gives me my inhaler when I've done the chores."), "abuse_or_neglect"),
        ((_HOW, "My gran's pension is spent before she even sees it."), "abuse_or_neglect"),
        ((_HOW, "The coach hits the younger lads with a stick."), "abuse_or_neglect"),
        ((_HOW, "Mum's boyfriend put a padlock on the fridge."), "abuse_or_neglect"),
        ((_HOW, "Mark my words, if he comes near my son again I'll kill him."),
         "harm_to_others"),
        ((_HOW, "Everybody'd be better off if I wisnae here."), "suicidal_ideation"),
        (("Any urges to cut lately?", "They've come back since the funeral."), "self_harm"),
        (("Thoughts of ending it?", "Not often now, but there was one on Sunday."),
         "suicidal_ideation"),
        # the third battery's forms, in words of their own
        ((_HOW, "I've written goodbye letters to both my girls and hidden them."),
         "suicidal_ideation"),
        ((_HOW, "I looked up how long it takes to bleed out."), "suicidal_ideation"),
        ((_HOW, "I worked out how many of my sleeping tablets it would take."),
         "suicidal_ideation"),
        ((_HOW, "I keep working myself up to jumping."), "suicidal_ideation"),
        ((_HOW, "I'm tired of waking up every morning."), "suicidal_ideation"),
        ((_HOW, "I picked the spot weeks ago, the old quarry, where the drop is."),
         "suicidal_ideation"),
        ((_HOW, "I pick the scabs off every night so they never heal."), "self_harm"),
        ((_HOW, "I scratched my arms raw because I deserved it."), "self_harm"),
        ((_HOW, "I've got the razors hidden in a sock drawer."), "self_harm"),
        ((_HOW, "I belted myself with the dog lead last night."), "self_harm"),
        ((_HOW, "I threw a mug at my dad's head."), "harm_to_others"),
        ((_HOW, "Last night I put my hands round his throat while he slept."), "harm_to_others"),
        ((_HOW, "On payday it's the belt or fists, whatever he fancies."), "abuse_or_neglect"),
        ((_HOW, "My aunt keeps Grandad's whole pension."), "abuse_or_neglect"),
        ((_HOW, "He makes me sleep in the shed when I answer back."), "abuse_or_neglect"),
        ((_HOW, "I lock Dad's room from the outside when I go to work."), "abuse_or_neglect"),
        # the second battery's leftovers, in words of their own; the client's blow to a child of
        # the house is abuse too
        ((_HOW, "I googled how many of my blood pressure pills it takes to stop a heart."),
         "suicidal_ideation"),
        ((_HOW, "I bought a lighter and I've used it on my wrists most nights."), "self_harm"),
        ((_HOW, "I stick pins in my thumb to make it bleed when I'm wound up."), "self_harm"),
        ((_HOW, "I'm taking the bat to the bloke who jumped my cousin, Friday."),
         "harm_to_others"),
        ((_HOW, "I've been skelpin' the bairn when she won't settle."), "abuse_or_neglect"),
        ((_HOW, "I shook the little one hard when he wouldn't stop screaming."),
         "abuse_or_neglect"),
        # a deadline set oneself
        ((_HOW, "If nothing's changed by Christmas, that's it, I'm checking out for good."),
         "suicidal_ideation"),
        # ax's forms: another's words read aloud and owned; a summary to go in the notes, or
        # dated; survival regretted; the act named bare, as its time
        (('Your sister wrote: "He threw a plate at me on Christmas Day." Is that so?',
          "It's true."), "harm_to_others"),
        (("So I'm going to write that you've been having thoughts of ending your life. Is that "
          "fair?", "That's fair."), "suicidal_ideation"),
        (("So three weeks ago you smashed his car window with a bat. Is that right?", "Yes."),
         "harm_to_others"),
        ((_HOW, "I got out of the van with a crowbar and he drove off."), "harm_to_others"),
        (("Do you ever wish you hadn't pulled through the operation?", "Yes."),
         "suicidal_ideation"),
        (("When you burn, what are you hoping for?", "That it goes quiet."), "self_harm"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Have you had any thoughts of ending your life?",
          "Why would I want to die? I've got the grandkids."), "suicidal_ideation"),
        (("Some people with this illness feel life isn't worth going on with. Have you had "
          "thoughts like that?", "No, not me."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_denied_and_not_endorsed(turns: tuple[str, ...], kind: str) -> None:
    got = found(*turns, roles=True)
    assert (kind, "denied") in got
    assert (kind, "endorsed") not in got


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a saying retold, called a saying at once
        ("Earlier you said you'd rather die than sit that exam again. Can I ask about that?",
         "Oh, that's just a figure of speech."),
        # "back", a swing, a pin to the top, shaken to wake, a film
        (_HOW, "I pushed him back on the swing and he squealed."),
        (_HOW, "I've pinned them to the top of my chats."),
        (_HOW, "I shook her and she wouldn't wake, so I rang 999."),
        (_HOW, "In the movie the stepdad was beating the boy and I had to leave."),
        (_HOW, "My coach pushes me too hard at training."),
        (_HOW, "She beat me at chess again."),
        (_HOW, "He hit me up last night about the gig."),
        (_HOW, "I nearly burned myself on the kettle making tea."),
        (_HOW, "My friend said her ex used to hit her, but she's safe now."),
        (_HOW, "I keep the scissors in my drawer away from the kids."),
        (_HOW, "If I get flu I won't go to the doctor, I'll just rest."),
        (_HOW, "I'm not going to be here much longer, my shift ends at six."),
        (_HOW, "The bus nearly hit me this morning, scary."),
        (_HOW, "I shook his hand and thanked him."),
        (_HOW, "He stabbed me in the back at work, took all the credit."),
        (_HOW, "I looked up how long it takes to boil an egg."),
        (_HOW, "I won't be here to see the tomatoes ripen, we're away on holiday."),
        (_HOW, "I threw a ball at my brother and he caught it."),
        (_HOW, "My mum takes her pension out on Fridays."),
        (_HOW, "I'm tired of waking up at five for work."),
    ],
)  # fmt: skip
def test_no_endorsement(turns: tuple[str, ...], roles: bool) -> None:
    assert not {k for k, s in found(*turns, roles=roles) if s == "endorsed"}


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("Honestly you just want it all to end, you know, you lie there wishing you were dead.",
         "suicidal_ideation"),
        ("You just want to batter somebody, you know, and I keep picturing doing it to him.",
         "harm_to_others"),
    ],
)  # fmt: skip
def test_oneself_as_you_is_the_clients_own(said: str, kind: str) -> None:
    assert (kind, "endorsed") in found(_HOW, said, roles=True)


@pytest.mark.parametrize(
    "turns",
    [
        # "you" as people in general, or a clinician's reflection
        (_HOW, "In this job you just want to help people, you know, you see them at their worst."),
        ("Some people say you just want it to stop, you know, you think about not being here.",
         "Mm."),
        (_HOW, "If nothing's sorted by Friday I'll ring the council again."),
    ],
)  # fmt: skip
def test_not_oneself(turns: tuple[str, ...]) -> None:
    assert not {k for k, s in found(*turns, roles=True) if s == "endorsed"}
