"""Each recognizer on the forms Whisper writes, spoken variants included, and what it must keep."""

from __future__ import annotations

import pytest

from localnotes.redact import Redactor, get_redactor
from localnotes.types import Segment


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def redacted(redactor: Redactor, text: str) -> str:
    return redactor.redact([Segment(0.0, 1.0, text)]).segments[0].text


def kinds(redactor: Redactor, text: str) -> set[str]:
    return {s.kind for s in redactor.analyze(text)}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Our home number is 312-555-0887.", "0887"),
        ("Call me at 3-1-2, 5-5-5, 0-8-8-7.", "0-8-8-7"),
        ("It's six two eight five five five zero one four three now.", "zero one four three"),
        ("Their number is 508-55-7712.", "7712"),
        ("The fax is (336) 555 4028.", "4028"),
        ("You can reach me on 917-55533888.", "33888"),
    ],
)
def test_phone_numbers_in_any_spacing_or_spoken(redactor: Redactor, text: str, secret: str) -> None:
    out = redacted(redactor, text)
    assert secret not in out
    assert "[PHONE]" in out or "[ID]" in out


@pytest.mark.parametrize(
    ("text", "secret", "kind"),
    [
        ("My member ID is WXK-44-821-90.", "821", "ID"),
        ("And your member number? HQ 993-0417.", "0417", "ID"),
        ("Medical record number M-R-N-7-7-0-3-8-1.", "3-8-1", "MRN"),
        ("The case number is CV-2023-04518.", "04518", "ID"),
        ("The plate was 7KJP 392.", "7KJP", "PLATE"),
        ("License number D417-228-901.", "228", "ID"),
        ("The device serial is PMX 883102.", "883102", "ID"),
        ("HR gave me an incident number, HR-4771.", "4771", "ID"),
        ("Account number three three one eight zero seven two.", "zero seven two", "ID"),
        ("Her docket number is twenty four, dash, one two three.", "one two three", "ID"),
        ("The device ID on the pump is MX-4471-B.", "4471", "ID"),
        ("It's a blue Honda, plate 8-X-R-T-5-5-1.", "5-5-1", "PLATE"),
        ("The last four of your social, 6-2-9-1.", "6-2-9-1", "SSN"),
        ("My social is 543-21-9876.", "9876", "SSN"),
        ("zip code four eight one one seven", "one one seven", "ZIP"),
        ("Ashford, 01983.", "01983", "ZIP"),
        ("The server was at 192.168.14.7 that night.", "192.168", "IP_ADDRESS"),
    ],
)
def test_record_member_case_plate_and_device_numbers(
    redactor: Redactor, text: str, secret: str, kind: str
) -> None:
    out = redacted(redactor, text)
    assert secret not in out
    assert kinds(redactor, text) & {kind, "ID", "PHONE", "ZIP", "SSN", "IP_ADDRESS"}


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Yes, since March the 9th.", "9th"),
        ("Mom died on the 21st of October.", "October"),
        ("the twenty first of October", "twenty first"),
        ("June the twenty second, 1990.", "June"),
        ("The hearing is on May 14th.", "May 14th"),
        ("His stroke was in August.", "August"),
        ("I relapsed on Saturday the sixteenth.", "sixteenth"),
        ("The evaluation is on the 5th of December.", "December"),
        ("Born 3/9/1990.", "3/9"),
        ("He died on the fourth of July.", "fourth of July"),
        ("My appointment is on the 8th.", "8th"),
        ("The letter is dated 12.24.2019.", "12.24"),
    ],
)
def test_dates_lose_day_and_month(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redacted(redactor, text)


def test_year_of_a_date_is_kept(redactor: Redactor) -> None:
    out = redacted(redactor, "June 22nd, 1990.")
    assert "1990" in out and "June" not in out


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("She was 93, and I thought we had more time.", "93"),
        ("Dad turned 91 on his birthday.", "91"),
        ("I'm ninety seven years old.", "ninety seven"),
        ("She's in her late nineties.", "nineties"),
        ("He is 102 years old.", "102"),
    ],
)
def test_ages_over_89(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redacted(redactor, text)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("My email is dana.pryce@outlook.com.", "pryce"),
        ("My email is t reyes ninety at gmail dot com.", "reyes"),
        ("Sure, my email is dana.priceatoutbook.com.", "dana"),
        ("It's j okonkwo at corvid analytics dot io.", "okonkwo"),
        ("He posted on www.thehollowboard.net yesterday.", "hollowboard"),
        ("The portal is heart track dot com slash patients.", "heart track"),
        ("They tagged my account at Sunny underscore Rivers 88.", "Rivers"),
        ("Someone made an account, @aidensucks2000.", "aidensucks"),
        ("My username is bluebird 77.", "bluebird"),
        ("You can look it up at www dot Kindred Hearts dot org.", "Kindred"),
        ("Go to kindredhearts.org slash support.", "support"),
    ],
)
def test_emails_urls_and_handles_read_aloud(redactor: Redactor, text: str, secret: str) -> None:
    assert secret.lower() not in redacted(redactor, text).lower()


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("My doctor, Doctor Nkemelu, said she could refer me.", "Nkemelu"),
        ("You mentioned Dr. Ocopher started you on it.", "Ocopher"),
        ("Officer Brannigan gave me the report.", "Brannigan"),
        ("My coach, Mr. Galway, knows.", "Galway"),
        ("Your lawyer is still Ms. Castellanos?", "Castellanos"),
        ("My sister Keisha talked me through it.", "Keisha"),
        ("Hi Lucia, come on in.", "Lucia"),
        ("My brother Desmond was there.", "Desmond"),
        ("Pastor Whitfield runs one on Thursdays.", "Whitfield"),
        ("I used to coach my son Mateo's soccer team.", "Mateo"),
    ],
)
def test_names_with_titles_and_relations(redactor: Redactor, text: str, secret: str) -> None:
    out = redacted(redactor, text)
    assert secret not in out
    assert "[PERSON]" in out


def test_title_is_kept_before_the_name(redactor: Redactor) -> None:
    assert redacted(redactor, "I saw Dr. Abernathy today.").startswith("I saw Dr. [PERSON]")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I swim at the pool on Delancey Road.", "Delancey"),
        ("Her office is at 1400 Westbrook Avenue.", "Westbrook"),
        ("It was on Route 47 near Dunmore Crossing.", "Route 47"),
        ("It was on route forty seven.", "forty seven"),
        ("I'm now at 432 Birchwood Lane, apartment 6B.", "6B"),
        ("His daughter lives in Marlow Heights.", "Marlow"),
        ("We moved to Ellsworth last year.", "Ellsworth"),
        ("At the shelter on 90 Cobalt Street in lower Wexford.", "Cobalt"),
    ],
)
def test_addresses_routes_and_small_places(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redacted(redactor, text)


def test_states_may_stay(redactor: Redactor) -> None:
    assert "Ohio" in redacted(redactor, "We moved back to Ohio after the divorce.")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("I work part time at Cedar Valley Library.", "Cedar Valley"),
        ("She refers people to a sleep clinic at Saint Vincent's.", "Vincent"),
        ("Mom died at Maple Grove Nursing Home.", "Maple Grove"),
        ("Pastor runs it at Grace Fellowship Church.", "Grace Fellowship"),
        ("I cry on the way home from Northgate Auto.", "Northgate"),
        ("I had a panic attack on the train to bright water logistics.", "bright water"),
        ("Yes, herald from open door housing alliance.", "open door"),
        ("I'm at Ridgemont High School.", "Ridgemont"),
        ("He is at Sunnybrook Assisted Living now.", "Sunnybrook"),
    ],
)
def test_organisations_that_identify_a_person(redactor: Redactor, text: str, secret: str) -> None:
    assert secret not in redacted(redactor, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sertraline, fifty milligrams, since the spring.",
        "I take 50 milligrams of sertraline twice a day.",
        "Trazodone 25 milligrams at bedtime helps.",
        "It's been three weeks, maybe two months.",
        "The anxiety is maybe a seven out of ten.",
        "My pain is 7 out of 10 most days.",
        "Some in the winter of 2019.",
        "We married in two thousand ten.",
        "My PHQ-9 was 18 and my GAD-7 was 15.",
        "It was worse than in 2021.",
        "I walked 10,000 steps yesterday.",
        "We talked for 90 minutes about the panic attacks.",
        "My PHQ-9 score was 14 last time.",
        "I've had insomnia for about three years.",
        "My mood is better since last Tuesday.",
        # a decimal is a number, not a month and a day
        "I would rate it a 7.5 out of 10.",
        "Sleep was about 6.5 hours a night.",
        "Her score went from 12.3 to 8.",
        "Clonazepam 1.5 milligrams at night.",
    ],
)
def test_doses_durations_scores_and_years_are_kept(redactor: Redactor, text: str) -> None:
    assert redacted(redactor, text) == text


@pytest.mark.parametrize(
    "term",
    ["melatonin", "sertraline", "PTSD", "ADHD", "panic attacks", "sleep hygiene", "stroke"],
)
def test_clinical_terms_survive_even_when_capitalised(redactor: Redactor, term: str) -> None:
    text = f"{term.capitalize() if term.islower() else term} has been on my mind, doctor."
    assert term.lower() in redacted(redactor, text).lower()


@pytest.mark.parametrize(
    "text",
    [
        "And so my fellow Americans, ask not what your country can do for you.",
        "My family is Catholic and my husband is Jewish.",
        "I voted Democrat for the first time.",
    ],
)
def test_nationality_religion_and_party_are_not_identifiers(redactor: Redactor, text: str) -> None:
    # not on the Safe Harbor list, and often clinically relevant (faith, culture)
    assert redacted(redactor, text) == text


def test_a_name_beside_a_group_word_is_still_redacted(redactor: Redactor) -> None:
    out = redacted(redactor, "My Catholic friend Kay Dunmore from Baptist Church came along.")
    assert "Dunmore" not in out and "Baptist Church" not in out and "Catholic" in out


@pytest.mark.parametrize(
    "text",
    [
        "The portal is www.mercyhealth.org/patients, or see https://Example.co.uk/a?b=1 later.",
        'She said "bluelake.net" twice. Mr. Holt came at 4.30 p.m. with the e.g. forms.',
        "Go to\nWWW.SHOUT.COM\tor 'http://a-b.info/x/' (and node.js), at 9:15.",
    ],
)
def test_presidio_url_patterns_read_only_the_words_that_can_hold_a_url(text: str) -> None:
    from presidio_analyzer.predefined_recognizers import UrlRecognizer

    from localnotes.redact.analyzer_factory import url_words

    def found(t: str) -> list[tuple[int, int, float]]:
        return sorted((r.start, r.end, r.score) for r in UrlRecognizer().analyze(t, ["URL"]))

    blanked = url_words(text)
    assert len(blanked) == len(text)
    assert "Holt" not in blanked and "twice" not in blanked  # the words without a URL
    assert found(text)  # the text holds URLs, and the blanked text gives the same matches
    assert found(blanked) == found(text)


@pytest.mark.parametrize(
    "text",
    [
        "He reads who I've messaged every night. Scream or curse at you? Sometimes.",
        "She follows me everywhere and shouts at me.",
        "I posted it, and he laughed at them.",
    ],
)
def test_a_pronoun_after_at_is_no_handle(redactor: Redactor, text: str) -> None:
    assert "[HANDLE]" not in redacted(redactor, text)
