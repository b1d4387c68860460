"""The plain answers to a risk question: the words that say no, and those that say yes (also
as speech recognition hears them and as other Englishes say them). Split from `risk_questions`
(issue 17's thirty-seventh pass), which re-exports them; patterns run on lowercase text."""

from __future__ import annotations

import re

from localnotes.notes.risk_phrases import ONLY_THINGS
from localnotes.notes.risk_relay import INTERPRETER_LABEL

#: "I don't know", "I'm not sure", "I'm not going to lie": no answer yet, or a yes to come; "I
#: don't think I could go on like this": a hedged yes, left to read
#: someone the speaker protects, named in an answer to "who hurts you": "I don't want to get him
#: in trouble." (a yes by `risk_questions.NAMED_WHO`, and so no "I don't" of a no here)
PROTECTED = r"want to get (?:him|her|them|my \w+) (?:in|into) (?:trouble|bother)"
_NOT_AN_ANSWER = (
    r"(?! (?:really )?(?:know|remember|recall|understand|want to (?:talk|say|answer|get into)|"
    + PROTECTED
    + r")\b|"
    r" (?:sure|certain|going to lie|gonna lie)\b|"
    r" think i (?:can|could) (?:go on|keep going|carry on|cope|do this|last)\b|"
    r" think i want to (?:be|live|go on|wake)\b)"
)
DENY_ANSWER = re.compile(
    # the thirteenth probe's noes: "[shakes head]", "Mm-mm.", "I'd tell you if I had, and I
    # haven't."
    r"^\[(?:shakes|shaking) (?:his |her |their |my )?head\b[^\]]*\]|"
    # "Not any more, but I did.": a no to now that owns the past is read as the past's yes
    r"^(?!not (?:any ?more|now|lately|these days|recently|at the moment|right now),? but i (?:did|"
    r"have|had|used to|was)\b)"
    r"(?:no|nope|nah|naw|never|not really(?! (?:sure|certain|know|remember)\b)|not at all|"
    r"nothing like that|nothing|none|"
    r"absolutely not|mm-mm\b|mm mm\b|"
    r"i'd tell you if i (?:had|did|was|were|have|do)\b[^.?!]*\b(?:and|but) i (?:haven't|didn't|"
    r"wasn't|don't|haven't been)\b|"
    r"(?:(?:good|oh|ah|och|aw|my) )?(?:god|goodness|gosh|heavens|lord|grief|jeez|jesus|christ|"
    r"crikey|blimey|duw|dios|heck|gawd|eish|aiyo|aiya),? no|"
    r"not like that\b|(?:non|nein|nahi)\b|"
    r"(?:ah|oh|och|ach|aw|awk) no\b(?!,? (?:way|problem|worries)\b)|"  # "Ah no." (Irish English)
    r"(?:now|today|these days|at the moment),? no\b|no way|"
    r"(?:i don't|i do not|i'm not|i am not)\b" + _NOT_AN_ANSWER + r"|i haven't|"
    # "I did not, no, I swear on my kids." (not "I didn't say that", "I didn't sleep")
    r"i (?:did not|didn't)(?=\W*$|,? (?:no|never|nope|not once|not ever|i swear)\b)|"
    r"absolutely none|none at all|zero|not even close|not once|not ever|only" + ONLY_THINGS + r"|"
    # a likelihood asked for ("How likely is it that you will ...?"): "Very unlikely."
    r"(?:very |highly |quite |rather |fairly |pretty )?unlikely|no chance|"
    r"that's not something|that is not something|that isn't something|"
    # a reason, then the no: "I have my kids, so no."
    r"[^.?!]{0,60}?,? so,? no(?=\s*[.!,]|\s*$)|"
    # "I couldn't swat a fly.", "I'm too tired to hurt a fly."
    r"[^.?!]{0,30}?\b(?:hurt|swat|harm|kill) a fly\b|"
    # "Sure I couldn't lift a cup at anyone now if I tried, and I never wanted to."
    r"[^.?!]{0,80}?\band i (?:never|would never|wouldn't) (?:(?:wanted|want|would|have) "
    r"to|would have|would)(?=\W*$)|"
    # "Not, of course not.": "No" heard "Not"; "Not me." (to "any urge to lash out?")
    r"not,\s*(?=of course not|certainly not|definitely not|never\b|no\b|nothing\b|(?:mate|bro|"
    r"bruv)\b)|"
    r"not me(?=\W*$)|"
    # "I'm angry at them, I wouldn't touch anyone."
    r"[^.?!]{0,40}?,\s*(?:but )?i (?:wouldn't|would never|'d never|would not) (?:touch|hurt|harm|"
    r"hit) (?:anyone|anybody|them|him|her|a soul)\b|"
    # "I'm grumpy, but no, never anything like that."
    r"[^.?!]{0,80}?, but,? no(?=\s*[.!,]|\s*$)|"
    # (not "I wouldn't say no.": a yes, p25)
    r"i have not|i never|i wouldn't(?! say no\b(?! to\b))|"
    r"i(?:'ve| have) never(?! (?:told|said|admitted|talked|spoken))|"
    r"i(?:'d| would) never|(?:it's|it is|it isn't|it is not) (?:not )?something i(?:'d| would)|"
    r"not in the slightest|not remotely|not one bit|"
    r"(?:nobody|no one|no-one)\b(?! (?:knows|cares|believes|listens|helps|understands))|"
    r"(?:he's|she's|they're|he is|she is|they are) not like that|"
    # "I get angry, but I'd never act on it.": a feeling owned, the act asked about denied
    r"i (?:get|feel|am|'m)\b[^.?!]{0,30}\bbut i(?:'d| would) never\b|"
    r"not that|definitely not|certainly not|of course not|oh,? no|not now|not lately|not since|"
    r"not for|"
    r"not anymore|not at the moment|not right now|not currently|not these days|no,|no\.|"
    r"not any more|"
    # "I've got too much to live for.", "It's never crossed my mind.", "Not in a million years."
    r"(?:i've|i have) (?:got )?(?:too much|so much|a lot|everything) to live for|"
    r"(?:(?:it's|it has|that's|that has) )?never crossed my mind|not in a million years|"
    r"(?:he|she|they)(?:'s| has| have|'ve) never (?:laid a (?:finger|hand) on me|hurt me|hit me)|"
    # the people asked about praised: "They're angels. All of them."
    r"(?:they're|they are|she's|she is|he's|he is) (?:all )?(?:angels?|lovely|wonderful|"
    r"brilliant|so kind|very kind|good to me))\b"
)
ENDORSE_ANSWER = re.compile(
    r"^(?:yes|yeah|yep|yup|ya(?! know\b)|yah|aye(?!,? right\b)|opo\b|oo po\b|sometimes|a little|"
    r"a bit|kind of|"
    # "Yuwai." (Kriol, Aboriginal English: yes), "Na so." (Nigerian Pidgin: that's it)
    r"yuwai\b|na so(?=\W*$|[,.!] )|"
    # "Eh-heh, yes, I have." (West African English: yes); "I wouldn't say no." (p25)
    r"eh-?heh\b|i (?:wouldn't|would not|couldn't|can't) (?:say|tell you) no\b(?! to\b)|"
    r"sort of|"  # "Opo.": Tagalog's yes, said with respect
    # "That's kind of why I came in today.", "I think you already know the answer to that."
    r"that(?:'s| is) (?:kind of |sort of |partly |part of |really |actually )?(?:why|the reason) "
    r"i(?:'m here| came| rang| called| booked| asked)\b|i think you (?:already )?know the answer\b|"
    # "My wife asked me the same thing last night and I told her yes.": the yes told to another
    r"[^.?!]{0,60}\bi (?:told|said to) (?:her|him|them|my \w+) yes\b|"
    # "Then yes, I think I did.", "Right then, yeah.": at the time asked of
    r"(?:back |right |just |only )?then,? (?:yes|yeah|aye)|at the time,? (?:yes|yeah|aye)|"
    # "That's about the size of it.", "Pretty much.", "More or less."
    r"that's (?:about )?the size of it|that is (?:about )?the size of it|"
    # a summary or check agreed with: "That's right.", "Correct.", "Dat's right." (Pidgin)
    r"(?:that's|that is|that|dat's|dat|das|dass|thass) (?:right|correct|true|about right)\b|"
    # "All true, except one thing.", "Genau. That's it.", "É verdade. That is what happened."
    r"(?:correct|exactly|spot on|true|you got it|you get (?:it|'em|them)|all (?:true|correct)|"
    r"that(?:'s| is) (?:it|what happened)|(?:é|e|es|c'est) (?:verdade|verdad|vrai))(?=\W*$|[,.!] )|"
    r"pretty much(?! never| not| nothing| none)|more or less|near enough|"
    r"you(?:'re| are) (?:not wrong|right|dead right|not far off)(?=\W*$|[,.!] )|"  # conceded
    r"you could (?:say|put it) that(?: way)?|"
    # "I have." / "I have, yes." (not "I have my kids": a reason, said before a no)
    # "I kind of meant it.", "I did mean it." (to "When you wrote that ..., did you mean it?")
    r"i (?:kind of |sort of |half |partly |probably |really |think i |did )?(?:meant|mean) "
    r"(?:it|that|what i (?:said|wrote))\b|"
    # "Sure have. More'n once." (p24)
    r"sure (?:have|did|do|has)(?=\W*$|[,.!] )|"
    # "I wanted it too." (to "Did you want to die too?", bf18), "I wished it, yes."
    r"i (?:\w+ )?(?:wanted|wished) (?:it|that|to)(?: (?:too|also|as well))?(?=\W*$|[,.!] )|"
    r"(?:i have|i do|i did)(?! (?:my|a|an|the|two|three|kids|children|family|faith|people|"
    r"friends|too much|no|not|never)\b)|i guess|"
    r"not (?:any ?more|now|lately|these days|recently|at the moment|right now),? but i (?:did|"
    r"have|had|used to|was)\b|"
    r"(?:just |only )?(?:once|the once|the one time|one time)|i slipped(?: up)?|i relapsed|"
    # the thirteenth probe's yeses: "Plenty times, madam.", "Three or four times last week.",
    # "Is true, miss.", "Can't say I haven't.", "Not just lately, it's been going on for months."
    # ("Plenty time." as Caribbean English says it)
    r"(?:plenty(?: of)?|loads of|lots of|many|several|(?:two|three|four|five|a few)(?: or "
    r"(?:three|four|five|six))?) times\b(?! (?:no|never|not|out of|in (?:a|the)|a (?:day|"
    r"week))\b)|plenty time(?=\W*$|[,.!] )|(?:is|it's|it is) true(?=\W*$|"
    r"[,.!] )|(?:i )?can't say (?:i )?(?:haven't|have not|didn't|don't)\b|not just (?:lately|"
    r"recently|now|this week)\b|"
    r"it's crossed my mind|(?:it's|it is|they're|they are) (?:still |always )?there\b|"
    r"it has crossed my mind|it's been on my mind|i(?:'d| would) not mind|i wouldn't mind|"
    # "The odd fleeting thought.", "They pop into my head.", "Less than before.", "I'd be lying
    # if I said no."
    r"(?:the|an) odd (?:fleeting )?(?:thought|one|time|day|night)|(?:a |the )?fleeting "
    r"(?:thoughts?|ones?)|(?:they|the thoughts?|it) (?:\w+ )?(?:pops?|creeps?|slips?) (?:into|in) "
    r"(?:my )?(?:head|mind)|less than (?:before|it was|they were|i used to|last \w+)|"
    # "Less. Today they are quieter." (to "Are you still wanting to die?", bf18)
    r"less(?=\W*$|[,.!] )|"
    r"not as (?:much|often|bad) as\b|i'd be lying if i said (?:no|not|never|i didn't|i haven't|"
    r"(?:it|they|that) (?:hadn't|hasn't|haven't|didn't|wasn't|weren't))|"
    # "Not every day.": some days, then; "Bit worse this week." (still going on, and more)
    r"not (?:every|each) (?:day|night|week|time)\b|not all the time\b|"
    r"(?:a )?(?:bit|little|lot) worse\b|worse (?:this|than)\b|"
    # "Just the usual. The arms."
    r"(?:just |only )?the usual\b|"
    # "He says it all the time." (to "Has he threatened to kill you?")
    r"(?:he|she|they) (?:says|said|does|did) (?:it|that|so)\b(?! (?:once|before)\b)|"
    # "Some boys in Year 8 push me around.": who, and the harm done to the speaker
    r"(?:some|a few|two|three|the|these|those|one of the|older) [^.?!,]{0,25}?\b(?:push|pushes|"
    r"pushed|hit|hits|kick|kicks|kicked|punch|punches|punched|slap|slaps|slapped|shove|shoves|"
    r"shoved|hurt|hurts|beat|beats|trip|trips|tripped) (?:me|us)\b(?! (?:to|at|in)\b)|"
    # "Very safe.": yes to "Do you feel safe at home?"
    r"(?:very|totally|perfectly|completely|quite|pretty|really) safe|i (?:do )?feel (?:\w+ )?safe|"
    r"it's safe|(?:home|it) is safe|we're (?:all )?safe|we are (?:all )?safe|everyone's safe|"
    r"safe as houses|"
    r"they come and go|it comes and goes|here and there|every so often|passing ones|"
    r"(?:i won't|i will not|i'm not going to|i'm not gonna|not gonna|not going to) lie|"
    r"completely|totally|absolutely(?! not| none| nothing)|definitely(?! not)|"
    r"maybe|once|twice|a few times|occasionally|lately|more than(?! anything| ever| usual)|every|"
    r"most days|recently|"
    r"it has|there (?:have|has) been|i think about it|i've thought|i have thought|mhm|uh-huh|"
    r"i thought (?:about|of) (?:it|that)\b(?!,? (?:and|but) (?:no|decided|realised|realized)\b)|"
    r"i've had(?! (?:a lot|enough|my|the|to|no)\b)|i had(?! (?:a lot|enough|my|the|to|no)\b)|"
    # not a sentence turned round: "Only when I'm exhausted do I cry."
    r"only(?!" + ONLY_THINGS + r"|[^.?!,]*\b(?:do|does|did|would|will|can|could) i "
    r"(?!(?:\w+ ){0,2}(?:it|them|that|those|this)\b))|"
    r"a couple(?: of times)?|i think so(?! much| hard| many)|"
    r"i believe so|probably(?! not)|i suppose(?: i (?:have|do|did|am|was))?|"
    r"on and off|now and then|from time to time|partly|in a way|part of it|"
    # "They come at night.": the thoughts asked about come
    r"(?:they|the thoughts?) (?:still )?come\b(?! and (?:go|ask|see|check|get|take|visit))|"
    # how often or how many says yes: "All the time.", "Every night.", "Two. Both overdoses."
    r"all the time|constantly|a lot|quite a bit|often|daily|nightly|frequently|rarely|"
    r"(?:fairly|very|quite|pretty|so) often|(?:rather|very|quite|fairly|somewhat) likely|likely|"
    # "Just the scratching, like before.": the act asked about, named
    r"(?:just|only) (?:the|a bit of|some|a little) (?:scratching|cutting|burning|picking|"
    r"hitting|head-banging|head banging|pinching|biting|punching)|"
    # "Those two times.": the times just told, and no others
    r"(?:(?:just |only )?(?:those|the|them) )?(?:two|three|four|several)"
    r"(?: times)?(?=\s*[.,!]|\s*$)|"
    # "I was." / "I was, yes." (not "I was staying with my cousin.", where one stayed)
    r"more often|it's been(?=\W*$| (?:there|on my mind|in my head|more|worse|constant\w*|every "
    r"\w+|a few times|a couple of times|on and off|creeping in|coming back|getting (?:worse|"
    r"stronger|louder))\b)|(?:i am|i was)(?=\W*$|[,.;!]| (?:yes|yeah|then|too|a bit|a little|"
    r"sometimes|once|back then|at the time|for a (?:while|bit)|thinking|considering|planning|"
    # ("I am ready to go when God calls": death accepted when it comes, not wished)
    r"tempted|close|going to|about to|ready(?! to go when| when| to meet)|serious|seriously)\b)|"
    r"i'm afraid so|unfortunately|he does|she does|he did|"
    r"she did|he has|she has|they do|they did|"
    # "Some nights I sit there and think about it.": saying how often says yes ("Some days are
    # better" does not)
    r"(?:some|most|many|a lot of) (?:nights|days|evenings|mornings|weeks)"
    r"(?! (?:are|were|is|was)\b)|on (?:the )?bad (?:days|nights))\b|"
    # "I've looked at them and thought about it, yes.": what the speaker did, then the yes
    r"^i(?:'ve| have|'d| had)? [^.?!,]{0,80}(?:,\s*|\s-\s)(?:yes|yeah)\s*[.!]?$|"
    # "In the moment, yes.", "One night, yes.": when, how or how often, then the yes
    r"^(?:in|at|on|during|back|when|then|only|just|for)\b[^.?!,]{0,40},\s*(?:yes|yeah)\b|"
    r"^(?:one|two|three|a few|a couple of|some|that|the first|the last|last|once or twice|one or "
    r"two|years|months|weeks|ages|a (?:long )?(?:time|while)|long|as a|growing up|"
    r"before)\b[^.?!,]{0,25},\s*(?:yes|yeah)\b|"
    # "In the summer, with a razor, on my arm.": when, then the means
    r"^(?:in|at|on|during|back|when|last|once|twice)\b[^.?!]{0,40}?\bwith (?:a|the|my) (?:razor|"
    r"blade|knife|lighter|compass|scissors|belt|rope|cord|pills|tablets)\b|"
    # "There's one thing." before the story of it
    r"^there(?:'s| is| was) (?:one|a) (?:thing|time)(?:\s*[.!:]?$|,)|"
    # where on the body: "My thighs." (to a question about cutting or burning)
    r"^(?:on )?my (?:arms?|forearms?|wrists?|thighs?|legs?|stomach|belly|hips?|ankles?|head|"
    r"face|chest|hands?)(?:\W*$|,? with (?:my|a|the)\b)"
)
#: the thought still coming, said after a qualified no: "Not like that now. It comes into my head
#: when the fear about the money comes. Maybe once a week, the thought."
THOUGHT_STILL_COMES = re.compile(
    r"^(?:but |and )?(?:it|the thought|the thoughts|they|that) (?:still |does |do )?(?:comes?|"
    r"pops?|creeps?|flits?|drifts?|goes?|flashes?) (?:in|into|through|across) (?:my )?(?:head|"
    r"mind)\b|^(?:maybe |about |still |probably )?(?:once|twice|a few times) a (?:week|month|"
    r"day|fortnight),? (?:the thought|it comes|still)\b"
)
#: only a lesser hurt, to a question of harm: "I want to hurt her feelings only.", "Just his pride."
ONLY_FEELINGS = re.compile(
    r"^(?:i (?:only |just )?(?:want|wanted|would like) to (?:only |just )?hurt (?:her|his|their) "
    r"(?:feelings|pride|ego) only\b|i (?:only |just )?(?:want|wanted) to hurt (?:her|his|their) "
    r"(?:feelings|pride|ego)\b(?! and)|(?:only|just) (?:her|his|their) (?:feelings|pride|ego)\W*$)"
)
#: a hurt told after a bare yes that was an accident: "Yes. I cut my finger on the cheese slicer."
#: (not a site often cut on purpose, nor a tool used: "I cut my arm with a knife" is the act)
ACCIDENT_TOLD = re.compile(
    r"^(?:well,? |oh,? )?i (?:\w+ )?(?:cut|nicked|sliced|burned|burnt|scalded|bumped|banged|"
    r"scraped|grazed|stubbed|trapped|caught|twisted|sprained|hit|jammed) my (?:\w+ )?(?:fingers?|"
    r"thumbs?|hands?|toes?|knees?|shins?|head|elbows?|ankles?|foot|feet|nose|lip)\b[^.?!]{0,12}? "
    r"(?:on|in|against) (?:the|a|an|my) (?:\w+ ){0,2}?(?:slicer|grater|oven|stove|hob|kettle|iron|"
    r"pan|door|doorframe|frame|table|cupboard|step|steps|stairs|scuttle|ladder|tin|can|glass|"
    r"saw|drill|mower|fence|wire|machine|corner|shelf|cooker|grill|toaster|bike|car)\b|"
    r"^(?:well,? |oh,? )?i (?:fell|tripped|slipped)\b(?![^.?!]*\bon purpose)"
)
#: the question's words asked back as meaning something else: "Ending it with him?" (a
#: relationship, not a life), after which a yes answers that
REFRAMED = re.compile(
    r"^(?:end(?:ing)?|finish(?:ing)?|call(?:ing)?) (?:it|things) (?:with|off with) (?:him|her|them|"
    r"my \w+|\w+)\?"
)
#: a yes, then what was told after it in the same sentence: "Yes, I fell on the ice."
YES_LEAD = re.compile(r"^(?:yes|yeah|yep|aye)[,.!]?\s+")
#: the answer's last word on it, after a slip, a story or another's question (the seventeenth
#: probe): "Yes -- sorry, I mean no.", "... and the honest answer is no.", "I said no, and it's
#: still no.", "I told my GP no, but the truth is yes.", "... okay, yes.", "No -- well, once."
_FINAL_SAY = re.compile(
    r"^(?:yes|yeah|yep)\W+(?:sorry,? )?i mean,? (?P<no>no)\b|"
    r"\bthe (?:honest |real |true |short )?(?:answer|truth)(?: is,?|:) (?:(?P<no2>no)|yes)\b\W*$|"
    # the eighteenth probe: "I thought you might ask that, and no, I haven't.", "My sister
    # doesn't, she's fine, but me, yeah, I do.", "My flatmate said she thinks it's started again,
    # and she's right."
    r", and (?P<no5>no),? (?:i (?:haven't|have not|don't|do not|didn't|did not|won't|wouldn't)|"
    r"never|not)\b|"
    r"\bbut (?:me|for me|myself),? (?:yeah|yes|aye),? i (?:do|have|did|am)\b|"
    r", and (?:she|he|they)(?:'s| is| are| was| were) (?:right|not wrong)\W*$|"
    r", and (?:she|he|they) (?:wasn't|weren't|isn't|aren't) wrong\W*$|"
    r"\b(?:it's|it is) still (?:a )?(?:(?P<no3>no)|yes)\W*$|"
    r"\b(?:okay|ok|alright),? (?:(?P<no4>no)|yes|yeah)\W*$|"
    r"\bi (?:had to say|said|told (?:him|her|them)) yes (?:then )?too\W*$|"
    r"(?:^|, )(?:but |and )?(?:it's|it has) happened again\b|"
    r"(?:^|, )same as (?:last time|before|last week)\b[^.?!]*?,? (?:yes|yeah)\b|"
    r"^(?:it's |it is )?(?:a (?:bit|lot|little) )?worse than (?:last \w+|before|it was)\b|"
    r"^(?:no|nah)\W+well,? (?:just )?(?:once|twice|the once|one time|a (?:couple|few) (?:of )?"
    r"times)\b|"
    # the nineteenth probe: "Not lately, no, but yes, I have.", "Yeah, nah, I won't lie to you, I
    # have.", "not just the once no loads of times", "ive done it yeah", "not this year not ever no"
    r"\bbut,? (?:yes|yeah|aye),? i (?:have|do|did|am|had)\b|"
    r"\bi (?:won't|wont|will not|can't|cannot|shan't) lie(?: to you)?,? i (?:have|do|did|am)\b|"
    r"^not (?:just|only) (?:the )?once\b|^i(?:'ve|ve| have)? done (?:it|that),? (?:yeah|yes|aye)"
    r"\W*$|\bnot ever,? (?P<no6>no|nah)\W*$|"
    # the twentieth probe: "Nah yeah, I have.", "I wouldn't say I haven't.", "Can't say it never
    # crossed my mind.", "More times than I'd like to admit.", "I'm not going to pretend I
    # haven't.", "Since I was about fourteen, on and off.", "Not the second thing you said, but
    # the first one, yeah."; "Not on your life.", "Nuh-uh.", "I can't say I ever have."
    r"^nah,? yeah\b(?!,? nah)|^i (?:wouldn't|would not) say i (?:haven't|hadn't|don't|didn't)\b|"
    r"^(?:i )?can't say (?:it|they|that)(?:'s| has| have)? never crossed my mind\b|"
    r"^more (?:times|often) than i(?:'d| would)? (?:like|care|want) to (?:admit|say|think)\b|"
    r"^i(?:'m| am) not (?:going to|gonna) (?:pretend|lie and say|say) i (?:haven't|don't|didn't)"
    r"\b|^since i was (?:about |around |maybe )?[\w-]+\b(?![^.?!]*\b(?:no|not|never)\b)|"
    r"^not the (?:second|first|last|other) (?:one|thing|part)\b[^.?!]*,? but the (?:first|second|"
    r"last|other) (?:one|thing|part)\b|"
    r"^(?P<no8>not on your life|nuh-?uh|uh-uh|i can't say i ever (?:have|did|do))\b|"
    # "Sometimes I think, what kind of life is this... but no, not like that."
    r"\bbut,? (?P<no7>no|nah),? (?:not (?:like that|really|seriously|that way|in that way)|"
    r"never)\b"
)


def final_say(low: str) -> str | None:
    """ "yes" or "no" where the answer ends by giving it, whatever came first; else None."""
    m = _FINAL_SAY.search(low)
    if m is None:
        return None
    return (
        "no"
        if any(m[g] for g in ("no", "no2", "no3", "no4", "no5", "no6", "no7", "no8"))
        else "yes"
    )


#: "Aye" heard as "I", set apart by a comma: "I, that's what it is, it's a thought." (not "I,
#: I mean ...", "I, um ...", a start made again)
_AYE_HEARD = re.compile(
    r"^i(?=[,.] (?!i\b|i'm\b|i'd\b|uh|um|er\b|erm|mean\b|just\b|was\b|think\b|don't\b|"
    r"guess\b|suppose\b|well\b)\w)"
)
#: an interjection before the answer, set apart by a comma, with an answer after it
_INTERJECTION = re.compile(
    r"^(?:hey|ai|aiyo|aiya|eish|ay|ee|och|ach|eh+|ehn|ehen|ah+|oh+|ag|me)[,?]\s+(?=\w)|"
    r"^\[(?:laughs?|laughing|laughter|sighs?|sighing|pause|pauses|chuckles?|coughs?)\]\s*"
)  # "Me, I'm not going to top myself."
_PAUSE = ".…-\u2013\u2014 "  # a pause written before an answer
#: a yes or a no in another tongue, said first ("Ho, that is right." in Nepali, "Iva." in
#: Maltese, "Opo." in Tagalog; "Le, le." in Maltese, "Hindi po." in Tagalog), read as the
#: English word
_OTHER_YES = re.compile(r"^(?:ho|hajur|iva|opo|oho|ioe)(?=[,.!]|$)")
_OTHER_NO = re.compile(r"^(?:le(?:,? le)+|le(?=[.!])|hindi(?: po)?|hoina|nahin|nahi)(?=[,.!]|$)")
#: an answer given for the client, its yes or no read as the client's: "Interpreter: He says no,
#: never.", "My mum says no, she hasn't, doctor." (a son interpreting), "She says yes, she has."
_GIVEN_FOR = re.compile(
    rf"^(?:{INTERPRETER_LABEL})?(?:(?:my|his|her|our) (?:mum|mam|mom|mother|dad|father|husband|"
    r"wife|"
    r"son|daughter|nan|nana|gran|granny|grandad|grandma|grandpa|brother|sister|partner|aunt|"
    r"uncle)|he|she|they)(?:'s| is)? (?:says?|said|saying),? (?=(?:yes|yeah|no|nah|never)\b)|"
    # a shake of the head or a nod said aloud: "She's shaking her head. She says no."
    r"^(?:(?:she|he|they|(?:my|his|her|our) \w+)(?:'s| is| are|'re)|you(?:'re| are)) "
    r"(?P<shake>shaking (?:her|his|their|"
    r"your) heads?)|^(?:(?:she|he|they)(?:'s| is| are|'re)|you(?:'re| are)) (?P<nod>nodding)|"
    # "He nods. He says yes, he has.", "She shakes her head." (p25)
    r"^(?:she|he|they|(?:my|his|her|our) \w+) (?:(?P<nods>nods|nodded)|(?P<shakes>shakes|shook) "
    r"(?:her|his|their) head)\b[.,]?\s*"
)
#: a typed transcript's stage direction before or for the answer: "[Client nods slowly.]",
#: "[Client shrugs, then nods.] Yeah, sometimes.", "[She shakes her head.]"
#: (or in round brackets: "(Her son, answering for her) No, she hasn't.", p25)
_STAGED = re.compile(r"^[\[(](?P<what>[^\])]*)(?:[\])]|$)\s*")
_NODS = re.compile(r"\bnod(?:s|ded|ding)?\b")
_SHAKES = re.compile(r"\bshak(?:es|ing|e) (?:\w+ )?head\b")
#: Tagalog's "po" of respect after a word ("Safe po.", "Not every night po.")
_PO = re.compile(r"\s+po(?=[,.!?]|$)")


def as_heard(low: str) -> str:
    """An answer's lowercase text as it is read: a pause or an interjection before it left off,
    "aye" heard as "I" made "aye", a yes or no in another tongue made English, Tagalog's "po" of
    respect left off, and an answer given for the client ("Interpreter: He says no", "My mum
    says yes", "She's shaking her head") read as the client's own yes or no."""
    low = _INTERJECTION.sub("", low.strip(" \"'").lstrip(_PAUSE))
    if (staged := _STAGED.match(low)) is not None:
        rest = low[staged.end() :].strip(" \"'")
        what = staged["what"]
        # the words said win; with none, the nod or the shake of the head is the answer
        shook, nodded = _SHAKES.search(what), _NODS.search(what)
        low = rest or ("no" if shook else "yes" if nodded else "")
    low = _given_for(low)
    low = _OTHER_NO.sub("no", _OTHER_YES.sub("yes", _PO.sub("", low), count=1), count=1)
    return _AYE_HEARD.sub("aye", low, count=1)


def _given_for(low: str) -> str:
    """An answer given for the client read as the client's own: its nod or shake made a yes or a
    no, where no words follow it ("He nods. He says yes." reads the words said)."""
    if (given := _GIVEN_FOR.match(low)) is None:
        return low
    rest = low[given.end() :]
    if given["nods"] or given["shakes"]:
        return _given_for(rest) if rest else "no" if given["shakes"] else "yes"
    return ("no" if given["shake"] else "yes" if given["nod"] else "") + rest


#: an offer that a yes answers, said without a question mark: "... if you agree."
ASKS_LEAVE = re.compile(
    r"\bif (?:you (?:agree|like|want|wish|prefer|don't mind|are okay with that|'re okay with "
    r"that|are happy with that|'re happy with that)|(?:that's|that is) (?:okay|ok|alright|all "
    r"right))\W*$"
)


_NOT_YES_OR_NO = r"(?!(?:yes|yeah|yep|aye|no|nope|nah|never)\b)"  # "I won't lie to you, Doctor."
#: a hesitation said as a sentence of its own; a preface to what comes next ("I'll be honest
#: with you, Doctor.", "I won't lie to you."); a question back ("Is that bad?")
HESITATION = re.compile(
    r"^(?:(?:doctor|doc|nurse|miss|sir|madam|ma'am),? )?"
    # "Ei! No, doctor.": an interjection on its own before the answer
    r"(?:(?:um+|uh+|erm*|hmm+|mm+|ah+|well|ei+|eh+|oh+|aiyo+|aiya|eish|haba|chai|och|ach|ay+|"
    r"wow|gosh|jeez|blimey|crikey|herh|ooh+|ha+|heh)[.,!…-]*$|"
    # "Hmm, let me think...", "I don't know, maybe...": a pause before the answer (p15)
    r"(?:(?:hmm+|um+|well|so),? )?(?:let me think|i don't know,? maybe)[.,!…-]*$|"
    r"(?:i'll|i will|i'm going to|let me) be (?:honest|straight|truthful)(?: with you)?"
    rf"(?:,? {_NOT_YES_OR_NO}\w+)?[.,!…-]*$|i (?:won't|will not|can't|cannot) lie(?: to you)?"
    rf"(?:,? {_NOT_YES_OR_NO}\w+)?[.,!…-]*$|"
    # "I know the forms have to ask.", a question back: "Is that bad?"
    r"i know (?:you|the forms?|they|we|the doctors?) (?:have|has|had|need|needs|got) to ask\b"
    r"[^.?!]*[.!]*$|(?:is that|is it) (?:bad|normal|weird|wrong|strange|terrible|awful)\W*$|"
    # "I wouldn't call it a lot... but yes, it's there.": a hedge, the answer after it
    r"i (?:wouldn't|would not) (?:call it|say (?:it's|it is)) (?:a lot|much|loads|often)[.…]+$)"
)
