"""The change said of a dose ("go up to one fifty", "they put it up from thirty to sixty"), and
its next step said with it: "We'd go to seventy-five for a fortnight, then the hundred", "start at
fifty, then up to a hundred after two weeks". The step is told in the entry's change ("increase
to 75 mg, then 100"), so the plan reads as said."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import dose_changes as dc
from localnotes.notes import doses as dr
from localnotes.notes.dose_from import dose_before
from localnotes.notes.dose_plans import starts_on_a_day
from localnotes.notes.numbers import find_numbers, plain
from localnotes.notes.sentences import Sentence

#: between the change's dose and the next step
_THEN = re.compile(
    r"^(?:(?![.?!;]|\bbut\b|\bor\b)[^\d])*?\b(?:then|and then|after that|and after that)\s+"
    r"(?:(?:we'd|we'll|we will|we would|you'd|you'll|it'll|it would|it goes|go|going|come|"
    r"comes|coming|drop|drops|dropping)\s+)?(?:(?:up|down)\s+)?(?:to\s+|on\s+to\s+|onto\s+)?"
    r"(?:the\s+|a\s+|the a\s+)?$",
    re.I,
)


def then_step(text: str, end: int, dose: float, unit: str | None) -> str:
    """ ", then N" for the next step said after the dose that ends at `end`, or ""."""
    rest = re.sub(r"\bthe (hundred|thousand)\b", r"the a \1", text[end:], flags=re.I)
    for n in find_numbers(rest):
        if _THEN.match(rest[: n.start]):
            if n.value == dose or not 0.25 <= n.value <= 3000:
                return ""
            u = f" {unit}" if unit else ""
            return f", then {plain(n.value)}{u}"
    return ""


def change_said(
    text: str, dose: dr.Dose | None, unit: str | None, was: float | None = None
) -> str | None:
    """The change said in `text` to `dose`; from `was`, the dose said before, when known."""
    before = was if was is not None else dose_before(text, dose.number.value) if dose else None
    if dose is not None and before is not None:  # "they put it up from thirty to sixty"
        way = "increase" if dose.number.value > before else "decrease"
        u = f" {unit}" if unit else ""
        return f"{way} from {plain(before)} to {plain(dose.number.value)}{u}"
    for word, pattern in dc.CHANGES:
        if pattern.search(text):
            if dose is not None and word in ("increase", "decrease", "start", "change"):
                u = f" {unit}" if unit else ""
                joiner = " at " if word == "start" else " to "
                then = then_step(text, dose.number.end, dose.number.value, unit)
                return f"{word}{joiner}{plain(dose.number.value)}{u}{then}"
            return word
    if dose is not None and starts_on_a_day(text, dose.number):  # "So one fifty from Monday."
        u = f" {unit}" if unit else ""
        return f"change to {plain(dose.number.value)}{u}"
    return None


#: a change said with no dose, ending its sentence; the new dose follows in the next: "I'd like to
#: go up." "One and a half of the twenties, so thirty milligrams."
_ANNOUNCED = re.compile(
    r"\b(?:(?:go|going|put (?:it|you)|bring (?:it|you)|take (?:it|you)|move (?:it|you)) (up|down)|"
    r"(increas|rais|doubl|lower|reduc|decreas|halv)(?:e|ing) (?:it|that|the dose))\W*$",
    re.I,
)


def announced_before(sentences: Sequence[Sentence], k: int) -> str | None:
    """ "increase" or "decrease" where the sentence before k, by the same speaker, says a change
    with no number and no drug, and sentence k says none of its own: k then gives its dose."""
    if k == 0 or change_said(sentences[k].text, None, None) is not None:
        return None
    before = sentences[k - 1]
    said = _ANNOUNCED.search(before.text)
    if said is None or before.role != sentences[k].role or find_numbers(before.text):
        return None
    if dr.mentions(before):
        return None
    up = (said.group(1) or "").lower() == "up" or (said.group(2) or "").lower() in (
        "increas", "rais", "doubl",
    )  # fmt: skip
    return "increase" if up else "decrease"


def announced_change(way: str | None, dose: dr.Dose, unit: str | None) -> str | None:
    """The change of `dose` announced the sentence before (`announced_before`)."""
    if way is None:
        return None
    return f"{way} to {plain(dose.number.value)}{f' {unit}' if unit else ''}"
