"""`models list|verify|add`: the pinned model registry."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context


def register(sub: Any) -> None:
    m = sub.add_parser("models", help="the transcription models and their hashes")
    ms = m.add_subparsers(dest="models_command", metavar="ACTION", required=True)
    li = ms.add_parser("list", help="list models", epilog="Example: localnotes models list")
    li.set_defaults(func=list_models)
    v = ms.add_parser(
        "verify",
        help="check every file of every installed model by SHA-256",
        epilog="Example: localnotes models verify",
    )
    v.add_argument("name", nargs="?", help="only this model")
    v.set_defaults(func=verify)
    a = ms.add_parser(
        "add",
        help="add a CTranslate2 model you bring (its hashes are pinned)",
        epilog="Example: localnotes models add ./whisper-small-ct2 --name small",
    )
    a.add_argument("directory", metavar="DIR")
    a.add_argument("--name", required=True)
    a.add_argument("--language", help="its language, or 'multi'")
    a.set_defaults(func=add)


def _dir(ctx: Context) -> Path:
    return ctx.data_dir / "models"


def _info(m: Any) -> dict[str, Any]:
    return {k: (str(v) if isinstance(v, Path) else v) for k, v in vars(m).items()}


def list_models(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.asr.registry import list_models as lm

    infos = [_info(m) for m in lm(_dir(ctx))]
    ctx.emit(
        {"models": infos},
        "\n".join(
            f"{i.get('name'):<10} {i.get('language', ''):<6} "
            f"{'installed' if i.get('installed') else 'not installed'}"
            + (
                f"  ({i.get('install_hint')})"
                if not i.get("installed") and i.get("install_hint")
                else ""
            )
            for i in infos
        ),
    )
    return 0


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.asr.registry import list_models as lm
    from localnotes.asr.registry import verify_model

    names = [args.name] if args.name else [m.name for m in lm(_dir(ctx)) if m.installed]
    out = [_info(verify_model(n, _dir(ctx), rehash=True)) for n in names]
    ctx.emit(
        {"verified": out, "rehashed": True},
        "\n".join(f"{i['name']}: every file read again and matches its pinned SHA-256" for i in out)
        or "no models installed",
    )
    return 0


def add(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.asr.registry import add_model

    info = add_model(Path(args.directory), args.name, _dir(ctx), args.language)
    ctx.emit({"added": _info(info)}, f"Added model {args.name}; its files are pinned by SHA-256.")
    return 0
