"""Sayings that sound like risk and are not (split from risk_framing in issue 17's thirty-fifth
pass, which re-exports them). Patterns run on lowercase text.
"""

from __future__ import annotations

import re

#: Sayings that sound like risk and are not.
IDIOMS = re.compile(
    r"\bover my dead body\b|"
    # "My husband hits the roof when the bills come"
    r"\bhit(?:s|ting)? the (?:roof|ceiling|bottle|hay|sack|road|books|shops|gym|jackpot)\b|"
    # "starving myself of sleep with these night shifts"
    r"\bstarv(?:e|es|ing|ed) (?:my|your)self of (?:sleep|rest|time|fun|company|sunlight|air)\b|"
    # "I'm killing him with the new diet", "kill them with kindness"
    r"\bkill(?:ing|s|ed)? (?:him|her|them|me|you|us) with (?:kindness|love|(?:the|my|our|her|his) "
    r"(?:new )?(?:diet|cooking|food|questions|jokes|puns|singing|snoring|music|noise|nagging))\b|"
    # "I could die of tiredness", "nearly died of fright" (a state, not a wish to die)
    r"\bdie (?:of|from) (?:embarrassment|shame|boredom|laughing|laughter|tiredness|exhaustion|"
    r"fatigue|fright|the heat)\b|\bdie laughing\b|"
    r"\bdying to\b|\bdie for\b|"
    # "I'd cut my arm off before I touched them": what one would rather do than something else
    r"\b(?:i'd|i would) (?:rather |sooner )?(?:cut|chop|saw|gnaw|chew) (?:off )?my (?:own )?\w+ "
    r"(?:off )?(?:before|than)\b|"
    # the same as speech recognition hears it, the "'d" lost: "I cut my arm off before I ..."
    r"\bi (?:cut|chop|saw|gnaw|chew) my (?:own )?\w+ off (?:before|than)\b|"
    # "I'd sooner hurt myself than her": whom one would rather hurt, said to deny hurting another
    r"\b(?:i'd|i would|you'd|you would) (?:rather|sooner) (?:hurt|harm|hit|kill) (?:my|your)self "
    r"than (?:(?:hurt|harm|hit|touch|kill|lay a (?:hand|finger) on) )?(?:him|her|them|you|anyone|"
    r"anybody|my \w+|the (?:kids|baby|children))\b|"
    # "killing myself at the gym" (not "at the moment", "at night": when)
    r"\bkill(?:ing)? (?:my|your)self (?:laughing|at(?! (?:the moment|the minute|present|this point|"
    r"the time|times|night|any point|some point|home)\b)|over|to get|to finish|working|with work|"
    # "I'm killing myself to make weight" (not "to make it stop")
    r"to make (?:weight|ends meet|rent|the (?:weight|deadline|grade|cut|team|rent)|it (?:work|on "
    r"time|in time))|to keep up|to pay|to please|to lose|"
    r"studying|for|trying to|doing)\b|\bkill(?:ing)? time\b|\bkill for\b|"
    # "I about killed myself hauling them groceries up the holler": hard work, not an attempt
    r"\b(?:(?:about|near|nearly|almost|like to|liked to|all but) )?kill(?:ed|s)? (?:my|your)self "
    r"(?:hauling|carrying|lifting|toting|lugging|climbing|walking|running|moving|dragging|pushing|"
    r"shifting|digging|shovell?ing|cleaning|scrubbing|clearing|chasing|rushing|racing|laughing)\b|"
    # "If I have to sit through one more of his meetings I'll shoot myself": a dull thing ahead
    r"\bif i (?:have|had) to (?:sit through|listen to|hear|watch|read|do|attend|mark) (?:one more|"
    r"another)\b[^.?!]{0,60}?\bi'?ll (?:shoot|kill|hang) myself\b|"
    # "killing myself on these double shifts" (not "on the tracks")
    r"\bkill(?:ing)? (?:my|your)self on (?:these |the |my |this |those |all )?(?:\w+ )?(?:shifts?|"
    r"overtime|hours|job|projects?|deadlines?)\b|"
    r"\bcould (?:just )?kill\b|\bcould(?: have|'ve| of)? (?:just )?(?:killed|strangled|"
    r"murdered|throttled|strangle|murder|throttle|wring)\b|"
    r"\bkill (?:him|her|them|me) if\b|"
    # a small thing taken or spoiled: "im gonna kill my brother if he eats my leftovers again",
    # "kill my sister when she gets home, she's borrowed my good jacket" (not "if he touches ...")
    # "I told my sister I'd strangle her if she ate the last Tim Tam"
    r"\b(?:kill|strangle|throttle|murder) (?:him|her|them|my \w+|\[person\])\b[^.?!]{0,30}?\b(?:he|"
    r"she|they)(?:'s| has| have|"
    r"'ve)? (?:eats?|ate|eaten|takes?|took|taken|borrow\w*|nick\w*|pinch\w*|finish\w*|drinks?|"
    r"drank|uses?|used|breaks?|broke|broken|steals?|stole|stolen|wears?|wore|worn|spoil\w*|"
    r"scratch\w*|los(?:es|t)) (?:my|our|the last)\b|"
    # a bridge crossed: "i drove over the bridge into town to get my hair done"
    r"\b(?:drove|drive|drives|driving|driven) over (?:the |a |an )?(?:\w+ )?bridge (?=(?:into|to|"
    r"towards|from|on|in|this|that|and then|for)\b)|"
    # a game lost: "My grandson's been beating me at draughts"
    r"\bbeat(?:s|ing|en)? (?:me|us|him|her|them|you|each other|one another) (?:\w+ )?at "
    r"(?:draughts|chess|checkers|cards|"
    r"scrabble|pool|darts|snooker|golf|tennis|football|monopoly|bingo|poker|sudoku|wordle|"
    r"dominoes|bowls|crib|cribbage|backgammon|ping pong|table tennis|mario kart|fifa|everything)\b|"
    r"(?<!not )(?<!n\'t )\b(?:kidding|joking)\b|\bjust an "
    r"expression\b|"
    r"\bfigure of speech\b|\bnot literally\b|\bmanner of speaking\b|\bjust a saying\b|"
    r"\bhurt (?:my|your)self (?:playing|at the gym|lifting|running|skiing|when i fell|climbing|"
    r"cycling|skating|surfing|riding|training|dancing|falling|at work|at football)\b|"
    # asked back as beyond question: "Why would I want to die? I've got the grandkids." (ax15)
    r"^why (?:would|should) i (?:ever )?(?:\w+ ){0,2}(?:die|be dead|kill myself)\?|"
    # "I nearly burned myself on the oven tray doing the roast" (p16; not "with the iron")
    r"\bburn(?:ed|t)? (?:my|your)self on (?:the|a|an) (?:\w+ )?(?:oven|tray|iron|kettle|pan|stove|"
    r"hob|grill|toaster|radiator|exhaust|bbq|barbecue|aga)\b|"
    r"\bcut (?:my|your)self (?:shaving|cooking|chopping|slicing|peeling|gardening|on (?:a|the) "
    r"(?:knife|glass|paper|tin|can))\b|"
    # a thing that wears one out: "The stairs are killing my mother", "this heat is killing him"
    # (not a person doing it: "the neighbour is killing his dog")
    r"\b(?:the|this|these|that|those) (?!(?:man|woman|guy|bloke|lad|boy|girl|kid|neighbou?r|"
    r"husband|wife|boss|dog|cat|landlord)\b)\w+ (?:is|are|'s|'re|was|were) (?:really |just |"
    r"slowly )?killing (?:me|my (?:mother|mum|mam|mom|dad|father|back|knees|feet|nan|gran)|him|her|"
    r"us|them)\b|"
    # said to one's face in exasperation: "I've told him I'll kill him one of these days"
    r"\bi(?:'ve)? (?:told|tell) (?:him|her|them) i(?:'ll| will|'m gonna|'m going to) (?:kill|"
    r"murder|strangle|throttle) (?:him|her|them) one of these days\b|"
    # "My wife says I'm killing her with my snoring."
    r"\bkill(?:ing|s)? (?:me|him|her|them|us) with (?:my|his|her|your|their) (?:snoring|cooking|"
    r"jokes|singing|questions|kindness|music|driving|nagging|puns|cuteness)\b|"
    r"\b(?:cut|nicked) (?:my|your) \w+\b[^.?!]{0,30}\b(?:while |when )?shaving\b|"
    r"\b(?:hit|hits|hitting) (?:me|him|her|us|them) like a (?:ton of bricks|truck|train|freight "
    r"train|wall)\b|"
    # "it hits me again" (grief, a memory), "shoot myself in the foot", "overdosed on reruns"
    r"\b(?:it|that|reality|the grief|the loss) (?:just )?(?:hit|hits) me\b|"
    r"\bshoot(?:ing)? (?:my|your|him|her)sel(?:f|ves) in the foot\b|"
    r"\boverdos(?:e|ed|ing) on (?!(?:my |her |his |the |some |a |an |those )?(?:\w+ )?(?:pills|"
    r"tablets|meds|medications?|capsules|heroin|fentanyl|opioids|methadone|insulin|paracetamol|"
    r"tylenol|drugs|purpose)\b)[a-z]+\b|"
    r"\bsuicide (?:squad|doors?|run|mission)\b|"
    # a baby's kicks before birth: "I does wake at three, same time she used to kick me"
    r"\b(?:same|the) time (?:she|he|the baby) (?:used to|would|always) kick\b|"
    r"\b(?:the baby|baby|the bump|she|he) (?:used to |would |always |keeps? )?kick(?:s|ed|ing)? "
    r"(?:me )?(?:inside|in (?:my|the) (?:belly|tummy|womb|ribs|bladder))\b|"
    # "I'm the opposite of neglecting him, I'm smothering him": love too close, told as a fault
    # (not "smothering him with a pillow")
    r"\b(?:the )?opposite of (?:neglect\w*|hurt\w*|harm\w*|abus\w*)\b|"
    r"\b(?:i'm|i am|i've been|i was) (?:\w+ )?smother(?:ing)? (?:him|her|them|the (?:baby|kids))\b"
    r"(?! (?:with|under|in) (?:a |the |my |his |her )?(?:pillow|cushion|blanket|duvet|coat|hand))|"
    # "That child neglect case in the paper": news
    r"\b(?:abuse|neglect|murder|stabbing) (?:case|story|trial|scandal|inquiry)s? (?:in|on|from) "
    r"the (?:paper|papers|news)\b|\b(?:burn|burned|burnt) (?:my|your)self out\b|"
    r"\b(?:throw|throws|threw|thrown|throwing) the book at\b|"
    r"\blike (?:i'm |i am |i was )?(?:bang|hitt?|beat)\w* (?:my|your) head against (?:a|the) "
    r"(?:brick )?wall\b|\b(?:fell|fall|slipped|tripped|fainted|passed out|stood up)\b[^.?!]{0,40}"
    r"\b(?:hit|bang\w*|bump\w*) (?:my|your|his|her) head\b|"
    # "This ward is so boring I want to die", "so embarrassed I could have died"
    # (not "so tired of it all I want to die", nor "so ashamed I wanted to die": meant)
    r"\bso (?:boring|bored|embarrass\w*|hungry|hot|awkward|cringe\w*|mortified|full|funny|"
    r"cute)(?: lah| ah| man)?,? (?:that )?i (?:just |literally )?(?:want|wanted|could|could "
    r"have|could've|nearly|almost)(?: to)? (?:die|died)\b|"
    # "He drives me mad, I feel like shaking him" (not of a baby: a risk, in risk_cues_methods)
    r"^(?![^.?!]*\b(?:bab(?:y|ies)|crying|cries|screaming|screams|newborn|settle|toddler|"
    r"infant)\b)[^.?!]*?\b(?:feel|felt) like shak(?:e|ing) (?:him|her|them)\b"
)
