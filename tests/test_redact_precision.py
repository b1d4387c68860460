"""Precision without losing names: what only the tagger took for a name is looked at again.

Issue 18: capitalised sentence starts, words Whisper misheard, misspelt drug names, acronyms
and nationwide programmes were redacted as people and organisations, removing clinically
meaningful words. The sentences here are new (not from the benchmark dialogs): each checks the
general rule, and the second half checks that real names around the same rules still go.
"""

from __future__ import annotations

import pytest

from localnotes.redact import Redactor, get_redactor
from localnotes.redact.tagger_name_check import only_common_words, sounds_clinical
from localnotes.types import Segment


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def one(redactor: Redactor, text: str) -> str:
    return redactor.redact([Segment(0.0, 1.0, text)]).segments[0].text


@pytest.mark.parametrize(
    "text",
    [
        "How was the weekend? Terrible, I barely slept.",  # a sentence start before a comma
        "Exhausted, mostly. Work has been a lot.",
        "Horrible, I barely ate.",
        "I stopped the Wellbuttrin last month.",  # a drug after an article
        "Has anyone mentioned Lexapros to you?",  # a drug misspelt, no dose to repair it
        "What's the worry? Alpitations, then the spiral.",  # "palpitations" less its first letter
        "Did the VA send the letter? And my Medicaid card came.",  # nationwide programmes
        "I used the Wise Mind thing from group.",  # a skill named in capitals
        "We practised Distress Tolerance skills.",
        "Your doctor increased it to 30 milligrams.",  # not "Doctor Increased"
        "Some nausea the first week, then it went away.",
        "Where do you live these days?",  # "these" is no misspelt town
        "I'm going to talk with the school counselor.",  # no organisation in lower case here
        "And right now, zero to a hundred? Ninety, honestly.",  # a score said in words
        "Eighty-five, maybe. Seventy when you walked in.",
        # drugs the lexicon lacks and the drug dictionary names, said first in a sentence
        "Tacrolimus, four milligrams twice a day, mycophenolate, 500 twice a day.",
        "Tamsulosin, 0.4, for the water works.",
        "Warfarin, five milligrams, and they check my blood every week.",
        "Carvedilol, 12.5 twice a day, aspirin, 81.",
        "Anastrozole, 0.5 milligrams twice a week, to keep the estrogen down.",
        # a release form and strength after a drug's name
        "I take Wellbutrin XL-150 every morning.",
        "I was on Seroquel XR-300 before the switch.",
        # a measure's number run into its score by speech recognition: no date
        "Your PHQ 9-7 today, down from twelve.",
        "And the GAD 7-6, so a bit better.",
        # a word the tagger took for a name, written in lower case in the same turn (aj22)
        "Wishing, Doc, just wishing, I never planned nothing.",
        "Hoping, doctor. Only hoping it ends.",
    ],
)
def test_words_the_tagger_took_for_names_are_kept(redactor: Redactor, text: str) -> None:
    assert one(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Rose, how was your week?", "Rose"),  # a given name that is also a word
        ("I saw her on 9-7 at the clinic.", "9-7"),  # a date, no measure before it
        ("The PHQ on 9-7 was fine.", "9-7"),
        ("Has anyone mentioned Clinton to you?", "Clinton"),  # a name that sounds like clonidine
        ("Yes, doctor. Felicino did.", "Felicino"),  # tagged as a nationality by the small model
        ("My lawyer, Ms. Little, said to keep a log.", "Little"),  # a word, but titled
        ("What's your last name? Barrios", "Barrios"),
        ("Thanks, Delphine. See you next week.", "Delphine"),
        ("Elínborg, can I please speak to your boss?", "Elínborg"),  # letters of any script
        ("Her maiden name is Takács", "ács"),  # the whole word, not "[PERSON]ács"
        ("Ask Doctor Ninety about it.", "Ninety"),  # a number word, but titled
        ("Allegra, my sister, came over.", "Allegra"),  # a given name that is also a brand
        ("Dr. Warfarin Smith called.", "Smith"),  # a drug's spelling inside a name: the name goes
        ("Dr. Warfarin Smith called.", "Warfarin"),
        # a given name written in lower case as a word too is still a name
        ("Will, will you sit down?", "Will,"),
        ("Rose, the rose garden was lovely.", "Rose,"),
    ],
)
def test_names_around_the_same_rules_still_go(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in one(redactor, text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("it is seven nine three Buena Vista Avenue, Corvallis", "seven"),
        ("This ninety five year old woman lives alone.", "five"),
        ("My father retired at the age of one hundred", "hundred"),
    ],
)
def test_number_words_of_scale_names_are_not_clinical_on_their_own(
    redactor: Redactor, text: str, secret: str
) -> None:
    # "PHQ nine", "GAD seven", "PCL five" are clinical terms; "nine" alone is not, and was cut
    # off the edge of house numbers and ages
    assert secret not in one(redactor, text)


def test_the_word_lists_hold_what_they_say() -> None:
    assert only_common_words("Awful") and only_common_words("these")
    # given names, surnames and one-word places are possible names however common the word
    for name in ("Rose", "Brown", "Dublin", "Okonkwo"):
        assert not only_common_words(name)
    assert sounds_clinical("Zollof") and sounds_clinical("Praisesan")
    assert not sounds_clinical("Clinton") and not sounds_clinical("Rosalind")


def test_the_tagger_reads_only_sentences_that_may_hold_a_name() -> None:
    from localnotes.redact.tagger_name_check import tagger_text

    text = (
        "How has your week been? Awful, I barely slept.\n"
        "My ex, Curtis, texts me. She's from jersey city."
    )
    out = tagger_text(text)
    assert len(out) == len(text)  # offsets are the transcript's
    assert "Curtis" in out and "jersey city" in out
    assert "Awful" not in out and "week" not in out and "\n" in out


def test_everyday_words_that_begin_a_place_name_do_not_wake_the_tagger() -> None:
    from localnotes.redact.tagger_name_check import tagger_text

    # "my", "day", "long" and "back" begin My Tho, Day County, Long Beach and Back Bay, and
    # are Census surnames; only a place named in full is a reason to read the sentence
    text = "It was a long day at my job. I came back late. We moved to ellsworth in may."
    out = tagger_text(text)
    assert "long day" not in out and "came back" not in out
    assert "ellsworth" in out
    assert "long beach" in tagger_text("we drove to long beach.")


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        # sentences the tagger never reads (no capitalised word, no place named in full): the
        # other recognizers still read them
        ("my number is five five five, two one two, three four five six.", ["three four"]),
        ("my email is dana dot price at gmail dot com.", ["dana", "price"]),
        ("my address is 1142, sick and more lane, since last may.", ["1142", "sick and more"]),
        ("my social is one two three, four five, six seven eight nine.", ["six seven"]),
        ("we took my kids to candlewood lake on my day off.", ["candlewood"]),
    ],
)
def test_identifiers_in_sentences_the_tagger_skips_are_still_found(
    redactor: Redactor, text: str, secrets: list[str]
) -> None:
    from localnotes.redact.tagger_name_check import tagger_text

    assert tagger_text(text).strip() == ""  # the shortcut applies to these sentences
    out = one(redactor, text).lower()
    for secret in secrets:
        assert secret not in out, out


def test_a_blanked_stretch_is_never_part_of_a_name(redactor: Redactor) -> None:
    # the sentences between are blanked for spaCy, which once labelled the blank as a person
    text = (
        "Yeah, my service number was S. and 555208914. And how are the nightmares? "
        "Better on prazosin, two milligrams. Still some avoidance."
    )
    out = one(redactor, text)
    assert "555208914" not in out
    assert "And how are the nightmares? Better on prazosin, two milligrams." in out


@pytest.mark.parametrize(
    "text",
    [
        # a word named as a drug is named, a dose after it: the same word later is that drug
        "And Cerebral. 100 milligrams at bedtime. The Cerebral makes me groggy.",
        "Are you still taking the Cordial? Twenty five milligrams at night. The Cordial makes "
        "me dizzy.",
        "Weight gain is common with Mertazapine, so we'll watch it.",  # after a weak cue
        # a kind of service, not one place
        "Let's look into the Senior Center's lunch program.",
        "She goes to the Grief Group on Tuesdays.",
        "The Crisis Clinic called back.",
    ],
)
def test_drugs_named_with_a_dose_and_kinds_of_service_are_kept(
    redactor: Redactor, text: str
) -> None:
    assert one(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I asked Dolores. Fifty milligrams, she said.", "Dolores"),  # a Census name
        ("Say hi to Okonkwo. 20 milligrams was fine.", "Okonkwo"),  # not where a drug is named
        ("He volunteers at the Ellsworth Community Center.", "Ellsworth"),  # a name of its own
        ("My work e-mail is t dot barrow at brightline.evil, don't write it.", "brightline"),
    ],
)
def test_names_beside_a_dose_or_a_service_word_still_go(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in one(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        # measures named after a person or a place, as speech recognition writes them
        "You also did the Kessler. That came to 31.",
        "Your QIDS was 15 today, and the Altman, the mania one, was 4.",
        "And the Beck hopelessness scale went from 15 to 9.",
        "The Calgary depression scale came out at seven today, mild.",
        "Let's score them first, the Yale tick scale, the total tick score is twenty-four.",
        "Your Epworth this time was 19.",
        # its questions as the clinician names them (am's spoken turns, thirty-fourth pass)
        "We did the Kessler question there, and it came to 28.",
        # a short code before its score is a measure, whatever was said before it
        "Wednesday was group, group helps. The symptom list, the BSL-23, came to 2.1 on average.",
        # doses run together, or past a hundred, are no zip code and no age
        "And now it's 150, 50 in the morning and 100 at night.",
        "She did a hundred for three weeks and now a hundred and fifty since Friday.",
    ],
)
def test_measures_named_after_people_and_doses_are_kept(redactor: Redactor, text: str) -> None:
    assert one(redactor, text) == text


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I saw the Kessler family at the store.", "Kessler"),  # the name, not the measure
        ("Mr Kessler, the question is whether he rings.", "Kessler"),
        ("Dr. Altman called about the refill.", "Altman"),
        ("Tell Beck I said hello.", "Beck"),
        ("We moved to Calgary last spring.", "Calgary"),
        ("My diabetes, Maria says, is the distress scale of my life.", "Maria"),  # in no name
        ("She's now a hundred and two.", "hundred"),  # an age still goes
        ("My zip is 02139 in the morning.", "02139"),  # said to be a zip code
        ("Group number AB-23.", "23"),  # a code, and no score after it
    ],
)
def test_names_and_numbers_beside_measures_and_doses_still_go(
    redactor: Redactor, text: str, secret: str
) -> None:
    assert secret not in one(redactor, text)
