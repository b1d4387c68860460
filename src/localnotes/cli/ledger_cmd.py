"""`log` and `verify`: the consent and deletion history, and proof that it is intact."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from localnotes.cli.context import Context


def register(sub: Any) -> None:
    lg = sub.add_parser(
        "log",
        help="the consent and deletion history (for the patient)",
        epilog="Example: localnotes log P-001 --html history.html",
    )
    lg.add_argument("patient", metavar="PATIENT", nargs="?")
    lg.add_argument("--html", metavar="FILE", help="also write a page the patient can keep")
    lg.add_argument("--force", action="store_true", help="replace FILE if it exists")
    lg.add_argument(
        "--public-key",
        action="store_true",
        help="print the vault's public key, for patients to verify receipts",
    )
    lg.set_defaults(func=log)
    v = sub.add_parser(
        "verify",
        help="check the whole log, or one receipt",
        epilog="Example: localnotes verify receipt.json --offline --public-key KEY",
    )
    v.add_argument("receipt", metavar="RECEIPT", nargs="?")
    v.add_argument("--offline", action="store_true", help="no vault: check against a public key")
    v.add_argument("--public-key", metavar="KEY", help="the vault's public key (vkey or base64)")
    v.add_argument(
        "--artifacts",
        action="store_true",
        help="also read and authenticate every stored encrypted file (slow on a large vault)",
    )
    v.add_argument(
        "--earlier",
        metavar="RECEIPT",
        help="an earlier receipt: check both share the key and the log only grew in between",
    )
    v.set_defaults(func=verify)


def log(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.ledger.history import render_history_html, render_history_text
    from localnotes.output_files import check_output, write_output
    from localnotes.vault_ledger import ledger_of

    if args.html:
        check_output(Path(args.html), args.force)
    vault = ctx.vault()
    ledger = ledger_of(vault)
    if args.public_key:
        ctx.emit({"public_key": ledger.vkey}, ledger.vkey)
        return 0
    ph = vault.patient_hash(args.patient) if args.patient else None
    entries = ledger.entries(ph)
    if args.html:
        clinic = ctx.settings.clinic_details
        receipts = {}
        if ph:  # one patient's page: their receipts beside it, linked
            receipts = _write_receipts(ledger, entries, Path(args.html), clinic, args.force)
        write_output(
            Path(args.html),
            render_history_html(entries, None, clinic, receipts).encode("utf-8"),
            args.force,
        )
    ctx.emit(
        {"entries": entries, "public_key": ledger.vkey},
        render_history_text(entries, clinic=ctx.settings.clinic_details),
    )
    return 0


def _write_receipts(
    ledger: Any, entries: list[dict[str, Any]], page: Path, clinic: Any, force: bool
) -> dict[int, str]:
    """Beside the patient's history page, the self-checking receipt of each consent and
    deletion entry (STEM-receipt-N.html, with its .json and .txt); returns seq -> page name."""
    from localnotes.cli.receipts_out import write_receipt
    from localnotes.ledger.receipts import KINDS, make_receipt

    kind_of = {event: kind for kind, events in KINDS.items() for event in events}
    stem = page.name[: -len(page.suffix)] if page.suffix else page.name
    out = {}
    for entry in entries:
        kind = kind_of.get(entry.get("event", ""))
        if kind is None:
            continue
        target = page.with_name(f"{stem}-receipt-{entry['seq']}.json")
        write_receipt(str(target), make_receipt(ledger, entry["seq"], kind, clinic), force)
        out[entry["seq"]] = target.with_suffix(".html").name
    return out


def _read_receipt(path: str) -> dict[str, Any]:
    from localnotes.errors import IntegrityError, NotFoundError

    try:
        receipt = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise NotFoundError(f"no receipt file {path}") from None
    except (ValueError, UnicodeDecodeError):
        raise IntegrityError(f"{path} is not a localnotes receipt (not JSON)") from None
    if not isinstance(receipt, dict):
        raise IntegrityError(f"{path} is not a localnotes receipt")
    return receipt


def verify(ctx: Context, args: argparse.Namespace) -> int:
    from localnotes.errors import IntegrityError, UsageError
    from localnotes.ledger.receipts import (
        load_public_key,
        verify_receipt_against,
        verify_receipt_offline,
    )

    receipt = _read_receipt(args.receipt) if args.receipt else None
    if args.earlier and receipt is None:
        raise UsageError("--earlier needs a RECEIPT to compare it with")
    earlier = _read_receipt(args.earlier) if args.earlier else None
    if args.offline:
        if receipt is None or not args.public_key:
            raise UsageError("--offline needs a RECEIPT and --public-key KEY")
        key = args.public_key
        if Path(key).is_file():
            key = Path(key).read_text(encoding="utf-8").strip()
        try:  # a key that is not a key is a mistake in the command, not a tampered receipt
            load_public_key(key)
        except IntegrityError as exc:
            raise UsageError(f"--public-key: {exc}") from None
        verify_receipt_offline(receipt, key)
        if earlier is not None:
            return _compare(ctx, receipt, earlier, key)
        ctx.emit(
            {"valid": True, "checked": "signature and inclusion (offline)"},
            "Receipt valid: signed by that key, and its entry is in the signed log.",
        )
        return 0
    from localnotes.vault_ledger import ledger_of

    vault = ctx.vault()
    ledger = ledger_of(vault)
    if receipt is not None:
        verify_receipt_against(ledger, receipt)
        if earlier is not None:
            verify_receipt_against(ledger, earlier)
            return _compare(ctx, receipt, earlier, ledger.public_key_raw)
        ctx.emit(
            {"valid": True, "checked": "signature, inclusion, consistency"},
            "Receipt valid: its entry is in this vault's log, and the log has only grown "
            "since it was issued.",
        )
        return 0
    from localnotes import consent

    report = ledger.verify_all()
    rows = vault.check_rows()
    consent.check_all(vault, ledger)
    data = {"valid": True, **{k: v for k, v in vars(report).items() if not k.startswith("_")}}
    data["rows_checked"] = rows
    text = (
        f"Log intact: {data.get('entries', data.get('size', '?'))} entries, every "
        f"checkpoint signed and consistent, up to its sealed high-water mark; {rows} rows "
        "that decide access match their seals."
    )
    if args.artifacts:
        from localnotes.artifact_scan import describe_damage, scan
        from localnotes.cli.progress import Bar

        bar = Bar("checking files")
        scanned = scan(vault, bar.update)
        bar.done()
        data["artifacts"] = scanned.as_dict()
        data["valid"] = scanned.intact
        if not scanned.intact:
            ctx.emit(data, text + "\n" + describe_damage(scanned))
            n = len(scanned.damaged)
            raise IntegrityError(f"{n} of {scanned.checked} stored file(s) failed authentication")
        text += f"\nStored files intact: {scanned.checked} authenticated, every chunk."
    ctx.emit(data, text)
    return 0


def _compare(ctx: Context, receipt: dict[str, Any], earlier: dict[str, Any], key: Any) -> int:
    from localnotes.ledger.receipt_growth import compare_receipts

    m, n = compare_receipts(earlier, receipt, key)
    ctx.emit(
        {"valid": True, "checked": "both receipts, same key, log only grew", "sizes": [m, n]},
        f"Both receipts valid and signed by the same key; the log only grew, from {m} to {n} "
        "entries, between them.",
    )
    return 0
