"""Risk asked or told in plain words no cue read before (issue 17's fifty-second pass, from the
probe p26, read after two passes blind), each made general: a fire set to someone's home; a
kicking given to a named man; a jump from one's block or building; scratching or cutting "at"
one's arms with two verbs; food locked away from one; a parent in one's care left without meals
or medicine; children left home alone overnight; getting back at someone planned; a weapon one
has thought of using on a person. Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_PERSON = (
    r"(?:him|her|them|that \w+|the \w+|your \w+|my \w+|his \w+|her \w+|the man|the woman|"
    r"someone|somebody|anyone|anybody)"
)
_KIDS = r"(?:kids|children|little ones|twins|boys|girls|baby|babies|toddlers?)"

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # "Does he think about setting fire to the neighbour's house?" (not "the chip pan set fire
        # to the kitchen", nor "setting fire to the bonfire")
        r"\b(?:set|sets|setting|put|putting|putt?) (?:a )?fire to (?:the|his|her|their|my \w+'s|"
        r"the \w+'s|\w+'s) (?:house|home|flat|car|shop|door|place|caravan|van)\b|"
        r"\b(?:burn|burning|burnt|burned) (?:down )?(?:his|her|their|the \w+'s|\w+'s) "
        r"(?:house|home|flat|car|shop|place|caravan)(?: down)?\b|"
        # "Have you been thinking of giving that landlord a proper kicking?" (not "the boss gave
        # me a kicking at work": done to the speaker, read elsewhere)
        r"\b(?:giv(?:e|ing|in')|gonna give|going to give) (?:that|the|this|your|his) \w+ a "
        r"(?:proper |good |right )?(?:kicking|hiding|beating|battering|pasting|hammering|"
        r"thrashing|doing)\b|"
        # "you ever planned out how you would get back at him, like where and when"
        r"\bplann?\w*(?: out)? how (?:you|i)(?:'d| would| could| will|'ll| are going to| was "
        r"going to) get (?:back at|even with) (?:him|her|them|the \w+)\b|"
        # "a gun at home that you have thought of using on the man who wronged you"
        r"\b(?:gun|rifle|shotgun|knife|blade|machete|bat|hammer|axe)\b[^.?!]{0,50}?\b(?:thought|"
        r"thinking|think) (?:of|about) using (?:it )?on (?:the (?:man|woman|guy|bloke|fella|lad|"
        r"girl)|" + _PERSON + r")\b",
    ),
    cue(
        "suicidal_ideation",
        # "You got think of jumping down from your block or not?" (Singapore English; not "jumping
        # down from the bunk", nor "the kids jumping off the roof of the shed", nor "off our
        # balcony into the pool")
        r"\b(?:jump|jumping|jumped) (?:down )?(?:from|off) (?:your|my|our) (?:block|building|"
        r"flat|tower|balcony|rooftop|roof|hdb)\b"
        r"(?! into (?:the |a )?(?:pool|swimming pool|hot tub))",
        True,
    ),
    cue(
        "self_harm",
        # "the urge to scratch or cut at your arms" (two verbs for one act; not "scratch or cut
        # at the paint")
        r"\b(?:scratch|pick|cut|burn|bite|hit)(?:ing)? or (?:scratch|pick|cut|burn|bite|hit)"
        r"(?:ing)? (?:at )?(?:your|my) (?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|stomach)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "Do they lock the food away from you at the hostel as punishment?"
        r"\b(?:lock|locks|locked|locking|hide|hides|hid|hiding|keep|keeps|kept|keeping) (?:the |"
        r"all the |my |your )?(?:food|fridge|meals|cupboards?) (?:away )?from (?:you|me|us)\b|"
        # "Has your mum been left without her meals or her medicine while you were at work?"
        r"\b(?:your|my) (?:mum|mom|mam|mother|dad|father|nan|gran|granny|grandma|grandad|wife|"
        r"husband|son|daughter) (?:has |have |had )?(?:been |being |was |is )?left without "
        r"(?:her |his |their |any )?(?:meals|food|medicine|medication|tablets|meds|care|water)\b|"
        # "Is the kids being left home alone overnight while you're out, bro?"
        rf"\b(?:the|your|my) {_KIDS} (?:(?:is|are|was|were|been) )?(?:being )?left (?:home )?"
        r"(?:alone|on (?:their|his|her) own|by (?:themselves|himself|herself)) (?:overnight|all "
        r"night|at night|for (?:the )?(?:night|nights|days|hours))\b",
        by_client=True,
    ),
)
