"""Sharing a table's width among its columns by priority, so that what a reader needs is never the
part that is cut: each column wants its content's width; when they do not all fit, the columns named
first give up width (down to a floor) before the others, and spare width goes to the stretch columns.

``share_widths`` is plain arithmetic; ``fit_columns`` applies it to a ``QTableView``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QTableView

PADDING = 14  # a cell's margins beyond its text


def _take(widths: list[int], floors: Sequence[int], columns: Sequence[int], excess: int) -> int:
    """Narrow ``columns`` by up to ``excess`` in all, each in proportion to what it can give; the rest."""
    give = {c: max(0, widths[c] - floors[c]) for c in columns}
    total = sum(give.values())
    if total <= excess:
        for c in columns:
            widths[c] -= give[c]
        return excess - total
    shares = {c: give[c] * excess // total for c in columns}
    left = excess - sum(shares.values())
    for c in columns:  # the pixels lost to rounding
        extra = min(left, give[c] - shares[c])
        shares[c] += extra
        left -= extra
    for c in columns:
        widths[c] -= shares[c]
    return 0


def share_widths(available: int, wants: Sequence[int], floors: Sequence[int],
                 squeeze: Sequence[Sequence[int]], stretch: Sequence[int]) -> list[int]:
    """Column widths that fill ``available``: everyone's ``wants`` if they fit (the spare width split among
    ``stretch``); else the groups of ``squeeze``, in order, narrowed towards their ``floors``, then every
    other column. Never below a floor (the table then scrolls)."""
    widths = [max(w, f) for w, f in zip(wants, floors, strict=True)]
    excess = sum(widths) - available
    if excess <= 0:
        if stretch:
            for n, c in enumerate(stretch):
                widths[c] += -excess // len(stretch) + (1 if n < -excess % len(stretch) else 0)
        return widths
    named = {c for group in squeeze for c in group}
    for group in [*squeeze, [c for c in range(len(widths)) if c not in named]]:
        if excess <= 0:
            break
        excess = _take(widths, floors, list(group), excess)
    return widths


def content_width(table: QTableView, column: int) -> int:
    """What a column needs for its widest cell and its header."""
    header = table.horizontalHeader()
    return max(table.sizeHintForColumn(column), header.sectionSizeFromContents(column).width()) + PADDING


def fit_columns(table: QTableView, floors: Mapping[int, int], squeeze: Sequence[Sequence[int]],
                stretch: Sequence[int], caps: Mapping[int, int] | None = None,
                contents: Sequence[int] | None = None) -> list[int]:
    """Size every column of ``table`` to its viewport by ``share_widths``; a column absent from ``floors``
    keeps its content's width (``caps`` limit what a column asks for; ``contents``: the columns' content
    widths when the caller keeps them). Returns the widths."""
    model = table.model()
    count = model.columnCount() if model is not None else 0
    wants = list(contents) if contents is not None else [content_width(table, c) for c in range(count)]
    for column, cap in (caps or {}).items():
        if column < count:
            wants[column] = min(wants[column], cap)
    lows = [floors.get(c, wants[c]) for c in range(count)]
    widths = share_widths(table.viewport().width(), wants, lows, squeeze, stretch)
    header = table.horizontalHeader()
    for column, width in enumerate(widths):
        header.resizeSection(column, width)
    return widths
