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
    # redaction may take the "'s" with the name
    got = meds("Anything else?", "Lisinopril, ten. And [PERSON] on methylphenidate, 18 milligrams.")
    assert not any(n == "methylphenidate" for n, _ in got), got
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
    # "of the" was read as tablets counted out of a box until the forty-first pass, which reads
    # it as the dose taken at once, as the later dialogs label it
    # (test_note_medications_forty_first.py)
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


def test_insulin_units_are_a_dose_and_alcohol_units_are_not() -> None:
    got = meds("And the insulin?", "Twenty-two units of Lantus at night.")
    assert ("insulin glargine", 22.0) in got, got
    got = meds(
        "The Lantus?",
        "I was at thirty-two units at night. She's making it thirty-six starting tonight.",
    )
    assert {("insulin glargine", 32.0), ("insulin glargine", 36.0)} <= got, got
    # alcohol, in units a week, or in a sentence about drinking
    got = meds("The Lantus, twenty units?", "Yes. And I drink about thirty units.")
    assert ("insulin glargine", 30.0) not in got, got
    got = meds("And the Lantus?", "Same. Maybe forty units a week, mostly lager.")
    assert ("insulin glargine", 40.0) not in got, got
    # "making it" with no number after is no change
    got = meds("Sertraline, fifty milligrams?", "Yes. We are making it a team effort.")
    assert got == {("sertraline", 50.0)}, got


# --- names the lexicon did not know -----------------------------------------------------------


def test_uk_brands_and_insulin_by_its_own_name() -> None:
    got = meds("He's on Elvanse, thirty milligrams in the morning?", "Yes.")
    assert ("lisdexamfetamine", 30.0) in got, got
    # (the unit is not read: "twenty units" is as often alcohol)
    got = meds("And the insulin?", "Glargine, ten units at night to start with.")
    assert ("insulin glargine", 10.0) in got, got
    got = meds("What do you take?", "I'm on the Ozempic, point five milligrams, once a week.")
    assert ("semaglutide", 0.5) in got, got


def test_montelukast_and_duloxetine_and_vortioxetine_as_speech_recognition_wrote_them() -> None:
    from localnotes.term_repair import repair_segments

    repaired = [
        s.text
        for s in repair_segments(
            segs_of(
                "Is she taking anything else?",
                "Montalucast 10 milligrams for her asthma.",
                "So you're on dulex setting 90 milligrams now, and we start boardioxidine 10 "
                "milligrams.",
            )
        )[0]
    ]
    assert "Montelukast 10 milligrams" in repaired[1], repaired
    assert "duloxetine 90" in repaired[2] and "vortioxetine 10" in repaired[2], repaired


# --- speech recognition's splits and names ----------------------------------------------------


def test_a_name_split_in_two_right_before_its_dose() -> None:
    got = meds("And the sleeping tablet?", "I stopped the zopic clone 7.5.")
    assert ("zopiclone", 7.5) in got, got
    got = meds("Okay.", "Sertra line 50 in the morning.")
    assert ("sertraline", 50.0) in got, got
    # two words of English, or no dose after: no drug
    assert meds("Okay.", "My sister has one 50 times.") == set()
    assert meds("Okay.", "We went to the garden centre 20 times.") == set()
    assert meds("Okay.", "I like the zopic clone a lot.") == set()


def test_a_stopped_drugs_strength_right_after_its_name() -> None:
    got = meds("And the zopiclone?", "I stopped the zopiclone 7.5.")
    assert ("zopiclone", 7.5) in got, got
    # a time after it is no strength
    got = meds("And the sertraline?", "I stopped the sertraline 2 weeks ago.")
    assert ("sertraline", 2.0) not in got, got


def test_doses_of_a_name_the_lexicon_does_not_know_are_not_the_drug_before() -> None:
    # ("Timmy spam" itself is temazepam, known since issue 17's thirty-third pass)
    for said in (
        "We'll stay on 10 milligrams of Kenny spam for two weeks, then move to 10 every other "
        "night.",
        "We'll stay on 10 milligrams of [PERSON] spam for two weeks, then move to 10.",
    ):
        got = meds("And the bone one on Sundays, alendronate, 70 milligrams.", said)
        assert got == {("alendronate", 70.0)}, (said, got)
    # "of it", "of Zoloft" (a name the lexicon knows): the drug talked about
    for said in (
        "So we go up to 100 milligrams of it.",
        "So we go up to 100 milligrams of Zoloft.",
    ):
        ex = extract(segs_of("You're on sertraline, 50 milligrams.", said))
        got2 = {(m.name, m.change) for m in ex.medications}
        assert ("sertraline", "increase to 100 mg") in got2, (said, got2)


def test_a_dose_after_a_redacted_name_is_not_the_drug_talked_about() -> None:
    got = meds(
        "You're on mirtazapine 15 milligrams, 15 at night. And Renee, you're on something too?",
        "Sit a lot, [PERSON], 20 milligrams, for years, it's fine.",
    )
    assert ("mirtazapine", 20.0) not in got, got
    # with no name before it, the dose told is the drug talked about
    ex = extract(
        segs_of(
            "You're on mirtazapine 15 milligrams, 15 at night.",
            "Her letter says going up to 30 milligrams from this week.",
        )
    )
    assert any(m.name == "mirtazapine" and "30" in (m.change or "") for m in ex.medications)
