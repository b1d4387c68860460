"""The word lists clinical term repair (`localnotes.term_repair`) reads a word's context by: doses,
units, medication verbs, the words of medication talk, cue words for concepts, therapies and
diagnoses, and the words that make talk clinical."""

from __future__ import annotations

NUMBER_WORDS = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "fifteen", "twenty", "twenty-five", "thirty", "forty", "fifty", "sixty",
    "seventy", "seventy-five", "eighty", "ninety", "hundred", "half", "a",
}  # fmt: skip
UNITS = {"mg", "milligram", "milligrams", "mcg", "microgram", "micrograms", "milligrammes"}
#: Words after which a medication's name is expected ("my", "taking", "raised my").
MED_BEFORE = {
    "my", "his", "her", "their", "your", "the", "on", "of", "off", "take", "takes", "taking",
    "took", "start", "started", "starting", "stop", "stopped", "stopping", "raise", "raised",
    "increase", "increased", "lower", "lowered", "reduce", "reduced", "prescribe", "prescribed",
    "switch", "switched", "some", "and", "or", "with", "from", "restart", "restarted", "tried",
}  # fmt: skip
#: Verbs that name a medication as their object ("taking X", "prescribed X").
MED_VERBS = {
    "take", "takes", "taking", "took", "prescribe", "prescribed", "started", "starting",
    "stopped", "stopping", "switched", "restarted", "tried", "raised", "increased", "lowered",
    "reduced", "refill", "refilled",
}  # fmt: skip
TO_DOSE = {"to", "at", "of", "is", "was", "now", "from", "about", "around", "only", "just"}
#: When a dose is taken, said between the name and the dose ("X at night, 15 milligrams").
WHEN = {"at", "in", "the", "night", "morning", "evening", "bedtime", "daily", "nightly"}
CONCEPT_CUES = {"diary", "journal", "log", "list", "notice", "identify", "record", "worksheet"}
THERAPY_CUES = {"therapy", "therapist", "skills", "practice", "practise", "exercise",
                 "exercises", "technique", "techniques", "homework", "worksheet"}  # fmt: skip
DIAGNOSIS_CUES = {"diagnosed", "diagnosis", "disorder", "symptoms", "history", "treatment"}
#: Words that make a stretch of talk clinical: a concept, therapy or diagnosis is repaired only
#: when one of these (or a lexicon term) is said in the same segment or the one before or after.
CLINICAL = {
    "session", "sessions", "therapy", "therapist", "anxiety", "anxious", "panic", "depression",
    "depressed", "mood", "symptoms", "stress", "stressed", "worry", "worried", "sleep",
    "medication", "medications", "feelings", "coping", "cope", "urges", "craving", "cravings",
    "nightmares", "flashbacks", "trauma", "grief", "homework", "overwhelmed", "upset",
}  # fmt: skip
LINK_WORDS = {
    "of", "the", "a", "an", "my", "your", "his", "her", "their", "for", "with", "to", "at",
    "those", "these", "any", "some", "about", "down", "up", "on",
}  # fmt: skip
#: The words of medication talk itself, said next to a dose ("a taper to 25 milligrams"): never a
#: piece of a drug's name, however close they sound to one ("taper" and Toprol).
MED_TALK = {
    "taper", "tapers", "tapering", "tapered", "titrate", "titrating", "dose", "doses", "dosage",
    "pill", "pills", "tablet", "tablets", "capsule", "capsules", "patch", "patches", "refill",
    "refills", "script", "prescription", "generic", "brand", "injection", "shot", "drops",
    "increase", "decrease", "double", "half", "split", "bump", "step", "wean", "weaning",
    # how often, said beside a dose ("every" and Evorel)
    "every", "daily", "twice", "weekly", "nightly", "fortnightly",
}  # fmt: skip
#: words that start no drug's name
PRONOUNS = {"me", "him", "her", "them", "us", "it", "you", "i", "we", "they", "he", "she"}
