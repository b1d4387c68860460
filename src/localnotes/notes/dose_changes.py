"""The words of a dose change that `medications` reads: what a change is said as ("go up to",
"come off", "now it's"), and the words right before a bare number that make it the new dose
("raised it to", "went to", "from a hundred and fifty to")."""

from __future__ import annotations

import re

#: the dose now, said after the one before: "I was on fifty, now it's a hundred", "Now I'm on five"
#: (or as second-language English says it: "was three hundred, now is three fifty")
NOW_AT = (
    r"(?:^|[,;]\s*|\b(?:and|so|but)\s+)now,?\s+(?:(?:it's|it is|is|i'm|i am|we're|we are)\s+)?"
    r"(?:on\s+|at\s+|taking\s+|down to\s+|up to\s+)?(?:the\s+)?(?=[\w-]+)"
)
#: the day a planned dose starts: "from Monday", "from next week", "from the start of the month"
FROM_A_DAY = (
    r"from\s+(?:next|tomorrow|today|the\s+(?:start|first|beginning|end)|(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day)"
)
#: a dose planned on a condition, said bare: "Dr Farouk said a thousand if the level is still
#: low", "she said fifty milligrams once you're sleeping"
SAID_IF = (
    r"\b(?:said|says|suggested)\s+(?:a\s+|an\s+)?(?:\d[\d.,]*|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
    r"thousand|point|half)\b)(?:[\s-][\w.]+){0,3}?\s+(?:mgs?\s+|milligrams?\s+)?"
    r"(?:if|once|when|" + FROM_A_DAY + r")\b"
)
CHANGES = (
    ("stop", re.compile(r"\b(?:stop(?:ping)?|discontinu\w*|come off|coming off|taper(?:ing)? off|"
                        r"quit)\b", re.I)),
    ("increase", re.compile(r"\b(?:go(?:ing)? up|increas\w*|rais\w*|bump\w*|higher|"
        # not "up to three times a day": how often, at most
        r"up to(?! (?:\w+ )?(?:times?|a day|a week|tablets?|doses?)\b| twice\b)|"
        r"titrat\w* up|doubl(?:e|ed|ing) (?:it|that|the dose)|"
        r"tripl(?:e|ed|ing) (?:it|that))\b", re.I)),
    # (not what a drug lowers: "it can lower your appetite", "lowers the blood pressure")
    ("decrease", re.compile(r"\b(?:go(?:ing)? down|lower\w*(?! (?:your|his|her|their|the|my) "
        r"(?:appetite|blood|sugars?|cholesterol|heart|mood|weight|libido|seizure|risk|sodium|"
        r"energy)\b)|decreas\w*|reduc\w*|cut (?:it |"
        r"that )?back|halv(?:e|ed|ing) (?:it|that|the dose)|"
                            r"down to|taper\w*|drop(?:ping|ped)? (?:it |that |down )?to)\b",
                            re.I)),
    # (not "Let's start with the script": where the talk starts)
    ("start", re.compile(r"\b(?<!let's )(?<!let us )(?:start(?:ing)?(?!\s+of\b)|begin(?:ning)?|"
        r"add(?:ing)?|try (?:you )?on|prescrib\w*)\b", re.I)),
    # "she'd like to go to five milligrams", "he went to three hundred", "now it's a hundred": up
    # or down, as the dose before says
    ("change", re.compile(r"\b(?:go(?:ing|es)?|went|mov(?:e|ed|ing)|switch(?:ed|ing)?)"
                          r"(?: (?:me|you|him|her|it|us))? to\b|\bput (?:me|you|him|her|them) "
                          r"(?:up |down |back )?on\b|"
                          # "she wants to take it to two milligrams", "she wants me on sixty"
                          r"\btak(?:e|ing) (?:it|that) (?:up |down )?to\b|"
                          r"\bwants? (?:me|you|him|her|them) (?:on|at)\b|"
                          # (not a new topic led by "Now,": "Now, the Invega injection.")
                          + r"(?!^\W*now,\s+the\s+[a-z]+(?:\s+[a-z]+)?\s*(?:[,.?!]|$))"
                          + NOW_AT + "|" + SAID_IF + "|"
                          # "she's making it thirty-six starting tonight", "I'll write to
                          # your GP suggesting a hundred"
                          r"\b(?:mak(?:e|es|ing) (?:it|that)|(?:suggest|recommend)(?:s|ed|ing)?)"
                          r" (?=\d|(?:a |one |two |three |four |five |"
                          r"six |seven |eight |nine |ten |twelve|fifteen|twenty|thirty|forty|fifty|"
                          r"sixty|seventy|eighty|ninety|hundred))",
                          re.I)),
    ("continue", re.compile(r"\b(?:stay(?:ing)? on|keep(?:ing)? (?:you )?(?:on|at|the same)|"
                            r"continu\w*|same dose)\b", re.I)),
)  # fmt: skip

#: before a bare number, a change that says it is the new dose: "go up to", "raised it to", "he
#: went to", "moved me to", "up by five, so", "now it's", "from a hundred and fifty to"
BARE_CHANGE_BEFORE = re.compile(
    r"(?:\b(?:up|down|back|go|goes|going|move|moving|went|moved|switched|upped|drop|dropping|dropped|"
    r"cut|taper|tapering)(?: (?:me|you|him|her|"
    # (a strength to go to: "go up to the nine point five patch")
    r"it|us))?(?: up| down| back)? to\s+(?:the\s+)?|\bat\s+|"
    # (the tablets named by their strength: "From the thirty-six to the fifty-four")
    r"\bfrom\s+(?:the\s+)?[\w.]+(?:[\s-][a-z]+)?(?:\s+(?:mgs?|milligrams?))?\s+(?:up\s+|down\s+)?"
    r"to\s+(?:the\s+)?|"
    r"\bfrom\s+(?:a|one|two|three|four|five|six|seven|eight|nine)\s+hundred(?:\s+and\s+[a-z]+"
    r"(?:-[a-z]+)?)?\s+(?:up\s+|down\s+)?to\s+|"
    r"(?:^|\.\s+)[\w-]+(?:[\s-][a-z]+)?\s+(?:mgs?|milligrams?)\s+to\s+|\b(?:bump|rais|lower|drop|doubl|halv|tripl|"
    r"increas|decreas|tak|took|put|cut|brought)\w* (?:it|that|you|him|her|them|"
    # the drug called by its form: "raise the patch to point oh seven five"
    r"(?:the|your) (?:patch|dose|tablets?|pills?|injection|jab|depot|gel|spray|drops|liquid)) "
    r"(?:up |down |back )?to\s+|"
    # to a part of the dose before, then the new dose: "bring it down to half that, a hundred",
    # "up to double that, so forty"
    r"\b(?:up|down|back)?\s*to (?:half|double|twice|a third|a quarter)(?: of)? "
    r"(?:that|it|the dose|what you(?:'re| are)? (?:take|taking|on))?,\s+(?:so\s+)?(?:the\s+)?|"
    # no object: "I'd like to increase to two hundred"
    r"\b(?:increas|decreas|rais|lower|reduc)(?:e|es|ed|ing) to\s+|"
    r"\b(?:put|started|wants?) (?:me|you|him|her|them) (?:up |down |back )?on\s+|"
    r"\b(?:made|makes|make|making) it\s+|\b(?:suggest|recommend)(?:s|ed|ing)?\s+|"
    r"\b(?:i'm|i am|i was|we're|we are) (?:now )?on\s+"
    r"(?:the\s+(?:full\s+|whole\s+)?)?|"
    r"\bby\s+[\w-]+(?:\s+(?:mgs?|milligrams?))?,?\s+(?:so|making it|that's)\s+|"
    + NOW_AT.removesuffix(r"(?=[\w-]+)")
    + r")$",
    re.I,
)
