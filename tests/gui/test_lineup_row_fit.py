"""The comparison view's tables show every row's wrapped text: a table fits its rows' heights to their cells
(up to MAX_ROW_LINES lines) once it is in sight, and again when its column widths change."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.authors import ensure_author
from desktop.ui.lineup.comparison_sections import MAX_ROW_LINES
from tests.fixtures.lineup import tag_seed_lineup

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"


@pytest.fixture
def view(qtbot, make_window, gui_project, profile):
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    tag_seed_lineup(gui_project, author)
    window = make_window(gui_project, show=False)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    feature = window.features[FEATURE]
    feature.compare_action.trigger()
    qtbot.waitUntil(lambda: feature.compare_dock.isVisible() and bool(feature.compare.measure_sections))
    compare = feature.compare
    for section in [*compare.measure_sections, *compare.proposition_sections]:
        section.set_expanded(True)
    QApplication.processEvents()
    return compare


def _tables(view):
    return [s.table for s in [*view.measure_sections, *view.proposition_sections]]


def _assert_rows_whole(table) -> None:
    most = MAX_ROW_LINES * table.fontMetrics().lineSpacing() + 10
    for row in range(table.model().rowCount()):
        needed = max(table.sizeHintForRow(row), table.verticalHeader().sectionSizeHint(row))
        assert table.rowHeight(row) == min(needed, most), row  # its wrapped cells, all seen
    assert table.height() >= sum(table.rowHeight(r) for r in range(table.model().rowCount()))  # no inner scroll


def test_every_table_scrolled_into_sight_shows_every_rows_wrapped_text(qtbot, view):
    tables = _tables(view)
    line = tables[0].fontMetrics().lineSpacing()
    for table in tables:
        view.scroll_area.ensureWidgetVisible(table)
        qtbot.waitUntil(lambda t=table: t.rows_fitted())
        _assert_rows_whole(table)
    rows = [t.rowHeight(r) for t in tables for r in range(t.model().rowCount())]
    assert max(rows) >= 2 * line  # the seed's long quotes wrap onto more lines rather than being cut


def test_a_narrower_view_fits_the_rows_in_sight_again(qtbot, view):
    table = _tables(view)[0]
    view.scroll_area.ensureWidgetVisible(table)
    qtbot.waitUntil(table.rows_fitted)
    before = [table.rowHeight(r) for r in range(table.model().rowCount())]
    view.window().resize(1000, 900)
    qtbot.waitUntil(lambda: table.rows_fitted() and [table.rowHeight(r) for r in range(table.model().rowCount())]
                    != before)
    _assert_rows_whole(table)
