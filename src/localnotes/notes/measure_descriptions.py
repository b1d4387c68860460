"""Standardized measures named by what they ask about instead of their name: "the nine
questions about mood", "the drinking one", "your trauma checklist", "the anxiety seven",
"the worry scale". Clinicians say this to clients all the time, so a draft that knows only names
loses the score.

A description stands for one instrument of its family: the one the session names outright
("the PHQ-9 last month ... the mood one today"), else the family's usual screen (mood: PHQ-9,
anxiety: GAD-7, drinking: AUDIT, trauma: PCL-5, ...), the count of questions deciding where it
is said ("the two mood questions": PHQ-2, "the three drinking questions": AUDIT-C). A count that
fits no instrument of the family ("the twenty-one mood questions") is left alone, as are domains
no one instrument stands for (distress, drug use, sleep, eating). The draft says the name was
inferred (`said_as`), so the clinician checks which questionnaire it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from localnotes.notes.numbers import find_numbers

#: a family of instruments: the words that name its domain, its instruments, its usual screen,
#: and the instrument a count of questions stands for
_FAMILIES: dict[str, tuple[str, tuple[str, ...], str, dict[int, str]]] = {
    "mood": (
        # "move" is "mood" as speech recognition hears it, before "questionnaire"
        r"mood|depression|depressive|low mood|feeling down|move(?=\s+questionnaire|$)",
        ("PHQ-9", "PHQ-A", "BDI-II", "CES-D", "QIDS", "GDS", "SMFQ", "EPDS", "MADRS", "HAM-D",
         "CDI-2 (Children's Depression Inventory)", "PHQ-8",
         "CDSS (Calgary Depression Scale for Schizophrenia)"),
        "PHQ-9",
        {2: "PHQ-2", 8: "PHQ-8", 9: "PHQ-9"},
    ),
    "anxiety": (
        r"anxiety|anxious|worry|worries|worrying|nerves",
        ("GAD-7", "BAI", "HAM-A", "SCARED", "SCAS (Spence Children's Anxiety Scale)",
         "PASS (Perinatal Anxiety Screening Scale)"),
        "GAD-7",
        {2: "GAD-2", 7: "GAD-7"},
    ),
    "drinking": (
        r"drinking|alcohol|drink",
        ("AUDIT", "AUDIT-C", "CAGE"),
        "AUDIT",
        {3: "AUDIT-C", 10: "AUDIT", 4: "CAGE"},
    ),
    "trauma": (
        r"trauma|ptsd|post-?traumatic(?: stress)?|trauma symptoms?",
        ("PCL-5", "CAPS-5", "IES-R", "PC-PTSD-5 (Primary Care PTSD Screen)",
         "CATS (Child and Adolescent Trauma Screen)"),
        "PCL-5",
        {20: "PCL-5", 5: "PC-PTSD-5 (Primary Care PTSD Screen)"},
    ),
    # the self-rated five (the Altman) is the usual screen; the clinician's eleven the YMRS
    "mania": (r"mania|manic|hypomania", ("Altman Self-Rating Mania Scale (ASRM)", "YMRS"),
              "Altman Self-Rating Mania Scale (ASRM)",
              {5: "Altman Self-Rating Mania Scale (ASRM)", 11: "YMRS"}),
    "insomnia": (r"insomnia", ("ISI",), "ISI", {7: "ISI"}),
    "cannabis": (r"cannabis(?: use)?|marijuana(?: use)?", ("CUDIT-R",), "CUDIT-R", {8: "CUDIT-R"}),
    "resilience": (
        r"resilience",
        ("CD-RISC (Connor-Davidson Resilience Scale)",
         "CD-RISC-10 (Connor-Davidson Resilience Scale)", "Brief Resilience Scale (BRS)"),
        "CD-RISC (Connor-Davidson Resilience Scale)",
        {10: "CD-RISC-10 (Connor-Davidson Resilience Scale)",
         25: "CD-RISC (Connor-Davidson Resilience Scale)"},
    ),
    "well-being": (r"well-?being", ("WHO-5",), "WHO-5", {5: "WHO-5"}),
    "postnatal": (r"postnatal|postpartum|perinatal", ("EPDS",), "EPDS", {10: "EPDS"}),
    "gambling": (r"gambling", ("PGSI", "SOGS"), "PGSI", {9: "PGSI"}),
    # the nine-item short form, the usual screen of problem gaming
    "gaming": (r"gaming|video gaming|internet gaming", ("IGDS9-SF",), "IGDS9-SF", {9: "IGDS9-SF"}),
    "obsessions": (r"obsessions?|ocd|obsessive[- ]compulsive", ("Y-BOCS", "OCI-R"), "Y-BOCS", {}),
    "panic": (r"panic", ("PDSS",), "PDSS", {7: "PDSS"}),
    "adhd": (r"adhd|attention", ("ASRS",), "ASRS", {6: "ASRS", 18: "ASRS"}),
    "grief": (r"grief|bereavement", ("Inventory of Complicated Grief (ICG)", "PG-13"),
              "Inventory of Complicated Grief (ICG)",
              {19: "Inventory of Complicated Grief (ICG)", 13: "PG-13"}),
    "seasonal": (r"seasonal|seasonality|winter",
                 ("SPAQ (Seasonal Pattern Assessment Questionnaire)",),
                 "SPAQ (Seasonal Pattern Assessment Questionnaire)", {}),
    # no usual one: the substance talked about says which ("the withdrawal scale" of cannabis)
    "withdrawal": (r"withdrawal",
                   ("CIWA", "CIWA-Ar", "COWS", "Cannabis Withdrawal Scale (CWS)",
                    "MWC (Marijuana Withdrawal Checklist)",
                    "SOWS (Subjective Opiate Withdrawal Scale)",
                    "OOWS (Objective Opiate Withdrawal Scale)",
                    "MNWS (Minnesota Nicotine Withdrawal Scale)"), "", {}),
    "hopelessness": (r"hopelessness|hopeless", ("BHS (Beck Hopelessness Scale)",),
                     "BHS (Beck Hopelessness Scale)", {20: "BHS (Beck Hopelessness Scale)"}),
    "voices": (r"voices|hearing voices|hallucinations?",
               ("PSYRATS (Psychotic Symptom Rating Scales)",),
               "PSYRATS (Psychotic Symptom Rating Scales)", {}),
    # no usual one: the substance talked about says which ("the dependence questionnaire" of
    # alcohol is the SADQ)
    "dependence": (r"(?:alcohol |drinking )?dependence",
                   ("SADQ (Severity of Alcohol Dependence Questionnaire)",
                    "LDQ (Leeds Dependence Questionnaire)", "SDS"), "", {}),
    # a couple's questionnaires: the Couples Satisfaction Index, the usual one in couples work
    "relationship": (r"relationship|couples?|marital|marriage",
                     ("CSI", "RAS (Relationship Assessment Scale)",
                      "DAS-7 (Dyadic Adjustment Scale)", "RDAS (Revised Dyadic Adjustment Scale)",
                      "DAS (Dyadic Adjustment Scale)"),
                     "CSI", {}),
    "parenting stress": (r"parenting stress|parental stress",
                         ("PSI-SF (Parenting Stress Index Short Form)",),
                         "PSI-SF (Parenting Stress Index Short Form)", {}),
}  # fmt: skip
_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|ten|eighteen|twenty|\d{1,2})"
#: the count said after the description, in apposition: "the resilience one, the ten questions"
_COUNT_AFTER = re.compile(r",\s+the\s+" + _COUNT + r"\s+(?:questions|items)\b", re.I)
_DOMAIN = "(?P<domain>" + "|".join(f[0] for f in _FAMILIES.values()) + ")"
_DET = r"\b(?:the|your|his|her|their|my|that|this|those|these)\s+"
_KIND = (
    r"(?:questionnaires?|questions|scale|screen(?:er|ing)?|checklist|measure|index|"
    r"form|survey|score|one|items)"
)
#: the mood screen said to be older people's: the Geriatric Depression Scale
_FOR_OLDER = re.compile(r",?\s+for (?:older (?:people|adults)|the elderly|elderly people)\b", re.I)
_OLDER = r"(?P<older>(?:older (?:people's|adults'?)|elderly)\s+)?"
#: after a determiner, the words said (`said`), then what must or must not follow them
_DESCRIBED = [
    # "the nine-item mood questionnaire", "the drinking one", "the three drinking questions",
    # "your trauma checklist", "the cannabis use questionnaire"
    re.compile(
        _DET + rf"(?P<said>{_OLDER}(?:{_COUNT}(?:[- ](?:item|question))?\s+)?{_DOMAIN}"
        r"(?:[- ]related)?\s+"
        rf"(?P<kind>{_KIND})\b)(?!\s+(?:times?|days?|nights?|weeks?|more|of|things?|or)\b)",
        re.I,
    ),
    # "the nine questions about mood", "the seven about nerves", "the five from the mania scale"
    re.compile(
        _DET + rf"(?P<said>{_COUNT}\s+(?:(?:questions?|items?)\s+)?(?:about|on|for|of|from)\s+"
        rf"(?:your\s+|the\s+)?{_DOMAIN}(?:\s+{_KIND})?\b)",
        re.I,
    ),
    # "the questionnaire about mood", "your checklist on drinking": no count said
    re.compile(
        _DET + r"(?P<said>(?:questionnaire|scale|checklist|screen(?:er|ing)?|measure|form|survey)"
        rf"\s+(?:about|on|for)\s+(?:your\s+|the\s+)?{_DOMAIN}\b)"
        r"(?!\s+(?:and|or)\b)",
        re.I,
    ),
    # "the anxiety seven"
    re.compile(
        _DET + rf"(?P<said>{_DOMAIN}\s+{_COUNT}\b)"
        r"(?=\s*(?:[,.;]|$|was|is|came|score|total|questionnaire))",
        re.I,
    ),
]
#: the mood screen said to be the teenagers' one: the PHQ-9's version for them
_FOR_TEENS = re.compile(r",?\s+for (?:teenagers|teens|adolescents|young people)\b", re.I)
#: a withdrawal scale by the substance said in its sentence, or by the screen of the session
_SUBSTANCES = (
    (r"cannabis|marijuana|weed|cudit", "Cannabis Withdrawal Scale (CWS)"),
    (r"alcohol|drinking|audit", "CIWA-Ar"),
    (r"nicotine|smoking|cigarettes?|vap(?:e|ing)", "MNWS (Minnesota Nicotine Withdrawal Scale)"),
)


#: a dependence questionnaire by the substance said in its sentence, or by the session's screen
_DEPENDENCE = (
    (r"alcohol|drinking|drink|audit", "SADQ (Severity of Alcohol Dependence Questionnaire)"),
)


def _of_substance(text: str, named: frozenset[str], family: str = "withdrawal") -> str:
    for words, name in _SUBSTANCES if family == "withdrawal" else _DEPENDENCE:
        if re.search(rf"\b(?:{words})", text, re.I) or any(re.match(words, x, re.I) for x in named):
            return name
    return ""


#: an instrument made of subscales named by their domain: named in the session, "your depression
#: score on it", "the anxiety side" is its subscale, not the family's usual screen
_SUBSCALES = {"HADS": {"mood": "HADS-D", "anxiety": "HADS-A"}}
#: a subscale said as a part: "the depression side was sixteen"
_SIDE = re.compile(_DET + rf"(?P<said>{_DOMAIN}\s+(?:side|part|half|subscale))\b", re.I)


#: a self-rating's scale said in the sentence: "your mood score, out of ten": a rating
_RATING_SCALE = re.compile(
    r"\bout of (?:ten|10|five|5)\b|\b(?:zero|nought|0|one|1) to (?:ten|10)\b", re.I
)


def _names(whole: str, text: str) -> bool:
    """The sentence names the instrument itself."""
    from localnotes.notes import lexicon

    pattern = dict(lexicon.load().measures).get(whole)
    return bool(pattern and pattern.search(text))


def _family(domain: str) -> str:
    for name, (pattern, *_rest) in _FAMILIES.items():
        if re.fullmatch(pattern, domain, re.I):
            return name
    return ""


def described(text: str, named_in_session: Iterable[str] = ()) -> list[tuple[str, int, int, str]]:
    """The measures a sentence names by description: (instrument, start, end, words said)."""
    return list(_described(text, frozenset(named_in_session)))


@lru_cache(maxsize=8192)
def _described(text: str, named: frozenset[str]) -> tuple[tuple[str, int, int, str], ...]:
    """`described`, once per sentence and session (`measures` asks for each sentence twice)."""
    out: list[tuple[str, int, int, str]] = []
    if _RATING_SCALE.search(text):
        return ()
    # (not where the whole is named in the sentence too: its own scores are read with its name)
    parts = [sub for whole, sub in _SUBSCALES.items() if whole in named and not _names(whole, text)]
    for pattern in [*_DESCRIBED, _SIDE] if parts else _DESCRIBED:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for _, a, b, _w in out):
                continue
            family = _family(m.group("domain"))
            if not family:
                continue
            _, members, usual, by_count = _FAMILIES[family]
            said = m.groupdict().get("count")
            if not said and (after := _COUNT_AFTER.match(text, m.end())):
                said = after.group("count")
            part = next((sub[family] for sub in parts if family in sub), "")
            # the whole named, no screen of the family: "your depression score on it" is its part
            part = "" if said or any(x in named for x in members) else part
            if pattern is _SIDE and not part:
                continue  # "the depression side" is a subscale's only
            if part:
                name = part
            elif said:
                name = by_count.get(int(find_numbers(said)[0].value), "")
                if not name:
                    continue  # "the twenty-one mood questions": a count no screen here has
            else:
                in_session = [x for x in members if x in named]
                name = in_session[0] if len(in_session) == 1 else usual
                if family == "mood" and not in_session and _FOR_TEENS.match(text, m.end()):
                    name = "PHQ-A"  # "the mood questionnaire for teenagers"
                if family in ("withdrawal", "dependence") and not in_session:
                    name = _of_substance(text, named, family)
                if name.startswith("Cannabis") and "checklist" in m.group("said").lower():
                    name = "MWC (Marijuana Withdrawal Checklist)"  # the checklist, not the scale
                older = m.groupdict().get("older") or _FOR_OLDER.match(text, m.end())
                if family == "mood" and older:  # said to be older people's, whatever else was
                    name = "GDS"  # "the questionnaire about mood for older people"
                if not name:
                    continue
            start, end = m.span("said")
            out.append((name, start, end, m.group("said")))
    return tuple(sorted(out, key=lambda x: x[1]))
