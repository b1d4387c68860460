"""Medications with dose, unit, frequency and change, from the sentences that name them.

A dose is a number followed by a unit ("75 mg", "seventy five milligrams"), or a bare number right
after the drug ("venlafaxine 75", "sertraline at one fifty"). A dose change said without the drug's
name ("we'll go up to one fifty") belongs to the drug named last, a few sentences before; its
evidence then quotes both sentences. One entry per drug and dose; mentions without a dose join the
drug's entry, and a drug never given a dose is listed with `dose` None. A change to another dose
of a drug already listed with one ("still a hundred milligrams at night?" ... "wants to go up to
one fifty") is that entry's change, not an entry of its own. A drug only named as taken before
("better than the Adderall was") is history: `medication_list.only_earlier` sets it apart. A dose
with its unit said with no drug named for it ("you're on two milligrams twice a day") is the drug
talked about, named a few sentences before, where that drug is given so (not a drug asked about
and denied); which drug a dose is when a sentence names more than one is `dose_owners`'.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_counts, dose_from, dose_plans, dose_sound, earlier_doses
from localnotes.notes import dose_owners as owners
from localnotes.notes import dose_wording as dw
from localnotes.notes import doses as dr
from localnotes.notes.dose_answers import dose_alone, leads_with_dose
from localnotes.notes.dose_echoes import echoed
from localnotes.notes.dose_named_after import nearby_or_named_after
from localnotes.notes.dose_steps import announced_before, announced_change, change_said
from localnotes.notes.drug_mentions import Mention
from localnotes.notes.model import Medication
from localnotes.notes.numbers import find_numbers
from localnotes.notes.sentences import Sentence
from localnotes.notes.whose_drug import Key, key

_ANTECEDENT_SENTENCES = owners.ANTECEDENT_SENTENCES
_TOLD_ON_SENTENCES = owners.TOLD_ON_SENTENCES


#: a rating scale said with a number: "from zero to ten?", "out of ten" (not a dose change)
_RATING_SCALE = re.compile(
    r"\b(?:zero|0|nought|one|1)\s+to\s+(?:ten|10|a hundred|one hundred|100)\b|"
    r"\bout of (?:ten|10|a hundred|100)\b|\bon a scale\b",
    re.I,
)


def _frequency(text: str) -> str | None:
    m = dw.FREQUENCY.search(text)
    return m.group(0).lower() if m else None


def extract(sentences: Sequence[Sentence], theirs: Collection[Key] = ()) -> list[Medication]:
    """Every medication named in the transcript, one entry per drug and dose, in order; a drug
    named in a sentence of `theirs` (another person's) is not the one a later change is of."""
    entries: list[Medication] = []
    last_named: tuple[int, str, str, Sentence] | None = None  # sentence index, generic, said, s
    units_seen: dict[str, str] = {}
    last_any: tuple[int, Mention, Sentence] | None = None  # also a drug taken before
    answer_sentences: set[int] = set()  # sentences whose doses answered a question about a drug

    def add(med: Medication) -> None:
        if (med.change or "").startswith("change") and med.dose is not None:
            # "go to five milligrams": up or down from the dose listed before
            was = next((e.dose for e in entries if e.name == med.name and e.dose), None)
            if was is not None and was != med.dose:
                way = "increase" if med.dose > was else "decrease"
                med = replace(med, change=(med.change or "").replace("change", way, 1))
        for i, e in enumerate(entries):
            if _changes_dose_of(med, e):  # "100 mg at night" ... "go up to one fifty": one entry
                ev = e.evidence[:2] + tuple(x for x in med.evidence if x not in e.evidence)
                entries[i] = replace(e, evidence=ev[:4], change=med.change)
                return
            if e.name == med.name and (e.dose == med.dose or med.dose is None):
                ev = e.evidence + tuple(x for x in med.evidence if x not in e.evidence)
                entries[i] = replace(
                    e,
                    evidence=ev[:4],
                    frequency=e.frequency or med.frequency,
                    change=e.change or med.change,
                    unit=e.unit or med.unit,
                )
                return
            if e.name == med.name and e.dose is None and med.dose is not None:
                entries[i] = replace(med, evidence=med.evidence + e.evidence[:2])
                return
        entries.append(med)

    for k, s in enumerate(sentences):
        mentions = dr.mentions(s)
        if (
            not mentions
            and any(
                (
                    s.is_question and leads_with_dose(x)
                )  # "And the rifaximin?" "Five fifty twice a day."
                or any(d.unit for d in dr.doses(x, []))
                for x in sentences[k + 1 : k + 2]
                if not dr.mentions(x)
            )
        ):  # "Meloxicam." "Fifteen milligrams."
            mentions = dr.mentions(s, dose_beside=True)
        if not mentions and any(
            dw.MED_CONTEXT.search(x.text) for x in sentences[max(0, k - 1) : k + 2] if x is not s
        ):  # "Let's go through your medicines. Nifedipine?"
            mentions = dr.mentions(s, named_beside=True)
        doses = dr.doses(s, mentions, sentences[k + 1 : k + 2])
        # "we'll go up to one fifty": a change to the drug named last; also a change said before
        # another drug is named ("I'm down to fifty milligrams, and ibuprofen four hundred"); but
        # "your PHQ-9 went up to fourteen" is a score, not a dose
        lead = s.text[: mentions[0].start] if mentions else s.text
        # "10 milligrams of Timmy spam, then ... 10": a drug not known, from there on
        unknown_from = owners.unknown_drug_from(lead)
        if unknown_from is not None:
            doses = [d for d in doses if d.number.start < unknown_from]
        announced = announced_before(sentences, k)  # "I'd like to go up." "So thirty mg."
        changed = [
            d
            for d in doses
            if d.number.end <= len(lead)
            and (change_said(lead, d, d.unit) or (announced and d.unit and not mentions))
            and (not mentions or dw.ANOTHER_CLAUSE.search(lead[d.number.end :]))
            and not (owners.names_measure(s.text) and d.unit not in owners.WEIGHED)
            and not dw.UNKNOWN_NAME_BEFORE.search(s.text[: d.number.start])
            and not _RATING_SCALE.search(s.text)  # "from zero to ten?": a rating asked
        ]
        far = owners.change_reach(lead, changed, entries, last_named[1] if last_named else "")
        if changed and last_named and dr.said_between(sentences, last_named[0], k) <= far:
            for d in changed:
                # (or the one before, where the drug named last cannot take it: `change_owner`)
                _, generic, said, named_in = last_named
                unit = d.unit or units_seen.get(generic)
                other = owners.by_form(entries, lead, generic) or owners.change_owner(
                    entries, generic, d, unit, change_said(lead, d, unit)
                )
                generic, said = (other.name, other.said_as) if other else (generic, said)
                first = other.evidence[0] if other else named_in.evidence()
                known = load_lexicon().medication(generic)
                if known is not None and not known.plausible_dose(
                    d.number.value, unit or known.units[0]
                ):
                    continue  # "went up to sixty" after "the folic acid": another drug's dose
                add(
                    Medication(
                        generic,
                        d.number.value,
                        unit,
                        _frequency(lead),
                        change_said(lead, d, unit) or announced_change(announced, d, unit),
                        said,
                        (first, s.evidence()),
                    )
                )
            doses = [d for d in doses if d not in changed]
        # "As of today you're on two milligrams twice a day.": a dose with its unit and no drug is
        # the drug named last, given so (not a dose a question's answer already gave)
        gap = dr.said_between(sentences, last_any[0], k) if last_any else 0
        told = [
            d
            for d in doses
            if (d.unit or (d.total and dose_counts.total_of(s.text, d, gap, last_any, entries)))
            and d not in changed
            and s.index not in answer_sentences
            and d.number.end <= len(lead)
            and (not mentions or dw.ANOTHER_CLAUSE.search(lead[d.number.end :]))
            # "switch to Selincro, eighteen milligrams": a drug the lexicon does not know; "Sit a
            # lot, [PERSON], 20 milligrams": one misheard, or redaction took for a name
            and not owners.unknown_name_ahead(s.text, d)
            and not owners.unknown_name_before(s.text, 0, d)
        ]
        # "You're on a hundred milligrams?": the drug the session is about, named a while back
        reach = (
            _TOLD_ON_SENTENCES
            if any(dw.ON_DOSE_BEFORE.search(s.text[: d.number.start]) for d in told)
            else _ANTECEDENT_SENTENCES
        )
        if (
            told
            and last_any
            and dr.said_between(sentences, last_any[0], k) <= reach
            and not (
                owners.names_measure(s.text) and any(d.unit not in owners.WEIGHED for d in told)
            )
        ):
            _, topic, named_in = last_any
            known = load_lexicon().medication(topic.generic)
            for d in told:
                unit = (
                    d.unit or units_seen.get(topic.generic) or (known.units[0] if known else None)
                )
                if known is None or not unit or not known.plausible_dose(d.number.value, unit):
                    continue
                taken = ("stop" if topic.stopped else "earlier") if topic.past else None
                add(
                    Medication(
                        topic.generic,
                        d.number.value,
                        d.unit,
                        _frequency(lead),
                        taken or change_said(lead, d, d.unit),
                        topic.said,
                        (named_in.evidence(), s.evidence()),
                    )
                )
                last_any = (k, topic, named_in)  # still the drug talked about
                if not topic.past:
                    last_named = (k, topic.generic, topic.said, named_in)
        if not mentions:
            continue
        rest = s.text[len(lead) :] if changed else s.text  # the change said before is not theirs
        for i, m in enumerate(mentions):
            last_any = (k, m, s)
            own = owners.own_clause(s.text, mentions, i, len(s.text) - len(rest))
            nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(s.text)
            prev_end = mentions[i - 1].end if i else 0
            # not "Seventy-five of the Nucynta, thirty of the duloxetine": the next drug's
            mine = [
                d
                for d in doses
                if m.end <= d.number.start < nxt
                and not (i + 1 < len(mentions) and owners.said_before(s.text, d, mentions[i + 1]))
                and not owners.score_after_measure(s.text, m.end, d)
                and not owners.level_told(sentences, k, m.end, d)
            ]
            # "fifteen milligrams of mirtazapine"
            ahead = [
                d
                for d in doses
                if prev_end <= d.number.start < m.start and owners.said_before(s.text, d, m)
            ]
            # "on 75 mg of venlafaxine, now 150": the dose ahead is the one before the change
            was_ahead = next(
                (
                    a.number.value
                    for a in ahead
                    if a.unit
                    and mine
                    and mine[0].number.value != a.number.value
                    and change_said(s.text[a.number.end : mine[0].number.end], None, None)
                    not in (None, "continue")
                ),
                None,
            )
            # "25 milligrams of psilocybin, and 9": the dose said with its unit before the name,
            # not a bare number after it (unless it is the change to it)
            if was_ahead is None and any(a.unit for a in ahead) and not any(d.unit for d in mine):
                mine = []
            # "Propranolol 40, and the new one, Permodome 25 milligrams": from a word the lexicon
            # does not know, said like a drug's name right before a dose, the doses are its own
            named = [x.number.start for x in mine if owners.unknown_name_before(s.text, m.end, x)]
            mine = [d for d in mine if not named or d.number.start < named[0]]
            mine = mine or ahead
            if (
                mine
                and owners.dates_the_number(sentences, k, m)
                and _IT_WAS.search(s.text[m.end : mine[0].number.start])
            ):
                mine = []  # "Before the Concerta it was six.": the drug dates the number (also
                # "When we started the zuranolone it was 21." after a total)
            sources = [s]
            if owners.declined(sentences, k, m):  # "offered you lorazepam" ... "You said no."
                add(Medication(m.generic, None, None, None, "declined", m.said, (s.evidence(),)))
                last_any = None
                continue
            if m.past:  # named, but not what the client takes now: no dose from nearby
                change = "stop" if m.stopped else "earlier"
                # "The Adderall was 20 milligrams": the earlier dose, said right after the name;
                # "I used to take twenty-five of lamotrigine": right before it
                was = [
                    d
                    for d in doses
                    if (
                        d in mine
                        # "we stopped the lithium, the six hundred": a bare tablet strength
                        # "better than the topiramate last year, the twenty-five", "the
                        # zopiclone 7.5", "the lithium in March, the eight hundred"
                        and (d.unit or dose_plans.beside_name(s.text[m.end : d.number.start]))
                        and (
                            dw.WAS_DOSE.match(s.text[m.end : d.number.start])
                            or dw.APPOSITION.fullmatch(s.text[m.end : d.number.start])
                            # "You stopped the risperidone two milligrams in October"
                            or (m.stopped and not s.text[m.end : d.number.start].strip())
                            or not d.unit  # the strength in apposition, after when it was
                        )
                    )
                    or (
                        d.number.end <= m.start
                        and dw.OF_DRUG.fullmatch(s.text[d.number.end : m.start])
                    )
                ]
                dose, unit = (was[0].number.value, was[0].unit) if was else (None, None)
                # "I stopped the sertraline." "The hundred."; "The bupropion before?" "One fifty."
                after = sentences[k + 1] if k + 1 < len(sentences) else None
                answered = (
                    after is not None and s.role is not None and after.role not in (None, s.role)
                )
                if dose is None and (m.stopped or s.is_question or answered):
                    dose = dose_alone(after) if after is not None else None
                    unit = units_seen.get(m.generic) if dose is not None else None
                    if dose is not None:
                        answer_sentences.add(sentences[k + 1].index)
                add(Medication(m.generic, dose, unit, None, change, m.said, (s.evidence(),)))
                # "you'd like to come off the Lunesta", "The Tegretol was two hundred.": the drug
                # talked about, a change said next is its own
                if m.stopped or was:
                    last_named = (k, m.generic, m.said, s)
                continue
            denied = owners.asked_and_denied(sentences, k)
            if (
                not mine
                and not denied
                # "the Lexapro, the escitalopram, from ten to fifteen": the name said again has it
                and not any(x.generic == m.generic for x in mentions[i + 1 :])
                and (
                    len({x.generic for x in mentions}) == 1
                    or owners.last_undosed(i, mentions, doses)
                    or owners.only_undosed(m, mentions, entries)
                )
            ):
                mine, later = nearby_or_named_after(sentences, k, m)
                if echoed(sentences, k, m.generic, mine):
                    mine, later = [], []  # "... on the sertraline." "Fifty.": said back
                sources += later
                answer_sentences.update(x.index for x in later)
            # "Any opioids, like codeine or tramadol?" "No.": a later dose is not theirs
            if denied or key(s) not in theirs:
                last_named = None if denied else (k, m.generic, m.said, s)
            last_any = None if denied else last_any
            if not mine:
                add(
                    Medication(
                        m.generic,
                        None,
                        None,
                        _frequency(own),
                        change_said(own, None, None),
                        m.said,
                        (s.evidence(),),
                    )
                )
                continue
            for d in mine:
                said = sources[-1].text  # (the sentence of the answer's doses)
                larger = any(n.value > 4 and n.end <= d.number.start for n in find_numbers(said))
                if dose_counts.a_count_not_a_dose(m.generic, d.number.value, d.unit, larger):
                    continue  # "the Minirin, still one at bedtime": a melt counted
                before = was_ahead if d is mine[0] else None
                if before is None and len(sources) > 1:  # "And the Paxil?" "Ten, and now twenty."
                    before = dose_from.dose_before(sources[-1].text, d.number.value)
                unit = d.unit or units_seen.get(m.generic)
                if d.unit:
                    units_seen[m.generic] = d.unit
                add(
                    Medication(
                        m.generic,
                        d.number.value,
                        unit,
                        _frequency(own),
                        change_said(own, d, unit, before),
                        m.said,
                        tuple(x.evidence() for x in sources),
                    )
                )
    earlier_doses.with_doses_before(sentences, entries)  # "I was on forty before."
    return _one_per_dose(entries)


#: a drug named as a time, and what was then: "before the Concerta it was six"
_IT_WAS = re.compile(r"\b(?:it|that|they|you) (?:was|were|is|are|scored|got)\b", re.I)


def _changes_dose_of(med: Medication, e: Medication) -> bool:
    """`med` raises or lowers the dose of entry `e`, the same drug at another dose with no change
    of its own: it is `e`'s change, not a drug of its own."""
    return (
        e.name == med.name
        and e.dose is not None
        and med.dose is not None
        and e.dose != med.dose
        and e.change in (None, "continue")
        and (med.change or "").startswith(("increase", "decrease", "change"))
    )


def _one_per_dose(entries: Sequence[Medication]) -> list[Medication]:
    out: list[Medication] = []
    for med in map(dose_sound.checked, entries):  # "50 mg" of a drug given at 15 mg, said so
        same = [i for i, o in enumerate(out) if (o.name, o.dose) == (med.name, med.dose)]
        if same:
            o = out[same[0]]
            ev = o.evidence + tuple(x for x in med.evidence if x not in o.evidence)
            out[same[0]] = replace(o, evidence=ev[:4], check=o.check or med.check)
        else:
            out.append(med)
    return out
