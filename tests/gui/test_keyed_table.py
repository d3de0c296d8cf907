"""The table-model base: rows keyed by id, updated row by row (no reset, selection kept), lazy when large."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, QPersistentModelIndex, Qt

from desktop.ui.keyed_table import KeyedTableModel

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Row:
    id: int
    text: str


class Model(KeyedTableModel[int, Row]):
    columns = ("Id", "Text")
    column_tips = ("The id", "")

    def key_of(self, row: Row) -> int:
        return row.id

    def cell(self, row: Row, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(row.id), row.text)[column]
        return None


def texts(model: Model) -> list[str]:
    return [model.index(r, 1).data() for r in range(model.rowCount())]


class Spy:
    def __init__(self, model: Model) -> None:
        self.events: list[tuple] = []
        model.modelReset.connect(lambda: self.events.append(("reset",)))
        model.rowsInserted.connect(lambda _p, a, b: self.events.append(("insert", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: self.events.append(("remove", a, b)))
        model.dataChanged.connect(lambda a, b, _r=(): self.events.append(("changed", a.row(), b.row())))


def test_an_update_announces_only_what_changed_row_by_row(qtmodeltester):
    model = Model()
    model.show_rows([Row(1, "a"), Row(2, "b"), Row(3, "c"), Row(4, "d")])
    qtmodeltester.check(model, force_py=True)
    spy = Spy(model)
    keep = QPersistentModelIndex(model.index(2, 0))  # row 3, as a view's selection holds it
    model.update_rows([Row(1, "a"), Row(3, "c"), Row(4, "D"), Row(5, "e")])
    assert texts(model) == ["a", "c", "D", "e"]
    assert ("reset",) not in spy.events
    assert spy.events == [("remove", 1, 1), ("insert", 3, 3), ("changed", 2, 2)]
    assert keep.isValid() and keep.row() == 1 and model.row_of(3) == 1
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "The id"


def test_rows_replaced_together_are_announced_once_per_run_of_adjacent_rows(qtmodeltester):
    model = Model()
    model.show_rows([Row(1, "a"), Row(2, "b"), Row(3, "c"), Row(4, "d"), Row(5, "e")])
    spy = Spy(model)
    model.replace_rows([Row(1, "A"), Row(2, "B"), Row(4, "D"), Row(9, "not shown")])
    assert texts(model) == ["A", "B", "c", "D", "e"]
    assert spy.events == [("changed", 0, 1), ("changed", 3, 3)]  # not one announcement per row
    qtmodeltester.check(model, force_py=True)


def test_any_reordering_reaches_the_wanted_order(qtmodeltester):
    rng = random.Random(7)
    model = Model()
    model.show_rows([Row(i, str(i)) for i in range(30)])
    qtmodeltester.check(model, force_py=True)
    for _ in range(40):
        ids = rng.sample(range(45), rng.randrange(0, 45))
        model.update_rows([Row(i, str(i)) for i in ids])
        assert model.keys() == ids and texts(model) == [str(i) for i in ids]
        assert all(model.row_of(i) == n for n, i in enumerate(ids))


def test_a_large_list_fetches_only_the_rows_shown_and_a_change_refetches_one(qtbot, qapp):
    from PySide6.QtWidgets import QTableView

    store = {i: Row(i, f"row {i}") for i in range(10_000)}
    asked: list[list[int]] = []

    def fetch(ids):
        asked.append(list(ids))
        return {i: store[i] for i in ids if i in store}

    model = Model()
    model.show_keys(list(store), fetch)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 10_000
    qtbot.waitUntil(lambda: bool(asked))  # painted: the rows on screen were fetched
    assert sum(map(len, asked)) <= 2 * 200  # a page or two, never the whole list
    view.selectionModel().setCurrentIndex(model.index(5, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    asked.clear()
    store[5] = Row(5, "edited")
    del store[7]
    model.update_keys([k for k in store], changed=[5])
    assert model.index(5, 1).data() == "edited"
    assert len(asked) == 1 and asked[0][0] == 5 and all(k >= 200 for k in asked[0][1:])  # not the rows it had
    assert model.row_of(7) == -1 and model.rowCount() == 9_999
    assert view.currentIndex().row() == 5  # the selection stayed on its row


def test_tagging_updates_one_cell_of_the_document_list_and_one_row_of_the_annotation_list(
        qtbot, window, pane, italian_id, gui_project):
    from desktop.ui.document_list import ANNOTATIONS
    from tests.gui.conftest import lists_followed, tag_phrase

    documents, annotations = window.document_model, window.annotation_list.model
    doc_spy, ann_spy = Spy(documents), Spy(annotations)
    row = documents.row_of(italian_id)
    assert documents.index(row, ANNOTATIONS).data() == "0"

    annotation_id = tag_phrase(qtbot, window, pane, "Scale AI", Qt.Key.Key_E)
    lists_followed(qtbot, window)
    assert doc_spy.events == [("changed", row, row)]  # no reset, no other document re-read
    assert documents.index(row, ANNOTATIONS).data() == "1"
    assert ann_spy.events == [("insert", 0, 0)] and annotations.row_of(annotation_id) == 0

    window.ops.update_annotation(annotation_id, note="the buyer")
    lists_followed(qtbot, window)
    assert doc_spy.events == [("changed", row, row)]  # the count did not change: the list was not touched
    assert ann_spy.events[1:] == [("changed", 0, 0)]


def test_rows_inserted_and_removed_one_by_one_are_found_where_they_are_shown():
    """A tag inserts one row into a long list, an undo takes one out: every key is found at the row showing it,
    asked for in any order after any mix of the two."""
    model = Model()
    model.show_keys(list(range(0, 2000, 2)), lambda ids: {i: Row(i, f"r{i}") for i in ids})
    shown = list(range(0, 2000, 2))
    chance = random.Random(7)
    for step in range(300):
        if shown and chance.random() < 0.4:
            key = chance.choice(shown)
            model.remove_key(key)
            shown.remove(key)
        else:
            key, at = 10_000 + step, chance.randrange(len(shown) + 1)
            model.insert_key(at, key)
            shown.insert(at, key)
        asked = chance.sample(shown, min(3, len(shown)))
        assert [model.row_of(k) for k in asked] == [shown.index(k) for k in asked]
    assert [model.key(r) for r in range(model.rowCount())] == shown
    assert all(model.row_of(k) == r for r, k in enumerate(shown)) and model.row_of(-5) == -1


def test_whether_any_of_many_keys_is_shown_follows_the_rows_inserted_removed_and_replaced():
    """An import names thousands of ids: the list asks at once whether any is one of its rows (none: it stays
    as it is). The answer follows rows taken out, put in and a whole new set of rows."""
    model = Model()
    model.show_keys(list(range(0, 2000, 2)), lambda ids: {i: Row(i, f"r{i}") for i in ids})
    odd = frozenset(range(1, 2000, 2))
    assert not model.shows_any(odd) and not model.shows_any([])
    assert model.shows_any(odd | {1998}) and model.shows_any(iter([7, 5, 4]))
    model.remove_key(1998)
    assert not model.shows_any(odd | {1998})
    model.insert_key(3, 1001)
    assert model.shows_any(odd) and model.row_of(1001) == 3
    model.show_rows([Row(7, "seven")])
    assert model.shows_any({7, 8}) and not model.shows_any(range(0, 2000, 2))


def test_a_lazy_model_is_not_read_for_a_role_its_cells_never_answer(qtmodeltester):
    class Answering(Model):
        roles = frozenset({int(Qt.ItemDataRole.DisplayRole)})

    asked: list[list[int]] = []

    def fetch(ids):
        asked.append(list(ids))
        return {i: Row(i, f"row {i}") for i in ids}

    model = Answering()
    model.show_keys(range(1, 501), fetch)
    # what a view asks of a cell it measures besides its text (font, colours, icon, check state, size)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.SizeHintRole):
        assert model.index(300, 1).data(role) is None
    assert asked == []  # no row read for them
    assert model.index(300, 1).data() == "row 301"
    assert len(asked) == 1
    qtmodeltester.check(model, force_py=True)
