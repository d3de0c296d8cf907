"""Every dated event of the project on one time axis, one lane per source, as SVG (pure Python).

The same drawing shows on screen (the Timeline tab, through QtSvg) and in the dossier. Each event is
drawn at its granularity: a day as a diamond, a month or a year as a bar over the days it covers; "at
least" runs an arrow to the right end of the axis, "at most" to the left, "about" is a faint bar.
Events of one measure share a colour (events with no measure are grey); an event that cannot be true
together with another source's date of the same measure is outlined in the warning colour. Only SVG
Tiny features are used, as in chart.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape, quoteattr

from desktop.dossier.chart import BAND, FONT, GRID, INK, MUTED, WARNING

if TYPE_CHECKING:
    from desktop.services.timeline import DatedValue

WIDTH = 900
LEFT = 70  # lanes' labels end here
RIGHT = 24
TOP = 34  # the axis labels above the lanes
ROW = 22  # one row of events inside a lane
LANE_GAP = 8
CHAR = 5.6  # average width of a 10 px character
PALETTE = ("#1d5fa8", "#2f855a", "#7b3fa0", "#b7791f", "#2c7a7b", "#9b2c2c", "#4a5568", "#c05621")
NO_MEASURE = "#8a94a6"


@dataclass(frozen=True)
class TimelineEvent:
    lane: str  # the source: "000"
    label: str  # what is dated: the measure's label, else the quote
    first: date  # the first and the last day the date covers
    last: date
    bound: str  # exact | about | at_least | at_most | range
    measure: str | None
    conflict: bool
    text: str  # the date as written in ISO: "2025-06-12", "2024-09", "2025-06/2025-07"


def _x(day: date, start: date, end: date) -> float:
    total = max(1, (end - start).days)
    return LEFT + (WIDTH - LEFT - RIGHT) * (day - start).days / total


def _extent(events: Sequence[TimelineEvent]) -> tuple[date, date]:
    first = min(e.first for e in events)
    last = max(e.last for e in events) + timedelta(days=1)
    pad = max(15, (last - first).days // 20)
    return first - timedelta(days=pad), last + timedelta(days=pad)


def _ticks(start: date, end: date) -> list[tuple[date, str]]:
    years = end.year - start.year
    if years >= 3:
        step = max(1, round(years / 8))
        return [(date(y, 1, 1), str(y)) for y in range(start.year + 1, end.year + 1) if y % step == 0]
    months = years * 12 + end.month - start.month
    step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 10)
    ticks = []
    y, m = start.year, start.month
    while True:
        m += 1
        if m > 12:
            y, m = y + 1, 1
        day = date(y, m, 1)
        if day > end:
            break
        if (m - 1) % step == 0:
            ticks.append((day, str(y) if m == 1 and step >= 6 else f"{y}-{m:02d}"))
    return ticks


def _text(x: float, y: float, content: str, *, size: int = 10, anchor: str = "start", fill: str = INK,
          weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-family={quoteattr(FONT)} font-size="{size}" '
            f'text-anchor="{anchor}" fill="{fill}" font-weight="{weight}">{escape(content)}</text>')


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _layout(events: Sequence[TimelineEvent], start: date, end: date) -> list[tuple[TimelineEvent, str, int]]:
    """(event, lane, row inside the lane): events whose marks and labels would overlap get their own row."""
    placed: list[tuple[TimelineEvent, str, int]] = []
    ends: dict[tuple[str, int], float] = {}
    for e in sorted(events, key=lambda e: (e.lane, e.first, e.last)):
        x0 = _x(e.first, start, end) - 6
        x1 = max(_x(e.last + timedelta(days=1), start, end), x0 + 12) + 6 + CHAR * len(_label(e))
        row = 0
        while ends.get((e.lane, row), -1.0) > x0:
            row += 1
        ends[(e.lane, row)] = x1
        placed.append((e, e.lane, row))
    return placed


def _label(e: TimelineEvent) -> str:
    return _shorten(f"{e.label} · {e.text}", 44)


def timeline_height(events: Sequence[TimelineEvent]) -> int:
    if not events:
        return 0
    start, end = _extent(events)
    rows: dict[str, int] = {}
    for _e, lane, row in _layout(events, start, end):
        rows[lane] = max(rows.get(lane, 0), row + 1)
    legend = len({e.measure for e in events}) // 4 + 1
    return TOP + sum(rows.values()) * ROW + len(rows) * LANE_GAP + 16 + legend * 16


def colours(events: Sequence[TimelineEvent]) -> dict[str | None, str]:
    measures = sorted({e.measure for e in events if e.measure}, key=str.casefold)
    table: dict[str | None, str] = {m: PALETTE[i % len(PALETTE)] for i, m in enumerate(measures)}
    table[None] = NO_MEASURE
    return table


def render_timeline(events: Sequence[TimelineEvent], *, title: str = "Timeline") -> str | None:
    """The SVG of every event on one time axis, or None when there is nothing dated."""
    if not events:
        return None
    start, end = _extent(events)
    layout = _layout(events, start, end)
    lanes = sorted({lane for _e, lane, _r in layout})
    rows = {lane: 1 + max(r for _e, ln, r in layout if ln == lane) for lane in lanes}
    top: dict[str, float] = {}
    y = TOP
    for lane in lanes:
        top[lane] = y
        y += rows[lane] * ROW + LANE_GAP
    plot_bottom = y
    height = timeline_height(events)
    colour = colours(events)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{WIDTH}" '
           f'height="{height}" viewBox="0 0 {WIDTH} {height}">', f"<title>{escape(title)}</title>"]
    for i, lane in enumerate(lanes):  # lane bands and labels
        if i % 2 == 0:
            out.append(f'<rect x="{LEFT}" y="{top[lane] - 2:.1f}" width="{WIDTH - LEFT - RIGHT}" '
                       f'height="{rows[lane] * ROW + 4}" fill="{BAND}"/>')
        out.append(_text(LEFT - 8, top[lane] + 14, lane, size=11, anchor="end", weight="bold"))
    for day, label in _ticks(start, end):  # the axis
        x = _x(day, start, end)
        out.append(f'<line x1="{x:.1f}" y1="{TOP - 6}" x2="{x:.1f}" y2="{plot_bottom:.1f}" stroke="{GRID}" '
                   f'stroke-width="1"/>')
        out.append(_text(x, TOP - 10, label, size=10, anchor="middle", fill=MUTED))
    for e, lane, row in layout:
        out.extend(_mark(e, top[lane] + row * ROW + ROW / 2, start, end, colour[e.measure]))
    legend_y = plot_bottom + 14
    x = LEFT
    for measure, fill in colour.items():
        if measure is None and not any(e.measure is None for e in events):
            continue
        name = measure or "no measure"
        out.append(f'<rect x="{x:.1f}" y="{legend_y - 8:.1f}" width="10" height="10" fill="{fill}"/>')
        out.append(_text(x + 14, legend_y, _shorten(name, 30), fill=MUTED))
        x += 28 + CHAR * len(_shorten(name, 30))
        if x > WIDTH - 200:
            x, legend_y = LEFT, legend_y + 16
    out.append("</svg>")
    return "\n".join(out)


def _mark(e: TimelineEvent, y: float, start: date, end: date, fill: str) -> list[str]:
    x0 = _x(e.first, start, end)
    x1 = _x(e.last + timedelta(days=1), start, end)
    stroke = WARNING if e.conflict else fill
    width = "2.5" if e.conflict else "1"
    out = []
    if e.bound == "at_least":
        out.append(f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{WIDTH - RIGHT:.1f}" y2="{y:.1f}" stroke="{fill}" '
                   f'stroke-width="1.5" stroke-dasharray="4,3"/>')
        out.append(f'<polygon points="{WIDTH - RIGHT:.1f},{y:.1f} {WIDTH - RIGHT - 7:.1f},{y - 4:.1f} '
                   f'{WIDTH - RIGHT - 7:.1f},{y + 4:.1f}" fill="{fill}"/>')
    elif e.bound == "at_most":
        out.append(f'<line x1="{LEFT:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" stroke="{fill}" '
                   f'stroke-width="1.5" stroke-dasharray="4,3"/>')
        out.append(f'<polygon points="{LEFT:.1f},{y:.1f} {LEFT + 7:.1f},{y - 4:.1f} {LEFT + 7:.1f},{y + 4:.1f}" '
                   f'fill="{fill}"/>')
    opacity = "0.35" if e.bound == "about" else "0.85"
    if x1 - x0 < 7:  # a day: a diamond
        cx = (x0 + x1) / 2
        out.append(f'<polygon points="{cx:.1f},{y - 7:.1f} {cx + 6:.1f},{y:.1f} {cx:.1f},{y + 7:.1f} '
                   f'{cx - 6:.1f},{y:.1f}" fill="{fill}" fill-opacity="{opacity}" stroke="{stroke}" '
                   f'stroke-width="{width}"/>')
        right = cx + 9
    else:  # a month, a year, a range: a bar over the days it covers
        out.append(f'<rect x="{x0:.1f}" y="{y - 6:.1f}" width="{x1 - x0:.1f}" height="12" rx="3" fill="{fill}" '
                   f'fill-opacity="{opacity}" stroke="{stroke}" stroke-width="{width}"/>')
        right = x1 + 4
    label = _label(e)
    if right + CHAR * len(label) > WIDTH - 4:  # no room at the right: write it before the mark
        out.append(_text(x0 - 9, y + 4, label, anchor="end", fill=WARNING if e.conflict else INK))
    else:
        out.append(_text(right, y + 4, label, fill=WARNING if e.conflict else INK))
    return out


def event_of(value: DatedValue, conflict: bool) -> TimelineEvent:
    """The chart's event for a dated figure of the timeline service."""
    if value.first is None or value.last is None:
        raise ValueError(f"{value.quote!r} has no date: it has no place on the timeline")
    return TimelineEvent(lane=value.document_label, label=value.measure_label or value.quote,
                         first=value.first, last=value.last, bound=value.bound, measure=value.measure_label,
                         conflict=conflict, text=value.iso_text or "")
