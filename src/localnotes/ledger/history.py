"""A patient's consent and deletion history in plain language (`localnotes log`).

Takes ledger entries (dicts, oldest first) and writes one sentence per event, such as "On
27 November 2026 at 14:02 you gave consent to record the session's audio (kept for 30 days)".
Consent entries show the same verification code as the patient's receipt.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import tzinfo
from typing import Any

from localnotes.ledger import events as ev
from localnotes.ledger.receipt_render import page
from localnotes.ledger.wording import describe, entry_code, format_when, zone_name

TITLE = "Your consent and deletion history"
DEFAULT_CLINIC = "this clinic's computer"
_EMPTY = "Nothing has been recorded about you in this clinic's log."
_CODED = (ev.CONSENT_GRANTED, ev.CONSENT_WITHDRAWN, ev.DELETED)


def history_lines(entries: Sequence[dict[str, Any]], tz: tzinfo | None = None) -> list[str]:
    """One sentence per entry, oldest first."""
    lines = []
    for entry in entries:
        sentence = f"On {format_when(entry['time'], tz)} {describe(entry, tz)}"
        if entry.get("event") in _CODED:
            sentence += f" (Verification code {entry_code(entry)}.)"
        lines.append(sentence)
    return lines


def clinic_line(clinic: Mapping[str, str] | None) -> str:
    """'From: <clinic>. Contact: <contact>' from the `[clinic]` settings."""
    clinic = clinic or {}
    line = f"From: {clinic.get('controller') or DEFAULT_CLINIC}"
    return line + (f". Contact: {clinic['contact']}" if clinic.get("contact") else "")


def render_history_text(
    entries: Sequence[dict[str, Any]],
    tz: tzinfo | None = None,
    clinic: Mapping[str, str] | None = None,
) -> str:
    """The history as plain text."""
    lines = history_lines(entries, tz)
    out = [TITLE, "=" * len(TITLE), clinic_line(clinic), ""]
    if not lines:
        return "\n".join([*out, _EMPTY, ""])
    out.append(f"Times are shown in {zone_name(tz)}.")
    out.append("")
    for line in lines:
        out.append(f"- {line}")
    out.append("")
    return "\n".join(out)


_LINKED = (
    "Each receipt links to its own page, which checks itself when opened in any web browser, "
    "with nothing to install and nothing sent anywhere."
)


def render_history_html(
    entries: Sequence[dict[str, Any]],
    tz: tzinfo | None = None,
    clinic: Mapping[str, str] | None = None,
    receipts: Mapping[int, str] | None = None,
) -> str:
    """The history as one self-contained HTML page; `receipts` maps an entry's seq to the file
    name of its self-checking receipt page, written beside this one."""
    lines = history_lines(entries, tz)
    who = f"<p>{html.escape(clinic_line(clinic))}</p>\n"
    if not lines:
        return page(TITLE, f"{who}<p>{html.escape(_EMPTY)}</p>")
    receipts = receipts or {}
    items = []
    for entry, line in zip(entries, lines, strict=True):
        name = receipts.get(entry.get("seq", -1))
        link = f' <a href="{html.escape(name)}">Receipt: {html.escape(name)}</a>' if name else ""
        items.append(f"<li>{html.escape(line)}{link}</li>")
    body = f"{who}<p>Times are shown in {html.escape(zone_name(tz))}.</p>\n"
    if receipts:
        body += f"<p>{html.escape(_LINKED)}</p>\n"
    body += "<ul>\n" + "\n".join(items) + "\n</ul>"
    return page(TITLE, body)
