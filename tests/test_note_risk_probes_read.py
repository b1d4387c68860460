"""The risk probes read after each was measured blind over two passes (benchmarks/data/risk_probes):
p11 (read in issue 17's thirty-seventh pass), p12 (the thirty-eighth), p13 (the thirty-ninth, its
last three items in the fortieth), p14 (the fortieth), p15 (the forty-first), p16 (the
forty-second), p17 (the forty-third), p18 (the forty-fourth), p19 (the forty-fifth), p20 (the
forty-sixth), p21 (the forty-seventh), p22 (the forty-eighth), p23 (the forty-ninth), p24 (the
fiftieth), p25 (the fifty-first), p26 (the fifty-second), p27 (the fifty-third) and p28 (the
fifty-fourth). Every item is pinned, read as its probe means it with and without speaker labels,
save those the draft still reads otherwise, listed by file and line number (from 0), so that one
read right at last fails here until the list is brought up to date. What is left is mostly one
convention: a history of risk said to be over ("I used to cut when I was fifteen, but I haven't
since") is charted as past risk, endorsed, as the dialogs' labels chart it, where the probes count
it as no risk of one's own."""

from __future__ import annotations

import pytest

from harness.probe_items import items, right

_STILL_WRONG: dict[str, dict[str, set[int]]] = {
    "p11": {"not_mine": {7}},
    "p12": {"not_mine": {3}},
    "p13": {"not_mine": {5, 18}},
    "p14": {"not_mine": {11, 21}},
    "p15": {"not_mine": {12, 20, 26}},
    # oneself as "you" ("you just want it to stop"), oneself named in the third person ("Old
    # Tommy here's been at his arms"); a coworker's "im gonna kill him" quoted
    "p16": {"not_mine": {14, 15, 24}, "statements": {3, 11, 20}},
    # a history of cutting said to be over, charted as past self-harm
    "p17": {"not_mine": {19}},
    # two noes that tell a history ("I used to, years ago, but no", "not since last summer"),
    # charted as past risk; a past fear of an ex who "might turn up and hurt me", charted as abuse
    "p18": {"noes": {8, 19}, "not_mine": {27}},
    # affairs put in order and "it just feels like time" (over sentences); oneself as "one" or by
    # one's own name ("Darnell keep thinking ...", "Kayla been punching walls"); Scots "ye burn
    # yersel"; a shotgun's "both barrels" with the uncle's gun; an interpreter's "he will burn
    # his shop", whose "his" the relay reads as "my"
    "p19": {"statements": {0, 2, 5, 11, 12, 14, 20, 21}},
    # a cousin's partner "knocking her about", charted as abuse in the family by the draft; a
    # note found that says nothing of what it said
    "p20": {"not_mine": {22}, "statements": {2}},
    # "Maybe. I dunno. Can we talk about something else?" to "Have you had thoughts of ending
    # your life?": a maybe is charted endorsed, for the clinician to ask on, not passed over
    "p21": {"non_answers": {28}},
    # "Fuck no, mate. Not me."; a head shaken, described; "Aye, well. It's been a long week,
    # hasn't it." (a question back, read as a no); "No. Well... once."; a plan dated "on the
    # twelfth" with "do it"; oneself as "one" or by name; a note's words in quotes; a friend's
    # text quoted; "the girl you see in front of you"; a past beating and "that same rage"; a
    # threat texted in quotes, and a partner's, read only with speaker labels; "a man like me"
    "p22": {
        "noes": {6},
        "non_answers": {25},
        "statements": {0, 3, 4, 6, 10, 12, 19, 20, 22, 30},
        "yeses": {0},
    },
    # a baby shaken, asked as harm to others (the batteries chart it as abuse); a rope found and
    # owned two sentences later ("I'd put it there, ja. It was for me."); a search history seen
    # by a son and owned in the next sentence; a tablet stopped on purpose in Jamaican Creole
    "p23": {"questions": {18}, "statements": {2, 3, 15}},
    # a daughter's prayer and tablets saved, and a nephew's unpaid work, relayed in the third
    # person in a session not otherwise relayed; "broke my 90 day streak" after a relapse told
    # without "I"; a black eye given "at New Year" before "she's still not really speaking to me"
    "p24": {"statements": {7, 13, 16, 30}},
    # "You don't say no to him, you know, you just let him do what he wants in bed even when
    # you're crying.": oneself as "you", owned by nothing said after it
    "p25": {"statements": {27}},
    # read in the fifty-second pass: its questions, yeses and noes mostly read; most of its
    # statements (unprompted telling in dialect and through objects) are still missed
    "p26": {
        "noes": {20},
        "questions": {3, 12, 18},
        "statements": {
            0,
            1,
            2,
            3,
            5,
            7,
            8,
            9,
            10,
            11,
            14,
            15,
            18,
            20,
            21,
            22,
            23,
            25,
            27,
            28,
            29,
            30,
            31,
        },
        "yeses": {2, 4, 6, 14, 22, 24, 25, 26, 28, 29},
    },
    # read in the fifty-third pass: what is left is told over two sentences (a weapon placed,
    # then "using it on him"; "I said no", then "he did it anyway", read since the fifty-fourth),
    # a question not known as one (lower case, no question mark), and a neighbour's abuse
    # charted as the client's
    "p27": {"not_mine": {9}, "questions": {7}, "statements": {2, 4, 15, 16, 18}},
    # read in the fifty-fourth pass: what is left is four questions the client asks and then owns
    # ("Is it wrong that I ...?", "How long would someone get for ...? Because I'm ..."), read as
    # asked where no speaker labels say who asks; and a harm pictured ("these pictures of ..."),
    # left to read as an intrusive image by the draft's convention
    "p28": {"statements": {3, 11, 19, 21, 27}},
}


def _numbered(probe: str) -> list[tuple[str, str, int, str]]:
    got = items(probe)
    return [(probe, name, [n for n, _ in got[:i]].count(name), line) for i, (name, line) in
            enumerate(got)]  # fmt: skip


_CASES = [case for probe in _STILL_WRONG for case in _numbered(probe)]


@pytest.mark.parametrize(
    ("probe", "name", "number", "line"),
    _CASES,
    ids=[f"{p}-{n}-{k}" for p, n, k, _ in _CASES],
)
def test_read_as_meant(probe: str, name: str, number: int, line: str) -> None:
    assert right(name, line) is (number not in _STILL_WRONG[probe].get(name, set()))


@pytest.mark.parametrize("probe", list(_STILL_WRONG))
def test_each_probe_is_all_there(probe: str) -> None:
    assert len(items(probe)) == 184
