"""All the self-ratings of a session, for `measures`; with a self-rating's further values told by
others and at other times: the value another rater gave the same thing, said right after the
client's ("A three, tops." "The nurses put you at seven on the chart this morning."), and the
values of the answer to a rating told as what was put down ("On the chart you put irritability at
a nine." "A nine, yeah, and a two the rest of the month.").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import rating_values, ratings
from localnotes.notes.model import Measure
from localnotes.notes.rating_scores import answer_scores
from localnotes.notes.sentences import Sentence


def rated(sentences: Sequence[Sentence]) -> list[Measure]:
    """Every self-rating: the answers to rating prompts, their follow-ups and further values,
    and those said unprompted."""
    found = ratings.extract(sentences)
    # a rating said unprompted that is also an answer found is that answer
    answered = {(e.quote, m.score) for m in found for e in m.evidence}
    unprompted = [
        m
        for m in rating_values.said_with_scale(sentences)
        + rating_values.said_plainly(sentences)
        + rating_values.said_plainly_in_percent(sentences)
        + rating_values.said_for(sentences)
        if (m.evidence[0].quote, m.score) not in answered
    ]
    put = rating_values.put_down(sentences)
    return [
        *found,
        *rating_values.follow_ups(sentences, found),
        *put,
        *answered_put_down(sentences, put),
        *by_another(sentences, found),
        *unprompted,
    ]


#: another rater's value of the person: "The nurses put you at seven", "Mum rated him at an
#: eight", "your wife would have you at a six" (not the client's own "I'd put it at a four")
_RATED_BY_ANOTHER = re.compile(
    r"^(?!\W*(?:i|i'd|i would)\b)[^.?!]{0,40}\b(?:put|puts|rated|rates|scored|scores|had|has|"
    r"would have|would put|'d put|'d have)\s+(?:you|him|her|them)\s+(?:at|as)\s+(?:an?\s+)?$",
    re.I,
)
#: how many sentences after a rating's answer another rater's value may come
_AFTER = 3


def by_another(sentences: Sequence[Sentence], found: Sequence[Measure]) -> list[Measure]:
    """Another rater's value of the thing just rated, said in the three sentences after the
    answer, on the same scale."""
    out: list[Measure] = []
    at = {s.evidence(): k for k, s in enumerate(sentences)}
    for m in found:
        if not m.name.endswith("rating") or (k := at.get(m.evidence[-1])) is None:
            continue
        top = m.out_of or 10.0
        for s in sentences[k + 1 : k + 1 + _AFTER]:
            said = [
                n for n in answer_scores(s.text, top) if _RATED_BY_ANOTHER.match(s.text[: n.start])
            ]
            if said:
                ev = (*m.evidence[:2], s.evidence())
                out.append(Measure(m.name, said[0].value, top, ev))
                break
    return out


def answered_put_down(sentences: Sequence[Sentence], put: Sequence[Measure]) -> list[Measure]:
    """The further values of the answer to a rating told as what was put down: the sentence
    after it, and on ("A nine, yeah, and a two the rest of the month.")."""
    at = {s.evidence(): k for k, s in enumerate(sentences)}
    out: list[Measure] = []
    for m in put:
        k = at.get(m.evidence[-1])
        if k is None or k + 1 >= len(sentences):
            continue
        a = sentences[k + 1]
        nums = answer_scores(a.text, m.out_of or 10.0)
        if (
            nums
            and nums[0].value == m.score
            and re.match(r"^\W*(?:an?\s+)?$", a.text[: nums[0].start], re.I)
        ):
            out += ratings.further(sentences, k + 1, nums[0], m)
    return out
