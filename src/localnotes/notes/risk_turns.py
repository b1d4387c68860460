"""How sentences around a risk statement bear on it, split from `risk` (which reads each cue
where it is said): a question that presupposes the act, a second question asked before the
answer, a short "Only ..." answer taken back by "Nobody ...", a "would" after a bare condition
("In case they come back. I'd whack them."), and a habitual past told as a condition ("If I took
too long he'd kick the door in"). Patterns run on lowercase text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_answer_words import as_heard
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_picks import long_words, options_of
from localnotes.notes.risk_vocabulary import kinds_in
from localnotes.notes.sentences import Sentence


def asker_goes_on(said: Sentence, then: Sentence, unknown: Callable[[Sentence], bool]) -> bool:
    """The speaker of `said` still talking in `then`: the same speaker where speakers are known;
    where they are not, whatever `unknown` says of `then` (shared by the retold and the read-aloud
    rules, each with its own sign of the other speaker's reply)."""
    return then.role == said.role if said.role is not None else unknown(then)


def speaker_named_first(low: str) -> bool:
    """The sentence names no one, or the speaker first."""
    who = rq.ANY_ONE.search(low)
    return who is None or who.group(0) in ("i", "i'm", "i'd", "i've", "i'll")


def presupposed(s: Sentence, start: int, end: int) -> bool:
    """The clinician's question takes the act as done: "When you cut yourself, did it ...?"."""
    low = s.lower
    asking = low.rstrip().endswith("?") or rq.ASKED_ABOUT_IT.match(low[end:])
    if s.role == "client" or not asking or not end:
        return False
    m = rq.PRESUPPOSED.match(low[:start])
    return bool(m and (m.group("tried") or rq.PRESUPPOSED_ACT.match(low[start:])))


#: "Has this happened before?": asked of a story told at length, which may have begun well before
#: the six sentences a follow-up looks back
HAPPENED_BEFORE = re.compile(
    r"\b(?:has|had|as) (?:this|that|it) (?:ever )?happened before\b|"
    r"\b(?:have|had) you (?:ever )?done (?:this|that|it|anything like (?:this|that)) before\b|"
    # "Lorraine, are those thoughts there now?" after a story and a relative's aside
    r"\b(?:are|is|have|has) (?:those|these|the) thoughts (?:still |ever )?(?:there|around|"
    r"back|come back|gone|been there)\b"
)


def back_from(sentences: Sequence[Sentence], k: int) -> list[Sentence]:
    """The six sentences before k, nearest first, and six more before each question among them
    that itself asks about what was said before it ("... ending your life?" "Sometimes. I've
    thought about driving into that tree." "Any intention of doing that?" "No. It would destroy
    my mum. I couldn't do that to her." "Have you made any plan, or done anything towards it?")."""
    out: list[Sentence] = []
    j, limit = k - 1, k - (16 if HAPPENED_BEFORE.search(sentences[k].lower) else 6)
    while j >= max(0, limit):
        s = sentences[j]
        out.append(s)
        if (
            s.is_question
            and (rq.BACK_REFERENCE.search(s.lower) or _FOLLOW_UP.match(s.lower))
            and not cues_in(s.text)
        ):
            limit = j - 6
        j -= 1
    return out


#: a question that goes on with the story just told: "What stopped you?", "What happened then?"
_FOLLOW_UP = re.compile(
    r"^(?:and |so )?(?:what|who) (?:stopped|helped|kept|made|brought) you\b|"
    r"^(?:and |so )?what happened (?:then|next|after(?:wards)?)\b|^(?:and |so )?what did you do "
    r"(?:then|next|after(?:wards)?)\b|^(?:and |so )?how did you get (?:through|home|out)\b"
)


def asked_again(sentences: Sequence[Sentence], k: int, answer: Sentence) -> bool:
    """Another risk question, not turned around like "Do you feel safe?", comes between question
    k and the answer: "Do you feel safe at home? Does he ever hurt you?" "No." answers the last."""
    for s in sentences[k + 1 : k + 5]:  # where `risk_answers.answer` looks
        if s is answer:
            return False
        if s.text.rstrip().endswith("?") and any(not c.inverted for c, _, _ in cues_in(s.text)):
            return True
    return False


#: a question of more than was told: "has anyone else hurt you?", "beyond what you've described?"
_MORE_THAN_TOLD = re.compile(
    r"\b(?:has|have|is|did|does) (?:anyone|anybody|someone|somebody) else\b|\bbeyond what\b|"
    r"\b(?:apart from|other than|besides) (?:that|this|those|what)\b"
)
_ONLY_THAT = re.compile(
    r"^(?:just|only) (?:that|those|them|the once|those (?:two|three) times)\W*$"
)


def only_what_was_told(question: str, after: str) -> bool:
    """ "Has anyone else hurt you?" "No. Just that.": nothing more, and what was told is so."""
    return bool(_MORE_THAN_TOLD.search(question) and _ONLY_THAT.match(after.strip(" \"'")))


#: "Short, yes, hurting someone, no.": the harm asked about, named with its no
HARM_NAMED_NO = re.compile(
    r"^[^.?!]{0,40}?\b(?:hurting|harming|hitting) (?:someone|anyone|anybody|somebody|him|her|"
    r"them|people),\s*no(?=\s*[.!]|\s*$)"
)
_BARE_CONDITION = re.compile(r"^(?:just |only )?(?:in case|if|unless|for when)\b[^,;]*[.!]?$")
_WOULD = re.compile(r"^(?:and |then )?(?:i'd|i would|i'll|i will)\b")


def after_a_condition(sentences: Sequence[Sentence], k: int) -> bool:
    """ "In case they come back. I'd whack them.": the speaker's "would" finishes a condition
    said as a sentence of its own just before."""
    if k == 0 or not _WOULD.match(sentences[k].lower):
        return False
    before = sentences[k - 1]
    low = before.lower.strip()
    # a fragment, not a sentence of its own ("If the scan's bad I'm not doing chemo again.")
    fragment = len(low.split()) <= 7 and not re.search(r"\bi(?:'m|'ll|'d| am| will| won't)\b", low)
    return before.role == sentences[k].role and fragment and bool(_BARE_CONDITION.match(low))


#: A word of risk that a question's option may say without a cue of its own ("or about dying?")
_RISK_WORD = re.compile(
    r"\b(?:die|dying|dead|death|kill\w*|hurt\w*|harm\w*|suicid\w*|alive|living|gone|end \w+|"
    r"ending \w+|cut\w*|hit\w*|abus\w*)\b"
)


#: What a check offers as the harmless reading: "... as a feeling", "just a figure of speech", "or
#: do you just want to sleep?" (not "or more of a wish to escape?", which is still a wish)
_HARMLESS = re.compile(
    r"\b(?:feeling|figure of speech|expression|saying|joke|joking|venting|frustration|anger|"
    r"angry|sleep|rest|a break|tired|exhausted|steam|words)\b"
)


def picked_safe(sentences: Sequence[Sentence], k: int, answer: str) -> bool:
    """A short answer that picks the one option of question k with no risk in it: "Do you mean
    that as a feeling, or did you think about actually hurting him?" "Just a feeling." (also
    with the options heard as two questions: "... as a feeling?" "Or did you ...?")."""
    question = sentences[k].lower
    if k and question.startswith("or ") and sentences[k - 1].is_question:
        question = f"{sentences[k - 1].lower.rstrip(' ?')}, {question}"
    options = options_of(question)
    if not question.rstrip().endswith("?") or len(options) < 2:
        return False
    head = " ".join(re.split(r"[,.;]\s", answer, maxsplit=1)[0].split()[:3])  # "Just a feeling I"
    words = long_words(head) - {"more", "just", "only", "that", "like"}
    risky = [bool(cues_in(o)) for o in options]
    chose = [bool(words & long_words(o)) for o in options]
    if not any(risky) or chose.count(True) != 1 or risky[chose.index(True)]:
        return False
    option = options[chose.index(True)]  # not "..., or about dying?", "or a wish to disappear?"
    return bool(_HARMLESS.search(option)) and not (_RISK_WORD.search(option) or kinds_in(option))


def and_then_by_speaker(low: str, start: int, clause: str) -> bool:
    """A cue whose clause names no one and is joined by "and" (or "then") to a clause the speaker
    begins: "I went round there and hit him", "I keep thinking about getting my gun and shooting
    him" (not "My brother went round and hit him")."""
    if rq.ANY_PERSON.search(clause):
        return False
    head = low[: start - len(clause)]
    joined = re.search(r"\s(?:and|then|and then)\s$", head)
    if joined is None:
        return False
    prior = rf.clause_before(head, joined.start())
    at = joined.start() - len(prior)
    for _ in range(3):  # back over clauses with no subject: "so I followed him off, dragged him
        if not _VERB_FIRST.match(prior.strip()) or at <= 2:  # out of his car and hit him"
            break
        before = rf.clause_before(head, at - 2)
        prior, at = before, at - 2 - len(before)
    return rq.ANY_ONE.search(prior) is not None and speaker_named_first(prior)


#: a clause that starts with its verb, its subject said before it: "dragged him out"
_VERB_FIRST = re.compile(r"^(?:\w+ed|got|went|ran|took|threw|drove|came|caught|held)\b")


#: "I was abused", "I got hit": done to the speaker, not by them
_PASSIVE = re.compile(r"\bi (?:was|got|get|am|were)\s+$")
_PARTICIPLE = re.compile(r"^(?:\w+ed|hit|beaten|beat up|hurt|shaken|thrown|bitten|held)\b")


_SOMEONE_ELSE_DOES = re.compile(r"(?:he|she|they|\[person\]|my \w+)\b")


def done_by_speaker(low: str, start: int, end: int) -> bool:
    """The speaker is the one who does the cue's act ("I hit him", "I was abusive to her"), not
    the one it is done to ("I was abused", "I got hit")."""
    if not re.search(r"\bi\s+(?:\w+\s+)?$", low[:start]) or _SOMEONE_ELSE_DOES.match(low, start):
        return False  # "if I cried he'd lock me out": the cue names its own doer
    return not (_PASSIVE.search(low[:start]) and _PARTICIPLE.match(low[start:end]))


#: "Yes, I feel safe.", "Yeah, it's fine.": a yes that goes with being safe
YES_SAFE = re.compile(
    r"^(?:yes|yeah|yep|yup|ja|aye|ya|yah)\b,?\s*(?:i (?:do )?feel (?:safe|fine|ok(?:ay)?)|i'm safe|"
    r"i am safe|"
    r"it's (?:all )?(?:fine|good|ok(?:ay)?)|all (?:fine|good)|(?:very |totally |perfectly )?safe|"
    r"we're (?:fine|good|ok(?:ay)?))\b"
)


#: "I feel safe.", "Safe as houses.": said to a question of harm, a no
_SAFE_SAID = re.compile(
    r"^(?:i (?:do )?feel (?:very |totally |perfectly |completely |quite )?safe|(?:very|totally|"
    r"perfectly|completely|quite|pretty|really) safe|safe as houses|i'm (?:very |perfectly )?safe|"
    r"i am safe|it's safe|(?:home|it) is safe|we're (?:all )?safe|we are (?:all )?safe|"
    r"everyone's safe|everybody's safe|(?:things|everything) (?:are|is|'s) (?:all )?safe|"
    r"safe(?=\W*$|[,.] ))\b"
)


def yes_to_safety(sentences: Sequence[Sentence], k: int, answer: Sentence) -> bool:
    """A yes said with "I feel safe" or "it's fine" answers the question of safety asked in the
    turn of question k, not the question of harm before or after it ("Do you feel safe at home?
    Has anyone hurt you?" "Yes, I feel safe. No one's hurt me."); "I feel safe." alone says no to
    harm."""
    low = as_heard(answer.lower)  # "Safe po." (Tagalog's "po" of respect) as "Safe."
    if _SAFE_SAID.match(low):
        return True  # "Has anyone hurt you or frightened you?" "I feel safe."
    said = sentences[answer.index - 1].lower.strip(" \"'") if answer.index else ""
    if _SAFE_SAID_BACK.match(said) and rq.ENDORSE_ANSWER.match(low):
        return True  # "Do you feel safe there?" "Safe? Yes, the Polish family is very kind."
    if not YES_SAFE.match(low):
        return False
    role = sentences[k].role
    end = max(k + 1, min(answer.index, k + 4))  # "Is anyone hurting you? Are you safe there?"
    for s in reversed(sentences[max(0, k - 3) : end]):
        if role is not None and s.role != role:
            break
        if any(c.inverted for c, _, _ in cues_in(s.text)) or _SAFE_ASKED.search(s.lower):
            return True
    return False


#: the word of safety said back before the answer: "Safe? Yes, ..."
_SAFE_SAID_BACK = re.compile(r"(?:safe|feel safe|do i feel safe|am i safe)\?$")
#: safety asked in words no cue reads ("Are you safe where you're staying now?")
_SAFE_ASKED = re.compile(r"\b(?:are|is|do) (?:you|things|it|home)(?: feel)? safe\b[^.!]*\?")


#: a short question about what the sentence before it said: "Has that happened?", "Is that what
#: you mean?", "Has that been in your mind?", "Has that been true for you?"
_REFERS_BACK = re.compile(
    r"^(?:and |so )?(?:has|have|is|was|does|did|do) (?:that|this|any of that|anything like that|"
    r"something like that)\b(?! (?:\w+ )?(?:before|again|too)\b)[^.?!]{0,40}\?$|"
    # the question cut short: "Have you?", "And you?", "Do you ever get them?"
    r"^(?:and |so |\w+, )?(?:(?:have|do|did|are|were) you(?: ever| too| yourself| at all| also)*|"
    r"and you|what about you|how about you|(?:have|do|did) you (?:ever )?(?:had|have|get|got|"
    r"feel|felt) (?:them|those|that|it|any)(?: (?:too|yourself|at all|lately))?)\W*\?$|"
    # a summary checked: "So there's a wish to die ... Have I got that right?"
    r"^(?:and |so |okay,? )?(?:have i (?:got|understood) (?:that|it|this) right|did i (?:get|hear|"
    r"understand) (?:that|it|this|you) right|do i have (?:that|it) right|am i right|is that "
    r"(?:right|correct|fair)|does that sound (?:about )?right)\W*\?$"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|my|me|myself)\b")
#: the same asked at the end of the sentence, heard with no stop or question mark before it:
#: "some mums ... think about ending it have you felt like that"
_ASKED_AT_END = re.compile(
    r"\s(?:and )?(?:have|do|did|are|were) you (?:ever )?(?:felt|feel|had|been|thought|think|"
    r"get|got)? ?(?:like that|that way|the same(?: way)?|anything like that|any of that|that too|"
    r"them too|that)(?: yourself| at all| lately| too)?\W*$"
)


def refers_back(sentences: Sequence[Sentence], k: int) -> bool:
    """Sentence k tells of a kind of risk in general and the same speaker asks at once whether it
    is so for the listener: "Sometimes when mood drops like this, people have thoughts of not
    being around. Has that happened?" (not a sentence of one's own: "I wanted to die.")."""
    s = sentences[k]
    if s.role != "client" and _ASKED_AT_END.search(s.lower) and not _FIRST_PERSON.search(s.lower):
        return True
    if s.role == "client" or s.is_question or k + 1 >= len(sentences):
        return False
    q = sentences[k + 1]
    return (
        q.is_question
        and (s.role is None or q.role == s.role)
        and not _FIRST_PERSON.search(s.lower)
        and bool(_REFERS_BACK.match(q.lower.strip(" \"'")))
    )


#: the speaker owns what was just told of them: "I did. I'm not proud of it."
_OWNED = re.compile(
    r"^(?:yes,? |yeah,? )?(?:i did(?: that| it)?(?:\W*$|, i'm not proud\b)|i'm not proud of (?:it|"
    r"that|what i did)|i am not proud of (?:it|that|what i did))"
)


def owned_after(sentences: Sequence[Sentence], k: int) -> bool:
    """Harm to someone told of another ("He shoved Mr Doyle over the fence.", said by his wife)
    that is owned at once, before any question: "I did. I'm not proud of it." """
    for s in sentences[k + 1 : k + 4]:
        if s.is_question:
            return False
        if _OWNED.match(s.lower.strip(" \"'")):
            return True
    return False


def answered_then_asked_again(sentences: Sequence[Sentence], j: int, end: int) -> bool:
    """Between question j and the answer at `end`, the question was answered ("Do you mean you'd
    like to die?" "When it's my time, I'm ready.") and asked again ("So no thoughts of ending your
    own life." "No."): the last no answers the last question, not question j."""
    asker = sentences[j].role
    replied = False
    for x in sentences[j + 1 : end]:
        asking = (
            x.role == asker
            if asker is not None and x.role is not None
            else not rf.FIRST_PERSON.search(x.lower) and still_asking(x.lower, x.is_question)
        )
        if not asking:
            replied = True
        elif replied and (x.is_question or still_asking(x.lower, x.is_question)):
            return True
    return False


#: examples of what was asked, said after the question: "The banker, a neighbor."
_EXAMPLES = re.compile(
    r"^(?:(?:or )?(?:the|a|an|your) [\w-]+(?: [\w-]+)?,\s*){1,4}(?:or )?(?:the|a|an|your) "
    r"[\w-]+(?: [\w-]+)?\W*$|"
    # "Take any extra pills, anything like that." (heard with no mark), with no "I" in it
    r"^(?!.*\b(?:i|i'm|i've|i'd|me|my)\b)[^.?!]{3,60},? (?:or )?anything like that\W*$"
)


#: a question that answers: "Is it bad if I say yes?", "Who hasn't, honestly?"
_SAYS_YES = re.compile(r"\bif i (?:say|said) yes\b|^who (?:hasn't|hasnt|doesn't|wouldn't)\b")


_TITLE_FIRST = re.compile(r"^(?:doctor|doc|nurse|miss|sir|madam|ma'am|sister),?\s+")


def still_asking(lower: str, is_question: bool) -> bool:
    """With no speaker labels: a sentence that goes on asking rather than answers -- a question,
    a phrase asked ("Or suicide."), or one said to "you" with no "I" in it ("Touching you in a way
    that's not okay?", "Take money, or not help when you need help."). After one, an answer must
    say yes or no plainly, without a filler before it."""
    low = lower.strip(" \"'")
    if rf.PEOPLE_IN_GENERAL.match(low) and not re.search(r"\b(?:i|i'm|i've|i'd|me|my)\b", low):
        return True  # "Sometimes when people are this tired they get very short with others."
    # "Well yes, now that you ask.", "To be honest with you, nurse, yes."
    plain = _TITLE_FIRST.sub("", rq.FILLER.sub("", low))
    if rq.DENY_ANSWER.match(plain) or rq.ENDORSE_ANSWER.match(plain) or _SAYS_YES.search(low):
        return False  # "Is it bad if I say yes?" answers
    if is_question or rq.PHRASE_QUESTION.search(low) or _EXAMPLES.match(low):
        return True  # "The banker, a neighbor.": examples of what was asked
    return bool(rf.SECOND_PERSON.search(low)) and not re.search(
        r"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|myself|we|we're|our|us)\b", low
    )
