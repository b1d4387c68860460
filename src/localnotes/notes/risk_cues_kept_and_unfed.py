"""Abuse and neglect told as control, money or keys kept, no food and bodies left unchanged
(issue 17's fifty-second pass, from the twelfth battery's misses, each made general): a bank
card or pension taken and little given back; a phone tracked or gone through by a partner;
friends forbidden; keys taken "so I couldn't get out"; a lip split; a black eye given "each"
time; put out in the rain; flogged with a whip; a parent gone for days with no food in the
house; an elder left sitting in her own mess; bruises or burns said to be "from" or "done by" a
parent or partner. Cues as in risk_cues, whose shape they share. Patterns run on lowercase text.
"""

from __future__ import annotations

from localnotes.notes.risk_cues import Cue, cue

_MY = r"(?:my|me|ma|mi)"
_PARTNER = (
    r"(?:boyfriend|girlfriend|husband|wife|partner|fella|fiance|fiancee|ex|hubby|missus|man|"
    r"bf|gf)"
)
#: who hurts: a parent, a partner or another at home
_KIN = (
    r"(?:old man|old lady|dad|father|daddy|mum|mam|mom|mother|mammy|mummy|stepdad|stepfather|"
    r"stepmum|stepmom|stepmother|husband|partner|boyfriend|girlfriend|brother|uncle|ex|fella|"
    r"mum's boyfriend|mam's boyfriend|mom's boyfriend|wife|madam|boss|carer|nan|gran|auntie|aunt)"
)
_SPORT = (
    r"(?:play\w*|rugby|football|footy|soccer|hockey|match|game|training|tackl\w*|accident\w*|by "
    r"mistake|sparring|boxing|karate|judo|wrestl\w*|mucking about|messing about)"
)

CUES: tuple[Cue, ...] = (
    cue(
        "abuse_or_neglect",
        # "He keeps my bank card and gives me ten pounds a week" (not "my son takes my card to
        # the shop for me")
        rf"\b(?:he|she|they|{_MY} {_PARTNER}|{_MY} (?:son|daughter|boy|girl|kids|family|carer)) "
        rf"(?:takes|took|keeps|kept|keepin'?|keeping|been keepin'?|been keeping|has taken|holds|"
        rf"cashes|spends|spent|controls) {_MY} (?:bank ?card|debit card|cards|wages|money|pay|"
        r"benefits|pension|pension check|pension cheque|social security|disability|allowance|"
        r"passport|id card)\b[^.?!]{0,60}?\b(?:off (?:me|us)|away from (?:me|us)|and (?:only"
        r" )?gives? "
        r"(?:me|us)|so (?:i|we) (?:can't|cannot|couldn't)|no (?:groceries|food|money|heating|heat)|"
        r"nothing to eat|without (?:food|groceries|money))|"
        # "my husband tracks my phone", "my girlfriend goes through my messages every night"
        # (not "my mum tracks my phone on the school trip": a partner)
        rf"\b{_MY} {_PARTNER}\b[^.?!]{{0,60}}?\b(?:tracks|tracked|is tracking|monitors|checks|goes "
        r"through|went through|reads|has a tracker on) (?:my|ma|me) (?:phone|location|messages|"
        r"texts|emails|car)\b|"
        # "he says I can't see my friends anymore" (not "she says I can't see my friends till
        # the exams are over": a partner's rule, said of him or her)
        rf"\b{_MY} {_PARTNER}\b[^.?!]{{0,10}}?\b(?:says|said|tells me|told me) (?:i|ah) (?:can't|"
        r"cannot|cannae|can not|am not allowed to|'m not allowed to|mustn't) see (?:my|ma|me) "
        r"(?:pals|friends|mates|family|sister|mum|mam|mom|folks)\b|"
        # "he took my phone so I couldn't ring anyone" (not "took my keys so I couldn't drive
        # drunk": leaving or calling kept from one)
        r"\b(?:he|she|they)\b[^.?!]{0,30}?\b(?:took|takes|hid|hides|kept|keeps|locked away) (?:my"
        r"|me|"
        r"ma) (?:keys|phone|shoes|passport|car keys|money)\b[^.?!]{0,10}?\bso (?:i|we) (?:couldn't|"
        r"can't|could not|cannot) (?:get out|leave|go out|call|ring|phone|get help|escape)\b|"
        # "he split my lip again" (not "split my lip at football")
        rf"\b(?:he|she|they)\b[^.?!]{{0,30}}?\bsplit {_MY} (?:lip|head|eyebrow|brow)\b"
        rf"(?![^.?!]*\b{_SPORT}\b)|"
        # "she gives me and my sister a black eye every time she drinks" (not in sparring)
        rf"\b(?:he|she|they)\b (?:give|gives|gave|given|gived) (?:me|us|\w+ and me|me and (?:my )?"
        r"\w+) (?:a|another) (?:black eye|fat lip|split lip|bloody nose|busted lip|hiding|beating|"
        rf"thrashing|good hiding)s?\b(?![^.?!]*\b{_SPORT}\b)|"
        # "my stepdad locks me out in the cold" (not "put me out in the garden to play")
        r"\b(?:he|she|they)\b (?:put|puts|locked|locks|threw|throws|shut|shuts|kicked|kicks) (?:me|"
        r"us) out (?:in|into) the (?:rain|cold|snow|night|street|dark)\b|"
        # put out and sleeping rough: "she kicked me out and I kipped in the park" (not "kicked me
        # out of the game")
        r"\b(?:threw|thrown|throws|kicked|kicks|put|puts|chucked|chucks|turfed|locked|locks) "
        r"(?:me|us) out\b(?! of)[^?!]{0,80}?\b(?:slept|sleeping|sleep|kipped|kipping|spent the "
        r"night|stayed "
        r"the night) (?:in|on|at|under) (?:the |a )?(?:streets?|park|stairwell|stairs|car|bus "
        r"(?:stop|shelter|station)|bench|doorway|shed|garage|garden)\b|"
        # "the boss lashes us with a cane", Naija "she dey flog me with koboko"
        r"\b(?:he|she|they|madam|oga|boss|master)\b[^.?!]{0,40}?\b(?:dey |does |do |always )?"
        r"(?:flog|lash|cane|"
        r"whip)\w* (?:me|us)\b (?:with|wid|wit) (?:a |the |his |her |their |one )?\w+"
        r"(?![^.?!]*\b(?:joke|joking|playing|fun|towel)\b)|"
        # "dad's been gone four days and there's nothing to eat" (not "mum's been away for work
        # and dad's cooking")
        r"\b(?:my )?(?:mom|mum|mam|mother|dad|father|parents?|mammy|mummy|daddy)\b[^.?!]{0,10}?"
        r"(?:hasn't|hasnt|has not|haven't|havent|have not|hadn't) been (?:home|back)\b (?:in|for) "
        r"(?:like |about |over |nearly )?\w+ (?:days|weeks|nights)\b[^.?!]{0,60}?\b(?:no food|"
        r"nothing to eat|no money for food|feeding|hungry|starving)\b|"
        # "bruises on my back are from my stepdad" (not "from my brother, we were wrestling")
        rf"\b(?:bruises|welts|burns|black eyes?|marks) (?:on {_MY} \w+ )?(?:are|were|is|was|'s|"
        rf"r) (?:from|off|cause of|because of) (?:my|me|ma) {_KIN}\b(?![^.?!]*\b{_SPORT}\b)|"
        # "the burns on my leg, my dad did them with a lighter" (not "the marks on the wall")
        rf"\b(?:bruises|welts|burns|black eyes?) on {_MY} \w+\b[^.?!]{{0,40}}?\b(?:my|me|ma) "
        rf"{_KIN} (?:did|done|made|gave me) (?:them|it|those|that)\b(?![^.?!]*\b{_SPORT}\b)",
    ),
    cue(
        "abuse_or_neglect",
        # an elder or a child left unchanged, whoever tells it: "Dad's been lying in his own
        # wet all weekend" (not "wallowing in her own mess of a life", a figure of speech)
        r"\b(?:sitting|sittin'?|lying|lyin'?|left|laying|layin'?) in (?:her|his|their) own "
        r"(?:mess|filth|waste|urine|pee|wee|poo|faeces|feces|dirt|wet|soiled)\b(?! of\b)",
        False,
        by_client=True,
    ),
)
