"""Risk rules of issue 17's twenty-fourth pass, from the misses of the blind set ac01-ac22 (read
after it was measured twice), each in wordings of its own with and without speaker labels, and
everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, found


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind", "status"),
    [
        # not waking up, wished "happily"
        (("Can we come back to the winter?", "That winter I'd have happily not woken up. I told "
          "nobody."), "suicidal_ideation", "endorsed"),
        (("How are the mornings?", "Some days I'd gladly not wake up at all."),
         "suicidal_ideation", "endorsed"),
        # the times just told, and no others
        (("Has he hurt you beyond what you've told me?", "Those two times. Nothing else."),
         "abuse_or_neglect", "endorsed"),
        (("Have you cut yourself since we last met?", "Just the three times."), "self_harm",
         "endorsed"),
        # "anyone else", answered "No. Just that.": nothing more than was told, which was so
        (("Has anyone else hurt you or taken your things?", "No. Just that."),
         "abuse_or_neglect", "endorsed"),
        (("Apart from that, has anyone hurt you?", "No. Only that."), "abuse_or_neglect",
         "endorsed"),
        # a joke of pests or things names no one to harm; "..., but no." after a long joke
        (("Any anger at anyone, any thoughts of hurting anyone?", "Only the pigeons on the "
          "sill."), "harm_to_others", "denied"),
        (("Thoughts of hurting anyone?", "Only the seagulls that nick my chips."),
         "harm_to_others", "denied"),
        (("Any thoughts of hurting anyone else?", "Only the fella who parks across my driveway "
          "every single Sunday morning, but no."), "harm_to_others", "denied"),
        # spoken forms of ac's turns: a god asked to come for one, an option run on, the check
        # heard "ending your time", "No" heard "Not", the harm asked about named with its no
        (("Do you ever wish you were dead?", "I've told the Lord he can come and take me any "
          "time."), "suicidal_ideation", "endorsed"),
        (("Is that a wish to be dead or a thought about ending your life?", "Wish I suppose I'm "
          "ready to go."), "suicidal_ideation", "endorsed"),
        (("Were those thoughts of being dead, or of ending your life?", "Being dead."),
         "suicidal_ideation", "endorsed"),
        (("By getting off the bus early, do you mean ending your time?", "Yes, when it comes."),
         "suicidal_ideation", "endorsed"),
        (("When you say strangle, any actual thought of hurting him.", "Not, of course not, just "
          "fed up."), "harm_to_others", "denied"),
        (("And any temper with anyone, any urge to lash out.", "Not me."), "harm_to_others",
         "denied"),
        (("Any thoughts of hurting anybody else, you said you'd been snappy with people.",
          "Snappy, yes, hurting someone, no."), "harm_to_others", "denied"),
        # a check said as a statement, its "?" not heard; "I wouldn't touch anyone" after a clause
        (("So no thoughts of hurting him.", "None, I want my daughter back, not a row."),
         "harm_to_others", "denied"),
        (("Any thoughts of hurting anyone else, the landlord?", "I'm furious with him, I "
          "wouldn't touch anyone."), "harm_to_others", "denied"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, status: str, roles: bool) -> None:
    assert (kind, status) in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a person named after "only" is still a yes
        (("Any thoughts of hurting anyone?", "Only my brother."), "harm_to_others"),
        (("Any thoughts of hurting anyone?", "Only the neighbour, when his dog barks all "
          "night."), "harm_to_others"),
        # "anyone" asked, not "anyone else": "No. Just that." is no yes to something told
        (("Has anyone hurt you?", "Those two times. Nothing else."), "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_still_endorsed(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "endorsed") in found(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # a vehicle that hit someone is no abuse
        ("What happened in the crash?", "The truck that hit us came up the on-ramp."),
        ("Tell me about that day.", "A car hit me on the crossing. I was in hospital a week."),
        ("What happened?", "The van which hit us didn't even stop."),
        # waking up at a time, gladly or not
        ("How did you sleep?", "I'd have happily not woken up at six, the alarm was awful."),
        ("And weekends?", "I'd gladly not wake up early ever again."),
        # a question of the options, one of them not risk; a run-on answer that denies
        ("Is it more about being dead or being somewhere else?", "Somewhere else, a beach."),
        ("Is that a wish to be dead or a thought about ending your life?", "Thought about it "
         "but no, never."),
        ("Are you thinking about ending your time at the firm?", "Yes."),
        ("Will the Lord take me back, do you think?", "Maybe."),
        ("So no plans for the weekend.", "None, I'll stay in."),
        # "anyone else" of the people harmed, answered "No. Just that."
        ("Any thoughts of hurting anyone else?", "No. Just that."),
        ("Has anyone hurt you?", "No. Just that."),
    ],
)  # fmt: skip
def test_everyday_sentences_are_not_endorsed(turns: tuple[str, ...], roles: bool) -> None:
    assert not {k for k, st in found(*turns, roles=roles) if st == "endorsed"}


def test_someone_who_hit_us_is_still_abuse() -> None:
    assert ("abuse_or_neglect", "endorsed") in found("What happened?", "My stepdad hit us.")
    assert ("abuse_or_neglect", "endorsed") in found("What happened?", "The man that hit us "
                                                     "was her boyfriend.")  # fmt: skip
