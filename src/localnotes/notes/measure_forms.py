"""Standardized measures the lexicon does not know, recognized by the form of their name: a
name of capitalized words ending in a word instruments are named with ("the Tampa Scale of
Kinesiophobia", "your Parenting Stress Index", "the COPD Assessment Test"), the same said in
lower case with two words or more before that word ("your parenting stress index"), or an
acronym used as a name ("your DLQI", "the EHP-5", "the CATS"). A name and an acronym said side
by side are one measure ("the Tampa Scale, the TSK").

Not instruments: one word before a lower-case "scale" or "questionnaire" (a description: "the
mood questionnaire", "the sleep scale"), lab values and vital signs ("body mass index", "your
BMI", "the TSH"), places and services ("the ER", "your GP"), diagnoses and therapies ("the
PTSD", "the CBT"). A score of such a name must be said as a score (`measures`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import rating_answers
from localnotes.notes.measure_ranges import known_name
from localnotes.notes.numbers import NumberSpan
from localnotes.notes.sentences import Sentence

#: the word an instrument's name ends with, and the words before it in the same clause
_FORM = re.compile(
    r"\b((?:[A-Za-z][\w'-]*[ ]){1,6})(scale|inventory|inventories|index|questionnaire|test|"
    r"screen(?:er)?|assessment|profile|checklist|interview|survey)\b",
    re.I,
)
_LINKS = frozenset({"of", "on", "for", "in", "and", "to", "after"})
#: words that start no name: determiners, pronouns, words that say which one
_NOT_NAME_WORDS = frozenset(
    {"the", "a", "an", "your", "my", "his", "her", "their", "our", "this", "that", "these", "whole",
     "same", "last", "first", "new", "other", "short", "long", "full", "entire", "usual", "next",
     "previous", "second", "third", "old", "little", "big", "quick", "brief", "one", "two", "did",
     "do", "you", "we", "i", "it", "he", "she", "they", "and", "or", "so", "on", "in", "at",
     "with", "what", "which", "that's", "it's", "any", "some", "each", "every", "another"}
)  # fmt: skip
_DETERMINERS = frozenset({"the", "your", "his", "her", "their", "my"})
#: an acronym used as a name: "your DLQI", "the EHP-5", "the mMRC", "the ALSFRS-R"
_ACRONYM = re.compile(
    r"\b(?i:the|your|his|her|their|my|a|an)\s+"
    # "the A-MISO-S", "your IBD-Control"
    r"((?:[A-Z]-)?m?[A-Z][A-Z0-9]{2,6}(?:-(?:[A-Za-z0-9]{1,5}|[A-Z][a-z]{2,9})){0,2}|"
    r"[A-Z]{2}-[A-Z0-9]{1,3})\b"  # "the PQ-B"
)
_SPELLED = re.compile(r"\b(?i:the|your|his|her|their|my)\s+([A-Z](?:-[A-Z]){2,5})\b")
_NOT_INSTRUMENTS = frozenset(
    # places, services and people: "the ER", "your GP"
    {"ER", "OR", "ED", "ICU", "GP", "OB", "OBGYN", "GYN", "ENT", "PCP", "PT", "OT", "VA", "NHS",
     "DMV", "CPS", "DSS", "IRS", "FDA", "CDC", "WHO", "EMT", "RN", "NP", "MD", "PA", "DO", "CEO",
     "HR", "IT", "TV", "PC", "UK", "US", "USA", "AA", "NA", "ID", "OK", "AM", "PM", "ETA", "ASAP",
     "GPS", "ATM", "PIN", "SUV", "ADA", "AME", "DA", "PO",
     # UK services and meetings: "on the MARAC list", "the CAMHS team"
     "MARAC", "MAPPA", "MASH", "IDVA", "CAMHS", "CMHT",
     # tests and values that are not instruments: imaging, labs, vital signs
     "MRI", "CT", "PET", "EKG", "ECG", "EEG", "EMG", "BMI", "TSH", "LDL", "HDL", "INR", "ALT",
     "AST", "GFR", "EGFR", "BP", "PSA", "CRP", "ESR", "WBC", "RBC", "CBC", "BUN", "IQ", "A1C",
     "HBA1C", "AHI", "ANC", "GGT", "ALP", "AFP", "MCV", "LFT", "BAC", "GPA", "SAT", "GRE", "LSAT",
     "MCAT", "DNA", "HIV", "STD", "STI", "UTI", "COVID", "IV",
     # diagnoses and therapies
     "ADHD", "ADD", "PTSD", "OCD", "COPD", "MS", "ALS", "AIDS", "IVF", "ACL", "DBT", "CBT",
     "EMDR", "ACT", "IPT", "ERP", "CPT", "PE", "TMS", "ECT", "MAT", "IOP", "PHP", "SSRI", "SNRI",
     "MAOI", "TCA", "ASD", "ODD", "GAD", "MDD", "BPD", "TBI", "CPAP", "IEP", "NICU"}
)  # fmt: skip
#: lower-case names of values, not instruments: "body mass index", "the heat index"
_NOT_NAMES = re.compile(
    r"\b(?:body mass|glycemic|glycaemic|heat|uv|price|ankle[- ]brachial|apnea[- ]hypopnea|"
    r"blood|pressure|cholesterol|lipid|glucose|sugar|urine|drug|tox\w*|pregnancy|covid|hearing|"
    r"vision|eye|cancer|colon|thyroid|liver|kidney|heart|lab)\b",
    re.I,
)
#: the words a questionnaire's name ends with, never a lab's or a clinic's: a name of capitalized
#: words ending in one is an instrument's whatever it is about ("the Cancer Worry Scale")
_SURVEY_WORDS = frozenset({"scale", "inventory", "inventories", "questionnaire"})
#: between a name and the acronym it goes by: "the Tampa Scale, the TSK"
_BESIDE = re.compile(
    r"\s*(?:here|today|again)?\s*,?\s*(?:\(|(?:or |i\.e\. )?(?:the |your )?)\s*", re.I
)
#: where a number is said as the score of a name the lexicon does not know: "came to 24", "was
#: 31", "you circled three", "went from 41"
_SCORE_SAID = re.compile(
    r"(?:\b(?:was|is|'s|were|came (?:out |in )?(?:to|at)|add(?:ed|s) up to|scored|circled|ticked|"
    r"marked|totall?ed|got|(?:went|dropped|fell|rose|gone) from|averag(?:ed|es)(?: out at)?|"
    # "you rated yourself a four", "she rated him at 3"
    r"rated (?:yourself|himself|herself|themselves|myself|him|her|them|it)(?: as| at)?|"
    # "gave a cocaine score of 31", "had a distress score of 31"
    r"score of)|^\s*(?:of|at|:|-))\s+(?:an?\s+)?"
    # a mean of items: "came out at a mean of 4.2"
    r"(?:(?:mean|average)(?: score)? of\s+)?$",
    re.I,
)
#: said only of a score: what an acronym's number needs where nothing else says it names a
#: questionnaire ("your GGT was 90" is a lab value, "your DLQI came to 12" a score)
_SCORE_ONLY = re.compile(
    r"\b(?:came (?:out |in )?(?:to|at)|add(?:ed|s) up to|scored|circled|ticked|marked|"
    r"totall?ed|score (?:is|was|of)|averag(?:ed|es)(?: out at)?)\s+(?:an?\s+)?$",
    re.I,
)
_ABOUT_A_FORM = re.compile(
    r"\b(?:questionnaires?|scales?|scores?|screen(?:er|ing)?|inventory|checklist|index|measure|"
    r"filled (?:in|out)|forms?)\b|"
    # the questions done: "You did the questions with the nurse, the GAIN-SS."
    r"\b(?:did|do|done|answered|went through|gone through) (?:the|some|those|these) questions\b|"
    # a description said beside it: "your quality of life one, the FACT-G"
    r"\b(?:the|your) (?:[\w-]+ ){1,4}one,\s+(?:the|your) ",
    re.I,
)
#: a person saying the score they got: "The Body Image Scale you gave me, I got 14."
_OWN_SCORE = re.compile(
    r"\b(?:i|you|he|she|we|they) (?:got|scored|put|came out at)\s+(?:an?\s+)?$", re.I
)
#: another person said between a name and its number: what follows is said of them
_SOMEONE_ELSE = re.compile(r"\b(?:who|whose|she|he|they|her|his|their|i|we|my)\b", re.I)
#: a second value after the first: "went from 41 to 38"
_THEN_TO = re.compile(r"\s*,?\s*(?:down |up )?to\s+$", re.I)
#: between one person's score and another's: "Harold scored 41 and June 36", "and [PERSON] 36",
#: "and your husband's was 9"
_AND_THE_OTHER = re.compile(
    r"\s*,?\s*and\s+(?:[A-Z][\w'-]*|\[[A-Z_]+\]|(?:your|his|her|their|my) \w+)(?:'s)?"
    r"(?:\s+(?:was|is|had|scored|got|came to))?\s+$|"
    # whose each score is, said after it: "came to ten for Leanne and fourteen for Sam"
    r"\s+for\s+(?:[A-Z][\w'-]*|\[[A-Z_]+\]|(?:your|his|her|their|my) \w+),?\s+and\s+(?:an?\s+)?$"
)
#: what may follow a score said: the clause's end or a little word, not a thing counted
_AFTER = re.compile(
    r"^\s*(?:[.,;:!?)]|$|(?:today|this|last|now|points?|out|so|and|but|which|when|from|down|up|in|"
    r"at|on|for|the|a|that|it|to)\b|of (?:the |a possible )?[\w-]+\b)",  # "five of the eight"
    re.I,
)


#: a description, then the eponym the instrument goes by: "the daily living scale, the Lawton,",
#: "the neuropathy questionnaire, the Michigan one,"
_EPONYM_BESIDE = re.compile(
    r"\b(?i:the|your)\s+(?:[a-z][\w'-]*\s+){1,4}(?:scale|inventory|index|questionnaire|test|"
    r"screen(?:er)?|assessment|checklist|survey|instrument)\s*,\s*the\s+"
    r"([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)(?:\s+one)?(?=\s*,)"
)


def names(text: str) -> list[tuple[str, int, int]]:
    """(name as said, start, end) of each instrument recognized by its form, in order; one
    described and then named by its eponym is the eponym's ("Lawton")."""
    eponyms = [(m.group(1), m.start(), m.end()) for m in _EPONYM_BESIDE.finditer(text)]
    spans = [
        x for x in _form_names(text) if not any(a < x[2] and x[1] < b for _, a, b in eponyms)
    ] + eponyms
    for m in _ACRONYM.finditer(text):
        name, a, b = m.group(1), m.start(1), m.end(1)
        if name.upper() not in _NOT_INSTRUMENTS and not any(a < y and x < b for _, x, y in spans):
            spans.append((name, a, b))
    # spelled out letter by letter, as speech recognition writes it, a known one only: "The
    # L-C-I-R was 36" (the OCI-R misheard by a letter), not "the A-D-H-D"
    spans += [
        (m.group(1), m.start(1), m.end(1))
        for m in _SPELLED.finditer(text)
        if known_name(m.group(1)) and not any(m.start(1) < y and x < m.end(1) for _, x, y in spans)
    ]
    spans.sort(key=lambda x: x[1])
    out: list[tuple[str, int, int]] = []
    for name, a, b in spans:
        if out and _BESIDE.fullmatch(text[out[-1][2] : a]) and _one_acronym(out[-1][0], name):
            full, short = sorted((out[-1][0], name), key=lambda n: " " in n, reverse=True)
            out[-1] = (f"{short} ({full})", out[-1][1], b)
        else:
            out.append((name, a, b))
    return out


def _form_names(text: str) -> list[tuple[str, int, int]]:
    """Names ending in a form word: capitalized words ("Tampa Scale", "Hooked on Nicotine
    Checklist"), or two words or more after a determiner ("your parenting stress index")."""
    out = []
    for m in _FORM.finditer(text):
        words = m.group(1).split()
        before = text[: m.start(1)].split()[-1:]
        # the longest run of name words right before the form word
        run: list[str] = []
        for w in reversed(words):
            if w.lower() in _NOT_NAME_WORDS and w.lower() not in _LINKS:
                break
            if w.lower().endswith("'s") and not w[0].isupper():
                break  # "the neurologist's behaviour assessment": whose, not its name
            run.insert(0, w)
        while run and run[0].lower() in _LINKS:
            run.pop(0)
        if not run:
            continue
        stopped_at = words[len(words) - len(run) - 1].lower() if len(run) < len(words) else ""
        determiner = (stopped_at or (before[0].lower() if before else "")) in _DETERMINERS
        capitalized = all(w[0].isupper() or w in _LINKS for w in run)
        at_start = m.start(1) + m.group(1).index(run[0]) == len(text) - len(text.lstrip())
        if capitalized and (len(run) >= 2 or not at_start):
            pass  # "the Tampa Scale", "Severity of Dependence Scale"
        elif not (determiner and len(run) >= 2) or m.group(2).lower() in ("test", "survey"):
            continue  # "the mood questionnaire": a description; "his math placement test"
        name = " ".join((*run, m.group(2)))
        if _NOT_NAMES.search(name) and not (
            capitalized and len(run) >= 2 and m.group(2).lower() in _SURVEY_WORDS
        ):
            continue  # "body mass index", "a blood test"; but "the Cancer Worry Scale"
        if capitalized and len(run) == 1 and m.group(2).islower():
            # "the Lubben scale", "the Bush-Francis scale": the eponym is the name, a lower-case
            # "scale" only what it is
            out.append((run[0], m.end(2) - len(name), m.end(2)))
            continue
        out.append((name, m.end(2) - len(name), m.end(2)))
    # "the Flight Anxiety Situations one": a title of two capitalized words or more before
    # "one", after a determiner, is the questionnaire's name ("the mood one" is a description)
    for m in _TITLE_ONE.finditer(text):
        if not any(a < m.end(1) and m.start(1) < b for _, a, b in out):
            out.append((m.group(1), m.start(1), m.end()))  # "one" with it: "the X one, the XQ"
    return sorted(out, key=lambda x: x[1])


_TITLE_ONE = re.compile(
    r"\b(?i:the|your|his|her|their|my)\s+"
    r"((?:[A-Z][\w'-]*\s(?:(?:of|on|for|in|and|to|after)\s)?){1,5}[A-Z][\w'-]*)\s+one\b"
)


#: between two names of one measure with a few words after the first: "the Hamilton with you
#: today, the clinician anxiety scale", "The worry questionnaire you did, the Cancer Worry Scale"
_BESIDE_LOOSELY = re.compile(r"(?:\s+(?!and\b|or\b)[a-z']+){0,5},\s*(?:the|your)\s+", re.I)


def beside_loosely(text: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two names said for one measure, the second after a comma and a few words about the first
    ("the Hamilton with you today, the clinician anxiety scale")."""
    first, then = sorted((x, y))
    return bool(_BESIDE_LOOSELY.fullmatch(text[first[1] : then[0]]))


def beside(text: str, x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Two names said side by side for one measure ("the dental anxiety scale, the MDAS")."""
    first, then = sorted((x, y))
    return bool(_BESIDE.fullmatch(text[first[1] : then[0]]))


def said_as_score(
    text: str, name: str, end: int, nums: Sequence[NumberSpan], before: str = ""
) -> list[NumberSpan]:
    """The numbers after a name ending at `end` said as its score: "came to 24", "was 31", "you
    circled three", "went from 41 to 38", each within a few words of the name or the one before;
    an acronym's said only of a score, unless the sentence or the talk just `before` it speaks of
    a questionnaire ("Let's look at the questionnaires. Your IBD-Control was six.")."""
    about_a_form = _ABOUT_A_FORM.search(text) or _ABOUT_A_FORM.search(before)
    # a name of words ("Tampa Scale", "Lubben") is an instrument's; an acronym may be a lab's
    words = " " in name or bool(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", name))
    said = _SCORE_SAID if words or about_a_form else _SCORE_ONLY
    out: list[NumberSpan] = []
    for n in nums:
        gap = text[out[-1].end if out else end : n.start]
        if len(gap) > 60 or not _AFTER.match(text[n.end :]):
            continue
        if _SOMEONE_ELSE.search(gap) and not _SCORE_ONLY.search(gap) and not _OWN_SCORE.search(gap):
            continue  # "the Barthel Index, done by her daughter, who is 45": her age
        if said.search(gap) or (out and (_THEN_TO.fullmatch(gap) or _AND_THE_OTHER.fullmatch(gap))):
            out.append(n)
    return out


def _one_acronym(x: str, y: str) -> bool:
    """One of the two is a name and the other an acronym: "Tampa Scale", "TSK"."""
    return (" " in x) != (" " in y)


def said_after(s: Sentence, after: Sentence, name: str, nums: list[NumberSpan]) -> list[NumberSpan]:
    """The score of a name known by its form said in the next sentence: said as a score ("It
    came to 44."), or leading the answer to a question about it ("What was the DLQI?" "12.")."""
    # (the naming sentence may say it is a questionnaire: "the questions with the nurse, the X")
    said = said_as_score(after.text, name, 0, nums, s.text)
    if s.is_question:
        # (not a count of tablets: "Would you start the TLD again?" "One tablet.")
        said += [
            n
            for n in nums
            if rating_answers.LEADS_WITH_NUMBER.match(after.text[: n.start])
            and _AFTER.match(after.text[n.end :])
        ]
    return said[:1]
