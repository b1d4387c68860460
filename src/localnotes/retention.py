"""Retention: artifacts past their keep-until time are crypto-shredded.

Each artifact gets its deadline when it is stored (created + the consent's retention for its kind),
so enforcement is one indexed query when nothing is due. It runs when any command opens the vault,
and on demand with `localnotes retention` (for cron or a systemd timer).
"""

from __future__ import annotations

import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from localnotes import deletion
from localnotes.ledger import events as ev
from localnotes.ledger.log import Ledger
from localnotes.store.vault import Vault
from localnotes.types import format_utc


@dataclass
class RetentionReport:
    checked_at: float
    due: list[dict[str, Any]] = field(default_factory=list)
    deleted_sessions: list[str] = field(default_factory=list)
    ledger_indexes: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "checked_at": format_utc(self.checked_at),
            "due": [
                {
                    "session_id": d["session_id"],
                    "kind": d["kind"],
                    "size": d["size"],
                    "expired_at": format_utc(d["expires_at"]),
                }
                for d in self.due
            ],
            "deleted_artifacts": len(self.due) if self.ledger_indexes or not self.due else 0,
            "deleted_sessions": self.deleted_sessions,
            "ledger_indexes": self.ledger_indexes,
        }


def due_artifacts(vault: Vault, now: float) -> list[dict[str, Any]]:
    """Artifacts whose deadline has passed, except audio of a recording still in progress."""
    # Every row is read and checked against its seal: the deadlines are sealed, so a row whose
    # clear placeholder was edited (an expiry removed) fails here instead of being skipped.
    by_id = {s.id: s for s in vault.sessions()}
    out = []
    for a in vault.artifacts():
        s = by_id.get(a.session_id)
        if a.state != "complete" or a.expires_at is None or a.expires_at > now:
            continue
        if s is None or s.state.in_progress:
            continue
        out.append(
            {
                "id": a.id,
                "session_id": a.session_id,
                "kind": a.kind,
                "size": a.size,
                "expires_at": a.expires_at,
                "patient_hash": s.patient_hash,
            }
        )
    return sorted(out, key=lambda d: d["expires_at"])


def enforce(
    vault: Vault,
    ledger: Ledger,
    now: float | None = None,
    dry_run: bool = False,
    record_run: bool = False,
) -> RetentionReport:
    """Delete what is due, one deletion per session. With record_run, the run itself is logged
    even when nothing was due (the explicit `retention` command)."""
    now = time.time() if now is None else now
    report = RetentionReport(checked_at=now, due=due_artifacts(vault, now))
    if dry_run:
        return report
    by_session: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in report.due:
        by_session[d["session_id"]].append(d)
    for sid, items in by_session.items():
        idx = deletion.delete_artifacts(
            vault, ledger, [d["id"] for d in items], items[0]["patient_hash"], ev.REASON_RETENTION
        )
        if idx is not None:
            report.ledger_indexes.append(idx)
            report.deleted_sessions.append(sid)
    if record_run or report.due:
        with vault.transaction():
            ledger.append(
                {
                    "event": ev.RETENTION_RUN,
                    "checked": len(report.due),
                    "deleted_count": len(report.ledger_indexes),
                    "failed_count": len(by_session) - len(report.ledger_indexes),
                }
            )
    return report
