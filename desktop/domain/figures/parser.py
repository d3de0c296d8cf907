"""Placeholder: being written (parse_figure / find_figures)."""

from __future__ import annotations

from desktop.domain.figures.model import FoundFigure, ParsedFigure


def parse_figure(text: str, lang: str = "en") -> ParsedFigure | None:
    return None


def find_figures(text: str, lang: str = "en") -> list[FoundFigure]:
    return []
