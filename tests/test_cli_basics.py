"""`localnotes --help` and every `localnotes <command> --help` load no heavy dependency: no
model runtime, no NLP, no audio, no numpy, not even `cryptography`. Checked in a fresh process."""

from __future__ import annotations

import json
import subprocess
import sys

HEAVY = [
    "faster_whisper",
    "ctranslate2",
    "presidio_analyzer",
    "presidio_anonymizer",
    "spacy",
    "sounddevice",
    "onnxruntime",
    "av",
    "numpy",
    "cryptography",
]

PROBE = """
import argparse, contextlib, io, json, sys
from localnotes.cli.main import build_parser, main
heavy = HEAVY_LIST

def loaded():
    return sorted(m for m in heavy if m in sys.modules)

def commands(p, prefix=()):
    for a in p._actions:
        if isinstance(a, argparse._SubParsersAction):
            for name, child in a.choices.items():
                yield (*prefix, name)
                yield from commands(child, (*prefix, name))

out = {}
for argv in [(), *commands(build_parser())]:
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        try:
            main([*argv, "--help"])
        except SystemExit as e:
            code = e.code
    out[" ".join(argv) or "(top)"] = {"loaded": loaded(), "code": code, "help": buf.getvalue()}
print(json.dumps(out))
""".replace("HEAVY_LIST", repr(HEAVY))


def test_help_of_every_command_loads_no_heavy_dependency() -> None:
    r = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )
    assert r.returncode == 0, r.stderr
    out = json.loads(r.stdout)
    assert {"(top)", "init", "rekey", "sessions", "show"} <= set(out)
    for cmd, res in out.items():
        assert res["code"] == 0, cmd
        assert res["help"].startswith("usage: localnotes"), cmd
        assert res["loaded"] == [], f"`localnotes {cmd} --help` imported {res['loaded']}"
