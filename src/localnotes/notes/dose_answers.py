"""A dose said first in the answer to a question about one drug, before a clause of its own:
"Omeprazole?" "Forty, because of the swallowing."; "You're on bisoprolol?" "Two point five, and
the cardiologist doubled it to five last week."; "And the OxyNorm?" "Two point five, the liquid."

The number leads the answer (after "the", "yes", or a tablet's form: "The modified-release
thirty, in the morning") and a comma or the end follows it. It is the drug's dose where the
lexicon gives that as a usual dose of it; for a drug the lexicon does not know, where it cannot be
a count of tablets (a whole number below five: "Two, morning and night").
"""

from __future__ import annotations

import re

from localnotes.clinical_lexicon import Medication
from localnotes.notes import dose_wording as dw
from localnotes.notes.numbers import NumberSpan, find_numbers
from localnotes.notes.sentences import Sentence

#: what may stand before the dose at the start of the answer
_LEAD_IN = re.compile(
    # (the dose asked back: "And the duloxetine?" "You're on the thirty?")
    # (or how often it is taken: "Sometimes, the twenty-five, if I'm wound up.")
    # (yes as English is said around the world: Scots "aye", "yup", "okay")
    r"\W*(?:(?:yes|yeah|yep|yup|aye|okay|ok|um|uh|erm|still|just|sometimes|occasionally|usually|"
    r"mostly)\W+)*"
    # (since when it is the dose: "Since last week a hundred and fifty.", "From Monday, forty.")
    r"(?:(?:since|from|as of)\s+(?:last\s+(?:week|month)|yesterday|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day)\W+)?"
    # ("the" said "da" in Shetland and "di" in Belizean Kriol: "Aye, da seventy-five")
    # (the prescriber's wish, with the dose it replaced: "Yes, she wanted forty now instead of
    # twenty.")
    r"(?P<wish>(?:she|he|they|the doctor|the psychiatrist)\s+(?:wants?|wanted)\s+"
    r"(?:(?:me|him|her)\s+on\s+)?)?"
    r"(?:(?:the|da|di)\s+|(?:(?:you're|you are|i'm|i am|he's|she's|still)\s+)?on\s+(?:the\s+)?)?"
    r"(?:(?:modified|slow|extended|immediate|sustained|controlled)[\s-]release\s+|"
    r"long[\s-]acting\s+|(?:little|small|big|usual)\s+|"
    # a release said by its letters: "The XL one-fifty", "the MR thirty"
    r"(?-i:XL|XR|SR|MR|CR|ER|LA|CD)\s+)?",
    re.I,
)
#: the tablet told by its look before its dose: "The small one, point two five, when I panic."
_BY_LOOK = re.compile(
    r"^\W*(?:the\s+)?(?:little|small|big|tiny|white|pink|yellow|blue|round)\s+one,\s+", re.I
)
#: one tablet counted before its strength: "One tablet, five hundred, when his head is sore."
_ONE_TABLET = re.compile(r"^\W*(?:just\s+)?(?:one|a|1)\s+(?:tablet|pill|capsule),\s+", re.I)
#: a tablet's strength said as a plural, leading the answer: "Yeah, the twenty-fives, one at night."
_PLURAL_LEAD = re.compile(
    # (one tablet of the strength: "One of the tens, an hour before.")
    # (in digits as speech recognition writes them: "The 25s, one at night.")
    r"^\W*(?:(?:yeah|yes|yep)\W+)?(?:one of\s+)?the\s+((?:[a-z]+[\s-])?[a-z]+?|\d+(?:\.\d+)?)"
    r"'?(ies|s)\b",
    re.I,
)


def _plural_lead(text: str) -> tuple[NumberSpan, ...]:
    """The strength a plural of a number leading `text` says ("the twenty-fives": 25), when the
    words, made singular, are one number of two or more; else nothing."""
    m = _PLURAL_LEAD.match(text)
    if m is None:
        return ()
    singular = m.group(1) + ("y" if m.group(2).lower() == "ies" else "")
    said = find_numbers(singular)
    if len(said) != 1 or said[0].start != 0 or said[0].end != len(singular) or said[0].value < 2:
        return ()
    return (NumberSpan(m.start(1), m.end(2), said[0].value),)


#: a hundred or a thousand said with "the" for "a", leading the answer
_THE_HUNDRED = re.compile(
    r"^\W*(?:(?:yes|yeah|yep|aye|okay|ok)\W+)?(?:the|da|di)\s+(hundred|thousand)\b", re.I
)
#: after the dose: a comma and a clause, or the end ("Forty, because ...", "Forty."), or the dose
#: it replaced ("Forty now instead of twenty.")
#: (a word of time said before the comma, which speech recognition may leave out: "25 still, in
#: the evening", "Forty now.")
_THEN = re.compile(
    r"(?:\s+(?:still|now|only))?"
    r"\s*(?:,|[.!?]?\s*$|(?P<instead>(?:now\s+)?(?:instead of|rather than)\s))"
)


def leading_dose(text: str, drug: Medication | None) -> NumberSpan | None:
    """The dose that leads `text`, an answer about one drug (`drug`: the lexicon's, or None), or
    None."""
    look = _BY_LOOK.match(text) or _ONE_TABLET.match(text)
    if look:
        n = leading_dose(text[look.end() :], drug)
        return None if n is None else NumberSpan(n.start + look.end(), n.end + look.end(), n.value)
    plural = _plural_lead(text)
    nums = plural or find_numbers(text)
    bare = _THE_HUNDRED.match(text)  # "The hundred, the same.": "the" for "a"
    if bare:
        value = 100.0 if bare.group(1).lower() == "hundred" else 1000.0
        nums = (NumberSpan(bare.start(1), bare.end(1), value),)
    lead = None if not nums or plural else _LEAD_IN.fullmatch(text[: nums[0].start])
    if not nums or not (plural or lead):
        return None
    n = nums[0]
    after = text[n.end :]
    then = _THEN.match(after)
    if not then or dw.UNIT_AFTER.match(after):
        return None  # a dose with its unit is found as such
    if lead and lead.group("wish") and not then.group("instead"):
        return None  # "She wanted me on a hundred, but I said no.": a dose not taken
    if combined_strength(text):
        return None
    if drug is not None:
        return n if drug.plausible_dose(n.value, drug.units[0]) else None
    counted = n.value == int(n.value) and n.value < 5
    return None if counted or not 0.25 <= n.value <= 3000 else n


_TABLETS_AFTER = re.compile(r"\s+(?:pills?|tablets?|tabs?|capsules?|caps?)\b", re.I)


def combined_strength(text: str) -> bool:
    """`text` leads with two numbers said one after the other, a combination tablet's two parts:
    "The twenty-five, one hundred tablets." (carbidopa 25 mg with levodopa 100 mg)."""
    nums = find_numbers(text)
    return (
        len(nums) >= 2
        and _LEAD_IN.fullmatch(text[: nums[0].start]) is not None
        and re.fullmatch(r"\s*[,/]\s*", text[nums[0].end : nums[1].start]) is not None
        # not how often: "Twenty, four times a day."; nor tablets counted at a time of day: "Six
        # hundred and sixty-five, two in the morning and two at night."
        and not re.match(r"\s+times\b", text[nums[1].end :], re.I)
        # nor the tablets counted: "The fifty, one pill in the morning." (not "one hundred tablets")
        and not (nums[1].value <= 4 and _TABLETS_AFTER.match(text, nums[1].end))
        and not dw.BARE_WITH_FREQUENCY.match(text[nums[1].end :])
    )


def leads_with_dose(s: Sentence) -> bool:
    """An answer that starts with a dose: "Five fifty twice a day.", "The one fifty." """
    nums = find_numbers(s.text)
    if not nums or re.search(r"\w", re.sub(r"^\W*the\b", "", s.text[: nums[0].start], flags=re.I)):
        return False
    after = s.text[nums[0].end :]
    return bool(
        dw.BARE_WITH_FREQUENCY.match(after)
        or re.match(r"\W*$", after)
        # "Thirty, because of the heartburn."
        or leading_dose(s.text, None) is not None
    )


def dose_alone(s: Sentence) -> float | None:
    """A sentence that is only a dose, said after a drug stopped: "The hundred.", "Fifty mg.",
    "The fifty, yeah." """
    bare = re.fullmatch(r"\W*the\s+(hundred|thousand)\W*", s.text, re.I)  # "the" for "a"
    if bare:
        return 100.0 if bare.group(1).lower() == "hundred" else 1000.0
    nums = find_numbers(s.text)
    if len(nums) != 1 or not 0.25 <= nums[0].value <= 3000:
        return None
    rest = s.text[: nums[0].start] + " " + s.text[nums[0].end :]
    # also "The fifty, yeah."
    if re.fullmatch(
        r"\W*(?:the\s+)?\W*(?:mgs?|milligrams?)?(?:\W+(?:yeah|yes|yep))?\W*", rest, re.I
    ):
        return nums[0].value
    return None


def alone_is_dose(value: float, drug: Medication | None, after: str) -> bool:
    """A number said alone after a drug is its dose: with how often in the next sentence ("500."
    "Twice a day."), or where it is a usual dose of the drug, also below one ("The point five?"
    of alprazolam, "Point four." of glyceryl trinitrate)."""
    if value > 3000:
        return False
    if value >= 1 and dw.BARE_WITH_FREQUENCY.match(after):
        return True
    # (in another of its units of weight: "Point four." of glyceryl trinitrate, 0.4 mg)
    return drug is not None and drug.plausible_unsaid(value)
