"""Over every labelled dialog in benchmarks/data/dialogs (their written turns as segments): each
item's evidence is real -- its quote is a literal piece of a segment lying within the evidence's
start and end -- every endorsed risk statement is found, and nothing denied or idiomatic is
reported endorsed. The spoken, transcribed version of this measure is benchmarks/note_eval.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from localnotes.notes import draft, templates
from localnotes.types import Segment
from tests.conftest import DIALOGS

LABELLED = sorted(
    p
    for d in (DIALOGS, DIALOGS.parent / "note_tuned")  # note_tuned: earlier held-out sets, fixed
    for p in d.glob("*.txt")
    if "# expect-" in p.read_text("utf-8")
)
# written after the extractor and never tuned on: only the evidence invariant runs on them here
HELD_OUT = sorted((DIALOGS.parent / "note_heldout").glob("*.txt"))
ROLES = {"T": "clinician", "C": "client"}
MARK = re.compile(r"\[\[[A-Z]+:([^|\]]+)(?:\|[^\]]*)?\]\]")


def turns(path: Path, speakers: bool = False) -> list[Segment]:
    """The written turns as segments; with `speakers`, labelled clinician and client as speaker
    attribution (voice enrolled, or renamed) labels them."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        who, _, text = line.partition(":")
        out.append((ROLES.get(who.strip()), MARK.sub(lambda m: m.group(1).strip(), text).strip()))
    return [
        Segment(i * 6.0, i * 6.0 + 5.5, t, who if speakers else None)
        for i, (who, t) in enumerate(out)
    ]


def expected_risk(path: Path) -> list[tuple[set[str], str]]:
    out = []
    for line in path.read_text("utf-8").splitlines():
        if line.startswith("# expect-risk:"):
            kinds, status = (x.strip() for x in line.split(":", 1)[1].split("|"))
            out.append((set(kinds.split("/")), status))
    return out


def test_there_are_enough_labelled_dialogs() -> None:
    assert len(LABELLED) >= 20


def test_held_out_dialogs_are_labelled() -> None:
    # no count: between two blind sets the folder holds none (each set is measured once, then
    # moved to note_tuned, as h01-h22 on 2026-12-02)
    assert all("# expect-" in p.read_text("utf-8") for p in HELD_OUT)


@pytest.mark.parametrize("speakers", [False, True], ids=["unlabelled", "labelled"])
@pytest.mark.parametrize("path", LABELLED + HELD_OUT, ids=lambda p: p.stem)
def test_every_item_quotes_its_segment(path: Path, speakers: bool) -> None:
    segments = turns(path, speakers)
    for name in templates.BUILT_IN:
        doc = draft.build(segments, templates.load(name), "s", "redacted")
        items = [i for s in doc["sections"] for i in s["items"]]
        items += doc["medications"] + doc["measures"] + doc["risk"]
        assert items
        for item in items:
            assert item["evidence"]
            for e in item["evidence"]:
                within = [s for s in segments if e["start"] <= s.start and s.end <= e["end"]]
                assert e["quote"] in " ".join(s.text for s in within), e
                assert within and within[0].start == e["start"], e
                assert {s.speaker for s in within} == {e["speaker"]}, e


# Dialogs moved from the blind set whose written turns still have an endorsed statement missed:
# strict, so a fix that finds it must take it off this list (the few marked so, or with one
# endorsed wrongly, too).
ENDORSED_STILL_MISSED = {
    # (w08's interpreter's "the guards beat him", done to the client and told in the third
    # person, found in the thirty-sixth pass: an interpreted session is read as spoken directly)
    # y01-y22, measured once blind after the seventh pass, then moved (issue 17, eighth pass)
    # (y05's "I do it with a paperclip" after "it's just scratches", found in the twenty-eighth)
    # b01-b22, measured once blind after the eleventh pass; only their wrong endorsements were
    # fixed (twelfth pass): their missed endorsed statements are the next pass's work
    "b03_depersonalization",
    # (b06's "I've thought about what I'd do to him if he came out", found in the thirty-seventh
    # pass by a cue from a battery written for it)
    # (b10's diary card, "Urge to die, a three.", found in the twenty-eighth pass)
    # c01-c22, measured once blind after the thirteenth pass's measures half, then moved (its
    # risk half)
    # (c07's "I believed ... dying was the right thing" found in the twenty-seventh pass)
    "c18_leukemia_parents",  # ideation said as a condition; a child left alone five nights
    "c19_lvad_depression",  # "thought how easy it'd be", what is left to the question before
    # d01-d22, measured blind a dozen times (summary lines only), then moved (issue 17,
    # fourteenth pass): what that pass left
    "d09_dissociative_identity",  # ideation and self-harm told of the parts ("one who says ...")
    "d10_schizoaffective_tardive_dyskinesia",  # the voices "say jump" at a bridge, then
    # "Sometimes I think about it, standing there.": ideation told after a statement, not read
    # (since the twenty-ninth pass "When I walk over the rail bridge ..." is no question, so
    # the self-harm it was read as is no longer reported)
    # (d13's "He shoved her", the client told of by his support worker, found in the twenty-fifth:
    # the two greeted at the start, "Hi [PERSON]. Hi [PERSON].")
    # (d18's "You said ... you'd sooner hurt yourself", a comparison retold and read as
    # self-harm, is not read so since the twenty-seventh pass)
    # f01-f22, measured once blind after the fifteenth pass, then moved (its second half)
    "f03_alcohol_liver_transplant",  # "drinking yourself to death", confirmed "I wanted to go"
    # (f12's past overdose, "When I was nineteen.", found in the twenty-eighth pass)
    "f13_living_in_car",  # a stranger's assault read as abuse
    "f18_cerebral_palsy_mother",
    # (f17's "It should have killed me. Sometimes I wish it had." found in the twenty-seventh pass)
    # h01-h22, measured once blind after the sixteenth pass, then moved: the seventeenth pass
    # found every endorsed statement of their written turns
    # i01-i22, measured once blind after the seventeenth pass, then moved (eighteenth pass)
    # (i04's "I scratch with it" after "marks on your arm", found in the twenty-eighth pass)
    # j01-j22, measured once blind after the eighteenth pass, then moved; their misses read the
    # same day: what is left
    "j01_olanzapine_weight_gain",  # "No. Not since the hospital." read as a history of ideation
    # k01-k22, measured once blind after the eighteenth pass, then moved: the nineteenth pass
    # found every endorsed statement of their written turns
    # l01-l22, measured once blind before the twentieth pass, then moved: that pass found every
    # endorsed statement of their written turns (and f15's belt round the neck, told by his
    # father, with them)
    # m01-m22, measured once blind at the end of the twentieth pass, then moved, and read at once
    "m18_wine_naltrexone",  # driving her daughter after drinking, endorsed as neglect
    # (i10's "He bangs his head on the door", the boy's, told by his father: found in the
    # twenty-second pass)
    # o01-o22, measured once blind before the twenty-first pass, then moved: that pass found every
    # endorsed statement of their written turns
    # p01-p22, measured blind before and after the twenty-first pass's work on o, then moved
    "p17_dental_nurse_panic_primary_care",  # "Scream or curse at you?" "Sometimes." (a HITS item)
    # is reported; the set's labels count the screen as denied
    # ac01-ac22, measured blind before and after the twenty-third pass, then moved, and read in
    # the twenty-fourth (ac05's wife's "he pushed me back against the fridge", harm to others and
    # abuse of her, found in the twenty-fifth)
    # ad01-ad22, measured blind before and after the twenty-fourth pass, then moved, and read in
    # the twenty-fifth
    "ad18_child_bedwetting_anxiety",  # "Only when [a boy] pushes me I want to push him back."
    # (a boy at football) is read as abuse
    # ae01-ae22, measured blind before and after the twenty-fifth pass, then moved, and read in
    # the twenty-sixth
    "ae14_couple_drinking_topiramate",  # "I gave him a shove into the bench", told by the wife,
    # is found as her harm to others; his "It hurt. Bruised for weeks." is not read as abuse
    # af01-af22, measured blind before and after the twenty-sixth pass, then moved: the
    # twenty-seventh pass found every endorsed statement of their written turns, and took back
    # af03's wrong one
    # ag01-ag22, measured blind before and after the twenty-seventh pass, then moved and read in
    # the twenty-eighth
    # (ag15's "I grabbed her wrist, hard", told by her husband and carer, found as abuse of her
    # in the twenty-eighth pass)
    # ah01-ah22, measured blind before and after the twenty-eighth pass, then moved and read in
    # the twenty-ninth, which found the rest of their written turns' endorsed statements
    "ah20_autistic_burnout_belfast",  # "Not since I was a teenager." to "do you ever hurt
    # yourself?" read as a history of self-harm; the labels count it denied only (as j01)
    # (ah21's "Some nights mi think to go find him and mash him up", "mi" Jamaican English's
    # "I", found in the thirtieth pass)
    # ai01-ai22, measured blind before and after the twenty-ninth pass, then moved and read in
    # the thirtieth, which found every endorsed statement of their written turns and took back
    # their three wrong ones
    # aj01-aj22, measured blind before and after the twenty-ninth and thirtieth passes, then
    # moved and read in the thirty-first, which found every endorsed statement of their written
    # turns and took back aj07's wrong one
    # ak01-ak22, measured blind in the thirtieth and thirty-first passes, then moved and read in
    # the thirty-second, which found the rest of their written turns' endorsed statements and
    # took back ak06's and ak18's wrong ones
    "ak10_family_lagos",  # the father's "I flogged her" is reported as his harm to others as
    # well as abuse of her (as aj10's son's violence to his mother is); the labels count harm to
    # others denied ("has anyone in the house hurt anyone else, apart from ...?" "No one.")
    # al01-al22, measured blind in the thirty-first and thirty-second passes, then moved and read
    # in the thirty-third, which found every endorsed statement of their written turns and took
    # back their four wrong ones
    # am01-am22, measured blind in the thirty-second and thirty-third passes, then moved and read
    # in the thirty-fourth, which found every endorsed statement of their written turns and took
    # back their three wrong ones
    # ap01-ap22, measured blind in the thirty-fourth pass (851a6a5, 07429ad), then moved and read
    # in the thirty-fifth, which found every endorsed statement of their written turns and took
    # back their one wrong one
    # ar01-ar22, measured blind in the thirty-fifth pass (e025644, 7e864fc), then moved and read
    # in the thirty-sixth, which found every endorsed statement of their written turns and took
    # back their five wrong ones
    # as01-as22, measured blind in the thirty-sixth pass (3f8781b, b41deb5), then moved and read
    # in the thirty-seventh, which found every endorsed statement of their written turns and took
    # back their seven wrong ones
    # at01-at22, measured blind in the thirty-seventh pass (1f5c8a1, cead182, b2c9499), then moved
    # and read in the thirty-eighth, which found every endorsed statement of their written turns
    # and took back their eight wrong ones
    # au01-au22, measured blind in the thirty-eighth pass (c95d568, 02d09ae), then moved and read
    # in the thirty-ninth, which found every endorsed statement of their written turns (au21's
    # push, told by the mother and then "I pushed once", is read from "If he knew I pushed my
    # mother") and took back their three wrong ones; au21's push is also charted as abuse of his
    # mother, as harm at home is by our rule, which its labels do not have
    "au21_hikikomori_video_sapporo",
    # av01-av22, measured blind in the thirty-ninth pass (3128d85, 4f1eb97, 089aeeb), then moved
    # and read in the fortieth, which found every endorsed statement of their written turns and
    # took back six of their seven wrong ones
    "av11_jail_sublocade_chicago",  # "I hit my cousin with one", of the naloxone spray named
    # the turn before: a dose given, read as a blow (a rescue is read only where the drug is
    # named in the same sentence: "with one" may as well be a punch or a bottle)
    # aw01-aw22, measured blind in the fortieth pass (db3206f, af1db1b, 7ba0a86, f66c812), then
    # moved and read in the forty-first, which found every endorsed statement of their written
    # turns and took back three of their four wrong ones
    "aw21_karachi_police_visit_pistol",  # "My father used to hit us", said in denying that he
    # hits his own children, is charted as abuse of him in the past, as a history told is; the
    # labels have abuse denied only
    # ax01-ax22, measured blind in the forty-first pass (8e8e8a4, d43d240, 69a94e5), then moved
    # and read in the forty-second; six came off when read
    "ax21_emergency_liaison_bartender_toronto",  # twelve of a roommate's Seroquel "to sleep
    # through the weekend", not to die: the draft reads no act from another's tablets counted,
    # and the clinician's "You took an overdose" is read as ideation, which the labels deny
    # ay01-ay22, measured blind in the forty-second pass (a585b11, 56535b5, 1c50fd3, d08f361),
    # then moved and read in the forty-third, which found every endorsed statement of their
    # written turns and took back their two wrong ones
    # az01-az22, measured blind in the forty-third pass (7e87313, c1dbeee), then moved and read
    # in the forty-fourth, which found every endorsed statement of their written turns and took
    # back their three wrong ones
    # ba01-ba22, measured blind in the forty-fourth pass (010f882, 5b4fb21, a5aa67a), then moved
    # and read in the forty-fifth, which found every endorsed statement of their written turns
    # and took back their three wrong ones
    # bb01-bb22, measured blind in the forty-fifth pass (9ea1ff6, 811ad1e), then moved and read
    # in the forty-sixth, which found every endorsed statement of their written turns and took
    # back four of their six wrong ones
    "bb20_will_and_debts_tbilisi",  # "Have you had thoughts of hurting him?" "At the start, yes,
    # I wanted to break his face. But no, I won't hurt him.": a thought owned, then intent
    # denied; the draft keeps the thought (as it does for "Once. I'd never do it."), the labels
    # have harm to others denied only
    "bb22_horn_player_vienna",  # "Did you ever have an actual wish or thought of hurting him?"
    # "Only in my head, with his own baton. No, I'd never touch him.": the same
    # bc01-bc22, measured blind in the forty-sixth pass (c01a78a, 83bb153, 0baebe3, b5d6a45,
    # 8edcad4, 381b531), then moved and read in the forty-seventh, which found every endorsed
    # statement of their written turns and took back their two wrong ones
    # bd01-bd22, measured blind in the forty-seventh pass (1ab4390, 780a867, 0b59186, 78885fd,
    # 9c9e155, d7d2444, 9c8d9dc), then moved and read in the forty-eighth, which found every
    # endorsed statement of their written turns and took back their six wrong ones
    # be01-be22, measured blind in the forty-eighth pass (31adc5b, 04ea5be, b0f3813, 736e907) and
    # at the forty-ninth's start (736e907), then moved and read in the forty-ninth, which found
    # the one endorsed statement their written turns missed
    # bf01-bf22, measured blind in the forty-ninth pass (736e907, 6b98cf1, 611672e, edbf114) and
    # at the fiftieth's start (ea429c3), then moved and read in the fiftieth, which found the five
    # endorsed statements their written turns missed and took back three of their four wrong ones
    "bf10_court_ordered_assessment_louisiana_belt",  # "I whipped him with my belt", of a boy of
    # nine, is charted abuse (found since the pass) and harm to others, as "I beat my son" always
    # was; the labels have abuse only (nine tuned dialogs label such harm "harm_to_others/
    # abuse_or_neglect", either)
    # bg01-bg22, measured blind in the fiftieth pass (ea429c3, 1407405, d7f2749) and at the
    # fifty-first's start (a32ee3c), then moved and read in the fifty-first, which found two of
    # the three endorsed statements their written turns missed and took back one of their two
    # wrong ones
    "bg19_sleep_clinic_heliopolis_belt",  # "Last month I slapped him. ... I took off my belt.",
    # of a son of sixteen named turns before: charted harm to others, as bf10's belt is; the
    # labels have abuse only (the convention left: a client's blows to their own child)
    # bh01-bh22, measured blind in the fifty-first pass (8d392da, 9e51f17) and at the
    # fifty-second's start (2dc8b5a), then moved and read in the fifty-second, which found the
    # three endorsed statements their written turns missed and took back nine of their ten wrong
    # ones
    # (bh18's "I've thought about belting him back. Would I? No. I'd never hurt him", charted
    # endorsed and denied, read as denied in the fifty-fourth pass with bj02, the labels' way)
    # bi01-bi22, measured blind in the fifty-second pass (2dc8b5a, 8e71920, b95af1b, 287dbf6) and
    # at the fifty-third's start (58b4167), then moved and read in the fifty-third, which found
    # three of the six endorsed statements their written turns missed and took back one of their
    # two wrong ones
    "bi06_youth_offending_team_liverpool_bus_stop",  # a boy of fifteen locked out overnight:
    # "Me mum's fella locks the door at ten. ... He's took me key." and, asked where he slept,
    # "Stairwell in the flats": told over sentences, each harmless alone
    "bi13_school_counsellor_video_winnipeg_streak_reset",  # "The streak's dead. I relapsed.
    # Like, sh. Saturday." then "I used the razor from my dad's shaver. On my leg.": self-harm in
    # text-speak and fragments, the act and the body part in different sentences
    "bi14_hiv_clinic_mbarara_banana_plantation",  # rat poison bought and kept "It was not for the
    # rats, you see. It was for me." (a negation the cue reads as a denial), and "I would never
    # beat her, my father beat my mother" charted abuse of him (a parent's violence witnessed:
    # the labels do not have it, the draft reads it as his history)
    "f07_skin_picking",  # found only through "I need to cut myself some slack" (an idiom, its
    # note says) until the fifty-fourth pass read it so; the act told ("took a scalpel home from
    # work and cut it out. I wanted to punish my face.") is over two sentences, neither risk alone
    # bj01-bj22, measured blind twice (fifty-third pass, fifty-fourth's start), then moved and
    # read in the fifty-fourth (13 of 16 mended)
    "bj01_hospice_day_unit_accra_syrup_bottles",  # a nephew who collects the pension, then "no
    # food in the house" and "two days I was without it" (the syrup he does not fetch): neglect of
    # a dependent elder told over turns, each sentence harmless alone
    "bj09_school_nurse_orkney_meter_card",  # a girl feeding her brother, a father asleep among
    # the cans, "cereal with water", the meter run out, "most weeks" to "is it often there's no
    # food": child neglect told over turns, never named
    "bj22_transit_assault_support_boston_bat_in_trunk",  # a passenger's punch charted abuse
    # ENDORSED: the labels (d20, i18, z19, bj22) file a stranger's assault as none, the reader
    # files any blow one suffers as abuse; who struck (a stranger, told sentences before) is open
}


@pytest.mark.parametrize(
    "path",
    [
        pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="endorsed missed (issue 17)"))
        if p.stem in ENDORSED_STILL_MISSED
        else p
        for p in LABELLED
    ],
    ids=lambda p: p.stem,
)
def test_endorsed_found_and_nothing_else_endorsed(path: Path) -> None:
    doc = draft.build(turns(path), templates.load("soap"), "s", "redacted")
    expected = expected_risk(path)
    endorsed_kinds = {k for kinds, st in expected if st == "endorsed" for k in kinds}
    wrong = [r["kind"] for r in doc["risk"] if r["status"] == "endorsed"]
    assert set(wrong) <= endorsed_kinds  # before the misses: an xfail must not hide this
    for kinds, status in expected:
        if status == "endorsed":
            assert any(r["kind"] in kinds and r["status"] == "endorsed" for r in doc["risk"])


def test_json_contract_types() -> None:
    doc = draft.build(turns(LABELLED[0]), templates.load("soap"), "s1", "redacted")
    assert {"session_id", "template", "sections", "medications", "measures", "risk"} <= set(doc)
    for m in doc["medications"]:
        assert isinstance(m["dose"], float | None) and {"name", "unit", "change"} <= set(m)
    for m in doc["measures"]:
        assert isinstance(m["score"], float)
    for r in doc["risk"]:
        assert r["kind"] in (
            "suicidal_ideation",
            "self_harm",
            "harm_to_others",
            "abuse_or_neglect",
        )
        assert r["status"] in ("endorsed", "denied")
    for s in doc["sections"]:
        for i in s["items"]:
            assert set(i["evidence"][0]) == {"start", "end", "speaker", "quote"}


@pytest.mark.parametrize("path", LABELLED, ids=lambda p: p.stem)
def test_interventions_come_from_the_clinicians_turns_once_labelled(path: Path) -> None:
    from localnotes.notes.extract import extract

    labelled = [i for i in extract(turns(path, True)).items if i.category == "intervention"]
    assert all(e.speaker == "clinician" for i in labelled for e in i.evidence)
    assert not any("whole text" in i.text for i in labelled)
    whole = [i for i in extract(turns(path)).items if i.category == "intervention"]
    assert all("from the whole text" in i.text for i in whole)
    assert len(whole) >= len(labelled)


def test_some_dialog_has_an_intervention_of_the_clinicians() -> None:
    from localnotes.notes.extract import extract

    assert any(
        i.category == "intervention" for p in LABELLED for i in extract(turns(p, True)).items
    )
