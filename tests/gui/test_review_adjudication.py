"""The adjudication window: two authors' annotations lined up, decided with 1 / 2 / 3 / E, undone with Ctrl+Z."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.queries import get_annotation, list_annotations
from desktop.ui.review.alignment_model import A_QUOTE, A_WHAT, B_QUOTE, B_WHAT, MATCH
from desktop.ui.review.install import install
from desktop.ui.review.review_colours import MATCH_HEX
from tests.gui.conftest import lists_followed, offsets

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
FIGURE = "circa 14 miliardi di dollari"
MEASURE = "Meta investment in Scale AI"


def tag(project, document_id: int, phrase: str, kind: str, author_id: int, **fields) -> str:
    start, end = offsets(project, document_id, phrase)
    return create_annotation(project, document_id=document_id, start=start, end=end, kind=kind,
                             author_id=author_id, **fields).value


@pytest.fixture
def versions(gui_project, italian_id) -> dict[str, str]:
    """Marco (A) and Sofia (B) annotated the Italian article: one exact match, one disagreement on a
    figure's value, one overlap of claims, and one name each that the other did not tag."""
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    sofia = ensure_author(gui_project, "sofia-1", "Sofia").value
    p, d = gui_project, italian_id
    claim = "Meta acquisirà una partecipazione del 49% in Scale"
    return {
        "exact_a": tag(p, d, "Meta Platforms Inc.", "entity", marco, entity_name="Meta"),
        "exact_b": tag(p, d, "Meta Platforms Inc.", "entity", sofia, entity_name="Meta"),
        "only_a": tag(p, d, "Sarah Friar", "entity", marco, entity_name="Sarah Friar"),
        "overlap_a": tag(p, d, claim, "claim", marco, proposition_label="Meta buys 49% of Scale"),
        "overlap_b": tag(p, d, claim + ", valutando la startup", "claim", sofia,
                         proposition_label="Meta buys 49% of Scale"),
        "disagree_a": tag(p, d, FIGURE, "figure", marco, measure_label=MEASURE),
        "disagree_b": tag(p, d, FIGURE, "figure", sofia, value="29000000000", unit="USD", bound="about",
                          measure_label=MEASURE),
        "only_b": tag(p, d, "Alexandr Wang", "entity", sofia, entity_name="Alexandr Wang"),
        "marco": marco, "sofia": sofia,
    }


EXPECTED = ["exact", "only_a", "overlap", "disagree", "only_b"]  # in text order


@pytest.fixture
def feature(make_window, gui_project, versions):
    return install(make_window(gui_project))


@pytest.fixture
def dialog(qtbot, feature, italian_id, versions):
    dialog = feature.open_adjudication(italian_id, versions["marco"], versions["sofia"])
    qtbot.waitExposed(dialog)
    return dialog


def status(project, annotation_id: str) -> str:
    return get_annotation(project, annotation_id).status


def row_of(dialog, match: str) -> int:
    return [r.match for r in dialog.model.rows()].index(match)


def cell(dialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.data(dialog.model.index(row, column), role)


def window_ctrl_z(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.pane_area.panes()[0].text_view(), Qt.Key.Key_Z, CTRL)


def test_rows_are_aligned_and_coloured_by_match_type(dialog, versions):
    assert dialog.model.rowCount() == 5
    assert [r.match for r in dialog.model.rows()] == EXPECTED
    for row, match in enumerate(EXPECTED):
        assert cell(dialog, row, A_QUOTE, Qt.ItemDataRole.BackgroundRole) == QColor(MATCH_HEX[match][0])
    assert [cell(dialog, r, MATCH) for r in range(5)] == ["exact", "only A", "overlap", "disagree", "only B"]
    disagree = row_of(dialog, "disagree")
    assert "14 000 000 000 USD" in cell(dialog, disagree, A_WHAT)
    assert "29 000 000 000 USD" in cell(dialog, disagree, B_WHAT)
    only_a, only_b = row_of(dialog, "only_a"), row_of(dialog, "only_b")
    assert cell(dialog, only_a, B_QUOTE) == "—" and cell(dialog, only_a, A_QUOTE) == "“Sarah Friar”"
    assert cell(dialog, only_b, A_QUOTE) == "—" and cell(dialog, only_b, B_QUOTE) == "“Alexandr Wang”"
    assert dialog.legend_labels["exact"].text() == "exact: <b>1</b>"
    assert dialog.legend_labels["only_b"].text() == "only B: <b>1</b>"


def test_1_takes_a_and_ctrl_z_in_the_window_restores(qtbot, dialog, feature, gui_project, versions):
    dialog.select_row(row_of(dialog, "disagree"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)

    assert status(gui_project, versions["disagree_a"]) == "accepted"
    assert status(gui_project, versions["disagree_b"]) == "rejected"
    assert dialog.table.currentIndex().row() == row_of(dialog, "disagree") + 1  # on to the next row
    assert cell(dialog, row_of(dialog, "disagree"), A_QUOTE).startswith("✓")
    assert cell(dialog, row_of(dialog, "disagree"), B_QUOTE).startswith("✗")
    lists_followed(qtbot, feature.window)
    assert feature.window.annotation_list.model.view(
        feature.window.annotation_list.model.row_of(versions["disagree_b"])).status == "rejected"

    window_ctrl_z(qtbot, feature.window)

    assert status(gui_project, versions["disagree_a"]) == "proposed"
    assert status(gui_project, versions["disagree_b"]) == "proposed"
    assert not cell(dialog, row_of(dialog, "disagree"), A_QUOTE).startswith("✓")


def test_2_and_3_and_undo_inside_the_dialog(qtbot, dialog, gui_project, versions):
    dialog.select_row(row_of(dialog, "overlap"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_2)
    assert status(gui_project, versions["overlap_a"]) == "rejected"
    assert status(gui_project, versions["overlap_b"]) == "accepted"
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, CTRL)
    assert status(gui_project, versions["overlap_a"]) == "proposed"
    assert status(gui_project, versions["overlap_b"]) == "proposed"

    dialog.select_row(row_of(dialog, "exact"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_3)
    assert status(gui_project, versions["exact_a"]) == "accepted"
    assert status(gui_project, versions["exact_b"]) == "accepted"


def test_one_sided_rows_are_settled_with_a_verdict(qtbot, dialog, gui_project, versions):
    dialog.select_row(row_of(dialog, "only_a"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # take A's: the passage Marco tagged stands
    assert status(gui_project, versions["only_a"]) == "accepted"
    dialog.select_row(row_of(dialog, "only_b"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_1)  # take A's nothing: Sofia's extra tag goes
    assert status(gui_project, versions["only_b"]) == "rejected"


def test_arrow_keys_move_and_e_edits_then_takes(qtbot, dialog, feature, gui_project, versions):
    dialog.select_row(0)
    dialog.table.setFocus()
    for _ in range(row_of(dialog, "disagree")):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
    assert dialog.current_row().match == "disagree"

    qtbot.keyClick(dialog.table, Qt.Key.Key_E)
    editor = dialog.edit_dialog
    assert editor is not None and editor.base == "a"
    assert editor.field_edit("value").text() == "14000000000"
    assert editor.field_edit("measure_label").text() == MEASURE
    editor.field_edit("value").setText("15000000000")
    editor.accept()

    created = [v for v in list_annotations(gui_project) if v.author_id == feature.window.ops.author_id]
    assert len(created) == 1
    assert (created[0].value, created[0].status, created[0].measure_label) == ("15000000000", "accepted", MEASURE)
    assert status(gui_project, versions["disagree_a"]) == "rejected"
    assert status(gui_project, versions["disagree_b"]) == "rejected"

    window_ctrl_z(qtbot, feature.window)
    assert get_annotation(gui_project, created[0].id) is None
    assert status(gui_project, versions["disagree_a"]) == "proposed"
    assert status(gui_project, versions["disagree_b"]) == "proposed"


def test_the_columns_are_fitted_to_the_rows_they_show_after_a_change(qtbot):
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    from desktop.ui.review.alignment_model import COLUMNS, DIFFERS
    from desktop.ui.review.alignment_table import AlignmentTable

    model = QStandardItemModel(3, len(COLUMNS))
    for row in range(3):
        for column in range(len(COLUMNS)):
            model.setItem(row, column, QStandardItem("x"))
    table = AlignmentTable()
    qtbot.addWidget(table)
    table.setModel(model)
    table.resize(2400, 300)
    table.show()
    qtbot.waitExposed(table)
    narrow = table.fit_columns()[DIFFERS]
    model.item(1, DIFFERS).setText("the value differs: 14 000 000 000 USD against 29 000 000 000 USD")
    wide = table.fit_columns()[DIFFERS]
    assert wide > narrow + 100  # what differs, read whole
    model.removeRow(1)
    assert table.fit_columns()[DIFFERS] == narrow
