"""Risk in the words of the third battery of plain telling (tests/data/risk_battery_42), read in
issue 17's forty-second pass after it was measured unread (58 of 100 missed at the pass's start,
52 after its first rules), each made general: goodbye letters written, tablets counted "how many
it would take", drowning looked up, a fatal crash hoped for, "checking out for good", the nerve
worked up to climb over, a drug stopped "so it can finish me", the spot picked with a rope ready,
"I won't be here to see them ripen", sick of waking up, not stepping out of a bus's way; a blade
taken to one's leg, scabs picked open so they never heal, marks made "because I deserved it" or
"to make it sting", bruises banged on purpose, a kit kept to clean up after, oneself belted, cuts
done with a craft knife, blades hidden ready; a glass thrown at someone, someone to be got alone
with a crowbar in the boot, hands put round a sleeping husband's neck, someone to be sorted out
with bats, a list of names and what one will do to each, bleach put in shampoo; belt or fists on
payday, a man who goes into a child's room at night, a pension taken, a child left alone all
weekend with no heat, an old man's door locked from outside, dressings not changed, a black eye
given, a child kept from school to do the washing, a coach's touching and "not to tell", made to
sleep on the balcony. Cues as in risk_cues, whose shape they share. Patterns run on lowercase
text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_phrases import WHOSE

#: a body part one harms
_BODY = (
    r"(?:legs?|arms?|wrists?|thighs?|stomach|belly|skin|forearms?|ankles?|hips?|shins?|chest|"
    r"hands?|fingers?|feet|foot|face|back|neck|shoulders?)"
)
#: what one cuts with
_BLADE = r"(?:blades?|razors?|craft knife|stanley knife|knife|scissors|compass|sharpener)"
#: an old or young one in someone's care
_DEPENDANT = (
    r"(?:nan|gran|grandad|grandma|granny|mum|mam|mom|dad|father|mother|uncle|aunt|auntie|"
    r"brother|sister|son|daughter|baby|kid brother|kid sister|little (?:brother|sister|one))"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        r"\b(?:writ\w+|wrote|written|left|leaving|drafted|typed|recorded)\b[^.?!]{0,40}?\bgoodbye "
        r"(?:letters?|notes?|texts?|messages?|videos?)\b|"
        r"\bso (?:they'll|they will|she'll|he'll|the kids'll) find (?:them|it) (?:after|when i'm "
        r"gone)\b|"
        r"\bhow many\b[^.?!]{0,40}?\b(?:tablets|pills|capsules)\b[^.?!]{0,10}?\bit (?:(?:would|"
        r"'d|will) take\b|takes to (?:stop|kill|die|end)\b)|"
        r"\b(?:looking|looked|look) up how (?:long|many|much|quick(?:ly)?)\b[^.?!]{0,30}?\bto "
        r"(?:drown|die|bleed out|hang|overdose)\b|"
        r"\bhow long it takes to (?:drown|die|bleed out)\b|"
        r"\bhoping\b[^.?!]{0,40}?\b(?:it|the plane|the car|the bus|we) (?:just )?(?:goes down|"
        r"crashes|go down|crash)\b|"
        r"\bcheck(?:ing)? out (?:for good|early|permanently)\b|"
        r"\bworking (?:myself|me) up to (?:climbing over|jumping|going over|stepping off|doing "
        r"it)\b|"
        r"\bso (?:it|that|they) (?:can|will|would|might|'ll|'d) (?:finish|kill|end) me\b|"
        r"\b(?:picked|chosen|found|chose) (?:the|a|my) (?:spot|place|tree|bridge)\b[^.?!]{0,80}?"
        r"\b(?:rope|jump|drop|edge)\b|"
        r"\b(?:i'd|i would) (?:just )?as soon (?:go|die|not wake up|be gone|not be here)\b|"
        r"\b(?:won't|will not|wont) be (?:here|around|alive) to see\b(?![^.?!]*\b(?:holiday|"
        r"away|abroad|travel\w*|working|at work|moving|trip)\b)|"
        r"\b(?:sick|tired|weary) of (?:waking up|being alive|breathing|living)\b(?! (?:at|so|early|"
        r"for|with|to|in|on|here|like this|every time)\b)|"
        r"\b(?:wouldn't|would not|won't|will not) (?:step|get|move|jump) out (?:of )?(?:the|its|"
        r"his) way\b",
        True,
    ),
    cue(
        "self_harm",
        r"\b(?:did|done) something (?:daft|stupid|silly|dumb) again\b|"
        rf"\btook (?:the |a |my )?{_BLADE}\b[^.?!]{{0,40}}? to (?:the (?:top|inside|back) of )?my "
        rf"{_BODY}\b(?![^.?!]*\bshav\w*)|"
        r"\bpick(?:s|ed|ing)? (?:them|the scabs|my scabs|it|the cuts) (?:open|off)\b[^.?!]{0,40}?"
        r"\b(?:never|don't|can't|won't) (?:get the chance to )?heal\b|"
        rf"\b(?:cut|cuts|scratch\w*|burn\w*|hit|hits|punch\w*|bang\w*|pick\w*|bit|bite|carv\w*|"
        rf"slash\w*|bled|bleed|bruis\w*|hurt|stab\w*|pinch\w*|did (?:those|these|them|it))\b"
        rf"[^.?!]{{0,60}}?\b(?:because|cause|cos|'cause) i (?:felt (?:like )?)?(?:i )?deserved "
        rf"(?:it|to)\b|"
        r"\b(?:to make it (?:sting|hurt|bleed)|so it (?:would|'d) (?:hurt|sting)|to punish myself|"
        r"just to feel something)\b|"
        rf"\bused (?:them|it|the (?:blades?|razors?|lighter|knife)) on my {_BODY}\b|"
        rf"\b(?:bang\w*|hit\w*|smash\w*|knock\w*|punch\w*|slam\w*) (?:my {_BODY}|them|myself)\b"
        r"[^.?!]{0,40}?\bon purpose\b|"
        rf"\b(?:the|a|my) {_BLADE}\b[^.?!]{{0,40}}?\bclean (?:up|myself up)\b|"
        r"\b(?:leather\w*|belt(?:ed|ing)|whipp?\w*|thrash\w*|lash\w*|slapp?\w*|smack\w*|bash\w*) "
        r"myself\b(?! up\b)|"
        r"\bcut,? then plasters\b|"
        r"\b(?:rip|rips|ripped|ripping|pull|pulls|pulled|pulling|tear|tears|tore|yank\w*) my (?:own"
        r" "
        r")?hair out\b[^.?!]{0,30}?\b(?:sting|hurt|punish|bald)\b|"
        rf"\bi (?:do|did|make|made) (?:them|those|these|it) with (?:a|the|my) {_BLADE}\b|"
        r"\b(?:got|have|'ve got) (?:the|my|some) (?:blades?|razors?) hidden\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\bi (?:\w+ )?(?:threw|chucked|lobbed|hurled|flung|launched) (?:a|the|my|his|her) "
        r"(?!(?:\w+ )?(?:ball|frisbee|pillow|cushion|beanbag|teddy|toy|sweet|snowball|kiss|wink|"
        r"glance|look|party|tantrum|wobbly|strop|sickie|dart|treat)s?\b)(?:\w+ )"
        rf"{{0,2}}at (?:him|her|them|my \w+|{WHOSE} (?:head|face))\b|"
        r"\bget (?:him|her|them|my \w+|that \w+) alone\b[^.?!]{0,60}?\b(?:crowbar|knife|bat|"
        r"hammer|gun|machete|blade)\b|"
        rf"\b(?:put|had|got|wrapped) my hands? (?:round|around) {WHOSE} (?:neck|throat)\b|"
        r"\bsort (?:him|her|them) out\b[^.?!]{0,40}?\b(?:bats?|knives|knife|hammers?|blades?|"
        r"machetes?)\b|"
        r"\b(?:take|taking|takes|took) (?:the|a|my|our) (?:bats?|knives|knife|hammers?|machetes?|"
        r"pangas?|cutlass\w*|"
        r"crowbar) to (?:him|her|them|the (?:fella|guy|bloke|man|lad)|that \w+)\b|"
        r"\blist of names\b[^.?!]{0,80}?\b(?:gonna|going to) do to\b|"
        r"\b(?:putting|put|puts|slipping|slipped) (?:a bit of |some |a drop of |drops of "
        r")?(?:bleach|"
        rf"poison|rat poison|antifreeze) (?:in|into) {WHOSE} (?:\w+ )?(?:shampoo|food|drink|tea|"
        r"coffee|water|juice|milk|dinner|meals?)\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:belt or (?:the )?fists|fists or (?:the )?belt)\b|"
        r"\b(?:uncle|stepdad|stepfather|grandad|lodger|cousin|he)\b[^.?!]{0,20}?\b(?:goes|went|"
        rf"comes|came|creeps|crept) (?:in|into) (?:my|{WHOSE}) (?:bed)?room at night\b|"
        rf"\b(?:taking|takes|took|spends|spent|keeps|kept) {WHOSE} (?:whole )?(?:pension|"
        r"benefits|wages)\b(?! (?:to|out|in) )|"
        rf"\bleav\w* (?:my (?:\w+ )?{_DEPENDANT}|him|her|them)\b(?: \w+){{0,2}} "
        rf"alone\b[^.?!]{{0,40}}?"
        r"\b(?:all (?:weekend|night|day)|overnight|for days|with no (?:heat|heating|food))\b|"
        rf"\b(?:lock\w*|bolt\w*) (?:his|her|their|{WHOSE}) (?:bed)?(?:room|room door|door) from "
        r"(?:the )?outside\b|"
        r"\bstopped (?:feeding|washing|changing|giving (?:him|her) (?:food|meals|tablets))\b|"
        rf"\b(?:not been|haven't been|stopped|not) (?:changing|giving|doing) {WHOSE} "
        rf"(?:dressings?|"
        r"tablets|insulin|meds|medication|pads?|nappies)\b|"
        # (not "Give him a hiding.", what the client would do to a man: harm to others)
        r"\b(?:gives (?:her|me|him|mum|my \w+)|give (?:me|mum|my \w+)) (?:a )?(?:black eye|split "
        r"lip|bloody nose|fat lip|"
        r"hiding|beating|kicking)\b|"
        r"\b(?:makes?|made|making) me (?:wash|clean|cook|work|scrub|do (?:all )?the)\b[^.?!]{0,60}?"
        r"\b(?:not (?:going|allowed to go) to school|no school|sleep\w* on the)\b|"
        r"\b(?:touch(?:es|ed|ing)?) (?:us|me|her|him|my \w+)\b[^.?!]{0,80}?\b(?:not to tell|don't "
        r"tell|our (?:little )?secret)\b|"
        r"\b(?:makes?|made|making) me sleep (?:out(?:side)?|on the balcony|in the (?:car|shed|"
        r"garden))\b|\bwon't let me (?:back )?in(?:side)? (?:till|until)\b",
        by_client=True,
    ),
)
