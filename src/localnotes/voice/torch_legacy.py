"""Read float32 tensors from a PyTorch checkpoint in the legacy (pre-1.6) format, without torch.

The legacy format is a run of pickles in one file: a magic number, the protocol version, a dict
about the writing machine, then the checkpoint object itself, whose tensors are pickled as
`torch._utils._rebuild_tensor_v2(storage, offset, size, stride, ...)` with each storage a
*persistent id* `("storage", torch.FloatStorage, key, location, numel, view)`. After that object
comes a pickled list of storage keys, and for each key in that order the storage's bytes: an 8-byte
little-endian element count, then the elements (little-endian, as the header says).

Pickle runs code by design, so the unpickler here resolves only the few names a state dict needs
(`collections.OrderedDict`, the tensor rebuild function, float storage types) to inert stand-ins;
anything else is an integrity error. No tensor data is interpreted until the layout is checked.
"""

from __future__ import annotations

import collections
import io
import pickle
import struct
from dataclasses import dataclass
from typing import Any, BinaryIO

import numpy as np

from localnotes.errors import IntegrityError

MAGIC = 0x1950A86A20F9469CFC6C
PROTOCOL_VERSION = 1001
_DTYPES = {"FloatStorage": "<f4", "DoubleStorage": "<f8", "LongStorage": "<i8", "IntStorage": "<i4"}


@dataclass(frozen=True)
class _Storage:
    key: str
    dtype: str
    numel: int


@dataclass(frozen=True)
class _TensorRef:
    storage: _Storage
    offset: int
    size: tuple[int, ...]
    stride: tuple[int, ...]


@dataclass(frozen=True)
class _StorageType:
    name: str


def _rebuild_tensor(storage: _Storage, offset: int, size: Any, stride: Any, *_: Any) -> _TensorRef:
    if not isinstance(storage, _Storage):
        raise IntegrityError("checkpoint: a tensor without a storage")
    return _TensorRef(
        storage, int(offset), tuple(int(x) for x in size), tuple(int(x) for x in stride)
    )


class _Unpickler(pickle.Unpickler):
    """Resolves only what a legacy state dict uses; everything else is refused."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) == ("collections", "OrderedDict"):
            return collections.OrderedDict
        if (module, name) == ("torch._utils", "_rebuild_tensor_v2"):
            return _rebuild_tensor
        if module == "torch" and name in _DTYPES:
            return _StorageType(name)
        raise IntegrityError(f"checkpoint: refusing to load {module}.{name}")

    def persistent_load(self, pid: Any) -> Any:
        if not (isinstance(pid, tuple) and len(pid) >= 5 and pid[0] == "storage"):
            raise IntegrityError("checkpoint: unexpected persistent id")
        kind, key, numel = pid[1], pid[2], pid[4]
        if not isinstance(kind, _StorageType) or not isinstance(key, str):
            raise IntegrityError("checkpoint: unexpected storage description")
        return _Storage(key, _DTYPES[kind.name], int(numel))


class _KeysUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        raise IntegrityError(f"checkpoint: refusing to load {module}.{name}")


def _load(f: BinaryIO, keys_only: bool = False) -> Any:
    try:
        if keys_only:
            return _KeysUnpickler(f).load()
        return _Unpickler(f).load()
    except IntegrityError:
        raise
    except Exception as e:  # a malformed pickle can raise nearly anything
        raise IntegrityError(f"checkpoint: not a readable legacy PyTorch file ({e})") from None


def _walk(obj: Any, prefix: str, out: dict[str, _TensorRef]) -> None:
    if isinstance(obj, _TensorRef):
        out[prefix] = obj
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _walk(v, f"{prefix}.{k}" if prefix else str(k), out)
    elif isinstance(obj, list | tuple):
        for i, v in enumerate(obj):
            _walk(v, f"{prefix}.{i}" if prefix else str(i), out)


def read_state_dict(
    data: bytes, name: str = "checkpoint", entry: str = "model_state"
) -> dict[str, np.ndarray[Any, Any]]:
    """The tensors under `entry` of the checkpoint in `data`, as float32 numpy arrays (copies).
    `name` is what error messages call the file."""
    f = io.BytesIO(data)
    if _load(f, keys_only=True) != MAGIC:
        raise IntegrityError(f"{name} is not a legacy PyTorch checkpoint")
    if _load(f, keys_only=True) != PROTOCOL_VERSION:
        raise IntegrityError(f"{name}: unsupported checkpoint protocol")
    sys_info = _load(f, keys_only=True)
    if not isinstance(sys_info, dict) or not sys_info.get("little_endian", False):
        raise IntegrityError(f"{name}: only little-endian checkpoints are supported")
    root = _load(f)
    keys = _load(f, keys_only=True)
    if not isinstance(root, dict) or entry not in root:
        raise IntegrityError(f"{name} has no {entry!r}")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise IntegrityError(f"{name}: bad storage key list")
    tensors: dict[str, _TensorRef] = {}
    _walk(root[entry], "", tensors)
    every: dict[str, _TensorRef] = {}
    _walk(root, "", every)  # the element size of every storage, used or not
    dtypes = {t.storage.key: t.storage.dtype for t in every.values()}
    used = {t.storage.key for t in tensors.values()}
    storages: dict[str, np.ndarray[Any, Any]] = {}
    at = f.tell()
    for key in keys:
        if at + 8 > len(data):
            raise IntegrityError(f"{name} is truncated")
        (numel,) = struct.unpack_from("<q", data, at)
        if key not in dtypes:
            raise IntegrityError(f"{name}: storage {key} is not described")
        itemsize = np.dtype(dtypes[key]).itemsize
        end = at + 8 + numel * itemsize
        if numel < 0 or end > len(data):
            raise IntegrityError(f"{name} is truncated")
        if key in used:
            storages[key] = np.frombuffer(data, dtype=dtypes[key], count=numel, offset=at + 8)
        at = end
    out: dict[str, np.ndarray[Any, Any]] = {}
    for name, t in tensors.items():
        if t.storage.key not in storages:
            raise IntegrityError(f"{name}: tensor {name} has no data")
        base = storages[t.storage.key]
        need = t.offset + sum((n - 1) * s for n, s in zip(t.size, t.stride, strict=True)) + 1
        if t.offset < 0 or need > base.shape[0] or any(s < 0 for s in t.stride):
            raise IntegrityError(f"{name}: tensor {name} lies outside its storage")
        strides = tuple(s * base.itemsize for s in t.stride)
        view = np.lib.stride_tricks.as_strided(base[t.offset :], t.size, strides, writeable=False)
        out[name] = np.array(view, dtype=np.float32)
    return out
