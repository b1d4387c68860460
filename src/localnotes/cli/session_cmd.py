"""`transcribe`, `record`, `sessions`, `show` and `export`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context
from localnotes.types import ASR_DEVICES

FORMATS = ("txt", "md", "json", "srt", "vtt", "rttm")


def _asr_flags(p: argparse.ArgumentParser, device_flag: str = "--device") -> None:
    p.add_argument("--model", help="model name (see `models list`; default tiny.en)")
    p.add_argument(
        device_flag,
        dest="asr_device",
        choices=ASR_DEVICES,
        help="where to run the model (default auto)",
    )
    p.add_argument("--compute-type", help="int8, float16, float32, ... (default auto)")
    p.add_argument("--language", help="language for multilingual models (e.g. en, de)")


def _speaker_flag(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--speakers",
        metavar="N|auto",
        default="2",
        help="how many people speak, 1 to 6, or auto (default 2); labels each turn",
    )


def register(sub: Any) -> None:
    t = sub.add_parser(
        "transcribe",
        help="transcribe an existing recording",
        description="The whole pipeline for an audio file: consent check, "
        "transcription, redaction, encrypted storage.",
        epilog="Example: localnotes transcribe P-001 session.wav --json",
    )
    t.add_argument("patient", metavar="PATIENT")
    t.add_argument("audio", metavar="AUDIO_FILE")
    t.add_argument(
        "--channels",
        choices=("mix", "split"),
        default="mix",
        help="split: stereo with the clinician left and the client right",
    )
    _speaker_flag(t)
    _asr_flags(t)
    t.set_defaults(func=transcribe)

    r = sub.add_parser(
        "record",
        help="record from a microphone, then transcribe",
        epilog="Example: localnotes record P-001 --seconds 3000 --live",
    )
    r.add_argument("patient", metavar="PATIENT", nargs="?")
    r.add_argument(
        "--device",
        "--input",
        dest="input_device",
        metavar="D",
        help="input device name or index (default: the system's default input; see --list-devices)",
    )
    r.add_argument("--seconds", type=float, metavar="N", help="stop after N seconds")
    r.add_argument("--live", action="store_true", help="show the transcript as you go")
    r.add_argument("--list-devices", action="store_true", help="list input devices and exit")
    _speaker_flag(r)
    _asr_flags(r, device_flag="--asr-device")  # --device is the microphone here
    r.set_defaults(func=record)

    s = sub.add_parser(
        "sessions", help="list sessions", epilog="Example: localnotes sessions P-001"
    )
    s.add_argument("patient", metavar="PATIENT", nargs="?")
    s.set_defaults(func=list_sessions)

    sh = sub.add_parser(
        "show",
        help="print a transcript (redacted unless asked)",
        epilog="Example: localnotes show 3fa2c1 > notes.txt",
    )
    sh.add_argument("session", metavar="SESSION")
    sh.add_argument(
        "--unredacted", action="store_true", help="the full transcript (this access is logged)"
    )
    sh.set_defaults(func=show)

    e = sub.add_parser(
        "export",
        help="export the redacted transcript",
        epilog="Example: localnotes export 3fa2c1 --format srt -o session.srt",
    )
    e.add_argument("session", metavar="SESSION")
    e.add_argument("--format", choices=FORMATS, default="txt")
    e.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    e.add_argument("--force", action="store_true", help="replace FILE if it exists")
    e.set_defaults(func=export)


def _opts(ctx: Context, args: argparse.Namespace) -> Any:
    from localnotes.pipeline import asr_options

    return asr_options(ctx.settings, args.model, args.asr_device, args.compute_type, args.language)


def _summary(res: Any) -> str:
    red = ", ".join(f"{k} {v}" for k, v in sorted(res.redaction_report.items())) or "nothing"
    return (
        f"Session {res.session_id}: {res.duration_s:.0f} s of audio, {res.words} words "
        f"({res.model}); redacted: {red}. Read it with `localnotes show {res.session_id}`."
    )


def transcribe(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import pipeline
    from localnotes.attribution import parse_speakers
    from localnotes.cli.progress import Bar
    from localnotes.vault_ledger import ledger_of

    speakers = parse_speakers(args.speakers)  # a usage error before the vault is opened
    vault = ctx.vault()
    opts = _opts(ctx, args)
    bar = Bar("transcribing")
    res = pipeline.transcribe_file(
        vault,
        ledger_of(vault),
        ctx.settings,
        args.patient,
        Path(args.audio),
        opts,
        args.channels,
        progress=lambda label, f: bar.update(f, label),
        speakers=speakers,
    )
    bar.done()
    ctx.emit(res.as_dict(), _summary(res))
    return 0


def record(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.errors import UsageError

    if args.list_devices:
        from localnotes.audio.devices import list_input_devices

        devs = list_input_devices()
        ctx.emit(
            {"devices": [d.as_dict() for d in devs]},
            "\n".join(
                f"{d.index}: {d.name} ({d.default_samplerate} Hz)"
                + (" [default]" if d.is_default else "")
                for d in devs
            )
            or "no input devices",
        )
        return 0
    if not args.patient:
        raise UsageError("record needs a PATIENT (or --list-devices)")
    from localnotes.attribution import parse_speakers

    speakers = parse_speakers(args.speakers)
    from localnotes import recording
    from localnotes.cli.progress import level_meter
    from localnotes.vault_ledger import ledger_of

    vault = ctx.vault()
    opts = _opts(ctx, args)
    device: str | int | None = args.input_device
    if isinstance(device, str) and device.isdigit():
        device = int(device)

    def live_text(text: str, start: float) -> None:
        m, s = divmod(int(start), 60)
        print(f"\r[{m:02d}:{s:02d}] {text.strip()}", file=sys.stderr, flush=True)

    hooks = recording.RecordingHooks(
        on_level=level_meter,
        on_live_text=live_text if args.live else None,
        on_started=lambda sid: ctx.info(f"recording session {sid} (Ctrl-C to stop)"),
        on_phase=lambda phase: ctx.info(f"\n{phase}..."),
        on_behind=lambda s: ctx.info(
            f"\nthis computer is behind: the transcript will be ready about "
            f"{max(1, round(s / 60))} minute(s) after you stop (nothing is lost)"
        ),
        on_backlog=lambda s: ctx.info(
            f"the transcript was made while you recorded; {s:.0f} s of audio left to transcribe"
        ),
    )
    res = recording.record_session(
        vault,
        ledger_of(vault),
        ctx.settings,
        args.patient,
        opts,
        device,
        args.seconds,
        hooks,
        speakers=speakers,
    )
    if res is None:
        ctx.emit({"transcribed": False}, "Recorded; the consent covers audio only.")
        return 0
    ctx.emit(res.as_dict(), _summary(res))
    return 0


def list_sessions(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.session_rows import session_rows
    from localnotes.types import printable

    rows = [r.as_dict() for r in session_rows(ctx.vault(), args.patient)]
    text = (
        "\n".join(
            f"{r['session_id']}  {r['created_at']}  {printable(str(r['patient'])):<12} "
            f"{r['state']:<12} "
            f"{','.join(r['stored']) or '-'}"
            for r in rows
        )
        or "no sessions"
    )
    ctx.emit({"sessions": rows}, text)
    return 0


def show(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.transcripts import read_transcript

    view = read_transcript(ctx.vault(), args.session, unredacted=args.unredacted)
    s, t = view.session, view.transcript
    if ctx.json:
        import json

        from localnotes.export import to_json

        doc = json.loads(to_json(t))
        doc.update(
            {"session_id": s.id, "redacted": view.redacted, "redaction_report": t.redaction_report}
        )
        ctx.emit(doc)
    else:
        ctx.info(f"session {s.id} ({'redacted' if view.redacted else 'UNREDACTED, access logged'})")
        print(_plain(t))
    return 0


def _plain(t: Any) -> str:
    """One line per segment; the speaker's label where the speaker changes."""
    lines = []
    last: str | None = None
    for seg in t.segments:
        text = seg.text.strip()
        if text:
            changed = seg.speaker is not None and seg.speaker != last
            lines.append(f"{seg.speaker}: {text}" if changed else text)
            last = seg.speaker
    return "\n".join(lines)


def export(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.output_files import check_output, write_output
    from localnotes.transcripts import export_transcript

    if args.output:  # refused before the vault is opened: nothing is decrypted for nothing
        check_output(Path(args.output), args.force)

    def deliver(text: str) -> None:  # before the export is logged: the log never claims a failure
        if args.output:
            write_output(Path(args.output), text.encode("utf-8"), args.force)

    out = export_transcript(ctx.vault(), args.session, args.format, deliver=deliver)
    sid, text = out.session.id, out.text
    if args.output:
        ctx.emit(
            {"session_id": sid, "format": args.format, "output": args.output},
            f"Exported the redacted transcript to {args.output}",
        )
    elif ctx.json:
        ctx.emit({"session_id": sid, "format": args.format, "content": text})
    else:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0
