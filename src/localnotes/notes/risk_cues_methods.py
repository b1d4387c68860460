"""Risk told as a thought of the act, built from parts rather than listed whole (issue 17's
thirty-fifth pass): a first-person thought ("I thought about", "I've been thinking of", "I
thought I should just") of ending it, of walking into traffic or the water, of
putting the car into a pole; a sleep one would not wake from with words between; a wish not to
have woken; and what a purpose said after the act makes of it ("I put my arm on the stove. On
purpose.", "... into a pole. Like, end it.": the two sentences read together by
risk_fragments). Harm to others and abuse in forms the lists had not named: shaking a baby one
feels like shaking, a car torched "with him in it", a partner who "gets handy", a phone taken,
children not fed. The fortieth pass (from av's written turns) adds a gun held ready ("sits in his
truck with his pistol in his lap for two hours", read as the teller's own once the story is
owned) and a weapon taken after someone ("chased Mr Barrett down the lane with a cutlass",
"Mi did want fi chop him"). Cues as in risk_cues, whose shape they share. Patterns run on
lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import PEOPLE, Cue, cue

#: a first-person thought or urge, ready for the act: "I thought about just", "I've been
#: thinking of", "I thought I should just", "I wanted to" (not "I nearly drove into a tree on
#: the ice": a near miss is an accident as often as not)
THOUGHT_I = (
    r"\bi(?:'ve| have| had|'d| was| am|'m| keep| kept| even| just| sometimes| honestly)?"
    r"(?: been| kind of| sort of| really| seriously| actually| almost)? (?:thought|think|"
    r"thinking|considered|considering|pictured|picturing|imagined|imagining|wanted|want|"
    r"felt like|feel like|was tempted|had the urge|get the urge|got the urge)"
    r"(?: about| of| to| i (?:should|could|would|might|'d|will|'ll|was going to))?"
    r"(?: just| simply| really| maybe)?"
)
#: a gun by name (not a toy: "water gun" and "nerf gun" put no word before "gun" here)
_GUN = r"(?:gun|pistol|rifle|shotgun|revolver|handgun|service weapon|firearm)"
#: what moves and what one could step in front of, or drown in
_TRAFFIC = (
    r"(?:traffic|(?:the )?road|cars?|bus(?:es)?|trains?|trams?|lorr(?:y|ies)|trucks?|"
    r"motorway|highway|freeway|tracks|railway line)"
)
#: water one walks into (not "I wanted to jump in the lake": a swim)
_WATER = (
    r"(?:sea|river|lake|ocean|water|canal|surf|waves|loch)"
    # (not "walk into the sea for a paddle")
    r"(?![^.?!]{0,15}\b(?:paddle|swim|dip|cool (?:off|down))\b)"
)
#: a vehicle and what it could be driven into
_VEHICLE = r"(?:car|ute|truck|van|bike|motorbike|lorry|cab|suv|jeep|pickup|wagon|tractor)"
_OBSTACLE = (
    r"(?:pole|lamp ?post|post|tree|wall|pillar|bridge|truck|lorry|train|bus|barrier|ditch|river|"
    r"lake|cliff|edge|abutment|median|guard ?rail|road train|semi|dam|quarry|sea)"
)
#: a purpose of ending said after the act, the two sentences read together, or after a comma
#: where speech recognition heard no full stop (not "It's over." alone: a relationship, a match)
_ENDING_AFTER = (
    r"[.,] (?:like,? |just |and )?(?:end it(?: all)?(?! with| between)|(?:so,? |and )it "
    r"(?:all )?(?:stops|ends|would stop|would end|'d stop|'d end|would be over|'d be over|"
    r"'s over|is over)|"
    r"(?:\w+ing )?(?:there )?(?:till|until) it's (?:all )?over|save (?:everyone|everybody|"
    r"them|you all) the trouble|not (?:have to )?wake up|be done with it)\b"
)
_BODY = r"(?:(?:fore)?arms?|hands?|wrists?|legs?|thighs?|fingers?|palms?|skin|feet|foot|face)"
_HOT = (
    r"(?:stove|hob|heater|iron|radiator|kettle|oven|fire|flame|candle|pan|grill|lighter|"
    r"cooker|element|hot plate|hotplate|boiling water|exhaust|engine)"
)
_HOLD = r"(?:put|held|pressed|pushed|stuck|laid|rested|kept|ran|shoved|placed)"

CUES: tuple[Cue, ...] = (
    # thoughts of death, dying, suicide, ending it (moved from risk_cues in the thirty-fifth pass;
    # not "I thought about ending it with him": a relationship)
    cue(
        "suicidal_ideation",
        r"\b(?:thoughts?|thinking|thought|think|thinks)(?:,? (?:like (?:that|this)|lately|"
        r"recently|at all|these days|about (?:yourself|your life|the future)))*,? "
        r"(?:(?:ever |still )?(?:come|comes|came|coming) )?(?:of|about) (?:death|dying|suicide|"
        r"ending (?:it|things|my life|your life)(?! with| between)|(?:just )?not being (?:here|"
        r"alive|around))\b",
    ),
    # "I thought about just ending it" (not "ending it with him", "ending it there")
    cue(
        "suicidal_ideation",
        THOUGHT_I + r" (?:end|ending) (?:it|things|my life)(?: all)?\b"
        r"(?! (?:with|between|there|off|early|now with|for (?:him|her|them|us))\b)",
        True,
    ),
    # "I thought about stepping out in front of the bus", "... walking into the sea"
    cue(
        "suicidal_ideation",
        THOUGHT_I + r" (?:walk|walking|step|stepping|run|running|throw(?:ing)? myself|"
        r"jump|jumping|lie down|lying down) (?:out )?(?:into|in front of|under|onto) (?:the |a |"
        r"an |some |oncoming )?(?:\w+ )?"
        + _TRAFFIC
        + r"\b|"
        + THOUGHT_I
        + r" (?:walk|walking|wade|wading|step|stepping) (?:out )?into (?:the )?(?:\w+ )?"
        + _WATER
        + r"\b",
        True,
    ),
    # "I thought about just putting the ute into a pole", "I wanted to drive into a tree"
    cue(
        "suicidal_ideation",
        THOUGHT_I + r" (?:put|putting|driv\w*|drove|crash\w*|steer\w*|aim\w*|plough\w*|"
        r"plow\w*|wrap\w*|ram\w*|swerv\w*|veer\w*|roll\w*) (?:(?:the|my|his|her) (?:\w+ )?"
        + _VEHICLE
        + r" )?(?:into|off|under|in front of|over) (?:a|an|the) (?:\w+ )?"
        + _OBSTACLE
        + r"\b",
        True,
    ),
    # a thought of an act, then what it was for: "I thought I should just walk into the road.
    # So it stops.", "... the truck out to the back quarter. Sitting there till it's over."
    cue(
        "suicidal_ideation",
        THOUGHT_I + r" [^?!]{3,120}?" + _ENDING_AFTER,
        True,
    ),
    # "go to sleep out in the cold and not wake up" (not "... until", "... before")
    cue(
        "suicidal_ideation",
        r"\b(?:go to sleep|fall asleep|drift off|lie down|lay down)\b[^.?!]{1,40}? and (?:just )?"
        r"(?:never|not)(?: have to)? (?:wake up|wake again)\b"
        r"(?! (?:before|until|till|early|at|for)\b)",
    ),
    # "Some mornings I wish I just hadn't woken up." (not "... hadn't woken up so early")
    cue(
        "suicidal_ideation",
        r"\bi (?:\w+ )?wish(?:ed)? (?:i|i'd)(?: just)? (?:hadn't|had not|never|didn't|did not|"
        r"wouldn't|would not|hadn't have|'d never)(?: have)? (?:woken|woke|wake|waked)(?: up)?\b"
        r"(?!(?: up)? (?:so |that )?(?:early|at|before|this|today|to|every|each|on time|in time|"
        r"for)\b)",
        True,
    ),
    # what others think, then asked of "you": "people ... start thinking about ending their
    # life - has that crossed your mind at all?"
    cue(
        "suicidal_ideation",
        r"\b(?:end|ending|take|taking) (?:their|his|her) (?:own )?li(?:fe|ves)\b(?=[^?]*\b"
        r"(?:crossed your mind|the case for you|happened (?:to|for) you|true for you|like that "
        r"for you|you felt (?:that|like that))\b)",
    ),
    # a family better off with one gone: "the kids would be better off with their dad and me
    # gone for good", "every one would be better off if i wasnt hear"
    cue(
        "suicidal_ideation",
        r"\bbetter off\b[^.?!]{0,40}\b(?:me|i'm|i was|i were) gone\b|\bbetter off if i (?:just )?"
        r"(?:wasn'?t|weren'?t|was not|were not) (?:here|hear|around)\b|\b(?:finish|finishing) my "
        r"(?:own )?life\b|\bwhat(?:'s| is) the use (?:of|in) (?:living|going on|carrying on|being "
        r"here)\b",
        True,
    ),
    # "Is there anyone you've thought about harming?"
    cue(
        "harm_to_others",
        r"\b(?:any ?one|any ?body|some ?one|some ?body) (?:you've|you have|you'd|you) (?:\w+ )?"
        r"(?:thought about|thought of|felt like|wanted to|want to) (?:harming|hurting|killing|"
        r"attacking|hitting|hurt|harm|kill|attack|hit)\b|\b(?:pillow|plastic bag|bag) over "
        r"(?:his|her|their|\w+'s) (?:face|head)\b",
    ),
    # "I stubbed a cigarette out on my hand last night on purpose"
    cue(
        "self_harm",
        r"\bon my (?:\w+ )?" + _BODY + r"\b[^.?!]{0,30}\b(?:on purpose|deliberately)\b|\bstub\w* "
        r"(?:a |my )?(?:cigarettes?|fags?|cigs?) (?:out )?on my\b|\b(?:gone|went|going|got) back "
        r"to (?:cutting|burning|scratching)\b",
        True,
    ),
    # an act on one's own body, then "On purpose." ("I put my arm on the sauna stove. On
    # purpose.") or ", on purpose" (heard "unpurpose")
    cue(
        "self_harm",
        r"\bi (?:\w+ )?" + _HOLD + r" my (?:\w+ )?" + _BODY + r" (?:on|against|onto|in|into|"
        r"under|over|near) (?:the |a |an )?(?:\w+ )?"
        + _HOT
        + r"\b[^?!]{0,60}?[,.] (?:on purpose|unpurpose|"
        r"deliberately|to (?:feel|hurt|punish))\b",
        True,
    ),
    cue(
        "self_harm",
        # not "head-banging at the gig", nor "banging my head against the wall with this paperwork"
        r"\bhead-?banging (?:against|on|off|into) (?:the |a )?(?:wall|door|floor)\b",
    ),
    # the act told of before, named back: "last time you told me about the burning" (not "the
    # burning in my chest": a sensation, told of oneself)
    cue(
        "self_harm",
        r"\b(?:mentioned|told me about|said something about|talked about|spoke about) (?:the |"
        r"your )?(?:burning|scratching|head-?banging|skin picking)\b(?! (?:in|when|sensation)\b)",
    ),
    # "I feel like shaking her" of a baby who won't stop crying (not "I could shake him" of a
    # husband, nor "shaking my head")
    cue(
        "harm_to_others",
        r"\b(?:baby|crying|cries|screaming|screams|newborn|won't settle)\b[^.?!]{0,60}\b(?:feel|"
        r"felt) like shak(?:e|ing) (?:her|him)\b|\b(?:feel|felt) like shak(?:e|ing) (?:the|my) "
        r"baby\b|\b(?:urge|urges|wanted|want) to shake (?:the|my) baby\b",
    ),
    # "torching his car with him in it"
    cue(
        "harm_to_others",
        r"\b(?:torch\w*|burn\w*|set(?:ting)? (?:fire|light) to)\b[^.?!]{0,30}? with "
        + PEOPLE
        + r" (?:still )?(?:in|inside) (?:it|there)\b",
    ),
    cue(
        "harm_to_others",
        # said of the speaker or asked of "you" (not "my brother gets physically aggressive with
        # my mum": someone else's)
        r"\b(?:i|you)(?:'ve| have| had| were| was| am|'m|'re| are)?(?: ever)?(?: been| get| got| "
        r"gotten| become| became)? physically (?:violent|aggressive|rough) (?:towards?|to|with) "
        + PEOPLE,
    ),
    # "He gets handy when he's had a drink.": hits (a British way of saying it)
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|they|\[person\]|my (?:\w+ )?(?:dad|father|husband|partner|boyfriend|"
        r"stepdad|mum|mom|wife|girlfriend|ex)) (?:gets|got|can get|would get|'d get)(?: a bit)? "
        r"handy\b(?! with (?:the|a) (?:tools?|spanner|hammer|drill)\b)",
    ),
    # coercive control: "Does he stop you from seeing your family or take your phone off you"
    # (not "She took my phone off me": once, in a row; not "My mum won't let me see my friends")
    cue(
        "abuse_or_neglect",
        r"\b(?:he|she|my (?:husband|wife|partner|boyfriend|girlfriend|fella|missus|ex)) (?:\w+ )?"
        r"(?:stops?|stopped|stopping|won't let|doesn't let|didn't let) (?:you|me) (?:from )?"
        r"(?:seeing|see|talking to|ringing|calling|phoning) (?:your|my) (?:family|friends|mum|mom|"
        r"sister|mother|parents)\b|\b(?:takes?|keeps taking) (?:your|my) (?:phone|money|"
        r"bank card|passport|keys) (?:off|away from) (?:you|me)\b",
    ),
    # forms of a screen's questions that no cue had: "Are you still scratching your arms?" (not
    # "... because of the eczema"), "taken more of your tablets than you should, on purpose",
    # "been in any fights", "the kids left without food", "forcing you to"
    cue(
        "self_harm",
        r"\b(?:still|been|keep|kept|stop|stopped|started) scratch\w* (?:at )?(?:my|your) (?:arms?|"
        r"wrists?|legs?|thighs?|skin)\b(?![^.?!]*\b(?:eczema|itch\w*|rash|bites|psoriasis|hives|"
        r"dry)\b)|\b(?:taken|took|take|taking) (?:more|extra|too many|too much)(?: of)? (?:your|my|"
        r"the) (?:\w+ )?(?:tablets|pills|meds|medication)\b[^.?!]{0,30}\bon purpose\b",
    ),
    cue(
        "harm_to_others",
        r"\b(?:been|got|get|gotten|getting) (?:in|into) (?:any |a |some )?(?:fights?|scraps?|"
        r"punch-ups?|brawls?|physical fights?)\b",
    ),
    cue(
        "abuse_or_neglect",
        r"\b(?:kids|children|baby|little ones)\b[^.?!]{0,20}\bleft without (?:food|meals|eating|"
        r"dinner)\b|(?<!not to )(?<!won't )(?<!never )(?<!nobody will )(?<!no one will )"
        r"\bforc(?:e|es|ed|ing) (?:you|me) (?:to|into)\b"  # not "Not to force you to eat",
        # nor "my sister forced me to come" (here, to the clinic: brought, not abused)
        r"(?! (?:come|coming|see (?:you|a doctor|someone|somebody)|get (?:help|seen)|book|ring|"
        r"call|phone|make (?:the|this|an) appointment)\b)",
    ),
    # "Does your partner check your phone or control where you can go?"
    cue(
        "abuse_or_neglect",
        r"\b(?:checks?|goes through|go through|reads?|tracks?|monitors?) (?:your|my) (?:phone|"
        r"texts|messages|emails?|location)\b[^.?!]{0,10}\b(?:or|and) control\w*|\bcontrols? "
        r"(?:where|who|what|when) (?:you|i) (?:can |could |get to )?(?:go|see|wear|spend|eat)\b",
    ),
    # "Sometimes I leave the little ones on their own when I go out" (the client's neglect)
    cue(
        "abuse_or_neglect",
        r"\bi (?:\w+ )?(?:leave|left) (?:the|my) (?:little ones|kids|children|baby|boys|girls|son|"
        r"daughter|toddler)\b[^.?!]{0,20}?\b(?:on (?:their|his|her) own|alone|by (?:themselves|"
        r"himself|herself))\b",
        True,
        by_client=True,
    ),
    # "Some days I don't feed the kids properly" (the client's own neglect)
    cue(
        "abuse_or_neglect",
        r"\bi (?:\w+ )?(?:don't|didn't|can't|couldn't|haven't|hadn't|wasn't able to|forgot to|"
        r"forget to) (?:even )?(?:feed|fed) (?:the|my) (?:kids|children|baby|little ones|boys|"
        r"girls|son|daughter)(?! (?:sweets|junk|chips|that|any \w+)\b)",
        True,
        by_client=True,
    ),
    # a gun held ready: "sat in my truck with my pistol in my lap", "put the gun in my mouth"
    # (not "he held a gun to my head": risk_subject reads whose act it is)
    cue(
        "suicidal_ideation",
        r"\b(?:sat|sit|sits|sitting)\b[^.?!]{0,60}?\bwith (?:a|the|my)(?: \w+'s)?(?: loaded)? "
        + _GUN
        + r"\b"
        r"[^.?!]{0,20}?\b(?:in|on|across) my lap\b|"
        r"\bi(?:'d| had| have| just| once| even)? (?:put|held|had|pressed|stuck) (?:a|the|my)"
        r"(?: loaded)? (?:"
        + _GUN
        + r"|barrel) (?:in|into|to|under|against) my (?:own )?(?:mouth|head|temple|chin)\b",
        True,
    ),
    # a weapon taken after someone: "chased Mr Barrett down the lane with a cutlass" (not "with a
    # water gun"); "Mi did want fi chop him" (Jamaican English "fi": to)
    cue(
        "harm_to_others",
        r"\b(?:i|you|we|mi)(?: \w+)? (?:chased|chase|chasing|ran after|went after|go after|going "
        r"after|came at)\b"
        r"[^.?!]{0,60}?\bwith (?:a|the|my|his|her)(?: big| kitchen| bread)? (?:knife|machete|"
        r"cutlass|axe|cleaver|bat|hammer|crowbar|bottle|pistol|" + _GUN + r")\b|"
        r"\b(?:i|mi|me)(?:'m|'d| am| was| did| just| really)? (?:want|wanted|wanna|going|gonna) "
        r"(?:to |fi |fe |ta )?chop (?:him|"
        r"her|them|\[person\]|\w+ up)\b",
        True,
    ),
)
