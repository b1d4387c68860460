"""The redaction interface: modes, report, segments, known identifiers, logging, laziness."""

from __future__ import annotations

import logging
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from harness import dialogs
from localnotes.errors import UsageError
from localnotes.redact import KnownIdentifier, RedactionResult, Redactor, get_redactor
from localnotes.types import Segment

DIALOGS = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "dialogs"


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return get_redactor()


def seg(text: str, start: float = 0.0, speaker: str | None = None) -> Segment:
    return Segment(start, start + 1.0, text, speaker)


def test_a_build_beside_is_the_one_get_redactor_returns(
    capfd: pytest.CaptureFixture[str],
) -> None:
    import threading

    from localnotes.redact import build_beside

    build_beside("placeholder", 0.41, "keep")  # a threshold no other test builds
    built = get_redactor("placeholder", 0.41, "keep")  # waits for that build, or makes it
    assert get_redactor("placeholder", 0.41, "keep") is built
    assert built.redact([Segment(0.0, 1.0, "I spoke with Robert Haines.")]).segments[0].text == (
        "I spoke with [PERSON]."
    )
    # a build that fails says nothing on its thread: the caller's own build raises it
    build_beside("shout", 0.41, "keep")
    for t in threading.enumerate():
        if t.name == "redactor-build":
            t.join(60)
    assert capfd.readouterr().err == ""
    with pytest.raises(UsageError):
        get_redactor("shout", 0.41, "keep")


def test_the_build_beside_is_waited_for_at_exit(monkeypatch: pytest.MonkeyPatch) -> None:
    """A process that stops early (exit 5 on a voice encoder failing its hash) must not be torn
    down under spaCy's native code: a loaded machine once ended such a run with "libblis:
    Aborting." and exit -6. The build thread is not a daemon, so the interpreter waits for it."""
    import threading

    from localnotes.redact import build_beside
    from localnotes.redact import redactor as module

    started: list[threading.Thread] = []

    class Recorded(threading.Thread):
        def start(self) -> None:
            started.append(self)
            super().start()

    monkeypatch.setattr(module.threading, "Thread", Recorded)
    build_beside("placeholder", 0.42, "keep")
    assert [t.name for t in started] == ["redactor-build"]
    assert not started[0].daemon
    started[0].join(60)


def test_get_redactor_is_cached_per_process(redactor: Redactor) -> None:
    assert get_redactor() is redactor
    assert get_redactor(mode="mask").mode == "mask"
    assert get_redactor().mode == "placeholder"


def test_unknown_mode_is_a_usage_error(redactor: Redactor) -> None:
    with pytest.raises(UsageError):
        redactor.redact([seg("hello")], mode="shred")


def test_placeholders_are_typed_and_report_counts_kinds(redactor: Redactor) -> None:
    result = redactor.redact([seg("Hi Lucia, call me at 312-555-0887 on March the 9th.")])
    assert isinstance(result, RedactionResult)
    text = result.segments[0].text
    assert "[PERSON]" in text and "[PHONE]" in text and "[DATE]" in text
    assert result.report == {"DATE": 1, "PERSON": 1, "PHONE": 1}


def test_pseudonyms_are_consistent_within_a_session(redactor: Redactor) -> None:
    segs = [
        seg("My brother Desmond called.", 0),
        seg("Then my sister Keisha came.", 1),
        seg("Later my brother Desmond left.", 2),
    ]
    out = [s.text for s in redactor.redact(segs, mode="pseudonym").segments]
    first = re.search(r"\[PERSON-\d\]", out[0])
    assert first is not None
    assert first.group(0) in out[2]
    assert first.group(0) not in out[1] and "[PERSON-2]" in out[1]


def test_mask_mode_hides_every_character(redactor: Redactor) -> None:
    out = redactor.redact([seg("Officer Brannigan was there.")], mode="mask").segments[0].text
    assert "Brannigan" not in out and "*********" in out


def test_timings_and_speakers_are_kept(redactor: Redactor) -> None:
    segs = [Segment(1.5, 3.25, "Hi Lucia.", "T"), Segment(3.25, 4.0, "Hello.", "C")]
    out = redactor.redact(segs).segments
    assert [(s.start, s.end, s.speaker) for s in out] == [(1.5, 3.25, "T"), (3.25, 4.0, "C")]
    assert out[1].text == "Hello."


def test_a_phone_number_split_across_segments_is_redacted(redactor: Redactor) -> None:
    segs = [seg("Can I check your number is still 415-", 0), seg("555-2619?", 1)]
    out = [s.text for s in redactor.redact(segs).segments]
    joined = " ".join(out)
    assert "2619" not in joined and "415" not in joined
    assert "[PHONE]" in out[0]


def test_known_identifiers_match_misspellings(redactor: Redactor) -> None:
    known = [
        KnownIdentifier("Keisha Dunmore"),
        KnownIdentifier("Brightwater Logistics", "ORGANIZATION"),
        KnownIdentifier("Eleanor"),
    ]
    text = "my sister Kay should done more, and the train to brite water. a lanor was late"
    out = redactor.redact([seg(text)], known=known).segments[0].text
    for word in ("Dunmore", "done more", "brite water", "lanor"):
        assert word not in out, word


def test_known_identifier_single_names_match_alone(redactor: Redactor) -> None:
    out = redactor.redact([seg("robert was tired")], known=[KnownIdentifier("Robert Haines")])
    assert "robert" not in out.segments[0].text.lower()


def test_debug_logging_carries_no_identifier(
    redactor: Redactor, caplog: pytest.LogCaptureFixture
) -> None:
    secrets = ["Nkemelu", "312-555-0887", "Delancey", "dana.pryce", "Maple Grove"]
    text = (
        "Doctor Nkemelu, 312-555-0887, the pool on Delancey Road, dana.pryce@outlook.com, "
        "Maple Grove Nursing Home."
    )
    root = logging.getLogger()
    old = root.level
    loggers = [logging.getLogger(n) for n in ("presidio-analyzer", "presidio-anonymizer")]
    olds = [lg.level for lg in loggers]
    try:
        root.setLevel(logging.DEBUG)
        for lg in loggers:
            lg.setLevel(logging.DEBUG)
        with caplog.at_level(logging.DEBUG):
            get_redactor(mode="pseudonym").redact([seg(text)], known=[KnownIdentifier("Lucia")])
    finally:
        root.setLevel(old)
        for lg, lv in zip(loggers, olds, strict=True):
            lg.setLevel(lv)
    logged = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert caplog.records, "expected some DEBUG records to check"
    for s in secrets:
        assert s not in logged


def test_redaction_opens_no_network_connection(
    redactor: Redactor, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: Any, **kw: Any) -> None:
        raise AssertionError("network connection attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    out = redactor.redact([seg("Email t.reyes90@gmail.com or www.example-clinic.org today.")])
    assert "reyes" not in out.segments[0].text


def test_importing_the_package_loads_neither_presidio_nor_spacy() -> None:
    code = (
        "import sys, localnotes.redact\n"
        "bad = [m for m in sys.modules if m.startswith(('presidio', 'spacy'))]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_clinical_terms_ship_as_a_plain_list() -> None:
    from importlib import resources

    text = resources.files("localnotes").joinpath("data", "clinical_terms.txt").read_text()
    terms = [t for t in text.splitlines() if t and not t.startswith("#")]
    assert {"sertraline", "melatonin", "panic attacks", "ptsd", "sleep hygiene"} <= set(terms)


# every dialog of benchmarks/data/dialogs, as text (the spoken and transcribed form is benchmarked)
@pytest.mark.parametrize("path", sorted(DIALOGS.glob("*.txt")), ids=lambda p: p.stem)
def test_dialog_text_leaks_nothing_and_keeps_clinical_terms(redactor: Redactor, path: Path) -> None:
    d = dialogs.parse(path)
    segs = [Segment(float(i), float(i) + 1, text) for i, (_spk, text) in enumerate(d.turns)]
    red = "\n".join(s.text for s in redactor.redact(segs).segments)
    leaks = [p.kind for p in d.pii if any(dialogs.leaked(k, red) for k in p.keys)]
    assert leaks == []
    said = dialogs.norm_words(" ".join(text for _spk, text in d.turns))
    present = [t for t in d.keep if dialogs.norm_words(t) in said]  # "# keep:" may name a stem only
    assert [t for t in present if dialogs.norm_words(t) not in dialogs.norm_words(red)] == []
