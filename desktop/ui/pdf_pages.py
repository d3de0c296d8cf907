"""Where the PDF's pages break: computed from a QTextDocument laid out as one flow (a page width, no page
height), so the document is laid out once and never again.

Qt's own pagination knows no "keep with next", and moving a heading to the next page in it
(``PageBreak_AlwaysBefore``) lays out the rest of the document again: on a desk's dossier that was most of
the PDF's time. Here a page is a band ``[top, bottom)`` of the flow:

- a page never ends inside a line of text (of a paragraph or of any table cell beside it);
- a heading, or a passage's or note's caption, goes to the next page when what it introduces would start
  there; a run of headings and short paragraphs (section heading, intro, sub-heading, summary) moves as one;
- a page that starts inside a table repeats the table's header row at its top.

Qt-only geometry; no painting here (``pdf_export`` paints the bands).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

SHORT_RUN = 0.12  # of a page: how far a run of headings and short paragraphs reaches
FOLLOWER_SHARE = 0.3  # of a page: how much of what a heading introduces must share its page
NEAR_TOP = 0.05  # of a page: a heading this near the page's top stays (moving it would gain nothing)


@dataclass(frozen=True)
class PageBand:
    """One page: the flow's band ``[top, bottom)``, and the band of a table's header row drawn above it."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None


@dataclass(frozen=True)
class _Table:
    top: float
    header_bottom: float
    bottom: float


def _is_caption(block: QTextBlock) -> bool:
    return any(a.startswith(("q-", "note-")) for a in block.charFormat().anchorNames())


def _lines(doc: QTextDocument) -> tuple[list[float], list[float]]:
    """Every line's top and bottom in the flow, sorted by top (table cells' lines included)."""
    layout = doc.documentLayout()
    spans = []
    block = doc.begin()
    while block.isValid():
        text_layout = block.layout()
        top = layout.blockBoundingRect(block).top()
        for i in range(text_layout.lineCount()):
            line = text_layout.lineAt(i)
            spans.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    spans.sort()
    return [s[0] for s in spans], [s[1] for s in spans]


def _tables(doc: QTextDocument) -> list[_Table]:
    """The top-level tables with a header row: where each starts, where its header row ends, where it ends."""
    layout = doc.documentLayout()
    tables = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        rows = frame.format().headerRowCount()
        if rows <= 0 or rows >= frame.rows():
            continue
        rect = layout.frameBoundingRect(frame)

        def row_top(row: int, table: QTextTable = frame) -> float:
            return min(layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
                       for c in range(table.columns()))

        inset = row_top(0) - rect.top()  # border and padding above a cell's text
        tables.append(_Table(rect.top(), row_top(rows) - inset, rect.bottom()))
    return tables


@dataclass(frozen=True)
class _Keep:
    """A heading or caption and where it wants its page to reach; ``start``: where its run starts."""

    top: float
    want: float
    start: float


def _keeps(doc: QTextDocument, page_height: float) -> list[_Keep]:
    layout = doc.documentLayout()
    keeps = []
    run_start: float | None = None  # top of the first block of the current run of headings and short blocks
    block = doc.begin()
    while block.isValid():
        if isinstance(doc.frameAt(block.position()), QTextTable):
            block = block.next()  # inside a table: not a heading of the flow
            continue
        rect = layout.blockBoundingRect(block)
        heading = block.blockFormat().headingLevel() in (2, 3)
        caption = _is_caption(block)
        if run_start is not None and rect.top() - run_start > SHORT_RUN * page_height:
            run_start = None  # too much since the run's first heading: this is content
        if heading and run_start is None:
            run_start = rect.top()
        if heading or caption:
            want = rect.bottom()
            follower = block.next()
            for _ in range(1 if caption else 2):
                if not follower.isValid():
                    break
                nxt = layout.blockBoundingRect(follower)
                want = max(want, nxt.top() + min(nxt.height(), FOLLOWER_SHARE * page_height))
                follower = follower.next()
            keeps.append(_Keep(rect.top(), want, run_start if run_start is not None else rect.top()))
        block = block.next()
    return keeps


def page_bands(doc: QTextDocument, page_height: float) -> list[PageBand]:
    """The pages of ``doc``, laid out as one flow (``setTextWidth``), ``page_height`` tall each."""
    tops, bottoms = _lines(doc)
    tallest = max((b - t for t, b in zip(tops, bottoms, strict=True)), default=0.0)
    tables = _tables(doc)
    table_tops = [t.top for t in tables]
    keeps = _keeps(doc, page_height)
    keep_tops = [k.top for k in keeps]
    end = doc.size().height()

    def table_at(y: float) -> _Table | None:
        i = bisect.bisect_right(table_tops, y) - 1
        return tables[i] if i >= 0 and y < tables[i].bottom else None

    def clear_of_lines(y: float, room: float) -> float:
        """``y``, or higher: the top of the highest line it would cut, until it cuts none. A line taller than
        ``room`` (a long chart) is cut where the page ends, as it must be on some page."""
        while True:
            i = bisect.bisect_left(tops, y)  # lines from i on start at or below y
            cut = y
            j = i - 1
            while j >= 0 and tops[j] >= y - tallest:
                if bottoms[j] > y and bottoms[j] - tops[j] <= room:
                    cut = min(cut, tops[j])
                j -= 1
            if cut == y:
                return y
            y = cut

    bands: list[PageBand] = []
    top = 0.0
    while top < end - 0.5 or not bands:
        table = table_at(top)
        header = (table.top, table.header_bottom) if table and top >= table.header_bottom else None
        room = page_height - (header[1] - header[0] if header else 0.0)
        bottom = top + room
        if bottom < end:
            bottom = clear_of_lines(bottom, room)
            inside = table_at(bottom)
            if inside is not None and inside.top < bottom < inside.header_bottom:
                bottom = inside.top  # a header row never ends a page
            first = bisect.bisect_left(keep_tops, top)
            for keep in keeps[first:bisect.bisect_left(keep_tops, bottom)]:
                if keep.want > bottom:
                    target = keep.start if keep.start >= top else keep.top
                    if target - top > NEAR_TOP * page_height:
                        bottom = target
                    break
            if bottom <= top + 1:  # one line taller than a page (a huge image): cut it
                bottom = top + room
        else:
            bottom = end
        bands.append(PageBand(top, bottom, header))
        top = bottom
    return bands
