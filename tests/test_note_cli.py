"""`localnotes note` as a clinician meets it, on the bundled demo recording transcribed for real:
the draft in every format, stored encrypted as the session's `note` artifact with its own
retention, exported through a file that is never overwritten without --force, drafted from the
full transcript only with a logged access, edited, and shredded with the session."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from localnotes.notes.templates import RISK_CAUTION
from localnotes.store.vault import Vault
from tests.conftest import DEMO_AUDIO, PASSPHRASE, Cli, grant, initialized_in


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Cli, str]]:
    cli = initialized_in(tmp_path_factory.mktemp("note-cli"))
    grant(cli, "P-300", "--retain-note", "90d")
    sid = cli.json("transcribe", "P-300", str(DEMO_AUDIO))["session_id"]
    yield cli, sid


def words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def events(cli: Cli) -> list[dict[str, Any]]:
    return list(cli.json("log", "P-300")["entries"])


def test_note_json_follows_the_contract_and_every_quote_is_in_the_transcript(
    demo: tuple[Cli, str],
) -> None:
    cli, sid = demo
    doc = cli.json("note", sid)
    assert doc["session_id"] == sid and doc["template"] == "SOAP"
    assert [s["name"] for s in doc["sections"]] == ["Subjective", "Objective", "Assessment", "Plan"]
    # tiny.en hears "serter line"; the draft still knows the drug, and the dose as a number
    assert any(m["name"] == "sertraline" and m["dose"] == 50 for m in doc["medications"])
    shown = words(cli("show", sid, check=True).stdout)
    quotes = [
        e["quote"]
        for item in doc["medications"]
        + doc["measures"]
        + doc["risk"]
        + [i for s in doc["sections"] for i in s["items"]]
        for e in item["evidence"]
    ]
    assert quotes and all(words(q) in shown for q in quotes)
    assert doc["source"] == "redacted"


def test_markdown_says_it_is_a_draft_and_empty_sections_say_so(demo: tuple[Cli, str]) -> None:
    cli, sid = demo
    md = cli("note", sid, "--format", "md", check=True).stdout
    assert md.startswith("# Session note (SOAP)")
    assert "DRAFT, not an assessment" in md
    assert "nothing found in the transcript" in md  # the demo has no risk statement
    for fmt, marker in (("txt", "SESSION NOTE (SOAP)"), ("html", "<!doctype html>")):
        assert marker in cli("note", sid, "--format", fmt, check=True).stdout


def test_an_empty_risk_section_never_reads_as_no_risk(demo: tuple[Cli, str]) -> None:
    """The demo says nothing about risk: the section that holds risk items says that the draft
    misses risk said in ways it does not know, in every format, and only that section does."""
    cli, sid = demo
    doc = cli.json("note", sid)
    cautioned = [s["name"] for s in doc["sections"] if s.get("caution") == RISK_CAUTION]
    assert cautioned == ["Assessment"] and doc["risk"] == []
    birp = cli.json("note", sid, "--template", "birp")
    assert [s["name"] for s in birp["sections"] if s.get("caution")] == ["Behavior"]
    for fmt in ("md", "txt", "html"):
        out = " ".join(cli("note", sid, "--format", fmt, check=True).stdout.split())
        assert out.count("does not mean that no risk was discussed") == 1


def test_templates_built_in_and_the_clinicians_own(demo: tuple[Cli, str], tmp_path: Path) -> None:
    cli, sid = demo
    dap = cli.json("note", sid, "--template", "dap")
    assert [s["name"] for s in dap["sections"]] == ["Data", "Assessment", "Plan"]
    own = tmp_path / "mine.toml"
    own.write_text(
        'name = "Mine"\n[[sections]]\nname = "Medications"\nitems = ["medication"]\n'
        '[[sections]]\nname = "Risk"\nitems = ["risk"]\n'
    )
    mine = cli.json("note", sid, "--template", str(own))
    assert mine["template"] == "Mine"
    assert mine["sections"][0]["items"] and "sertraline" in mine["sections"][0]["items"][0]["text"]
    assert mine["sections"][1] == {
        "name": "Risk",
        "items": [],
        "note": "nothing found in the transcript",
        "caution": RISK_CAUTION,  # a clinician's own risk section is cautioned too
    }
    own.write_text('[[sections]]\nname = "X"\nitems = ["horoscope"]\n')
    r = cli("note", sid, "--template", str(own))
    assert r.returncode == 2 and "horoscope" in r.stderr and "Traceback" not in r.stderr
    r = cli("note", sid, "--template", str(tmp_path / "nope.toml"))
    assert r.returncode == 6 and r.stderr.count("\n") == 1


def test_stored_encrypted_with_its_own_retention(demo: tuple[Cli, str]) -> None:
    cli, sid = demo
    cli.json("note", sid, "--rebuild")
    (row,) = [s for s in cli.json("sessions")["sessions"] if s["session_id"] == sid]
    assert "note" in row["stored"]
    quote = cli.json("note", sid)["medications"][0]["evidence"][0]["quote"].encode()
    for f in cli.data_dir.rglob("*"):
        if f.is_file():
            assert quote not in f.read_bytes(), f
    v = Vault.open(cli.data_dir, PASSPHRASE)
    try:
        (art,) = [a for a in v.session_artifacts(sid) if a.kind == "note"]
        assert art.expires_at is not None
        days = (art.expires_at - art.created_at) / 86400
        assert 89.9 < days < 90.1  # --retain-note 90d, not the redacted transcript's 7 years
    finally:
        v.close()
    kinds = [e["event"] for e in events(cli)]
    assert "note_drafted" in kinds
    replaced = [e for e in events(cli) if e["event"] == "deleted" and e["reason"] == "replaced"]
    assert replaced  # the earlier draft was shredded, not left behind


def test_output_file_is_never_overwritten_without_force(
    demo: tuple[Cli, str], tmp_path: Path
) -> None:
    cli, sid = demo
    out = tmp_path / "note.md"
    out.write_text("the clinician's own notes")
    r = cli("note", sid, "-o", str(out))
    assert r.returncode == 2 and "--force" in r.stderr and r.stderr.count("\n") == 1
    assert out.read_text() == "the clinician's own notes"
    cli("note", sid, "-o", str(out), "--force", check=True)
    assert "DRAFT, not an assessment" in out.read_text()
    exported = [e for e in events(cli) if e["event"] == "exported"]
    assert exported[-1]["format"] == "note-md"
    assert (
        "the draft session note was exported as a formatted document" in cli("log", "P-300").stdout
    )


def test_unredacted_draft_is_logged_and_never_shown_unlogged(demo: tuple[Cli, str]) -> None:
    cli, sid = demo
    before = sum(e["event"] == "transcript_viewed_unredacted" for e in events(cli))
    doc = cli.json("note", sid, "--unredacted")
    assert doc["source"] == "unredacted"
    after = sum(e["event"] == "transcript_viewed_unredacted" for e in events(cli))
    assert after == before + 1
    # a plain `note` afterwards drafts again from the redacted transcript
    assert cli.json("note", sid)["source"] == "redacted"


def test_edits_are_saved_and_keep_their_evidence(demo: tuple[Cli, str]) -> None:
    from localnotes import note_drafts

    cli, sid = demo
    cli.json("note", sid, "--rebuild")
    v = Vault.open(cli.data_dir, PASSPHRASE)
    try:
        have = note_drafts.load(v, sid)
        assert have is not None
        sec = next(i for i, s in enumerate(have.doc["sections"]) if s["items"])
        evidence = have.doc["sections"][sec]["items"][0]["evidence"]
        note_drafts.save_edits(v, sid, {f"{sec}.0": "Client reports sertraline 50 mg."})
    finally:
        v.close()
    doc = cli.json("note", sid)
    item = doc["sections"][sec]["items"][0]
    assert doc["edited"] and item["text"] == "Client reports sertraline 50 mg."
    assert item["evidence"] == evidence
    assert "note_edited" in [e["event"] for e in events(cli)]


def test_zero_day_note_retention_is_enforced(cli: Cli) -> None:
    cli("init", check=True)
    grant(cli, "P-301", "--retain-note", "0d")
    sid = cli.json("transcribe", "P-301", str(DEMO_AUDIO))["session_id"]
    cli.json("note", sid)
    (row,) = cli.json("sessions")["sessions"]  # the next command enforces retention first
    assert "note" not in row["stored"] and "redacted" in row["stored"]


def test_note_is_shredded_with_the_session(demo: tuple[Cli, str]) -> None:
    cli, sid = demo
    cli.json("note", sid)
    cli("delete", sid, "--yes", check=True)
    r = cli("note", sid)
    assert r.returncode == 6
    deleted = [e for e in events(cli) if e["event"] == "deleted" and e["reason"] != "replaced"]
    assert "note" in json.dumps(deleted[-1]["artifacts"])
