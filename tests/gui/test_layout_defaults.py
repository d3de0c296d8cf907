"""The window's layout as an analyst meets it: a first start that leaves the articles most of the window,
Compare Sources and Conflicts given a readable size when asked for (and the height given back), the
Annotation panel before the Review dock, and the adjudication and agreement windows that show what they
flag instead of cutting it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from desktop.interchange.w3c_io import export_w3c
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from desktop.ui.review.alignment_model import DIFFERS, MATCH_ROLE
from tests.fixtures.lineup import INVESTMENT, STAKE, VALUATION, seed_documents, tag_seed_lineup
from tests.gui.background import import_and_wait
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

LINEUP = "desktop.ui.lineup.install"
REVIEW = "desktop.ui.review.install"
COLLEAGUE = "desktop.ui.colleague_import"
SIZES = [(1280, 800), (1600, 1000)]


@pytest.fixture
def lineup_ids(gui_project, profile) -> dict[str, str]:
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    return tag_seed_lineup(gui_project, author)


def first_start(qtbot, make_window, project, width: int, height: int):
    """A window on a first start (no saved layout) at ``width`` × ``height``, its docks sized."""
    window = make_window(project, show=False)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: not window.layout_memory.default_sizes_pending)
    QApplication.processEvents()
    return window


def on_screen(dock: QDockWidget) -> bool:
    """Open and in front (a tab behind another is "visible" to Qt but not on screen)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def middle_height(window) -> int:
    """The height the article panes share with the bottom docks."""
    bottom = [d for d in window.findChildren(QDockWidget) if on_screen(d) and not d.isFloating()
              and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea]
    return window.centralWidget().height() + max((d.height() for d in bottom), default=0)


def inside(widget: QWidget, viewport: QWidget) -> bool:
    top_left = widget.mapTo(viewport, QPoint(0, 0))
    return viewport.rect().contains(QRect(top_left, widget.size()))


# --- a first start ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_first_start_leaves_the_articles_half_the_window_and_every_dock_a_useful_size(
        qtbot, make_window, gui_project, lineup_ids, width, height):
    window = first_start(qtbot, make_window, gui_project, width, height)
    lineup, review = window.features[LINEUP], window.features[REVIEW]
    conflicts = window.features[COLLEAGUE].conflicts_dock

    assert (window.width(), window.height()) == (width, height)  # no dock's minimum made it grow
    panes = window.pane_area.panes()
    assert len(panes) == 2
    for pane in panes:
        assert pane.height() >= height // 2, (pane.height(), height)
        assert pane.width() >= 280
    # Rarely needed docks are tabs, not a wall of panels: Register beside Documents; Suggestions,
    # Mentions, Conflicts and Compare beside the annotation list, the last two closed.
    assert lineup.register_dock in window.tabifiedDockWidgets(window.documents_dock)
    below = set(window.tabifiedDockWidgets(window.list_dock))
    assert {lineup.suggestions_dock, lineup.mentions_dock} <= below
    assert lineup.compare_dock.isHidden() and conflicts.isHidden()
    shown = [d for d in window.findChildren(QDockWidget) if on_screen(d)]
    assert set(shown) == {window.documents_dock, window.list_dock, window.panel_dock, review.dock}
    useful = {window.documents_dock: (260, 300), window.list_dock: (500, 150),
              window.panel_dock: (300, 250), review.dock: (300, 200)}
    for dock, (min_width, min_height) in useful.items():
        assert dock.width() >= min_width and dock.height() >= min_height, (dock.objectName(), dock.size())
    assert window.dockWidgetArea(review.dock) == window.dockWidgetArea(window.panel_dock)
    assert review.dock.y() > window.panel_dock.y()  # the panel above, the review below


def test_the_layout_the_analyst_leaves_comes_back_instead_of_the_default(qtbot, make_window, gui_project):
    window = first_start(qtbot, make_window, gui_project, 1600, 1000)
    lineup = window.features[LINEUP]
    window.removeDockWidget(lineup.register_dock)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, lineup.register_dock)
    lineup.register_dock.show()
    window.close()

    again = make_window(gui_project)
    assert not again.layout_memory.default_sizes_pending
    assert again.dockWidgetArea(again.features[LINEUP].register_dock) == Qt.DockWidgetArea.RightDockWidgetArea


# --- Compare Sources ---------------------------------------------------------------------------------------
def test_compare_sources_takes_half_the_middle_below_the_articles_and_gives_it_back(
        qtbot, make_window, gui_project, lineup_ids):
    window = first_start(qtbot, make_window, gui_project, 1600, 1000)
    lineup = window.features[LINEUP]
    dock = lineup.compare_dock
    pane = window.pane_area.panes()[0]
    list_height, pane_height = window.list_dock.height(), pane.height()

    lineup.compare_action.trigger()
    qtbot.waitUntil(lambda: on_screen(dock) and dock.height() >= 0.45 * middle_height(window))
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock in window.tabifiedDockWidgets(window.list_dock)  # a tab, not a band across the top
    assert pane.height() >= 0.4 * middle_height(window)  # the article above still reads
    assert dock.width() > 800
    view = lineup.compare
    qtbot.waitUntil(lambda: bool(view.measure_sections))
    assert view.measure_section(INVESTMENT).expanded()  # the sources disagree: open
    assert not view.measure_section(STAKE).expanded()  # they agree: folded to its summary
    assert not view.measure_section(VALUATION).expanded()

    dock.close()
    qtbot.waitUntil(lambda: on_screen(window.list_dock))
    qtbot.waitUntil(lambda: abs(window.list_dock.height() - list_height) <= 2)
    assert abs(pane.height() - pane_height) <= 2


def test_compare_sources_floated_is_a_window_big_enough_for_its_charts(qtbot, make_window, gui_project, lineup_ids):
    window = first_start(qtbot, make_window, gui_project, 1600, 1000)
    lineup = window.features[LINEUP]
    lineup.show_compare()
    lineup.compare_dock.setFloating(True)
    qtbot.waitUntil(lambda: lineup.compare_dock.width() >= 1100 and lineup.compare_dock.height() >= 650)
    qtbot.waitUntil(lambda: lineup.compare.measure_section(INVESTMENT) is not None)  # computed off the GUI thread
    section = lineup.compare.measure_section(INVESTMENT)
    qtbot.waitUntil(lambda: section.chart.x() >= section.table.x() + section.table.width())  # beside


# --- the Annotation panel before the Review dock ------------------------------------------------------------
def test_a_claim_tagged_with_the_review_dock_open_shows_its_fields_even_after_the_panel_was_squeezed(
        qtbot, make_window, gui_project, italian_id):
    window = first_start(qtbot, make_window, gui_project, 1600, 1000)
    review = window.features[REVIEW]
    assert on_screen(review.dock)
    column = window.panel_dock.height() + review.dock.height()
    window.resizeDocks([window.panel_dock, review.dock], [150, column - 150], Qt.Orientation.Vertical)
    qtbot.waitUntil(lambda: window.panel_dock.height() < 200)  # squeezed, as QA found it after F3

    pane = window.pane_area.panes()[0]
    if pane.document_id != italian_id:
        window.open_document(italian_id, pane)
    tag_phrase(qtbot, window, pane, "OpenAI afferma che continuerà a collaborare con Scale AI", Qt.Key.Key_C)

    panel, viewport = window.panel, window.panel_dock.widget().viewport()
    fields = (panel.kind, panel.status, panel.proposition, panel.stance, panel.speaker, panel.attributed_to)

    def top(widget: QWidget) -> int:
        return widget.mapTo(viewport, QPoint(0, 0)).y()

    # The claim's rows laid out (one under the other), and the panel's room given back from the Review dock.
    qtbot.waitUntil(lambda: top(panel.kind) < top(panel.proposition) < top(panel.stance) < top(panel.attributed_to))
    qtbot.waitUntil(lambda: all(inside(field, viewport) for field in fields))  # at once, not by scrolling
    assert on_screen(review.dock) and review.dock.height() >= review.dock.minimumSizeHint().height()


# --- Conflicts ---------------------------------------------------------------------------------------------
@pytest.fixture
def conflict(qtbot, make_window, gui_project, tmp_path):
    """Bruno's project and ours both changed the note of his figure after an exchange; we import his."""
    bruno_project = open_project(tmp_path / "bruno.evidence")
    seed_project(bruno_project)
    bruno = ensure_author(bruno_project, "bruno-1", "Bruno").value
    doc, text = seed_documents(bruno_project)["004"]
    start = text.index("circa $ 15 miliardi")
    figure = create_annotation(bruno_project, document_id=doc, start=start, end=start + 19, kind="figure",
                               author_id=bruno, value="15000000000", unit="USD", bound="about",
                               measure_label=INVESTMENT).value
    window = first_start(qtbot, make_window, gui_project, 1600, 1000)
    exchange = window.features[COLLEAGUE]
    export_w3c(bruno_project, tmp_path / "b1.jsonld", mark_exchanged=True)
    import_and_wait(qtbot, window, exchange, tmp_path / "b1.jsonld")
    exchange.last_report_dialog.accept()
    assert window.ops.update_annotation(figure, note="The FT says about $15 billion, payable over two years, "
                                                     "according to people familiar with the deal")
    update_annotation(bruno_project, figure, bruno, note="About 15 billion is the FT figure; the WSJ said 14, "
                                                         "check which one is later")
    export_w3c(bruno_project, tmp_path / "b2.jsonld", mark_exchanged=True)
    import_and_wait(qtbot, window, exchange, tmp_path / "b2.jsonld")
    exchange.last_report_dialog.accept()
    yield window, exchange.conflicts_dock
    bruno_project.close()


def test_conflicts_open_below_the_articles_with_mine_and_theirs_readable(qtbot, conflict):
    window, dock = conflict
    qtbot.waitUntil(lambda: on_screen(dock) and dock.height() >= 0.4 * middle_height(window))
    assert window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert dock.width() >= 800
    panel = dock.panel
    table, model = panel.table, panel.comparison
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Field", "Mine", "Theirs (Bruno)"]
    assert table.columnWidth(model.MINE) >= 300 and table.columnWidth(model.THEIRS) >= 300
    assert model.index(0, model.FIELD).data() == "Note"  # what differs comes first, no scrolling to it
    assert "You both changed:</b> Note" in panel.differs.text()
    theirs = model.index(0, model.THEIRS)
    assert model.data(theirs, Qt.ItemDataRole.ToolTipRole).endswith("check which one is later")
    note_row = table.visualRect(theirs)
    assert table.viewport().rect().contains(note_row)  # the whole note shows: wrapped, not cut
    assert note_row.height() >= 2 * table.fontMetrics().height()


def test_conflicts_floated_are_a_window_of_at_least_900_by_500(qtbot, conflict):
    window, dock = conflict
    dock.setFloating(True)
    qtbot.waitUntil(lambda: dock.width() >= 900 and dock.height() >= 500)
    centre = window.frameGeometry().center()
    assert abs(dock.geometry().center().x() - centre.x()) <= 2


# --- adjudication and agreement ---------------------------------------------------------------------------
@pytest.fixture
def two_readings(gui_project) -> tuple[int, int, int]:
    """Anna and Bruno tagged "29 milliards de dollars" in 003 as the same value of different measures."""
    anna = ensure_author(gui_project, "anna-1", "Anna").value
    bruno = ensure_author(gui_project, "bruno-1", "Bruno").value
    doc, text = seed_documents(gui_project)["003"]
    start = text.index("29 milliards de dollars")
    for author, measure in ((anna, INVESTMENT), (bruno, VALUATION)):
        create_annotation(gui_project, document_id=doc, start=start, end=start + 23, kind="figure",
                          author_id=author, value="29000000000", unit="USD", bound="exact", measure_label=measure)
    start = text.index("49 %")
    for author in (anna, bruno):
        create_annotation(gui_project, document_id=doc, start=start, end=start + 4, kind="figure",
                          author_id=author, value="49", unit="%", bound="exact", measure_label=STAKE)
    return doc, anna, bruno


def test_adjudication_names_the_difference_it_flags_and_shows_it_whole(qtbot, window, two_readings):
    doc, anna, bruno = two_readings
    dialog = window.features[REVIEW].open_adjudication(doc, anna, bruno)
    qtbot.waitExposed(dialog)
    model, table = dialog.model, dialog.table
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(MATCH_ROLE) == "disagree")
    differs = model.index(row, DIFFERS)
    assert differs.data() == f"measure: {INVESTMENT} ≠ {VALUATION}"
    assert f"A (Anna): {INVESTMENT}" in differs.data(Qt.ItemDataRole.ToolTipRole)
    needed = table.fontMetrics().horizontalAdvance(differs.data())
    qtbot.waitUntil(lambda: table.columnWidth(DIFFERS) > needed)  # not cut
    exact = next(r for r in range(model.rowCount()) if model.index(r, 0).data(MATCH_ROLE) == "exact")
    assert model.index(exact, DIFFERS).data() == ""
    assert model.headerData(DIFFERS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_the_adjudication_document_list_drops_below_the_box_wherever_the_current_document_is(
        qtbot, window, two_readings):
    doc, anna, bruno = two_readings
    dialog = window.features[REVIEW].open_adjudication(doc, anna, bruno)
    qtbot.waitExposed(dialog)
    combo = dialog.document_combo
    assert combo.count() == 5
    places = []
    for current in (0, combo.count() - 1):
        combo.setCurrentIndex(current)
        combo.showPopup()
        view = combo.view()
        qtbot.waitUntil(view.isVisible)
        top = view.mapToGlobal(QPoint(0, 0))
        assert top.y() >= combo.mapToGlobal(QPoint(0, combo.height())).y() - 2  # below the box, not over it
        places.append((top, [view.visualRect(combo.model().index(i, 0)).top() for i in range(combo.count())]))
        combo.hidePopup()
        qtbot.waitUntil(lambda: not combo.view().isVisible())
    assert places[0] == places[1]  # each document is drawn where it was the time before
    combo.setCurrentIndex(0)
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    target = combo.model().index(3, 0)
    qtbot.mouseClick(combo.view().viewport(), Qt.MouseButton.LeftButton,
                     pos=combo.view().visualRect(target).center())
    qtbot.waitUntil(lambda: combo.currentIndex() == 3)
    assert dialog.document_id == combo.itemData(3)


def test_the_agreement_documents_are_elided_not_scrolled(qtbot, window, two_readings):
    _doc, anna, bruno = two_readings
    dialog = window.features[REVIEW].open_agreement(anna, bruno)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.computing())
    documents = dialog.documents
    QApplication.processEvents()
    assert documents.horizontalScrollBar().maximum() == 0  # no sideways scrolling to read a title
    longest = max((documents.item(i) for i in range(documents.count())), key=lambda item: len(item.text()))
    assert documents.fontMetrics().horizontalAdvance(longest.text()) > documents.viewport().width()
    assert documents.visualItemRect(longest).width() <= documents.viewport().width()
    assert longest.text() in longest.toolTip()


def test_compare_docked_at_1440_by_900_reads_without_cutting_or_scrolling_sideways(
        qtbot, make_window, gui_project, lineup_ids):
    window = first_start(qtbot, make_window, gui_project, 1440, 900)
    lineup = window.features[LINEUP]
    lineup.compare_action.trigger()
    view = lineup.compare
    qtbot.waitUntil(lambda: on_screen(lineup.compare_dock) and bool(view.measure_sections))
    section = view.measure_section(INVESTMENT)
    section.set_expanded(True)
    for proposition in view.proposition_sections:
        proposition.set_expanded(True)
    QApplication.processEvents()
    for table in [section.table, *(p.table for p in view.proposition_sections)]:
        qtbot.waitUntil(lambda t=table: t.viewport().width() > 0)
        table.fit_columns()
        assert table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
        model, header = table.model(), table.horizontalHeader()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            widest_line = max(header.fontMetrics().horizontalAdvance(part) for part in title.split("\n"))
            assert header.sectionSize(column) >= widest_line, title  # "Says who" is never "ays wh"
        source = model.column_of("Source")
        for row in range(model.rowCount()):
            text = model.index(row, source).data()
            lines = table.rowHeight(row) // table.fontMetrics().lineSpacing()
            width = max(table.fontMetrics().horizontalAdvance(part) for part in text.split("\n"))
            assert width <= header.sectionSize(source) or lines >= 2, text  # whole, or wrapped, never "000 …"


class _FirstPaint(QObject):
    """The size each watched widget had when it was first painted."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.sizes: dict[QWidget, QSize] = {}
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget) and watched not in self.sizes:
            self.sizes[watched] = watched.size()
        return False


def test_a_first_start_paints_the_docks_at_their_sizes_at_once(qtbot, make_window, gui_project):
    """The window does not come up with docks of one size and jump to others on its next turn (the right
    column's split between the Annotation panel and the Review dock is fitted to the panel's content after)."""
    window = make_window(gui_project, show=False)
    window.resize(1600, 1000)
    watched = [window.documents_dock, window.list_dock, window.pane_area]
    first = _FirstPaint(watched)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: len(first.sizes) == len(watched))
    qtbot.waitUntil(lambda: not window.layout_memory.default_sizes_pending)
    QApplication.processEvents()
    assert {w.objectName(): w.size() for w in watched} == {w.objectName(): first.sizes[w] for w in watched}
    assert window.documents_dock.width() >= 300  # the default layout's, not Qt's first guess
