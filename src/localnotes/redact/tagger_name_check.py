"""Second opinion on names that only the tagger saw: common words, misheard drugs, acronyms.

spaCy's NER and the proper-noun rule take any capitalised word for a name, and in a transcript
many capitalised words are not names: the first word of a sentence ("Awful, I feel resentment"),
a word Whisper misheard ("At Little" for "a little"), a drug it misspelt ("since the Praisesan"
for prazosin, "Zollof"), an acronym ("the VA"). A span that only the tagger reported (no title,
relation, greeting, cue or suffix behind it) is dropped when:

- every word of it is a common English word that is not a given name (`common_words.txt`:
  Zipf >= 4 in `wordfreq`, less the Census given names; "Rose", "Will", "Grace" stay names);
- it is one word that sounds like a medication or clinical term of the lexicon (term repair's
  similarity, or one letter off) and is no given name or frequent surname (`person_names.txt`,
  US Census: "Clinton" and "Delphine" stay names);
- it is one word after an article that is no Census name ("since the Praisesan"): people are
  seldom "the X", and when they are it is a known name ("the Mitchell novel");
- every word of it is a number said in words ("Ninety, honestly." answering a rating out of a
  hundred): a count or a score, never a name;
- it is one word that is no Census name and that the transcript, somewhere, names as a drug
  is named, with a dose after it ("And Cerebral. 100 milligrams at bedtime." for Seroquel: then
  "The Cerebral makes me groggy" is the same drug);
- it names a kind of service, not a place: "the Senior Center's lunch program", "the Grief
  Group" (`name_patterns.generic_service`);
- it is an acronym of up to five capitals, a body of the whole country ("Medicare", "the VA"),
  or one lower-case word (Whisper capitalises names).

Known identifiers never pass through here. Pure Python, no Presidio.
"""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish

from localnotes.redact.name_patterns import generic_service
from localnotes.redact.place_gazetteer import places
from localnotes.redact.spoken_forms import TEENS, TENS, UNITS
from localnotes.types import Span
from localnotes.word_lists import common_words, read_list

_NAME_KINDS = frozenset({"PERSON", "ORGANIZATION", "LOCATION"})
_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019]*")  # letters of any script
_ARTICLE = re.compile(r"(?i:\b(?:the|a|an|some|any|this|that))\s+$")
_ACRONYM = re.compile(r"(?:[A-Z]\.?){1,5}(?:[-\s]?\d+)?")
#: bodies and programmes of a whole country: naming one identifies nobody
_NATIONWIDE = frozenset(
    [
        "medicare", "medicaid", "social security", "va", "v.a.", "veterans affairs", "irs",
        "fbi", "cdc", "fda", "nih", "ssa", "ssi", "ssdi", "snap", "wic", "tricare", "army",
        "navy", "marines", "marine corps", "air force", "coast guard", "national guard",
        "congress", "senate", "supreme court", "white house", "pentagon", "red cross",
        "alcoholics anonymous", "narcotics anonymous", "al-anon", "obamacare", "nhs",
        "child protective services", "cps", "dmv", "post office", "usps",
    ]
)  # fmt: skip
#: how alike a word must sound to a lexicon term to be taken for it (term repair's measure)
_SOUNDS_LIKE = 0.8
_NUMBER_WORDS = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {"hundred", "thousand"}
_SAID_NUMBER = "|".join(sorted(_NUMBER_WORDS | {"half", "a"}, key=len, reverse=True))
#: a word where a drug is named, then a dose: "on Lithian. 900 milligrams", "And Cerebral. 100
#: milligrams at bedtime", "my X to fifty mg"; not "Say hi to Okonkwo. 20 milligrams was fine."
_DOSED = re.compile(
    r"(?i:\b(?:on|the|and|also|plus|my|your|his|her|their|of|take|takes|taking|took|started|"
    r"starting|stopped|stopping|restarted|increased|raised|lowered|reduced)\s+"
    rf"(?P<w>[^\W\d_]{{4,}})[.,?!:;]?\s+"
    r"(?:(?:at|in|the)\s+(?:the\s+)?(?:night|morning|evening|bedtime)[.,]?\s+)?"
    r"(?:(?:to|at|of|is|was|about|around|now)\s+)?"
    rf"(?:\d+(?:\.\d+)?|(?:{_SAID_NUMBER})(?:[\s-]+(?:{_SAID_NUMBER})){{0,3}})\s+"
    r"(?:mg|milligrams?|milligrammes?|mcg|micrograms?)\b)"
)
# A possessive is one word: "Center's", not "Center" and "s"
_WORD_POSSESSIVE = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    """Census given names and frequent surnames (`data/person_names.txt`)."""
    return read_list("person_names.txt")


@lru_cache(maxsize=1)
def _clinical_keys() -> tuple[tuple[str, str], ...]:
    """Lexicon names and clinical terms as letters only, with their Metaphone codes."""
    from localnotes.clinical_lexicon import load_lexicon
    from localnotes.redact.clinical_allow_list import clinical_terms

    lex = load_lexicon()
    names = {n for med in lex.medications for n in med.names}
    names |= {n for term in lex.terms() for n in term.names}
    names |= set(clinical_terms())
    keys = {re.sub(r"[^a-z]", "", n.lower()) for n in names}
    return tuple((k, jellyfish.metaphone(k)) for k in sorted(keys) if len(k) >= 5)


@lru_cache(maxsize=4096)
def sounds_clinical(word: str) -> bool:
    """Whether a word is a misheard medication or clinical term rather than a name."""
    key = re.sub(r"[^a-z]", "", word.lower())
    if len(key) < 5 or key in person_names():
        return False
    code = jellyfish.metaphone(key)
    for term, term_code in _clinical_keys():
        if abs(len(term) - len(key)) > 4:
            continue
        if len(key) >= 7 and jellyfish.damerau_levenshtein_distance(key, term) <= 1:
            return True
        if not code or not term_code or code[0] != term_code[0]:
            continue
        longest = max(len(code), len(term_code))
        codes = 1.0 - jellyfish.levenshtein_distance(code, term_code) / longest
        if 0.5 * codes + 0.5 * jellyfish.jaro_winkler_similarity(key, term) >= _SOUNDS_LIKE:
            return True
    return False


@lru_cache(maxsize=4)
def dosed_words(text: str) -> frozenset[str]:
    """Words of this text, no Census name among them, that are followed by a dose somewhere in
    it: medications, however the transcript spells them."""
    names = person_names()
    found = {m.group("w").lower() for m in _DOSED.finditer(text)}
    return frozenset(w for w in found if w not in names and w not in common_words())


def only_common_words(chunk: str) -> bool:
    """Every word is a common English word that is not a given name, or a number said in words."""
    words = [
        w.lower().removesuffix("'s").removesuffix("\u2019s")
        for w in _WORD_POSSESSIVE.findall(chunk)
    ]
    common = common_words()
    return bool(words) and all(w in common or w in _NUMBER_WORDS for w in words)


def tagger_false_name(text: str, span: Span) -> bool:
    """Whether a name-like span that only the tagger reported is not an identifier."""
    if span.kind not in _NAME_KINDS:
        return False
    chunk = text[span.start : span.end].strip(" .,;:'\u2019")
    words = _WORD.findall(chunk)
    if not words:
        return True
    if _ACRONYM.fullmatch(chunk) or chunk.lower().removeprefix("the ") in _NATIONWIDE:
        return True
    if places().exact(chunk) is not None:
        return False  # "Las Vegas", "Port Orange": common words, and a place
    if span.kind == "ORGANIZATION" and generic_service(chunk):
        return True
    if span.kind != "LOCATION" and only_common_words(chunk):
        return True
    if len(words) != 1:
        return False
    word = words[0]
    before = text[max(0, span.start - 12) : span.start]
    if span.kind == "PERSON" and _ARTICLE.search(before) and word.lower() not in person_names():
        return True  # "since the Praisesan", but "the Mitchell novel"
    if span.kind != "LOCATION" and word.islower():
        return True
    if (
        span.kind == "PERSON"
        and word.lower() not in person_names()
        and re.search(rf"\b{re.escape(word.lower())}\b", text)
    ):
        return True  # "Wishing, Doc, just wishing": written in lower case too, so a word
    return sounds_clinical(word) or word.lower() in dosed_words(text)


_SENTENCE = re.compile(r"[^.!?\n]*(?:[.!?]+|\n|$)")


def _has_candidate(sentence: str) -> bool:
    """Whether a sentence holds a word the tagger could take for a name: capitalised, or a
    place's first word in lower case."""
    from localnotes.redact.name_patterns import NOT_NAMES

    first_words = places().first_words
    words = list(_WORD.finditer(sentence))
    for i, m in enumerate(words):
        word = m.group(0)
        if not word[0].isupper():
            if word in first_words and _lower_case_place(words, i):
                return True  # a place in lower case: "my cousin is from jersey city"
            continue
        low = word.lower().removesuffix("'s").removesuffix("\u2019s")
        if low in NOT_NAMES or (word.isupper() and len(word) <= 5):
            continue
        if i == 0 and only_common_words(word):
            continue  # "How", "Awful" opening a sentence
        return True
    return False


def _lower_case_place(words: list[re.Match[str]], i: int) -> bool:
    """Whether the words from i on name a place: several words ("jersey city"), or one that is
    no common English word ("ellsworth"). Many everyday words begin some place's name ("my",
    "day", "long": My Tho, Day County, Long Beach) and are surnames too, so the first word alone
    would send a sentence in every three to the tagger for nothing."""
    gaz = places()
    for n in range(min(gaz.longest, 4, len(words) - i), 0, -1):
        place = gaz.exact(" ".join(w.group(0) for w in words[i : i + n]))
        if place is not None and (n > 1 or not place.common):
            return True
    return False


def tagger_text(text: str) -> str:
    """The text the tagger needs to see: sentences with no capitalised word that could be a
    name are blanked to spaces, so offsets stay and spaCy (most of redaction's time) reads a
    third of a transcript. The other recognizers read the whole text."""
    out: list[str] = []
    for m in _SENTENCE.finditer(text):
        chunk = m.group(0)
        out.append(chunk if _has_candidate(chunk) else re.sub(r"[^\n]", " ", chunk))
    blanked = "".join(out)
    return blanked if len(blanked) == len(text) else text
