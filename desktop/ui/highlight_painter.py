"""Highlights painted over the visible part of a QPlainTextEdit, never formatted into the document.

``HighlightPainter`` keeps what should be drawn (annotations, suggestions, the selected and marked
annotations, which authors are shown) and, for one paint, works out where: it walks the visible
blocks only, asks the span indexes for the spans in that range, and turns each span into one
rectangle per visual line with ``QTextLine.cursorToX``. Cost per paint is proportional to what is
on screen, not to the document, so 10,000 annotations on a 3 MB text paint as fast as ten.

Drawing, per span:
- annotation: a light fill in its kind colour (under the text) and an underline in the kind
  colour (over it), drawn in the kind's own style so colour is never the only cue: entity solid,
  figure dashed, claim wavy (``desktop.ui.colours.UNDERLINES``; the wave is a tile repeated,
  ``desktop.ui.wavy_underline``). Overlapping annotations get their
  underlines in different "lanes", a few pixels apart, so each stays visible; if the author has a
  colour, a short bar in that colour marks where the annotation starts.
- selected annotation: a solid outline in a darker shade of its kind colour.
- marked annotation (the same thing in another open article): thick top and bottom borders in
  the marked colour.
- suggestion: a dashed outline in its kind colour, no fill; the current one thicker.
- find-bar match: a yellow band under everything else (annotation fills and underlines stay
  visible over it); the current match also gets an outline over the text.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import cast

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QTextBlock, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

from desktop.domain.match_list import MatchList
from desktop.domain.offsets import Utf16Map
from desktop.domain.span_index import SpanIndex
from desktop.domain.spans import Span, SuggestedSpan
from desktop.ui.colours import (
    PEN_STYLES,
    WAVY,
    find_colour,
    find_current_colour,
    kind_colour,
    kind_fill,
    kind_outline,
    marked_colour,
    underline_style,
    underline_width,
)
from desktop.ui.wavy_underline import WaveTiles

MAX_LANES = 3  # underline lanes below the baseline; deeper nesting shares the last lane
LANE_STEP = 3.0  # pixels between lanes
AUTHOR_BAR_WIDTH = 2.5
# How far a span's drawing reaches beyond its line boxes: above (outline, marks), below (the deepest lane's
# underline or wave reaches into the next line).
REACH_ABOVE = 3.0
REACH_BELOW = 4.0 + MAX_LANES * LANE_STEP

ANNOTATION = "annotation"
SUGGESTION = "suggestion"


@dataclass(slots=True)
class VisibleBlock:
    """A block on screen: its layout origin in viewport coordinates and its UTF-16 range."""

    block: QTextBlock
    origin: QPointF
    start16: int
    end16: int  # exclusive, without the block separator


@dataclass(slots=True)
class PaintedSpan:
    """A span as painted: one rectangle per visual line (viewport coordinates), and its lane."""

    span: Span | SuggestedSpan
    role: str  # ANNOTATION | SUGGESTION
    rects: list[QRectF] = field(default_factory=list)
    baselines: list[float] = field(default_factory=list)
    lane: int = 0
    starts_here: bool = True  # the first rectangle begins the span (its start is on screen)


def _cursor_x(line: QTextLine, position: int) -> float:
    """The x of a cursor position in a line. PySide6 returns (x, position), its stub says ``object``."""
    x, _position = cast(tuple[float, int], line.cursorToX(position))
    return x


class HighlightPainter:
    """What to highlight in one article, and how to paint the visible part of it."""

    def __init__(self) -> None:
        self.u16 = Utf16Map("")
        self.spans: SpanIndex[Span] = SpanIndex()
        self.suggestions: SpanIndex[SuggestedSpan] = SpanIndex()
        self.selected_id: str | None = None
        self.marked: frozenset[str] = frozenset()
        self.current_suggestion_id: str | None = None
        self.visible_authors: frozenset[int] | None = None  # None: every author
        self.author_colours: dict[int, QColor] = {}
        self.finds = MatchList()  # the find bar's matches (code points)
        self.current_find: int | None = None  # index into ``finds``
        self._waves = WaveTiles()  # claims' wavy underlines, drawn from tiles
        # a long article's first screen: ``spans`` holds every span that starts before ``known_before`` (all a
        # paint of the text up to there needs); a paint reaching further calls ``read_rest`` first
        self.known_before: int | None = None
        self.read_rest: Callable[[], object] | None = None

    def reset(self, u16: Utf16Map, spans: Sequence[Span] = ()) -> None:
        self.u16 = u16
        self.spans = SpanIndex(spans)
        self.known_before = None
        self.read_rest = None
        self.suggestions = SpanIndex()
        self.selected_id = None
        self.marked = frozenset()
        self.current_suggestion_id = None
        self.finds = MatchList()
        self.current_find = None

    def is_shown(self, span: Span) -> bool:
        return self.visible_authors is None or span.author_id in self.visible_authors

    # -- geometry ------------------------------------------------------------------------------

    def visible_blocks(self, view: QPlainTextEdit) -> list[VisibleBlock]:
        """The blocks intersecting the viewport, top to bottom (the walk QPlainTextEdit paints)."""
        blocks: list[VisibleBlock] = []
        block = view.firstVisibleBlock()
        offset = view.contentOffset()
        y = offset.y()
        x = offset.x()
        height = view.viewport().height()
        while block.isValid() and y <= height:
            rect = view.blockBoundingRect(block)
            if block.isVisible():
                layout = block.layout()
                pos = layout.position()
                start16 = block.position()
                blocks.append(VisibleBlock(block, QPointF(x + pos.x(), y + pos.y()), start16,
                                           start16 + block.length() - 1))
                y += rect.height()
            block = block.next()
        return blocks

    def visible_range(self, blocks: list[VisibleBlock]) -> tuple[int, int]:
        """Code-point range [start, end) of the visible blocks."""
        if not blocks:
            return (0, 0)
        return (self.u16.to_codepoint(blocks[0].start16), self.u16.to_codepoint(blocks[-1].end16 + 1))

    def range_boxes(self, blocks: list[VisibleBlock], start_cp: int, end_cp: int
                    ) -> tuple[list[QRectF], list[float]]:
        """Rectangles (one per visual line) and baselines covering [start_cp, end_cp) on screen."""
        rects: list[QRectF] = []
        baselines: list[float] = []
        if not blocks:
            return rects, baselines
        a16 = self.u16.to_utf16(start_cp)
        b16 = self.u16.to_utf16(end_cp) if end_cp > start_cp else a16 + 1
        starts = [b.start16 for b in blocks]
        i = max(bisect_right(starts, a16) - 1, 0)
        while i < len(blocks) and blocks[i].start16 < b16:
            vb = blocks[i]
            i += 1
            lo = max(a16, vb.start16) - vb.start16
            hi = min(b16, vb.end16) - vb.start16
            if lo >= hi:
                continue
            layout = vb.block.layout()
            line_count = layout.lineCount()
            if not line_count:
                continue
            line = layout.lineForTextPosition(lo)
            n = line.lineNumber() if line.isValid() else 0
            ox, oy = vb.origin.x(), vb.origin.y()
            while n < line_count:
                line = layout.lineAt(n)
                n += 1
                ls = line.textStart()
                if ls >= hi:
                    break
                le = ls + line.textLength()
                s = lo if lo > ls else ls
                e = hi if hi < le else le
                if s >= e:
                    continue
                x1 = _cursor_x(line, s)
                x2 = _cursor_x(line, e)
                if x2 < x1:
                    x1, x2 = x2, x1
                top = oy + line.y()
                rects.append(QRectF(ox + x1, top, x2 - x1, line.height()))
                baselines.append(top + line.ascent())
        return rects, baselines

    def band(self, view: QPlainTextEdit, ranges: Sequence[tuple[int, int]]) -> QRectF | None:
        """The part of the viewport to repaint when the annotations in ``ranges`` (code points) changed: the lines
        of those ranges and of every annotation overlapping them, and of those overlapping these (their underline
        lanes may move), across the viewport; None if none of it is on screen."""
        blocks = self.visible_blocks(view)
        if not blocks:
            return None
        shown_start, shown_end = self.visible_range(blocks)
        if self.read_rest is not None and self.known_before is not None and shown_end > self.known_before:
            self.read_rest()  # as a paint would: the overlapping annotations in sight are all known
        area: QRectF | None = None
        for start, end in ranges:
            lo, hi = max(start, shown_start), min(max(end, start + 1), shown_end)
            grown = lo < hi
            while grown:  # the cluster of overlapping annotations on screen: lanes are given within it
                grown = False
                for span in self.spans.overlapping(lo, hi):
                    wider = max(min(lo, span.start), shown_start), min(max(hi, span.end), shown_end)
                    if wider != (lo, hi):
                        (lo, hi), grown = wider, True
            rects, _baselines = self.range_boxes(blocks, lo, hi) if lo < hi else ([], [])
            for rect in rects:
                area = rect if area is None else area.united(rect)
        if area is None:
            return None
        return QRectF(0.0, area.top() - REACH_ABOVE, view.viewport().width(),
                      area.height() + REACH_ABOVE + REACH_BELOW)

    def visible_items(self, view: QPlainTextEdit) -> list[PaintedSpan]:
        """Every annotation and suggestion on screen, with its rectangles and underline lane."""
        blocks = self.visible_blocks(view)
        if not blocks:
            return []
        start, end = self.visible_range(blocks)
        if self.read_rest is not None and self.known_before is not None and end > self.known_before:
            self.read_rest()  # the text in sight goes beyond the spans read first: every span now
        items: list[PaintedSpan] = []
        active: list[tuple[int, int]] = []  # (end, lane) of annotations still open at the scan point
        for span in self.spans.overlapping(start, end):
            if not self.is_shown(span):
                continue
            active = [a for a in active if a[0] > span.start]
            used = {lane for _, lane in active}
            lane = next((k for k in range(MAX_LANES) if k not in used), MAX_LANES - 1)
            active.append((span.end, lane))
            rects, baselines = self.range_boxes(blocks, span.start, span.end)
            if rects:
                starts_here = self.u16.to_utf16(span.start) >= blocks[0].start16
                items.append(PaintedSpan(span, ANNOTATION, rects, baselines, lane, starts_here))
        for suggestion in self.suggestions.overlapping(start, end):
            rects, baselines = self.range_boxes(blocks, suggestion.start, suggestion.end)
            if rects:
                items.append(PaintedSpan(suggestion, SUGGESTION, rects, baselines))
        return items

    def visible_finds(self, view: QPlainTextEdit) -> list[tuple[list[QRectF], bool]]:
        """The find bar's matches on screen: (rectangles, is it the current one), found by bisection."""
        if not len(self.finds):
            return []
        blocks = self.visible_blocks(view)
        if not blocks:
            return []
        start, end = self.visible_range(blocks)
        found = []
        for i in self.finds.overlapping(start, end):
            a, b = self.finds[i]
            rects, _baselines = self.range_boxes(blocks, a, b)
            if rects:
                found.append((rects, i == self.current_find))
        return found

    def hits(self, items: list[PaintedSpan], point: QPointF) -> list[PaintedSpan]:
        """Items painted under ``point``, innermost (shortest) first, annotations before suggestions."""
        found = [it for it in items if any(r.contains(point) for r in it.rects)]
        found.sort(key=lambda it: (it.role != ANNOTATION, it.span.end - it.span.start, it.span.start))
        return found

    # -- painting ------------------------------------------------------------------------------

    @staticmethod
    def paint_finds_below(painter: QPainter, finds: list[tuple[list[QRectF], bool]]) -> None:
        """Find-bar matches: a yellow band, drawn first so annotation fills and text sit on top."""
        painter.setPen(Qt.PenStyle.NoPen)
        for rects, current in finds:
            painter.setBrush(find_current_colour() if current else find_colour())
            for rect in rects:
                painter.drawRect(rect)

    @staticmethod
    def paint_finds_above(painter: QPainter, finds: list[tuple[list[QRectF], bool]]) -> None:
        """The current match's outline, over the text."""
        for rects, current in finds:
            if current:
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(find_current_colour().darker(170), 1.5))
                for rect in rects:
                    painter.drawRect(rect.adjusted(-1.0, -0.5, 1.0, 0.5))

    def paint_below(self, painter: QPainter, items: list[PaintedSpan]) -> None:
        """Fills, drawn before the text so glyphs stay crisp on top of them."""
        painter.setPen(Qt.PenStyle.NoPen)
        for item in items:
            if item.role != ANNOTATION:
                continue
            painter.setBrush(kind_fill(item.span.kind))
            for rect in item.rects:
                painter.drawRect(rect)

    def paint_above(self, painter: QPainter, items: list[PaintedSpan]) -> None:
        """Underlines, author bars, outlines and marks, drawn over the text."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        selected: PaintedSpan | None = None
        for item in items:
            span = item.span
            if isinstance(span, SuggestedSpan):  # role SUGGESTION
                current = span.id == self.current_suggestion_id
                pen = QPen(kind_colour(span.kind), 2.0 if current else 1.2, Qt.PenStyle.DashLine)
                painter.setPen(pen)
                for rect in item.rects:
                    painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
                continue
            style = underline_style(span.kind)
            colour = kind_colour(span.kind)
            offset = 2.0 + item.lane * LANE_STEP
            if style == WAVY:
                width = underline_width()
                for rect, baseline in zip(item.rects, item.baselines, strict=True):
                    self._waves.draw(painter, rect.left(), rect.right(), baseline + offset, colour, width)
            else:
                pen = QPen(colour, underline_width(), PEN_STYLES[style])
                pen.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(pen)
                for rect, baseline in zip(item.rects, item.baselines, strict=True):
                    y = baseline + offset
                    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            author_colour = self.author_colours.get(span.author_id)
            if author_colour is not None and item.starts_here:
                first = item.rects[0]
                painter.fillRect(QRectF(first.left() - AUTHOR_BAR_WIDTH, first.top() + 1,
                                        AUTHOR_BAR_WIDTH, first.height() - 2), author_colour)
            if span.id in self.marked:
                mark = QPen(marked_colour(), 3.0)
                mark.setCapStyle(Qt.PenCapStyle.FlatCap)
                painter.setPen(mark)
                for rect in item.rects:
                    painter.drawLine(QPointF(rect.left(), rect.top() + 1.5), QPointF(rect.right(), rect.top() + 1.5))
                    painter.drawLine(QPointF(rect.left(), rect.bottom() - 1.5),
                                     QPointF(rect.right(), rect.bottom() - 1.5))
            if span.id == self.selected_id:
                selected = item
        if selected is not None:  # last, so no neighbour paints over it
            painter.setPen(QPen(kind_outline(selected.span.kind), 2.0))
            for rect in selected.rects:
                painter.drawRect(rect.adjusted(-1.0, 0.0, 1.0, 0.0))

