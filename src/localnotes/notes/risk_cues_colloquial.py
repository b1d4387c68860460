"""Words of risk in colloquial speech that a blind probe of everyday statements and questions
found unread (issue 17's thirty-second pass, the fourth probe: 32 first-person statements, 12
read as nothing; 32 questions answered "Yes.", 5 read as nothing), each written as a rule of its
kind, in wordings of its own, not as the probe's sentence.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

#: a partner, a relative or a carer, as people name them
_CLOSE = (
    r"(?:he|she|they|my (?:husband|wife|partner|fella|missus|boyfriend|girlfriend|son|daughter|"
    r"family|carers?|dad|father|mum|mom|mother|hubby|other half|old man))"
)

CUES: tuple[Cue, ...] = (
    # a death asked of God: "I pray every night that the Lord takes me", "wishing God would just
    # take you" (not "God will take care of me")
    cue(
        "suicidal_ideation",
        r"\b(?:god|the lord|the good lord|jesus|allah|him upstairs)\b(?: (?:would|will|could|might|"
        r"to|'d|'ll|should))? (?:just |please |finally )?(?:take|takes|call|calls) (?:me|you)"
        r"\b(?! (?:care|through|to (?:church|mass|the)|out|back|in)\b)",
        True,
    ),
    # an end said as what one will do: "I'm going to end it", "im gonna end it all" (not "end it
    # with him")
    cue(
        "suicidal_ideation",
        r"(?:(?<=\bi'm going to )|(?<=\bi'm gonna )|(?<=\bim gonna )|(?<=\bim going to )|"
        r"(?<=\bi am going to )|(?<=\bi'll )|(?<=\bi will ))(?:just )?end it\b"
        r"(?! (?:with|between|for|off|now with)\b)",
        unnamed=True,
    ),
    # "Mi cut up mi arm again", "slashed up my legs"
    cue(
        "self_harm",
        r"\b(?:cut|cuts|cutting|slash\w*|slic\w*) up (?:my|your|mi) (?:own )?(?:\w+ )?(?:(?:fore)?"
        r"arms?|wrists?|legs?|thighs?|skin|stomach)\b",
        True,
    ),
    # harm taken out on one's own body: "do you ever take it out on your own body?"
    cue(
        "self_harm",
        r"\b(?:tak(?:e|es|ing|en)|took) (?:it|things|that) out on (?:my|your) (?:own )?"
        r"(?:body|skin|arms?|legs?)\b",
    ),
    # an overdose told by its amount: "I took a load of paracetamol on Saturday" (not "for the
    # flu"); of no stated intent, reported as ideation, as `risk_cues_probed`'s "took all my
    # tablets at once" is, so the questions after it ("Any thoughts like that?") answer ideation
    cue(
        "suicidal_ideation",
        r"\b(?:took|swallowed|necked|downed|had) (?:a (?:load|lot|bunch|handful|heap|pile|fistful|"
        r"whole (?:packet|box|bottle|strip|pack))|loads|handfuls|two packets|a couple of packets) "
        r"of (?:(?:my|the|his|her) )?(?:\w+'s )?(?:paracetamol|tylenol|panadol|pills|"
        r"tablets|painkillers|sleeping (?:pills|tablets)|meds|co-codamol|codeine|ibuprofen|"
        r"aspirin|insulin)\b(?![^.?!]*\bfor (?:the|my|a) (?:flu|cold|headache|pain|back|tooth|"
        r"period|migraine)\b)",
        unnamed=True,
    ),
    # harm wished on people unnamed: "people out there you want to physically hurt", "someone I'd
    # like to hurt"
    cue(
        "harm_to_others",
        r"\b(?:people|anyone|anybody|someone|somebody|a person)(?: out there| in particular| at "
        r"work| at home)?(?: that| who)? (?:you|i)(?:'d| would)? (?:want|wanted|feel like|like|"
        r"'d like) (?:to )?(?:physically )?(?:hurt|harm|hit|kill|attack|stab|batter)\b",
    ),
    # "find him and do him in", "I'll do her in" (not "it does me in": tired)
    cue(
        "harm_to_others",
        r"\b(?:do|did|doing) (?:him|her|them) in(?=\s*(?:[.,;!?]|$)| (?:and|or|if|when|for good|"
        r"properly|one day|myself|with)\b)|"
        # "smashing my boss's face in", "kick his head in"
        r"\b(?:smash\w*|kick\w*|cave\w*|bash\w*|punch\w*) (?:his|her|their|(?:my |the |that |this )"
        r"?\w+'s) (?:face|head|teeth) in\b",
    ),
    # neglect by carers: left wet or soiled, meals or tablets withheld
    cue(
        "abuse_or_neglect",
        r"\b(?:leave|leaves|left|leaving) (?:you|me|him|her|them|mum|dad) (?:sitting |lying |"
        r"sat )?(?:in )?(?:wet|soiled|dirty|in (?:wet|soiled|dirty) \w+|in (?:my|your|his|her) own "
        r"mess)\b|\b(?:not|don't|didn't|never|won't) (?:give|giving|gave) (?:you|me|him|her) "
        r"(?:your|my|his|her|any) (?:meals|food|dinner|tablets|medication|meds|water)\b",
    ),
    # a strap or stick, its name misheard, used on one's body: "He used the kaboko on me, on my
    # back and my legs"
    cue(
        "abuse_or_neglect",
        r"\b(?:used|uses|took|takes) (?:the|a|his|her) (?!(?:\w+ )?(?:cream|lotion|suncream|"
        r"sunscreen|oil|gel|ointment|spray|massager|brush|towel|sponge|flannel|scanner|stethoscope|"
        r"probe|machine|camera|plasters?|bandages?)\b)(?:\w+ ){1,2}(?:on|to) (?:me|us)\b(?=,? "
        r"(?:on|across|all over) (?:my|our) (?:back|legs?|bum|bottom|backside|hands?|arms?|face|"
        r"head|body)\b)",
    ),
    # asked of a couple, or of someone cared for: "Has either of you ever hit, pushed, or
    # frightened the other one?", "is anyone unkind to you, or taking advantage?"
    cue(
        "abuse_or_neglect",
        r"\b(?:hit|pushed|shoved|frightened|scared|hurt|threatened|grabbed)(?:,? (?:or |and )?"
        r"(?:hit|pushed|shoved|frightened|scared|hurt|threatened|grabbed))* the other(?: one)?\b"
        r"(?=[^.?!]*\?)|"
        r"\b(?:anyone|anybody|someone|somebody|no ?one|nobody)(?:'s| is| has been| been| being)? "
        r"(?:ever )?(?:unkind|nasty|cruel|rough|horrible) (?:to|with) (?:you|me|him|her)\b|"
        r"\b(?:anyone|anybody|someone|somebody)\b[^.?!]{0,40}\btaking advantage(?= ?[?,]|\s*$)|"
        # "Anyone not treating you right, or leaving you without help?"
        r"\b(?:anyone|anybody|someone|somebody|no ?one|nobody)(?:'s| is)? not treating (?:you|me) "
        r"(?:right|well|properly|kindly)\b|\b(?:leaving|left|leave|leaves) (?:you|me) without "
        r"(?:help|food|care|meals|your meds|my meds|your medication|my medication)\b",
    ),
    # abuse asked of someone at home: "has anyone hurt Leo or you?", "is he ever rough with you or
    # frightening to you?", "Has he ever hurt the children?", "anyone treating your mum badly?"
    cue(
        "abuse_or_neglect",
        r"\b(?:hurt|hurting|hit|hitting|harmed|harming) \w+,? or (?:you|me)\b(?=[^.?!]*\?)|"
        r"\b(?:rough|violent|heavy-handed) with (?:you|them|the (?:kids|children))\b"
        r"(?=[^.?!]*\?)(?![^.?!]{0,30}\b(?:scrum|match|game|rugby|football|footy|wrestling|judo|"
        r"training|practice|sparring|pitch|tackle)\b)|"
        r"\bfrightening (?:to )?(?:you|me)\b(?=[^.?!]*\?)|"
        r"\b(?:has|does|did|is|was|have) (?:he|she|they|your \w+|anyone|anybody|someone|somebody) "
        r"(?:ever )?(?:hurt|hit|harm|harmed|smack|smacked|hurting|hitting|harming) (?:the|your) "
        r"(?:kids|children|baby|son|daughter|boy|girl|little ones?|grandchildren)\b|"
        r"\b(?:treat|treats|treating|treated) (?:your|my) (?:mum|mom|dad|mother|father|nan|gran|"
        r"husband|wife|son|daughter|kids|children) (?:badly|roughly|cruelly)\b",
    ),
    # a blow given: "took the phone off me and gave me a dig", "he gave her a black eye" (not "gave
    # me a dig about my weight", a word; not "gave me a kick up the backside"; not a game lost)
    cue(
        "abuse_or_neglect",
        r"\b(?:gave|gives|give|giving|given) (?:me|you|us|my (?:mum|mom|mother|sister|brother|"
        r"kids?|son|daughter|baby)) (?:a |an )?(?:good |proper |right |real |few )?"
        r"(?:slaps?|smacks?|digs?|thumps?|clatter|belt|hiding|kicking|beating|battering|"
        r"hammering|leathering|black eye|"
        r"wallop|clout|punch|kick|shove|split lip|bloody nose|fat lip|burst lip|bust lip|clip "
        r"round the ear)\b(?! (?:about|at|over|up|out|for|to nothing|in the ribs)\b)"
        r"(?![^.?!]{0,30}\b(?:final|match|game|cup|league|derby|semi|quiz|chess|cards|golf|"
        r"tennis|squash|debate|rugby|football|footy)\b)",
    ),
    # money taken by someone close: "My husband takes my whole pay and gives me pocket money"
    cue(
        "abuse_or_neglect",
        # (not "He never takes my money": the word between is no negation)
        rf"\b{_CLOSE} (?:(?!never\b|not\b|nae\b)\w+ )?(?:takes?|took|keeps?|kept|controls?|"
        r"controlled|has|had) (?:all )?"
        r"(?:of )?my (?:whole |entire )?(?:pay|wages|salary|money|pension|benefits|paycheck|"
        r"pay packet|bank card|savings)\b(?![^.?!]*\b(?:for me|for us|safe|in (?:the|a) bank|to "
        r"the (?:bank|post office)|to pay)\b)",
        unnamed=True,
    ),
    # prison slang: "I cut up Tuesday." (cut oneself; not "I cut up an onion", "I was cut up")
    cue(
        "self_harm",
        r"\bi (?:cut|cutted) up\b(?=\s*$|[.,!]|(?: on| last| this| again| yesterday| today| "
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",
        True,
    ),
)
