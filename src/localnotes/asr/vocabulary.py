"""The clinical vocabulary handed to Whisper as hotwords, so drug names come out spelled right.

faster-whisper puts hotwords into the decoder prompt of every 30-second chunk. A long prompt costs
time on every chunk and makes Whisper likelier to echo the list into the transcript, so only the
first terms up to a small budget are used: the clinician's own terms first, then the most
prescribed psychiatric medications of the bundled list (`localnotes/data/clinical_terms.txt`).
What hotwords gain and cost is measured by `python benchmarks/asr_hotwords.py` (docs/asr.md); they
are used only when the clinician names a vocabulary file.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from localnotes.errors import NotFoundError

#: Characters of hotwords given to Whisper (roughly 50 tokens for drug names).
HOTWORDS_BUDGET_CHARS = 160
#: Most often prescribed in outpatient mental health, and most often misheard by small models.
PRIORITY = (
    "sertraline", "fluoxetine", "escitalopram", "bupropion", "venlafaxine", "quetiapine",
    "aripiprazole", "lamotrigine", "lithium", "trazodone", "duloxetine", "mirtazapine",
    "clonazepam", "hydroxyzine", "citalopram", "lorazepam", "alprazolam", "buspirone",
    "gabapentin", "prazosin",
)  # fmt: skip


def read_terms(text: str) -> list[str]:
    """Terms from a one-per-line list; blank lines and `#` comments are skipped."""
    terms = []
    for line in text.splitlines():
        term = line.split("#", 1)[0].strip()
        if term:
            terms.append(term)
    return terms


def bundled_terms() -> list[str]:
    """The bundled clinical vocabulary, or nothing when the package ships none."""
    resource = resources.files("localnotes").joinpath("data/clinical_terms.txt")
    try:
        return read_terms(resource.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []


def build_hotwords(
    vocabulary_file: Path | None = None, budget_chars: int = HOTWORDS_BUDGET_CHARS
) -> str:
    """The hotwords string: the clinician's terms, then the priority drugs, within the budget."""
    extra: list[str] = []
    if vocabulary_file is not None:
        try:
            extra = read_terms(Path(vocabulary_file).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotFoundError(f"no vocabulary file at {vocabulary_file}") from None
    bundled = {t.casefold() for t in bundled_terms()}
    # The bundled list decides which terms exist; PRIORITY only decides which few go first.
    first = [t for t in PRIORITY if not bundled or t in bundled]
    chosen: list[str] = []
    seen: set[str] = set()
    used = 0
    for term in [*extra, *first]:
        key = term.casefold()
        if key in seen:
            continue
        cost = len(term) + (2 if chosen else 0)
        if used + cost > budget_chars:
            break
        chosen.append(term)
        seen.add(key)
        used += cost
    return ", ".join(chosen)
