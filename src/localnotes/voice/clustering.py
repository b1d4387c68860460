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
#: Above this similarity two groups' centres are one voice and are merged. Kept high on purpose:
#: the phone call's two women are 0.85 apart while the noisy one-voice jfk.flac splits into groups
#: 0.77 apart, so centre similarity cannot tell one speaker from two; only near-duplicates merge.
SAME_VOICE = 0.92
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
    """Group `x` into `speakers` voices, or with None as many (1 to 6) as the data shows.

    Groups whose centres are closer than SAME_VOICE are one voice, so a recording with one person
    gets one label even when two were asked for.
    """
    x = _normalise(np.asarray(x, dtype=np.float32))
    if x.shape[0] == 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, x.shape[1]), dtype=np.float32)
    if speakers is None:
        labels, centres = kmeans(x, 1, weights)
        best = 0.0
        sample = x if x.shape[0] <= 1500 else x[:: int(np.ceil(x.shape[0] / 1500))]
        for k in range(2, MAX_SPEAKERS + 1):
            if k > x.shape[0]:
                break
            lk, ck = kmeans(x, k, weights)
            if _too_close(ck):
                break
            s = silhouette(sample, np.argmax(sample @ ck.T, axis=1))
            if s < best + _SILHOUETTE_GAIN:
                break
            best, labels, centres = s, lk, ck
        return labels, centres
    labels, centres = kmeans(x, speakers, weights)
    while centres.shape[0] > 1 and _too_close(centres):
        labels, centres = kmeans(x, centres.shape[0] - 1, weights)
    return labels, centres


def _too_close(centres: Vectors) -> bool:
    sims = centres @ centres.T
    np.fill_diagonal(sims, -1.0)
    return bool(sims.max() > SAME_VOICE)
