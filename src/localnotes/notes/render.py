"""The draft document written as Markdown, plain text, HTML or JSON. Pure functions.

Every format opens with the disclaimer that this is a draft and not an assessment, gives each
item the times of the transcript span it came from, so a reader can check it, and puts the risk
caution under every section that holds risk items.
"""

from __future__ import annotations

import html
import json
from collections.abc import Mapping
from typing import Any

from localnotes.notes.templates import EMPTY

FORMATS = ("md", "txt", "html", "json")


def _clock(seconds: float) -> str:
    s = max(0, int(seconds))
    return (
        f"{s // 60:02d}:{s % 60:02d}"
        if s < 3600
        else f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    )


def _where(item: Mapping[str, Any]) -> str:
    ev = item.get("evidence") or []
    if not ev:
        return ""
    return ", ".join(f"{_clock(e['start'])}-{_clock(e['end'])}" for e in ev[:3])


def _source_line(doc: Mapping[str, Any]) -> str:
    src = "the redacted transcript" if doc.get("source") == "redacted" else "the full transcript"
    who = (
        "the clinician's turns as labelled"
        if doc.get("speakers_known")
        else "no turn labelled clinician or client: interventions are taken from the whole text"
    )
    return f"Session {doc['session_id']}, from {src} ({who})."


def to_md(doc: Mapping[str, Any]) -> str:
    out = [f"# {doc['title']}", "", f"> **{doc['disclaimer']}**", "", _source_line(doc), ""]
    for sec in doc["sections"]:
        out += [f"## {sec['name']}", ""]
        if sec.get("caution"):
            out += [f"> {sec['caution']}", ""]
        if not sec["items"]:
            out += [f"_{EMPTY}_", ""]
            continue
        for item in sec["items"]:
            out.append(f"- {item['text']} _[{_where(item)}]_")
        out.append("")
    return "\n".join(out)


def to_txt(doc: Mapping[str, Any]) -> str:
    out = [doc["title"].upper(), "", doc["disclaimer"], "", _source_line(doc), ""]
    for sec in doc["sections"]:
        out += [sec["name"].upper()]
        if sec.get("caution"):
            out += [f"  ({sec['caution']})"]
        if not sec["items"]:
            out += [f"  {EMPTY}", ""]
            continue
        for item in sec["items"]:
            out.append(f"  - {item['text']} [{_where(item)}]")
        out.append("")
    return "\n".join(out)


def to_html(doc: Mapping[str, Any]) -> str:
    e = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{e(doc['title'])}</title>",
        "<style>body{font:16px/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;"
        "padding:0 1rem}.draft{border:2px solid #b45309;padding:.5rem 1rem;background:#fffbeb}"
        ".where{color:#555;font-size:.85em}.empty{color:#555;font-style:italic}"
        ".caution{border-left:3px solid #b45309;padding-left:.5rem}</style>",
        "</head><body>",
        f"<h1>{e(doc['title'])}</h1>",
        f'<p class="draft"><strong>{e(doc["disclaimer"])}</strong></p>',
        f"<p>{e(_source_line(doc))}</p>",
    ]
    for sec in doc["sections"]:
        parts.append(f"<h2>{e(sec['name'])}</h2>")
        if sec.get("caution"):
            parts.append(f'<p class="caution">{e(sec["caution"])}</p>')
        if not sec["items"]:
            parts.append(f'<p class="empty">{e(EMPTY)}</p>')
            continue
        parts.append("<ul>")
        for item in sec["items"]:
            parts.append(
                f'<li>{e(item["text"])} <span class="where">[{e(_where(item))}]</span></li>'
            )
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def to_json(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def render(doc: Mapping[str, Any], fmt: str) -> str:
    writers = {"md": to_md, "txt": to_txt, "html": to_html, "json": to_json}
    return writers[fmt](doc)
