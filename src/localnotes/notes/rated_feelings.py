"""The feelings and symptoms a self-rating prompt names (RATED; "the inner critic" believed is
self-criticism), each with the name its rating is charted by, for `rated_words` and `ratings`."""

from __future__ import annotations

import re

RATED = (
    # a belief asked by its verb, what is believed said after it, whatever it is about: "When the
    # headache started, how much did you believe it was a tumour, as a percent?" (not "how much do
    # you believe it" of a thing named before: "When the critic's voice is loud, ...")
    (
        "conviction (belief)",
        r"\bhow much (?:do|did|does) (?:you|he|she) (?:still )?believe (?:that\b|"
        r"(?:it|this|you|he|she|they)(?:'s|'re| was| is| were| are| would| will))",
    ),
    ("mood", r"\bmood\b|how (?:are|have) you (?:been )?feeling|\bfeeling overall\b"),
    # anxiety about performing, as musicians and athletes rate it: its own name
    ("performance anxiety", r"\bperformance anxiety\b"),
    ("anxiety", r"\banxi\w+|\bnervous(?:ness)?"),
    # sadness as the clinician names it ("how much sadness these days?"), not "depression"
    ("sadness", r"\bsadness\b"),
    ("depression", r"\bdepress\w*|\blow\b"),
    ("sleepiness", r"\bsleepiness\b|\bsleepy\b|\bdrows\w+"),
    ("sleep", r"\bsleep\w*"),
    ("headache", r"\bheadaches?\b|\bmigraines?\b"),
    (
        "pain",
        r"\bpain\b|\bhow(?:'s| is| are) (?:the|your) (?:back|neck|knees?|shoulders?|hips?|"
        # pain told by how it feels: "a sort of burning, a three out of ten" (but "the burning"
        # asked about by name is rated as said)
        r"joints?)\b|(?<!\bthe )(?<!\byour )\b(?:burning|aching|stabbing|throbbing|soreness)\b"
        r"(?! (?:out|down|up|the (?:candle|midnight)|bridges)\b)",  # "burning the candle"
    ),
    ("stress", r"\bstress\w*"),
    ("strain", r"\bstrain\b"),  # a carer's: "the strain on you. How much is it taking out of you?"
    ("dread", r"\bdread\w*"),
    ("cravings", r"\bcravings?\b|\bcrav\w+"),
    ("suicidal urge", r"\bsuicidal urges?\b"),
    # an urge named by what it is an urge to do, as a diary card heads its columns
    ("self-harm urge", r"\bself[\s-]?harm(?:ing)? urges?\b"),
    ("drinking urge", r"\bdrinking urges?\b"),
    ("urge", r"\burges?\b"),
    # how fast the thoughts go, as mania is rated: "How fast are your thoughts going?"
    (
        "racing thoughts",
        r"\bracing thoughts?\b|\bthoughts? (?:are |were )?racing\b|"
        r"\bhow fast (?:are|were|is|was) (?:your|the|his|her|my) thoughts?\b",
    ),
    # the disturbance of a memory, as EMDR and exposure ask it: its subjective units ("How
    # disturbing does it feel now, zero to ten?", "And the disturbance, nought to ten?")
    ("SUDS", r"\bsuds\b|\bdisturbing\b|(?<!sleep )\bdisturbance\b"),
    ("distress", r"\bdistress\w*|\bupsetting\b"),
    ("upset", r"\bupset\b"),  # "how upset were you?": the clinician's word, not "distress"
    ("focus", r"\bfocus\w*|\bconcentrat\w+|\battention\b"),
    ("satisfaction", r"\bsatisf\w+"),
    ("cravings", r"\bwant(?:ing)? (?:a|to) (?:drink|use|smoke)\b"),
    # the wish for a drink or a drug is the craving: "How strong is the wish for a drink?"
    (
        "cravings",
        r"\b(?:wish|desire|longing|hankering|yearning|pull) (?:for|to) (?:a |some )?"
        r"(?:drink|use|smoke|cigarette|joint|drugs?|hit|bet|gamble)\b",
    ),
    ("energy", r"\benergy\b"),
    ("panic", r"\bpanic\b"),
    ("irritability", r"\birritab\w+"),
    ("anger", r"\banger\b|\bangry\b|\bhow mad\b"),
    # (the drive to do things, as said: "your get-up-and-go")
    ("motivation", r"\bmotivat\w+|\bget[\s-]up[\s-]and[\s-]go\b"),
    ("hopelessness", r"\bhopeless\w*"),
    ("confidence", r"\bconfiden\w+"),
    ("importance", r"\bimportan\w+"),
    ("worry", r"\bworr\w+"),
    ("fear", r"\bfear\w*|\bafraid\b|\bscared\b"),
    # symptoms often rated, so a prompt that names none takes them from the sentence before
    ("nightmare", r"\bnightmares?\b"),
    ("flashback", r"\bflashbacks?\b"),
    ("voices", r"\bvoices\b"),
    ("loneliness", r"\blonel\w+"),
    ("guilt", r"\bguilt\w*"),
    ("shame", r"\bshame\b|\bashamed\b"),
    ("fatigue", r"\bfatigue\b"),
    # breathing rated as a symptom: "How's the breathing been?" (not the exercises)
    (
        "breathlessness",
        r"\bbreathless\w*|\bshort(?:ness)? of breath\b|"
        r"\bbreathing\b(?! (?:exercises?|techniques?|practice|space|skills?)\b)",
    ),
    ("exhaustion", r"\bexhaust\w+"),
    ("restlessness", r"\brestless\w*"),
    ("self-criticism", r"\bself[\s-]?critic\w*|\b(?:inner |the |your |my )critic(?:'s)?\b"),
    ("conviction (belief)", r"\bbelief\b"),  # a belief's conviction, rated from 0 to 100
    # feelings rated in their own word: "Your patience, nought to ten?", "the brain fog, an eight"
    ("patience", r"\bpatience\b"),
    # (the noun, not the verb: "I don't trust a door being open")
    (
        "trust",
        r"\b(?:the|your|my|his|her|their|of|in) trust\b|^\W*(?:and |so |now )?trust\b|"
        r"\btrust (?:level|rating|score)\b",
    ),
    ("embarrassment", r"\bembarrass\w*"),
    ("fog", r"\b(?:brain|mental) fog\b|\bfogg(?:y|iness)\b|(?<=\bthe )fog\b"),
    # feelings named by their noun in the prompt: "And the grief, now, out of ten?", "the
    # dysphoria, how strong is it these days?", "How much hope do you have today?" (hope the
    # noun, not "I hope that's all right")
    ("grief", r"\bgrief\b"),
    ("dysphoria", r"\bdysphori\w*"),
    ("hope", r"\b(?:the|your|much|any|some|of|little|no) hope\b"),
    # regret asked by its verb or its noun: "How much do you regret it, zero to ten?"
    ("regret", r"\bregret\w*"),
    # a parent's bond with a baby: "How would you put your bond with him, as a percentage?"
    ("bonding", r"\b(?:your|the|her|his|my) bond (?:with|to)\b|\bbonding\b"),
)


#: each of RATED compiled once, and all of them as one pattern: a sentence none matches (most)
#: is told by one search, not one for each
_RATED = tuple((name, re.compile(pattern, re.I)) for name, pattern in RATED)
_ANY_RATED = re.compile("|".join(f"(?:{pattern})" for _, pattern in RATED), re.I)


def rated(text: str) -> str | None:
    if not _ANY_RATED.search(text):
        return None
    for name, pattern in _RATED:
        if m := pattern.search(text):
            # a word of another stem keeps the word said, as an adjective asked about does
            # ("Almost the most scared one." is "scared (fear)")
            return f"{m[0].lower()} ({name})" if m[0].lower() in _SAID_OF else name
    return None


_SAID_OF = {"scared", "afraid", "nervousness"}
