"""A dose asked back and answered with another: "You're on Velaxin seventy-five?" "Since last week a
hundred and fifty." The question's dose is the one before; the answer's, leading it as
`dose_answers.leading_dose` reads one, is the dose now, a change from the one asked."""

from __future__ import annotations

from collections.abc import Sequence

from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_answers
from localnotes.notes.model import Medication
from localnotes.notes.sentences import Sentence


def answered_anew(sentences: Sequence[Sentence], meds: Sequence[Medication]) -> list[Medication]:
    """The medications, with the dose an answer gives in place of the one its question asked."""
    at = {s.evidence(): k for k, s in enumerate(sentences)}
    out = list(meds)
    for m in meds:
        k = at.get(m.evidence[0], -1) if len(m.evidence) == 1 else -1
        if m.dose is None or k < 0 or k + 1 >= len(sentences) or not sentences[k].is_question:
            continue
        drug = load_lexicon().medication(m.name)
        answer = sentences[k + 1]
        now = dose_answers.leading_dose(answer.text, drug) if drug is not None else None
        if now is None or any(x.name == m.name and x.dose == now.value for x in out):
            continue
        way = "increase" if now.value > m.dose else "decrease"
        unit = f" {m.unit}" if m.unit else ""
        change = f"{way} from {m.dose:g} to {now.value:g}{unit}"
        ev = (m.evidence[0], answer.evidence())
        out.append(Medication(m.name, now.value, m.unit, None, change, m.said_as, ev))
    return out
