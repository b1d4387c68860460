"""What someone who came with the client tells of them: a parent speaking for a child, a wife or
a son who came along. Harm to others and self-harm told of "he" or "she", and harm done to the
teller by the client, which is the client's harm to others (and, told by a partner, abuse of the
partner as well). Split from `risk_items`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from localnotes.notes import risk_cues as rc
from localnotes.notes import risk_framing as rf
from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence, index_of


def _no_one_else_before(whose: str, relatives: str) -> str:
    """The start of a sentence up to its "he" or "she", in which no other person is named first
    ("my husband", "his brother"): the "he" is then the client spoken of."""
    return rf"^(?:(?!\b(?:{whose}) (?:{relatives})\b)[^.?!])*?"


#: a parent speaking for a child tells what "he" or "she" did to them: "He threw the remote and
#: then he hit me" (the child's harm to others, not abuse of the parent; not "my husband hit me");
#: a wife, "He grabbed my wrist and twisted it."
_CHILD_DID_TO_ME = re.compile(
    _no_one_else_before("my|her|his", "husband|partner|boyfriend|dad|father|ex|brother")
    + r"\b(?:he|she) (?:\w+ )?(?:(?:hit|hits|kicked|kicks|punched|punches|bit|bites|slapped|slaps|"
    r"pushed|pushes|shoved|shoves|grabbed|choked|strangled|scratched|scratches|headbutted|"
    r"threw \w+ at) me\b|(?:grabbed|grabs|twisted|"
    r"squeezed|yanked|pulled|hit|punched|kicked|bit|scratched) my (?:wrist|arm|hair|neck|throat|"
    r"hand|face)s?\b)",
    re.I,
)
#: the harm put down to a dementing illness: "It happens with the illness"
_THE_ILLNESS = (
    r"\b(?:happens with|part of|because of|comes with|that's|it's) (?:the|his|her) (?:illness|"
    r"dementia|disease|alzheimer's)\b"
)
_ILLNESS = re.compile(_THE_ILLNESS)
#: a mistake, not an act against the teller: "He thought I was a robber", "in his sleep"
_MISTAKEN = re.compile(
    r"\b(?:thought|took) (?:i was|me for) (?:a|an) (?:robber|burglar|intruder|stranger|thief)\b|"
    r"\b(?:in (?:his|her) sleep|asleep|dream\w*|a nightmare|a night terror)\b|"
    # "It happens with the illness and it's nobody's fault": dementia
    r"\b(?:he|she) (?:didn't|did not) (?:know|recogni[sz]e) me\b|" + _THE_ILLNESS
)
#: a question of harm done to the listener that names no "he" or "she" ("Has [PERSON] ever hurt
#: your body?"): the "he" of the answer is whoever it names, not the client
_ASKED_WHO_HURT_YOU = re.compile(
    r"^(?!.*\b(?:he|she|him|her)\b).*\b(?:hurt|hit|pushed|shoved|kicked|harmed|grabbed)\b"
    r"[^.?!]{0,20}\byou(?:r)?\b"
)


def childs_harm(
    risks: Sequence[Risk], speaks_for: bool, sentences: Sequence[Sentence], partner: bool
) -> list[Risk]:
    """In a session where someone speaks for the client (`speaks_for`: a parent, or a relative
    who came with them), abuse they tell as done to them by "he" or "she" is the client's harm to
    others; told by someone not a parent (`partner`: a wife, a husband), abuse of them as well,
    unless a mistake ("He thought I was a robber."). Not the answer to a question whether someone
    named hurt the listener ("Has [PERSON] ever hurt you?" "He pushed me.")."""
    if not speaks_for:
        return list(risks)
    # two greeted, and nothing else says who came with whom: the teller must be addressed by name
    by_name = partner and not _brought_in(sentences)
    out: list[Risk] = []
    for r in risks:
        told = r.evidence[0]
        if (
            r.kind != "abuse_or_neglect"
            or r.status != "endorsed"
            or not _CHILD_DID_TO_ME.search(told.quote)
        ):
            out.append(r)
            continue
        at = index_of(sentences, told)
        if (at is not None and _answers_who_hurt_you(sentences, at)) or (
            by_name and not _asked_by_name(sentences, at)
        ):
            out.append(r)
            continue
        out.append(replace(r, kind="harm_to_others"))
        # "I act out my dreams ... Then three weeks ago he hit me. ... I was dreaming ..."
        near = (
            told.quote.lower()
            if at is None
            else " ".join(s.lower for s in sentences[max(0, at - 3) : at + 6])
        )
        if partner and not _MISTAKEN.search(near):
            out.append(r)
    return out


def _asked_by_name(sentences: Sequence[Sentence], k: int | None) -> bool:
    """Where two were greeted and nothing else says who came with whom: the teller was addressed
    by name just before ("[PERSON], you mentioned an incident with the car keys." "He grabbed my
    wrist."); not "You said [PERSON] is the hardest part. What happens with her?"."""
    return k is not None and any(
        _VOCATIVE.match(s.text) for s in sentences[max(0, k - 3) : k] if s.role != "client"
    )


def _answers_who_hurt_you(sentences: Sequence[Sentence], k: int) -> bool:
    """One of the three sentences before k, said by someone else, asks (or tells) of harm done to
    the listener by someone it names ("Has [PERSON] ever hurt you?", heard without its "?")."""
    return any(
        (s.role is None or s.role != sentences[k].role) and _ASKED_WHO_HURT_YOU.search(s.lower)
        for s in sentences[max(0, k - 3) : k]
    )


#: a parent speaking for a child tells how "he" or "she" hurts themself: "He does bang his head on
#: the table when the homework goes wrong", "She scratches her arms till they bleed" (not a fall:
#: "he hit his head when he fell off the swing", nor a brother's or a friend's)
_CHILD_HURTS_SELF = re.compile(
    _no_one_else_before("his|her|my", "brother|sister|friend|dad|father|mum|mom|mother|cousin")
    + r"\b(?:he|she)(?:'s| has| does| did| will| keeps| sometimes| often| still| even| "
    r"also| just| was| is| had| been| used to)* (?:bang|bangs|banged|banging|hit|hits|hitting|"
    r"punch|punches|punched|punching|"
    r"bite|bites|bit|biting|scratch|scratches|scratched|scratching|pinch|pinches|pinched|"
    r"pinching|slap|slaps|slapped|slapping|cut|cuts|cutting|burn|burns|burned|burnt|burning) "
    r"(?:at )?(?:his|her) (?:own )?(?:head|arms?|hands?|wrists?|legs?|thighs?|face|skin|"
    r"fingers?)\b(?![^.?!]{0,30}\b(?:fell|falls|fall|falling|tripped|slipped|by accident|on the "
    r"(?:swing|slide|trampoline|climbing frame))\b)",
    re.I,
)


def childs_self_harm(sentences: Sequence[Sentence], speaks_for: bool) -> list[Risk]:
    """In a session where someone speaks for the client (`speaks_for`), self-harm they tell of
    "he" or "she", said by no one who asks."""
    if not speaks_for:
        return []
    return _told_of_the_client(sentences, _CHILD_HURTS_SELF, "self_harm", relayed_too=True)


#: someone who came with the client speaks for them: "Thanks for bringing your dad in", "Dad,
#: it's the memory clinic."
_BROUGHT_IN = re.compile(
    r"\b(?:bringing|brought) (?:your|him|her) (?:dad|mum|mom|father|mother|husband|wife|partner|"
    r"son|daughter|grandad|grandma|grandpa|gran|nan|granny|brother|sister) (?:in|along|today)\b|"
    r"^\W*(?:dad|mum|mom|mam),|"
    # "thank you for coming as well, Maureen", "Good morning, Mr. Fitzgerald, Mrs. Fitzgerald"
    r"\bthank(?:s| you) for coming (?:in |along )?(?:as well|too)\b|"
    r"\b(?:mr|mrs|ms)\.? ([\w\[\]]+),? (?:and )?(?:mrs|mr|ms)\.? \1(?!\w)",
    re.I,
)
#: two greeted in one breath: "Hello Mr. [PERSON], hello [PERSON]." (also heard as two sentences:
#: "Hello, Mr. [PERSON]. Hello, [PERSON].")
_GREETED_TWO = re.compile(
    r"^\W*(?:hello|hi|hiya|good (?:morning|afternoon|evening)),? (?:(?:mr|mrs|ms|miss)\.? )?"
    r"[\w\[\]]+[,.]? (?:and |(?:hello|hi|good (?:morning|afternoon|evening)),? )"
    r"(?:(?:mr|mrs|ms|miss)\.? )?[\w\[\]]+\W*$",
    re.I,
)
#: a name said first to address someone ("[PERSON], you mentioned an incident", "Maria, ..."),
#: not a word that starts any sentence ("Okay, ...", "So, ...")
_VOCATIVE = re.compile(
    r"^\W*(?:\[(?:person|PERSON)\]|(?!(?:Okay|Ok|So|Right|Well|Now|And|But|Yes|Yeah|No|Alright|"
    r"Thanks|Thank|Good|Great|Sure|Then|Also|Sorry|Hi|Hello|Oh|Um|Mm|Look|Listen|Honestly|Again|"
    r"Finally|First|Lastly|Next|Fine|Perfect|Lovely|Brilliant|Excellent)\b)[A-Z][a-z]+"
    r"(?: [A-Z][a-z]+)?),"
)


def _brought_in(sentences: Sequence[Sentence]) -> bool:
    return any(_BROUGHT_IN.search(s.text) for s in sentences)


def _greeted_two(sentences: Sequence[Sentence]) -> bool:
    said = [s.text for s in sentences[:2]]
    return any(_GREETED_TWO.search(t) for t in (said[0] if said else "", " ".join(said)))


def companion_speaks(sentences: Sequence[Sentence]) -> bool:
    """Someone who came with the client speaks for them: "Thanks for bringing your dad in", "Dad,
    it's the memory clinic.", "thank you for coming as well, Maureen", two greeted at the start."""
    return _brought_in(sentences) or _greeted_two(sentences)


#: told by whoever speaks for the client: "Two weeks ago he hit one of the carers" (not "his
#: brother hit him", nor "he hit me", which `childs_harm` reads)
_THEY_HARMED = re.compile(
    _no_one_else_before(
        "my|her|his|their",
        "husband|partner|boyfriend|girlfriend|dad|father|mum|mom|mother|ex|brother|sister|son|"
        "daughter|friend|teacher|carer",
    )
    + r"\b(?:he|she) (?:\w+ )?(?:hit|punched|slapped|kicked|pushed|shoved|bit|headbutted|"
    r"attacked|went for|lashed out at|lunged at) (?:(?:one of )?(?:a|the|another|his|her|our) "
    r"(?:\w+ )?(?:kids?|boys?|girls?|child(?:ren)?|teachers?|carers?|nurses?|workers?|staff|"
    r"brothers?|sisters?|cousins?|classmates?|friends?|students?|pupils?|peers?|residents?|"
    r"patients?|lads?|guys?|man|men|woman|women|baby|aides?|assistants?|neighbou?rs?|mum|mom|"
    r"dad|sibling|siblings)|him|her|them)\b|"  # not "pushed his plate off the table"
    rf"\b(?:he|she) (?:threw|chucked|flung) (?:a|the|his|her) (?:\w+ )?{rc.THROWN}(?: of \w+)? "
    r"at (?:him|her|them|(?:a|the|one of the) (?:\w+ )?(?:neighbou?rs?|carers?|nurses?|warden|"
    r"staff|kids?|boys?|girls?))\b",
    re.I,
)


#: what another told, relayed (by the clinician, when speakers are unknown)
_RELAYED = re.compile(
    r"\b(?:wrote|writes|reported|reports|said|says|told (?:me|us|you)|mentioned|noted|letter|"
    r"report)\b[^.?!]{0,20}\bthat\b"
)


def others_told_harm(sentences: Sequence[Sentence], speaks_for: bool) -> list[Risk]:
    """Where someone speaks for the client (`speaks_for`: a parent, or a relative who came with
    them), harm to others they tell of "he" or "she", said by no one who asks."""
    if not speaks_for:
        return []
    return _told_of_the_client(sentences, _THEY_HARMED, "harm_to_others", relayed_too=False)


def _told_of_the_client(
    sentences: Sequence[Sentence], pattern: re.Pattern[str], kind: str, relayed_too: bool
) -> list[Risk]:
    """The sentences `pattern` finds, said by no one who asks, not denied ("He never bangs his
    head") nor, unless `relayed_too`, relayed ("The school wrote that he punched a kid")."""
    found = []
    for s in sentences:
        m = pattern.search(s.text)
        if not m or s.is_question or s.role == "clinician" or rf.IDIOMS.search(s.lower):
            continue
        if rf.NEGATION.search(rf.clause_before(s.lower, m.end())) or (
            not relayed_too and _RELAYED.search(s.lower)
        ):
            continue
        found.append(Risk(kind, "endorsed", rf.time_of(s.lower), (s.evidence(),)))
    return found


#: someone in the session cares for another: "your carer questionnaire, the Zarit", "you're her
#: main carer", a caregiver's burden scored
_A_CARER = re.compile(
    r"\b(?:your|the|his|her) (?:carer|caregiver|care-giver)(?:'s)? (?:questionnaire|burden|strain|"
    r"scale|interview|score)\b|\byour care (?:questionnaire|burden|strain)\b|\bzarit\b|"
    r"\bcaregiver burden\b|\bcarer strain\b|"
    r"\byou(?:'re| are) (?:his|her|their) (?:main |full-time |only |sole )?(?:carer|caregiver)\b",
    re.I,
)
#: the teller's own act against "her" or "him": "I grabbed her wrist, hard", "I did hurt her"
_I_DID_TO_THEM = re.compile(
    r"\bi (?:\w+ )?(?:grabbed|gripped|hit|pushed|shoved|slapped|smacked|shook|squeezed|pinched|"
    r"hurt|restrained|held down|locked in|yanked|dragged|twisted) (?:her|him)\b",
    re.I,
)


def carers_harm(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """Where someone in the session is a carer (a carer's questionnaire, "you're her carer"),
    harm the teller tells of doing to "her" or "him" is abuse of the one cared for ("I grabbed
    her wrist, hard. Harder than I should."), not harm to others: a safeguarding matter, whoever
    the client is."""
    if not any(_A_CARER.search(s.text) for s in sentences):
        return list(risks)
    return [
        replace(r, kind="abuse_or_neglect")
        if r.kind == "harm_to_others"
        and r.status == "endorsed"
        and any(_I_DID_TO_THEM.search(e.quote) for e in r.evidence)
        else r
        for r in risks
    ]


def put_down_to_the_illness(risks: Sequence[Risk], sentences: Sequence[Sentence]) -> list[Risk]:
    """Abuse told as done to the teller by "he" or "she" that the session puts down to a dementing
    illness near it ("Once in August he pushed me from the door." ... "It happens with the
    illness and it's nobody's fault."), where speaker attribution did not tell that a carer
    speaks: not abuse of the teller. The other readings of such harm stand."""
    out: list[Risk] = []
    for r in risks:
        told = r.evidence[0]
        if (
            r.kind == "abuse_or_neglect"
            and r.status == "endorsed"
            and _CHILD_DID_TO_ME.search(told.quote)
        ):
            at = index_of(sentences, told)
            near = sentences[max(0, at - 3) : at + 6] if at is not None else []
            if any(_ILLNESS.search(s.lower) for s in near):
                continue
        out.append(r)
    return out
