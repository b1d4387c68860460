"""Yes and no said in the ways people say them.

Yes, as `risk_questions.ENDORSE_ANSWER` does not hold it, found by a probe of answers to "Have
you had any thoughts of ending your life?" in issue 17's thirty-first pass (half of 33 everyday
yeses were read as nothing): a hedge before the yes ("If I'm honest, yeah."), a yes in another
tongue ("Ja, sometimes."), a double negative ("I can't say I haven't.", "I won't say no."), a
condition that is the only "no" in it ("When I'm drinking.", "In the dark moments.", "Only at
night."), how often ("Now and again.", "Since Christmas, on and off.", "Some."), and the
thoughts said to be there ("The thought's there.", "They've been worse this week.").

No, as its twin `DENY_ANSWER` does not hold it (a second probe of 33 everyday noes, ten read as
nothing): "That's not me.", "Can't say I have.", "Don't think so.", "Hand on heart, no.",
"Nee.", "Hapana.", "I couldn't do that to my kids."
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes import risk_questions as rq
from localnotes.notes.risk_denied_by_name import denied_by_name

#: a hedge before the answer
_HEDGE = re.compile(
    r"^(?:(?:if i'm honest(?: with you)?|if i am honest|if i'm being (?:honest|truthful)|if i'm "
    r"truthful|to be fair|truth "
    r"be told|in all "
    r"honesty|honestly|truthfully|to be truthful|i'll be honest|if you want the truth|hand on "
    r"heart|cross my heart|swear to god|(?:i|mi) (?:won't|will not|can't|cannot|nah go|not go|"
    r"no go) lie(?: to (?:you|yuh|ya|u))?|not "
    r"(?:gonna|going to) lie|ngl|kinda|sorta|kind of|sort of|because|'cause|cause|so|well|"
    r"i reckon|"
    # one who speaks for the client, or is said to be right; a title said first ("He says no,
    # never.", "My son's right, I have.", "Doctor, that one is not in me.")
    r"(?:he|she|they) says?|(?:he|she|they)(?:'s| is| are) saying|god help me|"
    r"(?:my \w+|he|she|they)(?:'s| is| are) right|doctor|doc|nurse|sister|"
    r"if i'm being (?:straight|real|honest|frank) with you|"
    r"miss|sir|madam|ma'am|daktari|doctor sahib|"
    # a word of address or an interjection first: "bruh yes", "Le, no, never." (p24)
    r"bruh|bro|bruv|le|leh|"
    # what was said before, said to be so again: "Like I said, yeah.", "Same as last time, no."
    # a hesitation, and honesty promised: "Er, to be honest with you, doc, yeah."
    r"er+m*|um+|uh+(?! huh)|to be honest(?: with you)?|not (?:gonna|going to) pretend(?: "
    r"otherwise)?|now (?:that )?you mention it|"
    r"(?:like|as) i (?:said|told you|say)|same (?:answer )?as (?:last time|before|always|ever|"
    r"usual)|same again|mm+|hmm+)[,.?!]?\s+(?:[-\u2013\u2014]\s+)?)+"
)
#: a reason, then the yes: "I'm not proud of it, but yes."
#: or with a few words after it that take nothing back ("Not every day, but yeah, it comes.")
_BUT_YES = (
    r"^(?!(?:no|nah|nope|never)\b)(?:[^.?!]{0,60},? )?but,? (?:yes|yeah|aye|i (?:wanted|wished) "
    r"(?:it|that) (?:too|also|as well))"
    r"(?:\W*$|,\s+(?![^.?!]*(?:n't|\bnot\b|\bnever\b|\bno\b))[^.?!]{1,30}[.!]*$)"
)
#: the thing asked named, then the yes: "But the thought, yes, it was real."
_THING_THEN_YES = (
    # (after a clause of its own, as heard: "I was drunk, but the thought, yes, it was real")
    r"^(?:[^.?!,]{1,40},\s+)?(?:but |and )?(?:the|that|those|these) (?:thoughts?|urges?|"
    r"wish(?:es)?|feelings?),? "
    r"(?:yes|yeah|aye|yep)\b(?!,? (?:but|though)\b)"
)
THING_THEN_YES = re.compile(_THING_THEN_YES)
#: "Yes and no.": a yes, whatever no follows it
YES_AND_NO = ("yes and no", "yeah and no")
#: a clause, then the yes, with nothing that denies: "Since Mum passed, more than I'd like, yeah.",
#: "Well, it's been a hard month, and, yeah, I have."
_CLAUSE_THEN_YES = (
    r"^(?![^.?!]*(?:n't|\b(?:not|no|never|nothing|nobody|none)\b))"
    # when or how much said first (not "The kids are fine, yeah.": another matter agreed)
    r"(?=[^.?!]*\b(?:since|more than|lately|recently|it's been|honestly|when|after|before|at "
    r"night|this (?:week|month|year)|last (?:week|month|year)|sometimes|times|again|if i'm "
    r"honest|to be fair|i suppose|i guess)\b)[^.?!]{3,80}?,\s+(?:and,?\s+|"
    r"so,?\s+)?(?:yes|yeah|yep|aye|ya)(?:\W*$|,?\s+(?:i (?:have|do|did|had|am|was|guess|"
    r"suppose)|now and (?:then|again)|sometimes|a bit|a few times|a couple of times|at times|"
    r"on and off)\b)"
)
YES_FORMS = re.compile(
    # a check agreed: "That sounds like a thought of ending your life. Is that right?" "It is,
    # yeah." (not "It is what it is.")
    r"^(?:it is|it was|they are|they were|that it is)(?:,? (?:yeah|yes|aye|ja|yep|yup))?\W*$|"
    # it is back, or rare now but there was one: "It's come back since Christmas.", "Hardly ever
    # now, but there was one last Tuesday." (p16)
    r"^(?:it's|it has|it have|they've|they have|the (?:thoughts?|urges?|feelings?) (?:have|has|"
    r"'ve|'s)) (?:come|came|crept|started coming) back\b|"
    r"^(?:hardly ever|not often|rarely|once in a while|not much|not as much)(?: now| these days)?,?"
    r" "
    r"but (?:there was|there were|i had|i did|it happened|it did)\b(?! not\b)|"
    # another's word for it, or the answer named: "My wife would say yes, and she'd be right.",
    # "I've asked myself that, and the answer is yes." (p15)
    r"^(?:my|the) [\w' ]{1,20}? would (?:say|tell you) yes\b(?!,? but\b)|"
    r"^(?:[^.?!]{0,40}?,? and )?the (?:honest )?answer(?:'s| is) yes\b|"
    # a yes in another tongue, and a hum
    r"^(?:ja|jah|genau|si|sí|sì|oui|haan|haa|ndiyo|ewe|yebo|sim|āe|ae(?=[,.!])|ydw|ydy|"
    r"oes(?=[,.!]))"
    r"\b(?!\w)|"
    # the thoughts owned with a yes: "Thoughts of it, yes. Most nights." (p21)
    r"^(?:the )?(?:thoughts?|urges?) (?:of|about) (?:it|that|them|doing it),? (?:yes|yeah|yep|"
    r"aye)\b|"
    # a nod relayed: "He's nodding, so that's a yes from him."
    r"^(?:he|she|they)(?:'s| is| are) nodding\b|^(?:mm-?hm+|mhm+|mm+ hm+|uh huh|"
    r"uh-huh)(?:\W*$|,? (?:yeah|yes|aye|sometimes|a bit|on the|in the|when|most|now and|every|"
    r"more than|once|twice|a few|a couple|lots|heaps|loads|quite|on and off|off and on|here and "
    r"there|at times|now and then)\b)|"
    # a yes conceded as a question, nodded, or regretted: "Who hasn't, honestly?", "[nods]",
    # "Afraid so."
    r"^who (?:hasn't|hasnt|doesn't|wouldn't|hasn't had|hasn't felt)\b|"
    r"^\[(?:nods|nodding)\b[^\]]*\]|^afraid so\b|"
    # "God, yes.", "Oh Lord, yeah."; "its a yes really"; "ye tbh" (text speech said aloud)
    r"^(?:(?:good|oh|ah|och|aw|my) )?(?:god|goodness|gosh|lord|jeez|jesus|christ|heavens),? "
    r"(?:yes|yeah|aye)\b|^(?:it'?s|that'?s|it is|that is) a yes\b(?! from\b)|"
    r"^ye(?=\W*$|[,.!]| (?:tbh|ngl|fr|lol)\b)|"
    # how it compares says it is there: "Worse than last month.", "Less than before."
    r"^(?:worse|more|stronger|less|fewer|more often|less often|not as bad) (?:than|as) (?:last|"
    r"before|usual|it was|they were|ever|the last)\b|^(?:about )?the same as (?:before|last|"
    r"usual)\b|"
    # "That's fair to say."
    r"^(?:that's|that is|it's|it is) fair to say\b|"
    # "lowkey yeah ngl" (text speech said aloud: "a bit, yes")
    r"^(?:lowkey|low-key|kinda|sorta|tbh|ngl|honestly),? (?:yeah|yes|ye|ya|yep)\b|"
    + _BUT_YES
    + "|"
    + _CLAUSE_THEN_YES
    + "|"
    + _THING_THEN_YES
    + "|"
    # how often, as the whole answer: "It's most weekends."
    r"^(?:it's|it is) (?:most|every|some|a few|most of the) (?:days?|nights?|weekends?|weeks?|"
    r"mornings?|evenings?|times)\W*$|"
    # how much or how sadly, then the yes: "Sadly, yeah.", "A wee bit, aye." (not a word picked
    # from the question: "Short, yes.", "Pressure, yes.", "A zero, yes.")
    r"^(?:sadly|unfortunately|regrettably|honestly|truthfully|a (?:wee |little )?bit|a little|"
    r"a touch|somewhat|partly|bits and pieces|occasionally|lately|recently|at times|"
    r"afraid so|i'm afraid),\s+(?:yes|yeah|yep|aye|ya)\W*$|"
    # "They have, lately."
    r"^(?:they|those|these) (?:have|had|do|did)\b(?!n't| not)|"
    # the past owned as the whole answer: "Used to all the time. Still do sometimes." (p26)
    r"^(?:i )?used to(?:,? (?:all the time|a lot|loads|often|sometimes|every (?:day|night|week)))?"
    r"\W*$|^(?:i )?still do\b|"
    # "Sure I have, God forgive me.", "Too right.", "Got lah, sometimes." (Singapore English),
    # "Is it bad if I say yes?", "My wife thinks so, and to be fair she's right."
    r"^(?:sure|of course|course) i (?:have|do|did|had|am|was)\b|^too right\b|"
    r"^got(?: lah| leh| ah| one)?(?=[,.!]|\W*$| sometimes\b)|"
    r"^(?:is it|would it be) (?:bad|wrong|weird|okay|ok) if i (?:say|said) yes\b|"
    r"^(?:my \w+|he|she|they) thinks? so\b[^.?!]{0,40}\b(?:right|true)\b|"
    # a double negative: "I can't say I haven't", "I'd be lying if I said I hadn't", "I won't say
    # no"
    # ("I can't honestly say I haven't.", "It would be a lie to say I hadn't.", p26)
    r"^it(?:'d| would) be a lie to say (?:i (?:haven't|hadn't|don't|didn't|never)|no)\b|"
    r"^i (?:can't|cannot|couldn't|won't|wouldn't) (?:honestly |really |truthfully )?(?:say|"
    r"pretend|deny) (?:i (?:haven't|hadn't|"
    r"don't|didn't|never)|(?:it|they) (?:hasn't|haven't|isn't|aren't|doesn't|don't|didn't)|no|not|"
    r"otherwise|that i (?:haven't|don't|didn't))\b|"
    # owned with a feeling about it: "I'm ashamed to say yes.", "That's a yes, unfortunately.",
    # "Guilty, yes.", "Affirmative."
    r"^(?:i'm|i am) (?:ashamed|sorry|sad|embarrassed) to (?:say|admit) (?:yes|it(?=\W*$)|so|i "
    r"have|i do)\b(?!\W*(?:but|though)\b)|"
    r"^that's a yes\b(?! from\b)|^guilty(?:,? (?:yes|as charged))?\W*$|^affirmative(?=[,.!]|\W*$)|"
    r"^i(?:'d| would) be lying if i said (?:i (?:hadn't|haven't|didn't|don't|never)|no|not)\b|"
    # a condition, the only limit said: "When I'm drinking.", "In the dark moments."
    r"^(?:only |just |mostly |usually )?(?:when|whenever) (?:i'm|i am|it's|it is|i've been|i get|"
    r"i'm on|things (?:get|are)|i feel|i've had|i drink|i can't)\b"
    # not a whole sentence turned round: "Only when I'm exhausted do I cry."
    r"(?![^.?!,]*\b(?:do|does|did|would|will|can|could) i (?!(?:\w+ ){0,2}(?:it|them|that|"
    r"those|this)\b))[^.?!,]{0,40}\W*$|"
    r"^(?:only |just |mostly |usually )?(?:in|on|at|during) (?:the |my )?(?:dark|bad|worst|low|"
    r"hard|lonely|black|down) (?:moments?|days?|nights?|times?|patch(?:es)?|spells?)\b|"
    r"^(?:only |just |mostly |usually )at night\b|"
    # how often: "Now and again.", "Since Christmas, on and off.", "Some." (the date redacted:
    # "Since [DATE], most nights.")
    r"^(?:now and again|every so often|off and on|on and off|some(?=\W*$)|since (?:christmas|"
    r"easter|the \w+|last \w+|\w+ (?:weeks?|months?) ago|\[date(?:_time)?\])"
    # the time alone, or with how often: not "Since the stroke I can't do much for myself."
    r"(?=\W*$|,? (?:on and off|off and on|yes|yeah|a bit|sometimes|mostly|now and again|every "
    r"day|most days|most nights|a lot|more|worse)\b|"
    # or how often said later, nothing taken back: "Since Christmas, a razor blade, most nights."
    r",? (?![^.?!]*(?:n't|\b(?:not|no|never|nothing|better|fine|stopped)\b))[^.?!]{1,60}?,? "
    r"(?:most|every|each|some) (?:days?|nights?|weeks?|mornings?|evenings?)\b))|"
    # the thoughts said to be there or to be worse: "The thought's there.", "They've been worse."
    r"^(?:the )?thoughts?(?:'s| is| are|'re)(?: still| always)? (?:there|back|around)\b|"
    r"^(?:they've|they have|they're|they are) (?:been )?(?:worse|bad|back|there|louder|stronger|"
    r"more)\b|"
    # "more than ever", "Yes and no."
    r"^more than ever\b|^(?:yes|yeah) and no\b|"
    # how much, and a day never without it: "A fair bit, yeah.", "Not a day goes by."
    r"^(?:a fair bit|a good bit|a fair amount|a good deal|quite a lot)\b|"
    r"^not a (?:day|night|week) goes by\b|"
    # a plan told as the answer: "I've been planning how I'd do it.", "I know how I'd do it."
    r"^(?:(?:i've|i have|i had|i'd|i was|i am|i'm|i) (?:been |even |already |kind of |sort of )*)?"
    r"(?:planning|planned|plan|working out|worked out|work out|figuring out|figured out|"
    r"thinking about|thought about|think about|know|knew|looked up|looking up|googled) (?:how|"
    r"when|where) (?:i'd|i would|i could|i might|i'll|i will|to|i) (?:do it|do that|go about "
    r"it|go through with it)\b|"
    r"^(?:i've|i have) (?:got )?it (?:all )?(?:planned|worked out|figured out)\b|"
    # less than it was, but there: "Not like it was.", "Not as bad as before."
    r"^(?:(?:but |well,? )?not (?:like|as (?:bad|much|strong|often) as) (?:it|they|that) (?:was|"
    r"were|used to be)|not as (?:bad|much|strong|often) as (?:before|then|back then))\W*$|"
    r"^(?:less|weaker|quieter) than (?:it was|they were|before)\b|"
    # how often, too often: "Too many times to count.", "Too often, to be truthful."
    r"^(?:too (?:often|many times)|more (?:times|often) than i (?:can|could|care to) (?:count|"
    r"say|admit)|(?:loads|lots|plenty) of times|many times|more often than not|more than i'd "
    r"like)\b|"
    # with what, or when another did it, as the whole answer: "With his belt.", "With a razor, on
    # my thighs.", "When he's been drinking."; a time before alone: "Used to.", "In the past."
    r"^(?:just |only |mostly )?with (?:his|her|their|a|an|the|my|me) (?:[\w']+ ){0,4}(?:belt|"
    r"hands?|fists?|stick|cane|slipper|razor|blade|knife|lighter|cord|cable|hanger|shoe|strap|bat|"
    r"spoon|whip|lead|wire|scissors|glass|compass|pin|needle)\b|"
    r"^(?:only |just |mostly )?(?:when|after|if) (?:he|she|they)(?:'d|'s| had| has| was| were| "
    r"is| are|'re)? (?:had a (?:drink|few)|been drinking|drinking|drunk|had a few|using|high|"
    r"angry|in a mood|in one of (?:his|her|their) moods)\b|"
    r"^(?:i )?used to\W*$|^in the past\W*$|^(?:loads|lots|heaps|tons)(?: of times)?\W*$|"
    # the answer said to be yes, or it to have happened: "The honest answer is yes.", "It has
    # happened."
    r"^the (?:honest |short |true |real |simple )?answer(?:'s| is) yes\b|"
    r"^it(?:'s| has)(?: been)? happen(?:ed|ing)\b|"
    # where on the body, or what blow, said as the whole answer: "Did he hit you?" "In the arm,
    # like. A punch."
    r"^(?:just |only |mostly )?(?:in|on|across|round|around) (?:the|my|me|his|her) (?:arms?|face|"
    r"head|back|legs?|stomach|belly|ribs|chest|neck|thighs?|wrists?|shoulders?|jaw|ear|eye)"
    r"(?:,? (?:like|mostly|usually|once|twice|yeah))?\W*$|"
    r"^(?:a|one) (?:proper |hard |big )?(?:punch|slap|kick|shove|push|dig|thump|smack|clatter|"
    r"wallop|clout)(?:,? (?:like|yeah))?\W*$"
)
#: a denial in the same answer: the yes form is not the answer
_NO_IN_IT = re.compile(r"\b(?:no|not|never|nothing|none|nah)\b(?! (?:plan|intent)\b)")


def yes_form(low: str) -> bool:
    """The answer says yes in one of these forms, and says no no after it ("When I'm with the
    kids, no." is a no)."""
    said = _HEDGE.sub("", low)
    m = YES_FORMS.match(said)
    if m is None:
        # "If I'm honest, yeah.": the hedge gone, a plain yes
        return (
            said != low and bool(rq.ENDORSE_ANSWER.match(said)) and not rq.DENY_ANSWER.match(said)
        )
    return said.startswith(YES_AND_NO) or not _NO_IN_IT.search(said[m.end() :])


NO_FORMS = re.compile(
    # "I did nothing.", "I didn't do anything like that." (not "I did nothing but cry", which
    # goes on to what was done)
    r"^i (?:did|done|have done|'ve done) (?:nothing|none of (?:that|those|it)|no such thing|nowt|"
    r"nothing of the (?:sort|kind))\b(?! but\b| except\b)|"
    r"^i (?:didn't|did not|haven't|have not|never|ain'?t(?: never)?) (?:do|done|did) (?:anything|"
    r"any of (?:that|it)|nothin[g']?)\b(?![^.?!]*\b(?:but|except)\b)|"
    r"^(?:my|the) [\w' ]{1,20}? would (?:say|tell you) no\b(?!,? but\b)|"
    r"^(?:[^.?!]{0,40}?,? and )?the (?:honest )?answer(?:'s| is) no\b|"
    # ("Na so." is Nigerian Pidgin's yes: "that's it")
    r"^(?:then,? )?(?:no|nope|nah|na(?! so\b)|naa|nae|nee|nein|nac ydw|naddo|hapana|nahin|nahi|"
    r"non|nay|hindi|"
    r"kāo|kao|sega)\b(?!\w)|"
    # "Not at my age, love.": no, for a reason given; "Why I would like die?" asked back (ax15)
    r"^not at my age\b|^why (?:i would|i'd|do i)(?: \w+){0,2} (?:die|be dead|kill myself|do "
    r"that|hurt (?:myself|him|her|anyone))\?|"
    # "Mais no!" (Cajun and Louisiana English); "Negative.", "Not even once."
    r"^mais,? (?:no|non|nah)\b|^negative\W*$|^not even once\b|"
    r"^not (?:even )?(?:a|one) (?:little |tiny |wee )?bit\b|"  # "Not even a little bit."
    # the words asked said back, then the no: "On purpose, no sir, the fryer does it for free."
    r"^(?:on purpose|deliberately|intentionally|like that),? (?:no|nope|nah|never)\b|"
    # a laugh, then the no ("Ha, no, I'm far too busy"; a laugh before a yes is a joke, left alone)
    r"^(?:ha+|haha|heh),? (?:no|nah|nope)\b|"
    # "Ha, as if.", "Where got? No lah." (Singapore English: there is no such thing)
    r"^(?:(?:ha+|haha|heh|pfft),? )?as if\W*$|^where got\b|"
    # "Die also cannot, who will look after him?" (Singapore and Malaysian English: not even that)
    r"^(?:want to |wanna )?(?:die|dying|go|end it)(?: also| oso) (?:cannot|can't|no can)\b|"
    r"^(?:that's|that is|that isn't|that's not|it's not|it isn't) (?:not )?(?:me|my thing|my "
    r"style|who i am)\b|^not (?:me|my thing|my style)\b|"
    r"^(?:i )?can't say (?:i (?:have|do|did|am|was)|it has|they (?:have|do))\W*$|"
    r"^(?:i )?(?:don't|do not) think so\b|^i (?:wouldn't|would not) (?:think|say) so\b|"
    r"^i(?:'d| would) (?:have to )?say no\b|"
    # "Not in years.", "Not on purpose." (an accident)
    r"^not (?:in|for) (?:years|ages|a long time|a long while|months|a good while)\b|"
    r"^not on purpose\b|^(?:not a chance|no chance|(?:i )?doubt it)\b|"
    r"^(?:ag|ach|och|aw|sho|haai|hayi),? (?:no|nah|nope|never)\b|"
    # "I can honestly say no.", "That one is not in me at all."
    r"^i can (?:honestly |truthfully |safely |hand on heart )?say (?:no|i (?:haven't|have not|"
    r"don't|do not|never))\b|^(?:that|it|this)(?: one)?(?:'s| is) not in me\b|"
    # "It's a no from me.", "That's a no."
    r"^(?:it'?s|that'?s|it is|that is) a (?:no|hard no|definite no|firm no)\b|"
    # "It's never been like that for me."
    r"^(?:it's|it has|it) never been like that\b|"
    r"^(?:god|heaven|heavens|lord|allah|the lord) forbid\b"
    r"(?![^.?!]*\bbut (?:yes|yeah|sometimes)\b)|"
    # a reason, then the no: "I'm too much of a coward for that, no."
    r"^(?!(?:yes|yeah|yep|aye)\b)[^.?!]{0,60}, no\W*$|"
    r"^i (?:couldn't|could never|would never|wouldn't) do (?:that|it|something like that) to "
    r"(?:my|the|our) \w+"
)


def no_form(low: str) -> bool:
    """The answer says no in one of these forms, the hedge before it set aside."""
    bare = _HEDGE.sub("", low)
    # "She says never.": an interpreter's or another's no, the hedge set aside
    return bool(NO_FORMS.match(bare) or (bare != low and rq.DENY_ANSWER.match(bare)))


#: the answer ends in a yes after a reason ("I'm not proud of it, but yes."): no denial, whatever
#: its first words
_ENDS_IN_YES = re.compile(
    _BUT_YES + r"|^[^.?!]{10,100},\s*(?:and,?\s+)?well,?\s+(?:yes|yeah)\W*$|"
    # "But since you ask, yes.", "So, if I'm honest, yeah."
    r"^(?:but,? |and,? |so,? )?(?:since you ask(?:ed)?|now (?:that )?you ask|if you must know|"
    r"if i'm honest|to be honest(?: with you)?|truthfully|honestly),?\s+(?:yes|yeah|aye)\W*$"
)


def ends_in_yes(low: str) -> bool:
    return bool(_ENDS_IN_YES.match(low))


#: "Sometimes at night I go on deck and look at the water.": a yes only by "sometimes", then
#: something done, with no thought, wish or feeling in it
_SOMETIMES_DOING = re.compile(
    r"^sometimes,? (?:at night,? |in the (?:night|evening|morning)s?,? )?i (?!(?:think|thought|"
    r"feel|felt|wish|want|wonder|get|got|have|had|do|did|am|was|can't|cannot|don't|just want|"
    r"would|'d|could|might|imagine|picture|see|hear|go to sleep)\b)[a-z]+\b(?![^.?!,]*\b(?:die|"
    r"dead|end|kill|hurt|harm|cut|jump|pills?|over(?:dose)?|never wake|not wake|not be here)\w*)"
)
#: the act of risk itself then denied outright: "I will not jump.", "I'd never do it."
_ACT_DENIED = re.compile(
    r"^(?:but |and )?i(?: will|'ll| would|'d)?(?:n't| not| never) (?:jump|do it|do that|do "
    r"anything|kill myself|end it|end my life|take my (?:own )?life)\b"
)


#: why it is done, said after it: "Only to think of my family."
_ONLY_TO = re.compile(r"^(?:it's |it is )?(?:only|just) (?:to|for)\b")


def deed_then_denied(low: str, rest: Sequence[str]) -> bool:
    """ "Sometimes at night I go on deck and look at the water. Only to think of my family. I
    will not jump. Never.": the "sometimes" tells what is done, why, and the act is denied after
    it, no thought of it owned: a no. Not "Sometimes. But I'd never do it." (thoughts, not acted
    on), nor "Sometimes I think about it. I won't do it." """
    return (
        bool(_SOMETIMES_DOING.match(low))
        and any(_ONLY_TO.match(r) for r in rest)
        and any(_ACT_DENIED.match(r) or denied_by_name(r) for r in rest)
    )


_NOBODY_AFTER = re.compile(
    r"^(?:no ?one|nobody|no-one|nothing)(?:'s| has| else| ever)?\b|"
    # words only: "Only the plow guy who buries my mailbox. And I just cuss at him from the porch."
    r"^(?:(?:and|but|so),? )?i (?:just|only) (?:cuss|curse|swear|shout|yell|holler|grumble|moan|"
    r"mutter|rant|complain|vent)(?:s|es|ed)? (?:at|about|it(?= (?:him|her|them)\b))\b|"
    # "Only towards the referee, and that's just shouting."
    r"^(?:(?:and|but|so),? )?(?:that's|that is|it's|it is) (?:just|only|all) (?:shouting|words|"
    r"talk|banter|yelling|swearing|noise|mouth)\b"
)


def only_then_nobody(answer: str, after: str) -> bool:
    """ "Only the gate. Nobody's come near us.": "only" names a thing, and nobody did it; "Only
    the plow guy. I just cuss at him.": a target named, and only words for it."""
    return answer.startswith("only ") and bool(_NOBODY_AFTER.match(after.strip(" \"'")))


#: after a no and a yes-like clause, the one asked about said never to have done it: "No. When
#: he's drunk he just gets soppy. He's never hurt anybody." (a condition told, not a yes); not
#: "He's never hurt me before" (what another did to the speaker, told of a first time)
NEVER_DONE = re.compile(
    r"^(?:(?:and|but|so),? )?(?:she|he|they|i|we)(?:'s|'ve|'d| has| have| had| would)? never "
    r"(?:hurt|harmed|hit|touched|laid a (?:hand|finger) on) (?:anybody|anyone|a soul|no ?one|"
    r"nobody|a fly)\b"
)
