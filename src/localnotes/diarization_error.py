"""Diarization error rate, the standard way: who spoke when, scored against a reference.

DER = (missed speech + false alarm + speaker confusion) / reference speech, on 10 ms frames, with
overlapping speech scored (a frame with two reference speakers counts twice), a collar of
`collar` seconds either side of every reference boundary left out of scoring (as NIST md-eval
does), and the one-to-one mapping of hypothesis to reference speakers that makes the error
smallest. Pure functions over `(start, end, speaker)` triples; `read_rttm` parses RTTM text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any

import numpy as np

Turn = tuple[float, float, str]
RES = 0.01


@dataclass(frozen=True)
class DerResult:
    der: float
    missed_s: float
    false_alarm_s: float
    confusion_s: float
    reference_s: float

    def as_dict(self) -> dict[str, float]:
        return {
            "der": round(self.der, 4),
            "missed_s": round(self.missed_s, 2),
            "false_alarm_s": round(self.false_alarm_s, 2),
            "confusion_s": round(self.confusion_s, 2),
            "reference_s": round(self.reference_s, 2),
        }


def read_rttm(text: str) -> list[Turn]:
    """The SPEAKER lines of an RTTM document (every file id together)."""
    out = []
    for line in text.splitlines():
        p = line.split()
        if len(p) >= 8 and p[0] == "SPEAKER":
            start, dur = float(p[3]), float(p[4])
            out.append((start, start + dur, p[7]))
    return out


def _activity(turns: list[Turn], n: int) -> tuple[list[str], np.ndarray[Any, Any]]:
    names = sorted({t[2] for t in turns})
    m = np.zeros((len(names), n), dtype=bool)
    for s, e, who in turns:
        i, j = max(0, round(s / RES)), min(n, round(e / RES))
        if j > i:
            m[names.index(who), i:j] = True
    return names, m


def der(
    reference: list[Turn], hypothesis: list[Turn], duration_s: float, collar: float = 0.25
) -> DerResult:
    """Score `hypothesis` against `reference` over `duration_s` seconds."""
    end = max([duration_s, *(t[1] for t in reference), *(t[1] for t in hypothesis)])
    n = round(end / RES)
    _, ref = _activity(reference, n)
    _, hyp = _activity(hypothesis, n)
    scored = np.ones(n, dtype=bool)
    c = round(collar / RES)
    if c > 0:
        for s, e, _ in reference:
            for b in (round(s / RES), round(e / RES)):
                scored[max(0, b - c) : min(n, b + c)] = False
    ref, hyp = ref[:, scored], hyp[:, scored]
    joint = (ref[:, None, :] & hyp[None, :, :]).sum(axis=2) if len(ref) and len(hyp) else None
    best = 0
    if joint is not None:
        r, h = joint.shape
        if r <= h:
            for cols in itertools.permutations(range(h), r):
                best = max(best, int(sum(joint[i, j] for i, j in enumerate(cols))))
        else:
            for rows in itertools.permutations(range(r), h):
                best = max(best, int(sum(joint[i, j] for j, i in enumerate(rows))))
    n_ref, n_hyp = ref.sum(axis=0), hyp.sum(axis=0)
    total = int(n_ref.sum())
    missed = int(np.maximum(n_ref - n_hyp, 0).sum())
    false_alarm = int(np.maximum(n_hyp - n_ref, 0).sum())
    confusion = int(np.minimum(n_ref, n_hyp).sum()) - best
    rate = (missed + false_alarm + confusion) / total if total else 0.0
    return DerResult(rate, missed * RES, false_alarm * RES, confusion * RES, total * RES)
