"""How a risk question is asked and answered: a clinician's question (also as speech recognition
hears it), a plain yes or no, a question about what was just said, the clinician retelling what
the client said. The words of risk are in risk_cues; patterns run on lowercase text."""

from __future__ import annotations

import re

# the plain answers, re-exported: split into risk_answer_words
from localnotes.notes.risk_answer_words import DENY_ANSWER as DENY_ANSWER
from localnotes.notes.risk_answer_words import ENDORSE_ANSWER as ENDORSE_ANSWER
from localnotes.notes.risk_answer_words import PROTECTED

#: A question even when speech recognition dropped its question mark or ran it into the sentence
#: before ("Thank you for telling me any thoughts of hurting anyone else.").
QUESTION_FORM = re.compile(
    r"\b(?:any|anything|ever) (?:real |actual |serious |other )?(?:thoughts?|urges?|feelings?|"
    r"plans?|intent\w*|times?|worries|worry|concerns?)\b|"
    # a couple asked together, "has" also heard as "as": "as either of you ever hurt the other"
    r"\b(?:has|as|have|did|does|do|is|are|was|were) (?:either|any|both|each|one) of you\b|"
    # "any" as speech recognition hears it: "and he thoughts of", "and he thought lately of"
    r"\band (?:then )?he thoughts?(?: \w+)? (?:of|about)\b|"
    # "has it ever got to the point where you've thought about ending it all"
    r"\bhas it (?:ever )?(?:got|gotten|come|reached) (?:to )?the point\b|"
    r"\b(?:have|had|do|did|are|were|would|could) you (?:\w+ )?(?:had|have|been|thought|felt|ever|"
    r"having|thinking|feeling|wish\w*|want\w*)\b|\b(?:has|is|does|did) any(?:one|body)\b|"
    # "has" as speech recognition hears it: "as anyone hurt or abused you"
    r"\bas any(?:one|body) (?:ever )?(?:hurt|hit|abused|touched|harmed|threatened)\b|"
    # a screen's scale read out: "How often have you thought about ...?", "How likely is it ...?"
    r"^(?:and |so )?how (?:often|likely|many times)\b|"
    # a check said as a statement, its "?" not heard: "So no thoughts of hurting him."
    r"^(?:and |so )?no (?:real |actual )?(?:thoughts?|urges?|plans?|intent\w*) (?:of|about|to)\b"
)
#: Asked about someone in the client's care, "has" also heard as "as": "As he said, anything about
#: wanting to hurt anyone".
ASKED_OF_ANOTHER = re.compile(
    r"^(?:and )?(?:has|as) (?:he|she|they),? (?:ever )?(?:said|mentioned|talked about|done),? "
    r"anything\b"
)
#: "Have you had any thoughts like that?": the question is about what was just said.
BACK_REFERENCE = re.compile(
    r"\b(?:like that|like this|that kind of thing|those thoughts|such thoughts|"
    r"(?:has|have|does|did) (?:that|this) (?:happened|happen|been)|felt that way|feel that way|"
    r"what about now|since then|happened (?:again|since)|(?:done|did) (?:it|that) again|"
    # "Have you had the thought again since?", "Does she have this wish every night?"
    r"(?:have|has|had|get|gets) (?:this|that|the) wish\b|"
    r"(?:had|have|having|get|got|getting) (?:the|that|this|those|these|such) (?:thoughts?|urges?|"
    r"wish(?:es)?|images?|feelings?) (?:again|since|lately|recently|any ?more)\b|"
    # "Is the urge still there now?", after "So you had a strong urge to stab him."
    r"(?:is|are|was|were) (?:the|that|this|those|these) (?:urges?|wish(?:es)?|images?|pictures?|"
    r"feelings?|impulses?) (?:still|ever)\b|"
    # "Have you thought about when, or made a plan to do it?", "Nothing this term?"
    r"(?:a )?plan (?:to do (?:it|that)|for (?:it|that))|(?:thought|thinking|think) (?:about|of) "
    r"(?:when|how)|"
    # the C-SSRS's "Do you intend to carry out this plan?"
    r"(?:carry out|act on|go through with) (?:this|that|the|your) plan|"
    # "Have you thought about actually doing it, or come close?"
    r"(?:thought|thinking|think) (?:about|of) (?:actually |really )?(?:doing|going through with) "
    r"(?:it|that)|"
    # "Any plan, or thought of how?"
    r"^(?:and )?(?:any|no) plans?(?=,? or\b|\W*$)|"
    r"(?:made|make|making) (?:any|a) plans?(?=,? or\b|\W*$)|"
    # "Do you have any intention of doing that?", "... of acting on them?"
    r"(?:intention|intend|intent|planning) (?:of|to|on) (?:actually |really )?(?:doing|do|"
    r"acting on|act on|going through with|go through with|carrying (?:it|that) out) "
    r"(?:it|that|this|them|those|these)(?=\W*$|,? or\b| (?:again|now|ever|at all)\b)|"
    # "Have you?", "And do you, yourself?": the question just asked again, after an answer that
    # asked it back ("Wouldn't you, mate?")
    r"^(?:and |so |but )?(?:have|do|did|are|were|would|could|had) you(?:,? (?:though|then|"
    r"yourself|personally|really|at all))?(?=\W*$)|"
    # "And now?", "What about lately?": the question just asked, of now
    r"^(?:and|but|so|what about|how about) (?:now|lately|recently|these days|nowadays|"
    r"at the moment|this (?:week|month|year)|(?:in )?the (?:last|past) (?:few |couple of |two "
    r"|seven )?(?:days|weeks?|month|fortnight))(?=\W*$|,)|"
    r"^(?:and )?(?:nothing|anything|none) (?:this|since|lately|recently)|"
    # "And since you came to uni?", "Did you ever get close to stepping?"
    r"^(?:and |but )?since (?:you|then|that|the)\b[^.?!]{0,30}(?=\?$)|"
    r"(?:get|got|come|came) close to (?:\w+ing|doing (?:it|that)|it|that)(?=\W*$|,? or\b)|"
    # "[PERSON], do you remember that time?": what a companion just told of the client
    r"\b(?:do|did) you (?:remember|recall) (?:that|this|it|saying (?:that|it))(?: time| night| "
    r"day| winter)?(?=\W*$))\b"
)
#: "Has that happened recently?" also when speech recognition heard "has" as "as" and wrote no
#: question mark ("Thank you, as that happened recently."): asked with or without one
HAS_IT_HAPPENED = re.compile(
    r"\b(?:has|as) (?:that|this|it) happened (?:recently|again|since|lately|any ?more)\b"
)
#: Unwanted thoughts about a child, asked about as such (what "anything like that" then is): an
#: intrusive thought is not a wish, and is left to read
INTRUSIVE = re.compile(
    # (also "scary pictures that pop into their heads, about the baby getting hurt")
    r"\b(?:frightening|scary|intrusive|unwanted|upsetting|horrible|awful) (?:thoughts?|images?|"
    r"pictures?)\b[^.?!]{0,40}?\b(?:about|of) (?:\w+ )?(?:the|your|their|my) (?:bab(?:y|ies)|kids?|"
    r"children|child|"
    r"newborn|twins?|son|daughter)\b"
)
#: Asked whether one would act on what one said ("Is that something you'd act on?").
ACT_ON = re.compile(
    r"\b(?:act on(?: it| that| them| those)?(?=\W|$)|(?:did|do) you (?:actually |really )?mean "
    r"(?:it|that)|(?:is|was) (?:it|that) (?:a thought |something )?(?:that )?you (?:actually |"
    r"really )?mean|acted on (?:it|that|those|them)(?: thoughts?)?|"
    r"(?:were|are) you serious|would you (?:ever )?(?:really )?(?:do|act on) (?:it|that))\b"
)
#: Someone else named as the one who would do it: "anyone hurting him", "nobody hits her"
ACTOR = re.compile(r"(?:any|some|no ?)(?:one|body)\b|no-one\b")
NOBODY = re.compile(r"(?:no ?one|nobody|no-one)\b")
#: "Any shouting or pushing? Do you feel safe at home?" "No, nothing like that. Safe as houses.":
#: a no that denies harm, whatever the question it comes after
NO_SUCH_THING = re.compile(
    r"^(?:no,? )?(?:nothing like that|nothing of the sort|not at all|(?:no ?one|nobody|no-one)"
    r"(?:'s| is| has)?(?: ever)? (?:hurting|hurt|hits|hitting|harming|harmed|threatening) "
    r"(?:me|us|anyone|anybody|him|her|them)\b)"
)
#: "Not wanting to die, no. Just tired.": the words asked about, denied, then the no; or asked
#: back as beyond question: "Why would I want to die?" (ax15)
REPEATED_NO = re.compile(
    r"^not [^.?!,]{0,40},\s*no\b|^why (?:would|should) i (?:ever )?(?:\w+ ){0,2}(?:die|be dead|"
    r"kill myself|hurt (?:myself|him|her|anyone))\?"
)
#: To "Has anyone ...?", who did it: "My dad, when he drinks.", "My cousin did." (not "My wife
#: does everything.", nor "Well, my sister, yes." to a question about the client's own thoughts)
NAMED_WHO = re.compile(
    r"^my (?:\w+ )?(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmum|stepmom|brother|sister|"
    r"uncle|aunt|husband|wife|partner|boyfriend|girlfriend|ex|cousin|grandad|grandfather|teacher|"
    r"coach|carer|son|daughter|son-in-law|daughter-in-law|grandson|granddaughter|nephew|niece)"
    r"(?=,|\.|$| did(?:[.,]|$| it\b| that\b)| does(?:[.,]|$)| used to\b| when\b|"
    # "My partner smacks them.": who, and the act asked about
    r" (?:\w+ )?(?:hits|hit|smacks|smacked|hurts|hurt|beats|beat|slaps|slapped|kicks|kicked|"
    r"pushes|pushed|shoves|shoved|threatens|threatened)\b)|"
    # "I don't want to get him in trouble.": someone there to protect
    r"^i (?:don't|do not) " + PROTECTED + r"\b"
)
#: A plain yes, then what happened: "Once, last week, I lay in bed and thought ...", "Yes, I did."
YES_THEN_TOLD = re.compile(
    r"^(?:yes|yeah|yep|aye|once|twice|a few times|sometimes|i have|i did)\s*[,.;:]"
)
FILLER = re.compile(
    r"^(?:(?:um+|uh+(?! huh)|ah+|eh|well|honestly|i mean|so|okay|ok|hmm+|oh|och|ach|actually|"
    r"truthfully|to be honest(?: with you)?|like(?=,?\s+(?:yeah|yes|ya|yep|no|nah|nope)\b)|"
    # a stage direction written in: "(sighs) No, I haven't.", "(long pause) Aye." (p21)
    r"\((?:[a-z]+ ){0,2}[a-z]+\)|"
    # an answer given through an interpreter or in sign, said as such: "The interpreter says:
    # no, ...", "She signs: yes, many times", "The interpreter says: he says yes, ..." (p22)
    r"the interpreter says:?|interpreter:|(?:he|she|they) signs?:?|(?<=: )(?:he|she) says|"
    # Irish English: "Ah sure look, I have, yeah."
    r"sure look|look(?=,\s)|"
    # "But I'd never hurt a hair on her head.": the "but" of a denial that opens the answer
    r"but(?= i(?:'d| would| will|'ll| have| never| wouldn't| won't| couldn't| could never)\b)|"
    # "ya what do you mean like": a yes word before a question asked back
    r"(?:ya|yeah|yes|yep)(?=,?\s+what do you mean\b))[,.]?\s+)+"
)
#: A question said as a phrase ("And thoughts of hurting yourself." "Or suicide."), also as
#: speech recognition hears "any" ("and he thoughts of", "and then he thought lately of").
PHRASE_QUESTION = re.compile(
    r"^(?:and |or |so |also |now |what about |how about )?"
    r"(?:(?:any|and he|and then he|any other) )?"
    r"(?:thoughts?|urges?|feelings?|plans?|intent\w*|desires?)\b(?: \w+)? (?:of|about|to|that)\b|"
    r"^or (?:\w+ ){0,3}\w+\W*$"
)
#: A questionnaire's item about harming oneself (PHQ-9's ninth, the EPDS's tenth) asks about
#: thoughts: a screen for suicidal ideation, not a report of an act.
SCREEN_ITEM = re.compile(
    r"\b(?:a|the|that|this|last) (?:question|item)(?:,? the (?:(?:last|final|\w+) )?one)?,? "
    r"(?:about|on|asking)\b|\bthe (?:last|final) one,? (?:about|on|asking)\b|"
    r"\bitem (?:\d+|nine|ten)\b|\bthe thought of harming myself has occurred to me\b|"
    r"\b(?:question|item) (?:\d+|nine|ten) (?:on|of)\b|\byou (?:marked|circled|checked|ticked|"
    r"answered|put|scored) [^.?!]{0,30}\b(?:on|for) the (?:question|item)\b"
)
#: a screen's item read aloud in its own first person (EPDS item 10), not a statement
SCREEN_ITEM_READ = re.compile(r"\bthe thought of harming myself,? has occurred to me\b")
#: the EPDS's answer to it, heard in the same sentence ("..., has occurred to me, hardly ever.")
SCREEN_ITEM_ANSWER = re.compile(
    r"^\W*(?:(?P<yes>(?:yes,? )?quite often|sometimes|hardly ever)|never)\b"
)
#: The clinician retelling what the client said: "you mentioned the cutting", "you told me about"
RECOUNTED = re.compile(
    r"\byou(?:'ve)? (?:mentioned|threatened|told (?:me|us|him|her|them|\[person\]|the (?:team|"
    r"group|staff|nurses?|doctors?|school)|"
    r"your (?:doctor|psychiatrist|therapist|counsel?lor|nurse|teacher|parents))|said|described|"
    # a questionnaire's answer told back: "You marked that you'd had thoughts ..."
    r"talked about|brought up|wrote|disclosed|(?:mark|marked|tick|ticked|circled|checked|indicated|"
    r"answered|put down|put)(?= that| you| never| yes| no| (?:a|the) (?:box|question)))"
    r"\b(?! (?:your|that your) (?:\w+ )?(?:uncle|aunt|brother|sister|mom|mother|dad|father|friend|"
    r"cousin|son|daughter|husband|wife|partner))"
)
#: The clinician telling back what was done to the client: "He choked you.", "She hit you again."
DONE_TO_YOU = re.compile(r"^(?:so |and |then )?(?:he|she|they|\[person\])(?: \w+ly| also)? $")
SECOND_PERSON_SELF = re.compile(r"\b(?:you|your|yourself)\b")
ANY_PERSON = re.compile(
    r"\b(?:i|i'm|i'd|i've|i'll|me|my|you|your|he|she|they|him|her|his|them|their|we|our|us)\b"
)
#: anyone named, a stranger too: "Someone jumping off a building." names someone, not the speaker
ANY_ONE = re.compile(
    r"\b(?:i|i'm|i'd|i've|i'll|me|my|you|your|he|she|they|him|her|his|them|their|we|our|us|"
    r"someone|somebody|a (?:man|woman|guy|girl|boy|kid|child|stranger|person|patient|teenager))\b"
)
#: What others in the client's place feel, said for the client to answer: "Sometimes people mean
#: they wish they weren't around at all.", "Some parents have thoughts of ending their life."
NORMALIZING = re.compile(
    # "Sometimes when people are living with this kind of thing, they start to think ..."
    r"(?:^|, )(?:and |but |so )?(?:(?:sometimes|often) (?:when |if )?(?:(?:some|many|a lot of|"
    r"lots of|most|other) )?|(?:some|many|a lot of|lots of|most|other) )(?:people|parents|mums|"
    r"moms|dads|mothers|fathers|patients|carers|caregivers|folks|men|women|teenagers|kids)\b"
    r"(?: [^.?!]{0,60}?)? (?:mean|say|feel|tell me|describe|find|have|get|think|notice|"
    r"go through)\b"
)
_OF_ONESELF = {"they": "i", "them": "me", "their": "my", "themselves": "myself",
               "themself": "myself", "they're": "i'm", "they'd": "i'd", "they've": "i've",
               "they'll": "i'll", "weren't": "wasn't", "were": "was", "are": "am"}  # fmt: skip


def said_of_oneself(lower: str) -> str:
    """A sentence about what others feel, with its "they" made "I": cues are said of oneself."""
    return re.sub(
        r"\b(?:they're|they'd|they've|they'll|themselves|themself|their|them|they|weren't|were|"
        r"are)\b",
        lambda m: _OF_ONESELF[m.group(0)],
        lower,
    )


#: "Both.", "Both, if I'm honest.": both options of an either-or question
BOTH = re.compile(
    r"^(?:um,? |well,? |honestly,? )?(?:both|a bit of both|bit of both)(?:\s*[,.!;]|\s*$)"
)
#: A bare acknowledgement ("Yeah.") that the answerer then corrects to a no ("No, nothing like
#: that."): spoken English's "yeah, no" says no.
BARE_YES = re.compile(r"^(?:yes|yeah|yep|aye|mhm|uh-huh|right|okay|ok)\W*$")
CORRECTED_TO_NO = re.compile(
    r"^(?:(?:um+|uh+|oh|well)[,.]?\s+)?(?:no|nope|nah|never|not really|not at all|"
    r"nothing like that|god,? no|absolutely not|definitely not)(?:[,.!;]|\s*$)"
)
#: An answer to a question about thoughts that sets only a plan aside: "Not a plan." (the thoughts
#: are there; a question about a plan is answered no by it)
NOT_A_PLAN = re.compile(r"^(?:not|never) (?:a|any|really a) plan\b")
#: A joke taken back at once, after an answer that said yes: "Only when I need a wee in the middle
#: of a set. No, sorry, seriously, no." (not a plain "No, I haven't told anyone": that goes on)
JOKE_TAKEN_BACK = re.compile(
    r"^(?:(?:no|nah|nope),?\s+(?:sorry|seriously|joking|kidding|but seriously|in all seriousness|"
    r"i'm (?:only |just )?(?:joking|kidding))\b|(?:sorry|seriously|joking|kidding|"
    r"i'm (?:only |just )?(?:joking|kidding)|in all seriousness)\b[^.?!]*\b(?:no|not)\b|"
    # "Only when Wales lose. Duw, no.": an oath and a no, said alone after the joke
    r"(?:duw|god|lord|good lord|gosh|jeez|heavens|och|ach|blimey|crikey|christ|oh god|dios),? "
    r"(?:no|nah|nope|naw)\W*$)"
)
#: The clinician taking an act as told and asking about it: "When you burned yourself, were you
#: wanting to die?" retells the burning and asks only about the rest (text before the cue).
PRESUPPOSED = re.compile(
    r"^(?:(?:and|so|now|okay|can i ask|may i ask|tell me),? )*(?:the last time |back )?when you "
    r"(?P<tried>(?:tried|attempted) "
    r"to )?$|"
    # the act after the question about it: "Did you want to die when you burned yourself?"; the
    # act asked the reason of: "Why did you cut yourself?"
    r"^(?:and |so |now |okay,? )?(?:did|were|was|had) you\b[^.?!,]{3,50} when you $|"
    r"^(?:and |so |now |okay,? )?(?:why|how come|what made you) (?:did you |do you |you )?$"
)
#: The act itself right after "when you" (also as speech recognition drops the "-ed": "When you
#: burn yourself, were you ..."): retold, not asked
PRESUPPOSED_ACT = re.compile(
    r"^(?:cut|burn|burned|burnt|hurt|harm|harmed|scratch|scratched|hit|punch|punched|tried|"
    r"attempted|took|overdosed)\b"
)
#: After the act, the question about it: "When you cut yourself, did it ...", "..., what helped?"
ASKED_ABOUT_IT = re.compile(
    r"^\W*(?:(?:were|did|do|was|are|is|had|have|could|would) you|did it|was it|what|how|who|"
    r"where|why)\b"
)
#: A check that a threat was meant: "any thoughts of actually hurting him?", "real thoughts"
SERIOUS_CHECK = re.compile(
    r"\b(?:actually|really|real|seriously|genuinely|still|any part of you)\b"
)  # "Is there any part of you that still wants to hurt him?"
#: A check of what an answer meant: "When you say ..., do you mean ...?", "Are you saying ...?"
CLARIFYING = re.compile(
    r"\b(?:when you (?:say|said)|(?:do|did) you mean|are you saying|does that mean|you mean)\b|"
    # what a told act was for: "Is that about hurting yourself?", "Was that on purpose?"
    r"^(?:and |so )?(?:was|is|were|did|do|does)\b[^.?!]{0,30}?\bon purpose\b|"
    r"\b(?:is|was) (?:that|it) (?:about|to|because you wanted to) (?:hurt|harm)"
)


#: A question about now rather than about what was told: "anything like that recently?"
_TIME_SCOPED = re.compile(
    r"\b(?:recently|lately|since|now|these days|any ?more|again|this (?:week|month|year|term))\b"
)


def checks_meaning(question: str, kind: str, answered: bool) -> bool:
    """The question checks what a statement just made meant, so that a plain no takes it back: a
    check of an answer ("Do you mean ...?", "... on purpose?"), or of a threat ("I'd like to kill
    him." "Any thoughts of actually hurting him?"); not a question about now ("Has there been
    anything like that recently?")."""
    if _TIME_SCOPED.search(question):
        return False
    if answered and CLARIFYING.search(question):
        return True
    return kind == "harm_to_others" and bool(
        CLARIFYING.search(question) or SERIOUS_CHECK.search(question)
    )


#: a tag question's tail, whose yes is a yes: "You haven't been hurting yourself, have you?"
#: (a word of address after it too: "..., have you, love?", "..., have ye, hen?", p26)
TAG_QUESTION = (
    r",\s*(?:have|has|did|do|does|are|is|were|was|would|will|could|had) you(?:,\s*(?:love|hen|pet|"
    r"dear|darling|mate|son|hun|hon|sweetheart|pal|bud|buddy|man|lad|lass|sir|madam|ma'am))?\?\s*$"
)
