"""The words around a risk cue that change what it says -- an idiom, a condition, a negation, who
it is about, when -- and the protective factors and plans said near a statement. The cues
themselves are in risk_cues; how a question is asked and answered in risk_questions. Patterns run
on lowercase text.
"""

from __future__ import annotations

import re

from localnotes.notes.risk_cues_told_by_summary import READY
from localnotes.notes.risk_idioms import IDIOMS as IDIOMS  # re-exported: the sayings
from localnotes.notes.risk_phrases import doer_at as doer_at  # re-exported

#: A cue after one of these is a hypothetical, not a statement ("if you ever feel like ..."); "if
#: I'm honest" is no condition.
CONDITIONAL = re.compile(
    # ("as if" is no condition: "It sounds as if you've set yourself a date", bf17)
    r"\b(?:(?<!\bas )if(?! (?:i'm|i am|i was)(?: being)? (?:honest|truthful|frank)\b)|in case|"
    r"whenever|"
    r"should you|any ?time|what if|unless|so that|prevent|"
    r"(?<!the )(?<!those )(?<!all the )people (?:who|with|often)|many people|some people|common "
    r"(?:for|in|with)|sometimes people|"
    r"before (?:he|she|they|i|you|we|someone|anyone)(?= \w+ (?:me|you|us|him|her|them)\b))\b"
)
#: Just before a cue of harm to others, a fear of causing harm, not a wish or intent: "afraid of
#: hurting someone" (with a car, a slip of the hand) asks or tells of a fear; so does a fear that a
#: thing of the speaker's does it ("scared my driving could hurt someone"), though not the
#: speaker's temper or hands.
FEARED = re.compile(
    r"\b(?:afraid|scared|frightened|terrified|fearful|worried|the fear|a fear) (?:of|about) $|"
    r"\b(?:afraid|scared|frightened|terrified|fearful|worried)(?: that)? my "
    r"(?!(?:hands?|fists?|temper|anger|rage|rages|violence)\b)[a-z]+(?: [a-z]+)? "
    r"(?:will|would|could|might|may|can|is going to|'ll) (?:end up |actually )?$|"
    # "I've been scared I'd shove him back"
    r"\b(?:afraid|scared|frightened|terrified|fearful|worried)(?: that)? i(?:'d|'ll| would| will|"
    r" might| could| may) (?:end up |actually )?$|"
    # someone else's harm feared: "I'm scared someone will stab him"
    r"\b(?:afraid|scared|frightened|terrified|fearful|worried)(?: that)? (?:someone|somebody|"
    r"one of them|they|some \w+|the other \w+)(?:'ll|'d| will| would| might| could| may| is going "
    r"to| are going to) (?:end up |actually )?$"
)
#: A client's word taken back as soon as the clinician checks it: "It's the pain talking", "I
#: didn't mean it literally", "I mean I want the pain to stop".
NOT_MEANT = re.compile(
    r"\b(?:the |my |just |only )?(?:pain|anger|stress|exhaustion|tiredness|drink|alcohol|"
    r"frustration|grief|shame|temper) talking\b|"
    # "Is only words." (and "his only words", as speech recognition hears it)
    r"\b(?:is|it's|it is|his|this is|that's|that is) (?:just |only )(?:words|talk|chat)\b|"
    # "It's a figure of speech.", "That's just an expression."
    r"\b(?:just|only|it's|it is|it was|that's|that is|that was) (?:just |only )?(?:a saying|an "
    r"expression|a figure of speech|a way of (?:talking|speaking|putting it|saying))\b|"
    # "It is Polish saying.", "it's an old Irish saying"
    r"\b(?:it's|it is|that's|that is) (?:just |only )?(?:a |an )?(?:old )?[a-z]+ (?:saying|"
    r"expression)\b|"
    r"\b(?:didn't|did not|don't|do not) mean (?:it|that)(?: literally)?\b|"
    r"\bnot literally\b|\bi (?:just )?mean(?:t)? i want (?:the|it|this)(?: \w+)? to (?:stop|end)\b|"
    # "It's just a thing people say.", "It's just how we talk.", "I was exaggerating."
    r"\b(?:just|only) (?:a thing|the thing|to think|something|what) (?:people|you|everyone|"
    r"everybody|we|"
    r"kids|they) says?\b|\b(?:just|only|it's|it is|that's|that is) how (?:we|people|kids|"
    r"everyone|everybody|they|men|guys|lads) (?:all )?(?:talk|speak|say it|say things|put it)\b|"
    # "It's a joke." "I was only joking." (not "It's not a joke", "It's a joke how they pay")
    r"^(?:(?:no|nah|ah|oh|haha|lol|god),? )*(?:it's|it is|it was|that's|that was|i was|i'm) "
    r"(?:just |only )?(?:a joke|joking|kidding|having a laugh)(?=\s*(?:[.,;!]|$))|"
    # "It is what we say." (a saying, said to be one)
    r"^(?:(?:oh|ah|no|well),? )*(?:it's|it is|that's|that is) (?:just |only )?(?:what|something)"
    r" (?:we|people|everyone|everybody|they) (?:all )?(?:say|says)\b|"
    r"\bi was (?:just )?(?:exaggerating|being dramatic|being silly)\b|"
    # "No. No way. I'm just mad.", "That's just talk."
    r"\bi'm (?:just|only) (?:mad|angry|frustrated|venting|upset|annoyed|fed up|pissed off)\W*$|"
    r"\b(?:that's|that is|it's|it is) (?:just|only) (?:talk|venting|words)\b"
)
NEGATION = re.compile(
    r"\b(?:no|not|never|nothing|none|nobody|neither|nor|without|denies|denied|deny|"
    r"haven't|hasn't|hadn't|don't|doesn't|didn't|won't|wouldn't|isn't|aren't|wasn't|weren't|"
    r"can't|cannot|couldn't|shouldn't|no longer)\b|n't\b|"
    # Scots and the north of England: "I'd nae lay a finger on him", "I widna", "I dinnae"
    # Trinidad and the Caribbean: "I eh want to dead" (I ain't), "I doh want to dead" (don't)
    r"(?<=\bi )(?:eh|doh)\b(?!,)|"
    r"\bnae\b|\b(?:wid|would|could|should|can|din|did|will|is|was|does|dis|hae|have|had|wur|"
    r"were|must)n(?:a|ae)\b|"
    # the same as speech recognition hears it: "she does need hurt me", "I need lay a finger on
    # him" ("need" before a bare verb, no "to")
    r"\b(?:i|i'd|he|she|they|we|does|do|did|would|could|will|wid) ne+d(?=\s*$| (?:hurt|lay|touch|"
    r"hit|harm|kill|cut|lift a hand|raise a hand|batter|go near)\b)"
)
#: Right after a cue, what denies it: "Hurting myself is not in me", "Killing myself isn't
#: something I would do", "Harming anyone was never an option"
DENIED_AFTER = re.compile(
    r"\W*(?:(?:just|simply|really) )?(?:(?:is|was|'s)(?: just| simply)? (?:not|never)(?: ever)?|"
    r"isn't|wasn't) (?:in me|me|who i am|something i(?:'d| would| could)?(?: ever)? do|an option|"
    r"on the table|on my mind|a thought i have)\b|"
    # "No, really no, suicide is sin": a faith's no
    r"\s+(?:is|'s) (?:a )?(?:sin|mortal sin|great sin|haram|forbidden|against (?:my|our) "
    r"(?:religion|faith))\b(?![^.?!]*\b(?:but|yet|still)\b)|"
    # "Kill myself, no.": the cue said back, then the no; "Kill myself, God forbid" (aw14, spoken)
    r"\s*,\s*(?:god|allah|heaven|the lord) forbid\b|"
    r"\s*,\s*no\b(?!\s*(?:one|body|more|longer|matter|way)\b)|"
    # "And to hurt myself, never.": the sentence ends in the no
    r"\s*,\s*(?:never|not ever|not once|no way)\W*$|"
    # "I'll strangle him, ha, not really."
    r"[^.?!]{0,30}?,\s*(?:ha+|haha|lol),?\s*(?:not really|only joking|just joking|kidding|joking)\b"
)
#: Negations that do not deny what follows: "I wouldn't mind not waking up", "I can't stop thinking
#: about killing myself", "I don't know why I keep thinking about dying".
#: a sentence that tells a threat, where "kill me if ..." is no saying (the idioms are not read
#: there): "He threatens to kill me if I leave", "He said he'd kill me if I left" (not "My mum
#: would kill me if she saw my room", "She'll kill me if I'm late")
THREAT_SAID = re.compile(
    r"\bthreaten\w*|\b(?:swore|swears|warned|warns)\b|"
    # "I told him I'd kill him if he came back": said to the one threatened
    # "I said I'd kill her if she left, and yeah, I said it, and part of me still means it"
    r"(?<!n't )(?<!not )(?<!never )\b(?:still )?(?:means|mean|meant) it\b(?! (?:as a|like|"
    r"literally))|"
    r"\bi (?:told|said to) (?:him|her|them|\[person\]) (?:that )?i(?:'d| would| will|'ll) (?:kill|"
    r"hurt|stab|batter|do) (?:him|her|them)\b|\bkill (?:me|us) if i (?:ever )?(?:leave|"
    r"left|tell|told|go|went|call|called|report|reported|try|tried|take|took)\b"
)
#: (not the comma of "I have never, ever thought ...": one negative said twice)
CLAUSE_BREAK = re.compile(
    r"[,;:]\s(?!(?<=\bnever, )(?:ever|never)\b)|\s(?:but|and|because|though|although|except|so)"
    r"\s|\s-\s|—"
)
FIRST_PERSON = re.compile(
    r"\b(?:i|i'm|im|i've|ive|i'd|i'll|me|myself)\b|\bmy(?= life| own| thoughts)"
)
#: How a death or an act of someone else is told: "my uncle died by suicide".
SOMEONE_ELSES = re.compile(
    r"\b(?:died|dies|death|lost (?:\w+ )?(?:\w+ )?)(?: by| to| from) suicide\b|"
    r"\bcommitted suicide\b"
)
THIRD_PERSON = re.compile(
    r"\b(?:he|she|they|his|their|(?:my|your) (?:uncle|aunt|brother|sister|mom|mother|dad|father|"
    r"friend|cousin|grand\w+|son|daughter|husband|wife|partner|boyfriend|girlfriend|neighbou?r|"
    r"coworker|classmate|patient|client)|her (?:ex|husband|boyfriend|partner|fella|dad|father|"
    r"mum|mam|mom|mother|stepdad|brother|uncle|son))\b"
)
SECOND_PERSON = re.compile(r"\b(?:you|your|yourself)\b")
PAST = re.compile(
    r"\b(?:used to|years? ago|months? ago|weeks? ago|when i was|as a (?:kid|child|teen\w*)|"
    r"in (?:high school|college|middle school|my (?:teens|twenties))|back (?:then|in)|last year|"
    r"last (?:winter|spring|summer|fall|autumn|month)|"
    r"in the past|a long time ago|since|ago|previous(?:ly)?|history of|"
    r"attempt(?:ed)?|tried to|once|twice|at (?:fifteen|sixteen|seventeen|eighteen|nineteen|"
    r"twenty|\d+))\b"
)
PROTECTIVE = re.compile(
    r"\b(?:my (?:kids|children|son|daughter|dog|cat|family|wife|husband|partner|faith|mom|mother|"
    r"grandkids|grandchildren)|reasons? (?:to|for) (?:live|living|keep going|stay)|"
    r"wouldn't do that to|would never do that to|could never do that to|keeps? me going|"
    r"look(?:ing)? forward to|supportive|support system|safety plan|my faith|church|"
    r"hope|hopeful|future|i'd never act on|would never act on|wouldn't act on|not going to act)\b"
)
PLAN_OR_MEANS = re.compile(
    r"\b(?:a plan|any plan|no plan|the plan|intent|intention|pills? (?:saved|stockpiled|stashed)|"
    r"stockpil\w*|a gun|firearm|rope|bridge|means|how i would do it|access to)\b"
)
#: Before a cue in a condition, a wish rather than a hypothetical: "everyone would be better off if
#: I just ...", "it would be easier if I ..."
WISHED_IF = re.compile(
    r"\b(?:better off|easier|a relief|relieved|better for (?:everyone|everybody|them|my \w+)) "
    r"if (?:i|you) (?:just |only )?$|"
    # the act turned over in one's mind: "Most mornings I think, what if I just didn't turn the
    # wheel."
    r"\bwhat if i (?:just |simply )?(?:didn't |did not |don't |do not |never )?$|"
    # "looking at the pillar, thinking if I drove into it at sixty, nobody'd know" (aw08)
    r"\b(?:thinking|thought|i think|wondering),? (?:that )?if i (?:(?:drove|drive|jumped|jump|"
    r"stepped|step|took|take|went|go)\b[^.?!]*)?$|"
    # a condition that is how things are: "if this is my life now, I'd rather not be here"
    r"\bif (?:this|that|it)(?:'s| is) (?:my (?:life|lot)(?: now| for good| from now on| forever)?|"
    r"how (?:it|life|things) (?:is|are|will be|(?:is|are)(?: going|gonna) (?:to )?be)|"
    r"all there is|it)\b|\bif nothing (?:changes|gets better)\b|"
    r"\bif it(?:'s| is) (?:going to|gonna) (?:be|stay) like this\b|"
    # a deadline set oneself: "if nothing's better by my birthday then that's it" (battery 42)
    r"\bif (?:nothing|things|it)(?:'s| is| has| have|'ve)? (?:not )?(?:\w+ )?(?:better|changed|"
    r"different|improved|sorted|easier)\b[^.?!]{0,20}?\bby (?:my birthday|christmas|new year|the "
    r"(?:end|spring|summer) of \w+|the (?:spring|summer|new year)|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|next \w+|then)\b"
)
#: What the speaker says they will do, after a condition ("I'll", "I'm gonna")
I_WILL = r"(?:i'll|i will|i'd|i would|i'm going to|i'm gonna|im gonna|im going to)"
#: After a condition of the speaker's own, the speaker's intent: "If the scan is bad, I'll kill
#: myself" (the condition comes first, the cue is the main clause)
THEN_I_WILL = re.compile(
    # also a thought told: "I lay in bed and thought, if I have to go through that, I'd rather not
    # be here at all"
    # ("fr tho if that guy chats to me again im gonna jump him": a lead-in before the condition)
    r"(?:^(?:(?:fr|for real|honestly|tbh|ngl|seriously|swear down|i swear(?: to god)?|on my "
    r"life|wallahi|wallah|by god|honest to god|mark my words|i'm telling you|i'm serious|trust "
    r"me)(?: tho| though)?,? )?"
    r"(?:and |but |so |that )?|\b(?:thought|think|thinking|told myself),?\s+|"
    # after a clause of its own: "He keeps coming round, and if he does it again I'll ..."
    r"[,;]\s+(?:and|but|so) )if\b[^,;.?!]*"
    # the comma speech recognition leaves out: "If this pain doesn't stop I'm going to end it"
    # ("If he'd a come up that road, I believe I'd a shot him.": a belief before the intent)
    rf"(?:[,;]\s*|\s)(?:then\s+)?(?:i (?:believe|think|reckon|know|guess|swear)\s+)?{I_WILL}\s+"
    r"(?:just\s+)?"
    # "If I'd eaten something, I'd make myself run on it to punish myself"
    r"(?:[a-z']+\s+){0,6}$|"
    # "If this is forever, I'm not sure I want to be around."
    r"^(?:and |but |so |that )?if\b[^,;.?!]*[,;]\s*(?:then\s+)?(?:i'm|i am)\s+$"
)

#: A threat the speaker made, said as a condition: "I told him over the fence if he did it
#: again I'd cave his head in", "I said to her that if she came back I would kill her"
_THREATENED = re.compile(
    r"(?:\bi (?:done |have |'ve |had |'d )?|^)(?:told|said to|warned|threatened|shouted at|"
    r"screamed at|yelled at|texted|messaged|wrote to|rang) (?:him|her|"
    r"them|\[person\]|the \w+|that \w+|my \w+)\b[^.?!]{0,30}?,? (?:that )?if\b[^.?!]*?,? "
    r"(?P<then>i'd|i would|"
    r"i'll|i will|i'm going to|i'm gonna|im going to|im gonna)\b"
)


def threatened(low: str, start: int) -> bool:
    """The cue at `start` is what the speaker said they would do in a threat made to someone, or
    a weapon kept ready for someone's coming ("if he comes round again, he's getting the bat")."""
    return bool(READY.match(low, start)) or any(
        m.start("then") <= start <= m.end() + 20 for m in _THREATENED.finditer(low[: start + 12])
    )


#: After a cue, what says it was no act: "I've hurt myself falling, but never on purpose", "I hit
#: him by accident"
ACCIDENT = re.compile(
    # ("I said I fell, I didn't.": the fall told as the cover story)
    # ("Told the nurse I fell on a glass, but I did it myself.": the cover story owned up to)
    r"\b(?:by accident|accidentally|by mistake|(?:never|not) on purpose|i fell(?!,? i didn't\b)"
    r"(?![^.?!]{0,40}?\bbut (?:really |actually |in fact )?i did (?:it|them|that) (?:myself|to "
    r"myself|on purpose)\b)|"
    # not what the blow did: "I slapped him so hard he fell over", "I smacked my lad round the
    # head so hard on Thursday he fell over" (p21): another's fall is no accident of one's own
    r"(?<!\bhe )(?<!\bshe )(?<!\bthey )fell (?:off|down|over|from)|falling|(?:in|from) a fall|"
    r"(?:tripped|slipped) (?:and fell|over|on)|"
    # an itch scratched, a splinter dug out: "I scratch my arm till it bleeds, it's so itchy"
    r"itch(?:y|ing|es)?|eczema|a rash|the rash|(?:a|the) splinter)\b"
)
#: Before a cue of something done to the speaker, a belief or a dream of it, not a telling: "I
#: thought they were strangling me" (delirium, a nightmare)
MISPERCEIVED = re.compile(
    r"\bi (?:thought|believed|was sure|was convinced|imagined|dreamt|dreamed|hallucinated) "
    r"(?:that )?"
    r"(?:they|he|she|someone|somebody|people|the \w+|the \w+ \w+) (?:were|was|had been) $|"
    # "I dream someone's strangling me", "I keep dreaming he's hitting me"
    r"\bi (?:dream|keep dreaming|have (?:a )?(?:dreams?|nightmares?))(?: that)? (?:they|he|she|"
    r"someone|somebody|people|the \w+)(?:'s|'re| is| are| was| were) $"
)
#: a question told and answered no: "She asked was I suicidal and I said God no"
ASKED_THEN_NO = re.compile(
    r"[^.?!]*?\bi (?:said|told (?:her|him|them)|answered)(?: ,)? (?:(?:god|oh|hell|heavens|"
    r"lord),? )?(?:no|never|nope|of course not)\b"
)
#: After a cue, a fear that did not come true: "I was scared he'd hit me, but he never did."
NEVER_DID = re.compile(
    # (not the act itself not done: "I wrote a goodbye note but I didn't go through with it")
    r"\bbut (?!i (?:never|didn't|did not) (?:go through with it|act(?:ed)? on it)\b)"
    r"(?:he|she|they|i|it|nobody|no one|that) (?:never|didn't|did not|hasn't|has not|"
    r"never has)(?: (?:did|has|happened|do it|go through with it|acted on it|act on it))?"
    # ", he's a gentle soul." (not ", not that time, he hit me the week after")
    # ("but I never did and I don't now": the now denied too)
    r"(?:,? (?:not once|not ever|ever|at all))?(?: and (?:i|he|she|they) (?:don't|do not|"
    r"doesn't|haven't|won't) (?:now|since|either|any ?more))?(?:\W*$|[,;] (?![^.?!]*\b(?:but|"
    r"then|until|"
    r"later|after|afterwards|next|that time|again)\b))"
)
#: A denial said only to be called untrue: "I'd be lying if I said I never thought about it", "I
#: can't say I haven't thought about it": the thought is told
_UNSAID_DENIAL = re.compile(
    r"\b(?P<lead>i(?:'d| would) be lying if i (?:said|say|told you)(?: that)? |i (?:can't|cannot|"
    r"couldn't) (?:honestly |really )?say(?: that)? )i(?:'ve| have)? (?P<neg>never|haven't|have "
    r"not|didn't|did not|don't|do not|hadn't|wasn't) "
)


#: a filler said between a subject and its verb, set off by commas: "Nobody, like, hits me"
_ASIDE = re.compile(
    r"\b((?:nobody|no one|no-one|noone|nothing|i|he|she|they|we|someone|somebody|anyone|"
    r"anybody|it)),( (?:like|you know|i mean|um+|uh+|er+|honestly|really|to be honest|i swear|"
    r"basically|literally)),(?= )"
)


def clause_before(low: str, at: int) -> str:
    """The text of the clause that position `at` is in, up to it (after the last clause break);
    a filler between commas is no break ("nobody, like, hits me")."""
    head = _ASIDE.sub(lambda m: m.group(1) + " " + m.group(2) + " ", low[:at])
    breaks = list(CLAUSE_BREAK.finditer(head))
    return head[breaks[-1].end() :] if breaks else head


def unsaid_denial(low: str) -> str:
    """The sentence with such a denial's frame and negation blanked (offsets kept): "i thought";
    and a "no" that denies nothing (`_NO_DENIAL`: "not gonna lie", "no bad", a cover story
    denied before the act is owned)."""
    for m in reversed(list(_UNSAID_DENIAL.finditer(low))):
        for part in ("neg", "lead"):
            a, b = m.span(part)
            low = low[:a] + " " * (b - a) + low[b:]
    return _NO_DENIAL.sub(lambda m: " " * len(m[0]), low)


#: a "no" that denies nothing: a filler ("not gonna lie"), "not bad" said of how things are at
#: the start, and a cover story denied before the act is owned ("the marks are not from the cat
#: i do them"; not "not from him i fell": an act named after it)
_NO_DENIAL = re.compile(
    r"\b(?:i'm |im |i am )?not (?:gonna|going to) lie\b|"
    r"^(?:\w+,? )?(?:not|no|nae) (?:too |so )?bad\b(?! (?:enough|that|as to)\b)|"
    r"(?:(?<=\bare )|(?<=\bwere )|(?<=\bwas )|(?<='re ))not(?= from (?:\w+ ){1,3}?"
    r"(?:they're not |theyre not )?i (?:do|did|done|punch\w*|cut\w*|hit|bang\w*|scratch\w*|"
    r"burn\w*|make|made)\b)"
)


def time_of(low: str) -> str:
    """A statement's time: "past" when the sentence says so, else "present"."""
    return "past" if PAST.search(low) else "present"


#: the clinician saying that a question comes: "I'll ask", "I have to check"
ASKING = re.compile(
    r"\bi(?:'ll| will| must| have to| need to| want to|"
    r"'d like to| should)? (?:just |also )?"
    r"(?:ask|check)\b(?! (?:god|for|him|her|them|my)\b)"
)

#: thoughts of harming oneself asked about ("did you have thoughts of harming yourself ...",
#: "thought about using your insulin to hurt yourself"): asked with ideation, a thought, no act
THOUGHTS_OF_HARM = re.compile(
    r"\bthoughts? (?:of|about) (?:\w+ ){0,4}?(?:harming|hurting|injuring) yourself\b|"
    r"\bthought about (?:\w+ ){0,4}?(?:to )?(?:harm|hurt|injure) yourself\b"
)
ASKS_OF_DYING = re.compile(
    r"\b(?:not being (?:alive|here|around)|end(?:ing)? your (?:own )?life|kill(?:ing)? yourself|"
    r"suicid\w*|better off dead|you were dead|(?:not )?(?:wanting|want) to (?:live|die|be alive|be "
    r"here))\b"
)


#: "Once or twice I've thought he'd be better with someone else.": the yes tells a thought
_THOUGHT_TOLD = re.compile(r"^[^.?!]{0,30}?\bi(?:'ve| have)? thought\b(?! so\b)")


def thoughts_asked(low: str, answer: str = "") -> bool:
    """The question asks about thoughts of harming oneself together with dying ("did you have
    thoughts of harming yourself or of not being alive?"), or the answer tells a thought ("Once
    or twice I've thought ..."): its yes tells a thought, not an act."""
    return bool(
        (THOUGHTS_OF_HARM.search(low) and ASKS_OF_DYING.search(low)) or _THOUGHT_TOLD.match(answer)
    )


#: "Are you kidding? I've never wanted to live more.": the answer is what follows
RHETORICAL = re.compile(
    r"^(?:are you (?:kidding|joking|serious)|you(?:'re| are) (?:kidding|joking)|you must be "
    r"joking|seriously|honestly|me|who,? me|what,? me|i'll be honest|if i'm honest|"
    r"to be honest|well|(?:oh,? )?(?:my )?(?:goodness|gosh|god|heavens|lord|blimey|crikey)|"
    r"good (?:lord|grief|heavens)|"
    # said by the asker after the question: "I ask everyone who's housebound."
    r"(?:i|we) (?:always |have to |need to )?ask (?:this )?(?:of )?(?:everyone|everybody|all)\b"
    r"[^.?!]*)\W*$"
)
#: A sentence that opens like a question but tells, when no question mark ends it: "When it gets
#: loud I bang my head", "How easy it'd be to walk on and not stop."
TELLING_OPENER = re.compile(
    r"(?:and |so )?(?:when|where)\b|(?:and |so )?how \w+ (?:it|that|this|i)(?:'d|'s|'ll| would| "
    r"is| was| will)\b"
)
#: the asker goes on about people in general: "Sometimes when people are this tired they get very
#: short with others."
PEOPLE_IN_GENERAL = re.compile(
    r"^(?:sometimes,? |often,? |a lot of the time,? )?(?:when |if )?(?:some |many |a lot of "
    r"|lots of |most |other |plenty of )?(?:(?:young|new|older|other) )?(?:people|folks?|parents|"
    r"patients|mums|moms|dads|mothers|fathers|men|women|teenagers|teens|students|kids|children|"
    r"clients|"
    r"adults|guys|lads|girls|boys|carers|caregivers|veterans|survivors|couples|workers)\b"
)


_HABITUAL = re.compile(
    r"\b(?:if|whenever|when) (?:i|we) [^,;.?!]{0,50}?\b(?:he|she|they|[a-z]+)(?:'d| would) |"
    r"\b(?:he|she|they)(?:'d| would) [^.?!]{0,60}\b(?:if|whenever) (?:i|we) \w+(?:ed|ok|ew|et|"
    r"as|ere|ent|ot|ame|ouldn't|idn't)\b|"
    # the past in both clauses: "If I was quiet at the table, he said I was rude, and he beat me"
    r"\b(?:if|whenever) (?:i|we) (?:was|were|did(?:n't)?|had(?:n't)?|got|said|\w+ed)\b[^.?!]{0,80}?"
    r"\b(?:he|she|they|(?:the|my|his|her|our) [\w']+(?: \w+)?) (?:\w+ )?(?:beat|hit|slapped|"
    r"kicked|punched|belted|hurt|whipped|strapped|"
    r"thrashed|smacked|dragged|threw|pushed|shoved|locked|burn[te]d?) (?:me|us)\b|"
    # the present in both: "If I'm late home he hits me", "If I say no he just keeps on until I
    # give in", "If I go out without telling him, he locks me out of the house all night"
    r"\b(?:if|whenever|when|every time) (?:i|we)\b[^.?!]{0,60}?\b(?:he|she|they|my \w+)(?: just| "
    r"always| still)? (?:hits|slaps|kicks|punches|belts|hurts|beats|pushes|shoves|locks|drags|"
    r"throws|chokes|strangles|grabs|burns|smacks|whips|thumps|batters|keeps on|smashes)\b"
)


def habitual(low: str, kind: str) -> bool:
    """Abuse told as what someone would do whenever the client did something: "If I took too
    long in the cubicle he'd kick the door in and drag me out by my collar"."""
    return kind == "abuse_or_neglect" and bool(_HABITUAL.search(low))
