"""How suggestions read, in the Suggestions list and on the pane's dashed outlines."""

from __future__ import annotations

import math

from desktop.domain.figures import format_decimal
from desktop.domain.figures.wording import BOUND_WORDS, amount_with_unit
from desktop.domain.spans import SuggestedSpan
from desktop.services.suggestions import FigureSuggestion, MentionSuggestion

Suggestion = MentionSuggestion | FigureSuggestion


def score_text(score: float) -> str:
    """1.0 -> "100%"; anything short of 1 never rounds up to 100% (0.996 -> "99%")."""
    return "100%" if score >= 1 else f"{min(math.floor(score * 100), 99)}%"


def value_text(suggestion: FigureSuggestion) -> str:
    """What accepting the figure records: "14 000 000 000 USD, about", "49%", "2016"."""
    upper = None if suggestion.value_max is None else format_decimal(suggestion.value_max)
    amount = amount_with_unit(format_decimal(suggestion.value), upper, suggestion.unit)
    if suggestion.bound and suggestion.bound != "exact":
        amount += f", {BOUND_WORDS.get(suggestion.bound, suggestion.bound)}"
    return amount


def suggestion_label(suggestion: Suggestion, entity_name: str = "") -> str:
    """One line: "Openi — 83%" for a mention, "circa 14 miliardi di dollari → 14 000 000 000 USD, about"."""
    if isinstance(suggestion, MentionSuggestion):
        return f"{suggestion.surface} — {score_text(suggestion.score)}"
    return f"{suggestion.surface} → {value_text(suggestion)}"


def suggested_span(suggestion: Suggestion, entity_name: str = "") -> SuggestedSpan:
    """The dashed outline a pane draws for the suggestion."""
    if isinstance(suggestion, MentionSuggestion):
        label = f"{entity_name or suggestion.matched_name} ({score_text(suggestion.score)})"
        return SuggestedSpan(suggestion.id, suggestion.start, suggestion.end, "entity", label, suggestion.score)
    return SuggestedSpan(suggestion.id, suggestion.start, suggestion.end, "figure", value_text(suggestion))
