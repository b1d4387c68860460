"""Base class for this package's recognizers: a `find` method yields spans, Presidio gets results.

Each concrete recognizer (one per file) implements `find(text, nlp_artifacts)`; this class turns
its spans into Presidio `RecognizerResult`s. Imported only by the analyzer factory, lazily, since
it imports Presidio.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from localnotes.types import Span


class RegexSpanRecognizer(EntityRecognizer):
    """A recognizer that finds spans with plain Python code over the text."""

    ENTITIES: tuple[str, ...] = ()

    def __init__(self) -> None:
        super().__init__(
            supported_entities=list(self.ENTITIES),
            name=type(self).__name__,
            supported_language="en",
        )

    def load(self) -> None:
        """Nothing to load: the patterns are compiled at import."""

    def find(self, text: str, nlp_artifacts: Any) -> Iterable[Span]:
        raise NotImplementedError

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: Any = None
    ) -> list[RecognizerResult]:
        wanted = set(entities) if entities else set(self.ENTITIES)
        return list(self._results(text, nlp_artifacts, wanted))

    def _results(
        self, text: str, nlp_artifacts: Any, wanted: set[str]
    ) -> Iterator[RecognizerResult]:
        for span in self.find(text, nlp_artifacts):
            if span.kind in wanted and span.end > span.start:
                yield RecognizerResult(span.kind, span.start, span.end, span.score)
