"""Risk asked and told as the probe p25 asks and tells it (issue 17's fifty-first pass, read
after two passes blind), each made general: pills "to end it"; urges to harm one's own body;
biting oneself; a weapon got to use on someone; violence to a relative one looks after; someone
at home who frightens; sex made to happen; food or medicine kept from one; a date picked; things
given away that one "won't be needing much longer"; a car swerved at a bridge on purpose "to be
over"; one step from a roof "and all this finishes"; a driver who nearly ran someone over on
purpose; how one would "do it" to someone, written down; a parent left alone without food; a
partner who does not let one eat; a child threatened to keep one quiet. Cues as in risk_cues,
whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_THINGS = r"(?:pills|tablets|an overdose|a rope|the rope|a gun|the gun|the car|the bridge)"

CUES: tuple[Cue, ...] = (
    cue(
        "suicidal_ideation",
        # "Have you thought about taking pills to end it?" (not "ending it with him")
        rf"\b(?:taking|take|took|using|use|used) {_THINGS} to end it\b(?! (?:with|between)\b)|"
        # "I've picked the date, the twelfth, after my son's birthday" (not for a wedding)
        r"\bi(?:'ve| have)? (?:picked|chosen|set|fixed) (?:a|the|my) (?:date|day)\b"
        r"(?![^.?!]{0,50}?\b(?:wedding|party|move|moving|holiday|trip|surgery|operation|"
        r"appointment|exam|court|hearing|sale|launch|meeting|do|retirement|christening|interview|"
        r"match|gig|race|flight|visit|opening|reunion|birthday party|shower|dinner|treatment)\b)|"
        # "I gave my guitar away, because I won't be needing them much longer"
        r"\bi won't (?:be )?need(?:ing)? (?:them|it|those|these|that|this|any of (?:it|them))\b"
        r"[^.?!]{0,15}?\b(?:much longer|for (?:much|very) long|where i'm going)\b|"
        # "I swerved at the bridge on purpose, I wanted it to be over"
        r"\bi wanted (?:it|everything|all of it|all this|this) to be over\b(?! (?:with|quickly|"
        r"fast|soon|so (?:we|i) could)\b)|"
        # "some nights I stand on the roof and think, one step and all this finishes"
        r"\bone step and (?:it(?:'s| is| would be| all)|all (?:this|of this|of it|of that)|"
        r"everything|it'd all be)\b[^.?!]{0,10}?\b(?:over|finish\w*|end\w*|done|gone|stop\w*)\b",
        True,
    ),
    cue(
        "self_harm",
        # "urges to harm your own body", "I bit myself till it bled"
        r"\b(?:harm|hurt|damage|punish) (?:your|my) own body\b|"
        # (not "I was a bit myself")
        r"\b(?:bitten|(?<!\ba )(?<!\blittle )bit|bite|biting) (?:yourself|myself|my (?:arms?|hands?"
        r"|wrists?)|your (?:arms?|hands?|wrists?))\b(?! by (?:accident|mistake))",
        True,
    ),
    cue(
        "harm_to_others",
        # "a weapon because you want to use it on a particular person"
        r"\b(?:weapon|knife|gun|blade|machete|bat)\b[^.?!]{0,40}?\b(?:use|used|using) it on "
        r"(?:a (?:particular |certain |specific )?(?:person|someone)|someone|somebody|him|her|"
        r"them|a \w+)\b|"
        # "been violent towards an older relative you look after"
        r"\b(?:been|got|get|gotten|was|were) violent (?:towards?|to|with) (?:an? |your |my |the )?"
        r"(?:\w+ ){0,2}(?:relative|person|parent|mother|mum|mom|father|dad|child|children|kids?|"
        r"partner|wife|husband|someone|anyone|anybody|patient|resident|man|woman|lady|"
        r"gentleman|client)\b|"
        # "I nearly ran my boss over in the car park on purpose"
        r"\bi (?:nearly |almost |tried to )?(?:ran|run) (?:my |the |him|her|them)(?:\w+ )?"
        r"(?:\w+ )?(?:over|down)\b[^.?!]{0,30}?\bon purpose\b|"
        # "I wrote it all down, how I'd do it to the teacher who failed me"
        r"\bhow i(?:'d| would| will|'ll|'m going to) (?:do it to|get|hurt|kill|make) (?:him|her|"
        r"them|the \w+|my \w+)\b[^.?!]{0,60}?\b(?:notebook|written|wrote|list|plan)\b|"
        r"\b(?:wrote|written|writing) (?:it all|it|all) down\b[^.?!]{0,10}?\bhow i(?:'d| would|"
        r"'ll| will) do it to\b",
        True,
    ),
    cue(
        "abuse_or_neglect",
        # asked: "Is there anyone at home who frightens you?", "made you have sexual contact",
        # "kept you from food or your medicine"
        r"\b(?:anyone|anybody|someone|somebody)(?: at home| in your (?:home|house|family|life))? "
        r"(?:who|that) (?:frightens|scares|threatens|bullies|controls) you\b|"
        r"\bmade you (?:have sex|have sexual \w+|do (?:sexual|sex) \w+|do things sexually)\b|"
        r"\bkept you (?:from|away from) (?:food|eating|meals|your (?:food|medicine|medication|"
        r"medicines|tablets|pills|insulin))\b|"
        # "My boyfriend doesn't let me eat until he says so"
        # (a parent's rule is no abuse: "My mum won't let me see my friends till my exams are
        # done"; food kept back is, by anyone)
        r"\b(?:he|she|they|my \w+)(?:'s| has)? (?:doesn't|does not|don't|won't|will not|not|never) "
        r"lets? me (?:eat|have (?:food|any food|money|my money))\b|"
        r"\b(?:my |her |his )?(?:husband|wife|partner|boyfriend|girlfriend|fiance|fiancee)(?:'s| "
        r"has)? (?:doesn't|does not|don't|won't|will not|not|never) lets? me (?:have (?:my phone|"
        r"my keys|a key)|sleep|see (?:my|a) \w+|go out|leave the house)\b|"
        # "My stepdad said if I tell anyone he'll hurt my little brother"
        r"\bif i (?:tell|told|say|said) (?:anyone|anybody|someone|the \w+)\b[^.?!]{0,10}?\b(?:he|"
        r"she|they)(?:'ll| will|'d| would) (?:hurt|kill|hit|harm|beat) (?:me|my \w+(?: \w+)?)\b|"
        # a parent left alone for days without food: "leaving my mam alone in the flat three or
        # four days at a time, and there's no food in"
        r"\bleav\w* (?:my|me) (?:mam|mum|mom|mother|dad|father|nan|gran|grandad|grandma|"
        r"grandpa|kids?|children|son|daughter|baby)\b[^.?!]{0,40}?\b(?:alone|on (?:her|his|their) "
        r"own|by (?:her|him|them)sel\w+)\b[^.?!]{0,60}?\b(?:no food|nothing to eat|no heating|"
        r"days at a time|for days|overnight|all (?:day|night|weekend))\b",
    ),
)
