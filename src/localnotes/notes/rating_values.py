"""Self-ratings said without a prompt of their own: a short follow-up question after a rating
("And the fourth time?" "Forty."), a rating told as what was written down ("two weeks ago
you wrote an eight on the mood chart"), one said right after its scale ("If you asked me for a
number, loneliness, zero to ten, it's an eight.") and one said plainly of a rated feeling ("The
craving's maybe a six now, used to be a ten."). The other values of one answer are `ratings`'
own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import rated_feelings, rated_words, rating_answers, rating_scores, ratings
from localnotes.notes.drug_mentions import mentions_in
from localnotes.notes.model import Evidence, Measure
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.rating_prompts import SCALE_SET_UP
from localnotes.notes.sentences import Sentence

#: a short question that goes on from the rating before it: "And the fourth time?", "And now?",
#: "What about at night?", "And once you've checked the lock and it's fine?"; the same question put
#: to the other person: "Dan, same question.", "Same for you, [PERSON]?" (not a count: "And how
#: many calls did you make?")
_FOLLOW_UP = re.compile(
    r"^(?![^.?!]*\bhow (?:many|long|often)\b)\W*(?:(?:and|what about|how about|and what about|"
    r"what(?:'s| is| was) it|where(?:'s| is| was) it)\b[^.?!]{0,60}\?|"
    r"(?:[\w\[\]]+,\s*)?(?:and\s+)?(?:the\s+)?same (?:question|for you)\b[^.?!]{0,20}[.?!])\s*$",
    re.I,
)
#: a follow-up naming one thing: "And the tiredness?", "What about your mood?"
_ANOTHER_THING = re.compile(
    r"^\W*(?:and|what about|how about|and what about) (?:the |your )?([a-z]+)\W*$", re.I
)
#: the words of a follow-up that ask about the same rating at another time or place
_OCCASIONS = {
    "now", "then", "today", "tonight", "yesterday", "before", "after", "afterwards", "later",
    "time", "times", "night", "nights", "morning", "mornings", "day", "days", "week", "weekend",
    "evening", "evenings", "afternoon", "start", "end", "peak", "worst", "best", "first",
    "second", "third", "fourth", "fifth", "last", "next", "here", "there", "home", "work",
    "school", "usually", "normally", "generally", "overall", "average", "lately", "since",
}  # fmt: skip
#: a rating told as what was put down: "you wrote an eight", "she gave it a six", "I logged a 4"
_PUT_DOWN = re.compile(
    r"\b(?:wrote|write|writes|gave|give|gives|put|puts|marked|marks|logged|logs|circled|rated|"
    r"picked|chose|recorded)\s+(?:it\s+|that\s+|yourself\s+|himself\s+|herself\s+|down\s+)?"
    r"(?:as\s+)?(?:a|an)\s+$|"
    # the thing rated named between: "you put irritability at a nine"
    r"\bput\s+(?:your\s+|the\s+|his\s+|her\s+)?[a-z]+\s+at\s+(?:an?\s+)?$",
    re.I,
)


def follow_ups(sentences: Sequence[Sentence], found: Sequence[Measure]) -> list[Measure]:
    """A short question right after a rating's answer ("And the fourth time?") asks for the same
    rating again: the next sentence's leading number is its value."""
    out: list[Measure] = []
    answered_at = {m.evidence[-1].start: m for m in found if m.name.endswith("rating") or
                   m.name.startswith("SUDS")}  # fmt: skip
    for k, s in enumerate(sentences[:-1]):
        how_was_it = _HOW_WAS_IT.match(s.text)
        # "What number now?": the number asked again, further on in an exposure
        what_now = _WHAT_NOW.match(s.text)
        number = _WHAT_NUMBER.match(s.text) or what_now
        if (
            not (_FOLLOW_UP.match(s.text) or how_was_it or number)
            or rated_feelings.rated(s.text)
            or rated_words.named_thing(s.text)
            # "And the OxyNorm when the physio comes?": a thing by its name (a drug, a brand),
            # not the rating again ("And Jake?" asks the same of a person)
            or _A_THING_NAMED.match(s.text)
            # "And Angus is still on his Aricept?": a drug asked about, not the rating again
            or mentions_in(s.text)
        ):
            continue
        # the latest rating answered before it, in the six sentences or the three turns before
        # (one exchange may come between: "A nine." "Do you ever think of ending it?" "No, no.
        # It's a saying. ..." "Good. And alone at the bench?")
        back = (12, 6) if number else (6, 3)
        lo = min(
            max(0, k - back[0]),
            next((j for j in range(k) if sentences[j].segment >= s.segment - back[1]), k),
        )
        last = next(
            (answered_at[b.start] for b in reversed(sentences[lo:k]) if b.start in answered_at),
            None,
        )
        if last is None:
            continue
        a = sentences[k + 1]
        bare = _ONE_WORD.match(a.text) and not find_numbers(a.text)
        # "Settling. Forty, maybe."; asked what comes now: "It's further away. Maybe a three."
        if (bare or (number and not find_numbers(a.text))) and k + 2 < len(sentences):
            a = sentences[k + 2] if sentences[k + 2].segment == a.segment else a
        top = last.out_of or 10.0
        # "And the tiredness?": another feeling, by a word the rated words do not know, not the
        # rating before it again ("And the fourth time?" is)
        other = _ANOTHER_THING.match(s.text)
        name = last.name
        if other and other.group(1).islower() and other.group(1) not in _OCCASIONS:  # not "Jake"
            name = ratings.rating_name(other.group(1).lower(), top)
        if how_was_it:  # "How was it?" "Four minutes. ... At the end I'd say fifty."
            out += _told_in_answer(sentences, k, name, top, s)
            continue
        nums = rating_scores.answer_scores(a.text, top)
        # "Forty."; or a value said as a rating is: "Wednesday night was a nine."
        leads = nums and rating_answers.LEADS_WITH_NUMBER.match(a.text[: nums[0].start])
        lead = nums[:1] if leads else []
        said = lead or [n for n in nums if re.search(r"\b(?:a|an)\s+$", a.text[: n.start], re.I)]
        if what_now:  # a number said alone or as a rating is ("Maybe a three."), not "Two cars."
            said = [n for n in said if re.search(r"\b(?:a|an)\s+$", a.text[: n.start], re.I)
                    or not re.search(r"\w", a.text[n.end :])]  # fmt: skip
        if said:
            out.append(Measure(name, said[0].value, top, (s.evidence(), a.evidence())))
            answered_at[a.start] = out[-1]  # asked again after it: "And now?"
    return out


#: the number asked for again: "What number now?", "What's the number at the moment?"
_WHAT_NUMBER = re.compile(
    r"^\W*(?:(?:and|so|okay),?\s+)?what(?:'s| is)? (?:the )?(?:number|score)\b[^.?!]{0,30}\?\s*$",
    re.I,
)
#: what comes up now, asked again and again in EMDR after the disturbance was rated: "What do you
#: get now?"
_WHAT_NOW = re.compile(
    r"^\W*(?:(?:and|so|okay),?\s+)?what do you (?:get|notice|have)(?: now| this time)\s*\?\s*$",
    re.I,
)
#: a word or two said before the number, in a sentence of its own: "Settling. Forty, maybe."
_ONE_WORD = re.compile(r"^\W*[a-z']+(?:\s+[a-z']+)?\W*$", re.I)
#: how an exposure or a task went, asked right after a rating: the answer may tell the rating
_HOW_WAS_IT = re.compile(
    r"^\W*(?:(?:and|so|okay),?\s+)?how (?:was|did) (?:it|that)(?: go| feel)?\s*\?\s*$", re.I
)
#: a follow-up about a thing named with a capital after "the": "And the OxyNorm ...?"
_A_THING_NAMED = re.compile(r"^\W*(?i:and|what about|how about) (?i:the|your) [A-Z]")


def _told_in_answer(
    sentences: Sequence[Sentence], k: int, name: str, top: float, asked: Sentence
) -> list[Measure]:
    """The rating told in the first three sentences of the answer to "How was it?", said as a
    rating is said ("At the end I'd say fifty"), not a count ("Four minutes")."""
    answer = [x for x in sentences[k + 1 : k + 4] if x.segment == sentences[k + 1].segment]
    for a in answer:
        for n in rating_scores.answer_scores(a.text, top):
            if _SAID_AS_RATING.search(a.text[: n.start]):
                return [Measure(name, n.value, top, (asked.evidence(), a.evidence()))]
    return []


def put_down(sentences: Sequence[Sentence]) -> list[Measure]:
    """A rating told as what was written down, in a sentence that names what is rated."""
    out: list[Measure] = []
    for s in sentences:
        what = rated_feelings.rated(s.text)
        if not what:
            continue
        for n in rating_scores.answer_scores(s.text, 10.0):
            if _PUT_DOWN.search(s.text[: n.start]):
                out.append(Measure(ratings.rating_name(what), n.value, 10.0, (s.evidence(),)))
    return out


#: a value said as one's own rating: "it's an eight", "I'd say a six", "maybe a four"
_SAID_AS_RATING = re.compile(
    r"(?<!\bnot )(?<!\bnever )(?<!n't )\b(?:it's|it is|i'd say|i'm at|i'm|about|around|maybe|"
    r"probably|like|easily|a|an)\s+(?:(?:about|around|maybe|probably|like|easily)\s+)?"
    r"(?:(?:a|an)\s+)?$",
    re.I,
)
#: a rated feeling said as the subject, a rating after it: "The craving's maybe a six"
_FEELING_IS = re.compile(
    # (or leading the sentence, with the word that says which: "Binge urge was a four")
    r"(?:\b(?:the|my|his|her|their|your) |^\W*(?:[a-z]+ )?)([a-z]+)"
    # when, where or at whom: "my fear at night is an eight", "the anger at management is a nine"
    r"(?: (?:at|in|during|on|about|with|around|before|after|towards?) (?:the |my |your |his |her )?"
    r"[a-z]+)?(?:'s| is| was| has been| feels like)\s+"
    r"(?:(?:maybe|about|around|probably|like|easily|only|still|at)\s+)*(?:a|an)\s+$",
    re.I,
)


def said_with_scale(sentences: Sequence[Sentence]) -> list[Measure]:
    """A rating said right after its scale, in a sentence that asks nothing: "Loneliness, zero to
    ten, it's an eight." (its further values said as a rating: "Every day an eight")."""
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        scale = SCALE_SET_UP.search(s.text)
        if s.is_question or not scale:
            continue
        what = rated_words.rated_first(s.text) or rated_words.named_thing(s.text)
        # the answer to a question with no scale ("How's the breathing been this week?" "Worse.
        # Walking to the toilet, on a scale of ten, that's a seven now."): the question's
        asked = next((q for q in reversed(sentences[max(0, k - 2) : k]) if q.is_question), None)
        ev: tuple[Evidence, ...] = (s.evidence(),)
        if what is None and asked is not None and not SCALE_SET_UP.search(asked.text):
            what = rated_feelings.rated(asked.text)
            ev = (asked.evidence(), s.evidence())
        if what is None:
            # the feeling the answerer named first in the same turn: "Dread. Real dread. Out o'
            # ten, it's an eight."
            what = next(
                (r for p in reversed(sentences[max(0, k - 2) : k])
                 if p.segment == s.segment and (r := rated_feelings.rated(p.text))),
                None,
            )  # fmt: skip
        if what is None:
            continue  # the answer to a prompt before it: `ratings`' own
        after = s.text[scale.end() :]
        nums = [
            n
            for n in rating_scores.answer_scores(after, 10.0)
            if _SAID_AS_RATING.search(after[: n.start])
        ]
        found = [Measure(ratings.rating_name(what), n.value, 10.0, ev) for n in nums]
        if found:  # and its further values: "Out of ten, a seven. Before all this, maybe a two."
            at = scale.end() + nums[-1].start
            last = NumberSpan(at, at + nums[-1].end - nums[-1].start, nums[-1].value)
            found += ratings.further(sentences, k, last, found[-1])
        out += found
    return out


#: a rating given "for" what it rates, on a scale said in the same breath: "On a scale, like you
#: do, maybe a three for safe.", "I'd give it a seven for pain on a scale of ten."
_ON_A_SCALE = re.compile(r"\bon a scale\b", re.I)
_A_NUMBER_FOR = re.compile(r"\b(?:a|an)\s+$", re.I)


def said_for(sentences: Sequence[Sentence]) -> list[Measure]:
    """A rating said with "on a scale" and given "for" a feeling or a rated thing ("maybe a
    three for safe"), not "a three for me" nor "a five for the week"."""
    out: list[Measure] = []
    for k, s in enumerate(sentences):
        # the scale may end the sentence before: "Most of the time on a scale like you do."
        said = [x for x in sentences[max(0, k - 1) : k + 1] if x.segment == s.segment or x is s]
        if not any(_ON_A_SCALE.search(x.text) for x in said):
            continue
        for n in rating_scores.answer_scores(s.text, 10.0):
            thing = rated_words.rated_for(s.text[n.end :])
            if thing and _A_NUMBER_FOR.search(s.text[: n.start]):
                out.append(Measure(ratings.rating_name(thing), n.value, 10.0, (s.evidence(),)))
    return out


#: a rated thing read off a diary card, its value after a comma: "Urge to use, a six.", "And the
#: suicidal urges column, it looks like a two"
_PHRASE_IS = re.compile(
    r"(?:^\W*(?:and |so |then )?|[.;:]\s+|\b(?:says|shows|reads)\s+)(?:the |your |my )?"
    r"([a-z]+(?: urges?| to [a-z-]+)?)(?: column| row| box| line)?,\s+"
    r"(?:it looks like |it (?:says|shows|reads) |it's |that's |maybe |about )?(?:a|an)\s+$",
    re.I,
)


#: an urge read off a diary card by its column, its value bare after it, the day it is of (or
#: nothing) leading: "Monday, urge to self-harm one.", "Saturday. Urge to use five."
_CARD_URGE_IS = re.compile(
    r"(?:^\W*(?:and |then )?|[.;]\s+)(?:(?:on )?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"((?:urges? to [a-z-]+|[a-z-]+ urges?))(?: was| at)?\s+$",
    re.I,
)
#: the card's value ends its clause: "urge to self-harm one." (not "urge to smoke two packs")
_CARD_VALUE_ENDS = re.compile(r"\s*(?:[.;,]|$)")


def _feeling_is(before: str, after: str = "") -> re.Match[str] | None:
    if _CARD_VALUE_ENDS.match(after) and (card := _CARD_URGE_IS.search(before)):
        return card
    return _FEELING_IS.search(before) or _PHRASE_IS.search(before)


def said_plainly(sentences: Sequence[Sentence]) -> list[Measure]:
    """A rating said plainly of a rated feeling, with no scale and no prompt: "The craving's
    maybe a six now, used to be a ten." (its further values said as ratings, after "a")."""
    out: list[Measure] = []
    for s in sentences:
        nums = rating_scores.answer_scores(s.text, 10.0)
        first = next((n for n in nums if _feeling_is(s.text[: n.start], s.text[n.end :])), None)
        feeling = _feeling_is(s.text[: first.start], s.text[first.end :]) if first else None
        what = rated_feelings.rated(feeling.group(1)) if feeling else None
        if first is None or what is None:
            continue
        for n in nums:
            if n is first or (
                n.start > first.start and re.search(r"\b(?:a|an)\s+$", s.text[: n.start], re.I)
            ):
                out.append(Measure(ratings.rating_name(what), n.value, 10.0, (s.evidence(),)))
        # and its values in the next sentences: "Binge urge was a four. Yesterday a two."
        at = next((i for i, x in enumerate(sentences) if x is s), None)
        last = next((n for n in reversed(nums) if n.value == out[-1].score), None)
        if at is not None and last is not None:
            out += ratings.further(sentences, at, last, out[-1])
        out += _asked_on(sentences, s.index, what)
    return out


#: a rated feeling said as the subject, a percent after it: "Today the urge is like ninety
#: percent.", "My worry's about seventy percent." (not "the pain is eighty percent better")
_FEELING_IS_BARE = re.compile(
    r"(?:\b(?:the|my|his|her|their|your) |^\W*(?:[a-z]+ )?)([a-z]+)(?:'s| is| was| feels like)\s+"
    r"(?:(?:maybe|about|around|probably|like|easily|only|still|at)\s+)*$",
    re.I,
)
_PERCENT_ENDS = re.compile(
    r"\s*(?:percent|per cent|%)\s*(?:[.,;!?]|$|(?:today|now|tonight|right now)\b)", re.I
)


def said_plainly_in_percent(sentences: Sequence[Sentence]) -> list[Measure]:
    """A rating said plainly of a rated feeling in percent, with no scale and no prompt: "Today
    the urge is like ninety percent." (a rating out of a hundred)."""
    out: list[Measure] = []
    for s in sentences:
        for n in find_numbers(s.text):
            feeling = _FEELING_IS_BARE.search(s.text[: n.start])
            what = rated_feelings.rated(feeling.group(1)) if feeling else None
            if what is not None and n.value <= 100 and _PERCENT_ENDS.match(s.text, n.end):
                out.append(Measure(ratings.rating_name(what, 100.0), n.value, 100.0,
                                   (s.evidence(),)))  # fmt: skip
                break
    return out


def _asked_on(sentences: Sequence[Sentence], k: int, what: str) -> list[Measure]:
    """The same thing asked about in a question just after a rating said of it ("Urge to use, a
    five." ... "And the urges the rest of the week?"), answered as a rating is ("Mostly a four.
    Monday was a one."): its further values."""
    at = next((i for i, x in enumerate(sentences) if x.index == k), None)
    for i in range(at + 1, min(len(sentences) - 1, at + 6)) if at is not None else ():
        q, a = sentences[i], sentences[i + 1]
        if not q.is_question:
            continue
        if rated_feelings.rated(q.text) != what or SCALE_SET_UP.search(q.text):
            return []
        nums = rating_scores.answer_scores(a.text, 10.0)
        if nums and _LEADS_AS_RATING.match(a.text[: nums[0].start]):
            m = Measure(
                ratings.rating_name(what), nums[0].value, 10.0, (q.evidence(), a.evidence())
            )
            return [m, *ratings.further(sentences, i + 1, nums[0], m)]
        return []
    return []


#: an answer that leads with a value said as a rating: "Mostly a four.", "A three, I'd say."
_LEADS_AS_RATING = re.compile(
    r"^\W*(?:(?:mostly|usually|generally|maybe|about)\s+)?(?:a|an)\s+$", re.I
)
