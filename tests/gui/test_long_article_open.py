"""Opening a long article with many annotations: its first screen is painted with its highlights at once,
every other annotation (in the pane and in the list "Annotations in this article") comes right after."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import QLocale

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text
from desktop.ui.article_pane import FIRST_SCREEN_CHARS

pytestmark = pytest.mark.gui

SENTENCE = "Meta investe circa 14 miliardi di dollari in Scale AI, una società fondata nel 2016. "
EVERY = 700  # code points between two annotations


@pytest.fixture
def long_article(gui_project, profile):
    """A document four times longer than the first screen read, an entity on "Scale" every ~700 characters:
    (its id, {annotation id: (start, end)})."""
    paragraphs = [f"§{n} " + SENTENCE * 6 for n in range(4 * FIRST_SCREEN_CHARS // (6 * len(SENTENCE)) + 1)]
    text = "\n\n".join(paragraphs)
    document_id = add_document(gui_project, text, title="Long article", language="it").value
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    places: dict[str, tuple[int, int]] = {}
    at = text.index("Scale")
    while at >= 0:
        annotation_id = create_annotation(gui_project, document_id=document_id, start=at, end=at + 5,
                                          kind="entity", author_id=author).value
        places[annotation_id] = (at, at + 5)
        at = text.find("Scale", at + EVERY)
    return document_id, places


def in_range(places: dict[str, tuple[int, int]], start: int, end: int) -> set[str]:
    return {a_id for a_id, (s, e) in places.items() if s < end and e > start}


def wait_complete(qtbot, window, pane) -> None:
    qtbot.waitUntil(lambda: not pane.reading_spans() and not window.annotation_list.loading())


def test_the_first_screen_is_painted_with_its_highlights_then_every_annotation_comes(qtbot, window, long_article):
    document_id, places = long_article
    listing = window.annotation_list
    pane = window.open_document(document_id)
    assert pane.reading_spans()  # only the first screen's spans were read
    assert listing.document_id == document_id and listing.loading()
    assert listing.model.rowCount() == 0 and listing.count_label.text() == "…"

    pane.text_view().viewport().repaint()  # the first paint, before the event loop runs again
    start, end = pane.visible_range()
    painted = {item.span.id for item in pane.text_view().painted_items()}
    assert painted and painted == in_range(places, start, end)
    assert len(pane._highlights.spans) < len(places)  # and not every annotation of the article

    wait_complete(qtbot, window, pane)
    assert {s.id for s in pane.spans()} == set(places)
    assert listing.model.rowCount() == len(places)
    assert [listing.model.view(r).id for r in range(listing.model.rowCount())] == sorted(
        places, key=lambda a_id: (*places[a_id], a_id))
    assert listing.count_label.text() == QLocale().toString(len(places))


def test_scrolling_to_the_end_before_the_rest_is_read_paints_the_highlights_there(qtbot, window, long_article):
    document_id, places = long_article
    pane = window.open_document(document_id)
    bar = pane.text_view().verticalScrollBar()
    bar.setValue(bar.maximum())
    pane.text_view().viewport().repaint()
    start, end = pane.visible_range()
    assert start > FIRST_SCREEN_CHARS
    painted = {item.span.id for item in pane.text_view().painted_items()}
    assert painted and painted == in_range(places, start, end)
    wait_complete(qtbot, window, pane)


def test_selecting_a_far_annotation_right_after_opening_shows_it_in_the_pane_and_the_list(qtbot, window,
                                                                                         long_article):
    document_id, places = long_article
    last = max(places, key=lambda a_id: places[a_id])
    pane = window.open_document(document_id)
    window.select_annotation(last)
    pane.text_view().viewport().repaint()
    assert pane.span_rects(last)  # brought on screen and painted
    wait_complete(qtbot, window, pane)
    assert window.annotation_list.current_annotation_id() == last


def test_a_tag_made_while_the_rest_is_read_is_in_the_pane_and_the_list(qtbot, window, gui_project, long_article):
    document_id, places = long_article
    text = document_text(gui_project, document_id)
    start = text.index("miliardi")
    pane = window.open_document(document_id)
    made = window.tag_range(pane, "entity", start, start + len("miliardi"))
    assert made is not None
    pane.text_view().viewport().repaint()
    assert pane.span_rects(made)
    wait_complete(qtbot, window, pane)
    assert {s.id for s in pane.spans()} == set(places) | {made}
    listing = window.annotation_list
    assert listing.model.rowCount() == len(places) + 1 and listing.model.row_of(made) >= 0


def test_a_short_article_and_its_list_are_complete_at_once(window, italian_id):
    pane = window.open_document(italian_id)
    assert not pane.reading_spans() and not window.annotation_list.loading()
    assert window.annotation_list.document_id == italian_id


def test_another_article_opened_before_the_list_filled_keeps_its_own_rows(qtbot, window, gui_project,
                                                                          long_article, italian_id):
    from desktop.services.queries import list_annotations

    document_id, places = long_article
    listing = window.annotation_list
    pane = window.open_document(document_id)
    pane.text_view().viewport().repaint()  # the long one's rest and rows are on their way
    qtbot.waitUntil(lambda: not pane.reading_spans())
    window.open_document(italian_id, pane)
    qtbot.wait(50)
    assert listing.document_id == italian_id and not listing.loading()
    assert listing.model.rowCount() == len(list_annotations(gui_project, document_id=italian_id))
    assert pane.document_id == italian_id and not (set(places) & {s.id for s in pane.spans()})


def test_a_pane_closed_before_the_rest_came_is_freed_at_once(qtbot, window, long_article):
    import gc
    import weakref

    document_id, _places = long_article
    window.new_pane(document_id)
    pane = window.pane_area.active_pane()
    assert pane.document_id == document_id and pane.reading_spans()
    highlights = weakref.ref(pane.highlighter())
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        window.close_active_pane()
        shiboken6.delete(pane)
        del pane
        assert highlights() is None  # no reference cycle kept it for the spans still to come
    finally:
        if was_enabled:
            gc.enable()
    assert not window.annotation_list.loading()
