"""Medication rules of issue 17's twenty-second pass, from the misses of the blind set aa01-aa22
(read after it was measured), each in wordings of its own: a drug named as another person's and
then given to the client at a dose is the client's; a dose said after "I think it's" answers the
question about the drug; a question about something else ends the search for a dose; the next step
of a change ("seventy-five for a fortnight, then the hundred") is in the change; "is one of the"
is no dose."""

from __future__ import annotations

import pytest

from tests.note_fixtures import medication_entries as entries


def test_a_drug_another_takes_then_started_at_a_dose_is_the_clients() -> None:
    got = entries(
        "We could move you across to sertraline.",
        "My husband's on sertraline. He gets on fine with it.",
        "For two weeks you'd drop the paroxetine to twenty and start sertraline at fifty.",
        "Okay.",
    )
    assert ("sertraline", 50.0) in {(n, d) for n, d, _ in got}


def test_a_drug_only_another_takes_stays_theirs() -> None:
    got = entries("Anything else in the house?", "My husband's on sertraline, fifty milligrams.")
    assert all(n != "sertraline" for n, _, _ in got)


@pytest.mark.parametrize("answer", ["I think it's fifty.", "It's fifty.", "Still the fifty."])
def test_a_hedged_dose_answers_the_drug_asked_about(answer: str) -> None:
    got = entries("Now, the sertraline. What are you on at the moment?", answer)
    assert ("sertraline", 50.0) in {(n, d) for n, d, _ in got}


def test_a_question_about_something_else_ends_the_search_for_a_dose() -> None:
    got = entries("How's the sertraline?", "It's fine.", "How old is your mum?", "It's fifty.")
    assert all(d is None for n, d, _ in got if n == "sertraline")


@pytest.mark.parametrize(
    ("turns", "dose", "step"),
    [
        # (since the forty-eighth pass "Fifty, one a day." is the dose taken, the change its own)
        (("So the sertraline.", "Fifty, one a day. I'd like to raise it. We'd go to seventy-five "
          "for a fortnight, then the hundred."), 50.0, "100"),
        (("We'll start you on sertraline at fifty, then up to a hundred after two weeks.",
          "Okay."), 50.0, "100"),
    ],
)  # fmt: skip
def test_the_next_step_of_a_change_is_in_the_change(
    turns: tuple[str, ...], dose: float, step: str
) -> None:
    changes = {c for n, d, c in entries(*turns) if n == "sertraline" and d == dose}
    assert any(c and c.endswith(f"then {step}") for c in changes)


def test_a_change_with_no_next_step_names_none() -> None:
    got = entries("The sertraline, we'll go up to seventy-five for two weeks, then review.", "Ok.")
    assert all("then" not in (c or "") for _, _, c in got)


def test_is_one_of_the_is_no_dose() -> None:
    got = entries("Sertraline is one of the preferred choices when breastfeeding.", "Good.")
    assert all(d != 1.0 for _, d, _ in got)


@pytest.mark.parametrize(
    ("turns", "generic", "dose"),
    [
        # a strength said as a plural, alone
        (("Blues, the street diazepam?", "Yeah. Tens. One or two at night."), "diazepam", 10.0),
        (("And the diazepam?", "The twos."), "diazepam", 2.0),
        # a dose after a drug stopped, with a yes after it
        (("You stopped the sertraline, didn't you?", "The fifty, yeah. In the summer."),
         "sertraline", 50.0),
        # a dose, then an aside, then the drug
        (("Sixty milligrams, then, of the methadone.", "Yes."), "methadone", 60.0),
    ],
)  # fmt: skip
def test_doses_said_around_the_drug(turns: tuple[str, ...], generic: str, dose: float) -> None:
    assert (generic, dose) in {(n, d) for n, d, _ in entries(*turns)}


def test_a_plural_alone_about_something_else_is_no_dose() -> None:
    got = entries("How old are your kids?", "Twos.", "And the diazepam?", "I stopped it.")
    assert all(d is None for n, d, _ in got if n == "diazepam")


def test_a_drug_asked_about_and_denied_takes_no_later_dose() -> None:
    """The new drug's name misheard ("an electric zone" for naltrexone): its doses are not the
    opioid the client just said no to."""
    got = entries(
        "Have you ever had any opioids, painkillers",
        "like codeine or tramadol?",
        "No, nothing like that.",
        "Good, because an electric zone blocks them, we'd start with half a tablet, 25 milligrams",
        "for three days.",
        "Then a full tablet, fifty milligrams, once a day.",
    )
    assert all(n not in ("tramadol", "codeine") for n, _, _ in got)


def test_still_taking_answered_no_keeps_the_dose_of_the_drug_stopped() -> None:
    got = entries(
        "Are you still taking the propranolol?", "No, I stopped that. The ten milligrams."
    )
    assert ("propranolol", 10.0) in {(n, d) for n, d, _ in got}
