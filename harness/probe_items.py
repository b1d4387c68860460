"""How the risk probes (benchmarks/data/risk_probes) are read: each item read by the note draft's
risk reader as its file means it, with speaker labels and without. Shared by the probes
benchmark (`benchmarks/risk_probes.py`) and the tests that pin the probes read."""

from __future__ import annotations

from pathlib import Path

from harness.turns import risk_found

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "risk_probes"
ASKED = (
    ("Have you had any thoughts of ending your life?", "suicidal_ideation"),
    ("Have you hurt yourself on purpose lately?", "self_harm"),
    ("Do you get urges to hurt him?", "harm_to_others"),
)
OPENER = "How have things been?"


def right(name: str, line: str) -> bool:
    """Whether the item on `line` of file `name` is read as it means, with and without roles."""
    kind, _, text = line.partition("|") if name in ("questions", "statements") else ("", "", line)
    for roles in (True, False):
        if name == "questions":
            ok = (kind, "endorsed") in risk_found((text, "Yes."), roles)
        elif name == "statements":
            ok = (kind, "endorsed") in risk_found((OPENER, text), roles)
        elif name == "not_mine":
            ok = not any(s == "endorsed" for _, s in risk_found((OPENER, text), roles))
        else:
            ok = True
            for question, asked in ASKED:
                said = risk_found((question, text), roles)
                if name == "yeses":
                    ok = ok and (asked, "endorsed") in said
                elif name == "noes":
                    ok = ok and (asked, "denied") in said and (asked, "endorsed") not in said
                else:  # non_answers
                    ok = ok and not any(s == "endorsed" for _, s in said)
        if not ok:
            return False
    return True


def items(probe: str) -> list[tuple[str, str]]:
    """Every item of a probe (`p11`, ...), as (file name, line), in file then line order."""
    return [
        (f.stem, line)
        for f in sorted((DATA / probe).glob("*.txt"))
        for line in f.read_text("utf-8").splitlines()
        if line.strip()
    ]
