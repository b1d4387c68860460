"""`doctor`: the privacy and set-up self-check, for a clinician to read (or `--json`)."""

from __future__ import annotations

import argparse
from typing import Any

from localnotes.cli.context import Context

_MARK = {"ok": "ok  ", "warn": "WARN", "fail": "FAIL"}


def register(sub: Any) -> None:
    p = sub.add_parser(
        "doctor",
        help="check privacy and set-up (network guard, models, vault, swap, cloud folders)",
        description="Check that nothing can leave this computer and that the set-up is sound: "
        "the network guard, model hashes, the redaction model, vault permissions and key "
        "derivation, secure delete, microphones, GPU, swap encryption, core dumps and "
        "cloud-synced folders. With --artifacts it also opens the vault and authenticates "
        "every stored encrypted file. Exits 1 only when a guarantee is broken.",
        epilog="Example: localnotes doctor   (or: localnotes --json doctor --artifacts)",
    )
    p.add_argument(
        "--artifacts",
        action="store_true",
        help="open the vault and authenticate every stored encrypted file (asks the passphrase)",
    )
    p.set_defaults(func=run)


def run(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import doctor, offline

    checks = doctor.run_checks(ctx.data_dir, ctx.settings, getattr(args, "passphrase_file", None))
    if getattr(args, "artifacts", False):  # tests build the namespace by hand
        checks.append(_stored_files(ctx))
    code = doctor.exit_code(checks)
    counts = {s: sum(c.status == s for c in checks) for s in ("ok", "warn", "fail")}
    data = {
        "ok": code == 0,
        "data_dir": str(ctx.data_dir),
        "checks": [c.to_dict() for c in checks],
        "summary": counts,
        "offline_environment": offline.environment_overrides(),
    }
    width = max(len(c.name) for c in checks)
    lines = [f"localnotes doctor: {ctx.data_dir}"]
    for c in checks:
        lines.append(f"  {_MARK[c.status]}  {c.name:<{width}}  {c.detail}")
        if c.fix and c.status != "ok":
            lines.append(f"        {'':<{width}}  fix: {c.fix}")
    verdict = "a guarantee is broken" if code else "every guarantee holds"
    lines.append(f"{counts['fail']} failed, {counts['warn']} warnings: {verdict}")
    ctx.emit(data, "\n".join(lines))
    return code


def _stored_files(ctx: Context) -> Any:
    from localnotes.artifact_scan import scan
    from localnotes.cli.progress import Bar
    from localnotes.host_checks import Check

    bar = Bar("checking files")
    report = scan(ctx.vault(), bar.update)
    bar.done()
    if report.intact:
        return Check("stored files", "ok", f"{report.checked} encrypted file(s) authenticated")
    names = "; ".join(
        f"session {d['session_id']} {d['kind']}: {d['problem']}" for d in report.damaged
    )
    return Check(
        "stored files",
        "fail",
        f"{len(report.damaged)} of {report.checked} damaged: {names}",
        "restore the data directory from a backup made before the damage",
    )
