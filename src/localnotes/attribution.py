"""Who said what: speaker labels for a one-microphone transcript, word by word.

Whisper's words (with their timestamps) are grouped into stretches of speech; each stretch is cut
into pieces of at most 1.6 s (the encoder's partial utterance) that do not overlap (overlapping
by half ran the encoder over every frame twice, for no better error rate in
benchmarks/diarization_eval.py); each piece gets a voice vector; the vectors are grouped into
speakers; and each word takes the speaker of the piece whose centre is nearest to it.
Segments are then re-cut wherever the speaker changes, so a turn
boundary inside a Whisper segment is kept (labelling whole segments was worse than labelling
nothing in sagascript#65), and at pauses of PAUSE_S or more. Silence gets no label because only
words are labelled and no turn spans a pause.

With an enrolled clinician voice, the group closest to it (above CLINICIAN_MATCH) is `clinician`
and the others `client` (`client 1`, `client 2`… when there are several); without one, groups are
`speaker 1`, `speaker 2`… in order of first appearance. Voice vectors stay in memory: nothing here
writes them anywhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, replace

import numpy as np

from localnotes.errors import UsageError
from localnotes.store import voice_profiles
from localnotes.store.vault import Vault
from localnotes.types import Segment, Word
from localnotes.voice import clustering, features
from localnotes.voice.encoder import Float32Array, load_encoder, one_blas_thread

SAMPLE_RATE = features.SAMPLE_RATE
PIECE_S = 1.6
#: Pieces follow each other without overlap: the encoder reads each frame of speech once.
HOP_S = 1.6
MIN_PIECE_S = 0.5
#: Words closer than this belong to one stretch of speech.
JOIN_GAP_S = 0.3
#: A pause this long inside a segment ends the turn, so silence is never inside a labelled turn.
PAUSE_S = 1.0
#: Cosine similarity above which a speaker group is the enrolled clinician.
CLINICIAN_MATCH = 0.70
#: The shortest recording `voice enroll` accepts.
MIN_ENROL_S = 5.0
#: Pieces at least this long set the speaker groups; shorter ones only take a label.
_CLUSTER_MIN_S = 1.0
#: Pieces whose mel frames wait for the encoder at most (26 KB each).
_PENDING = 128


def parse_speakers(text: str | int | None) -> int | None:
    """`--speakers`: a count from 1 to 6, or `auto` (None)."""
    if text is None or text == "auto":
        return None
    try:
        n = int(text)
    except (TypeError, ValueError):
        raise UsageError(f"--speakers {text!r}: give a number from 1 to 6, or auto") from None
    if not 1 <= n <= clustering.MAX_SPEAKERS:
        raise UsageError(f"--speakers {n}: give a number from 1 to 6, or auto")
    return n


@dataclass(frozen=True)
class Piece:
    start: float
    end: float

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


def speech_stretches(words: list[Word], gap: float = JOIN_GAP_S) -> list[tuple[float, float]]:
    """Words joined into stretches of speech where they are less than `gap` apart."""
    out: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: w.start):
        if out and w.start - out[-1][1] <= gap:
            out[-1] = (out[-1][0], max(out[-1][1], w.end))
        else:
            out.append((w.start, w.end))
    return out


def pieces_of(stretches: list[tuple[float, float]]) -> list[Piece]:
    """Each stretch cut into pieces of PIECE_S overlapping by half; a short one stays whole."""
    out: list[Piece] = []
    for a, b in stretches:
        length = b - a
        if length <= PIECE_S:
            pad = max(0.0, (MIN_PIECE_S - length) / 2)
            out.append(Piece(max(0.0, a - pad), b + pad))
            continue
        n = int(np.ceil((length - PIECE_S) / HOP_S)) + 1
        starts = np.linspace(a, b - PIECE_S, n)
        out.extend(Piece(float(s), float(s) + PIECE_S) for s in starts)
    return out


def embed_pieces(
    windows: Iterable[tuple[float, Float32Array]], pieces: list[Piece], workers: int = 1
) -> Float32Array:
    """A voice vector per piece, reading 16 kHz mono audio window by window.

    Pieces are embedded as soon as their audio has been read, a few hundred at a time, so memory
    stays bounded however long the recording: no window, mel frame or piece is kept beyond
    what the next batch needs (the last PIECE_S of a window is kept for a piece across two).
    `workers` > 1 embeds that many batches at once on threads of their own (the encoder's
    onnxruntime graph runs without the interpreter lock) while this thread reads on: for a file
    after its transcription, when the cores are free; never beside the live view."""
    encoder = load_encoder()
    out = np.zeros((len(pieces), 256), dtype=np.float32)
    pending: list[tuple[int, Float32Array]] = []
    batch = max(8, _PENDING // workers)
    running: list[tuple[list[int], Future[Float32Array]]] = []

    def flush(pool: ThreadPoolExecutor | None) -> None:
        if not pending:
            return
        idx, mels = [i for i, _ in pending], [m for _, m in pending]
        pending.clear()
        if pool is None:
            out[idx] = encoder.embed_many(mels)
            return
        running.append((idx, pool.submit(encoder.embed_many, mels, False)))
        while len(running) > workers:  # at most `workers` batches of frames held at once
            done, job = running.pop(0)
            out[done] = job.result()

    def take(pool: ThreadPoolExecutor | None, i: int, clip: Float32Array) -> None:
        if clip.size < features.HOP:
            return
        pending.append((i, features.mel_frames(features.normalize_volume(clip))))
        if len(pending) >= batch:
            flush(pool)

    # one BLAS thread, the mel filters' small products too: threads cost more than they give;
    # held here for the workers as well (the limit is process-wide)
    pool = ThreadPoolExecutor(workers, "voice-embed") if workers > 1 else None
    try:
        with one_blas_thread():
            _read_pieces(windows, pieces, lambda i, clip: take(pool, i, clip))
            flush(pool)
            for done, job in running:
                out[done] = job.result()
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return out


def _read_pieces(
    windows: Iterable[tuple[float, Float32Array]],
    pieces: list[Piece],
    take: Callable[[int, Float32Array], None],
) -> None:
    """Hand each piece's samples to `take` as soon as the windows read so far hold them."""
    order = sorted(range(len(pieces)), key=lambda i: pieces[i].end)
    at = 0
    tail: Float32Array = np.zeros(0, dtype=np.float32)
    tail_start = 0.0
    samples: Float32Array = tail
    start_s = 0.0
    for start_s, samples in windows:
        end_s = start_s + len(samples) / SAMPLE_RATE
        while at < len(order) and pieces[order[at]].end <= end_s:
            take(order[at], _clip(pieces[order[at]], tail, tail_start, samples, start_s))
            at += 1
        tail = samples[-round(PIECE_S * SAMPLE_RATE) :].copy()  # a view would keep the window
        tail_start = end_s - len(tail) / SAMPLE_RATE
    for i in order[at:]:  # pieces padded past the end of the audio
        take(i, _clip(pieces[i], tail, tail_start, samples, start_s))


def _clip(
    p: Piece, tail: Float32Array, tail_start: float, samples: Float32Array, start_s: float
) -> Float32Array:
    """A piece's samples from the current window, with the previous window's tail before it."""
    i0 = round((p.start - start_s) * SAMPLE_RATE)
    i1 = min(len(samples), round((p.end - start_s) * SAMPLE_RATE))
    if i0 >= 0 or not tail.size or abs(tail_start + len(tail) / SAMPLE_RATE - start_s) > 1e-3:
        return samples[max(0, i0) : max(0, i1)]
    j0 = max(0, len(tail) + i0)
    return np.concatenate([tail[j0:], samples[: max(0, i1)]])


def _names(order: list[int], centres: Float32Array, profile: Float32Array | None) -> dict[int, str]:
    """Label per group: the clinician's by voice, the rest by order of first appearance."""
    clinician = None
    if profile is not None and len(centres):
        sims = centres @ profile
        if float(sims.max()) >= CLINICIAN_MATCH:
            clinician = int(np.argmax(sims))
    others = [g for g in order if g != clinician]
    names: dict[int, str] = {}
    if clinician is not None:
        names[clinician] = "clinician"
        for n, g in enumerate(others, 1):
            names[g] = "client" if len(others) == 1 else f"client {n}"
    else:
        for n, g in enumerate(others, 1):
            names[g] = f"speaker {n}"
    return names


def attribute(
    segments: tuple[Segment, ...],
    windows: Iterable[tuple[float, Float32Array]],
    speakers: int | None = 2,
    profile: Float32Array | None = None,
    workers: int = 1,
) -> tuple[Segment, ...]:
    """`segments` re-cut into turns, each labelled with its speaker (`workers`: embed_pieces)."""
    words = [w for s in segments for w in s.words]
    if not words:
        return segments
    pieces = pieces_of(speech_stretches(words))
    return label(segments, pieces, embed_pieces(windows, pieces, workers), speakers, profile)


def label(
    segments: tuple[Segment, ...],
    pieces: list[Piece],
    vectors: Float32Array,
    speakers: int | None = 2,
    profile: Float32Array | None = None,
) -> tuple[Segment, ...]:
    """`segments` re-cut into turns from pieces already embedded: a recording transcribed while
    it runs embeds each window's pieces as it goes, and only this grouping is left at the end."""
    words = [w for s in segments for w in s.words]
    if not words or not pieces:
        return segments
    usable = np.linalg.norm(vectors, axis=1) > 0
    lengths = np.array([p.end - p.start for p in pieces])
    core = usable & (lengths >= _CLUSTER_MIN_S)
    if core.sum() < 2:
        core = usable
    if not core.any():
        return segments
    # were pieces to overlap, each would stand for HOP_S / PIECE_S of its length
    seconds = lengths[core] * (HOP_S / PIECE_S)
    _, centres = clustering.cluster(vectors[core], speakers, weights=seconds)
    piece_group = np.argmax(vectors @ centres.T, axis=1)
    centres_t = np.array([p.centre for p in pieces])
    valid = np.flatnonzero(usable)

    def group_of(w: Word) -> int:
        mid = (w.start + w.end) / 2
        return int(piece_group[valid[np.argmin(np.abs(centres_t[valid] - mid))]])

    groups = {id(w): group_of(w) for w in words}
    order: list[int] = []
    for w in sorted(words, key=lambda w: w.start):
        if groups[id(w)] not in order:
            order.append(groups[id(w)])
    names = _names(order, centres, profile)
    out: list[Segment] = []
    for seg in segments:
        if not seg.words:
            out.append(seg)
            continue
        run: list[Word] = []
        for w in seg.words:
            if run and (groups[id(w)] != groups[id(run[-1])] or w.start - run[-1].end >= PAUSE_S):
                out.append(_turn(seg, run, names[groups[id(run[-1])]]))
                run = []
            run.append(w)
        out.append(_turn(seg, run, names[groups[id(run[-1])]]))
    return tuple(out)


def _turn(seg: Segment, words: list[Word], speaker: str) -> Segment:
    text = "".join(w.text for w in words).strip()
    return replace(
        seg, start=words[0].start, end=words[-1].end, text=text, speaker=speaker, words=tuple(words)
    )


def embed_voice(samples: Float32Array) -> Float32Array:
    """One voice vector for a recording of one person (the clinician's enrolment): the mean of
    its stretches' vectors, found with the encoder's own silence trimming left out (the
    recording is expected to be mostly speech)."""
    wav = features.normalize_volume(np.asarray(samples, dtype=np.float32).reshape(-1))
    if len(wav) < SAMPLE_RATE * MIN_ENROL_S:
        raise UsageError(f"a voice profile needs at least {MIN_ENROL_S:.0f} s of speech")
    return load_encoder().embed_utterance(wav)


def clinician_profile(vault: Vault) -> Float32Array | None:
    """The enrolled clinician's voice vector, or None."""
    v = voice_profiles.get(vault, voice_profiles.CLINICIAN)
    return None if v is None else np.asarray(v, dtype=np.float32)


def enrol_clinician(vault: Vault, samples: Float32Array) -> None:
    """Embed the clinician's recording and keep only the vector, sealed in the vault."""
    voice_profiles.put(vault, voice_profiles.CLINICIAN, [float(x) for x in embed_voice(samples)])


def forget_clinician(vault: Vault) -> bool:
    """Delete the clinician's voice profile; True when there was one."""
    return voice_profiles.delete(vault, voice_profiles.CLINICIAN)
