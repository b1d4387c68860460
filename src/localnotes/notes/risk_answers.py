"""How the answer to a risk question says yes or no (split from `risk`, which reads the cues
where they are said): a plain "No", a "Yes", an option picked, a time said, a joke taken back, or
an answer that names the risk itself and is read as a statement of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_answer_checks as ac
from localnotes.notes import risk_answer_words as aw
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes import risk_turns as rt
from localnotes.notes.risk_answer_forms import (
    NEVER_DONE,
    THING_THEN_YES,
    deed_then_denied,
    ends_in_yes,
    no_form,
    only_then_nobody,
    yes_form,
)
from localnotes.notes.risk_answer_ratings import all_well, rated
from localnotes.notes.risk_answer_times import PAST_YES, TIME_BEFORE_NO, WHEN_ANSWER, WHEN_ONLY
from localnotes.notes.risk_answer_words import (
    ACCIDENT_TOLD,
    ONLY_FEELINGS,
    REFRAMED,
    YES_LEAD,
    as_heard,
)
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_denied_by_name import denied_by_name
from localnotes.notes.risk_disowned import echoed
from localnotes.notes.risk_no_then_yes import PLAN_ASKED, no_but_yes, short_yes
from localnotes.notes.risk_other_matter import agrees_to_aside, other_matter
from localnotes.notes.risk_picks import ordinal, picked
from localnotes.notes.sentences import Sentence

#: a yes after a clause that says when or how far ("After she passed, yes.", "In that moment,
#: honestly, yeah."), "sometime" for "sometimes" (its "mi" heard "my"), "Safe." alone or before
#: when, then what the speaker did, heard as one sentence: "When I was 15, I used to burn ..."
_WHEN_THEN_TOLD = re.compile(
    r"^(?:when (?:i was|we were) [\w']+(?: \w+)?|at (?:\d+|\w+teen)|as a (?:kid|child|teen\w*)|"
    r"in (?:year|grade) \w+),? i (?:used to|would|'d|started|began|did|tried)\b"
)
#: "Yeah, no.", "Yeah nah": a no (not "Yes, no doubt")
_YEAH_NO = re.compile(
    r"^(?:yeah|yes|yep|yeh|aye|ja),?\s+(?:no|nah)\b(?!\s+(?:doubt|question|problem|kidding|lie|joke)\b)"
    r"(?!,?\s+(?:it|i|they) (?:has|have|did|do|does)\b)"  # "Yeah, no, it has, yeah."
    r"(?!,?\s+(?:yeah|yes)\b)"  # "Yeah nah, yeah.": Australian English's yes
)
#: what else is said (a yes to safety)
_LEAD_IN_YES = re.compile(
    r"^(?:(?:after|when|since|before|during|in|at|back|around|that|those|on|for) [^.?!,]{1,40}?,"
    r"\s*(?:(?:honest(?:ly)?|to be honest|i think|i guess),?\s*)?(?:yes|yeah|yep|aye|i did|i "
    r"have|i had)\b|sometime (?:i|mi|me|my)\b|safe(?=\W*$|[,.] ))"
)


def answer(sentences: Sequence[Sentence], k: int) -> tuple[Sentence | None, str | None]:
    """The answer to the question in sentence k, and whether it says yes or no."""
    asker = sentences[k].role
    skipped = False
    for j in range(k + 1, min(len(sentences), k + 5)):
        a = sentences[j]
        if asker is not None and a.role == asker:
            continue  # the clinician still talking
        # "...Last month.": a pause before it; "I, that's what it is.": "Aye" heard as "I"
        # ("Hey, I, no, never.": "Ai, no" heard with an interjection before it)
        raw = as_heard(a.lower)
        low = TIME_BEFORE_NO.sub("", raw if skipped else rq.FILLER.sub("", raw))
        if REFRAMED.match(low):
            return a, None  # "Ending it with him? Yes, I'm leaving him in the spring."
        if (final := aw.final_say(low)) is not None:
            return a, final  # "Yes -- sorry, I mean no.", "I told my GP no, but the truth is yes."
        if rf.RHETORICAL.match(low) or aw.HESITATION.match(low) or ac.not_yet(sentences, a, low):
            continue  # "Um." on its own, "Hurt myself?" said back: the answer comes after it
        if ac.said_back_of_me(low, sentences[k].lower, bool(cues_in(a.text))):
            continue  # "Am I gonna top meself? Am I fuck.": the question said back, then answered
        if asker is None and rt.still_asking(a.lower, a.is_question):
            skipped = True  # who speaks is unknown: the asker going on ("Or suicide?")
            continue
        if rq.REPEATED_NO.match(low) or _YEAH_NO.match(low):
            if (later := yes_after_no(sentences, j, sentences[k].lower)) is not None:
                return later, "yes"  # "Not a plan, no. But the thoughts are there."
            return a, "no"  # "Not really, no.", "Yeah, no." (a no, as said in Canada and Australia)
        if ac.done_on_me(sentences[k].lower, low):
            return a, "yes"  # "Did you do anything to hurt yourself?" "I did a bit on meself."
        if cues_in(a.text):
            if rt.YES_SAFE.match(low) and all(c.inverted for c, _, _ in cues_in(a.text)):
                return a, "yes"  # "Do you feel safe with him?" "Yes, I feel safe with him."
            if picked(sentences[k].lower, low, said_after(sentences, j)):
                return a, "yes"  # "A wish, or thoughts of killing yourself?" "A wish, yeah."
            # "No, I get angry, but I would never hurt anyone.": the "No" answers what the
            # answer does not speak of itself
            # "Once, last week, ... I'd rather not be here at all.": the "Once" answers too
            if rq.YES_THEN_TOLD.match(low):
                return a, "yes_but"
            if rt.picked_safe(sentences, k, low):
                return a, "no_but"  # "Just a feeling, I'd never touch him.": the rest is read
            if rt.HARM_NAMED_NO.match(low):
                return a, "no"  # "Short, yes, hurting someone, no."
            return a, "no_but" if rq.DENY_ANSWER.match(low) else "statement"
        if (place := ordinal(sentences[k].lower, low)) is not None:
            return a, place  # "A wish to be dead, or thoughts of ending your life?" "The first."
        if ac.verb_said_back(sentences[k].lower, low):
            return a, "yes"  # "Do you ever bite your arm when ...?" "Okay. I bite."
        if rq.NOT_A_PLAN.match(low) and "plan" not in sentences[k].lower:
            return a, "yes"  # "Were you thinking about ending your life?" "Not a plan."
        if all_well(sentences[k].lower, low) or rf.NOT_MEANT.match(low) or ONLY_FEELINGS.match(low):
            return a, "no"  # "That is only talk, doctor.": what was said was not meant
        if (rating := rated(sentences[k].lower, low)) is not None:
            return a, rating  # "And suicidal urges?" "A one, most days."
        if _says_no(low) and not ends_in_yes(low):
            if rt.only_what_was_told(
                sentences[k].lower, said_after(sentences, j)
            ) or rt.only_what_was_told(sentences[k].lower, low.partition(", ")[2]):
                return a, "yes"  # "Has anyone else hurt you?" "No. Just that."
            if (later := yes_after_no(sentences, j, sentences[k].lower)) is not None:
                return later, "yes"  # "Not really. But sometimes, yeah."
            if no_but_yes(low, sentences[k].lower):
                return a, "yes"  # "No, but sometimes.", heard as one sentence
            return a, "no"
        if ac.agrees_with_a_no(low, sentences[k].lower):
            return a, "no"  # "So you've never hurt yourself on purpose?" "Yeah."
        corrected = next_said(sentences, a) if rq.BARE_YES.match(low) else None
        if corrected is not None and rq.CORRECTED_TO_NO.match(corrected.lower.strip(" \"'")):
            return corrected, "no"  # "Yeah. No, nothing like that."
        told = corrected.lower.strip(" \"'") if corrected else YES_LEAD.sub("", low, count=1)
        if told != low and ACCIDENT_TOLD.match(told):
            return corrected or a, None  # "Yes. I cut my finger on the cheese slicer.": no act
        yes = (
            rq.ENDORSE_ANSWER.match(low)
            or (rq.NAMED_WHO.match(low) and rq.ACTOR.search(sentences[k].lower))
            or ((WHEN_ANSWER.match(low) or WHEN_ONLY.match(low)) and not rf.NEGATION.search(low))
            # "You were thinking of ending your life." "I was chasing my tail for months ...":
            # the check's own words given back (heard without the "I was." before them)
            or (_YOU_WERE.match(sentences[k].lower) and _I_WAS.match(low))
            or _LEAD_IN_YES.match(low)
            or (_WHEN_THEN_TOLD.match(low) and not rf.NEGATION.search(low))
            or yes_form(low)  # "If I'm honest, yeah.", "I can't say I haven't.", "When I drink."
        )  # "Last year I scratched my arms.": saying when it happened says yes
        aside = " ".join(s.lower for s in sentences[k + 1 : j] if s.role == asker)
        if yes and asker is not None and agrees_to_aside(low, sentences[k].lower, aside):
            return late_yes_or_no(sentences, j) or (a, None)  # "Tense, yeah, over money."
        if yes and (matter := other_matter(low, sentences[k].lower)) is not None:
            if matter == "no":  # "Kind of a silly question, no."
                return a, "no"
            return late_yes_or_no(sentences, j) or (a, None)  # "Lately I've been sleeping ..."
        if yes:
            if (
                denied_by_name(low)  # "Only thing I'm killing is this pot of coffee."
                or rq.JOKE_TAKEN_BACK.match(low.partition(", ")[2])
                or only_then_nobody(low, _REST.split(low, maxsplit=1)[-1])
            ):
                return a, "no"  # "Only my boss's car, no, I'm kidding, no.", heard as one sentence
            joke = next_said(sentences, a)
            if joke is not None and (
                rq.JOKE_TAKEN_BACK.match(joke.lower.strip(" \"'"))
                or only_then_nobody(low, joke.lower)
            ):
                return joke, "no"  # "Only when I need a wee ... No, sorry, seriously, no."
            if (back := checked_and_taken_back(sentences, j)) is not None:
                return back, "no"  # "Only the cat." "Is that something you'd do?" "Ah no."
            rest = [x for x in turn_after(sentences, a, 3) if x.role == a.role]
            # "Sometimes I think, better I go back. But to die, no."; "I've thought about
            # punching a pillow. My therapist said it's fine. People, no."
            # "... what kind of life is this... but no, not like that."
            if (
                no := next(
                    (x for x in rest if denied_by_name(x.lower) or aw.final_say(x.lower) == "no"),
                    None,
                )
            ) is not None:
                return no, "no"
            if ", " in low and denied_by_name(low.rsplit(", ", 1)[1]):
                return a, "no"  # "... because there was an article, not about ending mine."
            first_clause, *clauses = low.split(", ")
            parts = [*clauses, *(x.lower.strip(" \"'") for x in rest)]
            if parts and deed_then_denied(first_clause, parts):
                return (rest or [a])[-1], "no"  # "Sometimes I look at the water ... I won't jump."
            return a, "yes"
        if picked(sentences[k].lower, low, said_after(sentences, j)):
            return a, "yes"  # "Is that a wish to die, or a thought of ending your life?" "A wish."
        if rt.picked_safe(sentences, k, low):
            return a, "no"  # "... as a feeling, or did you think about actually ...?" "A feeling."
        if ends_in_yes(low):
            return a, "yes"  # "My mam rang, we had words, I put the phone down and, well, yes."
        return late_yes_or_no(sentences, j) or (a, None)
    return None, None


#: where the rest of a one-sentence answer starts: after a comma, or at "and I" ("Only the plow
#: guy who buries my mailbox and I just cuss it him", heard with no comma)
_REST = re.compile(r",\s+|\s+(?=and i\b)")


#: a check said back in the client's words: "You were thinking of ending your life."
_YOU_WERE = re.compile(r"^(?:(?:so|and|okay|ok|right),? )*you (?:were|was)\b(?!n't| not)")
_I_WAS = re.compile(r"^i was\b(?!n't| not| never| just (?:saying|joking|kidding))")


def said_after(sentences: Sequence[Sentence], j: int) -> str:
    """What the speaker of sentence j says right after it, lowercased ("" when another speaks)."""
    nxt = sentences[j + 1] if j + 1 < len(sentences) else None
    return nxt.lower if nxt is not None and nxt.role == sentences[j].role else ""


def corrected_to_safe(sentences: Sequence[Sentence], answer: Sentence) -> bool:
    """Later in the same answer, a yes of its own: the no was about something else."""
    at = next(i for i, x in enumerate(sentences) if x is answer)
    late = late_yes_or_no(sentences, at)
    return late is not None and late[1] == "yes"


def next_said(sentences: Sequence[Sentence], answer: Sentence) -> Sentence | None:
    """The sentence the answerer says right after a short answer ("No." "I've had those in the
    past, but not now."), or None."""
    for j, s in enumerate(sentences[:-1]):
        if s is answer and sentences[j + 1].role == answer.role:
            return sentences[j + 1]
    return None


def turn_after(
    sentences: Sequence[Sentence], said: Sentence, most: int, own_turn: bool = False
) -> list[Sentence]:
    """What the speaker of `said` goes on to say after it: up to `most` sentences, before any
    question (who speaks is unknown: the next question is someone else's); with `own_turn` and
    no speaker labels, only what is said in the same segment, the same turn."""
    out: list[Sentence] = []
    nxt = next_said(sentences, said)
    while nxt is not None and len(out) < most and not nxt.is_question:
        if own_turn and nxt.role is None and nxt.segment != said.segment:
            break
        out.append(nxt)
        nxt = next_said(sentences, nxt)
    return out


#: a sentence about someone else first: "My friend did, years ago, yeah." (not "My twenties.")
SOMEONE_ELSE_FIRST = re.compile(
    r"^(?:(?:but|and|well|oh),? )?(?:(?:my|his|her|their|our) (?!(?:teens|twenties|thirties|"
    r"forties|fifties|early|late|own|first|last|whole|student|school|uni)\b)\w+|he|she|they)\b"
)
_AND_THEN = re.compile(r"^(?:but|and|well|oh|though),? ")


def yes_before_later(
    sentences: Sequence[Sentence], answer: Sentence, most: int = 3
) -> Sentence | None:
    """Later in the answer's turn (up to `most` sentences, before any question), a sentence that
    is a yes for a time before: "No. I've calmed right down. But years ago, yeah." (not "My
    friend did, years ago, yeah.")"""
    return next(
        (
            x
            for x in turn_after(sentences, answer, most)
            if PAST_YES.match(_AND_THEN.sub("", x.lower.strip(" \"'")))
        ),
        None,
    )


#: what turns a no round: "But", "Well", "Mind you"
_TURNED = re.compile(
    r"^(?:(?:but|well|although|though|mind you|that said|then again|i mean|actually|okay|ok|"
    r"alright|fine),? )+"
)


def _says_no(low: str) -> bool:
    return bool(rq.DENY_ANSWER.match(low) or no_form(low))


def yes_after_no(sentences: Sequence[Sentence], j: int, question: str) -> Sentence | None:
    """A short yes said after the no in the same turn (up to three sentences, before any
    question or any sentence that tells risk of its own): "Not really. But sometimes, yeah.",
    "No. Well, sometimes.", "Not a plan, no. But the thoughts are there." Not "No. But I do
    worry about my mum." (another matter), nor "No, no. But sometimes I get really low." (a yes
    word that goes on to something else)."""
    if PLAN_ASKED.search(question):
        return None  # "Any plan or intent?" "No. ... But the thought's there.": no plan
    for nxt in turn_after(sentences, sentences[j], 3, own_turn=True):
        if cues_in(nxt.text):
            return None  # a sentence that tells risk of its own is read as such
        low = _TURNED.sub("", nxt.lower.strip(" \"'"))
        yes = yes_form(low) or short_yes(low, question)
        if PAST_YES.match(low) or WHEN_ANSWER.match(low):
            return None  # "No. But last month, yes.": a no now, a yes then, read as such
        if yes and not rq.DENY_ANSWER.match(low) and other_matter(low, question) is None:
            # "Ah no. I'd be lying if I said I never wished for a long sleep. But not dying, no."
            again = [_TURNED.sub("", x.lower) for x in turn_after(sentences, nxt, 2, True)]
            taken_back = again and (_says_no(again[0]) or any(map(NEVER_DONE.match, again)))
            return None if taken_back else nxt
    return None


def said_next(sentences: Sequence[Sentence], answer: Sentence) -> str:
    nxt = next_said(sentences, answer)
    return "" if nxt is None else nxt.lower


#: The clinician checking that a yes was meant: "Just to check, is that something you'd actually
#: do?", "Do you mean that seriously?" (asked within the next few sentences)
_CHECKED = re.compile(
    r"\b(?:just to check|to be clear|just so i'm clear|seriously|are you serious|"
    r"(?:something|anything) you'?d (?:actually|really|ever) do|would you (?:actually|really|ever)"
    r"|do you (?:really |actually )?mean (?:it|that)|is (?:that|it) (?:just )?a (?:saying|joke|"
    r"figure of speech|turn of phrase|way of speaking|expression))\b"
)
#: ... answered no, or as a way of speaking: "Ah no, it's a saying.", "Not at all, just a joke."
_TAKEN_BACK = re.compile(
    r"^(?:(?:ah|oh|och|god|gosh|lord|haha|ha)[,.!]?\s+)?(?:no|nah|naw|nope|never|not at all|"
    r"not really|of course not|god no)\b(?![^.!?]*\b(?:but|although|though|except)\b)|"
    # "I know, it's a saying, I'd never touch her." (said anywhere in the reply)
    r"\b(?:it's|it is|that's|that is|just|only) (?:just |only )?(?:an? )?(?:saying|joke|figure of "
    r"speech|turn of phrase|expression|way of speaking)\b|\b(?:i'm |i was )?(?:only|just) "
    r"(?:joking|kidding)\b"
)


def checked_and_taken_back(sentences: Sequence[Sentence], j: int) -> Sentence | None:
    """After the answer in sentence j said yes, the clinician's check of it, answered no: the
    answer the check got, or None."""
    for k in range(j + 1, min(len(sentences), j + 4)):
        q = sentences[k]
        if q.role == sentences[j].role and (q.role is not None or not q.is_question):
            continue  # the answerer still talking (who speaks unknown: until a question)
        if not (q.is_question and _CHECKED.search(q.lower)):
            return None
        # the reply, or the sentence after it ("I know. It's a saying.", "Ah no" misheard)
        for reply in sentences[k + 1 : k + 3]:
            if reply.role != sentences[j].role or reply.is_question:
                return None
            if _TAKEN_BACK.search(reply.lower.strip(" \"'")):
                return reply
        return None
    return None


#: a yes or a no said as a sentence of its own: "So. Yes.", "No."
_BARE_YES_OR_NO = re.compile(
    r"^(?:so,? |and,? |but,? )?(?:(?P<yes>yes|yeah|yep|(?:it'?s|that'?s|it is|that is) a yes)|no|"
    r"nope|not once|never|not at all|none|(?:it'?s|that'?s|it is|that is) a no)"
    r"(?:,? i (?:do )?feel safe|(?<=yes|eah|yep),? i (?:guess|suppose|think so|do|have|did))?"
    r"\W*$|"  # "It's hard to say. Yeah, I guess."
    # "He's been very good. No, nothing like that."
    r"^(?:so,? |and,? |but,? )?(?:no|nope),? (?:nothing (?:like that|of the sort|of that kind)|"
    r"none of that|never|not at all|not once)\W*$|"
    # "It should have killed me. Sometimes I wish it had.": a wish the answer ends in
    r"^(?:and |but )?(?:sometimes |some days |some nights |part of me |honestly,? )?i (?:almost |"
    r"half )?(?P<wish>wish|wished) (?:it|that) (?:had|did|'d)\W*$"
)


#: a yes that ends a story, with what it says after it: "So yeah, it's been happening.", "I kept
#: it from everyone, but yes." (no no after it)
_SO_YES = re.compile(
    r"^(?:so|and|because|'cause),? (?:yes|yeah|yep|aye)\b(?![^.?!]*\b(?:no|not|never)\b)"
)

_NEARLY_KILLED = re.compile(
    r"\b(?:should|could|might|ought to|nearly|almost)(?:'ve| have)? (?:killed|finished|taken) "
    r"(?:me|me off)\b|\bi (?:should|could)(?:'ve| have) died\b|\bi (?:nearly|almost) died\b"
)


def late_yes_or_no(sentences: Sequence[Sentence], j: int) -> tuple[Sentence, str] | None:
    """The answer that begins at sentence j neither says yes or no first nor tells risk, and ends
    in a yes or a no of its own: "So, it was the night of the twelfth of June. ... And he didn't
    stop when I said no. So. Yes.", "Ha. No. That's just talk.", "At the moment, not really. The
    pipe burst ... But that's not what you mean. Yes, I feel safe." (the answerer's sentences up
    to the next question)."""
    role = sentences[j].role
    for i, s in enumerate(sentences[j + 1 : j + 9], j + 1):
        if (s.is_question and not echoed(s.lower)) or (role is not None and s.role != role):
            return None  # (past "But kill myself?", the question's words said back)
        if (
            role is None
            and not echoed(s.lower)
            and (cues_in(s.text) or aw.ASKS_LEAVE.search(s.lower))
        ):
            # "I'll call your wife with you, if you agree.": a yes after it answers that
            return None  # who speaks is unknown: "Nobody lays a finger on her." tells, and ends it
        low = s.lower.strip(" \"'")
        if _SO_YES.match(low) or THING_THEN_YES.match(low) or (i > j and ends_in_yes(low)):
            return s, "yes"  # "After the funeral it got bad. So yeah, it's been happening."
        if denied_by_name(low):
            return s, "no"  # "Sometimes I'd like to move back home. But to die, no."
        said = _BARE_YES_OR_NO.match(low)
        if said:
            if said.group("wish"):  # only a wish that what nearly killed one had
                told = " ".join(x.lower for x in sentences[j:i])
                return (s, "yes") if _NEARLY_KILLED.search(told) else None
            return s, "yes" if said.group("yes") else "no"
    return None
