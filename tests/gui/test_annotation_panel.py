"""The annotation panel as the analyst sees it: the field with the cursor is on screen, the key
fields fit a 900 px high window, and the empty-state hint comes back when the annotation goes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

FIGURE = "circa 14 miliardi di dollari"
COMPANY = "Meta Platforms Inc."
CLAIM = "Non vogliamo congelare l'ecosistema"
LONG_CLAIM = ("OpenAI afferma che continuerà a collaborare con Scale AI anche dopo che Meta Platforms Inc. "
              "ha effettuato il suo investimento multimiliardario nella società di etichettatura dei dati.")


def scroll_area(window) -> QScrollArea:
    area = window.panel_dock.widget()
    assert isinstance(area, QScrollArea)
    return area


def on_screen(window, widget: QWidget) -> bool:
    """The widget's whole rectangle, mapped into the scroll area's viewport, lies inside it."""
    viewport = scroll_area(window).viewport()
    rect = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(rect)


def settle(qtbot) -> None:
    """Let the layout settle (a box just shown, the scroll area resizing the panel) before looking."""
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def shown(qtbot, window, widget: QWidget) -> bool:
    settle(qtbot)
    return on_screen(window, widget)


def at_size(qtbot, window, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (width, height))
    QApplication.processEvents()


def short_panel(qtbot, window) -> None:
    """The Annotation dock squeezed to a strip, as when other docks take the right side."""
    at_size(qtbot, window, 1440, 900)
    window.resizeDocks([window.panel_dock], [60], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: scroll_area(window).viewport().height() < 200)


def test_after_f_the_measure_field_is_on_screen_in_a_1440_by_900_window(qtbot, window, pane):
    at_size(qtbot, window, 1440, 900)
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    panel = window.panel
    assert window.focusWidget() is panel.measure
    assert shown(qtbot, window, panel.measure)
    # compact: the figure's key fields all show at once, no scrolling needed
    for field in (panel.kind, panel.status, panel.value, panel.unit, panel.bound, panel.measure):
        assert on_screen(window, field), field.objectName()


def test_with_the_panel_as_short_as_the_testers_the_figure_fields_all_show(qtbot, window, pane):
    """The QA run had about 260 px of panel at 1440x900 (the Review dock takes the rest)."""
    at_size(qtbot, window, 1440, 900)
    window.resizeDocks([window.panel_dock], [200], Qt.Orientation.Vertical)
    settle(qtbot)
    assert 200 <= scroll_area(window).viewport().height() <= 290
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    panel = window.panel
    assert shown(qtbot, window, panel.measure)
    for field in (panel.kind, panel.status, panel.value, panel.unit, panel.bound, panel.measure):
        assert on_screen(window, field), field.objectName()


def test_a_figure_in_the_billions_shows_whole_in_the_value_field_of_a_narrow_panel(qtbot, window, pane):
    """The team's screenshot had "14 000 000 000" cut to "14 000 000" in the default dock width."""
    at_size(qtbot, window, 1440, 900)
    window.resizeDocks([window.panel_dock], [260], Qt.Orientation.Horizontal)
    settle(qtbot)
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    settle(qtbot)
    value = window.panel.value
    assert value.text() == "14 000 000 000"
    assert not value.isClearButtonEnabled()  # a clear button would take the room of three digits
    assert value.fontMetrics().horizontalAdvance(value.text()) <= value.contentsRect().width() - 8  # margins


def test_after_e_and_c_the_key_fields_of_entities_and_claims_are_on_screen(qtbot, window, pane):
    at_size(qtbot, window, 1440, 900)
    panel = window.panel
    tag_phrase(qtbot, window, pane, COMPANY, Qt.Key.Key_E)
    assert window.focusWidget() is panel.entity
    assert shown(qtbot, window, panel.entity)
    assert on_screen(window, panel.kind) and on_screen(window, panel.status)

    tag_phrase(qtbot, window, pane, CLAIM, Qt.Key.Key_C)
    assert window.focusWidget() is panel.proposition
    assert shown(qtbot, window, panel.proposition)
    for field in (panel.kind, panel.status, panel.stance, panel.speaker):
        assert on_screen(window, field), field.objectName()


def test_a_short_panel_scrolls_to_the_field_with_the_cursor(qtbot, window, pane):
    short_panel(qtbot, window)
    panel = window.panel
    bar = scroll_area(window).verticalScrollBar()

    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    assert window.focusWidget() is panel.measure
    assert shown(qtbot, window, panel.measure)
    assert bar.value() > 0  # it had to scroll down to Measure

    qtbot.keyClick(panel.measure, Qt.Key.Key_Return)  # back to the article
    tag_phrase(qtbot, window, pane, COMPANY, Qt.Key.Key_E)  # the entity box sits higher up
    assert window.focusWidget() is panel.entity
    assert shown(qtbot, window, panel.entity)

    window.select_annotation(None)
    window.focus_panel_action.trigger()  # F2 with nothing selected: nothing to reveal
    assert window.statusBar().currentMessage() == "Select an annotation first."


def test_the_empty_state_hint_comes_back_after_delete(qtbot, window, pane):
    short_panel(qtbot, window)
    panel = window.panel
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    assert shown(qtbot, window, panel.measure) and scroll_area(window).verticalScrollBar().value() > 0
    qtbot.keyClick(panel.measure, Qt.Key.Key_Return)

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Delete)
    assert window.current_annotation() is None and panel.annotation_id is None
    assert shown(qtbot, window, panel.hint)
    assert "No annotation selected." in panel.hint.text()
    assert not panel.hint.visibleRegion().isEmpty()


def test_the_empty_state_hint_comes_back_after_undoing_a_tag(qtbot, window, pane):
    short_panel(qtbot, window)
    panel = window.panel
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    assert shown(qtbot, window, panel.measure) and scroll_area(window).verticalScrollBar().value() > 0

    qtbot.keyClick(panel.measure, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the tag
    assert window.current_annotation() is None and panel.annotation_id is None
    assert shown(qtbot, window, panel.hint)
    assert not panel.hint.visibleRegion().isEmpty()

    window.redo()  # the figure comes back in the panel, the hint goes
    assert panel.annotation_id is not None
    qtbot.waitUntil(lambda: not panel.hint.isVisible())


def test_the_hint_shows_when_another_view_deletes_the_current_annotation(qtbot, window, pane):
    annotation_id = tag_phrase(qtbot, window, pane, COMPANY, Qt.Key.Key_E)
    seen: list[object] = []
    window.annotationSelected.connect(seen.append)
    window.ops.delete_annotation(annotation_id)  # e.g. a feature, not the Delete key
    assert window.current_annotation() is None
    assert seen == [None]  # features follow: nothing is selected any more
    assert shown(qtbot, window, window.panel.hint)


def test_a_long_quote_takes_three_lines_at_most_and_shows_whole_in_its_tool_tip(qtbot, window, pane):
    at_size(qtbot, window, 1440, 900)
    tag_phrase(qtbot, window, pane, LONG_CLAIM, Qt.Key.Key_C)
    quote = window.panel.quote
    qtbot.waitUntil(lambda: quote.text().endswith("…"), timeout=2000)
    assert LONG_CLAIM.startswith(quote.text()[:-1].rstrip())
    assert quote.toolTip() == LONG_CLAIM
    lines = quote.height() // quote.fontMetrics().lineSpacing()
    assert lines <= 3 + 1  # three lines of text (the rest is padding)
    assert shown(qtbot, window, window.panel.proposition)
