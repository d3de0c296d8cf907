"""The multilingual figure parser (it, pt, fr, en, de): amounts, currencies, percentages and bounds."""

from typing import TYPE_CHECKING, Any

from desktop.domain.figures.model import FoundFigure, ParsedFigure, format_decimal

if TYPE_CHECKING:
    from desktop.domain.figures.parser import find_figures, iter_figures, parse_figure

__all__ = ["FoundFigure", "ParsedFigure", "find_figures", "format_decimal", "iter_figures", "parse_figure"]


def __getattr__(name: str) -> Any:
    """The parser (its vocabularies and grammar) is imported when first asked for, not by every importer of
    ``format_decimal`` or the model (a command that lists or compares never parses)."""
    if name in ("find_figures", "iter_figures", "parse_figure"):
        from desktop.domain.figures import parser

        return getattr(parser, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
