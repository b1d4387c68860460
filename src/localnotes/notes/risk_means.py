"""Self-harm told by its means, after the marks were spoken of: "Your nan mentioned marks on your
arm." "The ring pull off a can. I scratch with it when I can't sleep.", "It's just scratches. I do
it with a paperclip." The act is named only as "it" or by the tool, so no cue of `risk_cues`
holds it; the marks said in the three sentences before say what "it" is.

And self-harm told by what it did or what it was for (issue 17's twenty-ninth pass, ah03, ah07):
an act on one's own body, or a fist put into a wall, said plainly ("I scratch my forearm", "I put
my fist into my locker"), is self-harm when the same speaker says, in that sentence or the next
few, the tool, the blood or the reason: "I take the compass ... and I scratch my forearm", "Till
it bleeds a little.", "I kind of wanted it to hurt.", "It is like a punishment."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_framing as rf
from localnotes.notes import risk_questions as rq
from localnotes.notes.model import Risk
from localnotes.notes.sentences import Sentence

#: a tool that scratches, cuts or burns skin
_TOOL = (
    r"(?:paper ?clip|razor(?: blade)?|blade|compass|pin|safety pin|needle|scissors|knife|lighter|"
    r"ring ?pull|sharpener|(?:piece of |bit of )?glass|nail file|tweezers|cigarettes?|fags?|"
    r"matche?s?)"
)
#: the speaker's own act done with a tool: "I do it with a paperclip", "I scratch with it"
_DONE_WITH = re.compile(
    r"^(?:(?:and|so|but|yeah|well|okay|ok|alright|nothing|fine|look),? )*i "
    r"(?:just |only |usually |sometimes |mostly |normally )?"
    r"(?:(?:do|did|make|made) (?:it|them|that|those)|scratch|scratched|cut|nick|nicked|scrape|"
    r"scraped|dig|dug|burn|burnt|burned)(?: (?:it|them|at it))? with "
    rf"(?:a |an |the |my |this |that )?(?:\w+ )?(?:{_TOOL}|it|that|this one)\b",
    re.I,
)
#: marks on one's body spoken of just before: "marks on your arm", "it's just scratches"
_MARKS = re.compile(
    r"\b(?:marks?|scratch(?:es)?|cuts|scars?|scabs?|burns)\b[^.?!]{0,30}\b(?:arms?|wrists?|legs?|"
    r"thighs?|stomach|skin|hips?|ankles?)\b|\b(?:arms?|wrists?|legs?|thighs?|skin)\b[^.?!]{0,30}"
    r"\b(?:marks?|scratch(?:es)?|cuts|scars?)\b|^(?:it'?s|they'?re) (?:\w+ ){0,2}(?:scratches|"
    r"cuts|marks|scrapes)\b|"
    # or the injury asked about: "What's happened to your hand?"
    r"\bwhat(?:'s| has| have)? (?:happened|happen) to (?:your|my) (?:\w+ )?(?:arms?|wrists?|legs?|"
    r"thighs?|stomach|skin|hands?|fingers?|face)\b",
    re.I,
)
#: not one's own doing: a pet, a fall, a rash, someone else
_NOT_OWN = re.compile(
    r"\b(?:the|my|our|his|her) (?:cat|dog|kitten|puppy)\b|\b(?:fell|fall|tripped|eczema|rash|"
    r"itch\w*|bites?|accident\w*|by mistake|slipped|cooking|opening|chopping|ironing|"
    r"welding|soldering|stand up|stood up|standing up|getting up|bend\w*|by mistake)\b",
    re.I,
)


#: an act on one's own body, or one's fist or head put into a thing, by the speaker
_BODY = (
    r"(?:(?:fore)?arms?|wrists?|legs?|thighs?|skin|stomach|belly|hands?|hips?|ankles?|face|chest|"
    r"fingers?|knuckles|scalp|shins?)"
)
_OWN_ACT = re.compile(
    r"\bi (?:\w+ ){0,3}?(?:scratch|cut|scrape|carve|dig|pick|pinch|bite|burn|claw|rake|stab|"
    rf"prick)(?:e?s|ed|ing)? (?:at |into )?my (?:own )?(?:\w+ )?{_BODY}\b|"
    # "I pull my hair out till it bleeds"
    r"\bi (?:\w+ ){0,2}?(?:pull|pulls|pulled|pulling|tear|tore|rip|ripped) (?:out )?(?:my|chunks "
    r"of my|clumps of my) (?:own )?(?:hair|eyelashes|eyebrows|lashes|brows)\b|"
    r"\bi (?:\w+ ){0,3}?(?:put|punch|punched|hit|smash|smashed|bang|banged|slam|slammed|kick|"
    r"kicked|ram|rammed)(?: my (?:fists?|hands?|head|knuckles|foot))?(?: (?:into|through|"
    r"against|on|off))? (?:the|a|my) (?:\w+ )?(?:wall|locker|door|mirror|window|wardrobe|fridge|"
    r"desk|table|cupboard|tree|post|lamppost|bathroom tiles|tiles)\b|"
    # "I put my hand on the iron. Flat. I held it."
    r"\bi (?:\w+ ){0,2}?(?:put|pressed|held|laid|placed) my (?:\w+ )?(?:hand|palm|arm|wrist|"
    r"fingers?|thumb) (?:on|onto|against|to) (?:the|a) (?:hot )?(?:iron|hob|stove|hotplate|"
    r"cooker|radiator|kettle|grill|heater|oven door|pan)\b",
    re.I,
)
#: the act said with nothing after it, where on the body told in the sentences after: "I scratch."
_BARE_ACT = re.compile(
    r"^(?:it's nothing[.,]? )?(?:but |and )?i (?:just |only |still )?(?:scratch|scratched|pick|"
    r"picked|dig|dug|pinch|pinched|scrape|scraped|claw|clawed)\W*$"
)
#: where a tool on the body tells self-harm, not a kitchen or a splinter
_SITE = re.compile(
    r"\bmy (?:own )?(?:\w+ )?(?:(?:fore)?arms?|wrists?|legs?|thighs?|stomach|skin)\b"
)
_KITCHEN = re.compile(r"\b(?:cooking|chopping|peeling|slicing|kitchen|splinter|shaving|sewing)\b")
#: the act meant, which no accident said beside it takes back: "I wanted the pain in the hand
#: instead of the pain in the head.", "on purpose"
_MEANT_TO = (
    r"\bi (?:wanted|needed|want|need) (?:the|a|some|that) pain\b[^.?!]{0,30}\binstead\b|"
    # (not "Never on purpose.", "It wasn't on purpose.", nor the asker's "I mean on purpose.")
    r"(?<!never )(?<!not )(?<!n't )(?<!i mean )\bon purpose\b|"
    r"(?<!never )(?<!not )(?<!n't )\bdeliberately\b"
)
_MEANT = re.compile(_MEANT_TO)
#: the blood, or the reason: hurt wanted, a punishment
_WHAT_IT_DID = re.compile(
    r"\b(?:until|till) (?:it|they|i|the skin) (?:bleeds?|bled|breaks?|broke|starts? bleeding|"
    r"started bleeding|hurts|hurt|bruises|bruised)\b|"
    r"\bi (?:\w+ ){0,3}?(?:wanted|want|needed|need) (?:it|that|them|my \w+) to hurt\b(?! (?:him|"
    r"her|them|someone|anyone|somebody|\w+ else))|\b(?:like|as) a punishment\b|"
    r"\bto punish (?:myself|me)\b|\bi deserved? (?:it|the pain)\b|"
    r"\bso (?:that )?i(?:'d| would| could| can)? feel (?:something|the pain|it)\b|"
    r"\bto feel (?:something|anything|the pain|real)\b|" + _MEANT_TO,
    re.I,
)


def told_by_what_it_did(sentences: Sequence[Sentence]) -> list[Risk]:
    """An act on one's own body, or a fist put into a thing, that the same speaker says (in that
    sentence or in the next three statements) bled, was done with a tool, or was meant to hurt or
    punish; not where a pet, a fall or an itch is named."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        act = _OWN_ACT.search(s.lower) or _BARE_ACT.match(s.lower.strip(" \"'"))
        if s.role == "clinician" or s.is_question or not act:
            continue
        # the same speaker's next three statements, a question or two of the other's between
        same = [x for x in sentences[k + 1 : k + 7] if x.role == s.role and not x.is_question]
        if act.re is _BARE_ACT:  # "I scratch." "With my nails. On my legs. Till it bleeds."
            own = [s, *same[:4]]
            if not any(_SITE.search(x.lower) for x in own):
                continue
        else:  # with no speakers known, a third only where said in the same segment: one turn
            own = [s, *same[: 3 if s.role else 2]]
            if not s.role:
                own += [x for x in same[2:3] if x.segment == s.segment]
        site = _SITE.search(s.lower[act.start() :])
        told = site and re.search(_TOOL, s.lower) and not _KITCHEN.search(s.lower)
        why = next((x for x in own if _WHAT_IT_DID.search(x.lower)), None)
        meant = any(_MEANT.search(x.lower) for x in own)
        if (_NOT_OWN.search(" ".join(x.text for x in own)) and not meant) or not (told or why):
            continue
        ev = (s.evidence(),) if why is None or why is s else (s.evidence(), why.evidence())
        out.append(Risk("self_harm", "endorsed", "present", ev))
    return out


def told_by_means(sentences: Sequence[Sentence]) -> list[Risk]:
    """Self-harm told as what one does it with, where marks on the body were spoken of in the
    three sentences before and nothing there says a pet, a fall or an itch made them."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        if s.role == "clinician" or not _DONE_WITH.match(s.text.strip(" \"'.…")):
            continue
        before = [x for x in sentences[max(0, k - 3) : k] if _MARKS.search(x.text.strip(" .…"))]
        around = " ".join(x.text for x in sentences[max(0, k - 3) : k + 2])
        if before and not _NOT_OWN.search(around):
            out.append(
                Risk("self_harm", "endorsed", "present", (before[-1].evidence(), s.evidence()))
            )
    return out


#: a lethal means held, or a place to die at, by the speaker: "I sat in the shed with Dad's
#: rifle for an hour", "I stood at the edge of the quarry", "I had the pills out on the table"
_LETHAL_HELD = re.compile(
    r"\bi (?:\w+ ){0,2}?(?:sat|stood|was|were|held|had|got|took|lay|kept) (?:\w+ ){0,6}?"
    r"(?:with|holding|out|down|up)? ?(?:the|a|my|his|her|\w+'s) (?:\w+ )?(?:rifle|gun|shotgun|"
    r"pistol|rope|noose|pills|tablets|meds|belt|cord|hose|hosepipe)\b|"
    r"\bi (?:\w+ ){0,2}?(?:sat|stood|was|went|drove|walked) (?:\w+ ){0,3}?(?:at|on|to|by|up) "
    r"the (?:edge|bridge|cliff|tracks|railway|platform|ledge|roof|quarry)\b"
)
#: "it" done or thought of, with nothing that "it" was said to be
_DOING_IT = re.compile(
    r"^(?:(?:and|just|so|yeah|i was|i kept|kept),? )*(?:think\w*|thought|thinkin') (?:about|of|"
    r"on) (?:doing it|it|ending it|going through with it|pulling the trigger|jumping|stepping "
    r"off)\W*$|\bi (?:was|were) (?:going to|gonna|about to|ready to) do it\b|"
    r"\b(?:thinking|thought|thinkin') (?:about|of) (?:doing it|ending it|going through with it|"
    r"pulling the trigger)\b"
)
#: someone else the means was for: "outside his house", "waiting for him"
_FOR_SOMEONE = re.compile(
    r"\b(?:outside|at|near|round|to) (?:his|her|their) (?:house|place|flat|door|work)\b|"
    r"\b(?:for|waiting for|at|on) (?:him|her|them)\b|\bnext door\b"
)


def told_with_lethal_means(sentences: Sequence[Sentence]) -> list[Risk]:
    """Ideation told as a lethal means held, or a place to die at, and "it" thought of in the
    same sentence or the same speaker's next two: "I sat in the shed with Dad's rifle for an
    hour. Thinking about doing it." (issue 17's thirty-second pass, ak08); not where the means
    was for someone else ("outside his house"). Whoever is labelled as saying it: speaker
    attribution may give the client's long turn to the clinician's voice, and no clinician tells
    of sitting with a rifle in the first person."""
    out: list[Risk] = []
    for k, s in enumerate(sentences):
        if s.is_question or not _LETHAL_HELD.search(s.lower):
            continue
        same = [x for x in sentences[k + 1 : k + 4] if x.role == s.role and not x.is_question]
        own = [s, *same[:2]]
        at = next((i for i, x in enumerate(own) if _DOING_IT.search(x.lower.strip(" \"'"))), None)
        # for whom, in what is told up to "it" (not "my brother's got the rifle now, at his place")
        if at is None or any(_FOR_SOMEONE.search(x.lower) for x in own[: at + 1]):
            continue
        it = own[at]
        ev = (s.evidence(),) if it is s else (s.evidence(), it.evidence())
        out.append(Risk("suicidal_ideation", "endorsed", rf.time_of(s.lower), ev))
    return out


#: a poison or other lethal means named in a story (by either speaker: "The pesticide.")
_MEANS_NAMED = re.compile(
    r"\b(?:poison|pesticide|insecticide|weedkiller|weed killer|paraquat|antifreeze|rat poison|"
    r"rifle|shotgun|gun|rope|noose|the pills|the tablets|all my tablets|all my pills)\b"
)
#: the speaker's hands on it: "I took the bottle down from the shelf. I opened it."
_HANDS_ON = re.compile(
    r"\bi (?:\w+ )?(?:took|opened|held|poured|unscrewed|loaded|tied|counted|sat with|picked up|"
    r"got out|lined up) (?:it|them|the (?:\w+ )?(?:bottle|bottles|can|tin|tub|box|packet|rope|"
    r"gun|rifle|pills|tablets|jar))\b"
)
#: the clinician asks what stopped it: it was about to be done
_WHAT_STOPPED = re.compile(
    r"^(?:and |so )?what (?:stopped|stops|held|kept|pulled|brought) you(?: back| from)?\b|"
    r"^(?:and |so )?what made you (?:stop|put it (?:back|down))\b"
)


def stopped_short(sentences: Sequence[Sentence]) -> list[Risk]:
    """Ideation told as a lethal means taken in hand ("I took the bottle down from the shelf. I
    opened it."), its kind named in the story ("The insect poison." "The pesticide."), then asked
    "What stopped you?" and answered with what did (issue 17's thirty-eighth pass, at13): an
    attempt stopped short, endorsed; not where the means was for someone else."""
    out: list[Risk] = []
    for j, q in enumerate(sentences):
        if not q.is_question or not _WHAT_STOPPED.match(q.lower.strip(" \"'")):
            continue
        before = sentences[max(0, j - 8) : j]
        held = [x for x in before if x.role != "clinician" and _HANDS_ON.search(x.lower)]
        if not held or not any(_MEANS_NAMED.search(x.lower) for x in before):
            continue
        if any(_FOR_SOMEONE.search(x.lower) or _NOT_OWN.search(x.text) for x in before):
            continue
        after = sentences[j + 1 : j + 3]
        answer = next((x for x in after if q.role is None or x.role != q.role), None)
        if answer is None or rq.DENY_ANSWER.match(answer.lower.strip(" \"'")):
            continue  # "Nothing. I wasn't going to do anything."
        ev = (held[-1].evidence(), q.evidence(), answer.evidence())
        out.append(Risk("suicidal_ideation", "endorsed", rf.time_of(held[-1].lower), ev))
    return out
