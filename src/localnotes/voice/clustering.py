"""Grouping voice vectors by speaker: cosine k-means, and how many speakers there are.

Pure numpy and deterministic (a fixed seed and k-means++ starts), so the same recording always gets
the same labels. Vectors are unit length, so cosine similarity is a dot product.
"""

from __future__ import annotations

from typing import Any

import numpy as np

Vectors = np.ndarray[Any, np.dtype[np.float32]]
Labels = np.ndarray[Any, np.dtype[np.int64]]

MAX_SPEAKERS = 6
#: Above this similarity two groups' centres are one voice and are merged.
SAME_VOICE = 0.92
#: Below it, a group needs only MIN_VOICE_S of speech of its own to count as a voice.
DISTINCT_VOICES = 0.69
MIN_VOICE_S = 1.0
#: Between the two, the more alike two groups sound, the more speech the smaller must hold:
#: MIN_VOICE_S at DISTINCT_VOICES, rising by this many seconds per 0.01 of similarity.
#: Centre similarity alone cannot tell one voice from two: the phone call's two women are 0.85
#: apart, while one of them alone splits into groups 0.87 apart and the noisy jfk.flac into groups
#: 0.77 apart; but those splits are short-lived (2.4 to 4 s in the smaller group, against 8 s for
#: the call's second woman). Measured in benchmarks/speaker_count_eval.py (0.31 with pieces
#: overlapping by half; 0.36 since they do not: the gbm3 voice alone then split at 0.913 with 8 s).
SECONDS_PER_HUNDREDTH = 0.36
#: `auto` adds a speaker only while it raises the mean silhouette by at least this much.
_SILHOUETTE_GAIN = 0.02
_SEED = 20261130


def _normalise(x: Vectors) -> Vectors:
    out: Vectors = (x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)).astype(
        np.float32
    )
    return out


def kmeans(
    x: Vectors, k: int, weights: np.ndarray[Any, Any] | None = None, restarts: int = 8
) -> tuple[Labels, Vectors]:
    """Spherical k-means: labels (n,) and unit centres (k, d), the best of `restarts` runs."""
    n = x.shape[0]
    k = max(1, min(k, n))
    w = np.ones(n) if weights is None else np.asarray(weights, dtype=np.float64)
    rng = np.random.default_rng(_SEED)
    best: tuple[float, Labels, Vectors] | None = None
    for _ in range(restarts):
        centres = [x[int(rng.choice(n, p=w / w.sum()))]]
        for _ in range(1, k):  # k-means++: far from the centres so far, in cosine distance
            d = 1.0 - np.max(x @ np.stack(centres).T, axis=1)
            p = np.maximum(d, 0.0) * w
            idx = int(rng.choice(n, p=p / p.sum())) if p.sum() > 0 else int(rng.integers(n))
            centres.append(x[idx])
        c = _normalise(np.stack(centres))
        labels = np.zeros(n, dtype=np.int64)
        for _ in range(50):
            new = np.argmax(x @ c.T, axis=1).astype(np.int64)
            if _ > 0 and np.array_equal(new, labels):
                break
            labels = new
            for j in range(k):
                members = labels == j
                if members.any():
                    c[j] = (x[members] * w[members, None]).sum(axis=0)
            c = _normalise(c)
        score = float((w * np.sum(x * c[labels], axis=1)).sum())
        if best is None or score > best[0]:
            best = (score, labels, c)
    assert best is not None
    return best[1], best[2]


def silhouette(x: Vectors, labels: Labels) -> float:
    """Mean silhouette in cosine distance (0 when there is one group)."""
    groups = np.unique(labels)
    if len(groups) < 2:
        return 0.0
    dist = 1.0 - x @ x.T
    scores = np.zeros(x.shape[0])
    for i in range(x.shape[0]):
        own = labels == labels[i]
        own_n = own.sum() - 1
        if own_n == 0:
            continue
        a = (dist[i, own].sum()) / own_n
        b = min(dist[i, labels == g].mean() for g in groups if g != labels[i])
        scores[i] = (b - a) / max(a, b, 1e-12)
    return float(scores.mean())


def cluster(
    x: Vectors, speakers: int | None, weights: np.ndarray[Any, Any] | None = None
) -> tuple[Labels, Vectors]:
    """Group `x` into at most `speakers` voices, or with None as many (1 to 6) as the data shows.

    `weights` are the seconds of speech each vector stands for (0.8 s by default; attribution
    passes each piece's length). Two groups are
    two voices only when they sound different enough for the speech the smaller one holds
    (`distinct`), so a recording with one person gets one label even when two were asked for.
    """
    x = _normalise(np.asarray(x, dtype=np.float32))
    w = np.full(x.shape[0], 0.8) if weights is None else np.asarray(weights, dtype=np.float64)
    if x.shape[0] == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, x.shape[1]), dtype=np.float32)
    if speakers is None:
        labels, centres = kmeans(x, 1, w)
        best = 0.0
        sample = x if x.shape[0] <= 1500 else x[:: int(np.ceil(x.shape[0] / 1500))]
        for k in range(2, MAX_SPEAKERS + 1):
            if k > x.shape[0]:
                break
            lk, ck = kmeans(x, k, w)
            if not all_distinct(lk, ck, w):
                break
            s = silhouette(sample, np.argmax(sample @ ck.T, axis=1))
            if s < best + _SILHOUETTE_GAIN:
                break
            best, labels, centres = s, lk, ck
        return labels, centres
    labels, centres = kmeans(x, speakers, w)
    while centres.shape[0] > 1 and not all_distinct(labels, centres, w):
        labels, centres = kmeans(x, centres.shape[0] - 1, w)
    return labels, centres


def needed_seconds(similarity: float) -> float:
    """Speech the smaller of two groups this alike must hold to be a voice of its own."""
    if similarity >= SAME_VOICE:
        return float("inf")
    extra = max(0.0, similarity - DISTINCT_VOICES) * 100 * SECONDS_PER_HUNDREDTH
    return MIN_VOICE_S + extra


def all_distinct(labels: Labels, centres: Vectors, weights: np.ndarray[Any, Any]) -> bool:
    """Every pair of groups is two voices: see `needed_seconds`."""
    held = np.array([weights[labels == j].sum() for j in range(centres.shape[0])])
    sims = centres @ centres.T
    for a in range(centres.shape[0]):
        for b in range(a + 1, centres.shape[0]):
            if min(held[a], held[b]) < needed_seconds(float(sims[a, b])):
                return False
    return True
