"""Settings: loaded once, validated, with a clear precedence.

defaults (config/localnotes.toml's values, repeated here so an installed package needs no file)
< the config file (--config or LOCALNOTES_CONFIG) < LOCALNOTES_<SECTION>_<KEY> environment
< command-line flags. A bad value is a UsageError that names the key and what is allowed.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from localnotes.errors import NotFoundError, UsageError
from localnotes.types import ASR_DEVICES, REDACTION_MODES, RetentionPolicy, parse_duration

MIN_KDF_MEMORY_KIB = 65536


Validator = Callable[[str, object], object]


def _choice(*allowed: str) -> Validator:
    def check(key: str, value: object) -> object:
        if value not in allowed:
            raise UsageError(
                f"setting {key} = {value!r} is not allowed: use one of {', '.join(allowed)}"
            )
        return value

    return check


def _int_at_least(low: int) -> Validator:
    def check(key: str, value: object) -> object:
        try:
            if not isinstance(value, int | float | str):
                raise TypeError
            n = int(value)
        except (TypeError, ValueError):
            raise UsageError(f"setting {key} = {value!r} is not a whole number") from None
        if n < low:
            raise UsageError(f"setting {key} = {n} is too small: the least allowed is {low}")
        return n

    return check


def _duration(key: str, value: object) -> object:
    try:
        parse_duration(str(value))
    except UsageError:
        raise UsageError(
            f"setting {key} = {value!r} is not a duration like 0d, 30d, 12h or 7y"
        ) from None
    return str(value)


def _text(key: str, value: object) -> object:
    if not isinstance(value, str):
        raise UsageError(f"setting {key} = {value!r} must be text")
    return value


def _switch(key: str, value: object) -> object:
    if isinstance(value, bool):
        return value
    word = str(value).strip().lower()
    if word in ("true", "on", "yes", "1"):
        return True
    if word in ("false", "off", "no", "0"):
        return False
    raise UsageError(f"setting {key} = {value!r} must be true or false")


def _unit_float(key: str, value: object) -> object:
    try:
        if not isinstance(value, int | float | str):
            raise TypeError
        x = float(value)
    except (TypeError, ValueError):
        raise UsageError(f"setting {key} = {value!r} is not a number") from None
    if not 0.0 <= x <= 1.0:
        raise UsageError(f"setting {key} = {x} must lie between 0 and 1")
    return x


# (section, key) -> (default, validator)
SCHEMA: dict[tuple[str, str], tuple[object, Validator]] = {
    ("storage", "data_dir"): ("", _text),
    ("kdf", "memory_kib"): (262144, _int_at_least(MIN_KDF_MEMORY_KIB)),
    ("kdf", "iterations"): (3, _int_at_least(1)),
    ("kdf", "lanes"): (4, _int_at_least(1)),
    ("asr", "model"): ("auto", _text),
    ("asr", "device"): ("auto", _choice(*ASR_DEVICES)),
    ("asr", "compute_type"): (
        "auto",
        _choice("auto", "int8", "int8_float16", "int8_float32", "int16", "float16", "float32"),
    ),
    ("asr", "threads"): (0, _int_at_least(0)),
    ("asr", "beam_size"): (5, _int_at_least(1)),
    ("asr", "language"): ("en", _text),
    ("asr", "vocabulary_file"): ("", _text),
    ("asr", "check_drug_names"): (True, _switch),
    ("retention", "default_audio"): ("0d", _duration),
    ("retention", "default_transcript"): ("30d", _duration),
    ("retention", "default_redacted"): ("7y", _duration),
    ("retention", "max_audio"): ("90d", _duration),
    ("retention", "max_transcript"): ("1y", _duration),
    ("retention", "max_redacted"): ("10y", _duration),
    ("redaction", "mode"): ("placeholder", _choice(*REDACTION_MODES)),
    ("redaction", "threshold"): (0.35, _unit_float),
    ("redaction", "states"): ("keep", _choice("keep", "redact")),
    ("app", "idle_lock"): ("10m", _duration),
    ("clinic", "name"): ("", _text),
    ("clinic", "contact"): ("", _text),
}


@dataclass(frozen=True)
class AsrSettings:
    model: str
    device: str
    compute_type: str
    threads: int
    beam_size: int
    language: str
    vocabulary_file: str
    check_drug_names: bool


@dataclass(frozen=True)
class RedactionSettings:
    mode: str
    threshold: float
    states: str


@dataclass(frozen=True)
class Settings:
    """Validated settings, read through the typed sections (`settings.asr.model`) and properties;
    `get("section", "key")` is the raw value, for tests and messages."""

    values: Mapping[tuple[str, str], Any]
    source: str

    def get(self, section: str, key: str) -> object:
        value: object = self.values[(section, key)]
        return value

    def _str(self, section: str, key: str) -> str:
        return str(self.values[(section, key)])

    def _int(self, section: str, key: str) -> int:
        return int(self.values[(section, key)])

    @property
    def kdf(self) -> tuple[int, int, int]:
        """Argon2id memory (KiB), iterations and lanes for a new vault (store.vault.KdfSettings)."""
        return (
            self._int("kdf", "memory_kib"),
            self._int("kdf", "iterations"),
            self._int("kdf", "lanes"),
        )

    @property
    def asr(self) -> AsrSettings:
        return AsrSettings(
            model=self._str("asr", "model"),
            device=self._str("asr", "device"),
            compute_type=self._str("asr", "compute_type"),
            threads=self._int("asr", "threads"),
            beam_size=self._int("asr", "beam_size"),
            language=self._str("asr", "language"),
            vocabulary_file=self._str("asr", "vocabulary_file"),
            check_drug_names=bool(self.values[("asr", "check_drug_names")]),
        )

    @property
    def redaction(self) -> RedactionSettings:
        return RedactionSettings(
            mode=self._str("redaction", "mode"),
            threshold=float(self.values[("redaction", "threshold")]),
            states=self._str("redaction", "states"),
        )

    @property
    def idle_lock(self) -> str:
        """How long the web app waits before it locks (a duration like 10m)."""
        return self._str("app", "idle_lock")

    @property
    def data_dir(self) -> Path:
        raw = self._str("storage", "data_dir")
        if raw:
            return Path(raw).expanduser()
        from platformdirs import user_data_dir

        return Path(user_data_dir("localnotes", appauthor=False))

    @property
    def clinic_details(self) -> dict[str, str]:
        """Who the patient's receipts, certificates and history say they come from (the
        receipt's `details`: `controller` and `contact`); empty when the clinic set nothing."""
        out = {}
        if self._str("clinic", "name"):
            out["controller"] = self._str("clinic", "name")
        if self._str("clinic", "contact"):
            out["contact"] = self._str("clinic", "contact")
        return out

    @property
    def retention_defaults(self) -> RetentionPolicy:
        return RetentionPolicy(
            audio_s=parse_duration(self._str("retention", "default_audio")),
            transcript_s=parse_duration(self._str("retention", "default_transcript")),
            redacted_s=parse_duration(self._str("retention", "default_redacted")),
        )

    @property
    def retention_maximums(self) -> RetentionPolicy:
        return RetentionPolicy(
            audio_s=parse_duration(self._str("retention", "max_audio")),
            transcript_s=parse_duration(self._str("retention", "max_transcript")),
            redacted_s=parse_duration(self._str("retention", "max_redacted")),
        )


def load_settings(
    config_file: str | os.PathLike[str] | None = None,
    environ: Mapping[str, str] | None = None,
    overrides: Mapping[tuple[str, str], Any] | None = None,
) -> Settings:
    """Defaults < config file < LOCALNOTES_<SECTION>_<KEY> < overrides (flags)."""
    env = os.environ if environ is None else environ
    values: dict[tuple[str, str], Any] = {k: v[0] for k, v in SCHEMA.items()}
    source = "defaults"
    path = config_file or env.get("LOCALNOTES_CONFIG")
    if path:
        p = Path(path)
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise NotFoundError(f"config file {p} does not exist") from None
        except tomllib.TOMLDecodeError as e:
            raise UsageError(f"config file {p} is not valid TOML: {e}") from None
        for section, table in data.items():
            if not isinstance(table, dict):
                raise UsageError(f"config file {p}: [{section}] must be a table of settings")
            for key, value in table.items():
                if (section, key) not in SCHEMA:
                    raise UsageError(f"config file {p}: unknown setting {section}.{key}")
                values[(section, key)] = value
        source = str(p)
    for section, key in SCHEMA:
        name = f"LOCALNOTES_{section}_{key}".upper()
        if name in env:
            values[(section, key)] = env[name]
    if "LOCALNOTES_DATA_DIR" in env:
        values[("storage", "data_dir")] = env["LOCALNOTES_DATA_DIR"]
    for k, v in (overrides or {}).items():
        if v is not None:
            values[k] = v
    for (section, key), (_, check) in SCHEMA.items():
        values[(section, key)] = check(f"{section}.{key}", values[(section, key)])
    return Settings(values=values, source=source)
