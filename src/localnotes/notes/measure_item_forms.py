"""The short screens read aloud item by item, as data, for `measure_item_answers`: each form's
items in its own words, in order, its answer scale, and its answers in its own words with their
scores."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Form:
    name: str  # as the draft names its total (its range in RANGES)
    short: str  # its items' names: "HITS item 1"
    lowest: float  # an item's scale
    highest: float
    items: tuple[str, ...]  # each item's wording, in order
    words: tuple[tuple[str, float], ...] = ()  # an answer in the form's words, and its score
    # a yes-or-no screen's items are charted when answered in words too: "Yes." is its 1 (and
    # a three-word scale's, each word's score read out with it: "Hardly ever is one, ...")
    by_words: bool = False


#: the PHQ's and the GAD's answers in their own words, each with its score (0-3)
PHQ_WORDS = (
    ("not at all", 0),
    ("several days", 1),
    ("more than half (?:of )?the days", 2),
    ("(?:nearly|almost) every day", 3),
)
#: the first item of the PHQ (PHQ-2, PHQ-9) and of the GAD (GAD-2, GAD-7), as the forms word them
PHQ_FIRST = r"\blittle interest or pleasure in doing things\b"
GAD_FIRST = r"\bfeeling nervous,? anxious,? or (?:on|un)[\s-]?edge\b"  # "un-edge", as heard
_WHO = r"(?:you|her|him|them)"
#: a yes-or-no screen's answers, as said
_YES_NO = (("yes|yeah|yep|yup", 1), ("no|nope|never", 0))
_WHO_DOES = r"(?:you|he|she|they)"
FORMS = (
    Form(
        "HITS",
        "HITS",
        1,
        5,
        (
            rf"\bphysically hurts? {_WHO}\b|\bhurt {_WHO} physically\b",
            rf"\binsults? {_WHO}\b|\btalks? down to {_WHO}\b",
            rf"\bthreatens? {_WHO} with (?:physical )?harm\b",
            rf"\bscreams? or curses? at {_WHO}\b|\bcurses? or screams? at {_WHO}\b",
        ),
        (("never", 1), ("rarely", 2), ("sometimes", 3), ("fairly often", 4), ("frequently", 5)),
    ),
    Form(
        "SDS (Severity of Dependence Scale)",
        "SDS",
        0,
        3,
        (
            r"\b(?:use|using|drinking|gambling)\b[^.?!]{0,40}\bout of control\b",
            r"\b(?:prospect|thought|idea) of missing\b",
            r"\bworr(?:y|ied) about (?:your|his|her|the) (?:use|using|drinking|gambling)\b",
            # (read on by the client: "And did I wish I could stop, that's the next one?")
            r"\bwish(?:ed)? (?:you|he|she|i) could stop\b",
            r"\bhow (?:difficult|hard) would (?:you|he|she) find it to stop\b|"
            r"\bhow (?:difficult|hard) would it be (?:for (?:you|him|her) )?to stop\b",
        ),
        (
            ("never|almost never", 0),
            ("sometimes", 1),
            ("often", 2),
            ("always|nearly always", 3),
            ("not difficult", 0),
            ("quite difficult", 1),
            ("very difficult", 2),
            ("impossible", 3),
        ),
    ),
    Form(
        "Altman Self-Rating Mania Scale (ASRM)",
        "ASRM",
        0,
        4,
        (
            r"\b(?:happier or )?more cheerful than usual\b|\bhappier than usual\b",
            r"\bmore (?:self-)?confident than usual\b",
            r"\bless sleep than usual\b|\bsleep(?:ing)? less than usual\b",
            r"\btalk(?:ing)? more than usual\b",
            r"\bmore active than usual\b",
        ),
    ),
    Form(
        "PHQ-2",
        "PHQ-2",
        0,
        3,
        (
            PHQ_FIRST,
            r"\b(?:feeling|felt) down,? depressed,? or hopeless\b",
        ),
        PHQ_WORDS,
    ),
    Form(
        "GAD-2",
        "GAD-2",
        0,
        3,
        (
            GAD_FIRST,
            r"\bnot being able to stop or control (?:your |his |her )?worrying\b",
        ),
        PHQ_WORDS,
    ),
    Form(
        "Mini-SPIN (Mini-Social Phobia Inventory)",
        "Mini-SPIN",
        0,
        4,
        (
            r"\bfear of embarrassment causes (?:me|you|him|her|them) to avoid\b",
            r"\bavoids? activities in which (?:i am|i'm|you are|you're|he is|she is) the "
            r"cent(?:er|re) of attention\b",
            r"\bbeing embarrassed or looking stupid (?:are|is) among (?:my|your|his|her) worst "
            r"fears\b",
        ),
        (("not at all", 0), ("a little(?: bit)?", 1), ("somewhat", 2), ("very much", 3),
         ("extremely", 4)),
    ),
    Form(
        "AUDIT-C",
        "AUDIT-C",
        0,
        4,
        (
            # (or only "a drink", the options read after it)
            rf"\bhow often do(?:es)? {_WHO_DOES} have a drink(?: (?:containing|with) alcohol)?\b",
            r"\bhow many (?:standard )?drinks\b[^.?!]{0,60}\btypical day\b|"
            r"\btypical day\b[^.?!]{0,40}\bhow many\b",
            r"\bhow often\b[^.?!]{0,40}\b(?:six|6) or more(?: drinks)? on (?:one|a single) "
            r"occasion\b",
        ),
    ),
    Form(
        "PC-PTSD-5 (Primary Care PTSD Screen)",
        "PC-PTSD-5",
        0,
        1,
        (
            r"\bnightmares about (?:it|the event|them)\b|\bthought about (?:it|the event) when "
            r"(?:you|he|she) did(?:n't| not) want to\b",
            r"\btried hard not to think about (?:it|the event)\b|"
            r"\bgone out of (?:your|his|her) way to avoid\b",
            r"\bconstantly on guard\b|\beasily startled\b",
            r"\bnumb or detached\b",
            r"\bguilty or unable to stop blaming\b",
        ),
        (("yes", 1), ("no", 0)),
        by_words=True,
    ),
    Form(  # items 2 and 3 are scored reversed: only scores said as numbers count
        "PSS-4 (Perceived Stress Scale)",
        "PSS-4",
        0,
        4,
        (
            r"\bunable to control the important things in (?:your|his|her|my) life\b",
            r"\bconfident (?:about|in) (?:your|his|her|my) ability to handle (?:your|his|her|my) "
            r"personal problems\b",
            r"\bthings were going (?:your|his|her|my) way\b",
            r"\bdifficulties were piling up so high\b",
        ),
    ),
    # the ADHD screener, the first six items of the ASRS, each never (0) to very often (4)
    Form(
        "ASRS part A",
        "ASRS",
        0,
        4,
        (
            r"\btrouble wrapping up the (?:final )?details\b",
            r"\bdifficulty getting things in order\b",
            r"\bproblems remembering appointments\b",
            r"\bavoid or delay getting started\b",
            r"\bfidget or squirm\b",
            r"\boverly active and compelled\b|\bdriven by a motor\b",
        ),
        (("never", 0), ("rarely", 1), ("sometimes", 2), ("often", 3), ("very often", 4)),
    ),
    # distress in the past month, six items, none of the time (0) to all of the time (4)
    Form(
        "K6 (Kessler Psychological Distress Scale, six items)",
        "K6",
        0,
        4,
        (
            r"\bnervous\b",
            r"\bhopeless\b",
            r"\brestless or fidgety\b",
            r"\bso depressed that nothing could cheer\b",
            r"\beverything was an effort\b",
            r"\bworthless\b",
        ),
        (("none(?: of the time)?", 0), ("a little(?: of the time)?", 1),
         ("some(?: of the time)?", 2), ("most(?: of the time)?", 3), ("all(?: of the time)?", 4)),
    ),
    # drinking's four yes-or-no questions: cut down, annoyed, guilty, eye-opener
    Form(
        "CAGE",
        "CAGE",
        0,
        1,
        (
            r"\bcut down on (?:your|his|her|the|their) drinking\b",
            r"\bannoyed (?:you|him|her|them)?\s*by criticising\b|\bannoyed\b[^.?!]{0,40}\bcriticiz",
            r"\b(?:bad or guilty|guilty) about (?:your|his|her|their) drinking\b",
            r"\beye[\s-]?opener\b|\bdrink first thing in the morning\b",
        ),
        _YES_NO,
        by_words=True,
    ),
    # eating's five yes-or-no questions: sick, control, one stone, fat, food
    Form(
        "SCOFF",
        "SCOFF",
        0,
        1,
        (
            r"\bmake (?:yourself|himself|herself|themselves) sick\b",
            r"\blost control over how much (?:you|he|she|they) eats?\b",
            r"\blost more than (?:one|1|a) stone\b|\blost more than (?:six|6) (?:kilos|kg)\b",
            r"\bbelieves? (?:yourself|himself|herself|themselves) to be fat\b",
            r"\bfood dominates (?:your|his|her|their) life\b",
        ),
        _YES_NO,
        by_words=True,
    ),
    # a teenager's substance use, six yes-or-no questions: car, relax, alone, forget, family or
    # friends, trouble (a yes said as "Obviously." too)
    Form(
        "CRAFFT",
        "CRAFFT",
        0,
        1,
        (
            r"\bridden in a car driven by\b|\bin a car driven by someone\b",
            r"\b(?:use|using|drink|drinking)\b[^.?!]{0,30}\bto relax\b",
            r"\bby (?:yourself|himself|herself|themselves),? (?:or )?alone\b|"
            r"\bwhile (?:you're|you are|he's|she's|they're) alone\b",
            r"\bforget things (?:you|he|she|they) did while\b",
            r"\b(?:family or friends|friends or family)\b[^.?!]{0,40}\bcut down\b",
            r"\b(?:gotten|got|get|been) into trouble while\b",
        ),
        (("yes|yeah|yep|yup|obviously|of course|definitely", 1), ("no|nope|never", 0)),
        by_words=True,
    ),
    # loneliness in three questions, hardly ever (1) to often (3): companionship, left out,
    # isolated
    Form(
        "UCLA Loneliness Scale",
        "UCLA",
        1,
        3,
        (
            r"\black (?:of )?companionship\b",
            r"\bleft out\b",
            r"\bisolated from others\b",
        ),
        (("hardly ever|never", 1), ("some of the time|sometimes", 2), ("often", 3)),
        by_words=True,
    ),
)  # fmt: skip
