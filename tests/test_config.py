"""Settings: defaults < config file < LOCALNOTES_* environment < command-line flags, and a bad
value is a UsageError that names its key. Durations round-trip through parse/format."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from localnotes.config import load_settings
from localnotes.errors import NotFoundError, UsageError
from localnotes.types import _UNIT_SECONDS, MAX_DURATION_S, format_duration, parse_duration


def write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "localnotes.toml"
    p.write_text(text)
    return p


def test_defaults_without_file_or_environment() -> None:
    s = load_settings(None, environ={})
    assert (s.get("kdf", "memory_kib"), s.get("kdf", "iterations"), s.get("kdf", "lanes")) == (
        262144,
        3,
        4,
    )
    assert s.get("asr", "device") == "auto" and s.source == "defaults"


def test_file_beats_defaults_environment_beats_file_flags_beat_environment(tmp_path: Path) -> None:
    cfg = write(
        tmp_path,
        "[kdf]\nmemory_kib = 131072\niterations = 2\n"
        '[storage]\ndata_dir = "/from/file"\n[asr]\ndevice = "cpu"\n',
    )
    s = load_settings(cfg, environ={})
    assert (s.get("kdf", "memory_kib"), s.get("kdf", "iterations"), s.get("kdf", "lanes")) == (
        131072,
        2,
        4,
    )
    assert s.data_dir == Path("/from/file") and s.source == str(cfg)
    env = {"LOCALNOTES_KDF_MEMORY_KIB": "65536", "LOCALNOTES_STORAGE_DATA_DIR": "/from/env"}
    s = load_settings(cfg, environ=env)
    assert s.get("kdf", "memory_kib") == 65536  # a string in the environment, an int here
    assert s.get("kdf", "iterations") == 2 and s.data_dir == Path("/from/env")
    s = load_settings(cfg, environ={**env, "LOCALNOTES_DATA_DIR": "/short/env"})
    assert s.data_dir == Path("/short/env")
    s = load_settings(
        cfg,
        environ={**env, "LOCALNOTES_DATA_DIR": "/short/env"},
        overrides={("storage", "data_dir"): "/from/flag", ("asr", "device"): None},
    )
    assert s.data_dir == Path("/from/flag")
    assert s.get("asr", "device") == "cpu"  # a flag left unset overrides nothing


def test_config_file_named_by_the_environment(tmp_path: Path) -> None:
    cfg = write(tmp_path, '[asr]\nmodel = "base.en"\n')
    assert (
        load_settings(None, environ={"LOCALNOTES_CONFIG": str(cfg)}).get("asr", "model")
        == "base.en"
    )


@pytest.mark.parametrize(
    ("where", "text_or_env", "key"),
    [
        ("file", "[kdf]\nmemory_kib = 1024\n", "kdf.memory_kib"),
        ("file", '[asr]\ndevice = "tpu"\n', "asr.device"),
        ("file", '[retention]\ndefault_audio = "soon"\n', "retention.default_audio"),
        ("env", {"LOCALNOTES_KDF_ITERATIONS": "many"}, "kdf.iterations"),
        ("env", {"LOCALNOTES_REDACTION_THRESHOLD": "1.5"}, "redaction.threshold"),
        ("env", {"LOCALNOTES_REDACTION_MODE": "erase"}, "redaction.mode"),
        ("env", {"LOCALNOTES_KDF_LANES": "0"}, "kdf.lanes"),
        ("file", '[asr]\ncheck_drug_names = "maybe"\n', "asr.check_drug_names"),
    ],
)
def test_a_bad_value_names_its_key(
    tmp_path: Path, where: str, text_or_env: str | dict[str, str], key: str
) -> None:
    if where == "file":
        assert isinstance(text_or_env, str)
        args: tuple[Path | None, dict[str, str]] = (write(tmp_path, text_or_env), {})
    else:
        assert isinstance(text_or_env, dict)
        args = (None, text_or_env)
    with pytest.raises(UsageError) as e:
        load_settings(*args)
    assert key in e.value.message and "\n" not in e.value.message
    assert e.value.exit_code == 2


def test_unknown_setting_bad_toml_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"unknown setting asr\.modle"):
        load_settings(write(tmp_path, '[asr]\nmodle = "x"\n'), environ={})
    with pytest.raises(UsageError, match="not valid TOML"):
        load_settings(write(tmp_path, "[asr\n"), environ={})
    with pytest.raises(UsageError, match=r"\[asr\] must be a table"):
        load_settings(write(tmp_path, 'asr = "x"\n'), environ={})
    with pytest.raises(NotFoundError):
        load_settings(tmp_path / "absent.toml", environ={})


@given(st.integers(0, MAX_DURATION_S))
def test_format_duration_round_trips_through_parse(seconds: int) -> None:
    text = format_duration(seconds)
    assert parse_duration(text) == seconds
    assert len(text) <= len(f"{seconds}s")


@settings(deadline=None)  # a loaded CI machine is not a slow parser
@given(st.integers(0, 10**6), st.sampled_from("smhdwy"))
def test_parse_then_format_is_the_same_duration(n: int, unit: str) -> None:
    if n * _UNIT_SECONDS[unit] > MAX_DURATION_S:
        with pytest.raises(UsageError, match="100 years"):
            parse_duration(f"{n}{unit}")
        return
    seconds = parse_duration(f"{n}{unit}")
    assert parse_duration(format_duration(seconds)) == seconds


@pytest.mark.parametrize("huge", ["101y", "999999999999y", f"{MAX_DURATION_S + 1}s"])
def test_durations_past_a_century_are_usage_errors(huge: str) -> None:
    with pytest.raises(UsageError, match="100 years"):
        parse_duration(huge)


@pytest.mark.parametrize("bad", ["", "30", "d", "-1d", "1.5d", "30 days", "1dd", "x7y"])
def test_bad_durations_are_usage_errors(bad: str) -> None:
    with pytest.raises(UsageError):
        parse_duration(bad)


def test_the_check_of_drug_names_is_on_unless_turned_off(tmp_path: Path) -> None:
    from localnotes.pipeline import asr_options

    assert asr_options(load_settings(None, environ={})).check_drug_names is True
    off = load_settings(write(tmp_path, "[asr]\ncheck_drug_names = false\n"), environ={})
    assert asr_options(off).check_drug_names is False
    env = {"LOCALNOTES_ASR_CHECK_DRUG_NAMES": "off"}
    assert asr_options(load_settings(None, environ=env)).check_drug_names is False
