"""The voice encoder's 3-layer LSTM as an ONNX graph, run by onnxruntime's fused LSTM kernel.

onnxruntime is already installed with faster-whisper (its Silero VAD runs on it). Its LSTM
operator steps the recurrence in C++ with the gates fused, about twice as fast on one thread as
the same recurrence stepped from numpy (`VoiceEncoder._forward_numpy`), with the same results to
float32 rounding (tests/test_voice_encoder.py compares the two).

The graph is written here as ONNX protobuf bytes from the weights already verified against their
pin (no `onnx` package: the few messages needed are encoded below), and kept in memory only. ONNX
orders an LSTM's gates (i, o, f, c); torch's are (i, f, g, o). Sequences are padded at the end and
`sequence_lens` gives each one's length, so a short piece's vector is its last real frame's.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from localnotes import offline

HIDDEN = 256
_FLOAT, _INT64, _INT32 = 1, 7, 6  # TensorProto.DataType
_ATTR_INT = 2  # AttributeProto.AttributeType.INT


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)


def _field(number: int, payload: bytes) -> bytes:
    """A length-delimited field (wire type 2)."""
    return _varint(number << 3 | 2) + _varint(len(payload)) + payload


def _int(number: int, value: int) -> bytes:
    """A varint field (wire type 0)."""
    return _varint(number << 3) + _varint(value)


def _text(number: int, value: str) -> bytes:
    return _field(number, value.encode())


def _tensor(name: str, array: np.ndarray[Any, Any]) -> bytes:
    kind = {np.dtype(np.float32): _FLOAT, np.dtype(np.int64): _INT64}[array.dtype]
    dims = b"".join(_int(1, d) for d in array.shape)
    raw = np.ascontiguousarray(array).astype(array.dtype.newbyteorder("<")).tobytes()
    return dims + _int(2, kind) + _text(8, name) + _field(9, raw)


def _value_info(name: str, elem: int, dims: list[int | str]) -> bytes:
    shape = b"".join(_field(1, _int(1, d) if isinstance(d, int) else _text(2, d)) for d in dims)
    tensor_type = _int(1, elem) + _field(2, shape)
    return _text(1, name) + _field(2, _field(1, tensor_type))


def _node(op: str, inputs: list[str], outputs: list[str], **ints: int) -> bytes:
    attrs = b"".join(
        _field(5, _text(1, k) + _int(3, v) + _int(20, _ATTR_INT)) for k, v in ints.items()
    )
    return (
        b"".join(_text(1, i) for i in inputs)
        + b"".join(_text(2, o) for o in outputs)
        + _text(4, op)
        + attrs
    )


def _onnx_gates(w: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """torch's (i, f, g, o) blocks in ONNX's order (i, o, f, c)."""
    i, f, g, o = np.split(np.asarray(w, dtype=np.float32), 4, axis=0)
    return np.concatenate([i, o, f, g], axis=0)


def model_bytes(state: dict[str, np.ndarray[Any, Any]], layers: int) -> bytes:
    """An ONNX model: x (time, batch, 40) float32 and lengths (batch,) int32 -> the last layer's
    final hidden state (1, batch, 256)."""
    nodes: list[bytes] = []
    inits: list[bytes] = [_tensor("axis1", np.array([1], dtype=np.int64))]
    prev = "x"
    n_in = int(state["lstm.weight_ih_l0"].shape[1])
    for layer in range(layers):
        w = _onnx_gates(state[f"lstm.weight_ih_l{layer}"])[None]
        r = _onnx_gates(state[f"lstm.weight_hh_l{layer}"])[None]
        b = np.concatenate(
            [
                _onnx_gates(state[f"lstm.bias_ih_l{layer}"]),
                _onnx_gates(state[f"lstm.bias_hh_l{layer}"]),
            ]
        )[None]
        inits += [_tensor(f"W{layer}", w), _tensor(f"R{layer}", r), _tensor(f"B{layer}", b)]
        ins = [prev, f"W{layer}", f"R{layer}", f"B{layer}", "lengths"]
        nodes.append(_node("LSTM", ins, [f"Y{layer}", f"H{layer}"], hidden_size=HIDDEN))
        if layer < layers - 1:  # Y is (time, directions=1, batch, hidden)
            nodes.append(_node("Squeeze", [f"Y{layer}", "axis1"], [f"S{layer}"]))
            prev = f"S{layer}"
    graph = (
        b"".join(_field(1, n) for n in nodes)
        + _text(2, "voice_encoder_lstm")
        + b"".join(_field(5, t) for t in inits)
        + _field(11, _value_info("x", _FLOAT, ["time", "batch", n_in]))
        + _field(11, _value_info("lengths", _INT32, ["batch"]))
        + _field(12, _value_info(f"H{layers - 1}", _FLOAT, [1, "batch", HIDDEN]))
    )
    opset = _text(1, "") + _int(2, 17)
    return _int(1, 8) + _text(2, "localnotes") + _field(7, graph) + _field(8, opset)


class LstmSession:
    """onnxruntime running the graph on one thread (the transcription wants the other cores)."""

    def __init__(self, state: dict[str, np.ndarray[Any, Any]], layers: int) -> None:
        offline.apply_environment()  # onnxruntime reads its telemetry switch when imported
        import onnxruntime

        opts = onnxruntime.SessionOptions()
        opts.intra_op_num_threads = 1
        opts.inter_op_num_threads = 1
        opts.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        opts.log_severity_level = 3
        self._session = onnxruntime.InferenceSession(
            model_bytes(state, layers), opts, providers=["CPUExecutionProvider"]
        )
        self._out = f"H{layers - 1}"

    def last_hidden(self, x: np.ndarray[Any, Any], lengths: np.ndarray[Any, Any]) -> Any:
        """(batch, time, 40) frames padded at the end, and each sequence's length -> (batch, 256):
        each sequence's hidden state at its last frame."""
        seq = np.ascontiguousarray(np.asarray(x, dtype=np.float32).transpose(1, 0, 2))
        feed = {"x": seq, "lengths": np.asarray(lengths, dtype=np.int32)}
        (h,) = self._session.run([self._out], feed)
        return np.asarray(h, dtype=np.float32)[0]
