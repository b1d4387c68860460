"""Scoring for benchmarks/note_eval.py: a dialog's `# expect-` lines against a note draft.

The matching rules for names are those of the `note` acceptance check:
a medication by name (or named in its evidence) and dose (or a number of its dose change), a
measure by name and score. Quotes are looked for in the segments within the evidence's times,
joined by a space as `show` prints them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Expect:
    meds: list[tuple[str, float]] = field(default_factory=list)
    measures: list[tuple[str, float]] = field(default_factory=list)
    risk: list[tuple[list[str], str]] = field(default_factory=list)  # (kinds, status)


def expectations(path: Path) -> Expect:
    e = Expect()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("# expect-"):
            continue
        key, _, value = line[2:].partition(":")
        f = [x.strip() for x in value.split("|")]
        if key == "expect-med":
            e.meds.append((f[0], float(f[1])))
        elif key == "expect-measure":
            e.measures.append((f[0], float(f[1])))
        elif key == "expect-risk":
            e.risk.append((f[0].split("/"), f[1]))
    return e


def squash(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", s.lower())


def num(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def med_matches(name: str, dose: float, m: dict[str, Any]) -> bool:
    """The acceptance check's rule."""
    got = squash(str(m.get("name", "")))
    named = (
        squash(name) in got
        or (got and got in squash(name))
        or any(squash(name) in squash(str(e.get("quote", ""))) for e in m.get("evidence") or [])
        # the label names the drug by another of its names: "paracetamol" for "acetaminophen"
        or same_drug(name, str(m.get("name", "")))
    )
    changed = [num(x) for x in re.findall(r"\d+(?:\.\d+)?", str(m.get("change") or ""))]
    return bool(named) and (num(m.get("dose")) == dose or dose in changed)


def measure_matches(name: str, score: float, m: dict[str, Any]) -> bool:
    got = squash(str(m.get("name", "")))
    return bool(
        num(m.get("score")) == score
        and got
        and (squash(name) in got or got in squash(name) or squash(name.split()[0]) in got)
    )


def numbers_in(text: str) -> set[float]:
    from localnotes.notes.numbers import find_numbers

    return {n.value for n in find_numbers(text)}


def same_drug(label: str, drafted: str) -> bool:
    """The label names the drafted drug by another of its names (`harness.drug_names`)."""
    from harness.drug_names import same_drug as same

    return same(label, drafted)


def named_in(generic: str, text: str) -> bool:
    """The transcript names the drug correctly (`harness.drug_names`, shared with the tests)."""
    from harness.drug_names import named_in as said

    return said(generic, text)


@dataclass
class Tally:
    hit: int = 0
    total: int = 0
    right: int = 0
    reported: int = 0

    def recall(self) -> float:
        return self.hit / self.total if self.total else 1.0

    def precision(self) -> float:
        return self.right / self.reported if self.reported else 1.0


@dataclass
class Scores:
    meds: Tally = field(default_factory=Tally)
    measures: Tally = field(default_factory=Tally)
    endorsed: Tally = field(default_factory=Tally)
    denied: Tally = field(default_factory=Tally)
    risk_reported: Tally = field(default_factory=Tally)
    wrongly_endorsed: list[str] = field(default_factory=list)
    # an endorsed statement found, or left to read as a passage of its kind (`risk_review`)
    endorsed_or_passage: Tally = field(default_factory=Tally)
    passages: int = 0
    quotes: Tally = field(default_factory=Tally)
    # of the expected medications and measures, those the transcript contains: the drug named
    # correctly (a name of the lexicon) and its dose said; the measure's score said
    meds_heard: Tally = field(default_factory=Tally)
    measures_heard: Tally = field(default_factory=Tally)
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)


def score(
    stem: str, e: Expect, doc: dict[str, Any], segments: list[Any], sc: Scores, heard: str
) -> None:
    """`heard`: the whole transcript before redaction, to tell what speech recognition kept."""
    meds, measures, risks = doc["medications"], doc["measures"], doc["risk"]
    passages = doc.get("risk_review", [])
    said = numbers_in(heard)
    for name, dose in e.meds:
        sc.meds.total += 1
        contained = named_in(name, heard) and dose in said
        sc.meds_heard.total += contained
        if any(med_matches(name, dose, m) for m in meds):
            sc.meds.hit += 1
            sc.meds_heard.hit += contained
        else:
            where = "" if contained else " (not in the transcript as said)"
            sc.misses.append(f"{stem}: med {name} {dose:g}{where}")
    expected_names = {squash(n) for n, _ in e.meds}
    for m in meds:
        if m.get("dose") is None and squash(m["name"]) in expected_names:
            continue  # a drug named without a dose, where the dialog gives it one elsewhere
        sc.meds.reported += 1
        if any(med_matches(n, d, m) for n, d in e.meds):
            sc.meds.right += 1
        else:
            sc.extras.append(f"{stem}: med {m['name']} {m.get('dose')} ({m.get('change')})")
    for name, value in e.measures:
        sc.measures.total += 1
        contained = value in said
        sc.measures_heard.total += contained
        if any(measure_matches(name, value, m) for m in measures):
            sc.measures.hit += 1
            sc.measures_heard.hit += contained
        else:
            where = "" if contained else " (score not in the transcript)"
            sc.misses.append(f"{stem}: measure {name} {value:g}{where}")
    for m in measures:
        sc.measures.reported += 1
        if any(measure_matches(n, v, m) for n, v in e.measures):
            sc.measures.right += 1
        else:
            sc.extras.append(f"{stem}: measure {m['name']} {m['score']}")
    endorsed_kinds = {k for kinds, st in e.risk if st == "endorsed" for k in kinds}
    for kinds, status in e.risk:
        t = sc.endorsed if status == "endorsed" else sc.denied
        t.total += 1
        found = any(r["kind"] in kinds and r["status"] == status for r in risks)
        if found:
            t.hit += 1
        else:
            sc.misses.append(f"{stem}: risk {'/'.join(kinds)} {status}")
        if status == "endorsed":
            sc.endorsed_or_passage.total += 1
            sc.endorsed_or_passage.hit += found or any(
                set(kinds) & set(p["kinds"]) for p in passages
            )
    sc.passages += len(passages)
    for r in risks:
        sc.risk_reported.reported += 1
        if any(r["kind"] in kinds and r["status"] == st for kinds, st in e.risk):
            sc.risk_reported.right += 1
        else:
            sc.extras.append(f"{stem}: risk {r['kind']} {r['status']}")
        if r["status"] == "endorsed" and r["kind"] not in endorsed_kinds:
            sc.wrongly_endorsed.append(f"{stem}: {r['kind']}")
    items = meds + measures + risks + passages + [i for s in doc["sections"] for i in s["items"]]
    for it in items:
        for ev in it["evidence"]:
            sc.quotes.total += 1
            # the segments within the evidence's times, joined as `show` prints them: a sentence
            # speech recognition cut between two segments is quoted across both
            within = " ".join(
                s.text.strip() for s in segments if ev["start"] <= s.start <= s.end <= ev["end"]
            )
            sc.quotes.hit += bool(ev["quote"]) and ev["quote"] in within
