"""Lining the sources up: what each source says about a measure or a proposition, and where they clash.

The interval rule itself lives in ``desktop.domain.intervals``; this package reads the annotations
(``reading``), lines the figures up per measure (``measures``, with ``memo`` and ``summary``: "sources disagree:
$10B+ (002), ~$14B (000, via WSJ), ...") and the claims per proposition (``propositions``), giving the
dataclasses of ``results`` that the dossier, the window and the command read. ``statuses``: which annotations
count; ``amounts`` and ``sources``: figures and sources in few characters.
"""

from __future__ import annotations

from desktop.domain.labels import document_label
from desktop.services.comparison.amounts import CURRENCY_SYMBOLS, compact_amount, compact_figure, compact_memo
from desktop.services.comparison.measures import FigureRead, measures_compared
from desktop.services.comparison.propositions import ClaimRead, propositions_compared
from desktop.services.comparison.reading import (
    compare_all,
    compare_measures,
    compare_propositions,
    known_measures,
    known_propositions,
)
from desktop.services.comparison.results import (
    ClaimPosition,
    DocumentSide,
    FigureValue,
    MeasureComparison,
    PropositionComparison,
)
from desktop.services.comparison.sources import KNOWN_SOURCES, outlet_hint, short_source, source_tag
from desktop.services.comparison.statuses import (
    ALL_STATUSES,
    DEFAULT_STATUSES,
    PENDING_STATUSES,
    HiddenForReview,
    hidden_for_review,
    statuses_for,
)

__all__ = [
    "ALL_STATUSES", "CURRENCY_SYMBOLS", "DEFAULT_STATUSES", "KNOWN_SOURCES", "PENDING_STATUSES", "ClaimPosition",
    "ClaimRead", "DocumentSide", "FigureRead", "FigureValue", "HiddenForReview", "MeasureComparison",
    "PropositionComparison", "compact_amount", "compact_figure", "compact_memo", "compare_all", "compare_measures",
    "compare_propositions", "document_label", "hidden_for_review", "known_measures", "known_propositions",
    "measures_compared", "outlet_hint", "propositions_compared", "short_source", "source_tag", "statuses_for",
]
