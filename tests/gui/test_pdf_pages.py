"""Where the PDF's pages break (desktop/ui/pdf_pages.py): never inside a line, a heading never alone at a
page's foot, a long table's header row at the top of every page it runs onto."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from desktop.ui.pdf_pages import page_bands

pytestmark = pytest.mark.gui

WIDTH = 500
PAGE = 400


def laid_out(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.setTextWidth(WIDTH)
    return doc


def lines(doc: QTextDocument) -> list[tuple[float, float]]:
    layout = doc.documentLayout()
    out = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        for i in range(block.layout().lineCount()):
            line = block.layout().lineAt(i)
            out.append((top + line.y(), top + line.y() + line.height()))
        block = block.next()
    return out


def prose(n: int) -> str:
    return " ".join(f"word{i} and some more text to wrap the line" for i in range(n))


def test_pages_cover_the_document_and_never_cut_a_line(qapp):
    doc = laid_out("".join(f"<h2>Section {n}</h2><p>{prose(5 + n % 7)}</p>" for n in range(40)))
    bands = page_bands(doc, PAGE)
    assert len(bands) > 3
    assert bands[0].top == 0 and bands[-1].bottom == pytest.approx(doc.size().height())
    for before, after in zip(bands, bands[1:], strict=False):
        assert after.top == before.bottom
        assert 0 < before.bottom - before.top <= PAGE
    for top, bottom in lines(doc):
        assert not any(top < band.bottom - 0.01 and bottom > band.bottom + 0.01 for band in bands[:-1]), (top, bottom)


def test_a_heading_goes_to_the_page_of_what_it_introduces(qapp):
    doc = laid_out("".join(f"<h2>Section {n}</h2><p>{prose(4 + n % 5)}</p>" for n in range(40)))
    layout = doc.documentLayout()
    bands = page_bands(doc, PAGE)
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() == 2:
            heading = layout.blockBoundingRect(block)
            text = layout.blockBoundingRect(block.next())
            page = next(b for b in bands if b.top <= heading.top() < b.bottom)
            assert text.top() < page.bottom, f"{block.text()} ends page {bands.index(page) + 1} alone"
        block = block.next()


def test_a_long_table_repeats_its_header_row_on_every_page(qapp):
    rows = "".join(f"<tr><td>{n}</td><td>{prose(1 + n % 3)}</td></tr>" for n in range(120))
    doc = laid_out(f"<p>Before</p><table><thead><tr><th>Row</th><th>Text</th></tr></thead>"
                   f"<tbody>{rows}</tbody></table><p>After</p>")
    bands = page_bands(doc, PAGE)
    table = doc.rootFrame().childFrames()[0]
    assert table.format().headerRowCount() == 1
    inside = [b for b in bands[1:] if b.top < doc.documentLayout().frameBoundingRect(table).bottom() - 1]
    assert len(inside) > 2
    headers = {b.header for b in inside}
    assert len(headers) == 1 and None not in headers  # the same header band on each of them
    (top, bottom), = headers
    assert 0 < bottom - top < 40  # one row, not the table
    for band in inside:
        assert band.bottom - band.top <= PAGE - (bottom - top) + 0.01  # the header takes its room
