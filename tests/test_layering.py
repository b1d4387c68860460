"""The rooms stay tidy.

Layers (docs/architecture.md says why each module sits where it does): a module imports only its
own layer or lower ones, and one adapter never imports another (the pipeline hands one adapter's
output to the next). Each outside dependency is imported only inside its own package, and the
library never prints or exits (the CLI and the web front end do).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "localnotes"

CORE, MECHANISM, ADAPTER, SERVICE, FRONT_END = 1, 2, 3, 4, 5
LAYER_NAMES = {1: "core", 2: "mechanism", 3: "adapter", 4: "service", 5: "front end"}

#: Every package and top-level module of src/localnotes, placed in its layer. A new module must be
#: placed here (the test fails on one it does not know).
LAYERS: dict[str, int] = {
    # 1. core: types, errors, and pure functions of them (no I/O beyond the package's own data)
    "errors": CORE,
    "types": CORE,
    "pcm": CORE,
    "wer": CORE,
    "word_lists": CORE,
    "diarization_error": CORE,
    "clinical_lexicon": CORE,
    "drug_dictionary": CORE,
    "measure_names": CORE,
    "regex_literals": CORE,
    # 2. mechanisms: settings, crypto, the log, the vault, and process-wide guards
    "config": MECHANISM,
    "crypto": MECHANISM,
    "ledger": MECHANISM,
    "store": MECHANISM,
    "vault_ledger": MECHANISM,
    "offline": MECHANISM,
    "output_files": MECHANISM,
    "passphrase_policy": MECHANISM,
    # 3. adapters: one package per outside dependency or model
    "audio": ADAPTER,
    "asr": ADAPTER,
    "voice": ADAPTER,
    "redact": ADAPTER,
    # 4. services: the use cases
    "artifact_scan": SERVICE,
    "attribution": SERVICE,
    "bench": SERVICE,
    "consent": SERVICE,
    "consent_intake": SERVICE,
    "deletion": SERVICE,
    "deletion_request": SERVICE,
    "demo": SERVICE,
    "doctor": SERVICE,
    "export": SERVICE,
    "host_checks": SERVICE,
    "known": SERVICE,
    "maintenance": SERVICE,
    "note_drafts": SERVICE,
    "notes": SERVICE,
    "patients": SERVICE,
    "pipeline": SERVICE,
    "recording": SERVICE,
    "retention": SERVICE,
    "session_transcriber": SERVICE,
    "session_rows": SERVICE,
    "sessions": SERVICE,
    "speaker_labels": SERVICE,
    "name_check": SERVICE,
    "term_repair": SERVICE,
    "term_repair_words": SERVICE,
    "transcript_journal": SERVICE,
    "transcription": SERVICE,
    "transcripts": SERVICE,
    "withdrawal": SERVICE,
    # 5. front ends
    "cli": FRONT_END,
    "web": FRONT_END,
    "__main__": FRONT_END,
}
ADAPTERS = {name for name, layer in LAYERS.items() if layer == ADAPTER}

HOME = {
    "cryptography": "crypto",
    "sounddevice": "audio",
    "faster_whisper": "asr",
    "ctranslate2": "asr",
    "presidio_analyzer": "redact",
    "presidio_anonymizer": "redact",
    "spacy": "redact",
    "sqlite3": "store",
}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path) -> dict[str, set[str]]:
    """Each module of the package at `root` -> the modules of that package it imports (anywhere in
    the file, lazy imports included). `from pkg import name` counts as `pkg.name` when that is a
    module."""
    files = {module_name(p, root): p for p in root.rglob("*.py")}
    top = root.name
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        here = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = here[: len(here) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in files else target)
        graph[name] = {t for t in found if t == top or t.startswith(top + ".")}
    return graph


def place(module: str, layers: dict[str, int]) -> tuple[str, int] | None:
    """The unit (package or top-level module) a module belongs to, and that unit's layer."""
    parts = module.split(".")
    unit = parts[1] if len(parts) > 1 else ""
    return (unit, layers[unit]) if unit in layers else None


def violations(graph: dict[str, set[str]], layers: dict[str, int], adapters: set[str]) -> list[str]:
    """One line per import that goes up a layer or from one adapter into another, and per module
    that the map does not place."""
    out = []
    for module in sorted(graph):
        if module.count(".") == 0:
            continue  # the package's own __init__
        here = place(module, layers)
        if here is None:
            out.append(f"{module}: not in the layer map")
            continue
        for target in sorted(graph[module]):
            there = place(target, layers)
            if there is None:
                continue  # the package root, or a module reported on its own line
            if there[1] > here[1]:
                out.append(
                    f"{module} ({LAYER_NAMES[here[1]]}) imports {target} ({LAYER_NAMES[there[1]]})"
                )
            elif here[0] in adapters and there[0] in adapters and here[0] != there[0]:
                out.append(f"{module} (adapter {here[0]}) imports {target} (adapter {there[0]})")
    return out


def test_every_module_is_placed_and_imports_only_downwards() -> None:
    found = violations(import_graph(SRC), LAYERS, ADAPTERS)
    assert not found, "imports against the layers:\n" + "\n".join(found)


def test_the_map_names_only_what_exists() -> None:
    units = {p.stem for p in SRC.glob("*.py") if p.stem != "__init__"}
    units |= {p.parent.name for p in SRC.glob("*/__init__.py")}
    assert set(LAYERS) == units


def _tree(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_the_check_catches_an_upward_import_and_an_adapter_importing_another(
    tmp_path: Path,
) -> None:
    """A fake package with the mistakes the map exists to catch: a mechanism that reaches up into
    a service (lazily, inside a function), and one adapter that uses another."""
    pkg = _tree(
        tmp_path / "localnotes",
        {
            "__init__.py": "",
            "errors.py": "",
            "store/__init__.py": "",
            "store/vault.py": "def f():\n    from localnotes import sessions\n",
            "sessions.py": "from localnotes.store import vault\n",
            "audio/__init__.py": "",
            "audio/decode.py": "from ..errors import *\n",
            "asr/__init__.py": "",
            "asr/whisper.py": "from localnotes.audio.decode import probe\n",
            "stray.py": "",
        },
    )
    layers = {"errors": CORE, "store": MECHANISM, "audio": ADAPTER, "asr": ADAPTER}
    layers["sessions"] = SERVICE
    found = violations(import_graph(pkg), layers, {"audio", "asr"})
    assert found == [
        "localnotes.asr.whisper (adapter asr) imports localnotes.audio.decode (adapter audio)",
        "localnotes.store.vault (mechanism) imports localnotes.sessions (service)",
        "localnotes.stray: not in the layer map",
    ]


def imports_of(node: ast.AST) -> set[str]:
    """The outside packages an import statement names (none for a relative import)."""
    if isinstance(node, ast.Import):
        return {a.name.split(".")[0] for a in node.names}
    if isinstance(node, ast.ImportFrom) and node.module and not node.level:
        return {node.module.split(".")[0]}
    return set()


def imports(path: Path) -> set[str]:
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        out |= imports_of(node)
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


#: What only store/ may touch: the vault's connection and the transaction that hands it out.
PRIVATE_TO_STORE = {"conn", "_conn", "_tx"}


def connection_leaks(root: Path) -> list[str]:
    """Each place outside root/store that imports sqlite3 or reaches a connection (`x.conn`,
    `x._conn`) or store's own transaction (`x._tx`): services and the ledger see rows and
    transactions, never the connection."""
    out = []
    for p in sorted(root.rglob("*.py")):
        if root / "store" in p.parents:
            continue
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and node.attr in PRIVATE_TO_STORE:
                out.append(f"{p.relative_to(root)}:{node.lineno}: .{node.attr}")
            elif "sqlite3" in imports_of(node):
                out.append(f"{p.relative_to(root)}:{node.lineno}: imports sqlite3")
    return out


def test_the_connection_is_private_to_the_store() -> None:
    leaks = connection_leaks(SRC)
    assert not leaks, "the connection reached outside store/:\n" + "\n".join(leaks)


def test_the_connection_check_catches_a_leak(tmp_path: Path) -> None:
    pkg = _tree(
        tmp_path / "localnotes",
        {
            "store/core.py": "import sqlite3\nclass V:\n    _conn: sqlite3.Connection\n",
            "store/side.py": "def f(v):\n    return v._conn.execute('SELECT 1')\n",
            "deletion.py": "def f(vault):\n    return vault.conn.execute('SELECT 1')\n",
            "ledger/log.py": "import sqlite3\n",
            "known.py": "def f(vault):\n    with vault._tx() as c:\n        pass\n",
        },
    )
    assert connection_leaks(pkg) == [
        "deletion.py:2: .conn",
        "known.py:2: ._tx",
        "ledger/log.py:1: imports sqlite3",
    ]


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
