"""Which of the drugs a session names the note lists as the client's medication.

A note's medication list is the client's regimen: a drug with the dose the session says. A drug
named with no dose anywhere in the session is far more often something else: another person's
("she's on methadone at the clinic"), one given once ("gave me the Narcan"), one only talked about
("no paroxetine"), one planned without a dose yet, or an ordinary word heard as a drug's name. Such
a drug is listed (with `dose` None) only where the client is said to take it now ("I'm on
sertraline", "you're still taking the metformin", "my inhaler"); any other is kept apart, for the
note to show as a drug named without a dose, so a clinician still sees it and its evidence. A
drug said as another person's ("my son's risperidone, one milligram", "the patients' fentanyl") is
not the client's whatever its dose, and so is one a third person is said to take ("he's on
donepezil, ten", "she was on hydromorphone") unless a parent speaks for a child who is the client:
`someone_elses` sets it apart for the note to show as such.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence

from localnotes.notes import lexicon
from localnotes.notes.model import Measure, Medication
from localnotes.notes.numbers import find_numbers

#: right before the drug's name: the client takes it now or has stopped it ("I'm still on", "you're
#: taking the", "I take my", "take two of the", "I stopped the", "my"); "I was on" and "I took" are
#: not now, and "my mom's" is not the client's
_TAKES_NOW = re.compile(
    r"(?:\b(?:i'm|i am|i've been|i have been|you're|you are|you've been|you have been)"
    r"(?:\s+still)?\s+(?:on|taking|using)|\b(?:i\s+(?:still\s+)?)?(?:take|use)(?:\s+[\w-]+\s+of)?|"
    r"\bi\s+(?:stopped|quit|came off))\s+(?:the\s+|my\s+|your\s+)?$|\b(?:my|your)\s+$",
    re.I,
)


#: a drug held in case, not taken: "your naloxone kit", "Still got your Narcan?", "How are you
#: keeping your Narcan?"
_HELD_BEFORE = re.compile(
    r"\b(?:got|keep\w*|carry\w*|have|has)\s+(?:your|my|the|a|his|her)\s+$", re.I
)
_KIT_AFTER = re.compile(r"\s+kits?\b", re.I)


def _said_taken_now(m: Medication) -> bool:
    return any(
        _TAKES_NOW.search(e.quote[: found.start()])
        and not _HELD_BEFORE.search(e.quote[: found.start()])
        and not _KIT_AFTER.match(e.quote[found.end() :])
        for e in m.evidence
        for found in re.finditer(re.escape(m.said_as), e.quote, re.I)
    )


def listed(meds: Sequence[Medication]) -> tuple[list[Medication], list[Medication]]:
    """The client's medications (a dose said, or said to be taken now), and the drugs only named
    without a dose."""
    mine = [m for m in meds if m.dose is not None or _said_taken_now(m)]
    # the drug's kind named first, then the drug: "your insulin" is the insulin glargine dosed
    told = {x.name.lower() for x in mine if x.dose is not None}
    mine = [m for m in mine if m.dose is not None or not _kind_of(m.name.lower(), told)]
    return mine, [m for m in meds if m not in mine]


def _kind_of(name: str, named: Collection[str]) -> bool:
    """`name` is the first word of another drug `named`: "insulin" of "insulin glargine"."""
    return any(n != name and n.startswith(f"{name} ") for n in named)


#: right before the drug's name: another person's, by a possessive of who they are ("my son's",
#: "her husband's", "the patients'", "my mom's") or as the one said to take it ("my husband is
#: on", "my mom takes")
_WHO = (
    r"(?:son|daughter|husband|wife|partner|mother|mom|mum|father|dad|brother|sister|friend|"
    r"roommate|boyfriend|girlfriend|kid|child|grandson|granddaughter|grandmother|grandfather|"
    r"grandma|grandpa|aunt|uncle|cousin|neighbou?r|patient|resident|client|baby|stepfather|"
    r"stepmother|stepdad|stepmom)s?"
)
_OTHERS = re.compile(
    rf"\b(?:my|his|her|their|our|your|the|a)\s+(?:\w+\s+)?{_WHO}(?:'s|s'|')\s+"
    r"(?:old\s+|leftover\s+|spare\s+|own\s+)?$"
    # ... or as the one who takes it: "my husband is on", "my mom takes"
    # ("my mom's on": the "'s" right after the word)
    rf"|\b(?:my|our)\s+(?:\w+\s+)?{_WHO}(?:(?:\s+(?:is|was|has been)|'s(?:\s+been)?)\s+"
    r"(?:still\s+|also\s+)?(?:on|taking)|\s+(?:takes|gets|uses))\s+(?:the\s+|some\s+|his\s+|her\s+)?$",
    re.I,
)
#: ... or by "his" or "their" right before it: "he's still got his Exelon patch" (where a parent
#: speaks for the client, "his Concerta" is the client's)
_HIS_BEFORE = re.compile(r"\b(?:his|their)\s+(?:old\s+|own\s+|spare\s+|leftover\s+)?$", re.I)


#: the client taking another person's drug ("I've been taking my wife's zopiclone", "I took one of
#: my roommate's Adderall") makes it the client's
_I_TAKE = re.compile(
    r"\bI(?:'ve been|'m| am| have been)?\s+(?:\w+\s+)?(?:tak(?:e|ing)|took|us(?:e|ed|ing))\b", re.I
)


#: right before the drug's name, a third person said to take it: "He's on donepezil", "She was on
#: hydromorphone", "the doctor gave him prazosin", "put her on". The client says "I"; a clinician
#: asks ("She's on the fluoxetine, right?"), so only a statement counts
_THIRD_PERSON = re.compile(
    r"\b(?:he|she)(?:'s|\s+is|\s+was|\s+has\s+been|'s\s+been|\s+had\s+been)\s+"
    r"(?:still\s+|also\s+|just\s+|now\s+)?(?:on|taking)\s+(?:the\s+|his\s+|her\s+)?"
    r"|\b(?:gave|gives|put|puts)\s+(?:him|her)\s+(?:on\s+)?(?:the\s+|some\s+)?",
    re.I,
)
#: ... or a person said by name (a capital, or the placeholder redaction leaves, which may take
#: the "'s" with the name: "[PERSON] on"): "Lily's on methylphenidate", "[PERSON] takes"; not a
#: word that starts a sentence and is no one ("That's on the list", "Everyone's on something")
_TAKES_IT = (
    r"(?:(?:'s|\s+is|\s+was|\s+has\s+been|'s\s+been)\s+(?:still\s+|also\s+|just\s+|now\s+)?"
    r"(?:on|taking)|\s+takes)\s+(?:the\s+|some\s+|his\s+|her\s+)?"
)
_NAMED_PERSON = re.compile(
    rf"\[PERSON\](?:{_TAKES_IT}|\s+(?:still\s+|also\s+)?on\s+(?:the\s+)?)"
    r"|\b(?!(?:He|She|It|That|This|What|Who|Which|There|Here|Where|Everything|Nothing|"
    r"Something|Everyone|Everybody|Someone|Somebody|Nobody|One|Mine|Yours|Today|Now)\b)"
    rf"[A-Z][a-z]+{_TAKES_IT}"
)
#: after it, a list of that person's drugs goes on ("gave him donepezil, five milligrams, and now
#: memantine as well") until the client speaks of themself
_THEIR_LIST = re.compile(r"[^.;?!]{0,60}", re.I)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|my|me|you|your)\b", re.I)
#: what another person says, told by someone speaking for them (an interpreter): "He says the
#: doctor gave him quetiapine" is the client's drug
_REPORTED = re.compile(r"\b(?:he|she)\s+(?:says|said|tells|told)\b", re.I)
#: a parent speaking for the client, a child: the clinician asks them ("Mum, what's he taking
#: now?", "How's that going, Mum?"), greets them ("Hi Aisha, hi Mum.", "Kia ora, Mum.") or they
#: say who they are ("I'm his mother"); then "he" is the client
_PARENT_SPEAKS = re.compile(
    r"^\W*(?:mum|mom|mam|mummy|mommy|dad|daddy),.*\?\W*$|,\s*(?:mum|mom|mam|dad)\?\W*$|"
    r"\b(?:hi|hello|hey|hiya|kia ora|g'day|good (?:morning|afternoon)),?\s+(?:mum|mom|dad)\b|"
    r"\bI'm (?:his|her|their) (?:mother|mum|mom|father|dad|parent|stepmother|stepfather)\b|"
    # a parent who says who speaks: "Dad here.", "It's his mum here"
    r"^\W*(?:(?:it's|this is)\s+)?(?:(?:his|her|their)\s+)?(?:mum|mom|mam|dad|mother|father)\s+"
    r"here\b",
    re.I,
)
#: ... or the clinician asks them about the client's medication in the third person: "He's on
#: Elvanse, thirty milligrams in the morning?", "She's on the fluoxetine, ten milligrams, right?"
#: (a question that names a drug or a dose; a client asking about another person's drug says
#: "is she on", or asks after its name: "She's on what?")
_ASKED_ON_FOR_CHILD = re.compile(
    r"^\W*(?:so,?\s+|and\s+|okay,?\s+|now,?\s+)?(?:he|she)(?:'s|\s+is)\s+(?:still\s+|currently\s+|"
    r"now\s+)?on\s+(?!what\b|anything\b|something\b)[^?]*\?\W*$",
    re.I,
)
_DOSE_SAID = re.compile(r"\b(?:mg|milligrams?|micrograms?|mcg)\b", re.I)


def _third_persons(ahead: str) -> bool:
    """`ahead` (a sentence up to a drug's name) says a third person takes the drug."""
    said = [*_THIRD_PERSON.finditer(ahead), *_NAMED_PERSON.finditer(ahead)]
    if not said:
        return False
    rest = ahead[max(x.end() for x in said) :]
    return _THEIR_LIST.fullmatch(rest) is not None and not _FIRST_PERSON.search(rest)


#: ... or the clinician greets a child by first name, then the parent by title: "Hey Jaden. Hi, Mr.
#: Brooks." (in one sentence or two, as the session opens)
_GREETS_CHILD_THEN_PARENT = re.compile(
    r"^\W*(?:hi|hey|hello|hiya)[,!]?\s+(?:\[PERSON\]|(?-i:[A-Z][a-z]+))[.!,]\s+(?:and\s+)?"
    r"(?:hi|hey|hello)[,!]?\s+(?:mr|mrs|ms|miss)\.?\s+(?:\[PERSON\]|(?-i:[A-Z][a-z]+))[.!]?$",
    re.I,
)


def greets_child_then_parent(texts: Iterable[str]) -> bool:
    """Whether the session opens greeting a child, then a parent (the texts are its first
    sentences): whose drugs "he" and "she" take, the parent speaking, is the medications' reading
    of who speaks, not the risk's."""
    said = list(texts)[:2]
    return any(_GREETS_CHILD_THEN_PARENT.search(t) for t in [*said[:1], " ".join(said)])


#: an interpreter who speaks for the client, as the client's turns open: "He says yes, one
#: capsule in the morning."; then "the doctor gave him Ladose" is the client's drug
_INTERPRETS = re.compile(r"^\W*(?:\w+,\s*)?(?:he|she) (?:says|said)\b", re.I)
#: sentences so opened, enough to tell an interpreter from one who tells what another said
_INTERPRETED = 4


def interpreter_speaks_for_client(texts: Iterable[str]) -> bool:
    """Whether an interpreter speaks for the client in the session (the texts are its sentences):
    whose drugs "he" and "she" take, as where a parent speaks, for the medications only."""
    return sum(1 for t in texts if _INTERPRETS.search(t)) >= _INTERPRETED


def parent_speaks_for_client(texts: Iterable[str]) -> bool:
    """Whether a parent speaks for the client in the session (the texts are its sentences)."""
    return any(
        _PARENT_SPEAKS.search(t)
        or (
            _ASKED_ON_FOR_CHILD.search(t)
            and (_DOSE_SAID.search(t) or lexicon.load().medication_re.search(t))
        )
        for t in texts
    )


def _said_as_someone_elses(m: Medication, third_person: bool) -> bool:
    """Whether the entry's drug is said as another person's where it is named; where a sentence
    that names it also says its dose, only those count ("My wife's on sertraline." then "... and
    start sertraline at fifty": the client's)."""
    naming = [e for e in m.evidence if re.search(re.escape(m.said_as), e.quote, re.I)]
    with_dose = [e for e in naming if m.dose is not None and find_numbers(e.quote)]
    # those that say its own number, not only a count given of it ("The Seroquel, the
    # twenty-five." then "he gives her two of the Seroquel": hers, told by her carer)
    with_dose = [e for e in with_dose if m.dose in {n.value for n in find_numbers(e.quote)}] or (
        with_dose
    )
    return any(
        (
            _OTHERS.search(ahead)
            or (third_person and _HIS_BEFORE.search(ahead))
            or (
                third_person
                and _third_persons(ahead)
                and not e.quote.rstrip().endswith("?")
                and not _REPORTED.search(ahead)
            )
        )
        and not _I_TAKE.search(ahead)
        for e in (with_dose or naming)
        for found in re.finditer(re.escape(m.said_as), e.quote, re.I)
        for ahead in (e.quote[: found.start()],)
    )


def _told_as_theirs(m: Medication, theirs: Collection[tuple[float, str]]) -> bool:
    """Every sentence of `m`'s evidence that names it is one told as another person's."""
    naming = [e for e in m.evidence if re.search(re.escape(m.said_as), e.quote, re.I)]
    return bool(naming) and all((e.start, e.quote) in theirs for e in naming)


def someone_elses(
    meds: Sequence[Medication],
    parent_speaks: bool = False,
    theirs: Collection[tuple[float, str]] = (),
) -> tuple[list[Medication], list[Medication]]:
    """The drugs not said to be another person's, and those said so ("my son's risperidone",
    "he's on donepezil"); where a parent speaks for the client (`parent_speaks`), "he" and "she"
    may be the client, and only a possessive says a drug is another person's. `theirs`: the
    (start, quote) of sentences told by the sentences around them as another person's
    (`whose_drug`)."""
    third_person = not parent_speaks
    others = [
        m for m in meds if _said_as_someone_elses(m, third_person) or _told_as_theirs(m, theirs)
    ]
    return [m for m in meds if m not in others], others


def only_earlier(meds: Sequence[Medication]) -> tuple[list[Medication], list[Medication]]:
    """The drugs taken now or changed, and those only named as taken before ("better than the
    Adderall was"), which are history, not the client's medication."""
    now = [m for m in meds if not (m.change == "earlier" and m.dose is None)]
    return now, [m for m in meds if m not in now]


def not_item_scores(meds: list[Medication], scores: Sequence[Measure]) -> list[Medication]:
    """The medications, less a dose that is the score a questionnaire's item was given in the
    same sentence, the number said alone after the drug was named in passing ("Even now with the
    diazepam I'm watching the clock." "Three. Did you worry about your use?")."""
    scored = {(e, m.score) for m in scores if " item " in m.name for e in m.evidence}
    return [m for m in meds if m.dose is None or (m.evidence[-1], m.dose) not in scored]


#: a liquid's volume said as the weight of drug in it: "Two and a half mils of that one is five
#: milligrams of morphine", "so five mils is twenty milligrams"
_VOLUME_IS_WEIGHT = re.compile(
    r"\b(?:mls?|mils?|millilit(?:re|er)s?)\b(?:\s+of\s+(?:that|this|it|the)(?:\s+\w+)?)?,?\s+"
    r"(?:is|are|makes|would be|comes to|works out (?:as|at|to))\s+(?:about\s+)?"
    r"[\w.\s-]{1,30}?\s*(?:mg|milligrams?|mcg|micrograms?)\b",
    re.I,
)

#: ... or in the sentence after, in the same turn: "Two and a half mils at night. The chemist says
#: that's five milligrams."
_THAT_IS_WEIGHT = re.compile(
    r"\b(?:that(?:'s| is| makes| comes to| works out (?:as|at|to))|which is|which makes|it's|"
    r"it is)\s+(?:about\s+|roughly\s+)?[\w.\s-]{1,30}?\s*(?:mg|milligrams?|mcg|micrograms?)\b",
    re.I,
)
_VOLUME = re.compile(r"\b(?:mls?|mils?|millilit(?:re|er)s?)\b", re.I)


def weighed(meds: Sequence[Medication]) -> list[Medication]:
    """The medications, less a liquid's dose in millilitres where the same drug's dose is also
    charted in milligrams from a sentence that works the one out as the other ("Two and a half
    mils of that one is five milligrams", or "... that's five milligrams" said next in the same
    turn): one dose, said twice."""

    def worked_out(vol: Medication) -> bool:
        return any(
            m.name == vol.name
            and m.unit in ("mg", "mcg")
            and m.dose is not None
            and any(
                _VOLUME_IS_WEIGHT.search(e.quote)
                and {vol.dose, m.dose} <= {n.value for n in find_numbers(e.quote)}
                for e in m.evidence
            )
            for m in meds
        ) or any(
            m.name == vol.name
            and m.unit in ("mg", "mcg")
            and m.dose is not None
            and _THAT_IS_WEIGHT.search(e.quote)
            and m.dose in {n.value for n in find_numbers(e.quote)}
            and any(
                v.start == e.start
                and _VOLUME.search(v.quote)
                and vol.dose in {n.value for n in find_numbers(v.quote)}
                for v in vol.evidence
            )
            for m in meds
            for e in m.evidence
        )

    return [m for m in meds if not (m.unit == "ml" and m.dose is not None and worked_out(m))]
