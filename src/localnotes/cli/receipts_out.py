"""Writing a receipt for the patient: JSON to verify, and a text and HTML page to read."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from localnotes.store.files import atomic_write


def write_receipt(path: str, receipt: dict[str, Any]) -> list[str]:
    """Write FILE (JSON) and, beside it, FILE's stem with .txt and .html. Returns the paths."""
    from localnotes.ledger.receipt_render import render_html, render_text

    p = Path(path)
    atomic_write(
        p,
        (json.dumps(receipt, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"),
    )
    base = p.with_suffix("") if p.suffix == ".json" else p
    txt, html = base.with_name(base.name + ".txt"), base.with_name(base.name + ".html")
    atomic_write(txt, render_text(receipt).encode("utf-8"))
    atomic_write(html, render_html(receipt).encode("utf-8"))
    return [str(p), str(txt), str(html)]
