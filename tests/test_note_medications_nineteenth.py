"""Medications of issue 17's nineteenth pass (from the k-set's misses and extras), on invented
sentences: another person's drug told by their name ("Lily's on methylphenidate"), by "my mom's
on", or by the answer to a question about them ("Does Noah take anything?"); a parent who speaks
for a child, the client, found by the clinician's "He's on Elvanse ...?" or "Hi Mum", and that
parent's own drug said in the turn in which they speak of the child; a dose said as tablets of a
strength ("two five hundreds"); UK brands and drugs the lexicon did not know (Elvanse, glargine,
Ozempic). Each with what must not be read so.
"""

from __future__ import annotations

from localnotes.notes.extract import extract
from localnotes.types import Segment


def segs_of(*turns: str, speakers: bool = True) -> list[Segment]:
    who = ("clinician", "client")
    return [
        Segment(i * 4.0, i * 4.0 + 3.5, t, who[i % 2] if speakers else None)
        for i, t in enumerate(turns)
    ]


def meds(*turns: str, speakers: bool = True) -> set[tuple[str, float | None]]:
    return {(m.name, m.dose) for m in extract(segs_of(*turns, speakers=speakers)).medications}


def others(*turns: str) -> list[str]:
    return [i.text for i in extract(segs_of(*turns)).items if i.text.startswith("Another")]


# --- another person's drug --------------------------------------------------------------------


def test_a_drug_a_person_named_is_on_is_theirs() -> None:
    turns = (
        "Chris, I know you've got your blood pressure too.",
        "Lisinopril, ten milligrams. And Lily's on methylphenidate, eighteen milligrams, for her "
        "ADHD, which she forgets half the time.",
    )
    for speakers in (True, False):
        got = meds(*turns, speakers=speakers)
        assert ("lisinopril", 10.0) in got, got
        assert not any(n == "methylphenidate" for n, _ in got), got
    assert any("methylphenidate" in t for t in others(*turns))
    got = meds("Anything else?", "And [PERSON]'s on sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) not in got, got
    got = meds("Anything else?", "Sarah takes sertraline, fifty milligrams, for her nerves.")
    assert ("sertraline", 50.0) not in got, got


def test_a_word_that_starts_a_sentence_is_no_person_taking_the_drug() -> None:
    got = meds("Anything else?", "That's on top of the sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) in got, got
    got = meds("What are you taking?", "Now I'm on sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) in got, got
    got = meds("Everything okay?", "Everyone's on something. Mine's sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) in got, got


def test_my_mom_is_on_with_the_s_right_after_the_word() -> None:
    for said in (
        "My mom's on warfarin, five milligrams, and I keep away from her tablets.",
        "My mum's been on lithium, four hundred milligrams, for years.",
        "My husband is on sertraline, fifty milligrams.",
    ):
        assert meds("Anyone at home on anything?", said) == set(), said
    # the client's own, after speaking of a relative
    got = meds("How's your mum?", "My mum's fine. I'm on sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) in got, got


def test_the_answer_to_whether_another_person_takes_anything_is_theirs() -> None:
    turns = (
        "I think going up to a hundred milligrams of sertraline would help. "
        "Does [PERSON] take anything?",
        "Melatonin, three milligrams, for sleep. The paediatrician gave it to him.",
    )
    for speakers in (True, False):
        got = meds(*turns, speakers=speakers)
        assert ("melatonin", 3.0) not in got, got
        assert ("sertraline", 100.0) in got, got
    got = meds("Is your son on any medication?", "Methylphenidate, eighteen milligrams.")
    assert got == set(), got
    got = meds("Does Noah take anything?", "Melatonin, two milligrams.")
    assert got == set(), got


def test_the_client_asked_about_or_answering_with_their_own_drug_is_not_another_person() -> None:
    # "she" may be the client a parent is asked about
    got = meds("Is she taking anything else at the moment?", "Montelukast, ten milligrams.")
    assert ("montelukast", 10.0) in got, got
    # the answer goes on to the client's own drug
    got = meds("Does Noah take anything?", "No. I'm on sertraline, fifty milligrams, though.")
    assert ("sertraline", 50.0) in got, got
    # a question about the client
    got = meds("Do you take anything?", "Melatonin, two milligrams.")
    assert ("melatonin", 2.0) in got, got


# --- a parent speaking for a child ------------------------------------------------------------


def test_the_clinician_asking_a_parent_what_he_is_on_makes_he_the_client() -> None:
    turns = (
        "Let's talk about the Concerta. He's on thirty-six milligrams?",
        "Thirty-six in the morning. By four o'clock it's worn off.",
        "I think we should try fifty-four milligrams.",
        "Will he still sleep? He's on melatonin already, two milligrams.",
    )
    for speakers in (True, False):
        got = meds(*turns, speakers=speakers)
        assert ("melatonin", 2.0) in got, got
        assert ("methylphenidate", 54.0) in got, got


def test_he_is_on_without_such_a_question_is_another_persons() -> None:
    got = meds("How's your husband?", "He's on melatonin, two milligrams, and he sleeps better.")
    assert ("melatonin", 2.0) not in got, got
    # a question that names neither a drug nor a dose says nothing of who is the client
    got = meds(
        "She's on what?",
        "I don't know.",
        "How is your sister?",
        "She's on lithium, four hundred milligrams.",
    )
    assert ("lithium", 400.0) not in got, got


def test_a_clinician_greeting_mum_says_a_parent_speaks_for_the_client() -> None:
    got = meds(
        "Hi Aisha, hi Mum. Thanks for coming in together.",
        "Hi.",
        "The plan is to start fluoxetine, ten milligrams once a day. Is she taking anything else?",
        "Montelukast, ten milligrams, for her asthma. She's on cetirizine, ten milligrams, too.",
    )
    assert {("fluoxetine", 10.0), ("montelukast", 10.0), ("cetirizine", 10.0)} <= got, got


def test_a_parent_names_their_own_drug_in_the_turn_that_speaks_of_the_child() -> None:
    turns = (
        "Let's talk medicine. He's on Elvanse, thirty milligrams in the morning?",
        "Yes. It helps in class.",
        "I'd like to add guanfacine, one milligram at night.",
        "Will it make him sleepy? I'm on sertraline, a hundred, and I know how tired tablets "
        "can make you.",
    )
    got = meds(*turns)
    assert {("lisdexamfetamine", 30.0), ("guanfacine", 1.0)} <= got, got
    assert ("sertraline", 100.0) not in got, got
    assert any("sertraline" in t for t in others(*turns))


def test_the_child_naming_their_own_drug_is_the_clients() -> None:
    got = meds(
        "Let's talk medicine. He's on Elvanse, thirty milligrams in the morning?",
        "Yes.",
        "And you, anything else you take?",
        "I'm on melatonin, two milligrams.",
    )
    assert ("melatonin", 2.0) in got, got
    # no parent in the session: "I'm on" after speaking of him is the client's
    got = meds("How's your son?", "He's fine, he's at school. I'm on sertraline, fifty milligrams.")
    assert ("sertraline", 50.0) in got, got


# --- doses as said ----------------------------------------------------------------------------


def test_tablets_of_a_strength_said_in_the_plural_are_one_dose() -> None:
    got = meds("Anything for pain?", "Paracetamol, two five hundreds, four times a day.")
    assert got == {("acetaminophen", 1000.0)}, got
    got = meds("For the back?", "Ibuprofen, two four hundreds at night.")
    assert got == {("ibuprofen", 800.0)}, got
    got = meds("Anything for pain?", "Paracetamol, two 500s when my knee is bad.")
    assert ("acetaminophen", 1000.0) in got, got


def test_a_count_that_is_no_count_of_tablets_of_a_strength() -> None:
    # "of the": tablets counted out of a box, read as before
    got = meds("And the paracetamol?", "I take two of the five hundreds.")
    assert ("acetaminophen", 1000.0) not in got, got
    # the strength said in the singular, before the unit
    got = meds("And for pain?", "Paracetamol, two five hundred milligram tablets.")
    assert ("acetaminophen", 1000.0) not in got, got
    # a time and a strength, a comma between
    got = meds("When do you take the ibuprofen?", "At two, five hundreds are too strong.")
    assert ("ibuprofen", 1000.0) not in got, got


def test_a_gram_is_read_as_said() -> None:
    # the earlier sets label "a gram" of paracetamol 1 g, as said (k21 labels it 1000 mg)
    ex = extract(segs_of("And for the knee?", "Paracetamol, a gram four times a day."))
    got = {(m.name, m.dose, m.unit) for m in ex.medications}
    assert got == {("acetaminophen", 1.0, "g")}, got


# --- names the lexicon did not know -----------------------------------------------------------


def test_uk_brands_and_insulin_by_its_own_name() -> None:
    got = meds("He's on Elvanse, thirty milligrams in the morning?", "Yes.")
    assert ("lisdexamfetamine", 30.0) in got, got
    # (the unit is not read: "twenty units" is as often alcohol)
    got = meds("And the insulin?", "Glargine, ten units at night to start with.")
    assert ("insulin glargine", 10.0) in got, got
    got = meds("What do you take?", "I'm on the Ozempic, point five milligrams, once a week.")
    assert ("semaglutide", 0.5) in got, got
