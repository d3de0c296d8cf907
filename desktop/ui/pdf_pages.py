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

from PySide6.QtCore import QRectF
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextBlock, QTextDocument, QTextTable

SHORT_RUN = 0.12  # of a page: how far a run of headings and short paragraphs reaches
FOLLOWER_SHARE = 0.3  # of a page: how much of what a heading introduces must share its page
NEAR_TOP = 0.05  # of a page: a heading this near the page's top stays (moving it would gain nothing)


@dataclass(frozen=True)
class PageBand:
    """One page: the flow's band ``[top, bottom)``, and the band of a table's header row drawn above it."""

    top: float
    bottom: float
    header: tuple[float, float] | None = None
    images: tuple[tuple[str, QRectF], ...] = ()  # the images (charts) on the page: name, rectangle in the flow


@dataclass(frozen=True)
class _Table:
    top: float
    header_bottom: float
    bottom: float


@dataclass(frozen=True)
class _Keep:
    """A heading or caption and where it wants its page to reach; ``start``: where its run starts."""

    top: float
    want: float
    start: float


def _is_caption(block: QTextBlock) -> bool:
    return any(a.startswith(("q-", "note-")) for a in block.charFormat().anchorNames())


OBJECT = "\ufffc"  # an image's character


@dataclass
class _Flow:
    """What the pages are cut from: every line's top and bottom (table cells' included), sorted by top; the
    headings and captions to keep with what follows; the images, by name, with their rectangles."""

    tops: list[float]
    bottoms: list[float]
    keeps: list[_Keep]
    images: list[tuple[str, QRectF]]


def _walk(doc: QTextDocument, page_height: float) -> _Flow:
    """One pass over the blocks (each block's rectangle asked once: it is the costly part)."""
    bounding_rect = doc.documentLayout().blockBoundingRect
    spans: list[tuple[float, float]] = []
    span = spans.append
    images: list[tuple[str, QRectF]] = []
    blocks: list[tuple[QTextBlock, QRectF, bool]] = []  # each block, its rectangle, whether in a table
    block = doc.begin()
    while block.isValid():
        rect = bounding_rect(block)
        text_layout = block.layout()
        top = rect.top()
        line_at = text_layout.lineAt
        for i in range(text_layout.lineCount()):
            line = line_at(i)
            y = top + line.y()
            span((y, y + line.height()))
        if OBJECT in block.text():
            _images_of(block, rect, images)
        blocks.append((block, rect, isinstance(doc.frameAt(block.position()), QTextTable)))
        block = block.next()
    spans.sort()
    return _Flow([s[0] for s in spans], [s[1] for s in spans], _keeps(blocks, page_height), images)


def _images_of(block: QTextBlock, rect: QRectF, images: list[tuple[str, QRectF]]) -> None:
    """The images alone on a line of ``block`` (the charts), with where they are drawn."""
    text_layout = block.layout()
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        fmt = fragment.charFormat()
        if fmt.isImageFormat() and fragment.length() == 1:
            line = text_layout.lineForTextPosition(fragment.position() - block.position())
            if line.isValid() and line.textLength() == 1:
                images.append((fmt.toImageFormat().name(),
                               QRectF(rect.left() + line.x(), rect.top() + line.y(), line.naturalTextWidth(),
                                      line.ascent())))
        it += 1


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
        inset = _row_top(layout, frame, 0) - rect.top()  # border and padding above a cell's text
        tables.append(_Table(rect.top(), _row_top(layout, frame, rows) - inset, rect.bottom()))
    return tables


def _row_top(layout: QAbstractTextDocumentLayout, table: QTextTable, row: int) -> float:
    """Where the text of the table's ``row`` starts (its highest cell)."""
    return min(layout.blockBoundingRect(table.cellAt(row, c).firstCursorPosition().block()).top()
               for c in range(table.columns()))


def _keeps(blocks: list[tuple[QTextBlock, QRectF, bool]], page_height: float) -> list[_Keep]:
    """The headings and captions outside tables; what follows them may be a table's first cells."""
    keeps = []
    run_start: float | None = None  # top of the first block of the current run of headings and short blocks
    for n, (block, rect, in_table) in enumerate(blocks):
        if in_table:
            continue
        heading = block.blockFormat().headingLevel() in (2, 3)
        caption = _is_caption(block)
        if run_start is not None and rect.top() - run_start > SHORT_RUN * page_height:
            run_start = None  # too much since the run's first heading: this is content
        if heading and run_start is None:
            run_start = rect.top()
        if heading or caption:
            want = rect.bottom()
            for _, nxt, _ in blocks[n + 1:n + (2 if caption else 3)]:
                want = max(want, nxt.top() + min(nxt.height(), FOLLOWER_SHARE * page_height))
            keeps.append(_Keep(rect.top(), want, run_start if run_start is not None else rect.top()))
    return keeps


def page_bands(doc: QTextDocument, page_height: float) -> list[PageBand]:
    """The pages of ``doc``, laid out as one flow (``setTextWidth``), ``page_height`` tall each."""
    flow = _walk(doc, page_height)
    tops, bottoms, keeps = flow.tops, flow.bottoms, flow.keeps
    tallest = max((b - t for t, b in zip(tops, bottoms, strict=True)), default=0.0)
    tables = _tables(doc)
    table_tops = [t.top for t in tables]
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
        shown = tuple((name, rect) for name, rect in flow.images if rect.top() < bottom and rect.bottom() > top)
        bands.append(PageBand(top, bottom, header, shown))
        top = bottom
    return bands
