"""Words of a dialect read in the words the risk rules know (issue 17's fiftieth pass, from the set
bf and the probe p24): a yes ("Not ready ready. But yah, the thought is there.", Singapore English;
"Yeh, I have."), Scots ("thinking aboot just going ower the side", "I cannae"), Cockney ("finkin'"),
"more'n" for "more than" ("me" for "my" before the body is read by the cue scan itself,
`risk_speaker_forms`); from the set bg (fifty-first pass), Jamaican Patwa ("Mi did waan chop him",
"It deh deh": I wanted to, it is there) and a negative said twice for one ("I wouldn't lay a hand on
nobody": anybody); from the set bh (fifty-second pass), "Am I fuck." (no). Each sentence that holds
one is read with the common word in its place, and the evidence found in it quotes the sentence as
it was said (as `risk_fillers` does).
Patterns ignore case.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from localnotes.notes.model import Evidence
from localnotes.notes.risk_relay import rewritten
from localnotes.notes.sentences import Sentence

#: the dialect's word -> the common one; each a word of its own (not "yeah", "Yahweh", "year",
#: "tower", "doona")
_COMMON = {
    "yah": "yeah",
    "yeh": "yeah",
    "yea": "yeah",
    "aboot": "about",
    "ower": "over",
    "masel": "myself",
    "mysel": "myself",
    "doon": "down",
    "cannae": "cannot",
    "didnae": "didn't",
    "wouldnae": "wouldn't",
    "dinnae": "don't",
    "more'n": "more than",
    # Cockney: "I keep finkin' about doing him in"
    "finkin'": "thinking",
    "finking": "thinking",
    "fink": "think",
    # Jamaican Patwa ("mi" alone may be I, me or my: read only in these phrases)
    "mi did waan": "I wanted",
    "mi did want": "I wanted",
    "mi waan": "I want",
    "mi nuh waan": "I don't want",
    "mi cyaan": "I can't",
    "it deh deh": "it's there",
    "it still deh deh": "it's still there",
    "it deh": "it's there",
    "want fi": "want to",
    "waan fi": "want to",
    "jus": "just",
    "an nuh": "and not",
    # more Scots (the eleventh battery: "if i just wasnae here anymore")
    "wasnae": "wasn't",
    "isnae": "isn't",
    "hasnae": "hasn't",
    "havnae": "haven't",
    "hivnae": "haven't",
    "couldnae": "couldn't",
    "shouldnae": "shouldn't",
    "willnae": "won't",
    "winnae": "won't",
    "canna": "can't",
    "dinna": "don't",
    "didna": "didn't",
    "wouldna": "wouldn't",
    # Scots "own" and "of" (p26: "thinkin o' takin yer ain life")
    "yer ain": "your own",
    "ma ain": "my own",
    "my ain": "my own",
    "his ain": "his own",
    "her ain": "her own",
    "thinkin o'": "thinking of",
    "thinking o'": "thinking of",
    "takin": "taking",
    "ye've": "you've",
    "ye've no been": "you've not been",
    "have ye": "have you",
    "are ye": "are you",
    "did ye": "did you",
    # Nigerian Pidgin "dey" of a habit (p26: "Is it true say you dey cut your body")
    "you dey": "you",
    # Jamaican "yuhself" for "yourself" (p28: "yuh cut up yuhself again"; not "yuh" alone, whose
    # "lie to yuh" reads as said to the clinician)
    "yuhself": "yourself",
    "i dey": "i",
    "true say": "true that",
    # British: a question said back with an oath is a flat no ("Am I gonna top meself? Am I
    # fuck.", bh01)
    **{
        f"{aux} i {oath}": "no"
        for aux in ("am", "will", "would", "have", "did", "do", "can")
        for oath in ("fuck", "hell", "heck", "buggery", "eck")
    },
    # a word's apostrophe left out, as speech recognition and texting write it ("im gonna swerve
    # into him", "ive been posting that hes dead"; not "id", "ill", "well", "wed", "were", "its")
    "im": "i'm",
    "ive": "i've",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "youre": "you're",
    **{
        f"{stem}nt": f"{stem}n't"
        for stem in (
            "do",
            "does",
            "did",
            "was",
            "is",
            "could",
            "would",
            "have",
            "has",
            "are",
            "were",
        )
    },
    # a verb's "g" dropped: "i been burnin myself"
    **{
        f"{verb}in{mark}": f"{verb}ing"
        for verb in (
            "burn",
            "cutt",
            "hurt",
            "kill",
            "hitt",
            "stabb",
            "slic",
            "think",
            "beat",
            "chok",
            "punch",
            "slapp",
            "kick",
            "hang",
            "shoot",
        )
        for mark in ("", "'")
    },
}
_WORD = re.compile(
    r"(?<![\w'])(?:"
    + "|".join(re.escape(w) for w in sorted(_COMMON, key=len, reverse=True))
    + r")(?![\w'])",
    re.IGNORECASE,
)
#: a negative said twice for one, "nobody" after a verb denied: "I wouldn't lay a hand on
#: nobody", "I never hurt no one" (not "nobody" that is a subject: "Nobody hurt me")
_CONCORD = re.compile(
    r"(?P<neg>\b(?:\w+n't|never|not|ain't)\b[^.?!,;]{0,40}?\b)(?P<none>nobody|no-one|no one)\b",
    re.IGNORECASE,
)
_HOLDS = re.compile(f"{_WORD.pattern}|{_CONCORD.pattern}", re.IGNORECASE)
_ANY = {"nobody": "anybody", "no-one": "anyone", "no one": "anyone"}


def _common(m: re.Match[str]) -> str:
    said = m[0]
    word = _COMMON[said.lower()]
    return word[0].upper() + word[1:] if said[0].isupper() else word


def said_commonly(
    sentences: Sequence[Sentence],
) -> tuple[list[Sentence], dict[Evidence, Evidence]]:
    """The sentences with a dialect's words read as the common ones, and for each sentence read
    anew, its evidence as read -> its evidence as said."""
    return rewritten(sentences, _HOLDS, _read)


def _read(text: str) -> str:
    text = _WORD.sub(_common, text)
    return _CONCORD.sub(lambda m: m["neg"] + _ANY[m["none"].lower()], text)
