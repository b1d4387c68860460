"""Words of risk that the fifth and sixth probes found unread (issue 17's thirty-third pass, read
after each was measured blind twice; the seventh's, read in the thirty-fourth, are at the end):
64 first-person statements, 20 read as nothing; 64
questions answered "Yes.", 12 read as nothing), each as a rule of its own kind: marks asked
about, a weapon kept for someone, a pillow over a face, a car driven at someone, a blade used
again, a child gone without feeds, contact forbidden, a relative's harm told through an
interpreter. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue
from localnotes.notes.risk_cues_harm import STRUCK_BODY
from localnotes.notes.risk_phrases import WEAPON

#: someone the speaker has in mind
_THAT_ONE = (
    r"(?:him|her|them|that (?:guy|bloke|lad|man|woman|prick|idiot|fella|dude)|the (?:guy|bloke|"
    r"lad|man|woman|lads|guys) (?:who|that)\b[^.?!]{0,30}|someone|anyone|somebody)"
)

CUES: tuple[Cue, ...] = (
    # marks asked about: "Any new marks on your arms?", "the marks on your legs, did you do those
    # yourself?"
    cue(
        "self_harm",
        r"\b(?:any )?(?:new |fresh |more )(?:marks|cuts|scratches|burns|scars) on your (?:arms?|"
        r"legs?|wrists?|thighs?|skin|body|stomach|tummy)\b|"
        r"\bdid you do (?:those|them|that|these|it) (?:to )?yourself\b",
    ),
    # one's own body hurt to cope: "do you sometimes hurt your own body to get through it?", "to
    # make myself hurt"; another's body on purpose: "Does Liam bang his head ... on purpose?"
    cue(
        "self_harm",
        r"\b(?:hurt|hurting|harm|harming|punish\w*) (?:my|your) (?:own )?body\b[^.?!]{0,20}?\bto "
        r"(?:get through|cope|feel|calm|punish|get by)\b|"
        r"\bto make (?:my|your)self (?:hurt|bleed|suffer|feel (?:pain|something))\b|"
        r"\b(?:bang|bangs|banging|hit|hits|hitting|bite|bites|biting|scratch\w*) (?:his|her|their) "
        r"(?:own )?(?:head|hands?|arms?|legs?|face|skin)\b[^.?!]{0,30}?\bon purpose\b",
        True,
    ),
    # a blade used on oneself, or again: "the blades I use on myself", "I've been using a blade
    # again" (not a razor to shave)
    cue(
        "self_harm",
        # (not "I used a razor on my legs and got ready")
        r"\b(?:blades?|razors?) (?:that )?i (?:use|used|keep) on (?:myself|my (?:arms?|legs?|"
        r"wrists?|thighs?|skin|body))\b|\b(?:blades?|razors?) on myself\b|"
        r"\b(?:using|used|use) (?:a |the )?(?:blade|razor) again\b",
        True,
    ),
    # the head banged on a wall when it gets bad
    cue(
        "self_harm",
        r"\bi (?:bang|banged|hit|smash|smashed) my head (?:on|off|against) (?:the |a )?(?:\w+ )?"
        r"(?:wall|door|floor)\b[^.?!]{0,20}?\bwhen (?:it|things) (?:gets?|got) (?:bad|too much)\b",
        True,
    ),
    # an overdose not meant to kill: "I took a load of paracetamol, not to die, just to feel
    # something"
    cue(
        "self_harm",
        r"\b(?:took|swallowed|downed|taken)\b[^.?!]{0,30}?\b(?:paracetamol|pills|tablets|meds|"
        r"painkillers|co-?codamol|ibuprofen)\b[^.?!]{0,30}?\bnot to die\b",
        True,
    ),
    # ideation in other words: "had enough of living", "don't wanna be here no more", "don't see
    # the point in being here", "up to the bridge meaning to jump"
    cue(
        "suicidal_ideation",
        r"\b(?:had|have had|'ve had) enough of (?:living|life|being alive|this life)\b|"
        r"\b(?:don't|dont|do not) (?:wanna|want to) be here (?:no more|anymore|any more|no "
        r"longer)\b|"
        r"\b(?:don't|dont|do not|can't|cant) see the point (?:in|of) (?:being here|living|being "
        r"alive|going on|carrying on)\b|"
        r"\b(?:bridge|cliff|roof|tracks|balcony|ledge|tower|car park|multi-storey)\b[^.?!]{0,40}?"
        r"\b(?:meaning|intending|planning|wanting|going|ready) to (?:jump|throw myself|go over)\b|"
        r"\b(?:keep|kept) thinking (?:about|of) just ending it\b",
        True,
    ),
    # a means got, or a place of death stood at: "I bought a rope.", "I stood on the railway line
    # last week" (not "a rope for the boat", not waiting for a train on the platform)
    cue(
        "suicidal_ideation",
        r"\bi(?:'ve| have)? (?:bought|got|got hold of|ordered|hid|hidden) (?:a |"
        r"some |the )?(?:rope|noose|hose ?pipe|charcoal|helium|ligature)\b(?! (?:for|to (?:tie|"
        r"fix|hang (?:the|a|my) (?!self)\w+)|from|swing|ladder|lights?|course|bridge|toy)\b)|"
        r"\bi (?:stood|was standing|sat|was sitting|lay|was lying|waited) (?:down )?on (?:the )?"
        r"(?:railway line|rail(?:way)? tracks|train tracks|tracks|edge of the (?:bridge|cliff|roof|"
        r"platform))\b",
        True,
    ),
    # a burden said with whom they would be better off: "The kids would be better off with their
    # dad if I wasn't around."
    cue(
        "suicidal_ideation",
        r"\bbetter off with (?:their|his|her|my|the) \w+ if i (?:wasn't|weren't|was not|were not) "
        r"(?:around|here|alive)\b",
        True,
    ),
    # harm planned or kept a weapon for: "planning to get back at", "planning to go after that
    # lad", "I keep a blade in the car for when I see that guy", "a knife ... I'm gonna use it",
    # "have to use it on someone"
    cue(
        "harm_to_others",
        r"\bplann\w* (?:to |on )?(?:get(?:ting)? back at|go(?:ing)? after|hurt\w*|attack\w*|"
        # (not a jump with no one named: "were you planning to jump?", off a cliff)
        r"jump\w*(?!\s*(?:[?.!,;]|$|(?:off|from|in|into|out|over)\b))|stab\w*|do (?:him|her|them) "
        r"in)\b|"
        rf"\b(?:keep|keeps|kept|carry|carries|got|have|has) (?:a |my |the )?{WEAPON}\b"
        r"[^.?!]{0,40}?"
        rf"\bfor (?:when i see |if i see |if i run into )?{_THAT_ONE}|"
        rf"\b{WEAPON}\b[^.?!]{{0,60}}?\b(?:i'm|im|i am) (?:gonna|going to) use it\b|"
        r"\buse it on (?:someone|somebody|anyone|anybody|him|her|them)\b",
        True,
    ),
    # harm thought of in other words: "think about hurting your wife", "want to properly hurt the
    # other driver", "putting a pillow over her face", "running that man over", "break his legs"
    cue(
        "harm_to_others",
        r"\b(?:think|thinking|thought) (?:about|of) (?:hurting|harming|hitting|killing) "
        r"(?:your|my) (?:wife|husband|partner|kids?|children|baby|son|daughter|mum|mom|dad|boss|"
        r"neighbou?r)\b|"
        r"\bwant to (?:properly |really |actually )(?:hurt|harm|hit|kill) (?:the (?:other )?\w+|"
        r"him|her|them)\b|"
        r"\b(?:putting|put|hold|holding|press\w*) a pillow over (?:his|her|their) face\b|"
        r"\b(?:thought about|thinking about|think about|want(?:ed)? to|going to|gonna|could have|"
        r"nearly|almost) (?:just )?run(?:ning)? (?:him|her|them|that (?:man|guy|bloke|lad|woman|"
        r"prick|idiot)|the (?:man|guy|bloke|lad)) (?:over|down)\b|"
        r"\b(?:i'm going to|i'm gonna|im gonna|i'll|i will)\b[^.?!]{0,40}?\b(?:break|smash|snap) "
        rf"(?:his|her|their) {STRUCK_BODY}\b",
        True,
    ),
    # a blow to someone's body wished, imagined or meant, in general: "I want to smash his face",
    # "I imagine slitting his throat", "I'd love to punch his lights out" (not "I'd wring his
    # neck if I were younger": a saying, and what could not be)
    cue(
        "harm_to_others",
        r"\bi(?:'d| would| could| want to| wanna| wanted to| feel like| felt like|'ll| will|'m "
        r"going to|'m gonna| am going to| imagine| keep imagining| picture| keep picturing| "
        r"thought about| think about| dream about)(?: just| really| actually| love to| like to)? "
        r"(?:smash|slit|slash|stab|punch|kick|break|snap|crush|strangle|choke|bash|batter|"
        r"rip|gouge|knock|cave|bust|burst)\w* (?:his|her|their|(?:my |the |that |your )?[a-z]+'s) "
        rf"{STRUCK_BODY}\b"
        r"(?![^.?!]{0,30}\bif i (?:were|was|had|could)\b)",
        True,
    ),
    # neglect of a child by the client: "the baby's gone without feeds", "the baby's left crying
    # in the cot for hours"
    cue(
        "abuse_or_neglect",
        r"\b(?:baby|kids?|children|child|toddler|little ones?)(?:'s| has| have| had)? (?:gone|go|"
        r"went|going) without (?:feeds|a feed|food|feeding|meals|eating|nappy changes|being "
        r"changed)\b|"
        r"\b(?:baby|kids?|children|toddler|little ones?)(?:'s| is| was| gets| got| are| were)? "
        r"left (?:crying|screaming|alone|on (?:his|her|their) own)\b[^.?!]{0,30}?\b(?:for hours|"
        r"all day|all night|for ages|for a long time)\b",
        unnamed=True,
        by_client=True,
    ),
    # control and abuse in other words: contact forbidden, a stepdad in one's room at night, a
    # pension taken, a relative's harm told through an interpreter, "belts me"
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|fella|missus))\b"
        r"[^.?!]{0,30}? (?:won't|wouldn't|doesn't|does not|don't|never) lets? me (?:see|visit|"
        r"call|phone|ring|talk to|speak to) (?:my|any) (?:friends?|family|sisters?|brothers?|"
        r"mum|mom|mother|dad|parents|kids|children)\b|"
        r"\b(?:comes?|came|coming) (?:in)?to my (?:room|bed)\b[^.?!]{0,30}?\b(?:don't|didn't|"
        r"do not) like what (?:he|she|they) (?:does|did|do)\b|"
        r"\b(?:\w+)(?:'s| has|s) been (?:taking|keeping|spending) my (?:pension|pay|wages|money|"
        r"benefits|savings)\b|"
        r"\b(?:she|he) says (?:that )?(?:her|his) [\w' -]{1,30}? (?:beats|hits|slaps|kicks|hurts|"
        r"beat|hit|slapped|kicked) (?:her|him)\b|"
        r"\bbelts (?:me|us)\b",
        unnamed=True,
    ),
    # the seventh probe's (issue 17's thirty-fourth pass, read after it was measured blind twice):
    # a family said to manage without one, letters for after one is gone, "want tae no be here",
    # a jump from the block thought of, a gun "eaten"
    cue(
        "suicidal_ideation",
        r"\b(?:would|'d|will) (?:manage|cope|do|get on|get by) (?:just )?(?:fine|better|okay|ok|"
        r"alright|all right)\b[^.?!]{0,15}?\b(?:if i (?:wasn't|weren't|was not|were not) "
        r"(?:here|around)|without me(?! \w+ing\b))\b|"
        r"\b(?:wrote|written|writing|write) (?:\w+ )?(?:letters?|notes?|goodbyes?)\b[^.?!]{0,30}?"
        r"\bfor (?:after|when) i(?:'m| am) gone\b|"
        r"\bwant (?:to|tae) (?:no|not|nae) (?:be here|be around|be alive|exist|wake up)\b|"
        r"\bi (?:think|thought|want|wanted|feel like|felt like)\b[^.?!]{0,15}?\bjump "
        r"(?:down |off )?(?:from |off )?(?:the|my|a|our) (?:block|building|roof|bridge|balcony|"
        r"tower|window|car park)\b|"
        r"\beat(?:ing)? (?:my|a|the) (?:gun|pistol|rifle|shotgun|revolver)\b",
        True,
    ),
    # a blade used, the skin pulled till raw, the head banged when one can't cope; harm to oneself
    # asked outright, which a yes endorses ("have you been doing anything to yourself"; the same
    # words said of oneself only deny, risk_cues_harm)
    cue(
        "self_harm",
        r"\b(?:have|had|did|do|are|were) you (?:ever |been |recently |lately |actually )*(?:do|"
        r"doing|done|did) (?:anything|something) to yourself\b|"
        r"\bi(?:'ve| have)? used (?:a|the) blade\b(?! (?:to|on the|for) (?:shave|cut (?:the|some|"
        r"a)|open|trim))|"
        r"\b(?:pull\w*|pick\w*|scratch\w*|dig\w*|tear\w*|rip\w*|claw\w*) (?:at )?(?:the skin "
        r"(?:on|of) )?my (?:arms?|legs?|skin|face|wrists?|hands?|thighs?|scalp)\b[^.?!]{0,25}?"
        r"\b(?:till|until) (?:it|they)(?:'s| is| are|'re| was| were)? (?:raw|bleed\w*|bled)\b|"
        r"\bi(?:'ve| have)?(?: been)? (?:bang|hit|smash|bash)\w* my head (?:on|off|against) "
        r"[^.?!]{0,25}?\bwhen i (?:can't|cannot|couldn't) cope\b",
        True,
    ),
    # a beating promised, hands round a throat pictured, someone "done", the next one flattened
    cue(
        "harm_to_others",
        r"\bi(?:'m| am)? (?:gonna|going to|will|'ll|want to|wanna) give (?:him|her|them|that \w+|"
        r"the \w+) a (?:good )?(?:hiding|kicking|beating|battering|pasting|doing|thumping|"
        r"hammering|slap|smack|clip)\b|"
        r"\bmy hands (?:round|around|on) (?:his|her|their|\w+'s) (?:throat|neck)\b|"
        r"\b(?:going to|gonna|will|'ll|want to|wanna) do (?:(?:him|her|them) in\b|(?:the|that) "
        r"(?:guy|bloke|lad|man|fella|prick|grass|snitch|woman) (?:who|that)\b)|"
        r"\bi(?:'ll| will|'m gonna|'m going to) (?:flatten|deck|floor|batter|lamp|glass|knock out) "
        r"(?:him|her|them|the (?:next )?(?:guy|bloke|lad|man|fella|one|person)|that \w+|anyone|"
        r"anybody)\b"
        # not "..., that's just talk."
        r"(?![^.?!]*\b(?:(?:that's|it's|just|only) (?:just )?talk|i'm (?:only |just )?(?:kidding|"
        r"joking))\b)",
        unnamed=True,
    ),
    # a weapon carried to use on someone; getting back at someone, physically
    cue(
        "harm_to_others",
        rf"\b(?:carry|carrying|carried|take|taking|took|bring|bringing|keep|keeping) (?:a|the|my|"
        rf"your) {WEAPON}\b[^.?!]{{0,20}}?\bto use on {_THAT_ONE}|"
        r"\b(?:get|getting|got) (?:back at|even with)\b[^.?!]{0,40}?\bphysically\b|"
        r"\bphysically\b[^.?!]{0,30}?\b(?:get|getting) (?:back at|even with)\b",
        unnamed=True,
    ),
    # a man of the house coming into one's room at night; a beating of all the children; a parent
    # in one's care not washed or fed
    cue(
        "abuse_or_neglect",
        r"\b(?:he|my (?:\w+ )?(?:stepdad|stepfather|step-dad|dad|da|father|uncle|brother|grandad|"
        r"grandfather|cousin|mum's boyfriend|mom's boyfriend))(?: \w+)? (?:used to |would |'d )?"
        r"(?:come|came|get|got|climb|climbed|creep|crept) (?:in)?to (?:my|our) (?:room|bed|"
        r"bedroom) at night\b|"
        r"\b(?:he|she|they|my \w+)\b(?: \w+){0,2} (?:beat|battered|thrashed|leathered|belted)"
        r"(?: \w+)? (?:the lot of us|all of us|us all|us kids|me and my \w+)\b|"
        r"\b(?:beat|battered|thrashed|leathered)\b[^.?!]{0,25}\bblack and blue\b|"
        # "did anyone touch you in a way you didn't want?"
        r"\b(?:touch|touched|touching|touches) (?:you|me)\b,? in (?:a|any) way (?:you|i|that)\b",
        unnamed=True,
    ),
    # one in the speaker's care left unwashed or unfed: "I haven't been able to get Mum washed or
    # fed properly for weeks" (the "haven't" is the neglect, not a denial)
    cue(
        "abuse_or_neglect",
        r"\b(?:haven't|hasn't|have not|can't|cannot|couldn't|not) (?:been able to |managed to )?"
        r"(?:get|got|keep|kept) (?:mum|mom|mam|dad|him|her|them|my \w+|the (?:kids|children|baby)) "
        r"(?:washed|fed|changed|cleaned|bathed)\b[^.?!]{0,25}?\bfor (?:days|weeks|months)\b",
        unnamed=True,
        by_client=True,
    ),
)
