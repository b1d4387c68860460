"""The voice encoder without torch: the legacy checkpoint reader refuses anything but tensors, the
pinned weights are verified before they are parsed, and the numpy network gives resemblyzer's
vectors (golden file computed once with resemblyzer 0.1.4 and torch, see tests/golden)."""

from __future__ import annotations

import dataclasses
import importlib.util
import io
import json
import pickle
import shutil
import wave
from pathlib import Path

import numpy as np
import pytest

from localnotes.errors import IntegrityError
from localnotes.voice import features
from localnotes.voice.encoder import load_encoder, pinned_encoder, verify
from localnotes.voice.torch_legacy import MAGIC, PROTOCOL_VERSION, read_state_dict
from tests.conftest import REPO, Cli, grant, real_speech

GOLDEN = Path(__file__).parent / "golden" / "resemblyzer_phone_call.json"


def phone_call() -> np.ndarray:
    with wave.open(str(real_speech("phone_call_2spk.wav"))) as w:
        pcm = w.readframes(w.getnframes())
    return np.frombuffer(pcm, dtype="<i2").astype(np.float32) / 32768.0


def test_torch_is_not_installed() -> None:
    assert importlib.util.find_spec("torch") is None
    assert importlib.util.find_spec("resemblyzer") is None


def test_weights_are_pinned_in_the_registry_and_its_package_copy() -> None:
    pin = pinned_encoder()
    for registry in (REPO / "models" / "registry.json", REPO / "src/localnotes/data/models.json"):
        entry = json.loads(registry.read_text())["voice"][0]
        assert entry["files"][0]["sha256"] == pin.sha256
        assert entry["source"] == {
            "distribution": "resemblyzer",
            "version": "0.1.4",
            "path": "resemblyzer/pretrained.pt",
            "wheel": "Resemblyzer-0.1.4-py3-none-any.whl",
            "wheel_sha256": "8f12eb2f1a9982d32e8db7856de754709b59c93a77bcf0ff536584b619a9dd1f",
        }
    assert len(verify(pin)) == pin.size


@pytest.mark.parametrize("where", [0, 5000, 9_000_000, 17_090_378])
def test_a_flipped_byte_in_the_weights_is_an_integrity_error(tmp_path: Path, where: int) -> None:
    pin = pinned_encoder()
    data = bytearray(pin.path.read_bytes())
    data[where] ^= 0x01
    copy = tmp_path / "pretrained.pt"
    copy.write_bytes(bytes(data))
    with pytest.raises(IntegrityError) as e:
        load_encoder(dataclasses.replace(pin, path=copy))
    assert e.value.exit_code == 5


def _legacy(obj: object, tail: bytes = b"") -> bytes:
    out = io.BytesIO()
    for part in (MAGIC, PROTOCOL_VERSION, {"little_endian": True}):
        pickle.dump(part, out, protocol=2)
    out.write(pickle.dumps(obj, protocol=2))
    out.write(tail)
    return out.getvalue()


class _Evil:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        import os

        return (os.system, ("echo owned > /dev/null",))


def test_the_checkpoint_reader_refuses_code_in_the_pickle() -> None:
    with pytest.raises(IntegrityError, match="refusing to load"):
        read_state_dict(_legacy({"model_state": _Evil()}))


def test_the_checkpoint_reader_refuses_a_non_checkpoint_and_a_truncated_one() -> None:
    with pytest.raises(IntegrityError):
        read_state_dict(b"PK\x03\x04 a zip file, the new format")
    whole = pinned_encoder().path.read_bytes()
    with pytest.raises(IntegrityError, match="truncated"):
        read_state_dict(whole[: len(whole) - 1000])


def test_the_reader_gives_the_lstm_shapes() -> None:
    state = read_state_dict(pinned_encoder().path.read_bytes())
    assert state["lstm.weight_ih_l0"].shape == (1024, 40)
    assert state["lstm.weight_hh_l2"].shape == (1024, 256)
    assert state["linear.weight"].shape == (256, 256)
    assert all(v.dtype == np.float32 and np.isfinite(v).all() for v in state.values())


def test_mel_frames_match_librosa_on_real_speech() -> None:
    golden = json.loads(GOLDEN.read_text())
    wav = phone_call()[int(10.5 * 16000) : int(12.1 * 16000)]
    mine = features.mel_frames(wav)[:5]
    ref = np.array(golden["mel_10.5_12.1"], dtype=np.float32)
    assert np.allclose(mine, ref, rtol=1e-4, atol=1e-6)


def test_embeddings_match_resemblyzer_with_torch() -> None:
    golden = json.loads(GOLDEN.read_text())
    wav = phone_call()
    encoder = load_encoder()
    assert golden["cases"], "the golden file has no cases"
    for case in golden["cases"]:
        seg = features.normalize_volume(wav[int(case["start"] * 16000) : int(case["end"] * 16000)])
        mine = encoder.embed_utterance(seg)
        ref = np.array(case["embedding"], dtype=np.float32)
        assert float(mine @ ref) > 0.9999, case["start"]
        assert np.abs(mine - ref).max() < 1e-4


@pytest.mark.slow
def test_transcribe_with_a_flipped_weight_byte_exits_5_and_keeps_nothing(
    initialized: Cli, tmp_path: Path
) -> None:
    """The CLI, run from a copy of the package whose voice weights have one bit flipped: the
    pipeline stops with exit 5 and one line, and the session it began is not left behind."""
    pkg = tmp_path / "pkg"
    shutil.copytree(
        REPO / "src" / "localnotes",
        pkg / "localnotes",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shipped = pinned_encoder().path
    weights = pkg / "localnotes" / shipped.relative_to(shipped.parents[2])
    data = bytearray(weights.read_bytes())
    data[5000] ^= 0x01
    weights.write_bytes(bytes(data))
    env = {**initialized.env, "PYTHONPATH": str(pkg)}
    grant(initialized, "P-1")
    r = initialized("transcribe", "P-1", str(real_speech("jfk.flac")), env=env)
    assert r.returncode == 5, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "pinned SHA-256" in r.stderr
    listed = initialized.json("sessions", "P-1")
    assert all(s.get("state") != "transcribed" for s in listed["sessions"]), listed


def test_pieces_of_different_lengths_in_one_batch_match_each_embedded_alone() -> None:
    wav = phone_call()
    encoder = load_encoder()
    mels = [
        features.mel_frames(features.normalize_volume(wav[s : s + n]))
        for s, n in ((16000, 25600), (80000, 8000), (120000, 17777), (300000, 25600), (5, 1600))
    ]
    together = encoder.embed_many(mels)
    alone = np.stack([encoder.embed_partials(m[None])[0] for m in mels])
    assert np.abs(together - alone).max() < 1e-5
    assert len({m.shape[0] for m in mels}) == 4  # the batch really was ragged


def test_onnxruntime_lstm_gives_the_numpy_recurrences_vectors() -> None:
    """The graph lstm_graph writes (gates reordered, sequences padded at the end) and the numpy
    recurrence (padded at the front) are the same network: the same vectors, ragged batch too."""
    wav = phone_call()
    encoder = load_encoder()
    mels = [
        features.mel_frames(features.normalize_volume(wav[s : s + n]))
        for s, n in ((16000, 25600), (80000, 8000), (200000, 17777), (5, 1600))
    ]
    lengths = np.array([m.shape[0] for m in mels])
    front = np.zeros((len(mels), int(lengths.max()), features.N_MELS), dtype=np.float32)
    for row, m in enumerate(mels):
        front[row, front.shape[1] - len(m) :] = m
    reference = encoder._forward_numpy(front, lengths)
    assert np.abs(encoder.embed_many(mels) - reference).max() < 1e-5
    assert float(np.min(np.sum(reference * reference, axis=1))) > 0.99  # unit vectors, not zeros
