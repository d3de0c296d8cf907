"""The timeline: every dated figure of the project on one time axis, and the date measures lined up.

A dated figure is a figure annotation whose unit is ``date`` and whose value is an ISO 8601 date
("2025-06-12", "2024-09", "2025": its form is its granularity). ``timeline`` groups them by measure
("deal announced", "Droege joined Scale"), one row per measure, each source's date at its granularity
with its quote; two dates that cannot both be true at their granularities (their intervals of days do
not meet: ``isodates.date_interval``, the comparison's rule) make the measure disagree, the same way
figures do. ``dated_events`` lists every dated figure, with or without a measure, for the chart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from desktop.domain.intervals import Interval, conflicts
from desktop.domain.isodates import date_interval, granularity_of, is_iso_date, span
from desktop.domain.kinds import Kind
from desktop.domain.labels import document_label
from desktop.services.comparison import DEFAULT_STATUSES
from desktop.storage import tables as t
from desktop.storage.project import Project

DATE_UNIT = "date"


@dataclass(frozen=True)
class DatedValue:
    annotation_id: str
    document_id: int
    document_title: str
    document_label: str
    quote: str
    start: int
    end: int
    value: str | None            # ISO 8601; None when no date was read
    value_max: str | None        # the end of a range
    granularity: str | None      # day | month | year
    bound: str                   # exact | about | at_least | at_most | range
    status: str
    author_name: str
    measure_id: int | None
    measure_label: str | None
    first: date | None           # the first and last day the value allows (None: unbounded or no value)
    last: date | None
    conflicts_with: tuple[str, ...] = ()

    @property
    def iso_text(self) -> str | None:
        """'2025-06-12', or '2025-06/2025-07' for a range (an ISO 8601 interval)."""
        if self.value is None:
            return None
        if self.bound == "range" and self.value_max:
            return f"{self.value}/{self.value_max}"
        return self.value


@dataclass(frozen=True)
class DateMeasure:
    measure_id: int
    key: str
    label: str
    values: list[DatedValue]     # ordered by date, then document label
    disagree: bool


def dated_events(project: Project, *, statuses: frozenset[str] | None = None,
                 author_ids: frozenset[int] | None = None) -> list[DatedValue]:
    """Every dated figure (a date value read or typed), in time order, then by source."""
    return sorted((v for v in _values(project, statuses, author_ids) if v.value is not None), key=_order)


def timeline(project: Project, *, statuses: frozenset[str] | None = None,
             author_ids: frozenset[int] | None = None) -> list[DateMeasure]:
    """Every measure with at least one dated figure, its sources side by side; disagreeing measures
    first, then by label."""
    by_measure: dict[int, list[DatedValue]] = {}
    keys: dict[int, tuple[str, str]] = {}
    for v in _values(project, statuses, author_ids):
        if v.measure_id is None:
            continue
        by_measure.setdefault(v.measure_id, []).append(v)
    m = t.measures.c
    with project.read_core() as c:
        for row in c.execute(select(m.id, m.key, m.label).where(m.id.in_(sorted(by_measure)))):
            measure: tuple[Any, ...] = tuple(row)
            keys[measure[0]] = (measure[1], measure[2])
    result = []
    for measure_id, values in by_measure.items():
        intervals: dict[str, Interval] = {
            v.annotation_id: date_interval(v.value, v.value_max, v.bound) for v in values if v.value is not None}
        clashes = conflicts(list(intervals.items()))
        ordered = sorted((_with_conflicts(v, clashes) for v in values), key=_order)
        key, label = keys[measure_id]
        result.append(DateMeasure(measure_id, key, label, ordered, any(clashes.values())))
    return sorted(result, key=lambda m: (not m.disagree, m.label.casefold(), m.measure_id))


def timeline_json(measures: list[DateMeasure]) -> dict[str, Any]:
    """The JSON of ``evidence-desk timeline --json``."""
    return {"measures": [
        {"measure": m.key, "label": m.label, "disagree": m.disagree, "values": [
            {"document": v.document_id, "label": v.document_label, "quote": v.quote, "value": v.iso_text,
             "granularity": v.granularity, "bound": v.bound, "status": v.status}
            for v in m.values]}
        for m in measures]}


def _order(v: DatedValue) -> tuple[date, str, int, str]:
    return (v.first or v.last or date.max, v.document_label, v.start, v.annotation_id)


def _with_conflicts(v: DatedValue, clashes: dict[str, set[str]]) -> DatedValue:
    return DatedValue(**{**v.__dict__, "conflicts_with": tuple(sorted(clashes.get(v.annotation_id, ())))})


def _values(project: Project, statuses: frozenset[str] | None, author_ids: frozenset[int] | None) -> list[DatedValue]:
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    a, d, au, m = t.annotations.c, t.documents.c, t.authors.c, t.measures.c
    stmt = (
        select(a.id, a.document_id, a.quote, a.start, a.end, a.value, a.value_max, a.bound, a.status, a.measure_id,
               d.title, d.source_name, d.label, au.name, m.label)
        .join(t.documents, d.id == a.document_id)
        .join(t.authors, au.id == a.author_id)
        .outerjoin(t.measures, m.id == a.measure_id)
        .where(a.kind == Kind.FIGURE.value, a.unit == DATE_UNIT, a.status.in_(sorted(statuses)))
    )
    if author_ids is not None:
        stmt = stmt.where(a.author_id.in_(sorted(author_ids)))
    values = []
    with project.read_core() as c:  # plain rows: no ORM objects (the dossier reads this too)
        for row in c.execute(stmt):
            fields: tuple[Any, ...] = tuple(row)
            (annotation_id, document_id, quote, start, end, raw_value, raw_max, raw_bound, status, measure_id,
             title, source, doc_label, author, measure_label) = fields
            value = raw_value if is_iso_date(raw_value) else None
            value_max = raw_max if is_iso_date(raw_max) else None
            bound = raw_bound or "exact"
            first = last = None
            if value is not None:  # the days the value itself covers; the bound is drawn, not widened
                first = span(value)[0]
                last = span(value_max if bound == "range" and value_max else value)[1]
            values.append(DatedValue(
                annotation_id=annotation_id, document_id=document_id, document_title=title,
                document_label=document_label(document_id, source, doc_label), quote=quote, start=start,
                end=end, value=value, value_max=value_max if bound == "range" else None,
                granularity=granularity_of(value) if value else None, bound=bound, status=status,
                author_name=author, measure_id=measure_id, measure_label=measure_label,
                first=first, last=last))
    return values


def chart_events(project: Project, *, statuses: frozenset[str] | None = None,
                 author_ids: frozenset[int] | None = None) -> list[tuple[DatedValue, bool]]:
    """Every dated event with whether it disagrees with another source's date of its measure."""
    clashing = {v.annotation_id for m in timeline(project, statuses=statuses, author_ids=author_ids)
                for v in m.values if v.conflicts_with}
    return [(v, v.annotation_id in clashing) for v in dated_events(project, statuses=statuses, author_ids=author_ids)]
