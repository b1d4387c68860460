"""An answer's later sentence that denies the thing asked by its name ("But to die, no.", "People,
no.", "But alive, yes, I want to be alive."), which takes back a yes-word said before it that
told something else. Split from `risk_answer_forms` (issue 17's fortieth pass, at 400 lines).
Patterns run on lowercase text.
"""

from __future__ import annotations

import re

#: after a yes-word that told something else ("Sometimes I think, better I go back to Poland and
#: nobody see me."), the thing asked denied by name: "But to die, no.", "But to hurt myself, never."
_NAMED_THEN_NO = re.compile(
    r"^(?:but,? )?(?:not )?(?:to )?(?:die|dying|be dead|kill\w*|end\w*|hurt\w*|harm\w*|cut\w*|do "
    r"(?:it|that|anything)|act\w*)\b[^.?!]{0,20}?,? (?:no|never|nah)\W*$|"
    # "But not to die.", "But not to hurt myself."
    r"^(?:but,? )?not (?:to |wanting to |that i want to )?(?:die|be dead|kill (?:myself|me)|end "
    r"(?:it|my life|things)|hurt (?:myself|me|anyone|anybody|him|her))\W*$|"
    # "People, no." (after what was struck instead); "Not about ending mine.", "Not of my own."
    r"^(?:but,? )?not (?:about|of) (?:ending |taking |killing |hurting )?(?:mine|my own|me|"
    r"myself)\W*$|^(?:but,? )?(?:people|anyone|anybody|other people|a person),? (?:no|never)\W*$|"
    # "I've been low, lost the job ... But no, never that." (p26)
    r"^(?:but |and )?(?:no|nah),? (?:never|not) (?:that|those|anything like that)\W*$|"
    # "I'm angry at them. I wouldn't touch anyone."
    r"^(?:but |and )?i(?: would|'d| could)?(?:n't| not| never) (?:touch|hurt|harm|hit|kill|lay a "
    r"(?:finger|hand) on) (?:anyone|anybody|a soul|them|him|her|a fly)\b|"
    # "My husband hits the roof when the bills come, but he's never touched me."
    r"^(?:but,? )?(?:he|she|they)(?:'s| has| have|'ve)? never (?:once )?(?:touched|hit|hurt|harmed|"
    r"laid a (?:finger|hand) on) (?:me|us)\b|"
    # "No. I have not thought about ending my life." (after "I was thinking about his wife")
    r"^(?:no,? )?i(?: have|'ve| had|'d)?(?: not|n't| never) (?:once )?(?:thought|had (?:any )?"
    r"thoughts?|considered) (?:about |of )?(?:ending|taking|killing|hurting|harming) "
    r"(?:my (?:own )?life|myself|anyone|anybody|him|her)\b|"
    # "Not my uncles, not anyone." (after "Are you angry ... enough to want to hurt them?")
    r"^(?:and |but )?(?:not [\w' ]{1,20}, )?not (?:anyone|anybody|a soul|one person)\W*$|"
    # a joke that names something else: "Only thing I'm killing is this pot of coffee."
    r"^(?:the )?only (?:thing|one|person)s? i(?:'m| am|'ll| will|'d| would)? (?:be )?(?:killing|"
    r"kill|hurting|hurt|harming|murdering|ending|strangling|shooting|stabbing|cutting|drowning) "
    r"(?:is|are|'s)\b|"
    # "But alive, yes, I want to be alive." (after "Here in this town? Every day.")
    r"^(?:but,? )?(?:alive|living|life|to live)?,? ?(?:yes|yeah)?,? ?i (?:do |really |still |very "
    r"much )?want to (?:be alive|live|stay alive)\W*$"
)


#: "(But) I'd never hurt a hair on her head.", "I would never lay a finger on him": harm to
#: another named and denied for all time, late in an answer
_NEVER_HARM = re.compile(
    r"^(?:but |and )?i(?:'d| would| will|'ll)? never (?:ever )?(?:hurt|harm|hit|touch|strike|"
    r"lay a (?:hand|finger) on|lift a (?:hand|finger) to|raise a hand to)\b"
)


def denied_by_name(low: str) -> bool:
    """The sentence denies the thing asked by name, or says the speaker wants to live."""
    return bool(_NAMED_THEN_NO.match(low) or _NEVER_HARM.match(low))
