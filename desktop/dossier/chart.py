"""The comparison chart of one measure as SVG, in pure Python (no Qt, no plotting library).

One row per value (source label at left, the value as text at right), a horizontal axis with a
"nice" scale (0, $10B, $20B, $30B …), and a mark per bound:

- exact: a dot;
- about: a dot on a faint bar spanning the tolerance (v ± t);
- at least / at most: a dot with an arrow running to the end / the start of the axis;
- range: a bar between the two values, with end caps.

Values that cannot agree with another source are drawn in the warning colour. Pending annotations
are drawn hollow. Only SVG Tiny features are used (no CSS, no markers) so QtSvg renders it the same
way a browser does.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from xml.sax.saxutils import escape, quoteattr

from desktop.domain.words import bound_word
from desktop.dossier.model import FigureEntry, FigureSection
from desktop.dossier.values import to_decimal
from desktop.dossier.words import DossierText
from desktop.services.comparison import compact_amount

WIDTH = 640
ROW_HEIGHT = 28
TOP = 12
LABEL_RIGHT = 128  # source labels end here (right-aligned)
PLOT_LEFT = 140
PLOT_RIGHT = 540
VALUE_LEFT = 556  # the value as text
LEGEND_LINE = 18
LEGEND_CHAR = 5.7  # average width of a 10 px character, for laying out the legend
# A legend entry: its text, the width of its glyph, and (x, y) -> the SVG elements that draw the glyph.
LegendItem = tuple[str, float, Callable[[float, float], list[str]]]
FONT = "DejaVu Sans, Helvetica, Arial, sans-serif"

INK = "#1f2933"
MUTED = "#52606d"
GRID = "#d9e2ec"
BAND = "#f5f7fa"
NORMAL = "#1d5fa8"
WARNING = "#c2410c"


@dataclass(frozen=True)
class ChartRow:
    label: str
    note: str  # a second, smaller line under the label: "via Wall Street Journal"
    value: Decimal | None
    value_max: Decimal | None
    bound: str
    low: Decimal | None  # the interval; None = unbounded on that side
    high: Decimal | None
    text: str  # "~$14B"
    conflict: bool
    pending: bool

    @classmethod
    def from_entry(cls, entry: FigureEntry) -> ChartRow:
        return cls(
            label=entry.quote.citation.document, note=DossierText.tr("via {name}").format(name=entry.attributed_to) if entry.attributed_to else "",
            value=to_decimal(entry.value), value_max=to_decimal(entry.value_max),
            bound=entry.bound or "exact", low=to_decimal(entry.low), high=to_decimal(entry.high),
            text=entry.display, conflict=bool(entry.conflicts_with), pending=entry.quote.pending,
        )


# --- scale ----------------------------------------------------------------------------------------


def nice_ticks(low: Decimal, high: Decimal, target: int = 5) -> list[Decimal]:
    """Round tick values covering [low, high]: steps of 1, 2, 2.5 or 5 times a power of ten."""
    if high < low:
        low, high = high, low
    if high == low:
        high = low + (abs(low) if low else Decimal(1))
    span = high - low
    raw = span / target
    magnitude = Decimal(10) ** raw.adjusted()
    step = next(m * magnitude for m in (Decimal(1), Decimal(2), Decimal("2.5"), Decimal(5), Decimal(10))
                if m * magnitude >= raw)
    first = (low / step).to_integral_value(rounding="ROUND_FLOOR") * step
    last = (high / step).to_integral_value(rounding="ROUND_CEILING") * step
    ticks = []
    tick = first
    while tick <= last:
        ticks.append(tick)
        tick += step
    return ticks


def _extent(rows: Sequence[ChartRow]) -> tuple[Decimal, Decimal] | None:
    numbers = [n for r in rows for n in (r.value, r.value_max, r.low, r.high) if n is not None]
    if not numbers:
        return None
    low, high = min(numbers), max(numbers)
    if low >= 0:
        low = Decimal(0)  # amounts and shares read honestly from zero
    open_ended = [r.value for r in rows if r.bound == "at_least" and r.value is not None]
    if open_ended and max(open_ended) >= high - (high - low) * Decimal("0.1"):
        high = high + (high - low) * Decimal("0.15") if high > low else high + 1  # room for the arrow
    return low, high


# --- drawing --------------------------------------------------------------------------------------


def _fmt(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


_FONT_ATTR = quoteattr(FONT)


def _text(x: float, y: float, content: str, *, size: int = 11, anchor: str = "start", fill: str = INK,
          weight: str = "normal", style: str = "normal") -> str:
    return (f'<text x="{_fmt(x)}" y="{_fmt(y)}" font-family={_FONT_ATTR} font-size="{size}" '
            f'font-weight="{weight}" font-style="{style}" text-anchor="{anchor}" fill="{fill}">'
            f"{escape(content)}</text>")


def _dot(x: float, y: float, colour: str, hollow: bool) -> str:
    fill = "#ffffff" if hollow else colour
    return f'<circle cx="{_fmt(x)}" cy="{_fmt(y)}" r="5" fill="{fill}" stroke="{colour}" stroke-width="2"/>'


def _arrow(x: float, y: float, direction: int, colour: str) -> str:
    """A filled arrowhead with its tip at (x, y) pointing right (1) or left (-1)."""
    back = x - 9 * direction
    return (f'<polygon points="{_fmt(x)},{_fmt(y)} {_fmt(back)},{_fmt(y - 5)} {_fmt(back)},{_fmt(y + 5)}" '
            f'fill="{colour}"/>')


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _mark(row: ChartRow, y: float, scale: Callable[[Decimal], float], colour: str) -> list[str]:
    parts: list[str] = []
    if row.value is None:
        return [_text(PLOT_LEFT + 6, y + 4, "no value", fill=MUTED, style="italic")]
    x = scale(row.value)
    if row.bound == "about" and row.low is not None and row.high is not None:
        x0, x1 = scale(row.low), scale(row.high)
        parts.append(f'<rect x="{_fmt(x0)}" y="{_fmt(y - 5)}" width="{_fmt(max(x1 - x0, 1))}" height="10" '
                     f'rx="3" fill="{colour}" fill-opacity="0.22"/>')
    elif row.bound == "at_least":
        end = PLOT_RIGHT
        parts.append(f'<line x1="{_fmt(x)}" y1="{_fmt(y)}" x2="{_fmt(end - 8)}" y2="{_fmt(y)}" '
                     f'stroke="{colour}" stroke-width="3" stroke-opacity="0.75"/>')
        parts.append(_arrow(end, y, 1, colour))
    elif row.bound == "at_most":
        start = PLOT_LEFT
        parts.append(f'<line x1="{_fmt(start + 8)}" y1="{_fmt(y)}" x2="{_fmt(x)}" y2="{_fmt(y)}" '
                     f'stroke="{colour}" stroke-width="3" stroke-opacity="0.75"/>')
        parts.append(_arrow(start, y, -1, colour))
    elif row.bound == "range" and row.value_max is not None:
        x1 = scale(row.value_max)
        parts.append(f'<rect x="{_fmt(min(x, x1))}" y="{_fmt(y - 3)}" width="{_fmt(max(abs(x1 - x), 1))}" '
                     f'height="6" fill="{colour}" fill-opacity="0.85"/>')
        for cap in (x, x1):
            parts.append(f'<line x1="{_fmt(cap)}" y1="{_fmt(y - 7)}" x2="{_fmt(cap)}" y2="{_fmt(y + 7)}" '
                         f'stroke="{colour}" stroke-width="2"/>')
        return parts
    parts.append(_dot(x, y, colour, row.pending))
    return parts


def _legend_items(rows: Sequence[ChartRow], tolerance_text: str) -> list[LegendItem]:
    """(text, glyph width, draw(x, y)) for each kind of mark the chart shows."""
    bounds = {r.bound for r in rows if r.value is not None}
    items: list[LegendItem] = []
    if "exact" in bounds:
        items.append((bound_word("exact"), 12, lambda x, y: [_dot(x + 6, y - 4, NORMAL, False)]))
    if "about" in bounds:
        items.append((f"{bound_word('about')} {tolerance_text}".strip(), 22, lambda x, y: [
            f'<rect x="{_fmt(x)}" y="{_fmt(y - 9)}" width="22" height="10" rx="3" fill="{NORMAL}" '
            f'fill-opacity="0.22"/>', _dot(x + 11, y - 4, NORMAL, False)]))
    if "at_least" in bounds:
        items.append((bound_word("at_least"), 28, lambda x, y: [
            _dot(x + 5, y - 4, NORMAL, False),
            f'<line x1="{_fmt(x + 5)}" y1="{_fmt(y - 4)}" x2="{_fmt(x + 20)}" y2="{_fmt(y - 4)}" '
            f'stroke="{NORMAL}" stroke-width="3"/>', _arrow(x + 28, y - 4, 1, NORMAL)]))
    if "at_most" in bounds:
        items.append((bound_word("at_most"), 28, lambda x, y: [
            _arrow(x, y - 4, -1, NORMAL),
            f'<line x1="{_fmt(x + 8)}" y1="{_fmt(y - 4)}" x2="{_fmt(x + 23)}" y2="{_fmt(y - 4)}" '
            f'stroke="{NORMAL}" stroke-width="3"/>', _dot(x + 23, y - 4, NORMAL, False)]))
    if "range" in bounds:
        items.append((bound_word("range"), 22, lambda x, y: [
            f'<rect x="{_fmt(x)}" y="{_fmt(y - 7)}" width="22" height="6" fill="{NORMAL}" fill-opacity="0.85"/>',
            f'<line x1="{_fmt(x)}" y1="{_fmt(y - 11)}" x2="{_fmt(x)}" y2="{_fmt(y + 3)}" stroke="{NORMAL}" '
            f'stroke-width="2"/>',
            f'<line x1="{_fmt(x + 22)}" y1="{_fmt(y - 11)}" x2="{_fmt(x + 22)}" y2="{_fmt(y + 3)}" '
            f'stroke="{NORMAL}" stroke-width="2"/>']))
    if any(r.pending for r in rows if r.value is not None):
        items.append((DossierText.tr("pending (hollow)"), 12, lambda x, y: [_dot(x + 6, y - 4, NORMAL, True)]))
    if any(r.conflict for r in rows):
        items.append((DossierText.tr("cannot agree with another source"), 12, lambda x, y: [_dot(x + 6, y - 4, WARNING, False)]))
    return items


def _legend_layout(items: list[LegendItem]) -> list[tuple[int, float]]:
    """(line, x) of each legend item: left to right, wrapping before the right edge."""
    placed: list[tuple[int, float]] = []
    line, x = 0, float(PLOT_LEFT)
    for text, glyph, _draw in items:
        width = glyph + 6 + LEGEND_CHAR * len(text)
        if x + width > WIDTH - 8 and x > PLOT_LEFT:
            line, x = line + 1, float(PLOT_LEFT)
        placed.append((line, x))
        x += width + 20
    return placed


def _legend(items: list[LegendItem], top: float) -> list[str]:
    parts: list[str] = []
    for (text, glyph, draw), (line, x) in zip(items, _legend_layout(items), strict=True):
        y = top + LEGEND_LINE * line
        parts.extend(draw(x, y))
        parts.append(_text(x + glyph + 6, y, text, size=10, fill=MUTED))
    return parts


def chart_height(rows: int, legend_lines: int = 1) -> int:
    return TOP + ROW_HEIGHT * max(rows, 1) + 48 + LEGEND_LINE * max(legend_lines, 1)


def render_chart(entries: Sequence[FigureEntry], *, title: str = "", tolerance_text: str = "") -> str | None:
    """The SVG of one measure's values, or None when no value can be placed on an axis."""
    rows = [ChartRow.from_entry(e) for e in entries]
    extent = _extent(rows)
    if not rows or extent is None:
        return None
    unit = next((e.unit for e in entries if e.unit), None)
    ticks = nice_ticks(*extent)
    lo, hi = ticks[0], ticks[-1]
    width_units = float(hi - lo) or 1.0

    def scale(value: Decimal) -> float:
        return PLOT_LEFT + (float(value - lo) / width_units) * (PLOT_RIGHT - PLOT_LEFT)

    legend = _legend_items(rows, tolerance_text)
    lines = 1 + max((line for line, _ in _legend_layout(legend)), default=0)
    height = chart_height(len(rows), lines)
    axis_y = TOP + ROW_HEIGHT * len(rows) + 4
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" version="1.2" baseProfile="tiny" width="{WIDTH}" '
        f'height="{height}" viewBox="0 0 {WIDTH} {height}" role="img" aria-label={quoteattr(title)}>',
        f"<title>{escape(title)}</title>",
        f'<rect x="0" y="0" width="{WIDTH}" height="{height}" fill="#ffffff"/>',
    ]
    for i in range(len(rows)):
        if i % 2 == 0:
            out.append(f'<rect x="0" y="{TOP + ROW_HEIGHT * i}" width="{WIDTH}" height="{ROW_HEIGHT}" fill="{BAND}"/>')
    for tick in ticks:
        x = scale(tick)
        out.append(f'<line x1="{_fmt(x)}" y1="{TOP}" x2="{_fmt(x)}" y2="{axis_y}" stroke="{GRID}" stroke-width="1"/>')
        out.append(f'<line x1="{_fmt(x)}" y1="{axis_y}" x2="{_fmt(x)}" y2="{axis_y + 5}" stroke="{MUTED}" '
                   f'stroke-width="1"/>')
        out.append(_text(x, axis_y + 18, compact_amount(tick, unit), size=10, anchor="middle", fill=MUTED))
    out.append(f'<line x1="{PLOT_LEFT}" y1="{axis_y}" x2="{PLOT_RIGHT}" y2="{axis_y}" stroke="{MUTED}" '
               f'stroke-width="1"/>')
    for i, row in enumerate(rows):
        y = TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2
        colour = WARNING if row.conflict else NORMAL
        if row.note:
            out.append(_text(LABEL_RIGHT, y - 1, _shorten(row.label, 18), anchor="end", weight="bold"))
            out.append(_text(LABEL_RIGHT, y + 10, _shorten(row.note, 24), size=9, anchor="end", fill=MUTED))
        else:
            out.append(_text(LABEL_RIGHT, y + 4, _shorten(row.label, 18), anchor="end", weight="bold"))
        out.extend(_mark(row, y, scale, colour))
        out.append(_text(VALUE_LEFT, y + 4, _shorten(row.text, 13), fill=colour, weight="bold"))
    out.extend(_legend(legend, axis_y + 42))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def has_chart(entries: Sequence[FigureEntry]) -> bool:
    """Whether ``render_chart`` draws anything: at least one value to place on the axis."""
    return any(e.value is not None for e in entries)


def section_chart(section: FigureSection, tolerance_text: str = "") -> str | None:
    """The chart of one measure of the dossier, titled with its label and what the sources say."""
    return render_chart(section.values, title=f"{section.label}: {section.summary}", tolerance_text=tolerance_text)
