"""The dossier's Timeline: the date measures lined up (``services.timeline``), and the other dates.

Only the included annotations are shown; disagreements are the service's (dates that cannot both be
true at their granularities). Each date is cited like any quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from desktop.dossier.model import Quote, TimelineEntry, TimelineSection
from desktop.services.timeline import DatedValue, dated_events, timeline
from desktop.storage.project import Project

_SIGNS = {"about": "~", "at_least": "≥ ", "at_most": "≤ "}


def date_display(value: str | None, value_max: str | None, bound: str) -> str:
    """'2025-06-12', '≥ 2025-07-09', '~2015', '2025-06 – 2025-07'; 'no date' when none was read."""
    if value is None:
        return "no date"
    if bound == "range" and value_max:
        return f"{value} – {value_max}"
    return _SIGNS.get(bound, "") + value


def _entry(v: DatedValue, quote: Quote, labels: Mapping[str, str]) -> TimelineEntry:
    return TimelineEntry(
        quote=quote, value=v.value, value_max=v.value_max, granularity=v.granularity, bound=v.bound,
        display=date_display(v.value, v.value_max, v.bound), measure=v.measure_label,
        conflicts_with=tuple(sorted({labels[i] for i in v.conflicts_with if i in labels})))


def build_timeline(project: Project, statuses: frozenset[str], included: Mapping[str, object],
                   quote_of: Callable[[str], Quote]) -> tuple[tuple[TimelineSection, ...], tuple[TimelineEntry, ...]]:
    """(the date measures, the dated figures with no measure), keeping the included annotations only."""
    sections = []
    for m in timeline(project, statuses=statuses):
        values = [v for v in m.values if v.annotation_id in included]
        if not values:
            continue
        shown = {v.annotation_id for v in values}
        labels = {v.annotation_id: v.document_label for v in values}
        clashing = any(set(v.conflicts_with) & shown for v in values)
        anchor = "timeline-" + (re.sub(r"[^a-z0-9-]+", "-", m.key.lower()).strip("-") or "item")
        sections.append(TimelineSection(
            measure_key=m.key, label=m.label, disagree=clashing,
            values=tuple(_entry(v, quote_of(v.annotation_id), labels) for v in values), anchor=anchor))
    others = tuple(_entry(v, quote_of(v.annotation_id), {}) for v in dated_events(project, statuses=statuses)
                   if v.measure_id is None and v.annotation_id in included)
    return tuple(sections), others
