"""`bench`: transcription speed, accuracy and memory on this computer, with the cost of redaction
and encryption on top."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context
from localnotes.types import ASR_DEVICES


def register(sub: Any) -> None:
    b = sub.add_parser(
        "bench",
        help="measure speed, accuracy and memory on this computer",
        description="For each model and compute type: load time, real-time factor (seconds of "
        "work per second of audio), peak memory and word error rate on the bundled demo "
        "recording (and real-speech recordings when a source checkout has them), then the cost "
        "of redaction and encryption. Each model runs in its own process. Nothing is stored.",
        epilog="Example: localnotes bench --models tiny.en,base --json > bench.json",
    )
    b.add_argument("--models", help="comma-separated model names (default: every installed one)")
    b.add_argument(
        "--device",
        dest="asr_device",
        choices=ASR_DEVICES,
        default="auto",
        help="where to run the models (default auto)",
    )
    b.add_argument(
        "--compute-type",
        dest="compute_types",
        metavar="TYPES",
        help="comma-separated compute types (default: int8,float32 on CPU; "
        "float16,int8_float16 on CUDA)",
    )
    b.add_argument("--threads", type=int, help="CPU threads for Whisper (default: the setting)")
    b.add_argument(
        "--audio", metavar="FILE", help="your own recording instead of the bundled samples"
    )
    b.add_argument(
        "--reference",
        metavar="FILE",
        help="what was said in --audio, as plain text (gives a word error rate)",
    )
    b.add_argument(
        "--real-speech",
        metavar="DIR",
        help="a folder of the real-speech recordings (default: found beside a "
        "source checkout, else only the demo recording)",
    )
    b.add_argument(
        "--compare",
        action="store_true",
        help="also run plain faster-whisper on the same model, side by side",
    )
    b.add_argument(
        "--plot",
        metavar="FILE.png",
        help="draw real-time factor and word error rate (needs localnotes[plot])",
    )
    b.set_defaults(func=bench)


def _samples(args: argparse.Namespace) -> list[Any]:
    from localnotes import bench as service
    from localnotes.audio.decode import probe
    from localnotes.errors import NotFoundError, UsageError

    if args.reference and not args.audio:
        raise UsageError("--reference describes --audio; give both")
    if not args.audio:
        return service.default_samples(Path(args.real_speech) if args.real_speech else None)
    audio = Path(args.audio)
    probe(audio)  # a clear error for a missing or non-audio file before any model loads
    ref = None
    if args.reference:
        try:
            ref = Path(args.reference).read_text(encoding="utf-8")
        except OSError as e:
            raise NotFoundError(
                f"cannot read the reference {args.reference}: {e.strerror}"
            ) from None
    return [service.Sample(audio.stem, audio, ref)]


def _models(ctx: Context, args: argparse.Namespace) -> list[str]:
    from localnotes.asr.registry import list_models
    from localnotes.pipeline import models_dir

    if args.models:
        return [m.strip() for m in args.models.split(",") if m.strip()]
    return [m.name for m in list_models(models_dir(ctx.data_dir)) if m.installed]


def bench(ctx: Context, args: argparse.Namespace) -> int:
    from dataclasses import replace

    from localnotes import bench as service
    from localnotes.cli.progress import Bar
    from localnotes.pipeline import asr_options, models_dir

    plot = _plot_backend(args.plot) if args.plot else None  # fail before minutes of work
    samples = _samples(args)
    opts = asr_options(ctx.settings, device=args.asr_device)
    if args.threads is not None:
        opts = replace(opts, threads=args.threads)
    s = ctx.settings
    types = [t.strip() for t in args.compute_types.split(",")] if args.compute_types else None
    bar = Bar("bench")
    report = service.run(
        opts,
        _models(ctx, args),
        types,
        samples,
        models_dir(ctx.data_dir),
        kdf=s.kdf,
        redaction=(s.redaction.mode, s.redaction.threshold),
        compare=args.compare,
        progress=lambda label, f: bar.update(f, label),
    )
    bar.done()
    report["recommended"] = _record_choice(ctx, report)
    if plot is not None:
        plot(report, Path(args.plot))
        report["plot"] = args.plot
    ctx.emit(report, table(report))
    return 0


def _record_choice(ctx: Context, report: dict[str, Any]) -> dict[str, Any] | None:
    """Recommend the most accurate model under RTF 0.5 here, and record it for `--model auto`."""
    from dataclasses import asdict

    from localnotes.asr import model_choice

    row = model_choice.recommend(report["asr"])
    if row is None:
        return None
    choice = model_choice.choice_from(row, report["machine"]["cpu"])
    path = model_choice.save(ctx.data_dir, choice)
    wait = round(model_choice.ready_after_stop_s(choice.rtf), 1)
    return {**asdict(choice), "recorded_in": str(path), "ready_after_stop_s": wait}


def _advice(report: dict[str, Any]) -> str:
    from localnotes.asr.model_choice import MAX_RTF

    rec = report.get("recommended")
    if not rec:
        return (
            f"recommended: none (no model measured a real-time factor under {MAX_RTF} with a "
            "word error rate); --model auto stays on the default model"
        )
    wer = "n/a" if rec["wer"] is None else f"{rec['wer'] * 100:.1f}%"
    return (
        f"recommended for --model auto: {rec['model']} {rec['compute_type']} (the most accurate "
        f"with RTF under {MAX_RTF}: RTF {rec['rtf']:.3f}, WER {wer}, transcript ready about "
        f"{_wait(rec['ready_after_stop_s'])} after a 50-minute session); recorded in "
        f"{rec['recorded_in']}"
    )


def _wait(seconds: float) -> str:
    return f"{seconds:.0f} s" if seconds < 90 else f"{seconds / 60:.0f} min"


def table(report: dict[str, Any]) -> str:
    """The results as a readable table, then redaction and encryption in a line each."""
    from localnotes.asr.model_choice import ready_after_stop_s

    head = (
        f"{'engine':<15}{'model':<9}{'compute':<9}{'load s':>7}{'RTF':>7}{'x real':>8}"
        f"{'WER':>7}{'peak MB':>9}{'ready after stop':>18}"
    )
    lines = [head, "-" * len(head)]
    for r in report["asr"]:
        speed = 1 / r["rtf"] if r["rtf"] else 0.0
        wer = f"{r['wer'] * 100:6.1f}%" if r["wer"] is not None else "    n/a"
        lines.append(
            f"{r['engine']:<15}{r['model']:<9}{r['compute_type']:<9}{r['load_s']:>7.2f}"
            f"{r['rtf']:>7.3f}{speed:>7.1f}x{wer:>7}{r['peak_rss_mb']:>9.0f}"
            f"{_wait(ready_after_stop_s(r['rtf'])):>18}"
        )
    red, enc, m = report["redaction"], report["encryption"], report["machine"]
    audio = sum(r["audio_s"] for r in report["asr"][:1])
    lines += [
        "",
        f"audio: {audio:.0f} s in {len(report['samples'])} recording(s); RTF = seconds of work "
        "per second of audio (lower is faster)",
        f"redaction: Presidio loads in {red['load_s']:.2f} s, then {red['words_per_s']:.0f} "
        "words/s",
        f"encryption: key derivation (Argon2id, {enc['kdf']['memory_kib'] // 1024} MiB, "
        f"t={enc['kdf']['iterations']}) {enc['kdf_s']:.2f} s once per command; sealing "
        f"{enc['seal_mb_per_s']:.0f} MB/s ({enc['seal_s_per_audio_hour']:.2f} s per hour of audio)",
        f"machine: {m['cpu']}, {m['usable_cores']} cores, {m['ram_gib']} GiB, "
        f"load average {m['load_average'][0]}",
        "ready after stop: about how long after you stop a 50-minute session its transcript is "
        "stored (it is made while you record; a model slower than real time falls behind)",
        _advice(report),
    ]
    return "\n".join(lines)


def _plot_backend(path: str) -> Any:
    from localnotes.errors import UsageError

    if not path.lower().endswith(".png"):
        raise UsageError(f"--plot {path}: give a .png file name")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise UsageError("--plot needs matplotlib: pip install 'localnotes[plot]'") from None

    def draw(report: dict[str, Any], out: Path) -> None:
        rows = report["asr"]
        labels = [
            f"{r['model']}\n{r['compute_type']}"
            + ("" if r["engine"] == "localnotes" else f"\n({r['engine']})")
            for r in rows
        ]
        fig, (a, b) = plt.subplots(1, 2, figsize=(max(6.0, 1.4 * len(rows) + 2), 4))
        a.bar(labels, [r["rtf"] for r in rows], color="tab:blue")
        a.set_title("real-time factor (lower is faster)")
        b.bar(labels, [(r["wer"] or 0.0) * 100 for r in rows], color="tab:orange")
        b.set_title("word error rate, %")
        fig.suptitle(f"localnotes bench on {report['machine']['cpu']}", fontsize=9)
        fig.tight_layout()
        fig.savefig(out, dpi=100)
        plt.close(fig)

    return draw
