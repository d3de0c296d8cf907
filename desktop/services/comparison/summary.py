"""A measure's one-line summary: "sources disagree: $10B+ (002), ~$14B (000, via WSJ), ..."."""

from __future__ import annotations

from decimal import Decimal

from desktop.i18n import Context
from desktop.services.comparison.memo import Figure, FigureRow, Memo

Comparison = Context("Comparison")


def measure_summary(rows: list[FigureRow], figures: list[Figure], compared: list[int], disagree: bool,
                        memo: Memo) -> str:
    """One line: "sources disagree: $10B+ (002), ~$14B (000, via WSJ), ..." plus what was not compared. The
    compared figures by value (in row order among equal ones), grouped by their compact text, each group with
    its sources."""
    by_value: dict[tuple[Decimal, Decimal, int], list[int]] = {}
    for n in compared:
        sort_key = figures[n].sort_key
        assert sort_key is not None  # a compared figure has a value
        at = by_value.get(sort_key)
        if at is None:
            by_value[sort_key] = [n]
        else:
            at.append(n)
    tag = memo.tag
    groups: dict[str, dict[str, None]] = {}  # compact text -> the sources' tags, in order
    for sort_key in sorted(by_value):
        for n in by_value[sort_key]:
            shown = figures[n].compact
            tags = groups.get(shown)
            if tags is None:
                tags = groups[shown] = {}
            tags[tag(rows[n])] = None
    parts = ", ".join(group_text(shown, list(tags)) for shown, tags in groups.items())
    if not compared:
        text = Comparison.tr("no values to compare")
    elif disagree:
        text = Comparison.tr("sources disagree: {values}").format(values=parts)
    elif len(compared) == 1:
        text = Comparison.tr("one value only: {values}").format(values=parts)
    else:
        text = Comparison.tr("sources agree: {values}").format(values=parts)
    comparable = set(compared)
    other_unit = [n for n, f in enumerate(figures) if f.value is not None and n not in comparable]
    if other_unit:
        text += Comparison.tr("; not compared (unit differs): {values}").format(
            values=", ".join(group_text(figures[n].compact, [tag(rows[n])]) for n in other_unit))
    no_value = [row[0] for row, f in zip(rows, figures, strict=True) if f.value is None]
    if no_value:
        text += Comparison.tr("; no value read: {sources}").format(sources=", ".join(dict.fromkeys(no_value)))
    return text


def group_text(shown: str, tags: list[str]) -> str:
    """"$14B (000, 003)"; "; " between the tags when one has a comma ("~$14B (000, via WSJ; 003)")."""
    joiner = "; " if any(", " in t for t in tags) else ", "
    return f"{shown} ({joiner.join(tags)})"
