"""A tag, an undo or a click repaints only the lines it touches (and those of the annotations overlapping
them, whose underline lanes may move): what is on screen afterwards is what a repaint of the whole text
draws. The screen is read from the window's backing store (what the analyst sees), not painted anew."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage

from desktop.domain.spans import Span
from desktop.ui.article_pane import ArticlePane

pytestmark = pytest.mark.gui

SENTENCE = ("Secondo Bloomberg, Meta Platforms Inc. investirà circa 14 miliardi di dollari in Scale AI, la società "
            "di etichettatura dei dati fondata da Alexandr Wang, che entrerà nel gruppo con il 49% delle quote. ")
ARTICLE = "\n".join(SENTENCE * 2 for _ in range(12))


@pytest.fixture
def pane(qtbot):
    widget = ArticlePane()
    qtbot.addWidget(widget)
    widget.resize(420, 600)  # narrow: an annotation wraps over several lines
    with qtbot.waitExposed(widget):
        widget.show()
    widget.show_document(1, "Meta e Scale AI", ARTICLE, [])
    widget.text_view().viewport().repaint()
    return widget


def on_screen(pane: ArticlePane) -> QImage:
    """The viewport as the backing store holds it, once every pending update is painted."""
    viewport = pane.text_view().viewport()
    viewport.repaint(QRect(0, 0, 1, 1))  # paints what is pending (and one pixel)
    top_left = viewport.mapTo(pane.window(), QPoint(0, 0))
    shot = pane.window().screen().grabWindow(pane.window().winId(), top_left.x(), top_left.y(),
                                             viewport.width(), viewport.height())
    return shot.toImage().convertToFormat(QImage.Format.Format_RGB32)


def repainted_whole(pane: ArticlePane) -> QImage:
    pane.text_view().viewport().repaint()
    return on_screen(pane)


def span(sid: str, phrase: str, kind: str = "entity", nth: int = 0, cut: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = ARTICLE.index(phrase, start + 1)
    return Span(sid, start, start + len(phrase) - cut, kind, 1)


def test_tags_an_undo_and_a_selection_leave_the_screen_as_a_whole_repaint_draws_it(pane):
    steps = [
        lambda: pane.add_span(span("meta", "Meta Platforms Inc.")),
        # a figure starting before a long claim and ending inside it: the claim's underline moves to the next
        # lane on every line it covers, beyond the figure's own lines
        lambda: pane.add_span(span("claim", "Scale AI, la società di etichettatura dei dati fondata da Alexandr "
                                            "Wang, che entrerà nel gruppo con il 49% delle quote.", "claim")),
        lambda: pane.add_span(span("figure", "circa 14 miliardi di dollari in Scale", "figure")),
        lambda: pane.select_annotation("figure", scroll=False),
        lambda: pane.update_span(span("figure", "14 miliardi di dollari", "figure")),  # moved: its old place too
        lambda: pane.select_annotation("meta", scroll=False),
        lambda: pane.remove_span("figure"),  # an undo: the claim's underline comes back to its lane
        lambda: pane.remove_span("meta"),  # the selected one
    ]
    for step in steps:
        before = on_screen(pane)
        step()
        shown = on_screen(pane)
        assert shown != before  # the step changed what is drawn ...
        assert shown == repainted_whole(pane)  # ... and nothing else would be drawn differently


def test_a_tag_off_screen_repaints_nothing_and_shows_when_scrolled_to(pane):
    last = span("far", "Alexandr Wang", nth=ARTICLE.count("Alexandr Wang") - 1)
    before = on_screen(pane)
    pane.add_span(last)
    assert on_screen(pane) == before
    pane.select_annotation("far")  # brought on screen
    shown = on_screen(pane)
    assert any(item.span.id == "far" for item in pane.text_view().painted_items())
    assert shown == repainted_whole(pane)
