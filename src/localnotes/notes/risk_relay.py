"""An interpreted session, read as if spoken directly (issue 17's thirty-sixth pass, from ar's
written turns). An interpreter relays the client in the third person ("She says she has asked Him
to take her also, in her sleep.") and the clinician asks through them the same way ("Does she
ever think about dying?"): the risk rules read first and second persons. Where a session is
relayed, each relayed turn is read in the first person ("I have asked him to take me also, in my
sleep.") and each question about the client in the second ("Do you ever think about dying?"); the
evidence found in a sentence read so quotes the sentence as it was said.

A session is relayed where at least three turns of the client's side open with "She says" (or
"He says") and the clinician asks of "she" (or "he") at least once in the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from localnotes.notes.model import Evidence
from localnotes.notes.sentences import Sentence

#: the label a transcript gives an interpreter's turn ("Interpreter: She says ..."); an answer
#: given for the client reads it too (`risk_answer_words`)
INTERPRETER_LABEL = r"interpreter\s*:\s*"
_SAYS = re.compile(
    rf"^(?P<label>{INTERPRETER_LABEL})?(?:(?:now|then|and|so|but|again)\s+)?(?P<who>she|he) says"
    r"\b,?\s*(?:that\s+)?",
    re.I,
)
#: words after "her" that show it is the object ("hurting her, or"), not a possessive ("her son")
_OBJECT_AFTER = (
    r"(?=\s*(?:[.,;:?!]|$|\b(?:or|and|at|to|in|on|with|from|about|also|too|any|anymore|again|"
    r"because|when|if|so|but|lately|now|then|there|here|up|down|out|off|alone|much|enough|that|"
    r"who|which|what|like|anything|something|nothing|badly|hard|"
    r"herself|himself)\b))"
)
#: a verb after the new subject, put back in the first or second person: "she wishes" -> "wish"
_NOT_VERBS = {"always", "sometimes", "perhaps", "was", "this", "his", "yes", "unless", "less", "us"}
_IRREGULAR = {"has": "have", "does": "do", "goes": "go", "doesn't": "don't", "hasn't": "haven't"}


def _base(verb: str) -> str:
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    if verb in _NOT_VERBS or not verb.endswith("s") or verb.endswith("ss") or len(verb) < 3:
        return verb
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if re.search(r"(?:sh|ch|ss|x|z)es$", verb):
        return verb[:-2]
    return verb[:-1]


def _pronouns(who: str) -> tuple[str, str, str]:
    return (who, "him" if who == "he" else "her", "his" if who == "he" else "her")


#: a verb after "she" or "he", in the second person where it is not the third with an "s" off
_AUX_YOU = {"does": "do", "has": "have", "is": "are", "was": "were", "doesn't": "don't",
            "hasn't": "haven't", "isn't": "aren't", "wasn't": "weren't"}  # fmt: skip


def _in_person(low: str, who: str, i: str, me: str, my: str, verbs: dict[str, str]) -> str:
    """The client's pronouns put in the first or second person, and the verb after the subject
    with them ("she wishes" -> "i wish", "she has" -> "you have")."""
    subj, obj, poss = _pronouns(who)
    low = re.sub(rf"\b{subj} ([\w']+)", lambda m: f"{i} {verbs.get(m[1]) or _base(m[1])}", low)
    low = re.sub(rf"\b{obj}self\b", f"{my}self", low)
    low = re.sub(rf"\b{obj}\b{_OBJECT_AFTER if who == 'she' else ''}", me, low)
    return re.sub(rf"\b{poss}\b", my, low)


def as_first_person(text: str, who: str) -> str:
    """A relayed sentence in the client's own person: "She says she wants to die." -> "i want to
    die." (lower case: the rules read lower case)."""
    low = _SAYS.sub("", text.lower(), count=1)
    subj = who
    # a question about the client heard run on after the relayed words ("..., not now, and has
    # she ever hurt herself on"): only the words before it are the client's
    asked = re.search(rf"\b(?:has|have|does|do|did|is|was|can|would|could) {subj}\b", low)
    if asked:
        return as_first_person(low[: asked.start()], who) + low[asked.start() :]
    low = re.sub(rf"\b{subj}'s been\b", "i've been", low)
    low = re.sub(rf"\b{subj}(?:'s| is)\b", "i'm", low)
    low = _in_person(low, who, "i", "me", "my", {})
    return re.sub(rf"\b{subj}\b", "i", low)


def as_second_person(text: str, who: str) -> str:
    """A question about the client asked through the interpreter, asked of the client: "Does she
    ever think about dying?" -> "do you ever think about dying?"."""
    low = text.lower()
    aux = "|".join(_AUX_YOU)
    low = re.sub(rf"\b({aux}) {who}\b", lambda m: f"{_AUX_YOU[m[1]]} you", low)
    low = re.sub(rf"\b{who}'s\b", "you're", low)
    return _in_person(low, who, "you", "you", "your", _AUX_YOU)


def _relayer(sentences: Sequence[Sentence]) -> str | None:
    """ "she" or "he" where the session is relayed, or None."""
    said = [
        m
        for k, s in enumerate(sentences)
        if s.role != "clinician"
        and (m := _SAYS.match(s.text))
        and (k == 0 or sentences[k - 1].segment != s.segment)
    ]
    opens = [m["who"].lower() for m in said]
    # one turn the transcript labels as the interpreter's ("Interpreter: She says ...") is enough
    if labelled := [m["who"].lower() for m in said if m["label"]]:
        return labelled[0]
    for who in ("she", "he"):
        asked = re.compile(rf"\b(?:does|has|is|was|did|can|would|could|will) {who}\b", re.I)
        if opens.count(who) >= 3 and any(
            s.role != "client" and s.is_question and asked.search(s.text) for s in sentences
        ):
            return who
    return None


def relayed(sentences: Sequence[Sentence]) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences read as spoken directly where the session is relayed, and for each sentence
    read anew, its evidence as read -> its evidence as said."""
    who = _relayer(sentences)
    if who is None:
        return _asked_through(sentences)
    out: list[Sentence] = []
    back: dict[Evidence, Evidence] = {}
    relaying = False
    for k, s in enumerate(sentences):
        if k == 0 or sentences[k - 1].segment != s.segment:
            relaying = s.role != "clinician" and bool(_SAYS.match(s.text))
        elif s.role != "clinician" and _SAYS.match(s.text):
            relaying = True  # "He is quiet. Now he says ...": relayed from there on
        if relaying and s.role != "clinician" and not (s.role is None and s.is_question):
            # (not a relayed answer heard run on into the next question: "... not now, and has
            # she ever hurt herself on purpose?", whose speakers are unknown)
            text = as_first_person(s.text, who)
        elif relaying and s.role is None:
            text = s.text
        elif s.role != "client" and s.is_question:
            text = as_second_person(s.text, who)
        else:
            text = s.text
        out.append(read_anew(s, text, back))
    return out, back


#: a question put through an interpreter in a session not otherwise relayed: "Please ask him,
#: has he been drinking?", "Tell her the doctor wants to know: does she ...?" (not "Tell her I
#: said hello.", which asks nothing of the client)
_ASK_THROUGH = re.compile(
    r"^(?:(?:please|could you|can you|would you|will you|and|now),? )*(?:ask|tell) "
    r"(?P<obj>her|him)\b(?:,? please)?\W"
)


def _asked_through(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences, each question about the client that the clinician asks through an
    interpreter ("Please tell her: ... did she think about ...?") asked of the client."""
    out: list[Sentence] = []
    back: dict[Evidence, Evidence] = {}
    for s in sentences:
        m = _ASK_THROUGH.match(s.text.lower())
        who = "he" if m and m["obj"] == "him" else "she"
        asked = re.compile(rf"\b(?:does|has|is|was|did|can|would|could|will) {who}\b")
        if m and s.role != "client" and s.is_question and asked.search(s.lower, m.end()):
            out.append(read_anew(s, as_second_person(s.text, who), back))
        else:
            out.append(s)
    return out, back


def read_anew(s: Sentence, text: str, back: dict[Evidence, Evidence]) -> Sentence:
    """The sentence with `text` read in its place, its evidence as read -> as said put in
    `back` (the sentence itself where the text is the same, or empty)."""
    if not text or text == s.text:
        return s
    read = replace(s, text=text)
    back[read.evidence()] = s.evidence()
    return read


def rewritten(
    sentences: Sequence[Sentence], holds: re.Pattern[str], rewrite: Callable[[str], str]
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences, each that `holds` matches read anew as `rewrite` puts it, and for each
    sentence read anew, its evidence as read -> its evidence as said (the readers of fillers,
    double negatives and dialect words share this)."""
    out: list[Sentence] = []
    back: dict[Evidence, Evidence] = {}
    for s in sentences:
        out.append(read_anew(s, rewrite(s.text), back) if holds.search(s.text) else s)
    return out, back


def as_said(evidence: Sequence[Evidence], back: dict[Evidence, Evidence]) -> tuple[Evidence, ...]:
    """Evidence quoting the sentences as they were said; a piece of a sentence read anew quotes
    the whole sentence said."""
    return tuple(back.get(e) or _whole_said(e, back) for e in evidence)


def _whole_said(piece: Evidence, back: dict[Evidence, Evidence]) -> Evidence:
    """The sentence as said whose reading holds `piece`, or `piece` where none does."""
    return next(
        (v for k, v in back.items() if _same_place(k, piece) and piece.quote in k.quote), piece
    )


def _same_place(a: Evidence, b: Evidence) -> bool:
    return (a.start, a.end, a.speaker) == (b.start, b.end, b.speaker)


def text_as_said(text: str, evidence: Sequence[Evidence], back: dict[Evidence, Evidence]) -> str:
    """An item's text with each sentence it quotes as read put back as said ("Protective factor:
    "my daughter still needs me."" -> "... her daughter still needs her.")."""
    for e in evidence:
        if e in back:
            text = text.replace(e.quote, back[e].quote)
    return text
