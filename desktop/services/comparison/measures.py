"""The figures on each measure side by side, and which of them cannot both be true."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from decimal import Decimal

from desktop.domain.intervals import conflicting
from desktop.services.comparison.memo import FigureRow, Memo, figure_key, unit_key
from desktop.services.comparison.results import DocumentSide, FigureValue, MeasureComparison
from desktop.services.comparison.summary import measure_summary

# One figure as ``measures_compared`` takes it (see there).
FigureRead = tuple[str, int, str, int, int, "str | None", "str | None", "str | None", "str | None", str,
                   "str | None", int, int]


def measures_compared(known: dict[int, tuple[str, str, str]], documents: dict[int, DocumentSide],
                      authors: dict[int, str], figures: Iterable[FigureRead], tol: Decimal) -> list[MeasureComparison]:
    """``compare_measures`` of rows already read (the dossier has them): ``known`` measures as (key, label, unit),
    ``documents`` as ``reading`` makes them, and the figures to line up, each
    (id, document id, quote, start, end, value, value_max, unit, bound, status, attributed_to, author id,
    measure id), already filtered (kind, statuses, authors, no date)."""
    measures: dict[int, tuple[str, str, str]] = {}
    rows: dict[int, list[FigureRow]] = {}
    for (ann_id, document_id, quote, start, end, value, value_max, unit, bound, status, attributed_to,
         author_id, m_id) in figures:
        group = rows.get(m_id)
        if group is None:
            if m_id not in known:
                continue
            group = rows[m_id] = []
            measures[m_id] = known[m_id]
        document, author = documents.get(document_id), authors.get(author_id)
        if document is None or author is None:
            continue
        doc_label, title, outlet, reliability = document
        group.append((doc_label, start, end, ann_id, document_id, quote, value, value_max, unit, bound, status,
                      attributed_to, title, outlet, reliability, author))
    memo = Memo(tol)
    result = [_compare_measure(m_id, *measures[m_id], rows[m_id], memo) for m_id in measures]
    return sorted(result, key=lambda c: (not c.disagree, c.label.casefold(), c.measure_id))


def _compare_measure(measure_id: int, key: str, label: str, unit: str, rows: list[FigureRow],
                     memo: Memo) -> MeasureComparison:
    rows.sort()
    found, figure = memo.figures.get, memo.figure
    figures = [found(k) or figure(k) for k in map(figure_key, rows)]
    if unit.strip():
        reference = unit_key(unit)
    else:
        reference = _most_common_unit([f.unit_key for f in figures if f.value is not None])
    compared = [n for n, f in enumerate(figures) if f.value is not None and f.unit_key == reference]
    clashes: list[tuple[str, ...]]  # per row: the ids it clashes with
    if len(compared) == len(rows):  # every figure compared (the usual case): the answers as they come
        clashes = conflicting([f.interval for f in figures], [row[3] for row in rows])  # type: ignore[misc]
    else:
        clashes = [()] * len(rows)
        for n, ids in zip(compared, conflicting([figures[n].interval for n in compared],  # type: ignore[misc]
                                                [rows[n][3] for n in compared]), strict=True):
            clashes[n] = ids
    disagree = any(clashes)
    values = []
    new = object.__new__
    for (doc_label, start, end, ann_id, document_id, quote, _v, _m, v_unit, bound, status, attributed_to, title,
         outlet, reliability, author), f, clash in zip(rows, figures, clashes, strict=True):
        interval = f.interval
        value = new(FigureValue)  # FigureValue(...) filled at once (see below)
        value.__dict__.update({
            "annotation_id": ann_id, "document_id": document_id, "document_title": title, "document_label": doc_label,
            "outlet": outlet, "reliability": reliability, "quote": quote, "start": start, "end": end,
            "value": f.value, "value_max": f.value_max, "unit": v_unit, "bound": bound, "status": status,
            "author_name": author, "attributed_to": attributed_to, "low": interval.low if interval else None,
            "high": interval.high if interval else None, "conflicts_with": clash})
        values.append(value)
    summary = measure_summary(rows, figures, compared, disagree, memo)
    return MeasureComparison(measure_id, key, label, unit, values, disagree, summary)


# A frozen dataclass's own __init__ sets each field through object.__setattr__: for FigureValue's 19 fields,
# four times the cost of filling the new instance's __dict__ at once from a dictionary display (12,500 values a
# desk; ClaimPosition the same in propositions.py). Same instance; tests/unit/test_comparison.py checks the names.


def _most_common_unit(units: list[str]) -> str:
    """The unit key most values have; on a tie, the one read first."""
    counts = Counter(units)
    if not counts:
        return ""
    best = max(counts.values())
    return next(u for u in units if counts[u] == best)
