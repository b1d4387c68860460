"""Batteries of plain telling (tests/data/risk_battery_41 and risk_battery_41b, issue 17's
forty-first pass; risk_battery_42, its forty-second; risk_battery_43, its forty-third;
risk_battery_44, its forty-fourth; risk_battery_45, its forty-fifth; risk_battery_46, its
forty-sixth; risk_battery_47, its forty-seventh; risk_battery_48, its forty-eighth;
risk_battery_49, its forty-ninth; risk_battery_50, its fiftieth; risk_battery_51, its
fifty-first and fifty-second; risk_battery_52, its fifty-second and fifty-third;
risk_battery_53, its fifty-third and fifty-fourth), each
written by a helper that read nothing
of the project. The first was read and tuned on; the second was written after the first's rules,
measured once unread (56 of its 100 statements missed, 59 with the pass's starting code), then
read and tuned on too; the third, likewise, 58 at its pass's start and 52 after its first rules,
unread, then read; the fourth, 48 at its pass's start and after that pass's first rules, unread,
then read; the fifth, 61 at its pass's start and after that pass's first rules, unread, then
read; the sixth, 56 at its pass's start and after that pass's first rules, 55 after its second
(from probe p19), unread, then read; the seventh, 64 at its pass's start and after that pass's
first two sets of rules, unread, then read; the eighth, 51 at its pass's start and after that
pass's first two sets of rules (from the blind set bc and the probe p21), unread, then read; the
ninth, 54 at its pass's start and after that pass's first rules (from the set bd), unread, then
read; the tenth, 59 at its pass's start and after that pass's first rules (from the set be and
the probe p23), unread, then read; the eleventh, 43 at its pass's start and 41 after that pass's
rules (from the set bf and the probe p24), unread, 41 again at the next pass's start, then read;
the twelfth, 60 at the fifty-first pass's start and 56 after its rules, unread, then read in the
fifty-second; the thirteenth, 42 at the fifty-second pass's start and 39 after its rules, unread,
then read in the fifty-third; the fourteenth, 42 at the fifty-third pass's start and after its
rules, unread (measured twice), then read in the fifty-fourth.
Every
statement is pinned as read as the risk of its kind, and every everyday sentence as no risk, with
and without speaker labels, save those listed (line numbers from 0), so that one read right at
last fails here until the list is brought up to date."""

from __future__ import annotations

from pathlib import Path

import pytest

from harness.turns import risk_found

_DATA = Path(__file__).parent / "data"
_HOW = "How have things been?"
#: still missed. In the first: a beating told in Scots ("Ah gied the neighbour a right doin").
#: In the second
#: (56 when read, 16 after `risk_cues_told_around`, 11 after the forty-second pass's rules: pills
#: looked up "it takes to stop your heart", blades "used on my arms", needles pushed in "to make
#: it hurt", bats taken to someone, a baby shaken by the client charted as abuse too): a plan's
#: logistics with no act named (a car park's height and a guard's hours), a search history
#: cleared, oneself as "you", harm as "I'm gonna get him", marks told as a story, and others. In
#: the third (58 at the forty-second pass's start, 52 after its first rules, both unread; 10
#: after `risk_cues_third_battery`): a lorry that "could just ... not stop" with fillers between,
#: a plan on a condition ("if nothing's better by my birthday"), a bus not stepped away from on a
#: condition, oneself as "you", a threat of another's death said as "he won't walk out alive", a
#: neighbour's child, and others
_STILL_MISSED = {
    "risk_battery_41": {59},
    # (66, "I'm gonna get him there", found by the eighth battery's rules)
    # (60, a hammer for a bailiff "if he comes round ... again", and 64, a cutlass sharpened for a
    # landlord who comes "again", found by the fifty-second pass's rules: an act met again)
    "risk_battery_41b": {4, 24, 27, 29, 56, 63, 99},
    # (72, "I will finish him", found by the eleventh battery's rules)
    "risk_battery_42": {1, 14, 24, 48, 67, 69, 89},
    # the fourth (48 when read, 7 after `risk_cues_fourth_battery`): oneself as "you" (three read
    # with speaker labels, below) and in the third person ("Your man here ...", "She being me"),
    # a river thought about after "yeah nah"
    "risk_battery_43": {12, 22, 32, 71},
    # the fifth (61 when read, 8 after `risk_cues_fifth_battery`): what "after" means told of a
    # neighbour, a question about burial asked "for me" in a sentence of its own, a note "I
    # meant every word of", "if i just stopped existing" after "its not like anyone would
    # notice", "it'd be quick and no one'd have to put up with me", a day picked after a joke,
    # scars that stopped the swimming, a stapler thrown that "just missed"
    "risk_battery_44": {0, 2, 5, 8, 10, 23, 48, 60},
    # read in the forty-fifth pass: what one's phone would show, a "no" taken back in the next
    # sentence, a note and a journal line read aloud, going "after the dog's gone", a feared
    # act that is meant, a forklift "I'd do it, I swear", a threat texted in quotes
    # (10, what one's phone would show, found since the fifty-first pass: "ive" read as "i've")
    "risk_battery_45": {13, 14, 15, 24, 54, 56},
    # the seventh (64 when read, 20 after `risk_cues_plans_and_wounds` and
    # `risk_cues_threats_and_control`, 2 more read only with speaker labels): oneself as "one",
    # by one's own name or as "your man here"; a text to one's sister then a bridge, a shotgun's
    # key known (over two sentences); a can of petrol, a
    # fight looked for, a coach's "he touched me" after "I've never said this", "He did throw
    # the remote" after "No, home's fine" (19 since the forty-eighth pass: one's own name said
    # twice around "you know" is read with the filler left out, `risk_fillers`)
    "risk_battery_46": {
        6,
        7,
        9,
        11,
        12,
        15,
        34,
        35,
        37,
        42,
        43,
        47,
        58,
        62,
        71,
        78,
        89,
        91,
        97,
    },
    # in the eighth (51 unread, 10 when read): a "mate" who turns out to be the client and a
    # "friend" owned in the same sentence, what was found explained in the next sentence (a
    # rope, towels under the door after the gas), a bridge sat at with the engine off, a rescue
    # half regretted, "you know" between a head and a wall, a face to "look like mine felt", a
    # head put through a door after a condition, a gran no longer taken to appointments
    # (35, a head bashed against the bathroom wall "till i had a lump", found by the fifty-second
    # pass's rules)
    "risk_battery_47": {1, 2, 7, 8, 13, 20, 68, 88, 96},
    # in the ninth (54 unread, 15 when read, `risk_cues_ninth_battery` and `risk_fillers`): a
    # bridge walked out to in slang, a duty of shame, a rescue half regretted, a hose thought of
    # "whenever" the bills pile up, a promise on a scan's result, "just a small cut" where nobody
    # looks, a cut promised "if he leaves", pinching after "if I don't", honour, voices and an
    # axe by the door, a shove told as the fall it caused, a post typed and deleted, a baby
    # shaken (harm and abuse differ by convention), children left to feed themselves, a pillow
    # over a mother's face
    "risk_battery_48": {8, 12, 13, 15, 24, 33, 35, 49, 59, 60, 64, 65, 79, 81, 98},
    # in the tenth (59 unread, also after the forty-ninth pass's first rules; 23 when read,
    # `risk_cues_preparations_and_acts` and `risk_double_negatives`): pills taken told over two
    # sentences, a day picked and a cliff named apart, working out "how I'd do it", a note owned
    # after "I told her no", passwords left "after that", "I haven't tried before" in a double
    # negative, "you" for oneself, scratching told by a mother, a wall punched then the knuckles,
    # a kit of blades, blades bought "more", a hammer and when he's alone, a date to "do it", a
    # knife after a list, a bat by the door told with "you", a cyclist not braked for, a wall
    # told with "you", immigration threatened "if I leave"
    # (6, a day picked, and 50, "Is it normal to want to hurt your boss? Because I've got a
    # hammer ...", found by the fifty-first pass's rules; 69 with speaker labels, below)
    # (15, a note found and "asked if I meant it", found by the fifty-second pass's rules; 32, a
    # kit of blades and plasters, by the fifty-fourth's, `risk_cues_blades_owned`)
    "risk_battery_49": {3, 11, 16, 17, 25, 26, 29, 30, 41, 43, 48, 56, 60, 72, 76, 97},
    # the eleventh (43 at the fiftieth pass's start and 41 after its rules, unread; 41 again at
    # the fifty-first's start, then read; 1 after `risk_cues_eleventh_battery` and the readers of
    # dialect words): a rope's purpose lied about in the sentence after the rope is named
    "risk_battery_50": {4},
    # the twelfth (60 at the fifty-first pass's start and 56 after its rules, unread; none after
    # `risk_cues_means_readied`, `risk_cues_marks_owned`, `risk_cues_threats_said` and
    # `risk_cues_kept_and_unfed`, with threats told to the one threatened, "again" and "and I
    # mean it" read as meant in `risk_conditions`, Patwa "mi ago" as "I", and "not gonna lie",
    # "no bad" and a cover story denied read as no denial in `risk_framing`)
    "risk_battery_51": set(),
    # the thirteenth (39 unread, 1 after `risk_cues_edges_checked`, `risk_cues_marks_explained`
    # and `risk_cues_blows_and_leverage`): marks on the neck asked of in a question of their
    # own, then "He had his hands round it" (the neck named only in the question)
    "risk_battery_52": {78},
    # the fourteenth (42 unread, 3 after `risk_cues_ends_rehearsed`, `risk_cues_blades_owned`
    # and `risk_cues_vows_and_keepers`): a plan told only as "yes, because I was" to a sister's
    # question of "planning something"; burns owned in a sentence of their own ("I did it ...")
    # after the question that names them; a blade told of only as kept in a pencil case, after
    # long sleeves in summer (each needs the sentence before it)
    "risk_battery_53": {5, 26, 28},
}
#: everyday sentences still read as risk: in the second, a bungee jump off a bridge; in the third,
#: a film's jump off a bridge
_STILL_WRONG = {
    "risk_battery_41": set(),
    "risk_battery_41b": {46},
    "risk_battery_42": {6},
    "risk_battery_43": set(),
    "risk_battery_44": set(),
    "risk_battery_45": set(),
    "risk_battery_46": set(),
    "risk_battery_47": set(),
    "risk_battery_48": set(),
    "risk_battery_49": set(),
    # in the eleventh, a passport kept in a safe "because I lose everything, I can get it out
    # whenever I want"
    "risk_battery_50": {53},
    # (the twelfth's neighbour "just shy" and a mate's strangling joked of, read right since the
    # fifty-second pass: a fear found unfounded, a threat joked, in `risk_cue_scan`)
    "risk_battery_51": set(),
    # (the thirteenth's game of Call of Duty "with my mates" and a strangling threat "we were
    # both laughing" at, read right since the fifty-third pass, in `risk_cue_scan`)
    "risk_battery_52": set(),
    "risk_battery_53": set(),
}
#: read right only with speaker labels: in the sixth, a threat a boyfriend texted, read aloud in
#: quotes, and (since the forty-eighth pass) one's own "Watch your back ..." sent and quoted
#: (oneself as "you", in the first and the fourth, is read without them too since the
#: forty-fourth pass: `risk_subject.TOLD_AS_YOU`; the third's fatal crash hoped for, told after
#: "like when", since the forty-eighth, its filler left out: `risk_fillers`)
_ONLY_WITH_ROLES = {
    "risk_battery_45": {72, 94},
    # in the seventh, a threat texted in quotes ("you won't see me coming") and a stepmother's
    # "youre lucky i feed you", whose "you" without speaker labels reads as the clinician's
    "risk_battery_46": {60, 90},
    # in the tenth, oneself as "you" ("you just want it all to stop ... that's where I've been")
    # and "you just wanna go to sleep and not wake up ... that's every night for me"
    # and (since the fifty-first pass) "ya know when someone just keeps pushing you you wanna shut
    # em up for good and ive got the bat by the door"
    "risk_battery_49": {1, 18, 69},
}
_KINDS = ("suicidal_ideation", "self_harm", "harm_to_others", "abuse_or_neglect")


def _statements(battery: str) -> list[list[str]]:
    lines = (_DATA / battery / "statements.txt").read_text().splitlines()
    return [line.split("|", 1) for line in lines]


def _everyday(battery: str) -> list[str]:
    return (_DATA / battery / "not_mine.txt").read_text().splitlines()


@pytest.mark.parametrize("roles", [True, False])
@pytest.mark.parametrize(
    ("battery", "number"), [(b, n) for b in _STILL_MISSED for n in range(len(_statements(b)))]
)
def test_statement_endorsed(battery: str, number: int, roles: bool) -> None:
    kind, said = _statements(battery)[number]
    got = (kind, "endorsed") in risk_found([_HOW, said], roles)
    read = not roles and number in _ONLY_WITH_ROLES.get(battery, set())
    assert got is (number not in _STILL_MISSED[battery] and not read)


@pytest.mark.parametrize("roles", [True, False])
@pytest.mark.parametrize(
    ("battery", "number"), [(b, n) for b in _STILL_WRONG for n in range(len(_everyday(b)))]
)
def test_everyday_not_endorsed(battery: str, number: int, roles: bool) -> None:
    said = _everyday(battery)[number]
    got = {s for s in risk_found([_HOW, said], roles) if s[1] == "endorsed"}
    assert (not got) is (number not in _STILL_WRONG[battery])


@pytest.mark.parametrize("battery", list(_STILL_MISSED))
def test_each_battery_is_all_there(battery: str) -> None:
    kinds = [kind for kind, _ in _statements(battery)]
    assert len(kinds) == 100 and len(_everyday(battery)) == 60
    assert all(kinds.count(k) == 25 for k in _KINDS)
