"""`voice enroll` / `voice forget` (the clinician's own voice profile) and `speakers` (correct a
session's speaker labels)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context


def register(sub: Any) -> None:
    v = sub.add_parser(
        "voice",
        help="the clinician's voice profile, so turns are labelled clinician / client",
        epilog="Example: localnotes voice enroll my-voice.wav",
    )
    vs = v.add_subparsers(dest="voice_command", metavar="ACTION", required=True)
    e = vs.add_parser(
        "enroll",
        help="learn your voice from a recording of you alone, or from the microphone",
        description="Keeps only a voice vector, sealed in the vault; the audio is not stored. "
        "It is your own voice, so no patient consent is involved.",
        epilog="Example: localnotes voice enroll --seconds 30",
    )
    e.add_argument("file", metavar="FILE", nargs="?", help="a recording of you speaking alone")
    e.add_argument(
        "--seconds", type=float, metavar="N", help="record N seconds from the microphone"
    )
    e.add_argument("--device", dest="input_device", metavar="D", help="input device for --seconds")
    e.set_defaults(func=enroll)
    f = vs.add_parser(
        "forget",
        help="delete your voice profile",
        epilog="Example: localnotes voice forget",
    )
    f.set_defaults(func=forget)

    sp = sub.add_parser(
        "speakers",
        help="rename or swap a session's speaker labels (logged)",
        description="Labels are clinician, client, client N or speaker N; names are not allowed "
        "because labels are not redacted.",
        epilog='Example: localnotes speakers 3fa2c1 --rename "speaker 1=clinician"',
    )
    sp.add_argument("session", metavar="SESSION")
    sp.add_argument(
        "--rename", action="append", default=[], metavar="OLD=NEW", help="rename one label"
    )
    sp.add_argument("--swap", nargs=2, metavar=("A", "B"), help="swap two labels")
    sp.set_defaults(func=speakers)


def _from_microphone(seconds: float, device: str | None) -> Any:
    import numpy as np

    from localnotes.audio.capture import record
    from localnotes.consent import own_voice_grant

    chunks: list[bytes] = []
    record(
        own_voice_grant(seconds),
        chunks.append,
        device=int(device) if device and device.isdigit() else device,
        seconds=seconds,
    )
    return np.frombuffer(b"".join(chunks), dtype="<i2").astype(np.float32) / 32768.0


def _from_file(path: Path) -> Any:
    import numpy as np

    from localnotes.audio.decode import iter_windows, probe

    probe(path)
    return np.concatenate([w.samples[0] for w in iter_windows(path, channels="mix")])


def enroll(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import attribution
    from localnotes.errors import UsageError
    from localnotes.pcm import SAMPLE_RATE

    if (args.file is None) == (args.seconds is None):
        raise UsageError("voice enroll needs a FILE or --seconds N (one of them)")
    if args.seconds is not None and not 5 <= args.seconds <= 600:
        raise UsageError("--seconds: give 5 to 600 seconds")
    vault = ctx.vault()
    if args.file is not None:
        samples = _from_file(Path(args.file))
    else:
        ctx.info(f"speak for {args.seconds:.0f} s...")
        samples = _from_microphone(args.seconds, args.input_device)
    attribution.enrol_clinician(vault, samples)
    ctx.emit(
        {"enrolled": True, "seconds": round(len(samples) / SAMPLE_RATE, 1)},
        "Your voice profile is stored, sealed; your turns will be labelled clinician.",
    )
    return 0


def forget(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import attribution

    had = attribution.forget_clinician(ctx.vault())
    ctx.emit(
        {"forgotten": had},
        "Your voice profile is deleted." if had else "There was no voice profile.",
    )
    return 0


def speakers(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import speaker_labels
    from localnotes.errors import UsageError

    renames = {}
    for item in args.rename:
        old, sep, new = item.partition("=")
        if not sep:
            raise UsageError(f"--rename {item!r}: write OLD=NEW, like 'speaker 1=clinician'")
        renames[old] = new
    swap = tuple(args.swap) if args.swap else None
    mapping = speaker_labels.relabel(ctx.vault(), args.session, renames, swap)
    shown = ", ".join(f"{old} -> {new}" for old, new in mapping.items() if old != new)
    ctx.emit({"labels": mapping}, f"Speaker labels now: {shown or 'as attributed'} (logged).")
    return 0
