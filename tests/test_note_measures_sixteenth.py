"""Measures of issue 17's sixteenth pass (from the g-set's misses), on invented sentences: widely
used instruments the lexicon lacked (PHQ-4, CY-BOCS, CGI-S, Buss-Perry, Penn State, NASA-TLX,
Addenbrooke's, Warwick-Edinburgh, Sheehan, "the PCL"); "the Hamilton" told by the anxiety or the
depression said after it."""

from __future__ import annotations

import pytest

from tests.note_fixtures import measures


@pytest.mark.parametrize(
    ("turns", "name", "score"),
    [
        (("The PHQ-4 you did at the front desk was seven.",), "PHQ-4", 7.0),
        (("On the children's Yale-Brown, Sam came out at 22.",), "CY-BOCS", 22.0),
        (("The clinical global impression I'd give him is a four.",), "CGI-S", 4.0),
        (("Your Buss-Perry came to 97 this time.",), "BPAQ", 97.0),
        (("The Penn State was 58, which is high worry.",), "PSWQ", 58.0),
        (("After the shift the NASA-TLX was 65.",), "NASA-TLX", 65.0),
        (("The Addenbrooke's today was 82.",), "ACE-III", 82.0),
        (("The short Warwick-Edinburgh was 24 this month.",), "SWEMWBS", 24.0),
        (("Your Warwick-Edinburgh was 41.",), "WEMWBS", 41.0),
        (("And the Sheehan, how much it gets in the way at work, was 18.",), "Sheehan", 18.0),
        (("Your PCL came out at 38 this week.",), "PCL-5", 38.0),
        (("I scored the Hamilton with you, the anxiety one, at 19.",), "HAM-A", 19.0),
        (("The Hamilton for mood was 21 today.",), "HAM-D", 21.0),
    ],
)
def test_instruments_in_wide_use(turns: tuple[str, ...], name: str, score: float) -> None:
    got = measures(*turns, "Okay.")
    assert any(n.startswith(name) and s == score for n, s in got), got


def test_the_phq4_is_not_the_phq9() -> None:
    got = measures("The PHQ-4 came to nine.", "Okay.")
    assert not any(n == "PHQ-9" for n, _ in got), got


def test_the_warwick_edinburgh_is_not_the_postnatal_edinburgh() -> None:
    got = measures("The Warwick-Edinburgh was 19.", "Right.")
    assert not any(n.startswith("EPDS") for n, _ in got), got
