"""Risk told as plain acts and preparations, without a clinical word, from a battery of plain
telling written blind for issue 17's forty-first pass by a helper that read nothing of the
project (100 sentences, 64 of them missed before these cues): tablets kept "for when I go
through with it", a rope and the beam chosen, a hose run from the exhaust, a walk into the river,
the fall's length worked out, a note written and hidden, things given away "I won't be needing";
one's own body burned, bitten, scrubbed, slammed or pierced, on purpose or again, and scars said
to be one's own doing. Cues as in risk_cues, whose shape they share. Patterns run on lowercase
text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a means kept or looked at
_MEANS = (
    r"(?:tablets|pills|meds|medication|sleeping tablets|sleepers|insulin|painkillers|paracetamol|"
    r"rope|cord|belt|hose|blades?|razors?|gun|handgun|rifle|shotgun|pistol|charcoal)"
)
#: one's own body, as the client says it ("me arms", "mi hand", "ma face")
_BODY = (
    r"(?:my|me|mi|ma) (?:own )?(?:arms?|hands?|wrists?|hips?|face|shins?|ankles?|scalp|fingers?|"
    r"fingernails|nails|legs?|skin|stomach|belly|thighs?|palms?|head|knuckles|chest|neck|feet|"
    r"toes|forearms?|back of my hand|back of me hand)"
)
#: "masel in the face": oneself, and where
_SELF_IN_THE = (
    r"(?:myself|masel|meself|mysel) (?:in|on|across) the (?:face|head|stomach|chest|legs?|arms?)"
)
#: what says the hurt was meant: on purpose, again, to feel or to punish, when upset
_MEANT = (
    r"(?:on purpose|deliberately|to feel (?:something|anything|pain|real)|to punish|punished|"
    r"when i'm (?:wound up|upset|angry|sad|stressed)|when (?:the voices|there's naebody|"
    r"there's nobody|nobody's)|(?:till|until) [\w ]{0,25}?\b(?:bleeds?|bled|blisters?|rings?|"
    r"purple|bruises?)|scars?|welts|whenever|"
    # an instrument of it: "with a lighter", "with my dad's Stanley knife"
    r"with (?:a|the|my|my \w+'s|me|mi) (?:lighter|match(?:es)?|cigarettes?|razor|blade|knife|"
    r"stanley knife|compass|scissors|pliers|needles?|pins?|hairbrush|wire brush|sandpaper|"
    r"broken \w+))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "saving my nan's sleeping tablets ... for when I finally go through with it"
        rf"\b{_MEANS}\b[^.?!]{{0,80}}?\b(?:for when i (?:finally )?(?:go through with it|do it|"
        r"need them|end it)|(?:enough|plenty) (?:in there )?(?:now )?to (?:put me down|kill me|"
        r"finish me|do me in|do it)|(?:which|what) (?:beam|tree|branch|hook|rafter) i'?m?\b|"
        r"(?:from|to|into) the exhaust|not for (?:the range|hunting|the farm|work))\b|"
        # "a length of rope ... which beam in the barn"; "stockpiling me insulin ... enough to put
        # me down for good"
        r"\b(?:rope|hose|cord)\b[^.?!]{0,80}?\b(?:which (?:beam|tree|branch|hook|rafter)|the "
        r"exhaust)\b|"
        # "Ah wanted tae walk intae the Clyde"; "thinking about driving my bakkie off the pass"
        r"\b(?:want\w*|thought about|thinking about|think about|tempted|nearly|almost|planning|"
        r"going|gonna|telling me) (?:to |tae )?(?:(?:walk|wade|step) (?:into|intae) (?:the|a) "
        r"(?:river|sea|loch|clyde|thames|canal|harbour|ocean|tide)(?![^.?!]{0,15}\b(?:paddle|swim|"
        r"dip|cool (?:off|down))\b)|(?:jump|throw myself|throw "
        r"masel|step) (?:off|aff) (?:the|a) (?:bridge|cliff|pier|edge|roof|car park)|driv\w* "
        r"(?:(?:my|me|the) \w+ )?(?:off|into) (?:the|a) (?:pass|cliff|bridge|edge|pier|river|sea|"
        r"wall|tree)|step (?:out )?in front of (?:the|a) (?:train|bus|lorry|truck|\d[\d.:]*))\b|"
        # "working out how long the fall would take"
        r"\b(?:working out|worked out|work out|figuring out|wondering) how (?:long|far|high) the "
        r"(?:fall|drop|jump) (?:would|is|was|will)\b|"
        # "I've already written the note and hid it"
        r"\b(?:written|wrote|writing) (?:the|my) note\b[^.?!]{0,30}?\bhid (?:it|them) (?:in|"
        r"inside|under) my\b|\b(?:written|wrote|writing) (?:my )?goodbye letters?\b|"
        # "I won't be needing them after this weekend" (things given away)
        r"\b(?:gave|given|giving|give) [^.?!]{0,60}?\bwon't be needing (?:them|it|these|those) "
        r"(?:after|by|past|anymore|any more|much longer)\b|"
        # "asking the Lord every evening to take me too"
        # (and the names of God in other faiths: "asks Waheguru every night to take him", relayed)
        r"\b(?:ask\w*|pray\w*|beg\w*) (?:god|the lord|jesus|allah|waheguru|bhagwan|jehovah|the "
        r"almighty|mungu|olorun|chukwu|chineke|nyame|rabb|khuda|ishwar|krishna)\b[^.?!]{0,25}? to "
        r"take me\b"
        r"(?! (?:back|home|to|through|out|away from)\b)|"
        # "planning to end it Friday" (not "end it with him")
        r"\b(?:planning|plan|decided) to end it\b(?! (?:with|between|for (?:good )?"
        r"with)\b)|"
        r"\bnever (?:open|opening) my eyes again\b|\bso i (?:go |can |could |will )?die\b|"
        r"\bgoogl\w* (?:knots|nooses|how to tie a noose)\b|"
        r"\bwish (?:a|the) (?:lorry|bus|truck|car|train|van) would (?:just )?hit me\b",
        True,
    ),
    cue(
        "self_harm",
        # "Been burning me arms with a lighter again"; "I stub my cigarettes out on the back of
        # my hand when I'm wound up"; "bite the inside of my arm till the teeth marks go purple"
        r"\b(?:burn\w*|bun|stub\w*|slic\w*|scratch\w*|scrub\w*|bit|bite|biting|slam\w*|skelp\w*|"
        r"dig\w*|push\w*|stick\w*|squeez\w*|pinch\w*|carv\w*|gouge\w*|bang\w*|hit|hitting|"
        r"punch\w*|snap\w*|sliced?)\b(?: \w+){0,4}? (?:on |into |in |under |across |against )?"
        rf"(?:the (?:inside|back|skin) of )?(?:{_BODY}|{_SELF_IN_THE})\b(?=[^.?!]*\b{_MEANT})"
        r"(?![^.?!]*\b(?:by accident|accidentally|cooking|pruning|gardening|slipped|tripped)\b)|"
        # "Mi did bun up mi hand pon the stove on purpose"
        rf"\b(?:burn\w*|bun) up {_BODY}\b|"
        # "I keep a razor in my pencil case ... and use it on my hip"; "I do them myself with
        # the back of a hairbrush"; "The scars on my wrist are from me"
        r"\b(?:razor|blade|knife|lighter|compass|scissors)\b[^.?!]{0,60}?\b(?:use|used|using) "
        rf"(?:it|them) on {_BODY}\b|"
        r"\b(?:bruises|marks|scars|cuts|burns)\b[^.?!]{0,60}?\bi do them (?:myself|to myself)\b|"
        r"\b(?:scars|marks|cuts|burns|bruises) on my \w+ (?:are|were) from me\b|"
        r"\bto (?:make myself|make me) (?:sick|bleed|hurt)\b|\bso i feel punished\b|"
        r"\b(?:pulling|pulled|pull|tearing|tore) (?:my|me) hair out (?:in (?:clumps|handfuls|"
        r"chunks)|(?:till|until) (?:it|my scalp) (?:bleeds|bled))\b|"
        r"\b(?:fresh|new|clean) blades? hidden\b|"
        r"\b(?:drink\w*|swallow\w*) (?:bleach|detergent|dettol)\b|"
        # "I push sewing needles under my fingernails"; "Put my hand in the kettle water
        # yesterday on purpose"
        rf"\b(?:push|stick|jab)\w* (?:sewing )?(?:needles|pins|tacks|staples) (?:in|into|under) "
        rf"{_BODY}\b|\bput {_BODY} (?:in|on|under|into)\b[^.?!]{{0,30}}?\b(?:on purpose|"
        r"deliberately)\b(?! to (?:cool|warm|soothe|test|check)\b)",
        True,
    ),
)
