"""The note draft screen, in process over a real vault: the draft beside the redacted transcript,
each item linked to the segments it quotes, edits saved with their evidence kept, and the same
ledger entries the CLI leaves."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from localnotes.config import load_settings
from localnotes.store.vault import Vault
from localnotes.types import Segment
from localnotes.web.app import create_app
from tests.conftest import PASSPHRASE
from tests.vault_fixtures import stored_session
from tests.web_fixtures import ledger_events as events
from tests.web_fixtures import post_form as post
from tests.web_fixtures import unlocked_client

PORT = 48231
BASE = f"http://127.0.0.1:{PORT}"
TOKEN = "n" * 43
TURNS = (
    "Good to see you again. Your PHQ-9 this morning was seventeen.",
    "Yeah, that sounds right. I've been feeling really low since the holidays.",
    "You're on sertraline, one hundred milligrams every morning.",
    "Sometimes at night I wish I could go to sleep and not wake up.",
    "Any thoughts of hurting anyone else?",
    "No, never.",
    "My brother left his rifle in our garage when he moved out.",
)


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault with one session whose transcript is the turns above (stored by the pipeline's
    own redact-and-seal step; no speech recognition needed for this screen)."""
    data_dir = tmp_path / "vault"
    segs = tuple(Segment(i * 5.0, i * 5.0 + 4.5, t) for i, t in enumerate(TURNS))
    sid = stored_session(data_dir, "P-400", segs)
    return data_dir, sid


@pytest.fixture
def c(vault: tuple[Path, str]) -> Iterator[TestClient]:
    data_dir = vault[0]
    settings = load_settings(None, overrides={("storage", "data_dir"): str(data_dir)})
    app = create_app(settings, data_dir, TOKEN, idle_lock_s=600, port=PORT)
    with unlocked_client(app, TOKEN, BASE) as client:
        yield client


def test_draft_beside_the_transcript_with_items_linked_to_their_spans(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    data_dir, sid = vault
    assert "Note draft" in c.get(f"/sessions/{sid}").text
    empty = c.get(f"/sessions/{sid}/note").text
    assert (
        "No draft yet" in empty and events(data_dir)[-1] != "note_drafted"
    )  # a GET drafts nothing
    r = post(c, f"/sessions/{sid}/note/draft", {"template": "birp"})
    assert r.status_code == 303 and events(data_dir)[-1] == "note_drafted"
    page = c.get(f"/sessions/{sid}/note").text
    assert "Session note (BIRP)" in page and "not an assessment" in page
    # every item links to a transcript segment shown beside it
    cites = set(re.findall(r'href="#seg-(\d+)"', page))
    assert cites and all(f'id="seg-{i}"' in page for i in cites)
    assert "sertraline" in page and "nothing found in the transcript" in page
    # the section holding risk items warns that an empty list is not "no risk"
    assert page.count('class="caution"') == 1 and "no risk was discussed" in page
    # words of risk no statement was read from are shown there to check, linked like any item
    assert "Not classified, read for suicidal ideation: “My brother left his rifle" in page


def test_edits_are_saved_and_evidence_stays(c: TestClient, vault: tuple[Path, str]) -> None:
    from localnotes import note_drafts

    data_dir, sid = vault
    post(c, f"/sessions/{sid}/note/draft", {"template": "soap"})
    page = c.get(f"/sessions/{sid}/note").text
    first = re.search(r'name="item-(\d+\.\d+)"', page)
    assert first
    r = post(c, f"/sessions/{sid}/note", {f"item-{first.group(1)}": "Reports low mood."})
    assert r.status_code == 303 and "Reports low mood." in c.get(r.headers["location"]).text
    assert events(data_dir)[-1] == "deleted"  # the replaced draft, shredded after note_edited
    assert "note_edited" in events(data_dir)
    v = Vault.open(data_dir, PASSPHRASE)
    try:
        have = note_drafts.load(v, sid)
        assert have is not None and have.doc["edited"]
        si, ii = (int(x) for x in first.group(1).split("."))
        item = have.doc["sections"][si]["items"][ii]
        assert item["text"] == "Reports low mood."
        assert any(item["evidence"][0]["quote"] in turn for turn in TURNS)
    finally:
        v.close()


def test_a_template_path_is_refused_from_the_browser(
    c: TestClient, vault: tuple[Path, str]
) -> None:
    data_dir, sid = vault
    before = events(data_dir)
    assert post(c, f"/sessions/{sid}/note/draft", {"template": "/etc/passwd"}).status_code == 400
    assert events(data_dir) == before


def test_an_item_quoting_a_sentence_cut_between_segments_links_both() -> None:
    from localnotes.notes import draft, templates
    from localnotes.web.pages_notes import _cited

    segs = [
        Segment(0.0, 4.0, "Before we start, how was the week?"),
        Segment(5.0, 9.0, " some nights I think it would be easier to just"),
        Segment(9.0, 11.0, " not be here anymore."),
    ]
    doc = draft.build(segs, templates.load("soap"), "s", "redacted")
    linked = [i["segments"] for sec in _cited(doc, segs) for i in sec["items"]]
    assert [1, 2] in linked and all(linked)
