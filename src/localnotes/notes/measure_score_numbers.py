"""Which numbers said near a measure's name can be its score, for `measures`: in its range
(whole where it is scored so), not a rating's scale said beside it, not a count of forms ("one
more, about the urges"), a time, a count of things, a question's number or a cut-off; an
earlier score after "from" ("fourteen now, from twenty-two") is one. Split from `measures`,
which reads where the score is said."""

from __future__ import annotations

import re

from localnotes.notes import rating_scores, score_positions, score_wording
from localnotes.notes.measure_ranges import PERCENT_AFTER
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence


def scores(
    s: Sentence, lo: int, hi: int, most: float, whole: bool = True, percent: bool = False
) -> list[NumberSpan]:
    """The numbers of s.text[lo:hi] that can be the score of a measure whose top is `most`
    (`whole`: scored in whole numbers; `percent`: said as a percentage)."""
    out: list[NumberSpan] = []
    # a rating's scale said beside the measure is no score of it: "The PHQ-9 was nine, cravings
    # this week, zero to ten."
    scale = [(m.start(), m.end()) for m in rating_scores.SCALE_RANGE.finditer(s.text)]
    scale += score_positions.scale_spans(s.text, most)  # "the Samn-Perelli, one to seven?"
    for n in find_numbers(s.text):
        if not lo <= n.start < hi or not 0 <= n.value <= most:
            continue
        if any(a <= n.start < b for a, b in scale):
            continue
        if whole and n.value != int(n.value):
            continue  # a score outside the measure's scale is not its score
        said = s.text[n.start : n.end].lower()
        # ("There's one more, about the urges, the OCDS.": a form counted, not a score)
        pronoun_after = re.match(r"\s*(?:was|is|that|of|with|more\b|,)", s.text[n.end :], re.I)
        # "the Barnes scale was one, so just mild": a score said after its verb, then a comma
        if pronoun_after and pronoun_after.group(0).endswith(","):
            pronoun_after = (
                None
                if score_positions.SCORE_VERB_BEFORE.search(s.text[: n.start])
                else pronoun_after
            )
        # "the quality of life one for people with a stoma": which questionnaire, not a score
        pronoun_after = pronoun_after or score_wording.ONE_FOR.match(s.text[n.end :])
        if said == "one" and (
            score_wording.PRONOUN_ONE_BEFORE.search(s.text[: n.start]) or pronoun_after
        ):
            continue
        if (
            said == "1"
            and pronoun_after
            and score_wording.PRONOUN_DIGIT_BEFORE.search(s.text[: n.start])
        ):
            continue  # "the depression 1, the PHQ 9, was 18": "one" as Whisper writes it
        # "fourteen now, from twenty-two when you started": an earlier score after "from"
        earlier_from = re.search(r"\bfrom\s+$", s.text[: n.start]) and (
            score_wording.EARLIER_AFTER.match(s.text[n.end :])
            or score_wording.FROM_AFTER_TODAY.search(s.text[: n.start])
        )
        # (or one in its own clause after today's: "came to 44, last month it was 51")
        last_was = score_positions.LAST_WAS_BEFORE.search(s.text[: n.start]) if out else None
        earlier_from = earlier_from or (
            last_was and score_wording.ENDS_CLAUSE.match(s.text[n.end :])
        )
        # a measure scored as a percentage: "The Oswestry is forty-eight percent."
        as_percent = percent and PERCENT_AFTER.match(s.text[n.end :])
        if score_positions.COUNT_OF_AFTER.match(s.text[n.end :]):
            continue  # "Can we look at two of the parts?"
        if (rating_scores.NOT_SCORE_AFTER.match(s.text[n.end :]) and not as_percent) or (
            score_positions.NOT_SCORE_BEFORE.search(s.text[: n.start]) and not earlier_from
        ):
            continue
        out.append(n)
    return out
