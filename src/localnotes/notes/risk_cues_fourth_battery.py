"""Risk in the words of the fourth battery of plain telling (tests/data/risk_battery_43), read in
issue 17's forty-third pass after it was measured unread (48 of 100 missed at the pass's start and
after its first rules), each made general: sleep without waking "would be a relief"; a lorry one
would not swerve from; the way worked out once one wants it all to stop; everything sorted "so
nobody has to deal with it"; almost glad it might be cancer; a rope and a beam checked; "that's the
way, quick"; a drive to the cliffs "and that'll be that"; tablets bought from different shops;
stepping off the platform; passwords written down for someone; a note kept with the day not yet
picked; "no one would find me"; goodbye texts sent; pills saved up; a kit kept so the cuts are not
found; blades broken out of razors; boiling water poured over one's hand; an edge used on one's
arm; cigarettes stubbed out on one's arm; "after I cut"; a cut deeper than meant; marks that are
"me with the razor"; a wound dug open; someone dragged out by the collar; poison put in someone's
tea; someone choked out; a weapon ordered "for when I see" someone; an arm twisted behind someone's
back; someone got against the wall by the neck; someone's address and hours written down to pay
him back; pills handed out only if one signs money over; a parent not checked on, left in the same
pad, a baby's bottles forgotten, children sent in hungry, little ones locked in when one goes out;
locked in the house; one's tablets given when another decides; food only when he says so;
appointments one is not let go to alone. Cues as in risk_cues, whose shape they share. Patterns
run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue
from localnotes.notes.risk_phrases import WEAPON

#: a body part one harms
_BODY = r"(?:legs?|arms?|wrists?|thighs?|stomach|belly|hips?|forearms?|ankles?|hands?|skin)"
#: an old or young one in someone's care
_DEPENDANT = (
    r"(?:mam|mum|mom|dad|nan|gran|grandad|grandma|father|mother|the baby|my baby|the kids|my kids|"
    r"the children|my children|the little ones|my little ones|the twins|my twins)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "if i went to sleep and didnt wake up that would be fine"
        r"\b(?:go|went|going) to sleep and (?:just )?(?:didn'?t|did not|never|wouldn'?t|don'?t) "
        r"wake(?: up)?\b[^.?!]{0,20}?\b(?:would be|that'?d be|it'?d be|i'?d be|wouldn'?t mind)\b|"
        # "if a lorry came across the line I wouldn't swerve"
        # (read from the condition on, which is the wish: a cue inside it reads as hypothetical)
        r"(?:\bif (?:a|the) )?\b(?:lorry|truck|bus|train|van|artic)\b[^.?!]{0,50}?\bi (?:wouldn'?t|"
        r"would not|won'?t|"
        r"will not) (?:swerve|brake|move|step (?:back|aside|away))\b|"
        # "you want it all to stop and you start working out how you'd do it"
        r"\bwant (?:it|everything) (?:all )?to (?:stop|end)\b[^.?!]{0,60}?\bhow (?:i'?d|you'?d|i "
        r"would|you would|to) do it\b|"
        r"\bsorted (?:everything|it all|all my (?:stuff|things|affairs)|my affairs)(?: out)? so "
        r"(?:nobody|no one|no-one|they|my \w+) (?:has|have|will have|won't have|doesn'?t have) "
        r"to\b|"
        # "when the doctor said it might be cancer I was almost glad"
        r"\b(?:might|may|could) be (?:cancer|a tumou?r|terminal)\b[^.?!]{0,30}?\bi (?:was|felt) "
        r"(?:almost |secretly |half |a bit |kind of )?(?:glad|relieved|pleased)\b|"
        r"\brope\b[^.?!]{0,80}?\b(?:checking|checked|testing|tested|looking at) the (?:beam|"
        r"rafters?|banister|bannister|loft hatch|hook)\b|"
        r"\b(?:i keep thinking|i think|i thought) (?:that'?s|that would be|that'd be) (?:the|my) "
        r"(?:way|way out)\b(?!\s+(?:to|forward|home|in|round|around)\b)|"
        # "If I don't get the job I'm driving up to the cliffs on Sunday and that'll be that"
        r"(?:\bif\b[^.?!]{0,50}?)?\b(?:cliffs?|bridge|tracks|river|quarry|motorway|viaduct|pier)\b"
        r"[^.?!]{0,30}?\band "
        r"(?:that'?ll|that will|that'd|that would) be (?:that|it|the end)\b|"
        r"\b(?:bought|buying|got|getting) (?:a load of |loads of |lots of )?(?:paracetamol|"
        r"tablets|pills|painkillers|co-codamol|ibuprofen) from (?:different|several|a few|lots of|"
        r"loads of) (?:shops|chemists|pharmacies|places)\b|"
        r"\b(?:step|stepping|stepped|jump|jumping) off the platform\b|"
        r"\b(?:written|wrote|writing|left|leaving) (?:down )?(?:all )?my passwords (?:down "
        r")?(?:for|"
        r"with)\b|"
        r"\b(?:note|letter)\b[^.?!]{0,80}?\b(?:haven'?t|have not|not) (?:yet )?(?:picked|chosen|"
        r"set|decided) (?:a|the) (?:day|date)\b|"
        # (read from "would": its "no one" denies nothing)
        r"(?:(?<=\bno one )|(?<=\bnobody )|(?<=\bno-one ))would find me\b|"
        # a deadline set oneself: "if it's no better by Christmas I'm done"
        r"\bif (?:it'?s|it is|things are|nothing'?s|it isn'?t|things aren'?t) (?:no |not |any )?"
        r"(?:better|different|sorted|fixed)\b[^.?!]{0,20}?\bby \w+\b[^.?!]{0,15}?\b(?:i'?m|i am) "
        r"(?:done|finished|out)\b|"
        r"\bgoodbye (?:texts?|messages?|letters?|notes?|videos?) (?:i'?d|i had|i) (?:sent|written|"
        r"wrote|left|typed|recorded)\b|"
        # "if the court says I can't see the kids I've got my sleeping pills saved up"
        r"(?:\bif\b[^.?!]{0,60}?)?\b(?:sleeping |my )?(?:pills|tablets|meds) (?:saved|stored|"
        r"stockpiled|put by|hoarded)"
        r"(?: up)?\b",
        True,
    ),
    cue(
        "self_harm",
        r"\bso (?:my \w+|nobody|no one|they|he|she|people) (?:doesn'?t|don'?t|won'?t|can'?t|"
        r"wouldn'?t|never) (?:find out about|see|notice|know about|ask about) (?:the|my) (?:cuts|"
        r"marks|scars|burns)\b|"
        r"\b(?:broke|broken|snapped|took|taken) the blades? out\b|"
        rf"\bpour(?:ed|s|ing)? (?:boiling|hot) water\b[^.?!]{{0,30}}?\bover my {_BODY}\b|"
        rf"\bused (?:the|its|a|an) (?:edge|blade|corner|point) on my {_BODY}\b|"
        rf"\bstub(?:bed|s|bing)? (?:my |the )?(?:cigarettes?|fags?|ciggies?|cigs?) out on (?:the "
        rf"(?:inside|back|top) of )?my {_BODY}\b|"
        # (not a tool borrowed for work: "My cousin keeps the knife. I use his when I cut.")
        r"(?<!use his )(?<!use hers )(?<!use her )(?<!use mine )(?<!use one )(?<!use that )"
        r"(?<!use this )(?<!use it )(?<!use them )"
        r"\b(?:after|when|whenever|every time|each time) i cut\b(?! (?:the|my hair|it|them|a|an|"
        r"some|up|down|out|off|back|in|through|myself)\b)(?=\s*(?:[,.;]|$|i\b|and\b))|"
        r"\bi cut (?:too )?deep(?:er)? than i (?:meant|wanted|planned)\b|"
        r"\b(?:that'?s|that is|those are|that was) (?:me|mine) with (?:the|a|my) (?:razor|blade|"
        r"knife|compass|lighter|scissors)\b|"
        r"\b(?:dig|digging|dug|pick|picking|picked) at (?:it|them|my \w+)\b[^.?!]{0,25}?\b(?:till|"
        r"until) (?:it'?s|it is|they'?re|they are) (?:open|bleeding|raw)\b",
        True,
    ),
    cue(
        "harm_to_others",
        r"\bdragged (?:him|her|them) (?:out )?by (?:his|her|their|the) (?:collar|hair|neck|"
        r"throat)\b|\brammed (?:his|her|their|[a-z]+'s) (?:car|van|bike|motorbike|truck)\b|"
        r"\bi know where (?:he|she|they) (?:lives?|parks?|works?|"
        r"drinks?)\b[^.?!]{0,40}?\b(?:bought|"
        r"got|have|'ve got) (?:a|some) (?:can of petrol|petrol|knife|bat|hammer|acid|gun)\b|"
        r"\b(?:putting|put|slip|slipping|slipped|adding) (?:some|it|poison|bleach|rat poison) in "
        r"(?:his|her|their) (?:tea|coffee|food|drink|dinner|tea)\b|"
        r"\bchoked (?:him|her|them) out\b|"
        rf"\b(?:ordered|bought|got|buying|ordering) (?:a|an|the|some) (?:\w+ )?{WEAPON}\b"
        r"[^.?!]{0,20}?\bfor when i see\b|"
        r"\btwisted (?:his|her|their|[a-z]+'s|my [a-z]+'s) arm (?:up )?behind (?:his|her|their) "
        r"back\b|"
        r"\b(?:got|had|pinned|held|pushed|shoved) (?:him|her|them) (?:up )?against the wall by "
        r"(?:his|her|their|the) (?:neck|throat|collar)\b|"
        r"\bwhen (?:he'?s|she'?s|he is|she is|they'?re) (?:on (?:his|her|their) own|alone)\b"
        r"[^.?!]{0,40}?\bso (?:i|that i) can (?:pay (?:him|her|them) back|get (?:him|her|them)|"
        r"sort (?:him|her|them) out|do (?:him|her|them))\b|"
        rf"\bwait(?:ing)? for {PEOPLE}\b[^.?!]{{0,40}}?\band (?:smash|batter|kick|punch|stab|kill|"
        r"knock|beat|deck|glass|do)\b",
    ),
    cue(
        "abuse_or_neglect",
        r"\bonly gives? me (?:them|my (?:pills|tablets|meds|medication|medicine|money|food|"
        r"insulin|inhaler))\b"
        r"[^.?!]{0,20}?\bif\b|"
        r"\b(?:so )?(?:i'?m|i am|i get|i was) locked in (?:the house|the flat|all day|most days|"
        r"every day)\b|\bso (?:i'?m|i am|we'?re|we are) locked in\b|"
        r"\bdecides? when i (?:get|can have|take) my (?:\w+ )?(?:tablets|pills|meds|medication|"
        r"medicine|food|money|insulin)\b|"
        r"\b(?:till|until) (?:he|she|her \w+|my \w+|his \w+) says (?:you|i|we) can eat\b|"
        r"\b(?:won'?t|will not|doesn'?t|does not) let me (?:go to|see|attend) (?:my |the "
        r")?(?:\w+ )?"
        r"(?:appointments?|doctor|gp|midwife|scans?)\b|"
        r"\btells? (?:the|my) (?:midwife|doctor|gp|nurse|health visitor) what to say\b",
    ),
    # neglect told by the one who neglects
    cue(
        "abuse_or_neglect",
        rf"\b(?:haven'?t|have not|hasn'?t) been (?:round|over|in) to (?:check on|see) "
        rf"(?:my |our )?{_DEPENDANT}\b"
        r"[^.?!]{0,10}?\bin (?:about |over )?(?:a|two|three|four) (?:fortnight|weeks?)\b|"
        r"\b(?:leav\w*|left|leave) (?:my \w+|him|her|them)\b[^.?!]{0,40}?\b(?:all day|for days|"
        r"overnight) in the same (?:pad|nappy|clothes)\b|"
        r"\b(?:forget|forgot|forgetting) (?:her|his|their|the baby's) (?:bottles?|feeds?|meals?|"
        r"nappies|medicine)\b|"
        r"\bmy (?:kids|children|son|daughter|boys|girls) (?:were|are|was|is|have been|has been) "
        r"(?:coming in|going in|going to school|turning up) (?:hungry|dirty|unwashed)\b|"
        r"\bi (?:lock|locked|locking) (?:the (?:little ones|kids|children|baby|twins)|my (?:kids|"
        r"children|little ones)|them) in (?:their|the|a) (?:room|bedroom|house|flat)\b"
        r"[^.?!]{0,30}?\bwhen i (?:go|went) out\b",
        by_client=True,
    ),
)
