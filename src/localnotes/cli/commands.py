"""The command groups, each a module with `register(subparsers)`. Order is the --help order."""

from __future__ import annotations

from localnotes.cli import (
    app_cmd,
    bench_cmd,
    consent_cmd,
    delete_cmd,
    demo_cmd,
    doctor_cmd,
    ledger_cmd,
    models_cmd,
    note_cmd,
    session_cmd,
    vault_cmd,
    voice_cmd,
)

MODULES = [
    vault_cmd,
    consent_cmd,
    session_cmd,
    voice_cmd,
    note_cmd,
    delete_cmd,
    ledger_cmd,
    models_cmd,
    doctor_cmd,
    bench_cmd,
    demo_cmd,
    app_cmd,
]
