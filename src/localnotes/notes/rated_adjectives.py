"""The adjectives a rating prompt asks about a feeling by ("how safe do you feel", "how lonely"),
and the noun each rates, for `rated_words`."""

from __future__ import annotations

import re

#: "how lonely", "how safe", "how much do you trust him", "how on guard are you at night?"
HOW_ADJECTIVE = re.compile(
    r"\bhow ([a-z]{3,}(?:y|ful|ed|less)|safe|brave|afraid|sad|tense|calm|guilty|proud|"
    r"stiff|sore|weak|confident|willing|numb|close|nauseous|alone|jealous|ashamed|embarrassing|frightening|distressing|"
    r"(?:self-)?conscious|"
    r"upsetting|overwhelming|exhausting|annoying|faint|sure|certain|convinced|sick|"
    # an -ous adjective: "how suspicious does she seem"; a -sick one: "how homesick are you"
    r"[a-z]{4,}ous|[a-z]{3,}sick)\b"
    r"(?! (?:much|many|often|long))|"
    # "how much do you trust him"
    r"\bhow much do you (trust|believe)\b|"
    # "how on guard are you at night?"
    r"\bhow (on guard|watchful|hypervigilant)\b",
    re.I,
)
#: the noun of each adjective asked about
NOUN_OF = {"satisfied": "satisfaction", "motivated": "motivation", "connected": "connectedness",
           "stressed": "stress", "worried": "worry", "depressed": "depression",
           # tiredness is what clinicians rate as fatigue: both names, so either finds it
           "hopeful": "hope", "tired": "tiredness (fatigue)",
           "exhausted": "exhaustion",
           "overwhelmed": "overwhelm", "frustrated": "frustration", "isolated": "isolation",
           "overloaded": "overload", "overstimulated": "overstimulation",
           "irritated": "irritability", "angry": "anger", "hungry": "hunger",
           # feelings asked about by their adjective: "how safe do you feel"
           "safe": "safety", "brave": "bravery", "frightened": "fear", "scared": "fear",
           "afraid": "fear", "terrified": "fear", "sad": "sadness", "tense": "tension",
           "calm": "calmness", "guilty": "guilt", "ashamed": "shame", "proud": "pride",
           "confident": "confidence", "numb": "numbness",
           # closeness to a person is how clinicians chart bonding: both names
           "close": "closeness (bonding)",
           "nauseous": "nausea", "alone": "loneliness", "jealous": "jealousy",
           "embarrassed": "embarrassment", "rested": "restedness", "present": "presence",
           # an -ing or -ful adjective of what a thing does to one: "how embarrassing is it"
           "embarrassing": "embarrassment", "frightening": "fear", "scary": "fear",
           "distressing": "distress", "upsetting": "distress", "overwhelming": "overwhelm",
           "exhausting": "exhaustion", "annoying": "annoyance", "stressful": "stress",
           "painful": "pain", "shameful": "shame",
           # faintness; a belief's conviction: "How sure are you that they're watching?"
           "faint": "faintness", "sure": "conviction",
           "sick": "sickness",
           # a belief rated from 0 to 100 per cent is its conviction: both names
           "convinced": "conviction", "trust": "trust", "believe": "conviction (belief)",
           # a symptom asked about by its adjective: "How stiff, zero to ten?"
           "stiff": "stiffness", "willing": "willingness", "sore": "soreness", "weak": "weakness",
           # how sure one is, as clinicians name it in a belief (conviction) or a doubt
           # (certainty): both names, so either finds it
           "certain": "certainty (conviction)",
           "on guard": "hypervigilance", "watchful": "hypervigilance",
           "hypervigilant": "hypervigilance",
           # how interested one is in things (the loss of it apathy's sign); how real one feels
           # (depersonalisation's sign)
           "interested": "interest", "real": "realness",
           # (anxiety by its own adjectives, as RATED names it)
           "anxious": "anxiety", "nervous": "anxiety", "paranoid": "paranoia"}  # fmt: skip

#: the thing rated named after the question, as the clinician calls it: "how connected do you
#: feel to him, your bonding this week?"
NAMED_LAST = re.compile(
    # (a state's noun, not a time, a thing or an event: "the morning", "your meeting")
    r",\s*(?:your|the) (?!(?:morning|evening|\w*thing|meeting|wedding|building|ending|"
    r"appointment|session|medication|question)\b)([a-z]{4,}(?:ness|ity|ment|tion|sion|ing|ia))"
    r"(?: (?:this week|today|now|lately|these days|right now))?\s*\?\s*$",
    re.I,
)


def noun_of_adjective(adj: str) -> str | None:
    """The noun of a feeling's adjective: "safe" is safety, "hopeless" hopelessness."""
    if adj in NOUN_OF:
        return NOUN_OF[adj]
    if (adj.endswith(("less", "ful")) and len(adj) > 5 and adj != "awful") or adj.endswith(
        "conscious"
    ):
        return adj + "ness"  # breathless, restless, hopeless, self-conscious, useful
    if adj.endswith("ous") and len(adj) > 6:
        return adj + "ness"  # suspicious, cautious
    if adj.endswith("sick") and len(adj) > 6:
        return adj + "ness"  # homesick, lovesick, seasick
    return None


#: a prompt said as a phrase ending with its scale, with no question mark as speech recognition
#: may leave it, after a clause or with what it is about: "craving out of 10 this week.", "and
#: the worry about your heart, out of 10 this week.", "your confidence that you'll stay off it
#: out of 10."
PHRASE_LAST = re.compile(
    r"(?:^\W*|,\s+)(?:and |so |now |okay,? )?(?:(?:the|your|his|her) )?"
    # (not the score itself: "a seven out of 10")
    r"(?!(?:zero|four|five|nine|seven|eight|three|eleven|twelve|\w+teen|\w+ty|about|maybe)\b)"
    r"([a-z]{4,})"
    r"(?: (?:that|about) [^,.?]{1,40})?,? out of (?:ten|10|a hundred|100)"
    r"(?: (?:this week|today|now|tonight|lately|at the moment))?\W*$|"
    # the scale first: "Out of ten, your craving today."
    r"^\W*(?:and |so )?out of (?:ten|10|a hundred|100),? (?:the|your) ([a-z]{4,})"
    r"(?: (?:this week|today|now|tonight|lately|at the moment))?\W*$",
    re.I,
)


#: a part of the body asked about by how it feels: "how heavy is your heart", "how tight does your
#: chest feel" (the part's state is what is rated, not the part)
_PART_FEELS = re.compile(
    r"\bhow (heavy|tight) (?:is|are|was|were|does|do|did) (?:your|the|his|her|their) "
    r"(heart|chest|head|body|legs?|arms?|limbs|eyes|shoulders?|stomach|throat)\b",
    re.I,
)
_STATE_OF = {"heavy": "heaviness", "tight": "tightness"}


def part_of_body_feels(text: str) -> str | None:
    """What a prompt rates by how a part of the body feels: "how heavy is your heart" is heart
    heaviness (a heavy heart, as sadness is said), "how tight is your chest" chest tightness."""
    m = _PART_FEELS.search(text)
    return f"{m.group(2).lower()} {_STATE_OF[m.group(1).lower()]}" if m else None
