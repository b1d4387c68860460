"""Receipts in words: the plain-language sections a patient reads, and the plain-text receipt.

Everything shown is taken from the signed entry (what was agreed or deleted, and when) and from
the receipt's own signed fields (the clinic's details, the verification code, the key). The
self-checking HTML page is `receipt_page`; `page` here is the script-free page of the history.
"""

from __future__ import annotations

import html
from datetime import tzinfo
from typing import Any

from localnotes.ledger import events as ev
from localnotes.ledger.log import parse_entry
from localnotes.ledger.wording import (
    REASON_PHRASES,
    artifact_phrases,
    consent_clauses,
    format_when,
    join_words,
    zone_name,
)

_WITHDRAW = (
    "You can withdraw your consent at any time, without giving a reason: tell your clinician. "
    "Any recording in progress stops at once, everything this consent covered is deleted, and "
    "you receive a deletion certificate."
)
_LOCAL = "Nothing is uploaded: the recording and transcript never leave the clinician's computer."
_DELETED_HOW = (
    "Everything was stored encrypted. The keys that unlock it were destroyed and overwritten on "
    "this computer's disk, so it cannot be read on this computer again. A copy of the clinic's "
    "data made before the deletion (a backup) still holds those keys and is not covered, and some "
    "disks (SSDs) keep old copies of blocks that no program can overwrite: an encrypted disk "
    "protects against both."
)


def _sections(receipt: dict[str, Any], tz: tzinfo | None) -> tuple[str, list[tuple[str, str]]]:
    """The title and (heading, paragraph) pairs both renderings show."""
    entry = parse_entry(receipt["event"].encode())
    details = receipt.get("details", {})
    clinic = str(details.get("controller", "this clinic's computer"))
    when = f"{format_when(entry['time'], tz)} ({zone_name(tz)})"
    name = entry["event"]
    out: list[tuple[str, str]] = [("From", clinic)]
    if details.get("contact"):
        out.append(("Contact", str(details["contact"])))
    if name == ev.CONSENT_GRANTED:
        title = "Consent receipt"
        agreed = join_words(consent_clauses(entry))
        out.append(("What you agreed to", f"You agreed that the clinician may {agreed}."))
        out.append(("When", when))
        if "expires" in entry:
            until = f"Until {format_when(entry['expires'], tz)}, unless you withdraw it sooner."
        else:
            until = "Until you withdraw it. It has no end date."
        out.append(("For how long", until))
        if "method" in entry:
            how = "out loud" if entry["method"] == "verbal" else "in writing"
            witness = ", with a witness present" if entry.get("witnessed") else ""
            out.append(("How you gave it", f"You gave consent {how}{witness}."))
        out.append(("How to withdraw", _WITHDRAW))
        out.append(("Where your data is", _LOCAL))
    elif name == ev.CONSENT_WITHDRAWN:
        title = "Receipt for withdrawing consent"
        out.append(
            (
                "What happened",
                "You withdrew your consent. Recording has stopped and "
                "everything your consent covered is being deleted.",
            )
        )
        out.append(("When", when))
    else:
        title = "Deletion certificate"
        what = artifact_phrases(entry, tz)
        listed = "; ".join(what) if what else "stored data about your session"
        out.append(("What was deleted", listed[0].upper() + listed[1:] + "."))
        reason = REASON_PHRASES.get(str(entry.get("reason")), "")
        if reason:
            out.append(("Why", f"It was deleted because {reason}."))
        out.append(("When", when))
        out.append(("How", _DELETED_HOW))
    out.append(("Verification code", str(receipt["verification_code"])))
    return title, out


def facts(receipt: dict[str, Any], tz: tzinfo | None = None) -> tuple[str, list[tuple[str, str]]]:
    """The title and the (heading, paragraph) pairs of what the receipt records: the wording
    `make_receipt` signs, so the page can show the patient that its words are the clinic's."""
    return _sections(receipt, tz)


def json_name_for(html_name: str) -> str:
    """The JSON file written beside a receipt's page (see cli/receipts_out.py)."""
    stem = html_name[: -len(".html")] if html_name.endswith(".html") else html_name
    return stem + ".json"


def how_to_check(
    receipt: dict[str, Any], html_name: str = "receipt.html", json_name: str | None = None
) -> str:
    """How the patient checks the receipt, naming the files they were given."""
    key = receipt["public_key"]
    json_name = json_name or json_name_for(html_name)
    return (
        f"Open {html_name} in any web browser: the page checks the clinic's signatures itself, "
        "with nothing to install and nothing sent anywhere. Then compare the clinic's key "
        f"fingerprint, {key['fingerprint']}, with the one the clinic shows at its front desk, on "
        "its website, or on your first receipt: if they are the same, the receipt is from that "
        f"clinic. This receipt is entry {receipt['index']} of the clinic's signed log. Anyone "
        "with localnotes installed can also check it, without the clinic's computer, by "
        f"running: localnotes verify {json_name} --offline --public-key "
        f"{key['vkey']}"
    )


def render_text(
    receipt: dict[str, Any],
    tz: tzinfo | None = None,
    html_name: str = "receipt.html",
    json_name: str | None = None,
) -> str:
    """The receipt as plain text, for printing or the terminal."""
    title, sections = _sections(receipt, tz)
    how = how_to_check(receipt, html_name, json_name)
    sections = [*sections, ("How to check this receipt", how)]
    lines = [title, "=" * len(title), ""]
    for heading, body in sections:
        lines.append(f"{heading}:")
        lines.append(f"  {body}")
        lines.append("")
    return "\n".join(lines)


def base_css(max_width_em: int) -> str:
    """The look the patient's pages share: the history page and the receipt page."""
    return f"""
body {{ font-family: Georgia, 'Times New Roman', serif; max-width: {max_width_em}em;
       margin: 2em auto; padding: 0 1em; color: #1a1a1a; line-height: 1.5; }}
h1 {{ font-size: 1.6em; border-bottom: 2px solid #444; padding-bottom: .2em; }}
h2 {{ font-size: 1.05em; margin: 1.2em 0 .2em; color: #333; }}
p {{ margin: 0 0 .6em; }}
code {{ font-family: 'Courier New', monospace; font-size: .9em; background: #f2f2f2;
       padding: .1em .3em; word-break: break-all; }}
"""


_CSS = (
    base_css(40)
    + """.code { font-family: 'Courier New', monospace; font-size: 1.4em; letter-spacing: .05em; }
@media print { body { margin: 0; } }
"""
)


def page(title: str, body_html: str, css: str = _CSS, head: str = "") -> str:
    """A whole HTML document around already-escaped body HTML: the history page (no script) and,
    with its own `css` and `head` lines (its policy), the receipt page."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"{head}"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(title)}</h1>\n{body_html}\n</body>\n</html>\n"
    )
