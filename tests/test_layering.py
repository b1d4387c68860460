"""The rooms stay tidy: each outside dependency is imported only inside its own package, and the
library never prints or exits (the CLI and the web front end do)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "localnotes"

HOME = {
    "cryptography": "crypto",
    "sounddevice": "audio",
    "faster_whisper": "asr",
    "ctranslate2": "asr",
    "presidio_analyzer": "redact",
    "presidio_anonymizer": "redact",
    "spacy": "redact",
}


def imports(path: Path) -> set[str]:
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            out.add(node.module.split(".")[0])
    return out


@pytest.mark.parametrize("module", sorted(HOME))
def test_dependency_is_imported_only_in_its_adapter(module: str) -> None:
    home = SRC / HOME[module]
    offenders = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if module in imports(p) and home not in p.parents
    ]
    assert offenders == []


def test_library_never_prints_or_exits() -> None:
    front_ends = (SRC / "cli", SRC / "web")
    offenders = []
    for p in SRC.rglob("*.py"):
        if any(f in p.parents for f in front_ends) or p.name == "__main__.py":
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("print", "input", "exit", "quit")
            ):
                offenders.append(f"{p.relative_to(SRC)}:{node.lineno}")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "exit"
                and isinstance(node.value, ast.Name)
                and node.value.id == "sys"
            ):
                offenders.append(f"{p.relative_to(SRC)}:{node.lineno}")
    assert offenders == []
