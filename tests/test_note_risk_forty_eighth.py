"""Risk rules of issue 17's forty-eighth pass, from the misses of the set bd01-bd22 (measured
blind in the forty-seventh pass, then read), each in wordings of its own, with and without
speaker labels; and everyday sentences with the same words, which must not be read so."""

from __future__ import annotations

import pytest

from tests.note_fixtures import ROLES, endorsed, found

_HOW = "How have things been?"


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # a friend named in one turn, told of in the next ones, owned turns later
        (("What brings you in?", "It's my mate really. A mate of mine.", "Go on.",
          "He burns his arm with a lighter when his dad shouts.", "How do you know?",
          "He showed me the marks.", "Is this about you?", "Yeah. It's me. There's no mate."),
         "self_harm"),
        # a clinician's plain summary without "so", let stand with a yes
        (("You were planning to hit him with the bat.", "Yeah."), "harm_to_others"),
        (("You've been thinking about ending it.", "Yep."), "suicidal_ideation"),
        # stalking owned, and told by the one it is done to
        ((_HOW, "I tailed her car home from the gym three times last month."), "abuse_or_neglect"),
        ((_HOW, "I hid a GPS tracker in her bag after she went out with the girls."),
         "abuse_or_neglect"),
        ((_HOW, "My ex put a tracking app on my phone, I only found it on Sunday."),
         "abuse_or_neglect"),
        # a threat as breaking someone
        (("What would you do?", "If he comes round again, I'll break him."), "harm_to_others"),
        # what a carer took or held back, named not all right by the clinician
        (("She keeps my pills in her handbag and takes my pension.",
          "Keeping your pills and taking your pension is not okay, whoever does it."),
         "abuse_or_neglect"),
        # "I want to dead", Jamaican and West African English
        ((_HOW, "Some nights I just want to dead."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_found(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        # "It is what we say." to a saying checked aloud
        (("On the phone you told me, let God take me. What did you mean?",
          "It is what we say. I'm tired, that's all. I don't want to die."), "suicidal_ideation"),
        # "It's a joke." to a threat to oneself checked aloud
        (("How's the thesis?", "If they fail me, I'll throw myself off the roof.",
          "Have you had thoughts of ending your life?", "It's a joke. I don't want to die."),
         "suicidal_ideation"),
        # "I don't want to dead."
        (("Any thoughts of killing yourself?", "No. I don't want to dead."), "suicidal_ideation"),
    ],
)  # fmt: skip
def test_denied(turns: tuple[str, ...], kind: str, roles: bool) -> None:
    assert (kind, "denied") in found(*turns, roles=roles)
    assert kind not in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "turns",
    [
        # an itch asked about, a scratch told
        ("And the itching from the dialysis?", "Bad. I scratched my arms open in my sleep."),
        ("How's the eczema?", "Rubbish, I scratched my legs raw last night."),
        # a tool borrowed for work
        ("Where's the machete?", "My uncle keeps it. I use his when I cut."),
        # a word between that is a negation
        (_HOW, "My son never takes my pension, he just helps me at the post office."),
        # following a car by arrangement; a tracker for oneself
        (_HOW, "I followed her car to the garage so she could drop it off."),
        (_HOW, "My husband put a tracker on my bike for me, in case it gets nicked."),
        # breaking in a horse, breaking news to someone
        (_HOW, "I'll break him in slowly, he's a young horse."),
        # a clinician's plain summary of another thing, or put right
        ("You were going to call your sister.", "Yeah."),
        ("You were going to hit him.", "No, I was going to walk away."),
        # a verdict that is no abuse
        ("Is it fine to take my tablets with food?", "Taking your tablets with food is all right."),
    ],
)  # fmt: skip
def test_harmless(turns: tuple[str, ...], roles: bool) -> None:
    assert not endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [("Yes. Safe.", "denied"), ("Yeah.", "denied"), ("Not really.", "endorsed"),
     ("No.", "endorsed")],
)  # fmt: skip
def test_safety_summed_up_and_answered(answer: str, status: str, roles: bool) -> None:
    turns = ("So you feel safe at home.", answer)
    assert found(*turns, roles=roles) == {("abuse_or_neglect", status)}


@ROLES
def test_a_summary_that_sounds_as_though(roles: bool) -> None:
    assert "self_harm" in endorsed("It sounds as though you've been cutting again.", "Yeah.",
                                   roles=roles)  # fmt: skip


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("I sort of, you know, want to be dead.", "suicidal_ideation"),
        ("I've been, um, like, burning my arm with a lighter.", "self_harm"),
        ("He kinda, you know, chokes me when he's had a drink.", "abuse_or_neglect"),
        ("I wanted to, erm, stab him.", "harm_to_others"),
    ],
)
def test_found_through_fillers(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "answer",
    ["I've had my moments, like, but no. Not that.", "I eh want to dead, Miss."],
)
def test_denied_through_fillers_and_dialect(answer: str, roles: bool) -> None:
    question = "Have you had any thoughts of ending your life?"
    assert ("suicidal_ideation", "denied") in found(question, answer, roles=roles)
    assert "suicidal_ideation" not in endorsed(question, answer, roles=roles)


def test_evidence_quotes_the_fillers_as_said() -> None:
    from harness.turns import said as as_segments
    from localnotes.notes.extract import extract

    risks = extract(as_segments([_HOW, "I sort of, you know, want to be dead."])).risk
    quotes = [e.quote for r in risks for e in r.evidence]
    assert quotes == ["I sort of, you know, want to be dead."]


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "Do you know, I think about the garden a lot.",
        "I kind of like my job, um, most days.",
        "What kind of pills do they give you for hay fever?",
    ],
)
def test_fillers_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
def test_a_dream_denied_awake_is_a_denial(roles: bool) -> None:
    dream = ("Any dreams?", "I dreamt I shot my boss, and woke up laughing.")
    asked = (
        "And awake, any thoughts of hurting him?",
        "In the dream, yes. Awake, never. I would never touch him.",
    )
    assert found(*dream, *asked, roles=roles) == {("harm_to_others", "denied")}
    # a dream told and not denied is charted as told
    assert "harm_to_others" in endorsed(*dream, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("ngl i've been thinking about how to unalive myself", "suicidal_ideation"),
        ("I necked the whole box on Friday and went to bed hoping I'd not wake.",
         "suicidal_ideation"),
        ("The ambulance came and they pumped my stomach, I'd wanted it over.",
         "suicidal_ideation"),
        ("Next time I won't wake up, I promise you that.", "suicidal_ideation"),
        ("If they'd found me an hour later I'd have been gone by then.", "suicidal_ideation"),
        ("My nan found the tablets in my drawer. I'd saved them for myself.",
         "suicidal_ideation"),
        ("My teacher found the razors in my pencil case. They're what I use on my legs.",
         "self_harm"),
        ("Last week I posted my cuts on a private account.", "self_harm"),
        ("I pick at my arm till it breaks the skin most nights.", "self_harm"),
        ("He was being a smart mouth so I gave him one across the face.", "harm_to_others"),
        ("After a few pints I end up holding my girlfriend by the neck.", "harm_to_others"),
        ("I texted him that he'll regret it, and I meant every word.", "harm_to_others"),
        ("Mum found the bat in my car. I'd got it for that guy from the pub.", "harm_to_others"),
        ("He pins me against the wall by my throat when he's angry.", "abuse_or_neglect"),
        ("My husband moved my pension into his own account without asking.",
         "abuse_or_neglect"),
        ("I'm not allowed a key to the house, he locks me in when he goes out.",
         "abuse_or_neglect"),
        ("She forces me even when I say no.", "abuse_or_neglect"),
    ],
)  # fmt: skip
def test_found_as_the_ninth_battery_tells_it(said: str, kind: str, roles: bool) -> None:
    assert kind in endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I swallowed the lot of the soup, hoping that'd be it for lunch.",
        "They pumped my stomach after the food poisoning from the mushrooms.",
        "I gave the dog one across the face with the towel to dry him.",
        "I threw the ball at him and he caught it.",
        "The nurse says I'm not allowed a key to the medicine cupboard.",
        "It leaves a mark on her face, the mask she wears at work.",
        "Dad found the knife in my bag. I'd got it for the lad's birthday cake.",
        "Dad found the rope in the garage. I'd bought it for myself to tie the canoe down.",
        "My cat scratched my legs to bits when I bathed her.",
        "My brother punched me on the arm when I told him about the baby, he was buzzing.",
        "My wife checks the receipts because we're saving for a wedding.",
    ],
)
def test_the_ninth_batterys_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("turns", "kind"),
    [
        (("Is there a shotgun on the farm you've thought about using on yourself?", "Yes."),
         "suicidal_ideation"),
        (("Have you thought about using the rifle on anyone?", "Yes."), "harm_to_others"),
        (("Has anyone asked you for naked pictures online?", "Yes."), "abuse_or_neglect"),
        (("Do you ever go without heating because someone won't let you have it?", "Yes."),
         "abuse_or_neglect"),
        ((_HOW, "I stood at the top working out whether the drop would be enough."),
         "suicidal_ideation"),
        ((_HOW, "I'm going to sort that man out for good, I swear it."), "harm_to_others"),
    ],
)  # fmt: skip
def test_found_as_the_twenty_second_probe_tells_it(
    turns: tuple[str, ...], kind: str, roles: bool
) -> None:
    assert kind in endorsed(*turns, roles=roles)


@ROLES
@pytest.mark.parametrize(
    ("answer", "status"),
    [("The interpreter says: no, he has never thought of it.", "denied"),
     ("She signs: yes, most nights.", "endorsed")],
)  # fmt: skip
def test_an_answer_given_through_an_interpreter_or_in_sign(
    answer: str, status: str, roles: bool
) -> None:
    question = "Have you had thoughts of ending your life?"
    assert ("suicidal_ideation", status) in found(question, answer, roles=roles)


@ROLES
@pytest.mark.parametrize(
    "said",
    [
        "I'll sort the garden out for good this spring.",
        "We went without heating for a week because the boiler broke.",
        "He asked me for the pictures from the wedding.",
    ],
)
def test_the_twenty_second_probes_words_harmless(said: str, roles: bool) -> None:
    assert not endorsed(_HOW, said, roles=roles)
