"""Redaction on an evaluation set this team did not write: presidio-evaluator's data.

    .venv/bin/pip install --no-deps presidio-evaluator==0.3.2   # data files; nothing imported
    .venv/bin/python benchmarks/redaction_external.py [--sentences 600] [--seed 18] [--show-misses]
    .venv/bin/python benchmarks/redaction_external.py --speak 60 --model tiny.en   # spoken sample

Microsoft's presidio-evaluator ships the sentence templates ("My name is {{person}}", "please
send it to {{address}}") and the fake identities (FakeNameGenerator.com, 3,000 people of 30-odd
name sets) that Presidio's own evaluations use. This script reads those files from the installed
package (found with importlib, never imported: the package pulls transformers and pandas), fills
the templates and renders every value the way a person says it: digits read one by one or in
groups ("seven two seven, five three eight, seventy fifty nine"), "at" and "dot com", spoken dates
("September the sixteenth, nineteen ninety five"). Names come from all identities; addresses,
towns, zips, phones and social security numbers from the US ones (Safe Harbor is a US rule).

Printed, per entity: labels, recall (an identifier counts as caught when every word or digit of it
lies inside a redacted span; connecting words such as "at", "dot" and a kept state may stay) and,
per predicted kind, precision (a span is right when it overlaps a labelled identifier; a span on a
country, nationality, job or year counts against it). Safe Harbor entities are marked. With
`--speak N`, N sentences are also spoken with piper, transcribed (tiny.en or base) and redacted,
and recall there uses the acceptance rule (no key left readable in the redacted transcript).
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO / "src"))

import spoken_renderer as say  # noqa: E402

#: template placeholder -> the entity it is scored as (None: a value that is not an identifier)
ENTITY = {
    "person": "PERSON", "name": "PERSON", "first_name": "PERSON", "last_name": "PERSON",
    "name_female": "PERSON", "name_male": "PERSON", "first_name_male": "PERSON",
    "first_name_female": "PERSON", "first_name_nonbinary": "PERSON", "last_name_male": "PERSON",
    "last_name_female": "PERSON", "address": "ADDRESS", "street_name": "ADDRESS",
    "building_number": "ADDRESS", "secondary_address": "ADDRESS", "city": "LOCATION",
    "postcode": "ZIP", "zipcode": "ZIP", "phone_number": "PHONE", "email": "EMAIL",
    "ssn": "SSN", "credit_card_number": "ACCOUNT", "iban": "ACCOUNT",
    "us_driver_license": "LICENSE", "ip_address": "IP_ADDRESS", "url": "URL",
    "date_of_birth": "DATE", "date_time": "DATE", "age": "AGE", "organization": "ORGANIZATION",
    "country": None, "nationality": None, "nation_woman": None, "nation_plural": None,
    "job": None, "year": None, "day_of_week": None, "state_abbr": None, "prefix": None,
    "prefix_male": None, "prefix_female": None,
}  # fmt: skip
#: the kinds HIPAA's Safe Harbor method lists (AGE only from 90 on: those are labelled AGE)
SAFE_HARBOR = {
    "PERSON", "ADDRESS", "LOCATION", "ZIP", "PHONE", "EMAIL", "SSN", "ACCOUNT", "LICENSE",
    "IP_ADDRESS", "URL", "DATE", "AGE",
}  # fmt: skip
CONNECTORS = {"at", "dot", "dash", "slash", "underscore", "the", "of", "and", "apartment", "suite",
              "unit", "apt", "number", "www"}  # fmt: skip


@dataclass
class Label:
    start: int
    end: int
    entity: str | None
    value: str
    keys: list[str] = field(default_factory=list)


@dataclass
class Sentence:
    text: str
    labels: list[Label]


def data_dir() -> Path:
    spec = importlib.util.find_spec("presidio_evaluator")
    if spec is None or not spec.submodule_search_locations:
        sys.exit(
            "presidio-evaluator is not installed: "
            ".venv/bin/pip install --no-deps presidio-evaluator==0.3.2"
        )
    return Path(next(iter(spec.submodule_search_locations))) / "data_generator" / "raw_data"


def load(raw: Path) -> tuple[list[str], list[dict[str, str]], list[str], list[str]]:
    templates = [
        t.strip().replace("\\n", "\n")
        for t in raw.joinpath("templates.txt").read_text("utf-8", errors="replace").splitlines()
        if "{{" in t
    ]
    with raw.joinpath("FakeNameGenerator.com_3000.csv").open(encoding="utf-8-sig") as f:
        people = list(csv.DictReader(f))
    with raw.joinpath("companies_and_organizations.csv").open(encoding="utf-8") as f:
        orgs = [r[0].strip() for r in csv.reader(f) if r and r[0].strip()][1:]
    with raw.joinpath("nationalities.csv").open(encoding="utf-8") as f:
        nats = [r[0].strip() for r in csv.reader(f) if r and r[0].strip()][1:]
    return templates, people, orgs, nats


def render(
    template: str,
    rng: random.Random,
    people: list[dict[str, str]],
    orgs: list[str],
    nats: list[str],
) -> Sentence:
    """One template filled with one identity, every value in its spoken form, and its labels."""
    who = rng.choice(people)
    us = rng.choice([p for p in people if p["Country"] == "US"])
    values = say.values_for(who, us, rng, orgs, nats)
    out: list[str] = []
    labels: list[Label] = []
    pos = 0
    length = 0
    for m in re.finditer(r"\{\{\s*(\w+)\s*\}\}", template):
        piece = template[pos : m.start()]
        out.append(piece)
        length += len(piece)
        name = m.group(1)
        spoken, keys = values.get(name, (name, []))
        entity = ENTITY.get(name)
        if entity == "AGE" and not re.search(r"\bninety|hundred\b", spoken):
            entity = None  # ages under 90 may stay (Safe Harbor)
        labels.append(Label(length, length + len(spoken), entity, spoken, keys))
        out.append(spoken)
        length += len(spoken)
        pos = m.end()
    out.append(template[pos:])
    return Sentence("".join(out), labels)


def caught(text: str, label: Label, spans: list[tuple[int, int]]) -> bool:
    """Every word of the identifier that carries information lies inside a redacted span."""
    from localnotes.redact.place_gazetteer import places

    gaz = places()
    value = label.value
    if label.entity == "DATE":  # the year may stay, and a time of day is no date element
        value = re.split(r",| at ", value)[0]
    words = list(re.finditer(r"[A-Za-z0-9]+", value))
    state_words: set[int] = set()
    for i in range(len(words)):
        for n in (3, 2, 1):
            if i + n <= len(words) and gaz.is_state(
                value[words[i].start() : words[i + n - 1].end()]
            ):
                state_words.update(range(i, i + n))
    for i, m in enumerate(words):
        if m.group(0).lower() in CONNECTORS or i in state_words:
            continue
        a, b = label.start + m.start(), label.start + m.end()
        if not any(s <= a and b <= e for s, e in spans):
            return False
    return True


def score_text(sentences: list[Sentence], show: bool) -> None:
    from localnotes.redact import get_redactor

    redactor = get_redactor()
    n: Counter[str] = Counter()
    hit: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    for s in sentences:
        spans = redactor.analyze(s.text)
        pairs = [(x.start, x.end) for x in spans]
        for lab in s.labels:
            if lab.entity is None:
                continue
            n[lab.entity] += 1
            if caught(s.text, lab, pairs):
                hit[lab.entity] += 1
            elif show:
                print(f"  miss {lab.entity}: {lab.value!r} in {s.text!r}")
        for x in spans:
            right = any(lab.entity and x.start < lab.end and lab.start < x.end for lab in s.labels)
            (tp if right else fp)[x.kind] += 1
            if not right and show:
                print(f"  fp {x.kind}: {s.text[x.start : x.end]!r} in {s.text!r}")
    print(f"{'entity':<14}{'labels':>7}{'caught':>7}{'recall':>8}  safe harbor")
    for e in sorted(n):
        print(
            f"{e:<14}{n[e]:>7}{hit[e]:>7}{hit[e] / n[e]:>8.3f}  {'yes' if e in SAFE_HARBOR else ''}"
        )
    print(f"\n{'predicted kind':<16}{'spans':>6}{'right':>7}{'precision':>10}")
    for kind in sorted(set(tp) | set(fp)):
        total = tp[kind] + fp[kind]
        print(f"{kind:<16}{total:>6}{tp[kind]:>7}{tp[kind] / total:>10.3f}")


def score_spoken(sentences: list[Sentence], model: str, show: bool) -> None:
    """Speak the sentences (ten to a turn), transcribe, redact, and look for keys left."""
    import redaction_eval as ev

    from localnotes.redact import get_redactor
    from localnotes.types import Segment

    redactor = get_redactor()
    n: Counter[str] = Counter()
    leaks: Counter[str] = Counter()
    for i in range(0, len(sentences), 10):
        chunk = sentences[i : i + 10]
        d = ev.Dialog(path=Path(f"external_{i:04d}.txt"), keep=[])
        d.turns = [("C", " ".join(s.text for s in chunk))]
        raw = ev.transcript_for(d, model)
        segs = [Segment(float(str(r["start"])), float(str(r["end"])), str(r["text"])) for r in raw]
        red = "\n".join(s.text for s in redactor.redact(segs).segments)
        for s in chunk:
            for lab in s.labels:
                if lab.entity is None or not lab.keys:
                    continue
                n[lab.entity] += 1
                left = [k for k in lab.keys if ev.leaked(k, red)]
                if left:
                    leaks[lab.entity] += 1
                    if show:
                        print(f"  leak {lab.entity}: {lab.value!r} -> {left}")
    print(f"\nspoken sample: {len(sentences)} sentences, piper + faster-whisper {model}")
    print(f"{'entity':<14}{'labels':>7}{'leaked':>7}{'recall':>8}")
    for e in sorted(n):
        print(f"{e:<14}{n[e]:>7}{leaks[e]:>7}{1 - leaks[e] / n[e]:>8.3f}")
    total, lost = sum(n.values()), sum(leaks.values())
    print(f"{'ALL':<14}{total:>7}{lost:>7}{1 - lost / max(1, total):>8.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=600, help="how many to render (text)")
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--speak", type=int, default=0, help="also speak and transcribe N of them")
    ap.add_argument("--model", default="tiny.en", help="tiny.en (default) or base")
    ap.add_argument("--show-misses", action="store_true", help="print each miss and false hit")
    args = ap.parse_args(argv)
    templates, people, orgs, nats = load(data_dir())
    rng = random.Random(args.seed)
    sentences = [
        render(rng.choice(templates), rng, people, orgs, nats) for _ in range(args.sentences)
    ]
    print(f"presidio-evaluator templates: {len(templates)}, identities: {len(people)}, ", end="")
    print(f"rendered: {len(sentences)} sentences (seed {args.seed})")
    score_text(sentences, args.show_misses)
    if args.speak:
        score_spoken(sentences[: args.speak], args.model, args.show_misses)
    return 0


if __name__ == "__main__":
    sys.exit(main())
