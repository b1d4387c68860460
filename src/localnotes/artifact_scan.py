"""The deep check behind `verify --artifacts` and `doctor --artifacts`: every stored encrypted
file is read and authenticated chunk by chunk, as opening it would, so damage is found before the
session is needed rather than when it is opened. Reads only; changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from localnotes.errors import IntegrityError, NotFoundError
from localnotes.store.vault import Vault


@dataclass
class ScanReport:
    checked: int = 0
    bytes_checked: int = 0
    damaged: list[dict[str, Any]] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not self.damaged

    def as_dict(self) -> dict[str, Any]:
        return {
            "artifacts_checked": self.checked,
            "bytes_checked": self.bytes_checked,
            "damaged": self.damaged,
            "intact": self.intact,
        }


def scan(vault: Vault, progress: Callable[[float], None] | None = None) -> ScanReport:
    """Authenticate every complete artifact; collect (never stop at) the damaged ones."""
    artifacts = vault.stored_artifacts()
    total = sum(int(a.size or 0) for a in artifacts) or 1
    report = ScanReport()
    for art in artifacts:
        try:
            n = sum(len(chunk) for chunk in vault.iter_artifact(art.id))
        except (IntegrityError, NotFoundError) as exc:
            report.damaged.append(
                {
                    "artifact_id": art.id,
                    "session_id": art.session_id,
                    "kind": art.kind,
                    "problem": exc.message,
                }
            )
            n = int(art.size or 0)
        report.checked += 1
        report.bytes_checked += n
        if progress is not None:
            progress(min(1.0, report.bytes_checked / total))
    return report


def describe_damage(report: ScanReport) -> str:
    """One line per damaged artifact, naming the session and what is wrong."""
    return "\n".join(
        f"damaged: session {d['session_id']} {d['kind']} (artifact {d['artifact_id']}): "
        f"{d['problem']}"
        for d in report.damaged
    )
