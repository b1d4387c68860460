"""Which of the drugs a session names the note lists as the client's medication.

A note's medication list is the client's regimen: a drug with the dose the session says. A drug
named with no dose anywhere in the session is far more often something else: another person's
("she's on methadone at the clinic"), one given once ("gave me the Narcan"), one only talked about
("no paroxetine"), one planned without a dose yet, or an ordinary word heard as a drug's name. Such
a drug is listed (with `dose` None) only where the client is said to take it now ("I'm on
sertraline", "you're still taking the metformin", "my inhaler"); any other is kept apart, for the
note to show as a drug named without a dose, so a clinician still sees it and its evidence. A
drug said as another person's ("my son's risperidone, one milligram", "the patients' fentanyl") is
not the client's whatever its dose: `someone_elses` sets it apart for the note to show as such.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Medication

#: right before the drug's name: the client takes it now or has stopped it ("I'm still on", "you're
#: taking the", "I take my", "take two of the", "I stopped the", "my"); "I was on" and "I took" are
#: not now, and "my mom's" is not the client's
_TAKES_NOW = re.compile(
    r"(?:\b(?:i'm|i am|i've been|i have been|you're|you are|you've been|you have been)"
    r"(?:\s+still)?\s+(?:on|taking|using)|\b(?:i\s+(?:still\s+)?)?(?:take|use)(?:\s+[\w-]+\s+of)?|"
    r"\bi\s+(?:stopped|quit|came off))\s+(?:the\s+|my\s+|your\s+)?$|\b(?:my|your)\s+$",
    re.I,
)


def _said_taken_now(m: Medication) -> bool:
    return any(
        _TAKES_NOW.search(e.quote[: found.start()])
        for e in m.evidence
        for found in re.finditer(re.escape(m.said_as), e.quote, re.I)
    )


def listed(meds: Sequence[Medication]) -> tuple[list[Medication], list[Medication]]:
    """The client's medications (a dose said, or said to be taken now), and the drugs only named
    without a dose."""
    mine = [m for m in meds if m.dose is not None or _said_taken_now(m)]
    return mine, [m for m in meds if m not in mine]


#: right before the drug's name: another person's, by a possessive of who they are ("my son's",
#: "her husband's", "the patients'", "my mom's") or as the one said to take it ("my husband is
#: on", "my mom takes")
_WHO = (
    r"(?:son|daughter|husband|wife|partner|mother|mom|mum|father|dad|brother|sister|friend|"
    r"roommate|boyfriend|girlfriend|kid|child|grandson|granddaughter|grandmother|grandfather|"
    r"grandma|grandpa|aunt|uncle|cousin|neighbou?r|patient|resident|client|baby|stepfather|"
    r"stepmother|stepdad|stepmom)s?"
)
_OTHERS = re.compile(
    rf"\b(?:my|his|her|their|our|your|the|a)\s+(?:\w+\s+)?{_WHO}(?:'s|s'|')\s+"
    r"(?:old\s+|leftover\s+|spare\s+|own\s+)?$"
    # ... or as the one who takes it: "my husband is on", "my mom takes"
    rf"|\b(?:my|our)\s+(?:\w+\s+)?{_WHO}\s+(?:(?:is|was|has been|'s)\s+(?:still\s+)?"
    r"(?:on|taking)|takes|gets|uses)\s+(?:the\s+|some\s+|his\s+|her\s+)?$"
    # ... or by "his" or "their" right before it: "he's still got his Exelon patch"
    r"|\b(?:his|their)\s+(?:old\s+|own\s+|spare\s+|leftover\s+)?$",
    re.I,
)


#: the client taking another person's drug ("I've been taking my wife's zopiclone", "I took one of
#: my roommate's Adderall") makes it the client's
_I_TAKE = re.compile(
    r"\bI(?:'ve been|'m| am| have been)?\s+(?:\w+\s+)?(?:tak(?:e|ing)|took|us(?:e|ed|ing))\b", re.I
)


def _said_as_someone_elses(m: Medication) -> bool:
    return any(
        _OTHERS.search(e.quote[: found.start()]) and not _I_TAKE.search(e.quote[: found.start()])
        for e in m.evidence
        for found in re.finditer(re.escape(m.said_as), e.quote, re.I)
    )


def someone_elses(meds: Sequence[Medication]) -> tuple[list[Medication], list[Medication]]:
    """The drugs not said to be another person's, and those said so ("my son's risperidone")."""
    others = [m for m in meds if _said_as_someone_elses(m)]
    return [m for m in meds if m not in others], others
