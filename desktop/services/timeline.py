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
from desktop.storage.models import Annotation, Author, Document, Measure
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
    with project.read() as s:
        for m in s.scalars(select(Measure).where(Measure.id.in_(sorted(by_measure)))):
            keys[m.id] = (m.key, m.label)
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
    stmt = (
        select(Annotation, Document.title, Document.source_name, Document.label, Author.name, Measure.label)
        .join(Document, Document.id == Annotation.document_id)
        .join(Author, Author.id == Annotation.author_id)
        .outerjoin(Measure, Measure.id == Annotation.measure_id)
        .where(Annotation.kind == Kind.FIGURE.value, Annotation.unit == DATE_UNIT,
               Annotation.status.in_(sorted(statuses)))
    )
    if author_ids is not None:
        stmt = stmt.where(Annotation.author_id.in_(sorted(author_ids)))
    values = []
    with project.read() as s:
        for ann, title, source, doc_label, author, measure_label in s.execute(stmt):
            value = ann.value if is_iso_date(ann.value) else None
            value_max = ann.value_max if is_iso_date(ann.value_max) else None
            bound = ann.bound or "exact"
            first = last = None
            if value is not None:  # the days the value itself covers; the bound is drawn, not widened
                first = span(value)[0]
                last = span(value_max if bound == "range" and value_max else value)[1]
            values.append(DatedValue(
                annotation_id=ann.id, document_id=ann.document_id, document_title=title,
                document_label=document_label(ann.document_id, source, doc_label), quote=ann.quote, start=ann.start,
                end=ann.end, value=value, value_max=value_max if bound == "range" else None,
                granularity=granularity_of(value) if value else None, bound=bound, status=ann.status,
                author_name=author, measure_id=ann.measure_id, measure_label=measure_label,
                first=first, last=last))
    return values


def chart_events(project: Project, *, statuses: frozenset[str] | None = None,
                 author_ids: frozenset[int] | None = None) -> list[tuple[DatedValue, bool]]:
    """Every dated event with whether it disagrees with another source's date of its measure."""
    clashing = {v.annotation_id for m in timeline(project, statuses=statuses, author_ids=author_ids)
                for v in m.values if v.conflicts_with}
    return [(v, v.annotation_id in clashing) for v in dated_events(project, statuses=statuses, author_ids=author_ids)]
