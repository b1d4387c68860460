"""Redaction's output on every benchmark dialog is the recorded one, span for span.

`tests/data/redaction_golden.json` holds, for each dialog of `benchmarks/data/dialogs` and
`benchmarks/data/heldout` (its turns' text joined as `Redactor.redact` joins segments) and for
all of them joined into one long text (as a 50-minute transcript reaches spaCy: one document),
the spans `Redactor.analyze` returns: start, end and kind. It was written with spaCy 3.8.18,
before spaCy was pinned to 3.8.7 for speed (docs/redaction.md, "Offline and logging"): this
test shows the pin changed no span. A deliberate change to the recognizers changes the file
too: rewrite it with `.venv/bin/python tests/test_redact_golden.py --write` and read the diff.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # harness/, when run as a script

from harness import dialogs  # noqa: E402
from localnotes.redact import Redactor, get_redactor  # noqa: E402
from localnotes.redact.segment_text_map import SegmentTextMap  # noqa: E402
from localnotes.types import Segment  # noqa: E402

GOLDEN = ROOT / "tests" / "data" / "redaction_golden.json"
PATHS = sorted(
    [
        *(ROOT / "benchmarks/data/dialogs").glob("*.txt"),
        *(ROOT / "benchmarks/data/heldout").glob("*.txt"),
    ]
)
ALL = "all dialogs, one text"


def _texts() -> dict[str, str]:
    texts: dict[str, str] = {}
    segments: list[Segment] = []
    for path in PATHS:
        d = dialogs.parse(path)
        segs = [Segment(float(i), float(i) + 1, text) for i, (_spk, text) in enumerate(d.turns)]
        texts[f"{path.parent.name}/{path.stem}"] = SegmentTextMap.join(segs).text
        segments += segs
    texts[ALL] = SegmentTextMap.join(segments).text
    return texts


def spans_of(redactor: Redactor) -> dict[str, list[list[object]]]:
    return {
        name: [[s.start, s.end, s.kind] for s in redactor.analyze(text)]
        for name, text in _texts().items()
    }


@pytest.fixture(scope="module")
def found() -> dict[str, list[list[object]]]:
    return spans_of(get_redactor())


def test_every_dialog_is_in_the_recorded_output() -> None:
    assert len(PATHS) >= 50
    golden = json.loads(GOLDEN.read_text())
    assert set(golden) == set(_texts())
    # the n* dialogs hold no identifier (an empty record: nothing over-redacted); the others do
    assert len(golden[ALL]) >= 150
    assert all(golden[f"{p.parent.name}/{p.stem}"] for p in PATHS if not p.stem.startswith("n"))


@pytest.mark.parametrize("name", [*(f"{p.parent.name}/{p.stem}" for p in PATHS), ALL])
def test_the_spans_are_the_recorded_ones(found: dict[str, list[list[object]]], name: str) -> None:
    assert found[name] == json.loads(GOLDEN.read_text())[name]


def test_the_phrase_shortcut_answers_as_the_pattern_does(
    found: dict[str, list[list[object]]],
) -> None:
    """`_inside_phrase` skips the clinical phrases' pattern for a span holding a word no phrase
    has: on every span found, every word and every two and three words running of every
    benchmark dialog, it answers as the pattern alone does (and some of them lie in a phrase)."""
    import re

    from localnotes.redact.clinical_allow_list import _inside_phrase, inside_phrase_by_pattern
    from localnotes.types import Span

    text = _texts()[ALL]
    words = [m.span() for m in re.finditer(r"[\w'-]+", text)]
    spans = [Span(int(str(a)), int(str(b)), str(k), 0.5) for a, b, k in found[ALL]]
    for n in (1, 2, 3):
        last = len(words) - n + 1
        spans += [Span(words[i][0], words[i + n - 1][1], "PERSON", 0.5) for i in range(last)]
    inside = 0
    for span in spans:
        expected = inside_phrase_by_pattern(text, span)
        assert _inside_phrase(text, span) == expected, text[span.start : span.end]
        inside += expected
    assert inside >= 20, inside


if __name__ == "__main__":
    if sys.argv[1:] != ["--write"]:
        sys.exit("usage: tests/test_redact_golden.py --write")
    lines = [f"{json.dumps(k)}: {json.dumps(v)}" for k, v in spans_of(get_redactor()).items()]
    GOLDEN.write_text("{\n" + ",\n".join(lines) + "\n}\n")  # a dialog a line: diffs read well
    print(f"wrote {GOLDEN}")
