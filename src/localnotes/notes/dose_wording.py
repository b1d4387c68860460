"""The wording of doses and dose changes that `medications` reads: units, frequencies, changes,
and the words around a number that make it a dose or not one ("at 6" a clock time, "levels of"
a blood level, "seven to 75 milligrams" a range)."""

from __future__ import annotations

import re

from localnotes.notes import tablet_wording as tw
from localnotes.notes.dose_changes import FROM_A_DAY

# the wording of tablets counted or split, kept in `tablet_wording`, read here by its callers
SO_TOTAL_BEFORE = tw.SO_TOTAL_BEFORE
SO_TOTAL_AFTER = tw.SO_TOTAL_AFTER
COUNT_WORDS = tw.COUNT_WORDS
FRACTION_OF_UNIT = tw.FRACTION_OF_UNIT
A_UNIT = tw.A_UNIT
COMBINED_STRENGTH = tw.COMBINED_STRENGTH
PERCENT_AFTER = tw.PERCENT_AFTER
TOPICAL = tw.TOPICAL
SO_FRACTION = tw.SO_FRACTION

UNITS = {
    "mg": "mg", "mgs": "mg", "milligram": "mg", "milligrams": "mg", "milligrams.": "mg",
    "mcg": "mcg", "microgram": "mcg", "micrograms": "mcg", "ml": "ml", "milliliter": "ml",
    "milliliters": "ml", "g": "g", "gram": "g", "grams": "g", "units": "units",
    # "thirty mils twice a day" (said for ml; not "mil", a million)
    "mils": "ml", "mls": "ml", "millilitre": "ml", "millilitres": "ml",
    # "fifty mics" (said for micrograms); "twenty mil" of a tablet, as British, Irish and
    # New Zealand speech says milligrams (a liquid's volume is read from its own words)
    "mic": "mcg", "mics": "mcg", "mil": "mg",
    # international units, as vitamin D is labelled: "eight hundred IU"
    "iu": "units", "i.u.": "units", "international units": "units",
}  # fmt: skip
UNIT_AFTER = re.compile(
    r"^\s*-?\s*(mgs?|milligrams?|mcg|micrograms?|mics?|ml|mls|mils?|milliliters?|millilitres?|grams?|g)\b",
    re.I,
)
BARE_BEFORE = re.compile(
    r"(?:\b(?:at|on|to|of|from|take|taking|takes)\s+(?:the\s+)?|\b[a-z]+(?:'s)?,?\s+)$", re.I
)
NOT_DOSE_AFTER = re.compile(
    r"^\s*(?:-\s*)?(?:weeks?|days?|months?|years?|hours?|minutes?|times?|o'clock|am\b|pm\b|"
    r"a\.m|p\.m|percent|%|pounds|kilos?|out of|/|and a half (?:weeks|months)|or so|nights?|"
    r"mornings?|pills?|tablets?|capsules?|people|sessions?|drinks?|beers?|"
    # the shots or sprays of a drug given counted: "the naloxone, two shots"
    r"shots|sprays|jabs|"
    # a distance or a sum of money, never a dose: "We went to Napa, five hundred miles."
    r"miles|kilomet(?:er|re)s|km\b|met(?:er|re)s|feet|steps|dollars|euros|bucks|quid|rupees|"
    r"taka|pesos|"
    # a count of tablets of a strength: "three of the 300s"
    r"of (?:the|my|those|these) (?:\d|[a-z]+s\b|[a-z]+[\s-]hundreds\b|[a-z]+-[a-z]+s\b)|"
    r"of (?:them|those|these|us|hers|his|mine|theirs|yours)\b)",
    re.I,
)
FREQUENCY = re.compile(
    r"\b(?:once|twice|three times|four times|two times) (?:a|per|each) day\b|"
    r"\b(?:once|twice) daily\b|"
    r"\bdaily\b|\bnightly\b|\bevery (?:morning|night|evening|day|other day)\b|"
    r"\b(?:once|twice) (?:a|per|each) week\b|\bweekly\b|"
    r"\bin the (?:morning|evening)\b|\bat (?:night|bedtime)\b|\bbefore bed\b|"
    r"\bas needed\b|\bwhen (?:needed|i need it)\b|\bprn\b",
    re.I,
)
MED_CONTEXT = re.compile(
    r"\b(?:tak(?:e|es|ing)|took|prescri\w*|medications?|medicines?|meds|dose|pills?|milligrams?|mg|"
    r"tablets?|refill|pharmacy|on (?:the )?\w+ now|micrograms?|mcg|units|inhaler|puffs?|"
    # a drug's form: "the lidocaine ointment", "the liquid"
    r"ointments?|creams?|gels?|patch(?:es)?|liquid|syrup|suppositor(?:y|ies)|injections?|"
    r"started (?:me |you |him |her |them )?on)\b",
    re.I,
)
DOSE_BEFORE = re.compile(  # also "Sixty milligrams, then, of the methadone."
    r"\s*-?\s*(?:mgs?|milligrams?|mcg|micrograms?|ml|units)(?:,\s*(?:then|so|right),)?\s+"
    # "the two three hundred milligram shots of the Sublocade", "the 56 milligram dose of Spravato"
    r"(?:(?:shots?|injections?|jabs?|depots?|tablets?|capsules?|pills?|pens?|doses?|patch(?:es)?|"
    r"sprays?)\s+(?=of\b))?"
    # (or a change's dose on the drug: "go up to fifty milligrams on the sertraline")
    r"(?:of\s+|on\s+(?=(?:the|your|my)\s))?(?:the\s+|your\s+|my\s+)?",
    re.I,
)
WORD = re.compile(r"[A-Za-z]{2,}")
LITTLE_WORDS = frozenset(
    ["to", "of", "the", "a", "an", "and", "or", "on", "in", "at", "up", "down", "off", "for",
     "with", "my", "your", "his", "her", "it", "is", "was", "be", "so",
     # verbs and adverbs of a clause: "you still have nightmares" is no "Stalevo" misheard
     "have", "has", "had", "still", "just", "are", "were", "will", "can", "not",
     # a title before a person's name: "So Doctor Osei" is no drug misheard
     "doctor", "dr", "nurse", "mister", "mr", "mrs", "ms", "miss", "professor"]
)  # fmt: skip
DOSE_FOLLOWS = re.compile(
    # (or with "the": "the Nexium, the twenty")
    r"^[,\s]*(?:at\s+|is\s+|the\s+(?!one\b))?(?:\d|\.\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a hundred|"
    r"a thousand|point|half a)\b)",
    re.I,
)
#: a dose said before a drug named in another clause ("down to fifty mg twice a day, and ibuprofen")
ANOTHER_CLAUSE = re.compile(r"(?:\b(?:and|plus|also)\b|;)\s*(?:\w+\s+){0,3}$", re.I)
#: a clock time said with "at": "bed at midnight and up at 6", "home at 5"
CLOCK_BEFORE = re.compile(
    r"\b(?:up|bed|wake|wakes|woke|home|leave|leaves|until|till|by|dinner|lunch|breakfast|work|"
    r"school|out|start|starts|finish|finishes)\s+at\s+$",
    re.I,
)
#: when a dose is taken, an hour with no unit: "she takes it at nine", "I took my Suboxone at six"
#: (not "taking it at fifty")
_TAKEN_AT = re.compile(
    r"\b(?:take|takes|took|taking|taken|have|has|had|give|gives|gave)\s+"
    r"(?:it|them|one|that|(?:my|his|her|their|your|the) [a-z][\w-]*)\s+at\s+$",
    re.I,
)


def said_as_hour(before: str, value: float) -> bool:
    """A number said as a time of day after `before`: "up at 6", "she takes it at nine"."""
    return bool(CLOCK_BEFORE.search(before) or (value <= 12 and _TAKEN_AT.search(before)))


#: a bare number that starts a range whose end has the unit: "seven to ten milligrams"
RANGE_TO_DOSE = re.compile(
    r"^\s*(?:to|or|-)\s*(?:\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+)?)\s*-?\s*(?:mgs?|milligrams?|mcg|"
    r"micrograms?)\b",
    re.I,
)
#: a word the lexicon does not know, capitalized mid-sentence right before a dose ("switching me
#: to Zippurksa, 5 milligrams"): a drug the lexicon does not know, whose dose is not the
#: previous drug's
UNKNOWN_NAME_BEFORE = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,},?\s+(?:at\s+|is\s+)?$")
#: between a drug named as earlier or stopped and its dose: "The Adderall was 20 milligrams",
#: "They stopped the letrozole, that was 2.5 milligrams"
WAS_DOSE = re.compile(
    r"^(?:'s)?(?:,?\s+(?:that|which|it))?\s+(?:was|were|used to be)\s+(?:at\s+|on\s+)?$", re.I
)
LEVEL_BEFORE = re.compile(r"\blevels?\s+(?:was|is|were|of|at|came (?:back )?(?:at|to))\s+$", re.I)
#: a tablet's release form after its strength: "the one fifty XL", "300 ER"
RELEASE_AFTER = re.compile(r"^\s*-?\s*(?:xl|er|sr|xr|cr|la|odt)\b", re.I)
#: a bare number in an answer about a drug, said with how often it is taken: "Five hundred,
#: twice a day.", "Six sixty-six each time"
BARE_WITH_FREQUENCY = re.compile(
    # a filler may stand between: "Four hundred, like, most days."
    r"^[\s,]*(?:(?:like|um|uh|er|erm),\s+)?"
    # (hedged: "Point five, maybe four times a week")
    r"(?:(?:maybe|about|around|roughly|usually|normally)\s+)?"
    r"(?:(?:each|every) (?:time|dose|morning|night|evening|day|week)|(?:once|twice|(?:two|three|"
    r"four|five|six|a few) times) (?:a|per|each) (?:day|week)|a day|weekly|at (?:night|bedtime)|"
    # ("the" said "da" in Shetland, "di" in Belizean Kriol: "one in da morning")
    r"in (?:the|da|di) (?:morning|evening)|most (?:days|nights|mornings|evenings)|"
    # both times of day said: "Five hundred, morning and evening.", "night and morning"
    r"(?:(?:in the )?mornings?|(?:at )?nights?|(?:in the )?evenings?) and (?:at )?"
    r"(?:mornings?|nights?|evenings?)|"
    # taken with a meal: "Five hundred with dinner."
    r"with (?:dinner|breakfast|lunch|supper|tea|food|meals?|a meal)|"
    # one tablet and when: "Seven point five, one a night.", "Fifty, one tablet at bedtime"
    r"(?:one|a|1)(?: tablet| pill| capsule)? (?:a|at|each|every|per|in the) (?:night|day|morning|"
    r"evening|bedtime)|"
    # how a dose is told: "Twenty-five, as needed.", "Twenty-five for a week, and fifty since
    # Monday", "Twenty-five to start."
    r"as needed|if needed|when (?:i|you|he|she|they) needs? (?:it|one|them)|prn|to (?:start|begin)|"
    r"at first|for (?:a|one|two|three|four|the first) (?:days?|weeks?|months?)|since|"
    # "Twenty-five for now"; a long-acting injection's: "Two hundred every fortnight"
    r"for now|for the moment|every (?:fortnight|month|(?:two|three|four|2|3|4) weeks|"
    r"(?:three|3) months)|monthly|fortnightly)\b",
    re.I,
)
#: between a bare number and the drug it is a dose of: "twenty-five of lamotrigine"
OF_DRUG = re.compile(r"\s+of\s+", re.I)  # "two of the lamotrigine" counts tablets
#: "eight hundred of the Priadel", "seventy-five twice a day of the Nucynta"
OF_THE_DRUG = re.compile(
    r"\s+(?:(?:once|twice|three times|four times) (?:a|per) day\s+|at night\s+|in the morning\s+)?"
    r"of\s+(?:the|your|my)\s+",
    re.I,
)
#: between the two doses of "from thirty to sixty", "down from a hundred to fifty milligrams"
FROM_TO = re.compile(r"\s*(?:mgs?|milligrams?)?\s+(?:up\s+|down\s+)?to\s+(?:the\s+)?", re.I)
#: between a drug stopped and its dose: "I stopped the melatonin, the three milligrams"
APPOSITION = re.compile(r",\s+(?:the\s+)?", re.I)
#: when a drug was taken, said between its name and its dose: "the topiramate last year, the
#: twenty-five"
WHEN_TAKEN = (
    r"\s+(?:(?:last|this|that)\s+(?:year|month|week|spring|summer|autumn|fall|winter|time)|"
    r"before|back then|years ago|any ?more|now)"
)
#: between a drug's name (with its form, capitalized) and its strength in apposition: "the Invega
#: Sustenna, the one fifty-six", "the Zoloft, the fifty"
#: the tablet told by its look: "the big one", "the little green one", "the small ones", "the wee
#: melty one" (a melt), "da wee melty one" ("the" as Shetland says it)
_BY_LOOK = (
    r"(?:the|da|di)\s+(?:(?:little|small|big|large|tiny|wee|white|pink|yellow|blue|round|green|"
    r"red|orange|brown|purple|melty|melting|dissolving|chewable|chewy|fizzy|soluble)\s+){1,2}"
    r"ones?,\s+"
)
NAME_THEN_DOSE = re.compile(  # (or asked back: "And the Imovane, you're taking seven point five?")
    # (or what it is for, or "too": "the Bonamine for the dizziness, the twenty-five", "The
    # Crestor for cholesterol, ten.", "The hydroxyzine too, the little green one, twenty-five";
    # both: "the Zoton for my stomach with it, the wee melty one, fifteen")
    r"\s+for\s+(?:(?:the|my|me|mi|ma|his|her|your|their|our)\s+)?[a-z]+"
    r"(?:\s+(?:with|wi')\s+(?:it|them))?,\s+(?:" + _BY_LOOK + r")?(?:the\s+)?|"
    # when in the day it is taken, the strength bare after it: "the Ritalin in the morning, twenty"
    # (its release form between: "the Ritalin LA in the morning, twenty", also as speech
    # recognition writes its letters: "the Ritalin L.A. in the morning, 20")
    r"(?:\s+(?-i:XL|XR|SR|MR|CR|ER|LA|CD|[XSMCEL]\.[LRAD]\.))?\s+(?:in the (?:morning|evening)|"
    r"at (?:night|bedtime)|"
    r"every (?:morning|night|evening)),\s+|"
    r"(?:\s+[A-Z][a-z]+|" + WHEN_TAKEN + r"|\s+too)?,\s+(?:the\s+|"
    # a hesitation before the dose, "the" said again after it: "Carvedilol, the, uh, the six"
    r"(?:the,\s+)?(?:uh|um|er|erm|ah),\s+(?:the\s+)?|"
    r"(?:you're|you are|you've been|are you)\s+(?:still\s+)?(?:taking|on)\s+(?:the\s+)?|"
    # the tablet told by its look between: "the cotrimoxazole, the big one, nine hundred and sixty"
     + _BY_LOOK + r")"
)


def changed_from(ahead: str, between: str) -> bool:
    """The dose before "to" is where a change started: "from thirty to sixty", or, leading the
    sentence with its unit, "Thirty-six milligrams to fifty-four"."""
    if AGES_FROM.search(ahead):  # "When I lived with him, from eight to twelve": ages
        return False
    return bool(
        re.search(r"\bfrom\s+(?:the\s+)?$", ahead, re.I)
        or (not re.search(r"\w", ahead) and re.match(r"\s*(?:mgs?|milligrams?)\b", between, re.I))
    )


#: a time of life before "from ... to": "When I lived with him in Soweto, from eight to twelve"
AGES_FROM = re.compile(
    r"\b(?:when|while)\s+(?:i|we|you|he|she|they)\s+(?:lived|was|were|grew up|stayed)\b"
    r"[^.;?!]*,\s*from\s+(?:[\w.]+(?:[\s-][a-z]+)?\s+to\s+)?$",
    re.I,
)


def clause_before(text: str) -> str:
    """The text of the clause that ends where `text` ends (back to a full stop or semicolon)."""
    return re.split(r"[.;:!?]\s", text)[-1]


#: a titration's next step, said bare: "twenty-five for a week, then the fifty", "so twenty-five,
#: then the full fifty every morning"
THEN_DOSE_BEFORE = re.compile(r"\bthen\s+(?:up\s+to\s+)?(?:the\s+)?(?:full\s+|whole\s+)?$", re.I)
#: after a titration's first step, said bare: "the twenty-five for a week, and then", "twenty-five
#: for two weeks to start, then"
STEP_THEN_AFTER = re.compile(
    r"^\s+for\s+(?:a|an|one|two|three|four|five|six|\d+|the first|a couple of)\s+"
    r"(?:\w+\s+)?(?:days?|weeks?|months?|nights?)\b(?:\s+[\w'-]+){0,3}?,?\s+(?:and\s+)?then\b",
    re.I,
)
#: a tablet's strength said as a plural of hundreds: "the four hundreds", "the five hundreds"
HUNDREDS_AFTER = re.compile(r"^\s+hundreds\b", re.I)
#: the dose now, said "it's twenty now", "I'm on the fifty now"
IS_NOW_BEFORE = re.compile(r"\b(?:it's|it is|i'm on|i am on|i'm at|i am at)\s+(?:the\s+)?$", re.I)
IS_NOW_AFTER = re.compile(r"^\s*(?:mgs?|milligrams?)?\s+now\b", re.I)
#: one tablet of a strength: "one fifty milligram tablet" (singular "milligram" before the form)
A_TABLET_AFTER = re.compile(
    r"^\s*-?\s*(?:milligram|mg)\s+(?:tablets?|tabs?|pills?|capsules?)\b", re.I
)
#: a tablet split: "half of the one milligram", "half of a twenty-five"
HALF_OF_BEFORE = re.compile(r"\bhalf\s+of\s+(?:the\s+|a\s+|an\s+)?$", re.I)
#: between a drug's name and a tablet split said of it: "bisoprolol, he takes the wee half of the
#: five", "the Lexotan, half of the three", "The zopiclone, the half of the seven-point-five"
HALF_AFTER_NAME = re.compile(
    r",?\s+(?:(?:he|she|i|they|you|we)\s+(?:takes?|gets?|has|had|took|got)\s+)?(?:the\s+)?"
    r"(?:(?:wee|little|small)\s+)?half\s+of\s+(?:the\s+|a\s+|an\s+)?",
    re.I,
)
#: a count of tablets a day or a time: "up to two a day", "three a day", "three at a time"
#: a sum of money said before "mil" in its clause: "We owe thirty mil on the house", "the house
#: went for two mil", "he won a mil" (a million, never a dose)
MONEY_BEFORE = re.compile(
    r"\b(?:owe[sd]?|owing|worth|costs?|costing|paid|pay(?:s|ing)?|earn(?:s|ed|ing)?|won|wins?|"
    r"lost|lose|spent|spend|borrow(?:ed)?|debts?|salary|sold|bought|budget|mortgage|loan|"
    r"went for|goes for|go for|price[ds]?|lottery|house|flat|business|company)\b",
    re.I,
)
#: a liquid said of in the sentence: "mil" there is millilitres ("Two and a half mil on the
#: little spoon" of Oramorph), weighed as the liquid's strength says
LIQUID = re.compile(
    r"\b(?:spoons?|spoonfuls?|teaspoons?|bottles?|syrup|liquid|mixture|solution|suspension|"
    r"elixir|linctus|oramorph|syringe|cup)\b",
    re.I,
)
COUNT_A_DAY_AFTER = re.compile(  # (or "every day": "point two five microgram, one every day")
    r"^\s+(?:(?:a|per|each|every)\s+day|at\s+a\s+time|at\s+once)\b", re.I
)


#: a fraction of a unit after the number: "point five of a milligram"
OF_A_UNIT = re.compile(r"^\s+of\s+an?\s+(milligram|mg|microgram|mcg|gram)\b", re.I)
#: a time of day said as hour and minutes: "at nine fifteen", "around 7:30"
CLOCK_TIME = re.compile(
    r"\b(?:at|by|around|until|till)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|\d{1,2})(?:\s+|:)(?:oh[\s-][a-z]+|fifteen|thirty|forty[\s-]five|\d{2})\b",
    re.I,
)
#: an article right before a bare number: "it was a seven" is a rating or a count
ARTICLE_BEFORE = re.compile(r"\ban?\s+$", re.I)


#: before a bare number said after a drug's name, the dose kept: "the Zomorph at night, still the
#: two hundred?", "the sertraline, still on the fifty"
STILL_AT = re.compile(r"\bstill\s+(?:on\s+|at\s+|taking\s+)?(?:the\s+)?$", re.I)

#: before a dose with its unit, the dose taken now: "You're on a hundred milligrams?"
ON_DOSE_BEFORE = re.compile(
    r"\b(?:you're|you are|i'm|i am)\s+(?:still\s+)?(?:on|taking)\s+(?:the\s+)?$", re.I
)
#: a capitalized word right before a dose, the lexicon's drug not known there, with a few words
#: between: "the Buccastem, the little three milligram tablets", "Selincro, eighteen milligrams"
NAME_AHEAD = re.compile(
    r"(?<=[a-z,] )(?<!\b(?:Dr|Mr|Ms) )(?<!\bMrs )([A-Z][a-z]{3,}),\s+(?:(?:the|a|those|these)\s+)?"
    r"(?:[a-z]+\s+){0,2}$"
)

#: before and after a bare number, a dose planned on a condition (`SAID_IF`)
SAID_BEFORE = re.compile(r"\b(?:said|says|suggested)\s+$", re.I)
IF_AFTER = re.compile(
    r"^\s+(?:mgs?\s+|milligrams?\s+)?(?:if|once|when|" + FROM_A_DAY + r")\b", re.I
)

#: "at" before a whole number up to twelve, after a word that says no dose is kept or moved
#: ("the platform at six", "the meeting at ten"): a time of day ("keep you at ten", "I'm at
#: twelve", "up at 6" a dose or another rule's)
AT_A_CLOCK = re.compile(
    r"\b(?!(?:it|is|it's|i'm|im|we're|you're|he's|she's|me|you|him|her|them|us|stay|stays|"
    r"staying|stayed|keep|keeps|keeping|kept|still|up|down|back|dose|left|start|started|"
    r"starting|restart|restarted|leave|leaving|hold|holding|held|mg|milligrams?)\b)"
    r"[a-z']+\s+at\s+$",
    re.I,
)

#: after an amount with its unit, what is weighed is food or drink, not a drug: "ten grams of
#: carbs", "forty grams of sugar", "two hundred millilitres of wine"
#: insulin's unit, "thirty-two units at night", "twenty-two units of Lantus"; not alcohol's, which
#: is counted by the week or the day ("thirty units a week") in a sentence about drinking
UNITS_AFTER = re.compile(
    r"^\s+(units|iu|i\.u\.|international units)(?!\w)"
    r"(?!\s+(?:a|per|each|every)\s+(?:week|day|night)|\s+weekly)",
    re.I,
)
DRINKING = re.compile(
    r"\b(?:drink\w*|drank|alcohol|booze|wine|beers?|lager|cider|pints?|cans|vodka|whiske?y|gin|"
    r"spirits|bottles?)\b",
    re.I,
)
FOOD_AFTER = re.compile(
    r"^\s+of\s+(?:carbs?|carbohydrates?|sugars?|fat|protein|fibre|fiber|salt|sodium|"
    r"caffeine|alcohol|water|milk|juice|wine|beer|spirits?)\b",
    re.I,
)


#: before a dose said alone: "The point two five.", "I think it's fifty.", "Still the hundred."
HEDGED_LEAD = re.compile(
    r"^\W*(?:(?:i think|i believe|pretty sure|i'm pretty sure|um|uh|er|erm|well|maybe|probably)"
    r"\W+)*(?:it's|it is|i'm on|i am on|i take|still)?\s*(?:the\b)?",
    re.I,
)

#: a question of something else: "How old is your mum?" (not a clause: "When we were on ...")
ASKS_ELSE = re.compile(
    r"^\W*(?:and |so )?(?:how (?:old|long|far)|what time|when(?=.*\?\W*$)|where|who)\b", re.I
)


#: a drug started that no name was found for (misheard: "started search for line"), not "started
#: it", "started me on", "started at", "started last week on", "started twenty-five"
STARTS_ANOTHER = re.compile(
    r"\b(?:started|starting|put (?:me|you|him|her|them) on|added)\s+(?!(?:it|that|this|them|those|"
    r"me|you|him|her|us|the|a|an|my|your|his|her|on|at|with|by|back|up|again|off|taking|last|"
    r"this|yesterday|today|in|from|since|about|around|just|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|"
    r"ninety|hundred|point|half|and|but|so|to)\b|\d)[a-z]+",
    re.I,
)
