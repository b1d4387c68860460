"""The redactor: finds identifiers in a transcript and replaces them, segment by segment.

`get_redactor()` builds Presidio once per process (spaCy load, recognizer registry) and caches
it. `Redactor.redact` joins the segments, analyses the joined text (so an identifier split
across segments is still found), drops spans that are clinical vocabulary, merges overlapping
spans, and rewrites each segment with Presidio's AnonymizerEngine: typed placeholders
(`[PERSON]`), session pseudonyms (`[PERSON-1]`, the same for the same value throughout) or
masking (`*****`). Logging here carries counts and kinds only, never text.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from localnotes.errors import UsageError
from localnotes.redact.clinical_allow_list import trim_clinical
from localnotes.redact.entity_kinds import canonical
from localnotes.redact.known_identifier import KnownIdentifier
from localnotes.redact.name_patterns import is_ordinary
from localnotes.redact.place_gazetteer import only_states, without_states
from localnotes.redact.redaction_result import RedactionResult
from localnotes.redact.segment_text_map import SegmentTextMap
from localnotes.redact.span_merging import merge_spans
from localnotes.types import REDACTION_MODES, Segment, Span

MODES = REDACTION_MODES
#: Safe Harbor lets states stay ("keep"); "redact" removes them like towns
STATE_POLICIES = ("keep", "redact")
log = logging.getLogger(__name__)
_NAME_KINDS = frozenset({"PERSON", "LOCATION", "ORGANIZATION"})


@dataclass(frozen=True)
class _Engines:
    """One Presidio build (about two seconds), shared by redactors that differ only in mode or
    state policy, with the lock that keeps its spaCy pipeline to one thread at a time."""

    analyzer: Any
    anonymizer: Any
    lock: threading.Lock


def _build_engines() -> _Engines:
    from localnotes.redact.analyzer_factory import build_analyzer, build_anonymizer

    analyzer = build_analyzer()
    # the recognizers' lazy lists (gazetteers, names, common words, the clinical lexicon) load
    # on first use: loaded here, with the engine
    analyzer.analyze(text=_WARM_UP, language="en")
    engines = _Engines(analyzer, build_anonymizer(), threading.Lock())
    # With spaCy and those lists loaded, a full garbage collection walks them all (0.2 to 1.5 s
    # on the 2-core machine) and a 50-minute transcript allocates enough to start one or two.
    # What is loaded lives as long as the process: moved out of the collector's sight.
    gc.freeze()
    return engines


_WARM_UP = (
    "Dr. Abernathy said Maria Lopez moved to 1142 Sycamore Lane in Springfield, Ohio, near "
    "candlewood lake. Call 555 867 5309 or write to maria at example dot com. She started "
    "sertraline in March, when she was forty two."
)


class Redactor:
    """Presidio analyzer and anonymizer, built once, with this package's recognizers."""

    def __init__(
        self,
        mode: str = "placeholder",
        threshold: float = 0.35,
        states: str = "keep",
        engines: _Engines | None = None,
    ) -> None:
        _check_mode(mode)
        _check_states(states)
        self.mode = mode
        self.threshold = threshold
        self.states = states
        self._engines = engines or _build_engines()
        self._analyzer: Any = self._engines.analyzer
        self._anonymizer: Any = self._engines.anonymizer
        self._lock = self._engines.lock

    def with_policy(self, mode: str, states: str) -> Redactor:
        """A redactor on the same Presidio build, with another mode and state policy."""
        return Redactor(mode, self.threshold, states, engines=self._engines)

    def analyze(self, text: str, known: Sequence[KnownIdentifier] = ()) -> list[Span]:
        """The identifiers in a text: merged, clinical terms removed, in text order.

        Known identifiers always win: they are matched apart from Presidio and pass none of the
        filters below (clinical vocabulary, ordinary words, the state policy) nor the tagger's
        second opinion (`tagger_name_check`).
        """
        with self._lock:  # spaCy pipelines are not safe to share between threads
            results = self._analyzer.analyze(
                text=text, language="en", score_threshold=self.threshold
            )
        spans: list[Span] = []
        for r in results:
            span = trim_clinical(text, Span(r.start, r.end, canonical(r.entity_type), r.score))
            if span is None:
                continue
            chunk = text[span.start : span.end]
            if self.states == "redact" and span.kind != "PERSON" and only_states(chunk):
                spans.append(Span(span.start, span.end, "LOCATION", span.score))
                continue
            if span.kind in _NAME_KINDS and is_ordinary(chunk) and not _city(text, span):
                continue
            if self.states == "keep" and span.kind != "PERSON" and _city(text, span):
                spans.append(Span(span.start, span.end, "LOCATION", span.score))
                continue
            if self.states == "keep" and span.kind != "PERSON":
                span = without_states(text, span)
                if span is None:
                    continue
            spans.append(_strip_edges(text, span))
        if known:
            from localnotes.redact.known_identifier_recognizer import KnownIdentifierRecognizer

            spans += KnownIdentifierRecognizer(known).find(text, None)
        return merge_spans(text, spans)

    def redact(
        self,
        segments: Sequence[Segment],
        known: Sequence[KnownIdentifier] = (),
        mode: str | None = None,
    ) -> RedactionResult:
        """Redacted copies of the segments (timings and speakers kept) and counts per kind."""
        mode = mode or self.mode
        _check_mode(mode)
        joined = SegmentTextMap.join(segments)
        spans = self.analyze(joined.text, known)
        labels = _labels(joined.text, spans, mode)
        report = Counter(s.kind for s in spans)
        out: list[Segment] = []
        for seg, pieces in zip(segments, joined.clip(spans), strict=True):
            if not pieces:
                out.append(seg)
                continue
            out.append(replace(seg, text=self._rewrite(seg.text, pieces, labels, mode)))
        log.debug("redacted %d segments: %d spans", len(segments), len(spans))
        return RedactionResult(tuple(out), dict(sorted(report.items())))

    def _rewrite(
        self,
        text: str,
        pieces: list[tuple[Span, bool]],
        labels: dict[tuple[str, str], str],
        mode: str,
    ) -> str:
        from presidio_anonymizer.entities import OperatorConfig, RecognizerResult

        results = []
        operators: dict[str, Any] = {}
        for n, (span, first) in enumerate(pieces):
            etype = f"LN{n}"
            results.append(RecognizerResult(etype, span.start, span.end, span.score))
            if not first:
                # the rest of a span that began in an earlier segment: removed ("replace" with
                # an empty value would write Presidio's default "<LN0>" instead)
                operators[etype] = OperatorConfig("redact", {})
            elif mode == "mask":
                chars = span.end - span.start
                operators[etype] = OperatorConfig(
                    "mask", {"masking_char": "*", "chars_to_mask": chars, "from_end": False}
                )
            else:
                key = (span.kind, _value_key(text[span.start : span.end]))
                new = labels.get(key, f"[{span.kind}]")
                operators[etype] = OperatorConfig("replace", {"new_value": new})
        new_text: str = self._anonymizer.anonymize(
            text=text, analyzer_results=results, operators=operators
        ).text
        return re.sub(r"  +", " ", new_text)


def _check_states(states: str) -> None:
    if states not in STATE_POLICIES:
        raise UsageError(f"unknown state policy {states!r}: use one of {', '.join(STATE_POLICIES)}")


def _check_mode(mode: str) -> None:
    if mode not in MODES:
        raise UsageError(f"unknown redaction mode {mode!r}: use one of {', '.join(MODES)}")


def _value_key(value: str) -> str:
    return re.sub(r"[^a-z0-9]", "", value.lower())


def _labels(text: str, spans: list[Span], mode: str) -> dict[tuple[str, str], str]:
    """Placeholder per (kind, value): `[KIND]`, or `[KIND-n]` numbered in order of appearance."""
    labels: dict[tuple[str, str], str] = {}
    counters: Counter[str] = Counter()
    for s in spans:
        key = (s.kind, _value_key(text[s.start : s.end]))
        if key in labels:
            continue
        if mode == "pseudonym":
            counters[s.kind] += 1
            labels[key] = f"[{s.kind}-{counters[s.kind]}]"
        else:
            labels[key] = f"[{s.kind}]"
    return labels


_STATE_AFTER = re.compile(r",?\s+(?P<s>D\.?\s?C\b\.?|[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})")


def _city(text: str, span: Span) -> bool:
    """A town named like a state, since the same state or D.C. follows: "Washington, D.C.",
    "New York, New York". A state's name as a town is smaller than a state: redacted."""
    if not only_states(text[span.start : span.end]):
        return False
    m = _STATE_AFTER.match(text, span.end)
    if m is None:
        return False
    after = m.group("s")
    if re.fullmatch(r"D\.?\s?C\b\.?", after):
        return True
    # the same name again: "New York, New York"; a list of states ("Ohio, Texas") stays
    name = _value_key(text[span.start : span.end].split(",")[-1])
    return _value_key(" ".join(after.split()[: len(name.split()) + 2])).startswith(name)


def _strip_edges(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " ,.;:-":
        start += 1
    while end > start and text[end - 1] in " ,;:-":
        end -= 1
    # whole words only: a pattern written for ASCII letters stops inside "Takács"
    while start > 0 and start < end and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > start and text[end].isalnum() and text[end - 1].isalnum():
        end += 1
    return Span(start, end, span.kind, span.score)


_CACHE: dict[tuple[str, float, str], Redactor] = {}
_CACHE_LOCK = threading.Lock()


def get_redactor(
    mode: str = "placeholder", threshold: float = 0.35, states: str = "keep"
) -> Redactor:
    """The process-wide redactor for these settings (built on first use: about two seconds)."""
    _check_mode(mode)
    _check_states(states)
    with _CACHE_LOCK:
        key = (mode, threshold, states)
        if key not in _CACHE:
            # one Presidio build serves every mode and state policy: reuse it when only they differ
            base = next((r for (_m, t, _s), r in _CACHE.items() if t == threshold), None)
            if base is None:
                _CACHE[key] = Redactor(mode, threshold, states)
            else:
                _CACHE[key] = base.with_policy(mode, states)
        return _CACHE[key]


def build_beside(mode: str = "placeholder", threshold: float = 0.35, states: str = "keep") -> None:
    """Start building the redactor for these settings on a thread of its own, and return at once.
    `transcribe` starts it before Whisper runs, whose decoding leaves part of the second core
    idle; the later get_redactor() with the same settings waits for this build (it holds the
    cache's lock) rather than doing it again. A build that fails is left for that call to raise."""

    def build() -> None:
        with contextlib.suppress(Exception):  # raised again, with its message, by that call
            get_redactor(mode, threshold, states)

    # Not a daemon: a process that stops early (exit 5 on a voice encoder that fails its hash)
    # waits for the build to finish, instead of tearing the interpreter down under spaCy's
    # native code ("libblis: Aborting.", exit -6 instead of 5, seen on a loaded machine).
    threading.Thread(target=build, name="redactor-build", daemon=False).start()
