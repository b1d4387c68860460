"""`delete` and `retention`: crypto-shredding now, on request or because time is up."""

from __future__ import annotations

import argparse
from typing import Any

from localnotes.cli.context import Context
from localnotes.cli.receipts_out import FORCE_HELP, check_receipt_paths, write_receipt


def register(sub: Any) -> None:
    d = sub.add_parser(
        "delete",
        help="crypto-shred a session or all of a patient's sessions",
        description="Destroys the keys, then the files, and logs it. Cannot be "
        "undone. Nothing is deleted without a named session or patient.",
        epilog="Example: localnotes delete 3fa2c1 --receipt-out cert.json --yes",
    )
    d.add_argument("session", metavar="SESSION", nargs="?")
    d.add_argument("--patient", metavar="PATIENT", help="every session of this patient")
    d.add_argument("--dry-run", action="store_true", help="show what would be deleted")
    d.add_argument("--receipt-out", metavar="FILE", help="write the deletion certificate here")
    d.add_argument("--force", action="store_true", help=FORCE_HELP)
    d.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    d.add_argument(
        "--patient-asked",
        action="store_true",
        help="the patient asked for it: the log and certificate say so (otherwise they say "
        "that the clinician deleted it)",
    )
    d.set_defaults(func=delete)
    r = sub.add_parser(
        "retention",
        help="enforce retention now (also runs before every command)",
        description="Deletes what is past its retention. Run it from cron or "
        "the systemd timer in config/ to enforce retention while idle.",
        epilog="Example: localnotes retention --dry-run",
    )
    r.add_argument("--dry-run", action="store_true", help="show what is due, delete nothing")
    r.set_defaults(func=retention)


def delete(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import deletion_request as dr
    from localnotes.errors import UsageError
    from localnotes.ledger import events as ev

    if bool(args.session) == bool(args.patient):
        raise UsageError("name exactly one SESSION or --patient PATIENT; nothing was deleted")
    vault = ctx.vault()
    plan = (
        dr.plan_session(vault, args.session)
        if args.session
        else dr.plan_patient(vault, args.patient)
    )
    reason = ev.REASON_PATIENT_REQUEST if args.patient_asked else ev.REASON_CLINICIAN
    if plan.identifiers_only and not args.dry_run:
        # no session, but known identifiers or a witness's name
        ctx.confirm("Delete this patient's known identifiers for good", args.yes)
        dr.carry_out(vault, plan, reason, ctx.settings.clinic_details)
        ctx.emit(
            {"deleted": [], "identifiers_deleted": True},
            "No session to delete; the patient's known identifiers were deleted.",
        )
        return 0
    if args.dry_run or not plan.sessions:
        ctx.emit(
            {"dry_run": args.dry_run, "would_delete": plan.as_dicts()},
            "\n".join(
                f"would delete session {s.session_id}: "
                + (", ".join(f"{a.kind} ({a.size} bytes)" for a in s.artifacts) or "nothing stored")
                for s in plan.sessions
            )
            or "nothing to delete",
        )
        return 0
    check_receipt_paths(args.receipt_out, args.force)
    ctx.confirm(f"Delete {len(plan.sessions)} session(s) for good", args.yes)
    done = dr.carry_out(vault, plan, reason, ctx.settings.clinic_details)
    data: dict[str, Any] = {"deleted": plan.as_dicts(), "ledger_index": done.ledger_index}
    if done.certificate is None:
        data["pending"] = (
            "some files could not be removed yet; the keys are destroyed and the "
            "removal is retried by every command"
        )
    elif args.receipt_out:
        data["receipt_files"] = write_receipt(args.receipt_out, done.certificate, args.force)
    ctx.emit(
        data,
        f"Deleted {len(plan.sessions)} session(s)."
        + (f" Certificate: {', '.join(data['receipt_files'])}" if "receipt_files" in data else ""),
    )
    return 0


def retention(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import retention as ret
    from localnotes.vault_ledger import ledger_of

    vault = ctx.vault(maintain=not args.dry_run)
    report = ret.enforce(vault, ledger_of(vault), dry_run=args.dry_run, record_run=True)
    data = report.as_dict()
    earlier = ctx.maintenance.get("retention")  # opening the vault already enforced it: count that
    if earlier and not args.dry_run:
        for key in ("due", "deleted_sessions", "ledger_indexes"):
            data[key] = earlier[key] + data[key]
        data["deleted_artifacts"] += earlier["deleted_artifacts"]
    data["dry_run"] = args.dry_run
    if args.dry_run:
        text = (
            "\n".join(
                f"due: session {d['session_id']} {d['kind']} (expired {d['expired_at']})"
                for d in data["due"]
            )
            or "nothing is due"
        )
    else:
        text = (
            f"Retention enforced: {len(data['deleted_sessions'])} session(s) had "
            f"{data['deleted_artifacts']} expired item(s) deleted."
        )
    ctx.emit(data, text)
    return 0
