"""The words of harm to others: a wish, an urge, a threat or an act of violence toward another
person, said by the client. Cues as in risk_cues, whose shape they share; they come after its
cues and before those of abuse and neglect (the first cue of a kind in a sentence is the one
kept). Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, THROWN, Cue, cue

_BOTH_OF_US = (
    r"\b(?:end|ending|ended) (?:it|this|things|everything|it all) for (?:both|the two|all) of "
    r"us\b"
)

#: the body a blow is wished on, or a threat names: "break his legs", "smash her face", "punch
#: his lights out" (shared by the threat below and the wished blows of risk_cues_later_probes)
STRUCK_BODY = (
    r"(?:arms?|legs?|knees?|kneecaps?|neck|throat|jaw|face|nose|skull|head|teeth|eyes?|fingers?|"
    r"hands?|ribs?|lights)"
)

#: a blow struck asleep, by the one asleep: "she hit him in the sleep", "in my nightmares" (not
#: "I hit him in his sleep", whose sleep is the one struck)
ASLEEP = (
    r"(?:in (?:my|the|our) sleep|in (?:my|a|the|her|his|their) (?:nightmares?|dreams?)|while "
    r"(?:i|she|he|they) (?:was|were) (?:sleeping|dreaming))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # (not "it'd kill my mom": what a death would do to someone)
        r"(?<!it'd )(?<!it would )(?<!that'd )(?<!that would )(?<!it will )(?<!it'll )"
        rf"\b(?:hurt|hurting|harm|harming|kill|killing|hit|hitting|attack\w*|stab\w*|shoot|"
        rf"shooting|shot(?! \w+ (?:a|an) )|strangl\w*|punch\w*|beat|beating|smother\w*|"
        rf"shov(?:e|ed|ing)|slapp?(?:ed|ing)?|kick(?:ed|ing)?|chok(?:e|ed|ing)|throttl\w*|"
        rf"headbutt\w*|smack(?:ed|ing)?|clobber(?:ed|ing)?|"
        rf"whack(?:ed|ing)?|poison(?:ed|ing)?|(?:shook|shak(?:e|ing))(?! \w+ (?:heads?|hands?)\b)|"
        rf"flogg(?:ed|ing)|"
        # boiling water thrown on someone (prison slang "jugging"), or scalding them
        rf"jug(?:ged|ging)?|scald(?:ed|ing)?|"
        rf"(?:lay|lays|laying|laid|put|puts|putting) a (?:finger|hand) on|(?:lay|laid|laying|put) "
        rf"hands on) {PEOPLE}\b(?!'s)"
        r"(?! (?:out|off|awake|up|under the table)\b)"
        # "Her husband says she hit him in the sleep": a blow struck asleep, in a nightmare
        r"(?![^.?!]{0,20}?\b" + ASLEEP + r"\b)"
        # "I shook her and she wouldn't wake up": to wake someone (aw15)
        r"(?!,? (?:and|but) (?:he|she|they) (?:wouldn't|would not|didn't|did not|couldn't) "
        r"(?:wake|come round|respond|move)\b)"
        # "That I've poisoned her by touching the pan": a feared contamination, or an accident
        r"(?! by (?:touching|not washing|handling|cooking|making|brushing|having touched|"
        r"breathing|accident|mistake)\b)"
        # "I beat my brother at chess": a game won
        r"(?! at (?:chess|cards?|poker|tennis|golf|pool|darts|scrabble|monopoly|\w*ball|a race|"
        r"the race|games?|arm wrestling|everything|trivia|the quiz|squash|badminton)\b)"
        # "I kill them with bleach": pests, by what kills them
        r"(?! with (?:bleach|spray|insecticide|pesticide|traps?|vinegar|hot water|boiling "
        r"water)\b)",
    ),
    # violence in other words: "I battered him", "beat him up", "glassed a lad" (the cue above
    # leaves "beat him up" alone with its "up")
    cue(
        "harm_to_others",
        rf"\b(?:batter|battered|battering|thumped|decked|glassed|king-hit|sucker-punched|lamped) "
        rf"(?:{PEOPLE}|a (?:lad|guy|bloke|man|"
        rf"woman))\b(?!'s)|\bbeat(?:s|ing)? (?:{PEOPLE}|a (?:lad|guy|bloke|man)) up\b|"
        rf"\bbeat(?:s|ing)? up {PEOPLE}\b|"
        # "go find him and mash him up" (Jamaican English: beat him badly)
        rf"\bmash(?:es|ed|ing)? {PEOPLE} up\b(?! (?:for|with|in|into)\b)|"
        # "Is there anyone you feel like hurting?"
        r"\bany(?:one|body) (?:else )?you(?:'d)? (?:feel like|want to|would like to|like to) "
        r"(?:hurt|hurting|harm|harming|hit|hitting)\b|"
        # "anyone you've been angry enough to want to hurt?", "I was mad enough to hit him"
        r"\b(?:angry|mad|furious|cross|wild|raging|livid) enough to (?:want to )?(?:hurt|harm|hit|"
        r"kill|punch|attack|strangle|stab)\b(?! (?:myself|yourself)\b)|"
        # "Has she lashed out at all?" (not money "lashed out on a new car")
        r"\bc?lash(?:ed|es|ing)? out\b(?! on\b)|"  # also heard "clashing out"
        # "I put a lad in hospital in a fight"
        rf"\bput (?:{PEOPLE}|a (?:lad|guy|bloke|man|woman|kid|boy|girl)) in (?:the )?(?:hospital|"
        r"a&e|intensive care|icu)\b|"
        # a weapon put into someone: "I put a bottle in his face", "broke a glass over his head"
        r"\b(?:put|stuck|shoved|smashed|broke|brought|rammed) (?:a |the |my )?(?:bottle|glass|"
        r"pint glass|pint|knife|blade|brick|bat|hammer|chair|pool cue|bar stool) (?:in|into|"
        r"through|over|across|off) (?:his|her|their|(?:a |the |that )?[a-z]+'s) (?:face|head|"
        r"neck|back|side|stomach|chest|skull)\b",
    ),
    # fire set with someone inside: "setting the house on fire with him in it"
    cue(
        "harm_to_others",
        r"\bset(?:ting)? (?:the|his|her|their|our) (?:house|flat|room|place|car|caravan) on fire "
        r"with (?:him|her|them|my \w+|\w+) (?:in it|inside)\b",
        True,
    ),
    # a thought of ending another's life, checked back: "So you had a thought of ending Tom's
    # life" (not "Has she thought of ending her life?", her own, asked through an interpreter)
    cue(
        "harm_to_others",
        r"\b(?:you|i)(?:'ve|'d| have| had| did| do)?(?: \w+){0,3}? (?:thoughts?|thought|thinking|"
        r"urges?|wish\w*|want\w*) (?:of |about |to )?(?:end|ending|take|taking) (?:his|her|their|"
        r"\[person\]'s|[a-z]+'s) life\b",
    ),
    # a carer's thought of ending a shared life: "I could end this for both of us" (also ideation)
    cue("harm_to_others", _BOTH_OF_US, True),
    cue("suicidal_ideation", _BOTH_OF_US, True),
    # "I got violent with my wife" (the client's own; said of another, it is abuse)
    cue(
        "harm_to_others",
        rf"\b(?:got|get|gets|became|become) (?:violent|physical|rough) with "
        rf"{PEOPLE}",
    ),
    # the people in one's charge at work, or another child: "hurt a patient", "harm your
    # passengers" (not "hitting a kid", which a driver fears doing with the bus)
    cue(
        "harm_to_others",
        r"\b(?:hurt|hurting|harm|harming|kill|killing|attack\w*|stab\w*|strangl\w*|punch\w*|beat|"
        r"beating|smother\w*) (?:a|the|my|your|our|any|another|other) (?:\w+ )?(?:patients?|"
        r"passengers?|clients?|customers?|students?|pupils?|residents?|child|kid)\b",
    ),
    # a threat to break someone's bones: "I'll break your arm" (the cue stops before "your", which
    # would make it the clinician asking)
    cue(
        "harm_to_others",
        r"\b(?:i'll|i will|i'm going to|i'm gonna|i'd|i would) (?:break|snap|smash|bust)"
        rf"(?= (?:your|his|her|their|\w+'s) (?:\w+ )?{STRUCK_BODY}\b)",
    ),
    # violence told as what was done: "I threw a chair at him"
    cue(
        "harm_to_others",
        rf"\b(?:threw|throw|throwing|thrown) (?:a|the|my|his|her|our) {THROWN} at {PEOPLE}|"
        # "I threw a chair at the nurses' station": where staff sit
        rf"\bi (?:threw|flung|hurled|chucked) (?:a|the|my) {THROWN} at the (?:nurses'?|nurse's|"
        r"staff|reception|front|security) (?:station|desk|office|counter)\b",
    ),
    # "I gave him a shove into the bench" (not "a hiding at darts")
    cue(
        "harm_to_others",
        rf"\bi (?:gave|give) {PEOPLE} a (?:\w+ )?(?:shove|slap|punch|whack|smack|kick|thump|"
        r"clout|hiding|thrashing|hammering|kicking|beating|clip round the ear|push(?= (?:into|"
        r"against|over|down|off|out of|across)\b))\b(?! (?:of|for|at|in) )",
        True,
    ),
    cue(
        "harm_to_others",
        r"\b(?:thoughts?|urges?|intent\w*|wish|desire) (?:of|about|to) (?:actually |really )?"
        r"(?:hurt|hurting|harm|harming|kill|killing|attack\w*|go(?:ing)? after|get(?:ting)? "
        r"(?:back at|even with)|(?:take|taking) revenge on) (?!(?:my|your|them|him|her)sel)"
        # (not "urges to harm your own body": one's own)
        r"(?!(?:my|your|his|her|their) own (?:body|skin|self)\b)(?:[a-z]+\b|\[person\])",
    ),
    # thoughts of doing something to someone: a question of harm whose yes says it ("Have you
    # had any thoughts of doing something to him?" "Honestly, yeah.")
    cue(
        "harm_to_others",
        r"\b(?:thoughts?|thinking|thought|urges?) (?:of|about) (?:actually )?(?:doing|do) "
        r"(?:anything|something) (?:to|against) (?:him|her|them|\[person\]|my (?:\w+ )?(?:boss|"
        r"manager|ex|wife|husband|partner|neighbou?r|co-?worker))\b",
    ),
    # the same of oneself: "Have you thought about doing anything to yourself?" asks of harm to
    # oneself, and "I'd never do anything to myself" denies it (not "thoughts of ending it, of
    # doing something to yourself?", the ending said again)
    cue(
        "self_harm",
        r"\b(?:thoughts?|thinking|thought|urges?) (?:of|about) (?:actually )?(?:doing|do) "
        r"(?:anything|something) to (?:your|my)self\b",
    ),
    cue(
        "self_harm",
        r"(?<!, of )(?<!, )\b(?:do|doing|did|done) (?:anything|something) to (?:your|my)self\b",
        denies=True,
    ),
    # someone knocked out by the speaker ("I thought about going round and banging him out"; not
    # "the melatonin knocks him out")
    cue(
        "harm_to_others",
        rf"\bi (?:\w+ ){{0,8}}?(?:bang|knock|spark|lay|laid|flatten)(?:s|ed|ing)? {PEOPLE} "
        r"(?:out|flat|spark out|out cold)\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\b(?:do|doing|did) (?:anything|something) (?:to|against) (?:him|her|them|\[person\]|"
        r"my (?:\w+ )?(?:boss|manager|ex|wife|husband|partner|neighbou?r|co-?worker))\b",
        denies=True,
    ),
    # thirteenth pass: someone pushed ("I pushed her.", not "I pushed him to apply", nor "I'm
    # always pushing them", of biscuits offered: the habitual push urges), put
    # against a wall or into a shelf
    cue(
        "harm_to_others",
        rf"\b(?<!always )(?<!constantly )(?<!forever )push(?:ed|ing)? {PEOPLE}(?=\s*(?:[.,;!?]|$|"
        rf"(?:hard|over|down|into|against|away|"
        r"out of the way)\b))",
    ),
    cue(
        "harm_to_others",
        r"\b(?:put|pinned?|slammed?|threw|shoved?|pushed?|rammed) (?:him|her|them|a guy|"
        r"the guy|someone|somebody|my (?:\w+ )?(?:mom|mother|dad|father|wife|husband|partner|"
        r"brother|sister|son|daughter|roommate|girlfriend|boyfriend))(?: up| hard)? "
        r"(?:against|into|through) (?:the |a |her |his )?(?:\w+ )?(?:wall|lockers?|shel(?:f|ves)|"
        r"door|floor|table|car|fence|counter|window|cupboard|wardrobe|bookcase|fridge|stairs)\b|"
        # "I'd throw him down the stairs", "chuck him off the balcony"
        r"\b(?:throw|throwing|threw|thrown|chuck\w*|fling|flung|kick\w*|push\w*|shov\w*) (?:him|"
        r"her|them) (?:down|off|over|out of) (?:the |a |his |her )?(?:stairs|balcony|bridge|"
        r"window|cliff|roof|landing|banister)\b|"
        # "I put his head through the plasterboard"
        r"\b(?:put|putting|puts|slam\w*|smash\w*|shov\w*|push\w*|ram\w*) "
        r"(?:his|her|their) (?:head|face) (?:against|into|through|on|off) (?:the |a )?(?:\w+ )?"
        r"(?:wall|plaster ?board|drywall|door|floor|table|window|windscreen|mirror|glass|counter|"
        r"cupboard|fridge|sink|kerb|curb|ground)\b|"
        # "Ah had him up against the wall outside by the throat.", "Me hand round his neck."
        r"\b(?:had|got|grabbed|grabbing|held|holding|took|pinned) (?:him|her|them|someone|"
        r"somebody)(?: up)?(?: against (?:the |a )?(?:\w+ )?(?:wall|door|car|fence)(?: \w+)?)? by "
        r"the (?:throat|neck)\b|\b(?:my|me) hands? (?:round|around) (?:his|her|their) (?:neck|"
        r"throat)\b|"
        # "I had my hand on her throat" (bc06; not one put there to feel a pulse)
        r"\b(?:had|put|got|kept) (?:my|me) hands? (?:on|at|over) (?:his|her|their) throat\b"
        r"(?! to (?:check|feel|find))|"
        # "I think about putting the knife in him"
        r"\b(?:put|putting|stick|sticking|stuck|plung\w*) (?:a|the|my) (?:\w+ )?(?:knife|blade) "
        r"(?:in|into) (?:him|her|them)\b",
    ),
    cue(
        "harm_to_others",
        r"\bhomicid\w*|\bviolent (?:thoughts|urges|impulses)\b|\bthoughts of violence\b|"
        # "When you said that, did you mean any harm to Kyle?" (not "meant no harm", nor harm to
        # oneself)
        r"\b(?:mean|meant|intend|intended|intending) (?:any |(?:him|her|them) )?harm\b"
        r"(?! (?:to|towards) (?:my|your)sel(?:f|ves)\b)",
    ),
    cue(
        "harm_to_others",
        # not blame, trust or judgement of oneself or others ("unable to stop blaming yourself or
        # others", the PC-PTSD-5's guilt item)
        r"(?<!blaming )(?<!blame )(?<!blamed )(?<!judging )(?<!judge )(?<!criticising )"
        r"(?<!criticizing )(?<!comparing )(?<!trusting )(?<!trust )(?<!doubting )(?<!forgiving )"
        r"(?<!forgive )(?<!accepting )\b(?:yourself|myself) or (?:others|anyone else|someone else|"
        r"somebody else|other people|anybody else)\b",
    ),
    # denials only: "I'm not tryna touch nobody in real life." (after "Beat him, like in the game")
    cue(
        "harm_to_others",
        r"(?<=not )(?:tryna|trying to|gonna|going to|looking to|about to) (?:touch|hurt|hit|harm|"
        r"fight|beat up) (?:nobody|anybody|anyone|no ?one|no-one)\b|"
        # "I'd never lay a hand on nobody." (a double negative, as Cajun and other Englishes say)
        r"(?<=never )(?:lay a (?:hand|finger) on|touch|hurt|hit|harm) (?:nobody|no ?one|no-one)\b",
        denies=True,
    ),
)
