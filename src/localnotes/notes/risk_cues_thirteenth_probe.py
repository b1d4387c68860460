"""Risk in the words of the thirteenth probe (issue 17's thirty-ninth pass, read after two passes
blind): hoping not to wake typed as speech recognition types it ("hoping i dont wake up"), the
pills counted to how many it would take, a rope gone out to look at; marks from a razor, what one
has been doing to one's arms; a bone of someone's broken ("I broke his nose"), "buss him head",
going for someone; a carer's pinching and name-calling; benefit money taken with a threat; a
passport taken or wages held back; touching kept "our secret"; a parent left in her chair all
night; one left without food or medication; a child smacked "too hard", leaving bruises. Cues as
in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "i go to sleep every night hoping i dont wake up" (no apostrophe, as typed or heard;
        # not "I wish I didn't wake up at four")
        r"\b(?:hop(?:e|es|ed|ing)|pray(?:ing|ed)?|wish(?:ing|ed)?) (?:that )?i (?:dont|won't|wont|"
        r"don't|wouldn't|wouldnt|didn't|didnt) wake(?: up)?\b(?=\W*$|[,.;!]| (?:in the morning|"
        r"tomorrow|again|at all|ever|one (?:day|morning)|any ?more)\b)",
        True,
    ),
    cue(
        "suicidal_ideation",
        # "I know exactly how many it would take to not wake up"; "There's a rope in the shed and I
        # keep going out there at night just to look at it"
        r"\b(?:how many|enough) (?:it would|it'd|it will|would|i'd need to|i would need to) "
        r"(?:take )?to (?:not wake up|never wake up|die|end it|kill me|do it|be done)\b|"
        r"\b(?:rope|noose)\b[^.?!]{0,40}?\b(?:go|goes|going|went)\b[^.?!]{0,30}?\b(?:to|and) look "
        r"at it\b",
        True,
    ),
    cue(
        "self_harm",
        # "the fresh marks on my legs from the razor", "so nobody sees what I've been doing to my
        # arms"
        r"\b(?:marks|cuts|scratches|burns|lines) on my (?:(?:fore)?arms?|legs?|wrists?|thighs?|"
        r"stomach|hips?)\b[^.?!]{0,10}?\bfrom (?:the|a|my) (?:razor|blade|lighter|compass|"
        r"sharpener|knife|scissors)\b|\bwhat i(?:'ve| have)? (?:been )?(?:doing|done) to my "
        r"(?:(?:fore)?arms?|legs?|wrists?|thighs?|skin|body|stomach)\b",
        True,
    ),
    cue(
        "harm_to_others",
        # "mi a go buss him head" (Jamaican), "bust his face open"; "got out of the car and went
        # for the other driver" (not "went for a walk")
        r"\b(?:buss|bust|burst) (?:him|her|dem|them|his|her|their) (?:head|face|mouth|lip|nose)\b|"
        r"\b(?:went|go|going|gone) for (?:him|her|them|the other (?:driver|guy|man|bloke|lad|"
        r"fella|woman)|(?:some|any)(?:one|body))\b(?! (?:a|the|help|it)\b)",
    ),
    cue(
        "abuse_or_neglect",
        # "Has your employer taken your passport or held back your wages?"; "touch you in ways
        # that make you feel uncomfortable", "touching me, and he says it's our secret"; "afraid
        # of the person who looks after you"
        # (not "The embassy kept my passport for two weeks")
        r"(?<!embassy )(?<!consulate )(?<!office )(?<!hotel )(?<!airline )"
        r"\b(?:taken|took|takes|keeps?|kept|keeping|holding|holds|held) (?:your|my) passport\b(?! "
        r"(?:photo|picture|number|form|office|application|renewal|"
        r"details|copy))|\b(?:held|"
        r"holding|holds|withheld|withholding|kept|keeping) back (?:your|my) (?:wages|pay|salary)\b|"
        r"\btouch(?:es|ed|ing)? (?:you|me) in (?:ways?|places?) (?:that|which) (?:make|made|makes) "
        r"(?:you|me) (?:feel )?uncomfortable\b|\b(?:touch\w*|kiss\w*) (?:you|me)\b[^.?!]{0,50}?\b"
        r"(?:our|a) (?:little )?secret\b|\bafraid of (?:the person|the people|whoever|the one) "
        r"(?:who|that) (?:looks? after|cares? for) (?:you|me)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "I left Mam in her chair all night with no tablets and no tea"; "your mum was left
        # without food or her medication"; "the kids left at home on their own without food"
        r"\bleft (?:mam|mum|mom|dad|nan|gran|him|her|them|my \w+) in (?:her|his|their|the) "
        r"(?:chair|bed)\b[^.?!]{0,30}?\b(?:all night|all day|with no|without|wet)\b|"
        r"\b(?:was|were|is|are|been|being) left (?:at home )?(?:on (?:their|his|her|my|your) own |"
        r"alone )?without (?:food|meals|any food|(?:her|his|their) (?:medication|tablets|meds))\b|"
        r"\bleft (?:at home )?on (?:their|his|her) own without (?:food|meals|any food)\b",
        by_client=True,
    ),
    cue(
        "harm_to_others",
        # "Me and my brother had a proper fight and I broke his nose." (not "I broke his heart")
        r"\bi (?:broke|busted|bust|fractured|smashed) (?:his|her|their|the (?:guy|man|lad|bloke|"
        r"fella|other \w+)'s) (?:nose|jaw|arm|ribs?|leg|legs|fingers?|teeth|cheekbone|skull|"
        r"eye socket|wrist)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "The carer who comes in the mornings pinches me and calls me stupid"
        r"\b(?:pinch|pinches|pinched|pinching) me\b(?! (?:to|awake|when i (?:fall asleep|doze)))|"
        r"\b(?:calls|called|calling) me (?:stupid|useless|worthless|fat|ugly|a (?:retard|"
        r"burden|waste|slag|whore|bitch)|names)\b[^.?!]{0,40}?\b(?:every (?:day|time|morning|"
        r"night)|all the time|whenever|when i(?:'m)?)\b|"
        # "My flatmate takes my benefit money every fortnight and says I'll be homeless if I tell"
        r"\b(?:takes|took|keeps|kept|has|had) (?:all )?my (?:benefit|benefits|pension|wages|pay|"
        r"money|card|bank card|giro)\b[^.?!]{0,40}?\b(?:if i tell|says i'll|threaten\w*|won't let "
        r"me|or else)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "Sometimes I smack the little one too hard and it leaves bruises"
        r"\bi (?:smack|smacked|hit|slap|slapped|whack|whacked) (?:the (?:little|baby|youngest|"
        # (not "I hit him too hard": harm to others, as the dialogs chart it, bc07)
        r"kids?|children)|my (?:son|daughter|kids?|boy|girl|little one))\w*"
        r"[^.?!]{0,30}?\b(?:too hard|bruises?|left marks?|leaves marks?)\b",
        by_client=True,
    ),
)
