"""Harm to others and abuse told as blows, cars and leverage (issue 17's fifty-third pass, from
the thirteenth battery's misses, each made general): a beating "given" in slang ("a right doin'",
"a proper kickin'"), a throat grabbed, a car rammed with someone in it or driven into a barrier,
someone told to kill themselves, a list of names and "what I'd do to each", an address posted
with "someone should burn", a message that one "won't see" the month out, Pidgin "I go wound
am"; and suffered or inflicted abuse: a throat held, "knocking me about", being kept in a room,
"not let see my friends" beside keys and cards held, nude pictures posted to make one come back,
a child belted, burns "my dad did with his cigarette", a parent locked in all day. Cues as in
risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: someone hurt: a pronoun, or a person named by a word or two
_SOMEONE = (
    r"(?:him|her|them|'im|'er|em|'em|the \w+(?: \w+){0,3}|that \w+|this \w+|some \w+|my \w+(?:'s "
    r"\w+)?|his \w+|her \w+|a \w+)"
)
#: a beating, in the words the dialects give it
_BEATING = (
    r"(?:doin'?g?|kickin'?g?|battering|batterin'?|leathering|leatherin'?|pasting|hammering|"
    r"hammerin'?|beating|beatin'?|shoeing|shoein'?|slapping|going over|goin'? over|seeing to|"
    r"hiding|hidin'?|thumping|thumpin'?|belting|beltin'?|kicking-in|doing-over|panelling|"
    r"tanning|malkying|stomping|stompin'?)"
)
#: a game, a match or a sport, where a beating is a score
_A_SCORE = (
    r"(?![^.?!]*\b(?:match|game|games|score\w*|goals?|nil|league|cup|pitch|fifa|a-side|final|"
    r"derby|quiz|chess|cards|darts|tennis|squash|poker|monopoly|scrabble|debate|election|"
    r"tournament|ranked|online|points?|round|set|sets)\b)"
)
#: a child or a dependent
_CHILD = (
    r"(?:\w+[- ]year[- ]old|kids?|son|daughter|boy|girl|little one|toddler|child|children|baby|"
    r"youngest|eldest|stepson|stepdaughter|twins?|lad|lass|wean|bairn)"
)
#: a partner or an elder's carer
_PARTNER = (
    r"(?:he|she|they|'e|my (?:husband|wife|partner|boyfriend|girlfriend|fiance\w*|ex|son|"
    r"daughter|carer|man|dad|mum|stepdad|stepmum))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "harm_to_others",
        # "Gave the lad from the pub a right kicking", "I give 'im a proper doin'" (not "we
        # gave them a right hammering in the cup final": a score)
        r"(?<!we )\b(?:gave|gied|gi'ed|give|given|gi'en|gev|gie) "
        rf"{_SOMEONE} a (?:right |proper |good |real |bit of a |fair |serious |sound )?"
        rf"{_BEATING}(?=\W|$){_A_SCORE}|"
        # "I grabbed him by the throat", "had the bloke up against the wall by the throat" (not
        # "grabbed the bottle by the neck")
        r"\b(?:grabbed|grab|grabbin'?|had|held|pinned|got|took|seized|caught) "
        rf"{_SOMEONE} (?:up )?(?:(?:against|to|on) the (?:wall|door|floor|ground|car|fence) )?by "
        r"(?:the|his|her|their|'is) (?:throat|neck)\b(?<!bottle by the neck)(?: (?:till|until) "
        r"(?:he|she|they) (?:went|turned|was|were|couldn't|could not|stopped)\b[^.?!,]{0,20})?|"
        # "I rammed his car while he was in it", "drove her off the road", "ran him into the
        # barrier" (not "drove him into town", nor "rammed the trolley into the car")
        r"\bi\b[^.?!]{0,80}?\b(?:rammed|ram|ramming|smashed into|crashed into|reversed into|"
        r"side-?swiped|t-?boned)\b[^.?!]{0,60}?\b(?:while|when|with) (?:he|she|they) (?:was|were|"
        r"'s|is) (?:still )?(?:in it|inside|in the car|sitting in it|at the wheel|driving|in the "
        r"(?:driver's|front) seat)\b|"
        r"\bi\b[^.?!]{0,80}?\b(?:drove|drive|driven|forced|pushed|ran|run|shoved|nudged|rammed) "
        r"(?:him|her|them|the \w+|that \w+|his car|her car|their car|the car) (?:off the road|"
        r"(?:off )?into (?:the|a) (?:barrier|ditch|wall|kerb|curb|hedge|crash barrier|central "
        r"reservation|lamp ?post|tree|river|canal|oncoming traffic|traffic|verge|bollard))\b|"
        # "i told that boy to kill himself online", "kept telling her to go die" (not "he told
        # me to kill myself", nor "told her to kill the lights")
        r"\bi\b[^.?!]{0,80}?\b(?:told|telling|tellin'?|tell|messaged|texted|dm'?d|sent|kept "
        r"telling) (?:that \w+|this \w+|her|him|them|the \w+|a \w+|my \w+|people|everyone)(?: "
        r"(?:online|on \w+|every day))? (?:to (?:go )?(?:kill (?:herself|himself|themselves|"
        r"urself|yourself)|kys|go die|hang (?:herself|himself|themselves))|that (?:she|he|they) "
        r"should (?:kill|hang|top) (?:herself|himself|themselves))\b|"
        # "I've got a list of people and what I'd do to each of them" (not "a list of names for
        # the party and what I'd get each of them")
        r"\b(?:list|lists) (?:of )?(?:names|people|everyone|who)\b[^.?!]{0,80}?\bwhat (?:i'd|id|"
        r"i would|i'm going to|im gonna|i'm gonna|i'll|ill|i will) do to (?:each of |every one of "
        r"|all of )?(?:them|each|every one|'em)\b|"
        # "posted his address and said someone should torch it" (not "posted the address of the
        # party and said someone should bring crisps")
        r"\b(?:post\w*|put (?:a post|it|up)|shared|tweeted|wrote|messag\w*)\b[^.?!]{0,80}?\b"
        r"(?:address|where (?:he|she|they) lives?)\b[^.?!]{0,60}?\bsomeone (?:should|needs to|"
        r"ought to|oughta|has to|gotta|could) (?:burn|torch|kill|hurt|stab|shoot|smash|petrol|"
        r"firebomb|do (?:him|her|them) in|pay (?:him|her|them) a visit|sort (?:him|her|them) "
        r"out)\b|"
        # "I keep texting him he won't see Christmas" (not "my nan won't see the end of the
        # month", said of an illness: a message sent to the one it names)
        r"\b(?:messag\w*|text\w*|told|tell\w*|sent|send\w*|wrote|writ\w*|dm\w*|email\w*|warn\w*) "
        r"(?:her|him|them)\b[^.?!]{0,60}?\b(?:he|she|they|you)(?:'ll| will)? (?:won'?t|will not|"
        r"wont|aren'?t going to|isn'?t going to|is not going to) (?:see|live to see|make it to) "
        r"(?:the end of|another|next|christmas|the weekend|the new year|her next|his next|their "
        r"next)\b|"
        # Pidgin: "if e come again I go wound am", "I go kill am" (not "I go see am tomorrow")
        r"\bi (?:go|gon|wan|will|fit) (?:wound|kill|stab|cut|shoot|finish|injure|break|flog|"
        r"butcher|matchet|machete) (?:am|dem)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # "he had me up against the wall by my throat", "'e 'ad me by me neck" (not "she had me
        # by the hand": a throat or neck held)
        rf"(?<!\w){_PARTNER}\b[^.?!]{{0,60}}?(?<!\w)(?:had|has|'ad|pinned|grabbed|held|got|put|"
        r"takes|took) "
        r"(?:me|us) (?:up )?(?:(?:pinned|held|pushed|shoved|stuck) )?(?:(?:against|to|on) the "
        r"(?:wall|door|floor|ground|bed|car|fridge) )?"
        r"by (?:my|me|the|ma|mi) (?:throat|neck)\b|"
        r"(?<!\w)(?:he|she|'e)(?: had| put| 'ad| got|'s had|'d had)? (?:his|her|'is) hands? "
        r"(?:round|around|roon|aroon) (?:my|me|ma) (?:neck|throat)\b|"
        # "my man's been knocking me about", "she's been knocking me around" (not "we've been
        # knocking about together", nor "the kids push me around the supermarket")
        r"\b(?:knock\w*'?|slap\w*'?|throw\w*'?|kick\w*'?|bash\w*'?|batter\w*'?)"
        r" (?:me|us) (?:about|aboot|around|aroon|roon|round)\b|"
        # "My son keeps me in the back room", "she keeps me locked in the bedroom" (not "he
        # keeps me in the loop")
        rf"\b{_PARTNER}(?:'s| is| has)? ?(?:keeps|kept|keeping|locks|locked|shuts|shut) (?:me|us) "
        r"(?:locked |shut )?(?:in|up in|inside) (?:the|my|a|his|her|our) (?:back room|bedroom|"
        r"room|attic|basement|cellar|shed|garage|cupboard|box ?room|spare room)\b|"
        # "he says I'm thick and I'm not let see me mates, and he keeps the cards on him" (not
        # "mum says I'm not allowed to see my friends till my grades are up": both said)
        rf"\b{_PARTNER}\b[^.?!]{{0,60}}?\bi(?:'m| am)? ?(?:not|never|n't) (?:let|allowed|"
        r"permitted)(?: to)? (?:see|phone|call|visit|talk to|go out with|speak to|text|meet) (?:my"
        r"|me|ma|mi) (?:friends|family|mates|mum|mam|sister|brother|parents|pals)\b[^.?!]{0,60}?"
        r"\b(?:keeps|kept|holds|has|takes|took|hides|hid|controls) (?:the |my |all the |me )?(?:car"
        r" keys|keys|bank cards?|debit card|cards|passport|money|wages|phone)\b|"
        # "my ex keeps posting nude photos of me and says he'll send them to my mum" (not "I
        # posted nude photos", nor "he posted photos of me at the beach")
        rf"\b{_PARTNER}\b[^.?!]{{0,40}}?\b(?:post\w*|shar\w*|send\w*|sent|leak\w*|upload\w*|"
        r"spread\w*|threaten\w* to (?:post|share|send|leak)) (?:my |the |those |some |them |all )?"
        r"(?:naked|nude|intimate|private|explicit|sexual|topless|sex) (?:pictures|photos|pics|"
        r"images|videos|vids|selfies|tapes?)\b|"
        # "the burns on my arm, my stepdad did them with his lighter" (not "my mum did them with
        # her comb", of braids: a tool that burns or strikes)
        r"\bmy (?:dad|mum|mam|mom|father|mother|stepdad|stepmum|stepfather|stepmother|uncle|aunt|"
        r"auntie|brother|sister|gran|grandad|husband|wife|partner|boyfriend|girlfriend|carer|"
        r"teacher|coach)\b (?:did|does|made|gave me) (?:them|these|those|it|this|that|the \w+)\b"
        r"[^.?!]{0,10}?(?:with|wi|wiv) (?:his|her|their|a|the) (?:cigarettes?|fags?|lighter|belt|"
        r"buckle|cane|stick|iron|hot \w+|poker|cigar)\b",
    ),
    cue(
        "abuse_or_neglect",
        # "I hit my son with the belt when he lies", "i smack my three-year-old with a slipper"
        # (not "I hit the ball with the bat with my son")
        r"\bi (?:\w+ )?(?:smack|hit|beat|whip|belt|strike|thrash|wallop|slap|spank|lash|leather)"
        rf"(?:s|ed|ing)? (?:my|our|the|his|her) {_CHILD}\b[^.?!]{{0,20}}?\b(?:with|wi|wiv) "
        r"(?:the|a|my|his|her) (?:belt|buckle|cane|stick|slipper|shoe|spoon|wooden spoon|cord|"
        r"cable|wire|hanger|strap|ruler|hose|flip-?flop|chappal|whip)\b|"
        # "i leave my dad locked in the flat all day", "I lock my gran in her room when I go out"
        # (not "I leave my mum in the house with the carer": locked, or all day)
        r"\bi (?:\w+ )?(?:leave|left|keep|kept|lock|locked|shut)\b (?:my|me|our|the) (?:mum|mam|"
        r"mom|mother|dad|father|gran|granny|grandma|grandad|grandpa|nan|nana|wife|husband|son|"
        r"daughter|kids?|children|baby|boy|girl|toddler|brother|sister|\w+[- ]year[- ]old) "
        r"(?:locked |shut )?(?:in|up in|inside) (?:the|my|our|her|his|their) (?:house|flat|room|"
        r"bedroom|home|car|cupboard|shed|cot)\b(?=[^.?!]*\b(?:locked|all day|all night|for hours|"
        r"till i get back|until i get back|while i work|when i'?m at work|alone|on (?:her|his|"
        r"their) own)\b)",
        by_client=True,
    ),
)
