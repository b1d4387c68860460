"""Suicidal ideation told by how an end is weighed and readied (issue 17's fifty-third pass, from
the probe p27's misses, each made general): the Scots "better aff" if one "wisnae here" or "no
bein here"; a lethal amount asked about ("how many would it take"); wanting it all over "for
good" beside having thought about how; a hose kept in the car beside a place nobody goes; a
footbridge or flyover gone up to while thinking of jumping. Cues as in risk_cues, whose shape
they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: what is taken in an overdose
_PILLS = (
    r"(?:paracetamol|panadol|tylenol|co-codamol|codeine|aspirin|ibuprofen|pills|tablets|"
    r"sleeping pills|meds|insulin|painkillers)"
)
#: high places one could go off
_HEIGHT = (
    r"(?:\w*bridge|flyover|overpass|viaduct|cliffs?|crags?|rooftop|roof|balcony|ledge|tower "
    r"block|multi-storey|car park|top floor)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # Scots: "they'd aw be better aff if ah wisnae here" (not "better aff wi the bus", nor
        # "better aff if the rain wisnae here")
        r"\bbetter (?:aff|oaf) if +(?:i|ah|a|ma|me) (?:just |jist |wis |was )?(?:wisnae|wasnae|"
        r"wasn'?t|wernae|weren'?t|wis nae|no) (?:here|aroon|around|alive|livin'?)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # said of no one: "better aff no bein here", "better aff deid" (not "better aff no bein
        # at the match", nor "better aff wi'oot the car")
        r"\bbetter (?:aff|oaf) (?:(?:no|nae|not) (?:bein'?|being) (?:here|aroon|around|alive)|"
        r"deid)\b",
        False,
        unnamed=True,
    ),
    cue(
        "suicidal_ideation",
        # a lethal amount asked: "how many sleeping pills would it take to not wake up", "how
        # many paracetamol would actually do it" (not "how many tablets would it take to shift
        # this headache", nor "how many ibuprofen can I take in a day")
        rf"\bhow many {_PILLS}\b (?:would|will|does|do|did) it (?:actually |really )?(?:take|kill)"
        r"\b(?! (?:to (?:shift|clear|get rid|help|work|kick in|calm|settle|sleep|knock out (?:the|"
        r"this|my) (?:pain|headache|cold))|for (?:the|my|a) (?:pain|headache|cold|fever|back)))|"
        rf"\bhow many {_PILLS}\b (?:would|will|does) (?:actually |really )?(?:do it|kill (?:you|"
        r"someone|a person|me)|be (?:enough|fatal|lethal))\b",
        False,
        unnamed=True,
    ),
    cue(
        "suicidal_ideation",
        # "I want it all to be over, for good, and I've worked out how" (not "can't wait for the
        # building work to be over for good", nor "it'll all be over by Friday": the how told)
        r"\b(?:(?:can'?t|cannot|can not) wait (?:for )?)?"
        r"(?:it all|all of it|everything|life|this life)\b (?:to )?(?:be over|end|stop),? "
        r"(?:permanently|for good|for ever|forever)\b[^.?!]{0,60}?\bi(?:'ve| have)? (?:thought|"
        r"worked out|planned|figured out|decided) (?:about |out )?(?:how|the how|the way)\b",
        True,
    ),
    cue(
        "suicidal_ideation",
        # a hose kept in the car beside somewhere nobody goes: "a hosepipe in the boot and I
        # know a spot nobody uses" (not "the hose in the boot for washing the car", nor "a
        # quiet spot for a picnic" alone)
        r"\b(?:hose|hosepipe|hose pipe|tubing|length of pipe)\b[^.?!]{0,30}?\bin (?:the|my) (?:boot"
        r"|car|trunk|van)\b(?! for washing)[^.?!]{0,80}?\b(?:where (?:nobody|no one|no-one|no body)"
        r"|(?:nobody|no one|no-one) (?:goes|uses|comes|will find|would find|ever goes))\b",
        False,
        unnamed=True,
    ),
    cue(
        "suicidal_ideation",
        # "gone up to the footbridge thinking about jumping from it", "stood on the flyover
        # thinking of throwing myself off" (not "jumping in the pool", nor "thinking about
        # jumping the queue")
        rf"\b{_HEIGHT}\b[^.?!]{{0,80}}?\b(?:think|thinks|thinking|thinkin'?|thought) (?:about|of|"
        r"bout|'bout) (?:jumping|jumpin'?|throwing (?:yourself|myself|meself|masel)|going over)\b"
        r"(?! (?:in|into|on|the (?:queue|gun|line)|ship|at)\b)",
        False,
        unnamed=True,
    ),
)
