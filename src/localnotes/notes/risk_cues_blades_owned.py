"""Self-harm told by wounds owned and blades kept (issue 17's fifty-fourth pass, from the fourteenth
battery's misses, each made general): lines "done" on an arm; a relapse "with the razor"; wounds
said to be one's own, not the pet's; a blade or a compass taken "to my skin"; "it was me doing it
to myself"; a kit of blades and dressings kept ready. Cues as in risk_cues, whose shape they
share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: where on the body one cuts
_BODY = r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|tummy|belly|hips?|ankles?|forearms?|hands?)"
#: what one is said to have been hurt by, as a cover story
_COVER = (
    r"(?:dog|cat|puppy|kitten|rabbit|hamster|bird|parrot|fence|brambles?|bush|rose bush|door|"
    r"bike|oven|iron|kettle)"
)
#: what cuts or burns
_TOOL = (
    r"(?:compass|blade|blades|scissors|knife|lighter|pin|needle|sharpener|penknife|stanley knife|"
    r"box cutter|glass)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "self_harm",
        # lines counted on one's body: "I did maybe ten lines on my leg last night", "cut about
        # five lines into my thigh" (not "lines of coke", nor "I drew lines on my arm with a pen")
        rf"\bi(?:'d| had| have|'ve)? (?:done|did|do|cut|carved|scratched) (?:about |like |maybe |"
        rf"around |nearly |over |some |a few )?(?:\w+ )?lines (?:on|in|into|across|down) (?:my|me) "
        rf"{_BODY}\b",
        True,
    ),
    cue(
        "self_harm",
        # a relapse with the means: "relapsed with the blade", "been relapsing on the cutting"
        # (not "relapsed with the drink": a blade or cutting)
        r"\brelaps(?:e|es|ed|ing|in'?)\b (?:again )?(?:with|on|into) (?:the |my )?(?:razor|razors|"
        r"blade|blades|cutting|self-harm|self harm|scissors|lighter|burning)\b",
        True,
    ),
    cue(
        "self_harm",
        # wounds owned, the pet's cover dropped: "the scratches were from me, not the cat", "I
        # said it was the dog, but it was me with the blade" (not "the scratches on the car were
        # from me, not the neighbour": a body's wounds, and a cover story named)
        rf"\b(?:stitches|cuts|burns|scars|marks|wounds|scratches|gashes|slashes) (?:were|was|are|"
        rf"is) (?:from|by) me,? not (?:from |by )?(?:the|a|my|our) {_COVER}\b|"
        rf"\b(?:said|told (?:them|her|him|everyone|the \w+)|pretended|claimed|made out) (?:that )?"
        rf"(?:it was|it's|they were|it were) (?:the|a|my|our) {_COVER}\b[^.?!]{{0,20}}?,? but "
        rf"(?:really |actually )?(?:it(?:'s| is| was) me|i did (?:it|them|that)(?: myself)?)\b",
        True,
    ),
    cue(
        "self_harm",
        # a tool taken to one's skin: "taking the compass to my arms", "I put the lighter tae my
        # skin" (not "took a razor to my legs": shaving, so no razor)
        rf"\b(?:tak(?:e|es|ing|in'?)|took|put|puts|putting|puttin'?|held|holding) (?:the|a|my|me) "
        rf"{_TOOL} (?:to|tae|ta|on|oan|against|across) (?:my|me|ma) {_BODY}\b",
        True,
    ),
    cue(
        "self_harm",
        # "it was me doing it to myself", "I told her it's me that does it to myself" (not "it was
        # me doing it all myself": to oneself)
        r"\b(?:it was|it's|it is|it were) (?:me|myself) (?:doing|that did|that does|who did|who "
        r"does|did|does) (?:it|this|that|them) to myself\b",
        True,
    ),
    cue(
        "self_harm",
        # a kit of blades and dressings: "I keep a tin with razors and plasters in my drawer", (not
        # "the first aid kit has scissors and bandages": blades beside the dressings)
        r"\b(?:box|kit|tin|bag|pouch|case)\b[^.?!]{0,20}?\b(?:blades?|razors?|razor blades?)\b"
        r"[^.?!]{0,40}?\b(?:plasters|bandages|antiseptic|dressings|steri-?strips|gauze|savlon)\b",
        True,
    ),
)
