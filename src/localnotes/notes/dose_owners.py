"""Whose a dose is, when a sentence names more than one drug or a drug the lexicon does not know:
the last drug of a sentence whose other drugs have their doses there, or the one drug a question
names that has no dose yet, takes the dose answered after it; doses said after a capitalized
word the lexicon does not know ("the new one, Permodome 25 milligrams") are that word's, not the
drug's named before; and a drug offered and turned down ("offered you lorazepam, one milligram."
"You said no.") is not taken, whatever its dose."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_counts, lexicon
from localnotes.notes import dose_wording as dw
from localnotes.notes.dose_steps import change_said
from localnotes.notes.doses import Dose
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.measure_named import patterns_in
from localnotes.notes.model import Medication
from localnotes.notes.sentences import Sentence

# How far back a dose change said without a name may reach for the drug it is about.
ANTECEDENT_SENTENCES = 6
# How far back "you're on a hundred milligrams" may reach for the drug last named.
TOLD_ON_SENTENCES = 12
# How far back a dose raised or lowered, with its unit, may reach where one drug is all named.
_ONE_DRUG_SENTENCES = 20
_UP_OR_DOWN = re.compile(r"(?:increase|decrease)\b")


def change_reach(
    lead: str, changed: Sequence[Dose], entries: Sequence[Medication], last_named: str
) -> int:
    """How many sentences back a dose change said with no drug named may reach for the drug
    named last: a few; with its unit, as far as a dose told ("you're on a hundred milligrams");
    raised or lowered where that drug is all the session has named, further ("I'd like to go up
    to eighty-four milligrams", the Spravato named a dozen sentences back, scores and ratings
    between; "She wants to go up to three hundred, still every fortnight", the depot talked of
    before the voices were)."""
    if not changed:
        return ANTECEDENT_SENTENCES
    ups = all(_UP_OR_DOWN.match(change_said(lead, d, d.unit) or "") for d in changed)
    unit = all(d.unit for d in changed)
    # (without its unit, said as a change the prescriber makes, not "From nine to six.")
    one_drug = bool(last_named) and {e.name for e in entries} == {last_named}
    if ups and one_drug and (unit or _PRESCRIBED.search(lead)):
        return _ONE_DRUG_SENTENCES
    return TOLD_ON_SENTENCES if unit else ANTECEDENT_SENTENCES


#: a change the prescriber makes: "wants to go up to", "I'd increase it to", "bring it down to"
_PRESCRIBED = re.compile(
    r"\b(?:go|going|put|putting|bring|bringing|increas\w*|rais\w*|lower\w*|reduc\w*)\b"
    r"[^.?!]{0,20}\b(?:up |down )?to\b",
    re.I,
)


#: a drug called by its form in a change: "go up on the patch to seventy-five micrograms"
_FORM = re.compile(
    r"\b(?:the|your|her|his|their) (patch|injection|depot|jab|inhaler|spray|gel|implant|pump)"
    r"(?:es|s)?\b",
    re.I,
)


def by_form(entries: Sequence[Medication], lead: str, last: str) -> Medication | None:
    """The drug listed before that a change calls by its form ("we can go up on the patch to
    seventy-five micrograms", "the estradiol patch" listed before the Utrogestan named last), when
    the drug named last was not said in that form."""
    said = _FORM.search(lead)
    if said is None:
        return None
    form = re.compile(rf"\b{said.group(1)}", re.I)
    with_form = [e for e in entries if any(form.search(x.quote) for x in e.evidence[:1])]
    return with_form[-1] if with_form and with_form[-1].name != last else None


def last_undosed(i: int, mentions: Sequence[Mention], doses: Sequence[Dose]) -> bool:
    """Mention `i` is the last drug of its sentence, and each drug before it has a dose of its own
    there: "the mifepristone, the two hundred milligram tablet, ... for the misoprostol." "Four
    hundred micrograms." The dose in the sentences after is the last drug's."""
    if i != len(mentions) - 1:
        return False
    return all(
        any(m.end <= d.number.start < n.start for d in doses)
        for m, n in itertools.pairwise(mentions)
    )


#: a drug offered ("the doctor offered you lorazepam") and turned down then or in the next sentence
_OFFERED_BEFORE = re.compile(
    r"\boffer(?:ed|s|ing)?\s+(?:(?:you|me|him|her|them)\s+)?(?:some\s+|a\s+|the\s+)?$", re.I
)
_DECLINED = re.compile(
    r"\b(?:said no|declined|refused|turned (?:it|them) down|no thanks|"
    r"(?:didn't|did not|never) (?:take|took|want) (?:it|them|any)|wouldn't take (?:it|them|any))\b",
    re.I,
)


def declined(sentences: Sequence[Sentence], k: int, m: Mention) -> bool:
    """Drug `m` of sentence `k` is offered there and turned down there or in the next sentence."""
    s = sentences[k]
    if not _OFFERED_BEFORE.search(s.text[: m.start]):
        return False
    after = s.text[m.end :] + (" " + sentences[k + 1].text if k + 1 < len(sentences) else "")
    return _DECLINED.search(after) is not None


#: a month, a weekday or a holiday: no name of a person or a drug
CALENDAR = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|christmas|easter)",
    re.I,
)


#: a name redaction took out, right before a dose: "the new one, [PERSON] 25 milligrams" (a drug
#: misheard as a person's name)
_REDACTED_BEFORE = re.compile(r"(?<=[a-z,] )\[(?:PERSON|ORG|ORGANIZATION)\],?\s+(?:at\s+|is\s+)?$")


def unknown_name_before(text: str, after: int, d: Dose) -> bool:
    """A capitalized word the lexicon does not know (not a month's or a day's), or a name redacted,
    stands right before dose `d`, after position `after`: "the new one, Permodome 25 milligrams"."""
    ahead = text[: d.number.start]
    if "[" in ahead and (redacted := _REDACTED_BEFORE.search(ahead)) is not None:
        return redacted.start() >= after
    found = dw.UNKNOWN_NAME_BEFORE.search(ahead)
    return (
        found is not None
        and found.start() >= after
        and text[after : found.start()].strip() != ""  # "Abilify Maintena, 400": the drug's form
        and not CALENDAR.fullmatch(found.group(0).strip(" ,").split()[0])
    )


def only_undosed(m: Mention, mentions: Sequence[Mention], entries: Sequence[Medication]) -> bool:
    """`m` is the one drug of its sentence not yet given a dose; the others named there have one
    already: "The doctor mentioned starting sertraline once the baclofen is down." "Twenty-five
    milligrams for a week." The dose in the sentences after is the new drug's."""
    dosed = {e.name for e in entries if e.dose is not None}
    return m.generic not in dosed and all(x.generic in dosed for x in mentions if x is not m)


def unknown_name_ahead(text: str, d: Dose) -> bool:
    """A capitalized word the lexicon does not know (not a month's or a day's) stands a few words
    before dose `d`, after a comma: "I've got the Buccastem, the little three milligram tablets".
    The dose is that word's, a drug not known, not the drug talked about before."""
    found = dw.NAME_AHEAD.search(text[: d.number.start])
    return found is not None and not CALENDAR.fullmatch(found.group(1))


#: a dose with its unit, then "of" and a name the lexicon does not know (one speech recognition
#: misheard, or redaction took for a person's): "10 milligrams of Timmy spam", "ten milligrams of
#: [PERSON]"
_OF_A_NAME = re.compile(
    r"\b(?:\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)\s*(?:mgs?|milligrams?|mcg|micrograms?)\s+of\s+"
    r"(?:the\s+|your\s+|my\s+)?(?:\[(?:PERSON|ORG|ORGANIZATION)\]|(?-i:[A-Z][a-z]{3,}))",
    re.I,
)


def unknown_drug_from(text: str) -> int | None:
    """Where a sentence starts to give the doses of a drug the lexicon does not know ("We'll stay
    on 10 milligrams of Timmy spam, then move to 10 every other night"): the doses from there on
    are not the drug named before's. None where it names none so."""
    for found in _OF_A_NAME.finditer(text):
        name = found.group(0).split()[-1]
        if "[" in name or not (CALENDAR.fullmatch(name) or lexicon.generic_of(name)):
            return found.start()
    return None


#: between two drugs named in one sentence, where the second one's clause begins: ", and stop
#: the zopiclone", "; the omeprazole", " and start mirtazapine"
_NEXT_CLAUSE = re.compile(
    r",\s*(?:and |but |then |so |plus )?|;\s*|\s(?:and|but|then|plus)\s", re.I
)


def own_clause(text: str, mentions: Sequence[Mention], i: int, start: int = 0) -> str:
    """The part of `text` that speaks of mention `i` when the sentence names several drugs: from
    where its clause begins to where the next drug's clause begins, so that "start you on
    mirtazapine, fifteen milligrams at night, and stop the zopiclone" stops the zopiclone only.
    Nothing before `start` (a change said before, which is not theirs), nor from a measure named
    after it ("Sertraline a hundred, and the PHQ-9 down to nine": the PHQ-9's change)."""
    hi = _measure_named(text, mentions[i].end) if mentions else len(text)
    if len(mentions) < 2:
        return text[start:hi]

    def boundary(j: int) -> int:  # where the clause of mention j (j >= 1) begins
        between = list(_NEXT_CLAUSE.finditer(text, mentions[j - 1].end, mentions[j].start))
        return between[-1].start() if between else mentions[j].start

    lo = max(boundary(i) if i else 0, start)
    hi = min(boundary(i + 1) if i + 1 < len(mentions) else len(text), hi)
    return text[lo:hi]


def _measure_named(text: str, start: int) -> int:
    """Where the first measure named after `start` is, or the end of `text`."""
    found = (m.start() for p in patterns_in(text) if (m := p.search(text, start)))
    return min(found, default=len(text))


_STILL = re.compile(r"\b(?:still|any ?more|keep|kept|continu\w*|stopped|stop)\b", re.I)
_NO_FIRST = re.compile(r"^\W*(?:no|nope|never|none|not really|not at all)\b", re.I)


def asked_and_denied(sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence k asks about drugs and the answer after it says no: "Have you had any opioids,
    like codeine or tramadol?" "No, nothing like that." """
    s = sentences[k]
    if not s.text.rstrip().endswith("?") or k + 1 >= len(sentences) or _STILL.search(s.text):
        return False  # "Are you still taking the propranolol?" "No, I stopped. The ten."
    answer = sentences[k + 1]
    return (answer.role is None or answer.role != s.role) and bool(_NO_FIRST.match(answer.text))


def said_before(text: str, d: Dose, m: Mention) -> bool:
    """Dose d is said as mention m's, ahead of its name: "fifteen milligrams of mirtazapine",
    "thirty of the duloxetine"."""
    between = text[d.number.end : m.start]
    return bool(
        dw.DOSE_BEFORE.fullmatch(between)
        or dw.OF_DRUG.fullmatch(between)
        or dose_counts.strength_before(text, d.number, d.unit, m)
    )


def change_owner(
    entries: Sequence[Medication], generic: str, d: Dose, unit: str | None, change: str | None
) -> Medication | None:
    """The drug listed before whose dose a change with no drug named is of, when the drug named
    last cannot take it: "going up to six hundred milligrams" said after "the paracetamol, a
    gram" is the gabapentin's, three hundred before it, and a raise after a drug stopped is the
    one's before it. None where the drug named last may."""
    way = (change or "").split(" ")[0]
    if way not in ("increase", "decrease") or (unit or "mg") != "mg":
        return None

    def fits(e: Medication) -> bool:
        if e.dose is None or (e.unit or "mg") not in ("mg", "g"):
            return False
        was = e.dose * 1000 if e.unit == "g" else e.dose  # "a gram" is 1000 mg
        return was < d.number.value if way == "increase" else was > d.number.value

    last = [e for e in entries if e.name == generic and e.dose is not None and not e.change]
    # a drug stopped is not raised: "Since we stopped the lithium, the eight hundred, ..." "Then
    # I'd like to go up to three hundred" is the quetiapine's, named before it
    stopped = way == "increase" and any(e.name == generic and e.change == "stop" for e in entries)
    if not (stopped and not last) and (
        not last or (last[-1].unit or "mg") not in ("mg", "g") or fits(last[-1])
    ):
        return None
    for e in reversed(entries):
        known = load_lexicon().medication(e.name)
        plausible = known is not None and known.plausible_dose(d.number.value, "mg")
        if e.name != generic and not e.change and fits(e) and plausible:
            return e
    return None


#: a drug named as when a score was taken: "When we started the zuranolone it was twenty-one."
_WHEN_STARTED = re.compile(
    r"\bwhen (?:we|you|i|she|he|they) (?:first )?(?:started|began) (?:on )?"
    r"(?:the |your |her |his )?$",
    re.I,
)
_SCORE_SAID = re.compile(r"\b(?:total|score|scored)\b", re.I)


_AS_A_TIME = re.compile(r"\b(?:before|since|after|until) (?:starting )?(?:the |your |my )?$", re.I)


def dates_the_number(sentences: Sequence[Sentence], k: int, m: Mention) -> bool:
    """The drug named as a time ("Before the Concerta it was six."), or as when a score was
    taken right after a total or a score is said ("Your total today is eleven. When we started
    the zuranolone it was twenty-one."): what "it was" says next is no dose of it."""
    before = sentences[k].text[: m.start]
    if _AS_A_TIME.search(before):
        return True
    if not _WHEN_STARTED.search(before):
        return False
    return k > 0 and bool(_SCORE_SAID.search(sentences[k - 1].text))


#: a dose weighed ("twenty milligrams") is no score, whatever measure the sentence names too
WEIGHED = frozenset({"mg", "mcg", "g"})


def names_measure(text: str) -> bool:
    return any(p.search(text) for p in patterns_in(text))


def score_after_measure(text: str, start: int, d: Dose) -> bool:
    """Whether a measure is named between a drug's name (ending at `start`) and a number after
    it with no weighed unit: "Sertraline a hundred, and the PHQ-9 down to nine" (the nine is the
    PHQ-9's score, not a dose or a change)."""
    return d.unit not in WEIGHED and names_measure(text[start : d.number.start])


#: blood results said of, in the sentence or the one before: "The endocrinologist sent your levels."
_LEVELS_TOLD = re.compile(r"\b(?:levels|bloods|blood (?:tests?|work|results)|lab results)\b", re.I)
#: between a drug's name and its level in the blood: "Estradiol is about a hundred and eighty"
_LEVEL_IS = re.compile(
    # (hedged as a measured value is, or come back: not "The sertraline is a hundred now.")
    r"^\s*(?:level\s+)?(?:(?:is|was)\s+(?:about|around|roughly|at)|came back(?:\s+at)?)\s*$",
    re.I,
)


def level_told(sentences: Sequence[Sentence], k: int, start: int, d: Dose) -> bool:
    """Whether the bare number after a drug's name (ending at `start` in sentence k) is its level
    in the blood, where the results are told: "The endocrinologist sent your levels. Estradiol is
    about a hundred and eighty, and the testosterone is down where she wants it." """
    s = sentences[k]
    return (
        d.unit is None
        and _LEVEL_IS.match(s.text[start : d.number.start]) is not None
        and any(_LEVELS_TOLD.search(x.text) for x in sentences[max(0, k - 1) : k + 1])
    )
