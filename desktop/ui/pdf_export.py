"""The one PDF adapter: the dossier's HTML laid out by QTextDocument and printed with QPdfWriter.

QTextDocument understands a subset of HTML and CSS and no inline SVG, so this module:

- renders each chart's SVG with QSvgRenderer into a QImage (at print resolution for the PDF,
  at twice the screen resolution for the preview) and adds it to the document as an image resource;
- styles the body with resources/dossier/dossier-qt.css (the CSS subset Qt supports);
- prints A4 pages with margins and a footer "page N of M", the pages cut by ``pdf_pages``.

``dossier_text_document`` also feeds the dossier dialog's live preview. Needs a QGuiApplication:
``ensure_gui_application()`` makes one (offscreen when there is no display) if none exists.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtSvg import QSvgRenderer

from desktop.domain import localized
from desktop.dossier.html_render import render_html_body, render_html_pieces, stylesheet
from desktop.dossier.model import Dossier, FigureSection
from desktop.i18n import Context
from desktop.services.files import refuse_odd_target, target_path
from desktop.ui.pdf_fonts import with_fallbacks
from desktop.ui.pdf_pages import PageBand, page_bands

DossierText = Context("DossierText")
PdfExport = Context("PdfExport")  # messages to the one exporting (the window's language), not the dossier's words

PRINT_DPI = 300
CHART_WIDTH_PX = 640  # CSS pixels (1/96 in) the chart takes on the page
MARGINS_MM = QMarginsF(18, 16, 18, 14)  # left, top, right, bottom
FOOTER_PT = 8
BODY_PT = 9.5
Progress = Callable[[int, int], None]


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when no display is available)."""
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):  # QApplication too
        return app
    if app is not None:
        raise RuntimeError("A PDF needs a QGuiApplication, and a QCoreApplication is already running")
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication(sys.argv[:1] or ["evidence-desk"])


def svg_to_image(svg: str, width_px: int) -> QImage:
    """The SVG drawn onto a white QImage ``width_px`` wide, keeping its aspect ratio."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize()
    height_px = max(1, round(width_px * size.height() / max(size.width(), 1)))
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter)
    painter.end()
    return image


TABLE_WIDTH = "99.8%"  # Qt's column rounding makes a 100% table a pixel or two wider than the page


def _qt_tables(body: str) -> str:
    """Qt takes table layout from attributes, not CSS: (nearly) full width, collapsed borders, padding.

    Header cells do not wrap (dossier-qt.css: ``th { white-space: nowrap }``), or a narrow column
    breaks its header inside a word ("Languag / e").
    """
    return body.replace("<table>", f'<table width="{TABLE_WIDTH}" cellspacing="0" cellpadding="4">')


_SVG_SIZE = re.compile(r'<svg\b[^>]*?\swidth="([0-9]+)"[^>]*?\sheight="([0-9]+)"')


def _svg_size(svg: str) -> tuple[int, int]:
    """The SVG's width and height as QSvgRenderer gives them, read from its root's attributes when they are
    whole numbers (the dossier's charts: ``chart.py``, ``timeline_chart.py``), without parsing it."""
    match = _SVG_SIZE.match(svg)
    if match is not None:
        return int(match.group(1)), int(match.group(2))
    size = QSvgRenderer(QByteArray(svg.encode("utf-8"))).defaultSize()
    return size.width(), size.height()


class _Charts:
    """Charts named in the HTML, drawn as images only when the piece showing them is laid out (50 charts at
    print resolution would hold 400 MB)."""

    def __init__(self, image_dpi: int) -> None:
        self.image_dpi = image_dpi
        self.svgs: dict[str, str] = {}
        self._renderers: dict[str, QSvgRenderer] = {}

    def markup(self, section: FigureSection, svg: str) -> str:
        name = f"dossier-chart-{len(self.svgs)}.png"
        self.svgs[name] = svg
        alt = html.escape(f"{section.label}: {section.summary}")
        width, height = _svg_size(svg)
        height = max(1, round(CHART_WIDTH_PX * height / max(width, 1)))
        # both sizes given: the layout is the same whether the image is there yet or not (see write_pdf)
        return f'<p class="chart"><img src="{name}" width="{CHART_WIDTH_PX}" height="{height}" alt="{alt}"></p>'

    def renderer(self, name: str) -> QSvgRenderer:
        """The chart ``name`` parsed, kept while the pages it runs over are printed (a long chart is drawn on
        each of them)."""
        renderer = self._renderers.get(name)
        if renderer is None:
            if len(self._renderers) >= 4:
                self._renderers.clear()
            renderer = self._renderers[name] = QSvgRenderer(QByteArray(self.svgs[name].encode("utf-8")))
        return renderer

    def add_to(self, doc: QTextDocument, body: str) -> None:
        for name in re.findall(r'src="(dossier-chart-[0-9]+\.png)"', body):
            image = svg_to_image(self.svgs[name], round(CHART_WIDTH_PX * self.image_dpi / 96))
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)


class _PrintDocument(QTextDocument):
    """A piece of the PDF. Its charts are painted as vectors over the page (``_paint_band``): the document
    draws a blank in their place, so no chart is ever held as an image (one at print resolution holds up to
    40 MB, and its JPEG in the PDF was most of the time spent on "Key figures")."""

    def __init__(self, charts: _Charts) -> None:
        super().__init__()
        self._charts = charts
        self._blank = QImage(1, 1, QImage.Format.Format_RGB32)
        self._blank.fill(QColor("#ffffff"))

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        if (name.toString() if isinstance(name, QUrl) else name) in self._charts.svgs:
            return self._blank
        return super().loadResource(kind, name)


def body_font() -> QFont:
    font = QFont("DejaVu Serif")
    font.setPointSizeF(BODY_PT)
    return font


def _text_document(body: str, title: str, charts: _Charts | None, *, lazy: bool = False,
                   font: QFont | None = None) -> QTextDocument:
    """The piece ``body`` as a QTextDocument; ``charts`` None: without the charts' images (their size is in the
    markup); ``lazy``: each image drawn when painted (``_PrintDocument``), else all drawn now; ``font``: the
    body font (``body_font()`` if None)."""
    body = _qt_tables(body)
    doc = _PrintDocument(charts) if charts is not None and lazy else QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font if font is not None else body_font())
    doc.setDefaultStyleSheet(stylesheet("dossier-qt.css"))
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    if charts is not None and not lazy:
        charts.add_to(doc, body)
    doc.setHtml(f"<html><body>{body}</body></html>")
    return doc


def dossier_text_document(dossier: Dossier, *, image_dpi: int = PRINT_DPI) -> QTextDocument:
    """A QTextDocument of the whole dossier (the dialog's preview), each chart an image resource drawn at
    ``image_dpi``. The PDF is printed a piece at a time instead (``write_pdf``)."""
    charts = _Charts(image_dpi)
    return _text_document(render_html_body(dossier, charts.markup), dossier.title, charts)


class PreviewBody:
    """The beginning of a dossier's HTML body for the window's preview: rendered when made (in a worker thread, by
    the dialog), laid out by ``document`` in the window's thread."""

    def __init__(self, dossier: Dossier, image_dpi: int, max_chars: int) -> None:
        self.title = dossier.title
        self._charts = _Charts(image_dpi)
        pieces = render_html_pieces(dossier, self._charts.markup, max_chars=max_chars)
        self.body = next(pieces)
        # whole: the dossier fits in the first piece (else the rest is never rendered: a desk's would be tens
        # of MB of HTML, and minutes of Qt's layout in the window's thread)
        self.whole = next(pieces, None) is None

    def document(self) -> QTextDocument:
        return _text_document(self.body, self.title, self._charts)


def footer_font(dpi: int) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(1, round(FOOTER_PT * dpi / 72)))
    return font


def _footer(painter: QPainter, rect: QRectF, text: str, font: QFont, align: Qt.AlignmentFlag) -> None:
    painter.setFont(font)
    painter.setPen(QColor("#52606d"))
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignBottom), text)


PIECE_CHARS = 150_000  # HTML characters laid out at once: a few dozen pages, some tens of MB in Qt
# Pages whose layout (about 0.3 MB a page in Qt, glyphs included: _keep_glyphs; more on dense or CJK pages) is kept
# from finding the pages to printing them, not laid out again: the first pieces' up to this many pages, and only
# while the process holds at most KEEP_WHILE_MB (``memory_mb``): the rest is laid
# out again to be printed, so the whole stays within 600 MB whatever the pages hold.
KEPT_PAGES = 1_200
KEEP_WHILE_MB = 380


class PdfTooLarge(ValueError):
    """The dossier would be too long to print as one PDF; the message says how to narrow it. It is worded when
    shown (``str``), in the language of the one reading it: the window's, not the dossier's being printed."""

    def __init__(self, cited: int) -> None:
        super().__init__(cited)
        self.cited = cited

    def __str__(self) -> str:
        pages = round(self.cited * PAGES_PER_QUOTE, -2)
        return PdfExport.tr(
            "the PDF dossier would cite {cited} quotes (about {pages} pages), more than one PDF holds ({limit} "
            "quotes); narrow it to some analysts or documents (--author, --document; in the window, Export "
            "Dossier's filters) or write it as HTML, which has no such limit").format(
            cited=localized.number(self.cited, f"{self.cited:,}"), pages=localized.number(int(pages), f"{pages:,.0f}"),
            limit=localized.number(MAX_PDF_QUOTES, f"{MAX_PDF_QUOTES:,}"))


# Quotes cited (each one a row and its passage): past this, narrow the dossier first. Measured on the desk of
# bench/desk.py: 5,494 quotes print to 1,428 pages in 7.5 s (a very long line's passage cut to the sentences around
# its quote: desk_corpus's Chinese and Japanese articles are one line each), so 15,000 is some 4,000 pages and
# half a minute.
MAX_PDF_QUOTES = 15_000
PAGES_PER_QUOTE = 0.27


def check_pdf_size(dossier: Dossier) -> None:
    """Refuse, before any work, a dossier too long for one PDF (a desk's 50,000 annotations run to some
    10,000 pages); the message says how to narrow it."""
    check_pdf_quotes(len(dossier.excerpts))


def check_pdf_quotes(cited: int) -> None:
    """``check_pdf_size`` from the count of quotes alone (the command line counts them before building the
    dossier: ``services.dossier_read.count_quoted``)."""
    if cited > MAX_PDF_QUOTES:
        raise PdfTooLarge(cited)


def write_pdf(dossier: Dossier, path: str | Path, *, progress: Progress | None = None) -> int:
    """Print the dossier to ``path``: A4, margins, "page N of M" in the footer. Returns the page count.

    Streamed: the dossier is laid out and printed a piece (``PIECE_CHARS`` of its Markdown) at a time, each
    piece starting on a new page, so memory stays bounded whatever its length. Each piece is laid out as one
    flow the page's width and its pages cut from it (``pdf_pages``: never inside a line, headings kept with
    what they introduce, a table's header row repeated), so nothing is laid out again to move a heading.
    All pieces are laid out first, to find the pages (for "of M"); the first pieces' layouts, up to
    ``KEPT_PAGES`` pages and while the process is under ``KEEP_WHILE_MB``, are kept and printed, the later ones
    laid out again to be printed. Written to a
    temporary file beside ``path`` and renamed over it when complete; a failure or a cancel (``progress`` raising) leaves no file.
    A dossier too long for one PDF is refused before any work (``PdfTooLarge``).
    """
    check_pdf_size(dossier)
    ensure_gui_application()
    path = target_path(path)
    if not path.parent.is_dir():
        raise OSError(DossierText.tr("Cannot write {path}: the folder {folder} does not exist.").format(
            path=path, folder=path.parent))
    refuse_odd_target(path)  # a folder, a device or a pipe is not replaced by the PDF
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    try:
        pages = _print(dossier, tmp, progress)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return pages


def _print(dossier: Dossier, target: str, progress: Progress | None) -> int:
    writer = QPdfWriter(target)
    writer.setResolution(PRINT_DPI)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(dossier.title)
    writer.setCreator("Evidence Desk")  # i18n: ok (the name)
    area = writer.pageLayout().paintRectPixels(PRINT_DPI)
    footer_height = round(FOOTER_PT * 2.6 * PRINT_DPI / 72)
    body_height = area.height() - footer_height
    charts = _Charts(PRINT_DPI)
    bodies = list(render_html_pieces(dossier, charts.markup, max_chars=PIECE_CHARS))
    font = with_fallbacks(body_font(), bodies)

    def laid_out(body: str) -> QTextDocument:
        """The piece laid out as one flow the page's width (each chart a blank of its size until painted)."""
        doc = _text_document(body, dossier.title, charts, lazy=True, font=font)
        _keep_glyphs(doc)
        doc.documentLayout().setPaintDevice(writer)
        doc.setTextWidth(area.width())
        return doc

    steps = 2 * len(bodies)
    layouts: list[list[PageBand]] = []
    kept: dict[int, QTextDocument] = {}  # the first pieces' layouts, kept for printing (KEPT_PAGES)
    kept_pages = 0
    for n, body in enumerate(bodies):  # first: where each piece's pages break (for "page N of M")
        doc = laid_out(body)
        layouts.append(page_bands(doc, body_height))
        if kept_pages + len(layouts[-1]) <= KEPT_PAGES and len(kept) == n and memory_mb() <= KEEP_WHILE_MB:
            kept[n] = doc
            kept_pages += len(layouts[-1])
        del doc
        if progress is not None:
            progress(n + 1, steps)
    pages = sum(len(bands) for bands in layouts)
    title = _short(dossier.title, 80)
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(DossierText.tr("Cannot write the PDF to {path}.").format(path=target))
    printed = 0
    width = area.width()
    small = footer_font(PRINT_DPI)
    try:
        for n, (body, bands) in enumerate(zip(bodies, layouts, strict=True)):
            doc = kept.pop(n) if n in kept else laid_out(body)
            for band in bands:
                if printed:
                    writer.newPage()
                offset = 0.0
                if band.header is not None:
                    offset = band.header[1] - band.header[0]
                    _paint_band(painter, doc, band.header[0], band.header[1], 0.0, width)
                _paint_band(painter, doc, band.top, band.bottom, offset, width, band.images, charts)
                printed += 1
                footer = QRectF(0, body_height, width, footer_height)
                painter.setPen(QColor("#d9e2ec"))
                painter.drawLine(footer.topLeft(), footer.topRight())
                _footer(painter, footer, DossierText.tr("page {page} of {pages}").format(page=printed, pages=pages),
                        small, Qt.AlignmentFlag.AlignRight)
                _footer(painter, footer, title, small, Qt.AlignmentFlag.AlignLeft)
                if progress is not None and printed % 10 == 0:  # a cancel is heard within a few pages
                    progress(len(bodies) + n, steps)
            del doc
            if progress is not None:
                progress(len(bodies) + n + 1, steps)
    finally:
        painter.end()
    return printed


def memory_mb() -> float:
    """The memory the process holds now in MB (its resident set; where the system does not say it, its peak so
    far; 0 on Windows)."""
    try:
        with open("/proc/self/statm", "rb") as statm:  # Linux
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        pass
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB, bytes on macOS
    return peak / (2**20 if sys.platform == "darwin" else 2**10)


def _keep_glyphs(doc: QTextDocument) -> None:
    """Each block keeps the glyphs its layout shaped, so painting it does not shape its text again: Qt frees
    them once a block is laid out and shapes each line again when it is drawn, which was a third of the
    drawing's time (more on CJK text, whose every character is looked for in the fallback fonts). Twice the
    memory of a layout without them (KEPT_PAGES)."""
    block = doc.begin()
    while block.isValid():
        block.layout().setCacheEnabled(True)
        block = block.next()


def _paint_band(painter: QPainter, doc: QTextDocument, top: float, bottom: float, at: float, width: float,
                images: tuple[tuple[str, QRectF], ...] = (), charts: _Charts | None = None) -> None:
    """The flow's band ``[top, bottom)`` painted ``at`` that height of the page, and the charts in it drawn from
    their SVG. The clip is a hair inside the band, so a line on its edge is painted on one page only (and a
    quote's link target lands there)."""
    painter.save()
    painter.translate(0, at - top)
    clip = QRectF(0, top + 0.25, width, bottom - top - 0.5)
    doc.drawContents(painter, clip)
    if charts is not None and images:
        painter.setClipRect(clip)
        for name, rect in images:
            charts.renderer(name).render(painter, rect)
    painter.restore()


def _short(text: str, limit: int) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"
