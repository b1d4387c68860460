"""Stop-to-ready through a real (virtual) microphone: the `record` command as a clinician runs it.

    python benchmarks/ready_through_mic.py [--minutes 10] [--runs 1] [--model tiny.en]
                                           [--out benchmarks/results/ready_through_mic.json]

The session is the project's dialogs spoken by piper and joined back to back up to `--minutes`
(the same audio as `stop_to_ready.py`). A private PulseAudio server (`harness/virtual_mic.py`)
plays it into a null sink whose monitor is the default input, while
`localnotes record PATIENT --seconds S --model M` captures it in real time (a 10-minute session
takes 10 minutes). The clock runs from the end of capture (the moment the recording stream had
been open for S seconds) to `record` exiting with the session stored: transcribed, speakers
attributed, redacted and sealed. The stored transcript is then read back (`show --unredacted`,
and `show` for the redacted one) and scored as `stop_to_ready.py` scores it: word error rate
against the dialogs' text, and identifiers left after redaction. The CPU time `record` used, over
the whole session, is reported per second of audio.

stop_to_ready.py feeds the product's `SessionTranscriber` directly, which makes many runs cheap;
this is the same measurement end to end, through PortAudio and the CLI, for a run or two.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(REPO))

import stop_to_ready as str_bench  # noqa: E402

from harness.virtual_mic import missing_tools, start_virtual_mic  # noqa: E402

PATIENT = "P-MIC"


def localnotes(data_dir: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "localnotes", "--data-dir", str(data_dir), *args]
    r = subprocess.run(cmd, env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if r.returncode:
        raise SystemExit(f"localnotes {args[0]} exited {r.returncode}: {r.stderr.strip()[-300:]}")
    return r


def one_run(wav: Path, seconds: float, model: str, dialogs: list[object]) -> dict[str, object]:
    mic = start_virtual_mic()
    work = Path(tempfile.mkdtemp(prefix="ln-mic-bench-"))
    try:
        env = {k: v for k, v in mic.env.items() if not k.startswith("LOCALNOTES_")}
        env.update(HOME=str(work / "home"), LOCALNOTES_PASSPHRASE="bench passphrase 8412")
        (work / "home").mkdir()
        data = work / "vault"
        localnotes(data, env, "init")
        localnotes(data, env, "consent", "grant", PATIENT, "--scope", "audio,transcript",
                   "--retain-audio", "0d", "--yes")  # fmt: skip
        s = int(seconds) + 4
        cmd = [sys.executable, "-m", "localnotes", "--data-dir", str(data), "--json", "record",
               PATIENT, "--seconds", str(s), "--model", model]  # fmt: skip
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        rec = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, stdin=subprocess.DEVNULL)  # fmt: skip
        mic.wait_until_recording(timeout=180, hold=1.0)
        held = time.monotonic() - 1.0  # the stream had been open for a second when this returned
        mic.play(wav)
        out, err = rec.communicate(timeout=s + 1800)
        done = time.monotonic()
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if rec.returncode:
            raise SystemExit(f"record exited {rec.returncode}: {err.strip()[-300:]}")
        sid = json.loads(out)["session_id"]
        text = localnotes(data, env, "show", "--unredacted", sid).stdout
        redacted = localnotes(data, env, "show", sid).stdout
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return {
            "stop_to_ready_s": round(done - (held + s), 2),
            "record_cpu_per_audio_s": round(cpu / s, 3),
            "words_stored": len(text.split()),
            "load_average": round(os.getloadavg()[0], 2),
            "stored": str_bench.score(" ".join(text.split()), dialogs, redacted),  # type: ignore[arg-type]
        }
    finally:
        mic.stop()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--model", default="tiny.en")
    ap.add_argument("--out", type=Path)
    args = ap.parse_args(argv)
    why = missing_tools()
    if why:
        print(f"ready_through_mic: {why}", file=sys.stderr)
        return 1
    from localnotes.bench import machine

    pcm, dialogs = str_bench.session_audio(args.minutes)
    wav = Path(tempfile.gettempdir()) / f"ln-mic-bench-{args.minutes:g}min.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(pcm)
    seconds = len(pcm) / 2 / 16000
    runs = []
    for i in range(args.runs):
        r = one_run(wav, seconds, args.model, dialogs)  # type: ignore[arg-type]
        runs.append(r)
        print(f"run {i + 1}: {json.dumps(r)}", flush=True)
    ready = [float(r["stop_to_ready_s"]) for r in runs]  # type: ignore[arg-type]
    doc = {
        "benchmark": "ready_through_mic",
        "command": "python benchmarks/ready_through_mic.py " + " ".join(argv or sys.argv[1:]),
        "audio_s": round(seconds, 1),
        "model": args.model,
        "runs": runs,
        "stop_to_ready_s": str_bench.spread(ready),
        "machine": machine(),
    }
    str_bench.report(doc, args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
