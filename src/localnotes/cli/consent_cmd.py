"""`consent grant|withdraw|status` and `known add|list`."""

from __future__ import annotations

import argparse
from typing import Any

from localnotes.cli.context import Context
from localnotes.cli.receipts_out import FORCE_HELP, check_receipt_paths, write_receipt
from localnotes.types import CONSENT_METHODS


def register(sub: Any) -> None:
    c = sub.add_parser(
        "consent",
        help="record, withdraw or show a patient's consent",
        description="Consent comes before any recording or transcription.",
    )
    cs = c.add_subparsers(dest="consent_command", metavar="ACTION", required=True)
    g = cs.add_parser(
        "grant",
        help="record the patient's consent and write their receipt",
        epilog="Example: localnotes consent grant P-001 --scope audio,transcript "
        "--retain-audio 0d --retain-transcript 30d --receipt-out receipt.json --yes",
    )
    g.add_argument("patient", metavar="PATIENT", help="your reference for the patient")
    g.add_argument("--scope", required=True, help="audio, transcript, or audio,transcript")
    g.add_argument("--retain-audio", metavar="DUR", help="keep the recording this long (0d)")
    g.add_argument("--retain-transcript", metavar="DUR", help="keep the full transcript (30d)")
    g.add_argument("--retain-redacted", metavar="DUR", help="keep the redacted transcript (7y)")
    g.add_argument(
        "--retain-note",
        metavar="DUR",
        help="keep note drafts (default: as the redacted transcript)",
    )
    g.add_argument("--expires", metavar="DUR", help="the consent ends after this long")
    g.add_argument("--method", choices=CONSENT_METHODS, default="verbal")
    g.add_argument("--witness", metavar="NAME", help="who witnessed it (stored encrypted)")
    g.add_argument("--notice", metavar="FILE", help="the notice shown (default: the bundled one)")
    g.add_argument(
        "--known",
        action="append",
        default=[],
        metavar="NAME",
        help="a name to always redact for this patient (repeatable)",
    )
    g.add_argument("--receipt-out", metavar="FILE", help="write the patient's receipt here")
    g.add_argument("--force", action="store_true", help=FORCE_HELP)
    g.add_argument("--yes", action="store_true", help="the patient agreed; do not ask")
    g.set_defaults(func=grant)
    w = cs.add_parser(
        "withdraw",
        help="withdraw consent: stop recording, delete what it covered",
        epilog="Example: localnotes consent withdraw P-001 --receipt-out cert.json --yes",
    )
    w.add_argument("patient", metavar="PATIENT")
    w.add_argument("--method", choices=CONSENT_METHODS, default="verbal")
    w.add_argument("--receipt-out", metavar="FILE", help="write the deletion certificate here")
    w.add_argument("--force", action="store_true", help=FORCE_HELP)
    w.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    w.set_defaults(func=withdraw)
    s = cs.add_parser(
        "status",
        help="the patient's live consent, if any",
        epilog="Example: localnotes consent status P-001",
    )
    s.add_argument("patient", metavar="PATIENT")
    s.set_defaults(func=status)

    k = sub.add_parser(
        "known",
        help="names always redacted for a patient",
        description="Names of the patient, family, workplace or school, stored "
        "encrypted and redacted even when misspelled by the transcription.",
    )
    ks = k.add_subparsers(dest="known_command", metavar="ACTION", required=True)
    a = ks.add_parser(
        "add",
        help="add names",
        epilog="Example: localnotes known add P-001 "
        '"Maria Lopez" "Lakeside Elementary" --kind PERSON',
    )
    a.add_argument("patient", metavar="PATIENT")
    a.add_argument("names", nargs="+", metavar="NAME")
    a.add_argument("--kind", default="PERSON", help="PERSON, ORGANIZATION or LOCATION")
    a.set_defaults(func=known_add)
    li = ks.add_parser(
        "list", help="list them (shows the names)", epilog="Example: localnotes known list P-001"
    )
    li.add_argument("patient", metavar="PATIENT")
    li.set_defaults(func=known_list)


def grant(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import consent, consent_intake

    check_receipt_paths(args.receipt_out, args.force)
    scopes = consent.parse_scopes(args.scope)
    pol = consent.retention_for(
        ctx.settings,
        scopes,
        args.retain_audio,
        args.retain_transcript,
        args.retain_redacted,
        args.retain_note,
    )
    notice = consent.read_notice(args.notice)
    vault = ctx.vault()
    if ctx.interactive and not ctx.json and not args.yes:
        ctx.info(notice.rstrip() + "\n")
    ctx.confirm("Has the patient read the notice and agreed", args.yes)
    request = consent_intake.GrantRequest(
        args.patient,
        scopes,
        pol,
        args.method,
        args.witness,
        notice,
        args.expires,
        tuple(args.known),
    )
    done = consent_intake.grant(vault, request, ctx.settings.clinic_details)
    data = done.record.as_dict()
    data["ledger_index"] = done.ledger_index
    if args.receipt_out:
        data["receipt_files"] = write_receipt(args.receipt_out, done.receipt, args.force)
    text = ("It replaces the consent in force before. " if done.replaces else "") + (
        f"Consent recorded ({', '.join(data['scopes'])}; audio kept "
        f"{data['retention']['audio']}, transcript {data['retention']['transcript']}, "
        f"redacted transcript {data['retention']['redacted']}, "
        f"note drafts {data['retention']['note']})."
    )
    if args.receipt_out:
        text += f"\nReceipt for the patient: {', '.join(data['receipt_files'])}"
    ctx.emit(data, text)
    return 0


def withdraw(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import withdrawal

    check_receipt_paths(args.receipt_out, args.force)
    vault = ctx.vault()
    ctx.confirm("Withdraw this patient's consent and delete what it covered", args.yes)
    result = withdrawal.withdraw_and_delete(vault, ctx.settings, args.patient, args.method)
    data = result.as_dict()
    if args.receipt_out and result.certificate is not None:
        data["receipt_files"] = write_receipt(args.receipt_out, result.certificate, args.force)
    text = (
        f"Consent withdrawn. Deleted {result.deleted_sessions} session(s); "
        f"{result.stopped_recordings} recording(s) stopped."
    )
    if args.receipt_out:
        text += f"\nDeletion certificate: {', '.join(data.get('receipt_files', []))}"
    ctx.emit(data, text)
    return 0


def status(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import consent

    vault = ctx.vault()
    ph = vault.patient_hash(args.patient)
    live = consent.live_consent(vault, ph)
    history = [c.as_dict() for c in consent.consents_of(vault, ph)]
    data = {"live": live.as_dict() if live else None, "history": history}
    if live:
        d = live.as_dict()
        text = (
            f"Live consent since {d['granted_at']}: {', '.join(d['scopes'])}; audio kept "
            f"{d['retention']['audio']}, transcript {d['retention']['transcript']}, "
            f"redacted {d['retention']['redacted']}"
            + (f"; ends {d['expires_at']}" if d["expires_at"] else "")
            + "."
        )
        n = sum(1 for c in history if c["replaced_by"])
        if n:
            text += f" It replaced {n} earlier consent(s), no longer in force."
    elif history:
        last = history[-1]
        text = "No live consent: the last one was " + (
            f"withdrawn {last['withdrawn_at']}."
            if last["withdrawn_at"]
            else f"in force until {last['expires_at']}."
        )
    else:
        text = "No consent on record for this patient."
    ctx.emit(data, text)
    return 0


def known_add(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import known

    vault = ctx.vault()
    n = known.add(vault, vault.patient_hash(args.patient), args.names, args.kind)
    ctx.emit({"known_identifiers": n}, f"This patient now has {n} known identifier(s).")
    return 0


def known_list(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes import known

    vault = ctx.vault()
    items = known.listing(vault, vault.patient_hash(args.patient))
    ctx.emit(
        {"known_identifiers": items},
        "\n".join(f"{i['kind']}: {i['text']}" for i in items) or "none",
    )
    return 0
