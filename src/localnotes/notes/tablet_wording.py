"""The wording of tablets counted or split and the total they make, for `doses` and
`dose_worked_out`: "half a tab, so twenty-five", "two of the fifties", "half a milligram", a
combination tablet's strength ("the thirty five hundreds") and a strength in percent said of a
drug put on the skin. Re-exported by `dose_wording`, where they were first kept."""

from __future__ import annotations

import re

#: before a total restated after a count of tablets: "half a tab, so twenty-five", "two of the two
#: hundreds, so four hundred", "two in the morning and two at night, so a thousand each time"
SO_TOTAL_BEFORE = re.compile(r"(?:^|[,\s])so,?\s+(?:that's\s+|that is\s+|it's\s+)?$", re.I)
#: after a count or strength, the total it makes: "... of the one milligram, so half a milligram"
SO_TOTAL_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:mgs?|milligrams?|mcg|micrograms?|tabs?|tablets?|pills?|capsules?|s)?"
    r"(?:\s+[\w'-]+){0,4}?,?\s+so,?\s+(?:that's\s+|that is\s+|it's\s+)?",
    re.I,
)
#: a clause that counts tablets or splits one: "half a tab", "two of the fifties", "the whole one"
COUNT_WORDS = re.compile(
    r"\b(?:half|quarter|of (?:the|a|an|one|them|those|these|my)|tabs?|tablets?|pills?|capsules?|"
    r"strips?)\b",
    re.I,
)
#: a fraction of a unit said as words: "half a milligram", "a quarter of a milligram"
FRACTION_OF_UNIT = re.compile(
    r"\b(half|(?:a\s+)?quarter)(?:\s+of)?\s+an?\s+(mgs?|milligrams?)\b|"
    r"(?<!\band )\b(?:a|the)\s+(half|quarter)[\s-]+(mgs?|milligrams?)\b",
    re.I,
)


#: one of a unit said as words: "paracetamol, a gram, four times a day"
A_UNIT = re.compile(
    r"(?<![\w'-])(?<!\bhalf )(?<!\bquarter )(?<!\bof )an?\s+(grams?|milligrams?|micrograms?)\b",
    re.I,
)


#: a combination tablet's strength, its first part the opioid's and the rest paracetamol's: "the
#: thirty five hundreds" (co-codamol 30/500), "eight/500"
COMBINED_STRENGTH = re.compile(
    r"\b(eight|fifteen|thirty|sixty|8|15|30|60)(?:\s+five hundreds|\s+500s|\s*/\s*500s?)\b", re.I
)


#: a strength in percent, said of a drug put on the skin: "the lidocaine ointment, the five percent
#: one" (a percent said of anything else is no dose)
PERCENT_AFTER = re.compile(r"^\s*(?:percent|per cent|%)", re.I)
TOPICAL = re.compile(
    r"\b(?:ointments?|creams?|gels?|patch(?:es)?|lotions?|foams?|plasters?|lidocaine|lignocaine|"
    r"capsaicin)\b",
    re.I,
)


#: a total said as a fraction after tablets are counted: "Half of one of her point fives. So a
#: quarter."
SO_FRACTION = re.compile(
    r"(?:^|[,.;]\s+|\s)so,?\s+(?:that's\s+|it's\s+)?(a\s+quarter|a\s+half|half)\b(?!\s+(?:of|an?)\b)"
    r"(?=\W*$)",
    re.I,
)
