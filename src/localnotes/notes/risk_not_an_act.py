"""Just before a cue, what makes it no act or wish of the speaker's own: a simile for a pain, words
quoted from a song, a preference retold, an image that comes unbidden, a topic read, watched or
taught. Split from `risk_framing` (issue 17's thirty-eighth pass, at 400 lines), which holds the
rest of how a statement is framed. Patterns run on lowercase text.
"""

from __future__ import annotations

import re

#: A pain told by what it is like: "my hips, like someone beat me with a stick", "it's as if
#: somebody is kicking me from inside" (no one named: a simile, not an act)
SIMILE = re.compile(
    r"\b(?:like|as if|as though)\s+(?:some(?:one|body|thing)|a (?:truck|bus|train|horse|\w+ of "
    r"\w+))(?:'s| is| was| had| has|'d)?(?: been| just| gone and)?\s+$"
)
#: Words quoted from a song, a film or a book just before: "There's a line in that song, I want to
#: die in your arms"
QUOTED_WORDS = re.compile(
    r"\b(?:a line|the line|lyrics?|a lyric|the chorus|a verse|the verse|the words|a quote|the "
    r"quote) (?:in|from|of) (?:that|the|this|a|an) (?:\w+ )?(?:song|tune|track|film|movie|book|"
    r"poem|show|hymn)\b[^.?!]{0,12}?[,:]\s*[\"'“]?(?:\w+\s+){0,4}$"
)
#: A preference retold ("You said a moment ago you'd sooner hurt yourself", of "I'd sooner hurt
#: myself than her"): a comparison, not an act
RETOLD_PREFERENCE = re.compile(r"\byou(?:'d| would) (?:sooner|rather)\s+(?:just\s+)?$")
#: An image that comes unbidden, as in OCD: "I get these pictures of stabbing him with the knife"
#: (an intrusive image is no intent; the sentence is left to read as a passage; a thought told
#: as its content, "that I push somebody", and disowned later is `risk_intrusive`'s)
IMAGINED = re.compile(
    r"\b(?:pictures?|images?|flashes|visions?|intrusive thoughts?|unwanted thoughts?) "
    r"(?:pop(?:s|ping)? (?:up |into my head )?)?(?:of|about)\s+"
    # (not "flashes of wanting to hurt my husband": a want, not a picture)
    r"(?!(?:wanting|the urge|urges?|needing)\b)(?:\w+\s+){0,2}$"
)


#: Just before a cue, a topic read, watched or taught, not an act: "I read an article about
#: self-harm in teenagers", "a documentary on suicide"
A_TOPIC = re.compile(
    r"\b(?:(?:an? |the )?(?:article|book|film|movie|documentary|programme|program|show|podcast|"
    r"leaflet|poster|talk|lecture|course|training|assembly|video|post|story|essay|module|novel|"
    r"play|poem|episode|lesson|unit|research|campaign|charity|dissertation|thesis|policy|"
    r"policies|procedure|guidance|song|chorus|lyrics?|verse)s?\b"
    r"[^.?!,]{0,20}? (?:about|on|for)|(?:read|heard|learned|"
    r"learnt|studied|wrote|learning|reading|studying|teaching|taught us|taught me) "
    r"(?:about|up on|how to spot(?: the)? signs of))\s+(?:\w+\s+){0,2}$|"
    # "I spend all day talking about abuse": the bare word, a topic (not "talking about my dad
    # hitting me")
    r"\b(?:(?:all day|every day|my days|the day|hours) talking|lecturing|presenting|teaching) "
    r"about $|"
    # "a book in English about a girl who was abused"
    r"\b(?:article|book|film|movie|documentary|programme|program|show|podcast|story|play|"
    r"episode|novel|series|course|lecture)\b[^.?!,]{0,20}? about (?:a|an|the|some) (?:\w+ ){1,2}"
    r"(?:who|that) (?:was|were|got|had been|is|are) $|"
    # "a story for my class where the narrator jumps off a bridge": a character's act
    r"\b(?:story|stories|poem|novel|script|play|film|song|comic|game|essay)\b[^.?!]{0,50}? "
    r"(?:where|"
    r"in which|and) (?:the|a|my|his|her) (?:narrator|character|main character|protagonist|hero|"
    r"heroine|villain|girl|boy|man|woman)s? $|"
    # "The film was about a boy who was abused by a priest."
    r"\b(?:the |that |this |a )?(?:article|book|film|movie|documentary|programme|program|show|"
    r"podcast|story|play|episode|novel|series) (?:was|is|'s) about (?:a|an|the|some|this|two) "
    r"(?:\w+\s+){1,4}$|"
    # words misheard by another: "he thought I said I wanted to die when I said I wanted a pie"
    r"\b(?:thought|heard|thinks|misheard)\b (?:me say|that i said|i said|i was saying)(?: that)?"
    r"(?: i)? $|"
    # a worry others had, named as a topic: "everyone was worried about neglect"
    r"\b(?:everyone|everybody|people|the staff|staff|they|the family|the home) (?:was|were|got|"
    r"are|is) (?:all )?(?:worried|concerned|talking) about $"
)
