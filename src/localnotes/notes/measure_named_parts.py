"""A form's parts said by the names the form itself gives them, for `measures`, in the sentence
that names the form or the two after it, with no total needed: "You did the HADS on the ward.
Anxiety nine, depression fourteen."; "You did the SNAP for her. Inattention averaged one point
nine."; "The washing part alone is eleven."; "Physical health, you gave twelve out of twenty.";
"The BITE was eighteen on symptoms and six on severity." Each part's score is on its own
documented scale; a number another form's total already took is none of its parts', and one
its own total took is the part's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.measure_named import lexicon_named
from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_scores import NOT_SCORE_AFTER
from localnotes.notes.sentences import Sentence

#: each form's parts: the part's name, its words, its top score; the forms whose parts are
#: means of items (the SNAP-IV's, 0-3) take a decimal
_PARTS: dict[str, tuple[tuple[str, str, float], ...]] = {
    # two subscales of seven items 0-3
    "HADS": (("anxiety", r"anxiety", 21), ("depression", r"depression", 21)),
    # the DASS-21's three scales of seven items 0-3, each sum doubled (0-42) as the DASS-42's
    "DASS-21": (
        ("depression", r"depression", 42),
        ("anxiety", r"anxiety", 42),
        ("stress", r"stress", 42),
    ),
    # the 4DKL's four scales of items 0-2: distress 16 items, depression 6, anxiety 12,
    # somatisation 16
    "4DKL (Four-Dimensional Symptom Questionnaire)": (
        ("distress", r"distress", 32),
        ("depression", r"depression", 12),
        ("anxiety", r"anxiety", 24),
        ("somatisation", r"somati[sz]ation", 32),
    ),
    # the Swanson, Nolan and Pelham's three parts of nine or eight items 0-3, as sums or means
    "SNAP-IV": (
        # ("an attention" as speech recognition hears it)
        ("inattention", r"inattention|inattentive|an attention", 27),
        ("hyperactivity", r"hyperactivity(?:[\s-]impulsivity)?|hyperactive(?:[\s-]impulsive)?", 27),
        ("opposition", r"oppositional(?: defiant)?|opposition|defiance", 24),
    ),
    # the symptom scale's 30 yes/no items, the severity scale's 39 points
    "BITE (Bulimic Investigatory Test Edinburgh)": (
        ("symptom", r"symptoms?", 30),
        ("severity", r"severity", 39),
    ),
    # six parts of three items 0-4
    "OCI-R": (
        ("washing", r"washing", 12),
        ("checking", r"checking", 12),
        ("ordering", r"ordering", 12),
        ("hoarding", r"hoarding", 12),
        ("obsessing", r"obsessing", 12),
        ("neutralising", r"neutrali[sz]ing", 12),
    ),
    # the Green Paranoid Thoughts Scale's two parts of 16 items 1-5 (16-80): ideas of social
    # reference, persecution
    "GPTS (Green Paranoid Thoughts Scale)": (
        ("part A", r"part a|ideas of (?:social )?reference|social reference", 80),
        ("part B", r"part b|persecution|persecutory(?: thoughts| ideas)?", 80),
    ),
    # the Treatment Outcomes Profile's three ratings 0-20
    "TOP (Treatment Outcomes Profile)": (
        ("psychological health", r"psychological health", 20),
        ("physical health", r"physical health", 20),
        ("quality of life", r"quality of life", 20),
    ),
    # the Edmonton Symptom Assessment System's nine symptoms, each 0-10
    "ESAS (Edmonton Symptom Assessment System)": (
        ("pain", r"pain", 10),
        ("tiredness", r"tiredness|fatigue", 10),
        ("drowsiness", r"drowsiness", 10),
        ("nausea", r"nausea", 10),
        ("appetite", r"(?:lack of )?appetite", 10),
        ("shortness of breath", r"shortness of breath|breathlessness", 10),
        ("depression", r"depression", 10),
        ("anxiety", r"anxiety", 10),
        ("wellbeing", r"well[\s-]?being", 10),
    ),
    # the Yale Global Tic Severity Scale's parts: motor and phonic tics, five items 0-5 each, and
    # the impairment rating, 0-50 in steps of ten (its total tic score is the lexicon's YGTSS)
    "YGTSS": (
        ("impairment", r"impairment", 50),
        ("motor tic", r"motor(?: tics?)?", 25),
        ("phonic tic", r"(?:phonic|vocal)(?: tics?)?", 25),
    ),
    # Raine's two parts: reactive, eleven items 0-2; proactive, twelve items 0-2
    "RPQ (Reactive-Proactive Aggression Questionnaire)": (
        ("reactive", r"reactive", 22),
        ("proactive", r"proactive", 24),
    ),
    # the Mini-MAC's five parts of items 1-4: eight, eight, four, four and five items
    "Mini-MAC (Mini-Mental Adjustment to Cancer Scale)": (
        ("helpless-hopeless", r"helpless(?:ness)?[\s-]+(?:and[\s-]+)?hopeless(?:ness)?", 32),
        ("anxious preoccupation", r"anxious[\s-]+preoccupation", 32),
        ("fighting spirit", r"fighting[\s-]+spirit", 16),
        ("cognitive avoidance", r"cognitive[\s-]+avoidance", 16),
        ("fatalism", r"fatalism|fatalistic", 20),
    ),
    # the CBCL's broad scales, each a T-score
    "CBCL (Child Behavior Checklist)": (
        ("internalizing", r"internali[sz]ing", 100),
        ("externalizing", r"externali[sz]ing", 100),
        ("total problems", r"total problems?", 100),
    ),
    # the ProQOL's three parts of ten items 1-5, each 10-50
    "ProQOL (Professional Quality of Life Scale)": (
        ("compassion satisfaction", r"compassion satisfaction", 50),
        ("burnout", r"burn[\s-]?out", 50),
        ("secondary traumatic stress", r"secondary trauma(?:tic)?(?: stress)?", 50),
    ),
    # the EDE-Q's four parts, each the mean of its items 0-6
    "EDE-Q": (
        ("restraint", r"restraint", 6),
        ("eating concern", r"eating concerns?", 6),
        ("shape concern", r"shape concerns?", 6),
        ("weight concern", r"weight concerns?", 6),
    ),
    # the RCADS's six parts of items 0-3: separation anxiety 7, social phobia 9, generalised
    # anxiety 6, panic 9, obsessions and compulsions 6, major depression 10
    "RCADS": (
        ("separation anxiety", r"separation anxiety", 21),
        ("social phobia", r"social phobia|social anxiety", 27),
        ("generalized anxiety", r"generali[sz]ed anxiety", 18),
        ("panic", r"panic", 27),
        ("obsessions and compulsions", r"obsessions? and compulsions?|ocd", 18),
        ("depression", r"(?:major )?depression", 30),
    ),
}
_DECIMAL = frozenset({"SNAP-IV", "EDE-Q"})
#: between a part's words and its score: "Anxiety eleven", "The washing part alone is eleven",
#: "The impairment part, how much they get in the way, was twenty",
#: "the persecution bit, forty-four",
#: "Inattention averaged 2.1", "Psychological health, you gave eight"
_TO_SCORE = re.compile(
    r"(?:\s+(?:part|bit|score|subscale|sub-scale|scale|section|domain|items?))?(?:\s+alone)?"
    # how it stands among the parts: "The restraint part is still the highest, five point two"
    r"(?:\s+(?:is|was)\s+(?:still\s+)?the\s+(?:highest|lowest|worst|best)(?:\s+one)?,)?"
    # what the part asks, said between: "The impairment part, how much they get in the way, was"
    r"(?:,\s+(?:how|what|which|that)\b[^,.;?!\d]{0,40},)?,?\s*"
    r"(?:(?:was|is|were|came to|came out at|at|of|average|averaged|averages|averaging|"
    r"(?:you|he|she|they|i|mum|dad) (?:gave(?: it| yourself| him| her)?|scored|got|put(?: it at)?|"
    r"rated(?: it)?))\s+)?(?:at\s+)?(?:an?\s+)?",
    re.I,
)
#: the part named after its score: "eighteen on symptoms", "six on the severity scale"
_ON_PART = r"\s+(?:points?\s+)?(?:on|for)\s+(?:the\s+)?(?:{words})\b"
#: how many sentences after the form's name its parts may be said (a question and its "Yes."
#: between)
_NEAR = 4


def extract(sentences: Sequence[Sentence], found: Sequence[Measure]) -> list[Measure]:
    """The parts' scores said near each form of `_PARTS` named, each part once, less a number
    `found` already took as a total in the same sentence."""
    # (a number the form's own total took, said right after a part's name, is the part's; and
    # one a screen of another form took by description: "(the DASS-21.) Your depression score
    # was twenty-six" is no PHQ-9's, while "the depression score" of the HADS stays its HADS-D)
    taken = {
        (e.quote, m.score): m.name if m.said_as else ""
        for m in found
        if m.name not in _PARTS
        for e in m.evidence[-1:]
    }
    out: list[Measure] = []
    said: set[tuple[str, str]] = set()
    for k, s in enumerate(sentences):
        for name, _, _ in lexicon_named(s.text):
            if name not in _PARTS:
                continue
            j, end = k - 1, _window_end(sentences, k)
            while (j := j + 1) < end:
                t = sentences[j]
                if j > k and any(n != name for n, _, _ in lexicon_named(t.text)):
                    break  # another form named: what follows is its own
                short = name.split(" (")[0]
                for part, n in _parts_in(t.text, name):
                    took = taken.get((t.evidence().quote, n.value))
                    if (took is not None and not took) or (took or "").startswith(short):
                        continue
                    if (name, part) in said:
                        continue
                    said.add((name, part))
                    end = max(end, _window_end(sentences, j))  # the parts listed on
                    ev = (s.evidence(), t.evidence()) if j > k else (s.evidence(),)
                    top = next(p[2] for p in _PARTS[name] if p[0] == part)
                    out.append(Measure(f"{short} {part} subscale", n.value, top, ev))
    return out


def _window_end(sentences: Sequence[Sentence], k: int) -> int:
    """Where the sentences in which the parts of a form named in sentence k may be said end:
    `_NEAR` that say something ("Go on." and "Yes." not counted)."""
    said = 0
    for j in range(k + 1, len(sentences)):
        said += len(sentences[j].text.split()) > 2 or bool(find_numbers(sentences[j].text))
        if said > _NEAR:
            return j
    return len(sentences)


def without_parts(found: Sequence[Measure], parts: Sequence[Measure]) -> list[Measure]:
    """The measures `found`, less a form's total that is one of its `parts`, said in the same
    sentence: "On the TOP, you gave your psychological health eleven" is no total of eleven."""
    said = {(e.quote, p.name.split(" ")[0], p.score) for p in parts for e in p.evidence[-1:]}
    # nor a screen named by description whose number a part took ("Your depression score was
    # twenty-six" after the DASS-21 is named)
    by_part = {(e.quote, p.score) for p in parts for e in p.evidence[-1:]}
    return [
        m
        for m in found
        if not any((e.quote, m.name.split(" ")[0], m.score) in said for e in m.evidence)
        and not (m.said_as and any((e.quote, m.score) in by_part for e in m.evidence[-1:]))
    ]


def _parts_in(text: str, name: str) -> list[tuple[str, NumberSpan]]:
    """Each part of form `name` said in `text` with its score."""
    out = []
    nums = find_numbers(text)
    for part, words, top in _PARTS[name]:
        for n in nums:
            if not 0 <= n.value <= top or NOT_SCORE_AFTER.match(text[n.end :]):
                continue
            if n.value != int(n.value) and name not in _DECIMAL:
                continue
            before = re.search(
                rf"^.*\b(?:{words})\b(?P<gap>[^.?!]*)$", text[: n.start], re.I | re.S
            )
            gap = before.group("gap") if before else None
            # "one" right after the part's words is the form described ("the anxiety and
            # depression one", "The depression one's crept up"), not a score of one
            the_one = gap is not None and not gap.strip() and text[n.start : n.end].lower() == "one"
            leads = gap is not None and not the_one and _TO_SCORE.fullmatch(gap)
            if leads or re.match(_ON_PART.format(words=words), text[n.end :], re.I):
                out.append((part, n))
                break
    return out
