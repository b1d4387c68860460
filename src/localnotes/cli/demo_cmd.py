"""`demo`: a complete session on a bundled recording, in a temporary vault."""

from __future__ import annotations

import argparse
from typing import Any

from localnotes.cli.context import Context


def register(sub: Any) -> None:
    d = sub.add_parser(
        "demo",
        help="a complete session on a bundled recording (temporary vault)",
        description="Consent, transcription, redaction, encrypted storage, the "
        "patient's log and receipt verification, on an invented session. Leaves "
        "nothing behind.",
        epilog="Example: localnotes demo",
    )
    d.set_defaults(func=demo)


def demo(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import demo as demo_service

    say = ctx.info if ctx.json else print
    r = demo_service.run(ctx.settings, ctx.kdf_settings(), say)
    report = ", ".join(f"{k} {v}" for k, v in sorted(r.summary["redaction_report"].items()))
    text = (
        f"\n4. The redacted transcript (session {r.session_id}):\n\n{r.redacted_text}\n\n"
        f"   Redacted: {report or 'nothing'}. The recording itself was crypto-shredded once the "
        f"transcript was stored ({r.summary['audio_left']} audio files left).\n"
        f"\n5. The patient's consent and deletion log:\n\n{r.history_text}\n"
        "6. The patient's receipt verifies against the signed log, and the whole log verifies.\n"
        "   The temporary vault has been removed."
    )
    ctx.emit({**r.summary, "redacted_text": r.redacted_text, "history": r.history_text}, text)
    return 0
