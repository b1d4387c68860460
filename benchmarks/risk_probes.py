"""Risk probes: short everyday questions, answers and statements read by the note draft's risk
reader, one at a time, to see which forms of saying it reads (issue 17's thirty-first pass).

    PYTHONPATH=src .venv/bin/python benchmarks/risk_probes.py [SET ...] [--show]

Each set is a folder of `benchmarks/data/risk_probes/` (see its README for who wrote which and
what was tuned on it), holding any of:

- `questions.txt`, `kind|question`: answered "Yes.", the kind must be endorsed;
- `statements.txt`, `kind|sentence`: told after "How have things been?", the kind endorsed;
- `yeses.txt`: each an answer to three questions (ideation, self-harm, harm to others), each
  kind endorsed;
- `noes.txt`: the same three questions, each kind denied and not endorsed;
- `non_answers.txt`: the same three questions, nothing endorsed;
- `not_mine.txt`: told after "How have things been?", nothing endorsed.

Every item is read twice, with speaker labels (clinician, client) and without; a line counts
when both read it right. Printed: for each set and file, right of all, and with `--show` the
items read wrong. A benchmark, run by a person; tests pin the items of the sets tuned on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.append(str(HERE.parent))  # harness/

from harness.probe_items import DATA, right  # noqa: E402  (after the paths above)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sets", nargs="*", help="folders of benchmarks/data/risk_probes (default all)")
    ap.add_argument("--show", action="store_true", help="print the items read wrong")
    args = ap.parse_args(argv)
    sets = args.sets or sorted(p.name for p in DATA.iterdir() if p.is_dir())
    for s in sets:
        for f in sorted((DATA / s).glob("*.txt")):
            lines = [x for x in f.read_text("utf-8").splitlines() if x.strip()]
            wrong = [x for x in lines if not right(f.stem, x)]
            print(f"{s}/{f.stem}: {len(lines) - len(wrong)}/{len(lines)} read right")
            for x in wrong if args.show else []:
                print(f"  wrong: {x}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
