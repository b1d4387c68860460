"""Writing a receipt for the patient: JSON to verify, a text to read, and an HTML page that
checks itself in any browser."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from localnotes.output_files import check_outputs, write_output

FORCE_HELP = "replace the output file(s) if they exist"


def receipt_paths(path: str) -> list[Path]:
    """FILE (JSON) and, beside it, FILE's stem with .txt and .html."""
    p = Path(path)
    base = p.with_suffix("") if p.suffix == ".json" else p
    return [p, base.with_name(base.name + ".txt"), base.with_name(base.name + ".html")]


def check_receipt_paths(path: str | None, force: bool) -> None:
    """Before anything is done: refuse a receipt that could not be written afterwards."""
    if path:
        check_outputs(receipt_paths(path), force)


def write_receipt(path: str, receipt: dict[str, Any], force: bool = False) -> list[str]:
    """Write the three files of a receipt. Returns their paths."""
    from localnotes.ledger.receipt_page import render_html
    from localnotes.ledger.receipt_render import render_text

    paths = receipt_paths(path)
    check_outputs(paths, force)
    body = json.dumps(receipt, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    names = (paths[2].name, paths[0].name)  # the page names the files the patient has
    write_output(paths[0], body.encode("utf-8"), force)
    write_output(paths[1], render_text(receipt, None, *names).encode("utf-8"), force)
    write_output(paths[2], render_html(receipt, None, *names).encode("utf-8"), force)
    return [str(p) for p in paths]
