"""The multilingual figure parser (it, pt, fr, en, de): amounts, currencies, percentages and bounds."""

from desktop.domain.figures.model import FoundFigure, ParsedFigure, format_decimal
from desktop.domain.figures.parser import find_figures, parse_figure

__all__ = ["FoundFigure", "ParsedFigure", "find_figures", "format_decimal", "parse_figure"]
