"""Where a sentence names a drug: the clinical lexicon's names, then (in a sentence about
medication) the dataset package's names and names speech recognition split or misheard; and
whether the drug is named as taken before ("better than the Adderall was", "I used to take ...")
or stopped."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from localnotes import drug_dictionary as drug_names
from localnotes.clinical_lexicon import load_lexicon
from localnotes.notes import dose_wording as dw
from localnotes.notes import lexicon
from localnotes.notes.numbers import find_numbers
from localnotes.word_lists import common_words, person_names


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    generic: str
    said: str
    past: bool = False  # "better than the Adderall was", "I used to take Zoloft"
    stopped: bool = False  # "I stopped the Zoloft": a change, not only history


_PAST_BEFORE = re.compile(
    r"\b(?:than|used to (?:take|be on)|came off|come off|stopped|instead of|switched from|"
    r"(?:don't|do not|no longer) need|tried)\s+(?:[\w-]+\s+(?:[\w-]+\s+)?of\s+)?"
    r"(?:the\s+|my\s+|your\s+)?$",
    re.I,
)
_STOPPED = re.compile(
    r"(?:came off|come off|stopped|switched from|(?:don't|do not|no longer) need)\b", re.I
)
_PAST_AFTER = re.compile(
    r"^(?:'s)?\s+(?:was(?! (?:meant|supposed|started|added|prescribed|increased|raised|lowered|"
    r"changed|helping|working|doing|making|causing|giving|"
    # "the OB said the doxylamine was fine": a judgement of it, not history
    r"fine|okay|ok|safe|alright|all right)\b)|didn't|did not|never|used to)\b",
    re.I,
)


@dataclass(frozen=True)
class _Text:
    text: str


def _mark_past(s: _Text, m: Mention) -> Mention:
    before = _PAST_BEFORE.search(s.text[: m.start])
    past = bool(before) or bool(_PAST_AFTER.match(s.text[m.end :]))
    stopped = before is not None and bool(_STOPPED.match(before.group(0)))
    return replace(m, past=past, stopped=stopped)


@lru_cache(maxsize=4096)
def mentions_in(
    text: str, dose_beside: bool = False, named_beside: bool = False
) -> tuple[Mention, ...]:
    """The drugs a sentence names; those the clinical lexicon does not know only where the
    sentence, or one beside it (`dose_beside`: "Meloxicam." "Fifteen milligrams."), is about
    medication; by the dataset package's own spelling (not a sound-alike) also where the sentence
    says how often ("the Zomorph at night") or one beside it is about medication (`named_beside`:
    "Let's go through your medicines. Nifedipine?")."""
    s = _Text(text)
    lex = lexicon.load()
    found = []
    taken: list[tuple[int, int]] = []
    # (read with accents left off: "Liorésal" is the lexicon's Lioresal)
    for m in lex.medication_re.finditer(lexicon.unaccented(s.text)):
        generic = lexicon.generic_of(m.group(0))
        if generic:
            found.append(Mention(m.start(), m.end(), generic, s.text[m.start() : m.end()]))
            taken.append((m.start(), m.end()))
    context = bool(dw.MED_CONTEXT.search(s.text))
    by_name = named_beside or bool(dw.FREQUENCY.search(s.text))
    words = list(dw.WORD.finditer(s.text))
    for i, m in enumerate(words):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if not (dose_beside or context):
            # a drug the clinical lexicon does not know, by its own name right before a dose:
            # "Riluzole, fifty, twice a day", "tamsulosin, point four"
            generic = drug_names.drug_named(m.group(0)) or _misspelled_before_dose(s.text, m)
            if generic and (by_name or dw.DOSE_FOLLOWS.match(s.text[m.end() :])):
                found.append(Mention(m.start(), m.end(), generic, m.group(0)))
                taken.append((m.start(), m.end()))
            elif (split := _name_split_before_dose(s.text, words[i : i + 2])) is not None:
                found.append(split)  # "I stopped the zopic clone 7.5.", "Lex a pro 10mg"
                taken.append((split.start, split.end))
            continue
        # a drug the clinical lexicon does not know, by the dataset package's dictionary
        generic = drug_names.drug_named(m.group(0)) or lexicon.fuzzy_medication(m.group(0))
        generic = generic or _misspelled_before_dose(s.text, m)  # "Grandaxine 50 milligrams"
        if generic:
            found.append(Mention(m.start(), m.end(), generic, m.group(0)))
            taken.append((m.start(), m.end()))
            continue
        if not context:
            continue  # a dose beside finds a drug's own name, never a sound-alike
        if (three := _spelled_in_three(s.text, words[i : i + 2], dose_needed=False)) is not None:
            found.append(three)  # "I take Lex a pro in the morning"
            taken.append((three.start, three.end))
            continue
        # a name heard as two words: "serter line", "mirtaza pin" (by letters, or by sound when
        # neither word is a little word of English)
        for span in (2, 1):
            run = words[i : i + span]
            if len(run) < span or any(
                s.text[a.end() : b.start()] != " " for a, b in itertools.pairwise(run)
            ):
                continue
            if any(a <= w.start() < b for w in run for a, b in taken):
                continue
            end = run[-1].end()
            said = s.text[m.start() : end]
            dose = bool(dw.DOSE_FOLLOWS.match(s.text[end:]))
            generic = None
            if span > 1:
                joined = said.replace(" ", "")
                # (or a name of the lexicon's joined exactly, also one never found by sound:
                # "Lora met, one milligram")
                generic = (
                    lexicon.fuzzy_medication(joined)
                    or (lexicon.generic_of(joined) if len(joined) >= 6 else None)
                    or (
                        None
                        if any(w.group(0).lower() in dw.LITTLE_WORDS for w in run)
                        # "my sister has one" is English, not "lisinopril" misheard
                        or all(w.group(0).lower() in common_words() for w in run)
                        else lexicon.sounds_like_medication(said, dose)
                    )
                )
                if generic and dose and not _dose_fits(generic, s.text[end:]):
                    generic = None  # "the air packs, 20 milligrams" is no moclobemide (150-600)
            if generic:
                found.append(Mention(m.start(), end, generic, said))
                taken.append((m.start(), end))
                break
    # "it works on melatonin receptors": the body's own, not a drug taken
    found = [m for m in found if not _NOT_TAKEN_AFTER.match(s.text[m.end :])]
    return tuple(sorted((_mark_past(s, m) for m in found), key=lambda x: x.start))


_UNIT = re.compile(r"\s*(mgs?|milligrams?|mcg|micrograms?|units?)\b", re.I)


def _dose_fits(generic: str, rest: str) -> bool:
    """Whether the dose said right after a name heard by sound (`rest`) could be a dose of the
    drug it sounds like, in its units: a sound-alike is kept only where its dose fits it."""
    drug = load_lexicon().medication(generic)
    nums = find_numbers(rest)
    if drug is None or not nums:
        return True
    unit = _UNIT.match(rest[nums[0].end :])
    said = unit.group(1).lower() if unit else drug.units[0]
    said = {"m": "mg", "u": "units"}.get(said[0], said) if not said.startswith("mc") else "mcg"
    return drug.plausible_dose(nums[0].value, said)


#: (nor the substance a measure is of: "the nicotine dependence one", "the Hooked on Nicotine
#: Checklist")
_NOT_TAKEN_AFTER = re.compile(
    r"\s*-?\s*(?:receptors?|agonists?|antagonists?|system|dependence|withdrawal|addiction|"
    r"checklist|questionnaire|inventory|scale)\b",
    re.I,
)


def _misspelled_before_dose(text: str, m: re.Match[str]) -> str | None:
    """A name a letter off right before a dose with its unit, any drug's, where the word is no
    everyday one: "Grandaxine 50 milligrams", "Tersian 25mg"; or before a bare dose, as a brand
    is said and speech recognition spells it a letter off, capitalized, where the word is no
    person's name and the number a usual dose of that drug: "Gabbica, 75, morning and night"."""
    said = m.group(0).lower()
    if said in common_words():
        return None
    if _UNIT_DOSE_AT.match(text, m.end()):
        return lexicon.misspelled_before_dose(said)
    bare = _BARE_DOSE_AT.match(text, m.end())
    if bare is None or not m.group(0)[:1].isupper() or said in person_names():
        return None
    generic = lexicon.misspelled_before_dose(said)
    known = load_lexicon().medication(generic) if generic else None
    nums = find_numbers(bare.group(1))
    if known is None or len(nums) != 1 or nums[0].end != len(bare.group(1)):
        return None
    return generic if known.plausible_dose(nums[0].value, known.units[0]) else None


#: a dose with its unit right after a word: " 50 milligrams", ", 25mg"
_UNIT_DOSE_AT = re.compile(
    r",?\s*(?:\d+(?:\.\d+)?|\.\d+)\s*(?:mg|milligrams?|mcg|micrograms?)\b", re.I
)
#: a bare dose set off right after a word, then a clause or the end: ", 75, morning and night"
_BARE_DOSE_AT = re.compile(r",\s*(\d+(?:\.\d+)?|[a-z]+(?:[\s-][a-z]+){0,2}?)\s*(?=[,.;!?]|$)", re.I)
#: `dose_wording.DOSE_FOLLOWS` matched at a position, without slicing the text there
_DOSE_AT = re.compile(dw.DOSE_FOLLOWS.pattern.removeprefix("^"), dw.DOSE_FOLLOWS.flags)


def _name_split_before_dose(text: str, run: list[re.Match[str]]) -> Mention | None:
    """A drug's name speech recognition split in two, right before its dose, in a sentence with no
    other word about medication: "I stopped the zopic clone 7.5." By letters only (one or two
    edits, as `lexicon.fuzzy_medication`, or the dataset package's name as spelled: "Circa din
    2mg"), never by sound; not two words of English ("my sister has one 50") nor with a little
    word in it. Or split in three, its unstressed middle syllable written as a letter ("Lex a pro
    10mg", "Lox a late 10mg"), where the three joined spell a drug's name exactly."""
    if (three := _spelled_in_three(text, run, dose_needed=True)) is not None:
        return three
    run = run[:2]
    if len(run) < 2 or text[run[0].end() : run[1].start()] != " ":
        return None
    if not _DOSE_AT.match(text, run[1].end()):  # first: most words have no dose after them
        return None
    said = [w.group(0).lower() for w in run]
    if any(w in dw.LITTLE_WORDS for w in said) or all(w in common_words() for w in said):
        return None
    # (or the lexicon's own name, joined exactly, of a drug never found by sound: "Lora met 1mg")
    joined = "".join(said)
    generic = (
        lexicon.fuzzy_medication(joined)
        or drug_names.drug_named(joined)
        or lexicon.generic_of(joined)
    )
    if generic is None:
        return None
    return Mention(run[0].start(), run[1].end(), generic, text[run[0].start() : run[1].end()])


#: between two parts of a drug's name, its unstressed middle syllable written as a letter: "Lex a
#: pro"
_LETTER_BETWEEN = re.compile(r" ([a-z]) ", re.I)


def _spelled_in_three(text: str, run: list[re.Match[str]], dose_needed: bool) -> Mention | None:
    """A drug's name split in three by single spaces, the middle a letter ("Lex a pro", "Lox a
    late"; the letter is no word of `run`), the three joined spelling the name exactly (and, with
    `dose_needed`, a dose right after them)."""
    if len(run) < 2:
        return None
    letter = _LETTER_BETWEEN.fullmatch(text, run[0].end(), run[1].start())
    if letter is None or (dose_needed and _DOSE_AT.match(text, run[1].end()) is None):
        return None
    said = (run[0].group(0) + letter.group(1) + run[1].group(0)).lower()
    generic = lexicon.generic_of(said) or drug_names.drug_named(said)
    if generic is None:
        return None
    return Mention(run[0].start(), run[1].end(), generic, text[run[0].start() : run[1].end()])
