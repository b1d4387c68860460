"""resemblyzer's voice encoder in numpy: 40 mel bands -> 3-layer LSTM (256) -> linear -> ReLU -> L2.

The weights are resemblyzer 0.1.4's `pretrained.pt` (Apache-2.0), shipped inside localnotes under
`data/voice/` and pinned by SHA-256 in the model registry (`models/registry.json`, key `voice`); the
file is hashed before it is parsed, so a changed byte is an integrity error (exit 5) and the pickle
reader never sees it. A partial utterance of 160 frames (1.6 s) gives one 256-dimensional vector of
unit length; an utterance's vector is the normalised mean of its partials', as in
`VoiceEncoder.embed_utterance`.

The LSTM runs in onnxruntime's fused LSTM kernel on one thread (`lstm_graph`: about half the CPU
of stepping it from numpy, with the same vectors to float32 rounding). The numpy recurrence is kept
(`_forward_numpy`) as the check of that graph: layer by layer, each layer's input projection one
matrix product over every frame, only the recurrent product stepped. One BLAS thread is used: these
small products run slower when split across threads that the transcription also wants.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from localnotes.errors import IntegrityError, NotFoundError
from localnotes.voice import features, lstm_graph
from localnotes.voice.torch_legacy import read_state_dict

Float32Array = features.Float32Array
EMBEDDING_SIZE = 256
_LAYERS = 3
_BATCH = 32  # partials per forward pass: a layer's gates take 32 x 160 x 1024 floats (21 MB)


@dataclass(frozen=True)
class EncoderPin:
    """Where the encoder's weights are and what they must hash to."""

    name: str
    path: Path
    sha256: str
    size: int
    source: str


def pinned_encoder() -> EncoderPin:
    """The registry's voice encoder entry, with its file's location inside the installed package."""
    text = resources.files("localnotes").joinpath("data/models.json").read_text(encoding="utf-8")
    entry = json.loads(text)["voice"][0]
    f = entry["files"][0]
    base = Path(str(resources.files("localnotes"))) / entry["dir"]
    src = entry["source"]
    return EncoderPin(
        name=entry["name"],
        path=base / f["path"],
        sha256=f["sha256"],
        size=int(f["size"]),
        source=f"{src['distribution']}=={src['version']}:{src['path']}",
    )


def verify(pin: EncoderPin) -> bytes:
    """The weights file's bytes, after checking its size and SHA-256 against the pin."""
    try:
        data = pin.path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError(
            f"voice encoder weights are missing ({pin.path}); reinstall localnotes"
        ) from None
    if len(data) != pin.size or hashlib.sha256(data).hexdigest() != pin.sha256:
        raise IntegrityError(
            f"voice encoder {pin.name}: {pin.path.name} does not match its pinned SHA-256"
        )
    return data


@contextlib.contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run numpy's matrix products on one thread for the duration."""
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # without it numpy keeps its own setting; slower, same results
        yield
        return
    with threadpool_limits(limits=1, user_api="blas"):
        yield


def _sigmoid(x: Float32Array) -> Float32Array:
    out: Float32Array = 0.5 * (np.tanh(0.5 * x) + 1.0)
    return out


class VoiceEncoder:
    """Embeds 16 kHz audio. Build it with `load_encoder()`, which verifies the weights."""

    def __init__(self, state: dict[str, np.ndarray[Any, Any]]) -> None:
        try:
            # torch orders the gates (i, f, g, o); (i, f, o, g) puts the sigmoid ones together
            ifog = np.r_[0:512, 768:1024, 512:768]
            self._w_ih = [
                np.ascontiguousarray(state[f"lstm.weight_ih_l{i}"][ifog].T) for i in range(3)
            ]
            self._w_hh = [
                np.ascontiguousarray(state[f"lstm.weight_hh_l{i}"][ifog].T) for i in range(3)
            ]
            self._b = [
                (state[f"lstm.bias_ih_l{i}"] + state[f"lstm.bias_hh_l{i}"])[ifog] for i in range(3)
            ]
            self._lin_w = np.ascontiguousarray(state["linear.weight"].T)
            self._lin_b = state["linear.bias"]
        except KeyError as e:
            raise IntegrityError(f"voice encoder weights lack {e.args[0]}") from None
        if self._w_ih[0].shape != (features.N_MELS, 4 * 256) or self._lin_w.shape != (256, 256):
            raise IntegrityError("voice encoder weights have unexpected shapes")
        self._lstm = lstm_graph.LstmSession(state, _LAYERS)

    def embed_partials(self, mels: Float32Array) -> Float32Array:
        """(n, 160, 40) mel partials -> (n, 256) unit vectors."""
        mels = np.asarray(mels, dtype=np.float32)
        return self.embed_many(list(mels))

    def embed_many(self, mels: list[Float32Array], limit_blas: bool = True) -> Float32Array:
        """Mel partials of any lengths ((frames, 40) each) -> (n, 256) unit vectors, the same as
        each embedded alone: a batch is padded at the end and each sequence's vector is taken at
        its own last frame, so differently long pieces share one forward pass. `limit_blas=False`
        when the caller already holds one_blas_thread() (its limit is process-wide: threads that
        each set and restored it would leave it wrong)."""
        out = np.empty((len(mels), EMBEDDING_SIZE), dtype=np.float32)
        order = sorted(range(len(mels)), key=lambda i: mels[i].shape[0])
        with one_blas_thread() if limit_blas else contextlib.nullcontext():
            for at in range(0, len(order), _BATCH):
                idx = order[at : at + _BATCH]
                lengths = np.array([mels[i].shape[0] for i in idx])
                x = np.zeros((len(idx), int(lengths.max()), features.N_MELS), dtype=np.float32)
                for row, i in enumerate(idx):
                    x[row, : lengths[row]] = mels[i]
                out[idx] = self._head(self._lstm.last_hidden(x, lengths))
        return out

    def _head(self, h: Float32Array) -> Float32Array:
        """The last hidden states -> linear -> ReLU -> unit vectors."""
        raw = np.maximum(h @ self._lin_w + self._lin_b, 0.0)
        norm = np.linalg.norm(raw, axis=1, keepdims=True)
        result: Float32Array = (raw / np.maximum(norm, 1e-12)).astype(np.float32)
        return result

    def _forward_numpy(
        self, x: Float32Array, lengths: np.ndarray[Any, Any] | None = None
    ) -> Float32Array:
        """The same network stepped in numpy, for (batch, time, 40) frames padded at the front
        (the state of a sequence stays zero until its first frame): the check of the graph
        onnxruntime runs. Time-major so each step reads contiguous rows; gates in (i, f, o, g)
        order so the three sigmoid gates are one call."""
        b, t, _ = x.shape
        first = np.zeros(b, dtype=np.int64) if lengths is None else t - np.asarray(lengths)
        ragged = bool(first.any())
        seq: Float32Array = np.ascontiguousarray(x.transpose(1, 0, 2))
        h = np.zeros((b, 256), dtype=np.float32)
        for layer in range(_LAYERS):
            gates_x = (seq.reshape(t * b, -1) @ self._w_ih[layer]).reshape(t, b, 4 * 256)
            gates_x += self._b[layer]
            w_hh = self._w_hh[layer]
            h = np.zeros((b, 256), dtype=np.float32)
            c = np.zeros((b, 256), dtype=np.float32)
            last = layer == _LAYERS - 1
            if not last:
                seq = np.zeros((t, b, 256), dtype=np.float32)
            for step in range(t):
                g = gates_x[step] + h @ w_hh
                ifo = _sigmoid(g[:, :768])
                c = ifo[:, 256:512] * c + ifo[:, :256] * np.tanh(g[:, 768:])
                h = ifo[:, 512:768] * np.tanh(c)
                if ragged:  # sequences that have not begun keep a zero state
                    waiting = (first > step)[:, None]
                    c = np.where(waiting, np.float32(0.0), c)
                    h = np.where(waiting, np.float32(0.0), h)
                if not last:
                    seq[step] = h
        return self._head(h)

    def embed_utterance(
        self, wav: Float32Array, rate: float = 1.3, min_coverage: float = 0.75
    ) -> Float32Array:
        """One vector for a (preprocessed) 16 kHz utterance, as resemblyzer's embed_utterance."""
        wav = np.asarray(wav, dtype=np.float32).reshape(-1)
        slices = features.partial_slices(len(wav), rate, min_coverage)
        stop = slices[-1].stop * features.HOP
        if stop >= len(wav):
            wav = np.pad(wav, (0, stop - len(wav)))
        mel = features.mel_frames(wav)
        partials = self.embed_partials(np.stack([mel[s] for s in slices]))
        mean = partials.mean(axis=0)
        result: Float32Array = (mean / np.linalg.norm(mean)).astype(np.float32)
        return result


_LOCK = threading.Lock()


_LOADED: dict[EncoderPin, VoiceEncoder] = {}


def load_encoder(pin: EncoderPin | None = None) -> VoiceEncoder:
    """The encoder, its weights verified against the pin before they are parsed (once per
    process and pin: a later change to the file is caught by the next process)."""
    pin = pin or pinned_encoder()
    with _LOCK:
        if pin not in _LOADED:
            _LOADED[pin] = VoiceEncoder(read_state_dict(verify(pin), pin.path.name))
        return _LOADED[pin]
