"""Measures of issue 17's seventeenth pass (from the h-set's misses), on invented sentences:
instruments in wide use the lexicon lacked (PANSS, BFNE, IBS-SSS, Nijmegen, Cambridge Worry Scale,
Kingston Caregiver Stress Scale, Asthma Control Test, CRAFFT, Autism Parenting Stress Index (not
the PSI-SF), ADOS-2, PSYRATS, Relationship Assessment Scale, AAQoL, SADQ, HHIE-S, DDNSI, Beck
Cognitive Insight Scale, MEQ-30, CEQ, TETRAS, AFEQT, CASE, WFIRS-S, BCAP), their names kept by
redaction (a title of three words or more, or a span that takes "The" with it); a further score
said with an article ("yesterday you were a six"); "the ADOS-2 of eight" (its name's number is no
scale's top); a count of yes answers as a yes/no screen's score; today's score told with who scored
it ("The rater saw you this morning and it was 18."); an earlier score "in intensive care"; the
Edinburgh's last question as "EPDS item 10", not the PHQ-9's item 9. Ratings: a longer follow-up
("And right after you've checked and it's fine?"); the same question put to the other person ("Dan,
same question."); "how much embarrassment do you feel"; "how connected" is connectedness; a percent
leading the answer on a scale to a hundred; a score said back ("Fifty-four out of a hundred.") is
the measure's, not a rating; "0-10" written as speech recognition writes it."""

from __future__ import annotations

import pytest

from localnotes.redact import Redactor, get_redactor
from localnotes.types import Segment
from tests.note_fixtures import found, measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The PANSS total today was 74.",), "PANSS", 74.0),
        (
            ("You filled in the brief fear of negative evaluation, and it came to 51.",),
            "BFNE",
            51.0,
        ),
        (("Your IBS-SSS was two hundred and forty.",), "IBS-SSS", 240.0),
        (("The Nijmegen came out at 31, which is high.",), "Nijmegen", 31.0),
        (("On the Cambridge worry scale you scored 36.",), "CWS", 36.0),
        (("The Kingston caregiver stress scale was 28.",), "KCSS", 28.0),
        (("Her Asthma Control Test was seventeen.",), "ACT", 17.0),
        (("The CRAFFT came to two.",), "CRAFFT", 2.0),
        (("Both of you did the Autism Parenting Stress Index, and yours was 35.",), "APSI", 35.0),
        (("The ADOS-2 comparison score was seven.",), "ADOS-2", 7.0),
        (("The delusions part of the PSYRATS came to 15.",), "PSYRATS", 15.0),
        (("The relationship assessment scale came to 27.",), "RAS", 27.0),
        (("Your AAQoL was 64 this time.",), "AAQoL", 64.0),
        (("The SADQ came to 41.",), "SADQ", 41.0),
        (("The HHIE-S from the audiologist was 18.",), "HHIE-S", 18.0),
        (("The DDNSI came to 22.",), "DDNSI", 22.0),
        (("The Beck Cognitive Insight Scale was 6.",), "BCIS", 6.0),
        (
            ("On the Mystical Experience Questionnaire your mean was three point four.",),
            "MEQ-30",
            3.4,
        ),
        (("The Challenging Experience Questionnaire averaged one point six.",), "CEQ", 1.6),
        (("The TETRAS performance score was 31.",), "TETRAS", 31.0),
        (("Your AFEQT came to 63.",), "AFEQT", 63.0),
        (("The CASE at discharge was 9.",), "CASE", 9.0),
        (("The functioning scale, the Weiss, averaged two point three.",), "WFIRS-S", 2.3),
        (("Her Brief Child Abuse Potential Inventory came to 9.",), "BCAP", 9.0),
        (("On the worry scale for pregnancy, the Cambridge, you got 33.",), "CWS", 33.0),
    ],
)
def test_instruments_in_wide_use(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns, "Okay.")
    assert any(n.startswith(name) and s == score for n, s in got), got


def test_the_autism_parenting_stress_index_is_not_the_psi_sf() -> None:
    got = measures("The Autism Parenting Stress Index came to 40.", "Okay.")
    assert not any(n.startswith("PSI-SF") for n, _ in got), got


def test_the_ados_2_is_not_scored_two() -> None:
    got = measures("The ADOS-2 comparison score was seven.", "Okay.")
    assert not any(n.startswith("ADOS") and s == 2.0 for n, s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "In that case, you should call the crisis line.",
        "We practised the ACT skills again this week, all 3 of them.",
        "The cows were out on the road at 6.",
        "Just in case it was 5, I rang the pharmacy.",
    ],
)
def test_ordinary_words_are_no_instrument(text: str) -> None:
    got = measures(text, "Okay.")
    assert not any(n.startswith(("CASE", "ACT (", "COWS")) for n, _ in got), got


def test_the_cambridge_scale_alone_is_no_worry_scale() -> None:
    got = measures("The Cambridge scale this month was one hundred and ten.", "Okay.")
    assert not any(n.startswith("CWS") for n, _ in got), got


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


@pytest.mark.parametrize(
    "text",
    [
        "Your Nijmegen this month was 33.",
        "Her Kingston caregiver stress scale was 22 at the last visit.",
        "On the Cambridge worry scale she put 38.",
        "His Beck Cognitive Insight Scale came out at nine.",
        "We repeated the Asthma Control Test and it was 19.",
        "The nurse gave you the Brief Child Abuse Potential Inventory. It came to seven.",
        "And the functioning scale, the Weiss, averaged two point one.",
    ],
)
def test_new_instrument_names_survive_redaction(redactor: Redactor, text: str) -> None:
    assert redactor.redact([Segment(0.0, 5.0, text)]).segments[0].text == text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Her brother lives in Kingston now.", "Kingston"),
        ("She studied in Cambridge for three years.", "Cambridge"),
        ("Dr. Weiss saw him on Monday.", "Weiss"),
    ],
)
def test_a_name_in_a_new_instruments_name_is_redacted_alone(
    redactor: Redactor, text: str, name: str
) -> None:
    got = redactor.redact([Segment(0.0, 5.0, text)])
    assert name not in got.segments[0].text


def test_a_names_own_number_before_of_is_no_scales_top() -> None:
    got = measures("The clinic gave him an ADOS-2 of six.", "Okay.")
    assert any(n.startswith("ADOS-2") and s == 6.0 for n, s in got), got


def test_a_further_score_said_with_an_article() -> None:
    got = measures(
        "The nurse scored your withdrawal on the COWS this morning.",
        "You were a five today, and last night you were a nine.",
    )
    assert {("COWS", 5.0), ("COWS", 9.0)} <= got, got


def test_a_count_of_yes_answers_is_a_yes_no_screens_score() -> None:
    got = measures(
        "We went through the Danger Assessment together at intake.",
        "You said yes to seven of the questions.",
    )
    assert ("Danger Assessment", 7.0) in got, got


def test_yes_to_a_count_of_time_is_no_score() -> None:
    got = measures("We did the Danger Assessment together.", "You said yes to two weeks off.")
    assert not any(n == "Danger Assessment" for n, _ in got), got


def test_todays_score_told_with_who_scored_it() -> None:
    got = measures(
        "Your MADRS at the screening visit was 34.",
        "The rater saw you this morning and it was twenty.",
    )
    assert {("MADRS", 34.0), ("MADRS", 20.0)} <= got, got


def test_a_number_that_is_not_said_as_a_score_after_one_is_not_today_s() -> None:
    got = measures(
        "Your MADRS at the screening visit was 34.",
        "The rater saw you this morning for 45 minutes.",
    )
    assert ("MADRS", 45.0) not in got, got


def test_an_earlier_score_in_intensive_care() -> None:
    got = measures("The CASE at discharge was 6.", "In intensive care you were a nineteen.")
    assert {("CASE (Clinical Assessment Scale in Autoimmune Encephalitis)", 19.0)} <= got, got


def test_the_edinburghs_last_question_is_its_tenth() -> None:
    turns = (
        "Your Edinburgh came to fifteen.",
        "On the last question, about harming yourself, you marked a two, sometimes.",
    )
    got = measures(*turns)
    assert ("EPDS item 10", 2.0) in got, got
    assert not any(n.startswith("PHQ-9 item") for n, _ in got), got
    assert ("suicidal_ideation", "endorsed") in found(*turns, "Yes."), found(*turns)


def test_the_phq9s_last_question_is_still_its_ninth() -> None:
    got = measures(
        "Your PHQ-9 was twelve.", "On the last question, about hurting yourself, you put a one."
    )
    assert ("PHQ-9 item 9", 1.0) in got, got
    assert not any(n.startswith("EPDS item") for n, _ in got), got


def test_the_edinburghs_ninth_question_is_no_risk_item() -> None:
    got = measures("Your EPDS was nine.", "On question nine, about crying, you marked a one.")
    assert not any("item" in n for n, _ in got), got


def test_a_score_said_back_is_the_measures_not_a_rating() -> None:
    got = measures(
        "The fear of the dark is what we will work on next.",
        "Good.",
        "The DLQI came to eighteen.",
        "Eighteen out of thirty. That's a lot.",
    )
    assert any(n.startswith("DLQI") and s == 18.0 for n, s in got), got
    assert not any(n.endswith("rating") and s == 18.0 for n, s in got), got


def test_a_longer_follow_up_asks_the_same_rating_again() -> None:
    got = measures(
        "How tense do you get before a meeting, zero to ten?",
        "A seven.",
        "And once the meeting has started and you've said your piece?",
        "It drops to a three.",
    )
    assert {("tension rating", 7.0), ("tension rating", 3.0)} <= got, got


def test_the_same_question_put_to_the_other_person() -> None:
    got = measures(
        "Dana, how angry are you about the move, zero to ten?",
        "An eight.",
        "Rob, same question.",
        "A three.",
    )
    assert {("anger rating", 8.0), ("anger rating", 3.0)} <= got, got


def test_how_much_of_a_feeling_do_you_feel() -> None:
    got = measures("How much regret do you feel about the decision, zero to ten?", "A six.")
    assert ("regret rating", 6.0) in got, got


def test_how_connected_is_connectedness() -> None:
    got = measures("How connected do you feel to your friends, zero to ten?", "A five.")
    assert ("connectedness rating", 5.0) in got, got


def test_a_percent_leading_the_answer_on_a_scale_to_a_hundred() -> None:
    got = measures(
        "How convinced are you that the neighbours are listening, zero to a hundred?",
        "Seventy percent. Maybe a thirty percent chance I'm wrong.",
    )
    assert ("conviction rating", 70.0) in got, got
    assert ("conviction rating", 30.0) not in got, got


def test_a_percent_on_a_scale_to_ten_is_no_rating() -> None:
    got = measures("How anxious are you at work, zero to ten?", "Fifty percent of the time.")
    assert not any(s == 50.0 for _, s in got), got


def test_a_scale_written_with_a_hyphen() -> None:
    got = measures("How stressed are you this week, 0-10?", "A6, maybe.")
    assert ("stress rating", 6.0) in got, got


def test_a_question_about_a_count_after_a_rating_is_no_follow_up() -> None:
    got = measures(
        "How nervous are you before you pick up the phone, zero to ten?",
        "A seven.",
        "And how many times did you ring the office on Monday, in the end?",
        "Twelve.",
    )
    assert not any(s == 12.0 for _, s in got), got


def test_a_follow_up_after_one_exchange_between() -> None:
    got = measures(
        "How nervous are you when you sign in at reception, zero to ten?",
        "A nine. My hand shakes and the pen skids. I hate it. Everyone stares.",
        "Have you ever had thoughts of ending your life?",
        "No. Never. It's just nerves. I'm fine otherwise. Honestly.",
        "Good. And at home, signing a card for a friend?",
        "A three.",
    )
    assert ("nervous (anxiety) rating", 3.0) in got, got


def test_a_follow_up_long_after_any_rating_is_no_rating() -> None:
    got = measures(
        "How nervous are you at reception, zero to ten?",
        "A nine.",
        "Okay.",
        "Tell me about your week.",
        "Busy. Work was long. I saw my sister. We went to the coast.",
        "That sounds nice. We talked about the garden last time.",
        "Yes. The roses are out.",
        "And the neighbours, with the fence?",
        "Maybe a two, they have calmed down.",
    )
    assert not any(s == 2.0 for _, s in got), got


def test_how_present_is_presence() -> None:
    got = measures("How present do you feel right now, zero to ten?", "A three.")
    assert ("presence rating", 3.0) in got, got


def test_an_amount_in_grams_after_a_rating_is_no_value() -> None:
    got = measures(
        "How bad is the pain, zero to ten?",
        "Six. Worse at night.",
        "And the ketamine itself, lately?",
        "Two grams a day, more at weekends.",
    )
    assert ("pain rating", 6.0) in got, got
    assert not any(s == 2.0 for _, s in got), got
