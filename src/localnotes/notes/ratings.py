"""Self-ratings ("a four out of ten") with what is rated, and where a score is said in an answer.

A rating is "N out of ten" said in full, or a number answering a rating prompt. A prompt is a
question or an order: one that sets up a scale ("how is your mood, zero to ten?", or "Zero to
ten." said after a question), or one that asks for a number with no scale said ("Give me a number
for the pain", "What number did you give it?", "How would you rate your sleep?", "Where would you
put the anxiety?"; the scale is then zero to ten). The answer is the next sentence with a number
in it, of either speaker, within three sentences ("Around a six."), or the rest of a sentence that
said the scale again first ("Zero to ten, around a six."). The scale's own numbers ("zero to ten",
"out of ten", "of 10") are never the score. A score heard as a sound-alike word in score position
("Maybe a for.", "Probably ate.") counts as its number; an answer that starts with its number is an
answer even where speech recognition ended it with a question mark ("A7, where's at night?").

What is rated is the feeling or symptom the prompt names, or else the sentence before it (“Let's
start with the mood chart. What number did you give yesterday?”), also when speech recognition
misheard the word by a letter ("cradings" for "cravings"); for "N out of ten" said a few sentences
after the question ("How's the mood?" "Low." "A three out of ten."), the question's. An answer's
further values are those said as a rating ("On a good night a five"), a number leading the next
answerer's sentence ("Six. Maybe six."), and one said with another thing rated ("And the pain,
maybe a four" is the pain's).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from localnotes.notes import rating_prompts as prompts
from localnotes.notes.model import Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rated_feelings import rated
from localnotes.notes.rated_heard import rated_misheard
from localnotes.notes.rated_words import (
    asked_about,
    in_answer,
    named_thing,
    phrase_prompt,
    rated_first,
    rated_for,
    rated_or_asked,
    rated_or_misheard,
    said_before,
)
from localnotes.notes.rating_answers import (
    ADDRESSED,
    ARTICLE_BEFORE,
    BARE_AFTER,
    BARE_BEFORE,
    IT_IS_A,
    OF_WHEN,
    TAGGED,
    WOULD_HAVE_SAID,
    answer_end,
    corrected,
    gives_a_dose,
    of_another_time,
    scale_asked_again,
)
from localnotes.notes.rating_echoes import echoed
from localnotes.notes.rating_scores import (
    NOT_SCORE_AFTER,
    SCALE_RANGE,
    answer_scores,
    leads_with_number,
    out_of_top,
)
from localnotes.notes.sentences import Sentence

#: the scale's own numbers, never a score: "zero to ten", "1 through 10", its anchors (below)


def _bare_answer_follows(sentences: Sequence[Sentence], k: int, top: float = 10.0) -> bool:
    """The next sentence is a rating alone, or the one after a sentence with no number in it
    ("How satisfied are you? Jake first." "A four.")."""
    for j in range(k + 1, min(len(sentences), k + 3)):
        if _bare_rating(sentences[j], top):
            return True
        text = sentences[j].text  # (not the scale told by its ends: "Zero is calm, ten the most.")
        if (find_numbers(text) and not prompts.scale_alone(text)) or sentences[j].is_question:
            return False
    return False


def _bare_rating(s: Sentence, top: float = 10.0) -> bool:
    nums = answer_scores(s.text, top)
    if not nums:
        return False
    before, after = s.text[: nums[0].start], s.text[nums[0].end :]
    if IT_IS_A.search(before) and len(before) <= 40 and not find_numbers(before):
        return True  # "At the barre it's a six.": a rating said of where or when
    article = re.search(r"\b(?:a|an|at|by)\s+$|^\W*and\s+$", before, re.I)
    then = find_numbers(after)
    if (
        then
        and re.match(r"^\s*(?:,|or|to|-)?\s*$", after[: then[0].start])
        and NOT_SCORE_AFTER.match(after[then[0].end :])
    ):
        return False  # "Four, five hours.": a range of hours, not a rating
    return bool(BARE_BEFORE.match(before)) and (bool(article) or bool(BARE_AFTER.match(after)))


def extract(sentences: Sequence[Sentence]) -> list[Measure]:
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        context = [sentences[j] for j in range(max(0, k - 2), k)]
        # "a four out of ten", "6/10"
        for n in find_numbers(s.text):
            top = out_of_top(s.text[n.end :])
            if top is None or n.value > top or top not in (5.0, 10.0, 100.0):
                continue
            if re.search(r"\b(?:yes|no) to\s+$", s.text[: n.start], re.I):
                continue  # "You answered yes to eight out of ten": a count of items
            what = (
                rated_first(s.text)
                or named_thing(s.text)
                # (a question before naming what it asks: "How strong is the longing, 0 to 10?")
                or next((r for c in reversed(context) if (r := rated_or_asked(c))), None)
            )
            asked = [c.evidence() for c in context[-1:] if what and not rated(s.text)]
            said = None if what else said_before(sentences, k, asked=True)  # "How's the mood?"
            if said is not None:
                what, asked = rated(said.text), [said.evidence()]
            ev = (*asked, s.evidence())
            measure = Measure(rating_name(what, top), n.value, top, ev)
            # "sleep is a three out of ten. On a good night a five."
            out += [measure, *further(sentences, k, n, measure)]
        # "On a scale of one to ten, how is your mood?" -- "Pretty steady. I'd give it a six."
        # "How has your mood been?" -- "Zero to ten." -- "I'd give it a six."
        # "Give me a number for the pain today." -- "Zero to ten, around a six."
        scale_after_question = (
            k > 0 and sentences[k - 1].is_question and prompts.scale_alone(s.text)
        )
        # "How anxious were you?" -- "A six.": a feeling asked about, answered by a rating only
        how_and_a_rating = (
            s.is_question
            # (not a count asked for: "How many hours did you sleep?" "Three, maybe.")
            and re.match(
                r"\W*(?:\w+\W*,\s*)?"
                r"(?:(?:and |so )?(?:when|if|after) [^,?]{1,50},\s*(?=how much\b))?"
                r"(?:and |so )?how\b(?! (?:many|long|old|far)\b)",
                s.text,
                re.I,
            )  # "Sam, how's ...", "And when you do eat at night, how much shame afterwards?"
            and (rated(s.text) or named_thing(s.text))
            and _bare_answer_follows(sentences, k, scale_asked_again(out, s.text))
        )
        if out and s.start - out[-1].evidence[-1].start <= _FOLLOW_UP_SECONDS:
            out += _recap(s, out[-1], {m.score for m in out if m.name == out[-1].name})
        recent = any(m.evidence[-1].start >= s.start - _FOLLOW_UP_SECONDS for m in out[-1:])
        next_one = s.is_question and prompts.AND_THE_NEXT.match(s.text) and rated(s.text) and recent
        # "I said eight." "And this week?" "A four.": the same rating asked for another time
        again = (
            recent
            and s.is_question
            and prompts.ASKED_AGAIN.match(s.text)
            and not rated(s.text)
            and _bare_answer_follows(sentences, k)
        )
        # "Where are you now?" during an exposure, right after a rating: the same rating again
        where_now = recent and s.is_question and prompts.WHERE_NOW.match(s.text)
        if (
            prompts.ASKS_FOR_A_NUMBER.search(s.text)
            or how_and_a_rating
            or next_one
            or again
            or where_now
            # the scale said alone just before the question: "On zero to ten." "What's the pain?"
            or (s.is_question and k > 0 and prompts.ONLY_SCALE.match(sentences[k - 1].text))
            # "I'll ask you for your distress out of a hundred as we go.": a prompt announced
            or (prompts.SCALE_SET_UP.search(s.text) and prompts.ANNOUNCED.search(s.text))
            or (
                prompts.SCALE_SET_UP.search(s.text)
                and (
                    prompts.asks_a_rating(s)
                    or re.search(r"\b(?:rat|scor)(?:e|ed|ing)\b", s.lower)
                    or scale_after_question
                    or phrase_prompt(s.text)
                    or prompts.ORDERED.match(s.text)
                    # a question speech recognition ended with a full stop: "You used the word
                    # numb, how numb, zero to 10."
                    or _ASKED_IN_A_CLAUSE.search(s.text)
                    # the scale told, then asked by the same speaker: "This chart goes from
                    # zero, no worry, to ten, the biggest worry. Where are you most days?"
                    or prompts.asked_next(sentences, k)
                )
            )
        ):
            # "Where's the number now?": the rating asked for last, a few minutes before
            last = next(
                (m for m in reversed(out) if m.evidence[0].start >= s.start - _FOLLOW_UP_SECONDS),
                None,
            )
            answered = _answered_rating(sentences, k, last)
            if answered is not None:
                rating, j, first = answered
                if (again or where_now) and out:  # asked for again: it keeps its name and scale
                    rating = Measure(out[-1].name, rating.score, out[-1].out_of, rating.evidence)
                out.append(rating)
                out += further(sentences, j, first, rating)
    return out


_ZERO_TO_FIVE = re.compile(r"\b(?:zero|nought|0) to (?:five|5)(?=\s*[,.?;]|$)", re.I)
_ASKED_IN_A_CLAUSE = re.compile(r"(?:^|[,;:]\s*)(?:and |so )?(?:how|what|where)\b", re.I)


def further(sentences: Sequence[Sentence], j: int, first: NumberSpan, m: Measure) -> list[Measure]:
    """The other values of the answer in sentence j, whose first score is `first`, said as a
    rating is said, after "a" or "an" (never "not a"): later in the sentence and in the next two
    sentences until a question ("A six. Usually like a three."; "This week a seven. Last week a
    four."; a second person's "A six, for me.")."""
    top = m.out_of or 10.0
    out: list[Measure] = []
    seen = {m.score}
    current = m.name  # what the values rate, until another rated thing is given a value
    # (on to the end of the answering turn for a value said of another time: "Nine on Tuesday.
    # There was a fire drill. The alarm is loud. Today six.")
    end = j + 3
    while end < min(len(sentences), j + 6) and sentences[end].segment == sentences[j].segment:
        end += 1
    for i in range(j, min(len(sentences), end)):
        s = sentences[i]
        # "When I go out, a six."; a statement with a tag: "I said six, ahlie?"
        if i > j and s.is_question and not OF_WHEN.match(s.text) and not TAGGED.search(s.text):
            break
        for n in answer_scores(s.text, top):
            if (i == j and n.start <= first.start) or n.value in seen:
                continue
            if corrected(s.text[n.start :], [NumberSpan(0, n.end - n.start, n.value)]) == []:
                continue  # "like a five but, no, seven": taken back
            # "A four. Honestly, a four." "Six. Maybe six.": the next answerer's number leads
            # (not a time, "By two I'm done", nor a hedge settled back: "Maybe 85, but say 80.")
            values = [x.value for x in answer_scores(s.text, top)]
            leads = (
                i > j
                and n.value == values[0]
                and leads_with_number(s, top)
                and BARE_AFTER.match(s.text[n.end :])
                and not re.search(r"\b(?:by|at)\s+$", s.text[: n.start], re.I)
                and not seen & set(values[1:])
            )
            the = (
                re.search(r"\bthe\s+$", s.text[: n.start]) and s.text[n.end :].strip()[:1].isalnum()
            )
            # "At home, maybe 5.", "On a good day, six.", "four on Saturday, two on Monday"
            hedged = of_another_time(s.text, n.start, n.end, i == j)
            # "Six. On Sunday I'd have said three.": in the answerer's own turn
            would = WOULD_HAVE_SAID.search(s.text[: n.start]) and s.segment == sentences[j].segment
            if i >= j + 3 and not hedged:
                continue
            if (ARTICLE_BEFORE.search(s.text[: n.start]) and not the) or leads or hedged or would:
                seen.add(n.value)
                # "And pain, maybe a five": another thing rated in the same breath
                # and its further values are its own: "the urge is a six today. It was a ten."
                # "A nine, and the urge is like a six": another thing rated in the answer itself
                said = in_answer(s.text if i > j else s.text[first.end : n.start])
                current = rating_name(said, top) if said else current
                out.append(Measure(current, n.value, top, (*m.evidence[:2], s.evidence())))
    return out


def _recap(s: Sentence, last: Measure, seen: set[float]) -> list[Measure]:
    """A rating's change told back ("Eighty-five down to forty, in the place you avoided.", "From
    eight to five."): both values are the last rating's, on its scale."""
    top = last.out_of or 10.0
    nums = answer_scores(s.text, top)
    out: list[Measure] = []
    for x, y in itertools.pairwise(nums):
        gap = s.text[x.end : y.start]
        # "From eight to five without checking.": told back from a value the rating had
        # ("From seventy to a peak of eighty-five, and down to forty.")
        to = re.fullmatch(r"\s*to(?: an? (?:peak|high|low|top) of)?\s*", gap, re.I)
        from_to = x.value in seen and to and _FROM.search(s.text[: x.start])
        if (_DOWN_TO.fullmatch(gap) or from_to) and not NOT_SCORE_AFTER.match(s.text[y.end :]):
            for v in (x.value, y.value):
                if v not in seen:
                    seen.add(v)
                    out.append(Measure(last.name, v, top, (last.evidence[0], s.evidence())))
    return out


_DOWN_TO = re.compile(
    r"\s*,?\s*(?:and )?(?:(?:went|came|going|coming) )?(?:(?:back )?down|up) to\s+", re.I
)
_FROM = re.compile(r"(?:^|[^\w\s])\s*(?:so |and )?from\s+$", re.I)  # "From eight to five"
#: a rating said not to have been given: "I didn't rate it then"
_NOT_RATED = re.compile(
    r"\b(?:didn't|did not|don't|do not|never|haven't|have not|hadn't|won't|can't|couldn't)\s+$",
    re.I,
)
#: withdrawal talked of, where feeling sick is how it is felt ("dope sick")
_WITHDRAWAL = re.compile(r"\bwithdrawal\b|\bdope[\s-]?sick\b|\bclucking\b|\bcows\b", re.I)
#: how long after a rating "Where's the number now?" still asks for the same thing again
_FOLLOW_UP_SECONDS = 180.0


def _answered_rating(
    sentences: Sequence[Sentence], k: int, last: Measure | None = None
) -> tuple[Measure, int, NumberSpan] | None:
    """The rating prompt k asks for, the sentence that answers it and the answer's number."""
    q = sentences[k]
    named = asked_about(q.text)
    if not named and prompts.scale_after_prompt(sentences, k):
        named = asked_about(sentences[k - 1].text)  # "How safe do you feel?" "Zero to ten."
    if named == "urge" and k and sentences[k - 1].segment == q.segment:
        # the urge asked about is the craving just named: "The craving's a different thing. How
        # strong is the urge right now?" (the clinician's word, said first)
        named = "cravings" if rated(sentences[k - 1].text) == "cravings" else named
    if named == "sickness" and any(
        _WITHDRAWAL.search(x.text) for x in sentences[max(0, k - 6) : k]
    ):
        named = "sickness (withdrawal)"  # "how sick do you feel" after the withdrawal scale
    scale_said = bool(prompts.SCALE_SET_UP.search(q.text))
    top = 100.0 if re.search(r"100|hundred|\bpercent", q.text) else 10.0
    if _ZERO_TO_FIVE.search(q.text):  # a diary card's urges, nought to five
        top = 5.0
    # the same thing asked again keeps its scale: "How much do you believe it now?" after 0-100
    if last is not None and not scale_said and (not named or rating_name(named) == last.name):
        top = last.out_of or top
    asked = prompts.ASKS_FOR_A_NUMBER.search(q.text)
    if asked and _NOT_RATED.search(q.text[: asked.start()]):
        return None  # "I didn't rate it then, but a six is real progress.": no rating given
    if asked and not q.is_question:  # "I'd rate my sleep a four."
        nums = answer_scores(q.text[asked.end() :], top)
        if nums:
            said = None if named else said_before(sentences, k)
            # "Thursday was a nine for frustration": what it is given for, whatever was asked
            given = rated_for(q.text[asked.end() + nums[0].end :])
            what = given or named or (rated(said.text) if said else None)
            ev = (*([said.evidence()] if said else []), q.evidence())
            first = NumberSpan(
                nums[0].start + asked.end(), nums[0].end + asked.end(), nums[0].value
            )
            return Measure(rating_name(what, top), nums[0].value, top, ev), k, first
    for j in range(k + 1, answer_end(sentences, k)):
        s = sentences[j]
        echo = echoed(q, s)  # "Exam stress? Nine.": what was asked, said back
        if echo is not None:
            named = named or rated(echo) or echo  # "Annoyance? Eight."
            continue
        if re.fullmatch(
            r"\W*(?:today|now|right now|this week|me|him|her|overall|"
            r"(?:back )?(?:in|on|during|last|that) \w+(?: \w+)?)\W*",  # "Back in August?"
            s.text,
            re.I,
        ):
            continue  # "Today?": the answerer repeating the question
        if s.is_question and ADDRESSED.fullmatch(s.text) and not find_numbers(s.text):
            continue  # "How tired are you? Claire?": whom the question is for
        if j == k + 1 and not q.is_question and prompts.asked_next(sentences, k):
            continue  # "...to ten, the biggest worry. Where are you most days?": asks the same
        if (
            s.is_question
            and not leads_with_number(s, top)
            and not prompts.SCALE_SET_UP.search(s.text)
            and not OF_WHEN.match(s.text)  # "When it was bad it was a nine.": an answer
            and not prompts.restated(q, s)  # "How frustrated ...? How much frustration?"
        ):
            return None  # a new question (but "Zero to ten, ten being fine?" asks the same)
        if q.role and s.role == q.role and not SCALE_RANGE.search(s.text):
            continue  # the asker goes on (but "Zero to ten, around a six." is read)
        if (
            not scale_said
            and top == 10.0
            and not answer_scores(s.text, top)
            and leads_with_number(s, 100.0)
            and answer_scores(s.text, 100.0)[0].value > top
        ):  # "What's the number?" "40, maybe.": no scale said, a number above ten leads the
            top = 100.0  # answer: the scale is zero to a hundred
        after = sentences[j + 1].text if j + 1 < len(sentences) else ""
        nums = corrected(s.text, answer_scores(s.text, top), after)  # "Ten. No, an eight."
        if nums:
            ev = (q.evidence(), *(x.evidence() for x in sentences[k + 1 : j + 1]))
            what = named or rated(s.text)
            said = said_before(sentences, k)
            if not what and said is not None:
                # "How would you rate your focus at work?" "0 to 10?" "Maybe a 5."
                # "Let's start with the mood chart." "What number did you give yesterday?"
                what, ev = rated_or_misheard(said.text), (said.evidence(), *ev)
            what = what or rated_misheard(q.text)
            # a sound rated by how loud, where nothing rated was named: "How loud is it now?"
            what = what or ("loudness" if re.search(r"\bhow loud\b", q.text, re.I) else None)
            ev = ev if len(ev) <= 3 else (ev[0], *ev[-2:])  # the prompt and the answer
            if not what and last is not None:  # "Where's the number now?"
                return Measure(last.name, nums[0].value, last.out_of, ev), j, nums[0]
            return Measure(rating_name(what, top), nums[0].value, top, ev), j, nums[0]
        if any(n.value > 100 for n in find_numbers(s.text)) or gives_a_dose(s.text):
            return None  # a number off any scale, or a dose told: nothing later is the score
    return None


def rating_name(what: str | None, top: float = 10.0) -> str:
    if what in ("distress", "anxiety") and top == 100.0:  # "how anxious, nought to a hundred"
        return f"SUDS ({what} rating)"  # either name finds it
    if what == "SUDS" or (what is None and top == 100.0):
        return "SUDS"  # subjective units of distress, 0 to 100
    return f"{what or 'self'} rating"
