"""The comparison view in the real window: the seed line-up's disagreements shown, charted, graded."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from desktop.dossier.build import build_dossier
from desktop.dossier.chart import section_chart
from desktop.dossier.model import DossierOptions
from desktop.services.authors import ensure_author
from desktop.services.documents import get_document
from desktop.services.settings import tolerance
from desktop.ui.lineup.comparison_model import CONFLICT_ROLE
from desktop.ui.lineup.comparison_sections import CHART_BESIDE_FROM
from desktop.ui.lineup.labels import document_labels
from tests.fixtures.lineup import INVESTMENT, OPENAI_KEEPS_WORKING, STAKE, tag_seed_lineup

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"


@pytest.fixture
def lineup_ids(gui_project, profile) -> dict[str, str]:
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    return tag_seed_lineup(gui_project, author)


@pytest.fixture
def compare(qtbot, make_window, gui_project, lineup_ids):
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    assert not feature.compare_dock.isVisible()  # out of the way until asked for
    reading = window.pane_area.active_pane().text_view()
    reading.setFocus()  # the analyst is reading an article
    qtbot.keyClick(reading, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: feature.compare_dock.isVisible() and bool(feature.compare.measure_sections))
    return window, feature.compare


def _rows(section) -> list[tuple[str, str, bool]]:
    model = section.model
    value_col = model.VALUE
    return [(model.row(r).document_label, model.index(r, value_col).data(),
             bool(model.index(r, 0).data(CONFLICT_ROLE))) for r in range(model.rowCount())]


def _conflicts_cell(section) -> str:
    model = section.model
    return model.index(0, model.column_of("Can't agree\nwith")).data()


def test_the_investment_is_flagged_first_and_the_stake_is_not(compare):
    _window, view = compare
    investment = view.measure_section(INVESTMENT)
    stake = view.measure_section(STAKE)
    assert view.measure_sections[0] is investment  # disagreeing measures come first
    assert investment.comparison.disagree and investment.badge.text() == "⚠ Sources disagree"
    assert _rows(investment) == [("Cryptopolitan", "~$14B", True), ("FR AI blog", "$29B", True),
                                 ("FT 2025-07-15", "~$15B", True), ("IT crypto site", "$10B+", False)]
    assert ("Sources disagree: $10B+ (IT crypto site), ~$14B (Cryptopolitan, via WSJ), ~$15B (FT 2025-07-15, FT), "
            "$29B (FR AI blog)") \
        in investment.summary.text()
    cannot_agree = investment.model.columnCount() - 1
    assert investment.model.index(1, cannot_agree).data() == "Cryptopolitan, FT 2025-07-15"  # $29B cannot agree with ~$14B, ~$15B
    assert not stake.comparison.disagree and stake.badge.text() == "✓ Sources agree"
    assert not any(conflict for _label, _value, conflict in _rows(stake))
    assert "1 of 3 measures: sources disagree" in view.overview.text()


def test_the_chart_is_the_dossiers_drawing_below_the_table_docked_and_beside_it_in_a_window(
        qtbot, compare, gui_project):
    window, view = compare
    investment, stake = view.measure_section(INVESTMENT), view.measure_section(STAKE)
    renderer = investment.chart.renderer()
    assert renderer is not None and renderer.isValid() and not renderer.defaultSize().isEmpty()
    assert investment.chart.isVisible() and investment.chart.width() > 200
    # Docked below the articles the view is narrow: the table keeps the whole width, the chart goes below.
    assert investment.width() < CHART_BESIDE_FROM
    qtbot.waitUntil(lambda: investment.chart.y() >= investment.table.y() + investment.table.height())
    dossier = build_dossier(gui_project, DossierOptions(include_pending=True))
    in_dossier = next(f for f in dossier.figures if f.label == INVESTMENT)
    assert investment.chart.svg == section_chart(in_dossier, dossier.tolerance)  # same picture on screen
    assert "#c2410c" in investment.chart.svg  # the outliers in the warning colour
    assert "#c2410c" not in stake.chart.svg

    dock = window.features[FEATURE].compare_dock
    qtbot.mouseClick(view.window_button, Qt.MouseButton.LeftButton)  # "Open in a Window"
    qtbot.waitUntil(lambda: dock.isFloating() and dock.width() >= 1100)
    assert view.window_button.text() == "Dock in the Main Window"
    qtbot.waitUntil(lambda: investment.chart.x() > investment.table.x() + investment.table.width() - 1)  # beside
    assert investment.chart.width() > 200
    qtbot.mouseClick(view.window_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dock.isFloating())
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea


def test_the_openai_proposition_is_contested_two_to_one(compare):
    _window, view = compare
    section = view.proposition_section(OPENAI_KEEPS_WORKING)
    assert section.comparison.contested and section.badge.text() == "⚠ Contested"
    model = section.model
    stances = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert stances == [("✔ asserts", "Cryptopolitan\nvia Bloomberg"), ("✔ asserts", "FR AI blog"),
                       ("✘ denies", "PT news site")]
    speaker = model.column_of("Speaker")
    assert model.index(0, speaker).data() == "Sarah Friar"
    assert "2 sources assert it (Cryptopolitan, FR AI blog)" in section.summary.text()
    assert "1 source denies it (PT news site)" in section.summary.text()


def test_double_clicking_a_row_shows_that_quote_in_its_article(qtbot, compare, gui_project, lineup_ids):
    window, view = compare
    table = view.measure_section(INVESTMENT).table
    index = table.model().index(1, table.model().column_of("Quote"))  # FR AI blog, "29 milliards de dollars"
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click: press, release,
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # then the second press
    assert window.current_annotation() == lineup_ids["investment/003"]
    doc_003 = next(d for d, label in document_labels(gui_project).items() if label == "FR AI blog")
    pane = window.pane_area.pane_showing(doc_003)
    assert pane is not None and pane.selected_annotation == lineup_ids["investment/003"]


def test_grading_a_source_in_the_view_is_stored_shown_and_undoable(qtbot, compare, gui_project):
    window, view = compare
    model = view.measure_section(INVESTMENT).model
    doc = model.row(1).document_id  # FR AI blog
    model.setData(model.index(1, model.GRADE), "E")
    assert get_document(gui_project, doc).reliability == "E"
    qtbot.waitUntil(lambda: view.measure_section(INVESTMENT).model.index(1, model.GRADE).data() == "E")
    assert view.proposition_section(OPENAI_KEEPS_WORKING).model.row(1).reliability == "E"  # 003 there too
    window.undo()
    assert get_document(gui_project, doc).reliability is None


def test_tolerance_and_statuses_change_what_disagrees(qtbot, compare, gui_project):
    window, view = compare
    view.tolerance.setValue(0)  # "about 14" and "about 15" can no longer both be true
    assert tolerance(gui_project) == Decimal(0)
    qtbot.waitUntil(lambda: "FT 2025-07-15" in _conflicts_cell(view.measure_section(INVESTMENT)))
    window.undo()
    assert tolerance(gui_project) == Decimal("0.10")
    qtbot.waitUntil(lambda: _conflicts_cell(view.measure_section(INVESTMENT)) == "FR AI blog")
    assert view.tolerance.value() == 10

    view.include_pending.setChecked(False)  # nothing is accepted yet: nothing left to compare
    qtbot.waitUntil(lambda: not view.computing() and view.result is not None and not view.result.measures)
    assert view.measure_sections == [] and view.proposition_sections == []
    view.include_pending.setChecked(True)
    qtbot.waitUntil(lambda: view.measure_section(INVESTMENT) is not None)
