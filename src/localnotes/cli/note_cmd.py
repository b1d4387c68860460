"""`note`: the session's extractive note draft, every item citing its transcript span."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context

FORMATS = ("md", "txt", "html", "json")


def register(sub: Any) -> None:
    n = sub.add_parser(
        "note",
        help="draft a session note (SOAP, DAP, BIRP) that cites the transcript",
        description="An extractive note draft: medications, measures, risk statements, "
        "interventions, homework and plan, each item quoting the transcript span it came from. "
        "Nothing is invented; empty sections say so. Made from the redacted transcript and "
        "stored encrypted; the draft says it is a draft and not an assessment.",
        epilog="Example: localnotes note 3fa2c1 --template dap --format md -o note.md",
    )
    n.add_argument("session", metavar="SESSION")
    n.add_argument(
        "--template",
        metavar="soap|dap|birp|PATH",
        help="a built-in template or your own template file (default: soap, or the stored draft's)",
    )
    n.add_argument("--format", choices=FORMATS, default="md", help="output format (default md)")
    n.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    n.add_argument("--force", action="store_true", help="replace FILE if it exists")
    n.add_argument(
        "--rebuild", action="store_true", help="draft again from the transcript (drops edits)"
    )
    n.add_argument(
        "--unredacted",
        action="store_true",
        help="draft from the full transcript (this access is logged)",
    )
    n.set_defaults(func=note)


def note(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import note_drafts
    from localnotes.output_files import check_output, write_output

    out = Path(args.output) if args.output else None
    if out is not None:  # refused before the vault is opened: nothing is decrypted for nothing
        check_output(out, args.force)
    vault = ctx.vault()
    draft = note_drafts.make(
        vault, args.session, args.template, unredacted=args.unredacted, rebuild=args.rebuild
    )
    if out is not None:
        note_drafts.export(
            vault, draft, args.format, lambda t: write_output(out, t.encode("utf-8"), args.force)
        )
        ctx.emit(
            {"session_id": draft.session.id, "format": args.format, "output": str(out)},
            f"Wrote the note draft to {out}",
        )
        return 0
    if ctx.json:
        ctx.emit(draft.doc)
        return 0
    if not draft.created:
        ctx.info(f"session {draft.session.id}: the stored draft (--rebuild drafts it again)")
    text = note_drafts.rendered(draft, args.format)
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
