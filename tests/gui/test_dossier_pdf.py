"""The PDF export: a real PDF, A4, more than one page for the seed project, "page N of M" footers."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata

import pytest

from desktop.cli import main
from desktop.dossier.build import build_dossier
from desktop.dossier.model import DossierOptions
from desktop.ui.pdf_export import dossier_text_document, svg_to_image, write_pdf
from tests.fixtures.dossier_project import build_dossier_project

pytestmark = pytest.mark.gui


@pytest.fixture
def lineup_project(seeded_project, author_id):
    from tests.fixtures.lineup import tag_seed_lineup

    tag_seed_lineup(seeded_project, author_id)
    return seeded_project


A4_POINTS = (595, 842)  # 210 x 297 mm in PostScript points, rounded
MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]")


def media_boxes(data: bytes) -> list[tuple[int, int]]:
    """The size of each page's /MediaBox in whole points (page dictionaries are never compressed)."""
    return [(round(float(x1) - float(x0)), round(float(y1) - float(y0)))
            for x0, y0, x1, y1 in MEDIA_BOX.findall(data)]


def pdftotext(path) -> str:
    """The PDF's text as poppler reads it (make test installs poppler-utils; without it the test fails)."""
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is not installed (apt-get install poppler-utils; `make test` does it)")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFKC", out)  # the fonts' ligatures ("ﬁ") back to letters


def test_seed_dossier_prints_to_a_multi_page_pdf(qapp, lineup_project, tmp_path):
    dossier = build_dossier(lineup_project, DossierOptions(include_pending=True))
    target = tmp_path / "seed.pdf"
    pages = write_pdf(dossier, target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert pages > 1
    assert data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page\n") >= 1
    assert media_boxes(data) == [A4_POINTS] * pages  # A4 on every page, read from the PDF itself
    text = pdftotext(target)
    page_texts = text.split("\f")[:pages]  # pdftotext ends each page with a form feed
    assert len(page_texts) == pages
    for number, page_text in enumerate(page_texts, start=1):
        assert f"page {number} of {pages}" in page_text, f"page {number} has no footer"
    assert "Key figures" in text and "Quoted passages" in text


def test_chart_is_an_image_resource_drawn_at_print_resolution(qapp, project):
    build_dossier_project(project)
    dossier = build_dossier(project, DossierOptions())
    doc = dossier_text_document(dossier, image_dpi=300)
    html = doc.toHtml()
    assert html.count('src="dossier-chart-') == 2
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl("dossier-chart-0.png"))
    assert image.width() == 2000  # 640 CSS px at 300 dpi


def test_svg_renders_with_ink(qapp):
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
           '<rect x="0" y="0" width="10" height="5" fill="#000000"/></svg>')
    image = svg_to_image(svg, 100)
    assert (image.width(), image.height()) == (100, 100)
    assert image.pixelColor(50, 20).name() == "#000000" and image.pixelColor(50, 80).name() == "#ffffff"


def test_cli_writes_a_pdf_atomically(qapp, project, tmp_path):
    build_dossier_project(project)
    target = tmp_path / "small.pdf"
    assert main(["--project", project.location, "dossier", "--format", "pdf", "--out", str(target)]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert set(media_boxes(target.read_bytes())) == {A4_POINTS}
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".part"] == []
    text = pdftotext(target)
    assert "Acme and Widget Co" in text and "page 1 of" in text


def test_a_cancel_while_pages_are_printed_leaves_no_file(qapp, lineup_project, tmp_path):
    dossier = build_dossier(lineup_project, DossierOptions(include_pending=True))
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.pdf"
    calls = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) == 2:  # the first pages are printed: the user presses Cancel
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_pdf(dossier, target, progress=progress)
    assert len(calls) == 2 and calls[1][0] > calls[1][1] // 2  # stopped while the pages were printed
    assert list(folder.iterdir()) == []  # neither the PDF nor its .part


def test_pages_laid_out_again_print_as_the_kept_ones(qapp, lineup_project, tmp_path, monkeypatch):
    """A long dossier keeps only its first pieces' layouts and lays the others out again to print them: the
    pages and their text are the same either way."""
    from desktop.ui import pdf_export

    monkeypatch.setattr(pdf_export, "PIECE_CHARS", 2_000)  # several pieces
    dossier = build_dossier(lineup_project, DossierOptions(include_pending=True))
    printed = {}
    for kept in (10_000, 3, 0):  # all kept; the first pages only; none
        monkeypatch.setattr(pdf_export, "KEPT_PAGES", kept)
        target = tmp_path / f"kept-{kept}.pdf"
        pages = write_pdf(dossier, target)
        printed[kept] = (pages, pdftotext(target).split("\f")[:pages])
    assert printed[10_000][0] > 3
    assert printed[3] == printed[10_000] and printed[0] == printed[10_000]


def test_layouts_are_kept_only_while_the_process_is_under_its_memory_budget(qapp, lineup_project, tmp_path,
                                                                            monkeypatch):
    """Past ``KEEP_WHILE_MB`` no layout is kept (each piece is laid out again to print it), whatever the page
    count allows: a dossier of dense pages stays within the PDF's memory target. The pages are the same."""
    from desktop.ui import pdf_export

    monkeypatch.setattr(pdf_export, "PIECE_CHARS", 2_000)  # several pieces
    dossier = build_dossier(lineup_project, DossierOptions(include_pending=True))
    made = []
    real = pdf_export._text_document
    monkeypatch.setattr(pdf_export, "_text_document", lambda *a, **k: made.append(1) or real(*a, **k))
    printed = {}
    for budget in (100_000, 0):  # far above what the process holds; below it
        monkeypatch.setattr(pdf_export, "KEEP_WHILE_MB", budget)
        made.clear()
        target = tmp_path / f"budget-{budget}.pdf"
        pages = write_pdf(dossier, target)
        printed[budget] = (pages, pdftotext(target).split("\f")[:pages], len(made))
    assert pdf_export.memory_mb() > 10  # the system says how much the process holds
    pieces = printed[100_000][2]  # each piece laid out once: kept from finding its pages to printing them
    assert pieces > 2
    assert printed[0][2] == 2 * pieces  # none kept: each laid out again to be printed
    assert printed[0][:2] == printed[100_000][:2]
