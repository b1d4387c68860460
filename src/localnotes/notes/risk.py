"""Risk statements: endorsed or denied, past or present, with protective factors when stated.

How a status is decided, in the order the rules apply:
1. An idiom ("this job is killing me", "I could kill him", "die of embarrassment") is not risk.
2. A cue said to "you" or in a question ("Any thoughts of hurting yourself?") is the clinician
   asking: the answer decides. A plain "No"/"Nothing like that" denies it, "Yes"/"Sometimes"
   endorses it; an answer that names the risk itself is read as a statement of its own; an answer
   that does neither decides nothing: no status is reported, and `risk_review` shows the question
   and its answer as a passage to read.
3. A cue in a hypothetical ("if you ever feel like ending your life, call ...") is not a statement.
4. A statement about oneself is endorsed unless a negation stands before the cue in its clause
   ("I would never hurt myself", "no thoughts of suicide"); negations that do not deny ("I
   wouldn't mind not waking up", "I can't stop thinking about ...") do not count. "I haven't cut
   since March" is a denial now and a history then: both are reported.
5. A statement about someone else ("my uncle died by suicide") is not the client's risk.
6. A clinician's question that takes an act as done ("When you burned yourself, were you ...?")
   retells it: endorsed, and only the rest is asked.
7. A statement the clinician checks at once and the client takes back ("No, it's the pain
   talking") is not endorsed: the denial asked for stands. A threat needs only a plain no to the
   check ("I'd like to kill him." "Any thoughts of actually hurting him?" "No.").
Endorsed statements are never dropped for being unsure: a missed endorsement is the worse error.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import risk_answers as ra
from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_items
from localnotes.notes import risk_not_an_act as na
from localnotes.notes import risk_questions as rq
from localnotes.notes import risk_turns as rt
from localnotes.notes.model import Item, Risk, RiskPassage
from localnotes.notes.risk_answer_preludes import preludes_as_pauses
from localnotes.notes.risk_answer_ratings import rated_statement
from localnotes.notes.risk_answer_times import HAD_THEM_BEFORE, PAST_YES
from localnotes.notes.risk_asked_back import asked_back, repeats_what_was_said
from localnotes.notes.risk_asking import asks
from localnotes.notes.risk_conditions import conditional
from localnotes.notes.risk_cue_scan import cues as cues_in
from localnotes.notes.risk_dialect_words import said_commonly
from localnotes.notes.risk_disowned import disowned, disputed
from localnotes.notes.risk_double_negatives import said_plainly
from localnotes.notes.risk_dreams import dreams_denied
from localnotes.notes.risk_fillers import fillers_out
from localnotes.notes.risk_fragments import purposes_joined
from localnotes.notes.risk_friend_is_me import owned_at_last
from localnotes.notes.risk_generic_you import owned_of_anyone
from localnotes.notes.risk_intrusive import feared_and_gone, unwanted
from localnotes.notes.risk_negated import negated
from localnotes.notes.risk_patwa_answers import said_in_common_english
from localnotes.notes.risk_relay import as_said, relayed, text_as_said
from localnotes.notes.risk_run_on import answers_apart
from localnotes.notes.risk_speaker_forms import spoken_i
from localnotes.notes.risk_subject import about_self, clarified, generic_you, unnamed_answer
from localnotes.notes.risk_summed_up import safety_summed_up
from localnotes.notes.risk_taken_back import taken_back, taken_back_denial
from localnotes.notes.risk_told_for import told_for
from localnotes.notes.risk_vocabulary import VOCABULARY, kinds_in
from localnotes.notes.sentences import Sentence

#: a denial that says it was so before: "not since the baby", "not any more", "no longer"
_NOT_SINCE = re.compile(r"\bsince\b|\bany ?more\b|\bno longer\b|\bin (?:years|months)\b")
#: "never" said of the cue itself, in its own clause: for all time, whatever "since" says around it
_NEVER_IN_CLAUSE = re.compile(r"\bnever\b(?!.*\b(?:since|again|any ?more)\b)")


#: "any thoughts like that": what the sentence before said, asked of
_LIKE_THAT = re.compile(r"\b(?:thoughts?|feelings?|urges?) like (?:that|this|those)\b")


def _asked_about(sentences: Sequence[Sentence], k: int) -> list[tuple[rc.Cue, int, int]]:
    """The cues of sentence k, or for "Has that happened recently?" those of the nearest of the
    six sentences before it that has any, which says what "that" is (a client's story may stand
    between: "You said you used to cut." "In college." "On my arms." "Has that happened since?").
    Asked whether one would act on it, an idiom is what "it" is ("I'd kill him if I saw him."
    "Is that something you'd act on?"); otherwise idioms and other people's stories are not."""
    s = sentences[k]
    found = _cues_said(s)
    if found and k and s.is_question and _LIKE_THAT.search(s.lower):
        # "... low or even suicidal on this tablet. Have you had any thoughts like that, or of
        # hurting yourself?": what "like that" is asked too, besides the question's own
        before = sentences[k - 1]
        said = {c.kind for c, _, _ in found}
        if before.role == s.role:
            found += [(c, 0, 0) for c, _, _ in _cues_said(before) if c.kind not in said]
        return found
    if found or not k or not (s.is_question or rq.HAS_IT_HAPPENED.search(s.lower)):
        return found
    if repeats_what_was_said(s.lower, [b.lower for b in sentences[max(0, k - 3) : k]]):
        return found  # "I missed a bit. Since the summer before last?": words heard again
    acting = rq.ACT_ON.search(s.lower)
    if not acting and not (rq.BACK_REFERENCE.search(s.lower) or rq.HAS_IT_HAPPENED.search(s.lower)):
        return found
    if not acting and _asked_next(sentences, k):
        return found  # "How about now, this week? Are the thoughts of dying there?": the next
        # question says what is asked of now
    for before in rt.back_from(sentences, k):
        low = before.lower
        if not acting and (rf.IDIOMS.search(low) or rf.SOMEONE_ELSES.search(low)):
            continue
        if rq.INTRUSIVE.search(low):
            break  # "Some parents get frightening thoughts about the babies. Anything like that?"
        earlier = _cues_said(before)
        if earlier:
            return [(c, 0, 0) for c, _, _ in earlier]
        if acting:  # "I'd rather be dead than ..." "Is that something you actually mean?"
            named = [rc.Cue(kind, VOCABULARY[kind], False) for kind in kinds_in(before.text)]
            if named and (before.role is None or before.role != s.role):
                return [(c, 0, 0) for c in named]
        if acting and before.is_question:
            break  # what one would act on is said after the question before this one
    return found


def _asked_next(sentences: Sequence[Sentence], k: int) -> bool:
    """Whether the asker's very next sentence is a question with a risk of its own, which says
    what "and now?" asks of (not what the question before it asked)."""
    if k + 1 >= len(sentences):
        return False
    s, after = sentences[k], sentences[k + 1]
    return (
        after.is_question
        and (after.role is None or after.role == s.role)
        and any(not c.inverted for c, _, _ in _cues_said(after))
    )


def _cues_said(s: Sentence) -> list[tuple[rc.Cue, int, int]]:
    """The sentence's cues; for the clinician's "Sometimes people mean they wish they weren't
    around at all." (what others feel, said to be answered), those of its words said of oneself,
    as asked (at 0, 0)."""
    found = list(cues_in(s.text))
    if found or s.role == "client":
        return found
    if rq.NORMALIZING.search(s.lower):
        return [(c, 0, 0) for c, _, _ in cues_in(rq.said_of_oneself(s.lower))]
    return [(c, 0, 0) for c in asked_back(s.lower)] if s.is_question else found


_COMMA = re.compile(r"[,;:]\s|\s-\s|—")


def _in_clause_of(low: str, cue: tuple[rc.Cue, int, int], span: tuple[int, int]) -> bool:
    """Whether the cue is said in the clause of the span (no comma between them: "I slipped and
    hit my head" is one fall)."""
    a, b = min(cue[1], span[0]), max(cue[2], span[1])
    return not _COMMA.search(low, a, b) or cue[2] == 0


#: a cue denied by "no" or "never" in its own clause, as a summary or a check says it (not a tag
#: question, "You haven't ..., have you?", nor "Don't you ...?", whose yes is a yes)
_NO_BEFORE = re.compile(r"(?:^|[^']\b)(?:no|never)\b[^,;?]*$|\b(?:nobody|no one|no-one) (?:\w+ )?$")
_TAGGED = re.compile(rq.TAG_QUESTION)

#: the question asked back of oneself, as one who did not hear it: "Oh, did I hurt myself?"
_DID_I = re.compile(r"^(?:(?:oh|sorry|so|you mean|what),? )*(?:did|have|do|am|was) i\b")

_Found = list[tuple[rc.Cue, int, int]]
#: what checks whether a saying was meant: such a question asks about the saying itself
_CHECKED_SAYING = re.compile(
    r"\b(?:kidding|joking|just an expression|figure of speech|not literally|manner of speaking|"
    r"just a saying)\b"
)


def _read(sentences: Sequence[Sentence], k: int) -> tuple[_Found, _Found, bool]:
    """Sentence k's cues: those a question retells as done, the rest, and whether it asks."""
    s = sentences[k]
    low = s.lower
    cues = _asked_about(sentences, k)
    # "When you burned yourself, were you wanting to die?": the burning is retold, endorsed;
    # only the rest is asked
    retold = [c for c in cues if rt.presupposed(s, c[1], c[2])]
    cues = [c for c in cues if c not in retold]
    if rq.SCREEN_ITEM.search(low):  # a screening item about harming oneself: thoughts
        cues = [(replace(c, kind="suicidal_ideation") if c.kind == "self_harm" else c, a, b)
                for c, a, b in cues]  # fmt: skip
    # one question may ask about several kinds ("thoughts of hurting yourself, or not
    # wanting to live?"): if it asks about one, it asks about all
    asked = any(end == 0 or asks(s, c, low, start, end) for c, start, end in cues) or (
        bool(cues) and rt.refers_back(sentences, k)  # "... people have ... Has that happened?"
    )
    return retold, cues, asked


#: the readers that read sentences anew, in turn, after an interpreter's turns are read directly:
#: "(Daughter, speaking for her father) Since the stroke he bangs his head ...", "my friend ...
#: okay, that's me", "You get that feeling ... That's been me", "I sort of, you know, swallowed
#: the lot", "It's not like I didn't go back to cutting", "But yah, the thought is there"
_READ_ANEW = (
    told_for,
    owned_at_last,
    owned_of_anyone,
    fillers_out,
    said_plainly,
    said_commonly,
    preludes_as_pauses,
    said_in_common_english,
)


def extract(sentences: Sequence[Sentence]) -> tuple[list[Risk], list[Item], list[RiskPassage]]:
    """`read`, of an interpreted session as if spoken directly, each quote as it was said."""
    read_as, back = relayed(sentences)
    for reader in _READ_ANEW:
        read_as, anew = reader(read_as)
        back |= {k: back.get(v, v) for k, v in anew.items()}
    risks, context, unread = read(read_as)
    risks = dreams_denied(risks)  # "I dreamed I pushed him ..." ... "Awake, never."
    if not back:
        return risks, context, unread
    return (
        [replace(r, evidence=as_said(r.evidence, back)) for r in risks],
        [replace(i, text=text_as_said(i.text, i.evidence, back), evidence=as_said(i.evidence, back))
         for i in context],
        [replace(u, evidence=as_said(u.evidence, back)) for u in unread],
    )  # fmt: skip


def read(sentences: Sequence[Sentence]) -> tuple[list[Risk], list[Item], list[RiskPassage]]:
    """Risk statements; the protective factors and plans said near them; and each question about
    kinds of risk whose answer says neither yes nor no, with its answer (`risk_review` shows
    those no statement quotes)."""
    found: list[Risk] = []
    unread: list[RiskPassage] = []
    sentences = answers_apart(sentences)  # a question and its answer heard as one sentence
    sentences = purposes_joined(sentences)  # "I put my arm on the stove. On purpose."
    for k, s in enumerate(sentences):
        low = spoken_i(rf.unsaid_denial(s.lower))
        idioms = [] if rf.THREAT_SAID.search(low) else [m.span() for m in rf.IDIOMS.finditer(low)]
        if idioms and (len(idioms) > 1 or not _COMMA.search(low)):
            continue
        # the saying blanked, so that a cue after it is found ("You said you could've strangled
        # him, any thoughts of actually hurting anyone?": one cue a kind, the first)
        read = sentences
        if idioms:  # a copy only where there is a saying to blank: this runs on every sentence
            blanked = s.text
            for i0, i1 in idioms:
                blanked = blanked[:i0] + " " * (i1 - i0) + blanked[i1:]
            read = [*sentences[:k], replace(s, text=blanked), *sentences[k + 1 :]]
        retold, cues, asked = _read(read, k)
        if idioms:  # "I cut my legs, not since, I'd die for this baby": only the idiom's clause;
            # "You said once you could have killed him, do you ever have thoughts of hurting
            # anyone now?": only the question's
            if asked and (s.role == "client" or _CHECKED_SAYING.search(low)):
                continue  # "When you say you wanted to die, was that a figure of speech, ...?"
            retold = [c for c in retold if not _in_clause_of(low, c, idioms[0])]
            cues = [c for c in cues if not _in_clause_of(low, c, idioms[0])]
            if not cues and not retold:
                continue
        replied, reply = ra.answer(sentences, k) if asked else (None, None)
        if replied is not None and reply in (None, "statement"):
            kinds = tuple(dict.fromkeys(c.kind for c, _, _ in cues))
            unread.append(RiskPassage(kinds, (s.evidence(), replied.evidence())))
        for cue, _, _ in retold:
            found.append(Risk(cue.kind, "endorsed", rf.time_of(low), (s.evidence(),)))
        for cue, start, end in cues:
            if asked:
                answer, says = replied, reply  # each kind reads the one answer its own way
                if answer is None or says in (None, "statement"):
                    continue
                if says in ("no_but", "yes_but"):
                    own = [(a, b) for c, a, b in cues_in(answer.text) if c.kind == cue.kind]
                    if own and not (
                        says == "no_but"
                        and all(negated(answer.lower, a, cue.kind, b) for a, b in own)
                    ):  # (not "No, my thoughts are only about germs, not hurting anyone.")
                        continue  # the answer's own statement decides this kind
                    says = says[:-4]
                if not cue.inverted and says == "yes" and rt.yes_to_safety(sentences, k, answer):
                    says = "no"  # "Do you feel safe? Has anyone hurt you?" "Yes, I feel safe."
                if cue.inverted and rt.asked_again(sentences, k, answer):
                    continue  # "Do you feel safe? Does he hurt you?" "No." answers the last
                if cue.inverted and says == "no" and ra.corrected_to_safe(sentences, answer):
                    says = "yes"  # "Not really. The roof leaks. But ... Yes, I feel safe."
                if cue.inverted and not rq.NO_SUCH_THING.match(answer.lower):
                    says = "no" if says == "yes" else "yes"  # "Do you feel safe?" -- "Yes."
                if cue.denies_only and says == "yes":
                    continue
                if (
                    says == "yes"
                    and _NO_BEFORE.search(rf.clause_before(low, start))
                    and not _TAGGED.search(low)
                ):
                    says = "no"  # "So, no cutting this week, no thoughts of ending it." "Yep."
                status = "endorsed" if says == "yes" else "denied"
                ev, time = (s.evidence(), answer.evidence()), rf.time_of(answer.lower)
                if status == "denied":
                    found.append(Risk(cue.kind, status, time, ev))
                else:
                    if cue.kind == "self_harm" and rf.thoughts_asked(low, answer.lower):
                        cue = replace(cue, kind="suicidal_ideation")  # a yes to thoughts, no act
                    at = next(i for i, x in enumerate(sentences) if x is answer)
                    if taken_back(sentences, at, cue.kind, answered=True):
                        found += taken_back_denial(sentences, at, cue.kind, ev)
                        continue
                    # and "Not now." after it: a denial now too
                    found += risk_items.endorsed(sentences, at, cue.kind, time, ev)
                after = ra.said_next(sentences, answer)
                a = answer.lower + " " + after
                later = ra.yes_before_later(sentences, answer)
                had = (
                    (HAD_THEM_BEFORE.search(a) and rf.PAST.search(a))
                    or PAST_YES.search(answer.lower)
                    or (PAST_YES.search(after) and not ra.SOMEONE_ELSE_FIRST.match(after))
                    or later is not None
                )
                if (  # not "Never to end it. I used to cut.": a history of another kind told after
                    status == "denied"
                    and had
                    and (cue.kind in (told := {c.kind for c, _, _ in cues_in(after)}) or not told)
                ):
                    told_ev = ev if later is None else (*ev, later.evidence())  # "But years ago,
                    found.append(Risk(cue.kind, "endorsed", "past", told_ev))  # yeah.", "I've had"
                continue
            item = rq.SCREEN_ITEM_READ.search(low)
            said = item and rq.SCREEN_ITEM_ANSWER.match(low[item.end() :])
            if said:  # the item read and its answer heard as one sentence: the answer says
                status = "endorsed" if said["yes"] else "denied"
                found.append(Risk("suicidal_ideation", status, "present", (s.evidence(),)))
                continue
            if s.role != "client" and item:
                continue  # "And the last one: the thought of harming myself has occurred to me."
            # "everyone would be better off if I just ..." is a wish, not a hypothetical
            cond = conditional(low, start, end)
            threat = cue.kind == "harm_to_others" and rf.threatened(low, start)
            # (the cue's own "I will" is the intent after the condition: "if he touches her
            # again I will break his legs")
            will = re.match(rf"{rf.I_WILL}\s+", low[start:end])
            lead = low[: start + (will.end() if will else 0)]
            wished = rf.WISHED_IF.search(low[:start]) or rf.THEN_I_WILL.search(lead) or threat
            if (cond and not (wished or rf.habitual(low, cue.kind))) or rt.after_a_condition(
                sentences, k
            ):
                continue
            if (s.role != "clinician" or low.startswith("your ")) and (
                rating := rated_statement(low)
            ) is not None:  # "Your urge to self-harm on Saturday is a four.", read off the card
                found.append(Risk(cue.kind, rating, "present", (s.evidence(),)))
                continue  # "Self-harm a two. Suicide zero right now."
            owned = (
                threat
                or unnamed_answer(sentences, k, cue.kind, end)
                or clarified(sentences, k, start)
                or generic_you(s, start)
                or (cue.kind == "harm_to_others" and rt.owned_after(sentences, k))
            )
            if (
                not (owned or about_self(low, cue, start, end))
                or na.IMAGINED.search(rf.clause_before(low, start))
                or na.A_TOPIC.search(rf.clause_before(low, start))
                or rf.NEVER_DID.search(low[end:])
                or na.SIMILE.search(low[:start])
                or na.QUOTED_WORDS.search(low[:start])
                or na.RETOLD_PREFERENCE.search(low[:start])
                or disowned(sentences, k, cue.kind, start, end)
                or (s.is_question and _DID_I.match(low))  # "Sorry? Oh, did I hurt myself?"
                or (cue.kind == "harm_to_others" and unwanted(sentences, k))
                or (cue.kind == "harm_to_others" and feared_and_gone(sentences, k, low[:start]))
            ):
                continue  # "I get these pictures of stabbing him": an intrusive image, left to read
            if cue.inverted and safety_summed_up(sentences, k):
                continue  # "So you feel safe at home." "Not really.": read with its answer
            if cue.inverted:  # "I don't feel safe at home." tells harm; "I feel safe there." none
                unsafe = negated(low, start, cue.kind, end)
                found.append(
                    Risk(cue.kind, "endorsed" if unsafe else "denied", "present", (s.evidence(),))
                )
                continue
            if not negated(low, start, cue.kind, end) and cue.denies_only:
                continue
            if negated(low, start, cue.kind, end):
                found.append(Risk(cue.kind, "denied", "present", (s.evidence(),)))
                rest = rf.CLAUSE_BREAK.split(low[start:], maxsplit=1)[0]
                # (not "I wasn't trying to die, ..., I haven't done it since": another act's)
                if _NOT_SINCE.search(low[: start + len(rest)]) and not _NEVER_IN_CLAUSE.search(
                    rf.clause_before(low, start) + rest
                ):  # "not since ...": it was so before; not "..., but I never wanted to die"
                    found.append(Risk(cue.kind, "endorsed", "past", (s.evidence(),)))
                continue
            if s.role == "clinician" and (back := disputed(sentences, k, low[:start])):
                found.append(Risk(cue.kind, "denied", "present", (s.evidence(), back.evidence())))
                continue  # "You told him you'd hit him." "No, I never said that."
            # "You mentioned digging your nails in. Is that on purpose?" "No.": the client says
            if not taken_back(sentences, k, cue.kind, answered=bool(rq.RECOUNTED.search(low))):
                time = rf.time_of(low)
                found += risk_items.endorsed(sentences, k, cue.kind, time, (s.evidence(),))
            else:  # "I could batter him. But I wouldn't.": a denial, where said so at once
                found += taken_back_denial(sentences, k, cue.kind)
    risks = risk_items.merge(found)
    return risks, risk_items.context(sentences, risks), unread
