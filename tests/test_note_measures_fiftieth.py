"""Measures of issue 17's fiftieth pass, on invented sentences: the Oldenburg Burnout Inventory
(set apart from Maslach's), the DBAS-16 as the mean of its items, the APSQ, the Brief
Anger-Aggression Questionnaire (set apart from Buss-Perry's), the BAVQ-R, the Zanmi Lasante
Depression Symptom Inventory and the Hwalek-Sengstock screen, and the SBQ-R as "Suicide
Behaviors"; a score said as "You had six." in the sentence after the name (not a count, "You had
two bad nights"); and a range from a lower number to the measure's top ("from twenty to eighty"
of the UCLA) the scale, never an earlier score."""

from __future__ import annotations

import pytest

from localnotes.redact.clinical_allow_list import clinical_terms
from tests.note_fixtures import has_measure as _has
from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("You did the Oldenburg Burnout Inventory last week. It came to forty-four.",),
         "OLBI", 44.0),
        (("Your OLBI was thirty-eight.",), "OLBI", 38.0),
        (("The Dysfunctional Beliefs and Attitudes about Sleep averaged five point two.",),
         "DBAS-16", 5.2),
        (("Your DBAS-16 came out at four point five.",), "DBAS-16", 4.5),
        (("The Athlete Psychological Strain Questionnaire came to thirty-one.",), "APSQ", 31.0),
        (("You filled in the Brief Anger-Aggression Questionnaire. You scored twelve.",),
         "BAAQ", 12.0),
        (("Your Beliefs About Voices Questionnaire was fifty-two.",), "BAVQ-R", 52.0),
        (("The BAVQ-R came to forty.",), "BAVQ-R", 40.0),
        (("The Zanmi Lasante Depression Symptom Inventory came to twenty-two.",), "ZLDSI", 22.0),
        (("We did the Hwalek-Sengstock Elder Abuse Screening Test. You had four.",),
         "H-S/EAST", 4.0),
        (("You did the Suicide Behaviors Questionnaire. It came to nine.",), "SBQ-R", 9.0),
    ],
)  # fmt: skip
def test_measures_added_are_read_with_their_scores(
    turns: tuple[str, ...], name: str, score: float
) -> None:
    found = measures(*turns)
    assert _has(found, name, score), found


@pytest.mark.parametrize(
    ("said", "wrong"),
    [
        ("You did the Oldenburg Burnout Inventory. It came to forty-four.", "MBI"),
        ("You filled in the Brief Anger-Aggression Questionnaire. You scored twelve.", "BPAQ"),
    ],
)
def test_a_measure_added_is_not_taken_for_its_namesake(said: str, wrong: str) -> None:
    assert not any(name.startswith(wrong) for name, _ in measures(said))


def test_the_maslach_and_buss_perry_are_still_read() -> None:
    assert _has(measures("Your Maslach Burnout Inventory came to thirty."), "MBI", 30.0)
    assert _has(measures("The Buss-Perry Aggression Questionnaire was ninety."), "BPAQ", 90.0)


@pytest.mark.parametrize(
    "said",
    [
        # a count after "you had", not a score
        "You did the PHQ-9 last week. You had two bad nights since, you said.",
        "You did the GAD-7 in the lobby. You had three coffees before, you told me.",
    ],
)
def test_a_count_after_you_had_is_no_score(said: str) -> None:
    assert measures(said) == set()


@pytest.mark.parametrize(
    ("said", "want"),
    [
        # the scale's range, from its lowest to its top
        ("You did the UCLA Loneliness Scale. Fifty-eight, from twenty to eighty.", {58.0}),
        ("Your PHQ-9 was twelve, from nought to twenty-seven.", {12.0}),
        # a score that moved, by its verb: both kept
        ("Your UCLA loneliness score went from forty to sixty.", {40.0, 60.0}),
    ],
)
def test_a_range_to_the_measures_top_is_its_scale(said: str, want: set[float]) -> None:
    assert {s for _, s in measures(said)} == want


@pytest.mark.parametrize(
    "term",
    [
        "oldenburg burnout inventory", "dysfunctional beliefs and attitudes about sleep",
        "athlete psychological strain questionnaire", "brief anger-aggression questionnaire",
        "beliefs about voices questionnaire", "zanmi lasante depression symptom inventory",
        "hwalek-sengstock elder abuse screening test",
    ],
)  # fmt: skip
def test_measures_added_are_kept_by_the_redactor(term: str) -> None:
    assert term in clinical_terms()
