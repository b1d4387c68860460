"""Phrases the cues of risk_cues and the answers of risk_questions are built from: a death welcomed
as a condition, someone gone for good, what is welcomed, where or when rather than whether, and
the things a joking answer names. Patterns run on lowercase text."""

from __future__ import annotations

import re

#: someone's, as people say it: "his", "the lad's", "my ex's new boyfriend's", "that fella's",
#: "someone's" (one for every cue module that names whose house, face or food is harmed)
#: what one hurts someone with: one list for every cue that names a weapon (issue 17's
#: forty-fourth pass made the ten lists of the cue modules one)
WEAPON = (
    r"(?:(?:baseball |cricket |rounders )?bat|(?:crow|iron |metal )?bar|(?:claw )?hammer|"
    r"(?:stanley )?knife|blade|axe|hatchet|machete|panga|cutlass|poker|golf club|hurley|"
    r"hockey stick|wrench|spanner|screwdriver|tyre iron|shotgun|gun|rifle|pistol|crossbow|taser|"
    r"pepper spray|knuckle ?dusters?|pipe|bottle|brick|chain|shank|weapon|blunt instrument)"
)
#: a weapon named as carried or at hand, one list for the cues of a weapon kept ready (narrower
#: than WEAPON: no bottle, brick or pipe, which are everyday things carried)
CARRIED_WEAPON = (
    r"(?:gun|guns|rifle|shotgun|pistol|knife|knives|blade|machete|bat|crowbar|hammer|axe|wrench|"
    r"spanner)"
)
WHOSE = r"(?:his|her|their|my (?:[\w-]+ )?[\w-]+'s|(?:the|a|that) [\w-]+'s|[\w-]+'s)"
# a death welcomed, told as a condition: "if I didn't wake up it would be easier", "I'd be at
# peace if God took me", "if the next one takes me, fine" (a condition is otherwise no statement)
DEATH_IF = (
    r"if (?:i|you) (?:just )?(?:didn't|did not|never|don't|wouldn't) (?:wake|woke) up"
    r"(?! on time| in time| early| until| till| at\b)|"
    # "come round" after an operation, a treatment, a faint
    r"if (?:i|you) (?:just )?(?:didn't|did not|never|don't|wouldn't) (?:come|came) (?:round|"
    r"around)\b|"
    r"if (?:i|you) (?:just )?(?:had )?(?:died|passed away|was gone|were gone)|"
    # "if I sleep and I don't wake up, Ama will be fine" (not "... don't wake up on time")
    r"if (?:i|you) (?:just )?(?:sleep|slept|go to sleep|went to sleep|fall asleep|fell asleep) and "
    r"(?:i |you )?(?:just )?(?:didn't|did not|never|don't|do not|wouldn't) (?:wake|woke) up"
    r"(?! on time| in time| early| until| till| at\b)|"
    # "easier if the sea kept me": a death one escaped, wished for ("if the sea had taken me")
    r"if (?:the|that) (?:sea|river|water|waves|fire|war|bomb|blast|crash|accident|storm|bullet|"
    r"flood|avalanche|earthquake) (?:had )?(?:just )?(?:kept|took|taken|claimed|got|killed) "
    r"(?:me|you)\b|"
    r"if (?:god|the lord|the next one|the next (?:attack|heart attack|stroke)|death|"
    r"(?:the )?cancer) (?:just )?(?:took|takes|would take|came for|comes for) (?:me|you)"
    r"(?:,? (?:tonight|today|now|in my sleep|one day|someday|soon))?(?=\s*(?:[,.;!?]|$|and\b))|"
    # an accident welcomed: "if a truck hit me, fine"
    r"if (?:a|the|some) (?:\w+ )?(?:truck|car|bus|train|driver) (?:just )?(?:hit|hits|would hit|"
    r"ran over|runs over|would run over|took|takes) (?:me|you)(?=\s*(?:[,.;!?]|$|and\b))"
)
# someone gone for good, not away for a while: "if I wasn't here" (but "if I wasn't here on
# weekends", "if I was here more" say where one is, not whether)
GONE = (
    r"(?:(?:i|you) (?:(?:was|were) (?:gone|dead|not (?:here|around|alive))|(?:wasn't|weren't|"
    r"wisnae|wasnae|wasna|werenae) (?:here|around|alive))\b(?! (?:on|during|for|at|in|with|when|"
    r"while|until|till|as|so|"
    r"more|much|this|that|to|every|all day|by)\b)|(?:i|you)(?:'d| had) died\b|"
    # "better if I'm not alive" (not "if I'm not here": where one is, said of now)
    r"(?:i|you)(?:'m| am|'re| are) (?:not|no longer) (?:alive|in this world|on this earth)\b|"
    # "if I wasn't in the picture", "if I was out of the picture"
    r"(?:i|you) (?:(?:wasn't|weren't|was not|were not) in|(?:was|were) out of) the picture"
    r"(?! (?:when|while|until|till|as|at|in|on|during|for)\b))"
)
# "I don't want to live in this city", "... wake up at six": where or when, not whether
NOT_WHERE_OR_WHEN = (
    r"(?! (?:in|with|at(?! (?:other |all |some |those |these |the )?times?\b| all\b| night\b| the "
    r"moment\b| this point\b)|near|on|by|there|somewhere|alone|together|under|off|early|before|so "
    r"early|for|to)\b)"
)
WELCOMED = (
    r"(?:easier|better|fine|okay|ok|alright|all right|a relief|relieved|at peace|peaceful|glad|"
    r"so be it|a blessing|no great loss|not the worst thing|"
    r"(?:wouldn't|would not|don't|do not) mind|(?:wouldn't|would not) be (?:so|that) bad|"
    r"(?:(?:i'd|i would) not|(?:i )?(?:wouldn't|would not)) (?:be )?(?:fussed|bothered|care))"
)

#: "Only the pigeons on the sill.": a joke of pests or things, no one to harm
ONLY_THINGS = (
    r"(?: (?:the|those|them|that|my|our) (?:\w+ )?(?:pigeons?|seagulls?|gulls?|crows?|magpies?|"
    r"wasps?|flies|mosquito(?:e)?s|midges|slugs|snails|rats|mice|weeds|printer|computer|laptop|"
    r"telly|tv|television|alarm|traffic lights?|dentist|physio\w*|tattoo\w*|acupuncturist|"
    r"osteopath|chiropractor|masseuse|personal trainer|waxer)\b|"
    # what was done to the walls or the door, not to anyone: "Only paint and a letter." (bf06)
    r" (?:some |a bit of )?(?:paint|spray paint|graffiti)\b(?![^.?!]*\b(?:me|him|her|them|us|"
    r"hit|hurt|punch\w*|kick\w*|slap\w*|push\w*)\b))"
)

#: a cue that begins with its doer: "he's pushed me down the stairs" (risk_cues_who_did_what)
_DOER_FIRST = re.compile(r"(?:he|she|they)(?:'s|'ve| has| have| had) (?:already |even |also )?")


def doer_at(low: str, start: int) -> str:
    """The doer a cue at `start` begins with, as the clause before it would say it ("he's "), so
    that "..., and he's pushed me down the stairs before" reads as what he has done already."""
    m = _DOER_FIRST.match(low, start)
    return m.group(0) if m else ""
