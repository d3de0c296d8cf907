"""The Search dock (Ctrl+Shift+F) and batch search in the real window."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation, list_annotations
from desktop.ui.search.batch_model import FIXED_COLUMNS

pytestmark = pytest.mark.gui

TEN_NAMES = ["Meta", "Scale AI", "OpenAI", "Alexandr Wang", "Jason Droege", "Google", "Openi", "Bloomberg",
             "Mark Zuckerberg", "Nessuno Quinonce"]


@pytest.fixture
def search(window):
    return window.features["desktop.ui.search.install"]


def open_dock(qtbot, window, search):
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert search.dock.isVisible()
    assert window.focusWidget() is search.panel.query
    return search.panel


def test_a_hit_is_tagged_from_the_results_with_two_keys(qtbot, window, search, gui_project):
    panel = open_dock(qtbot, window, search)
    panel.query.setText("societa")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.status.text() == "3 hits in 2 documents"
    assert [g.label for g in panel.model.groups()] == ["Cryptopolitan", "IT crypto site"]
    assert window.focusWidget() is panel.results  # the keyboard is on the first hit

    qtbot.keyClick(panel.results, Qt.Key.Key_Return)  # key 1: open it
    pane = window.pane_area.active_pane()
    first = panel.model.groups()[0]
    assert pane.document_id == first.document_id
    assert window.focusWidget() is pane.text_view()
    start, end = pane.selection_exact()
    assert document_text(gui_project, pane.document_id)[start:end] == "società"

    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_E)  # key 2: tag it
    [entity] = list_annotations(gui_project, kind="entity")
    assert (entity.document_id, entity.start, entity.end, entity.quote) == (first.document_id, start, end, "società")


def test_results_are_grouped_by_document_with_label_date_and_count(qtbot, window, search):
    panel = open_dock(qtbot, window, search)
    panel.query.setText('"Scale AI"')
    panel.run()
    groups = panel.model.groups()
    assert [(g.label, g.count) for g in groups] == [("Cryptopolitan", 8), ("PT news site", 9), ("IT crypto site", 6), ("FR AI blog", 15), ("FT 2025-07-15", 2)]
    model = panel.model
    row_text = model.index(4, 0).data()
    assert row_text.startswith("FT 2025-07-15 — 2 hits — Meta prevede") and "2025-07-15" in row_text
    hit_html = model.hit_index(0, 0).data(Qt.ItemDataRole.UserRole + 20)
    assert "background-color:#F0E442" in hit_html and ">Scale AI</span>" in hit_html


def test_double_click_opens_a_document_that_no_pane_shows(qtbot, window, search, gui_project):
    panel = open_dock(qtbot, window, search)
    panel.query.setText("Openi")
    panel.run()
    [group] = panel.model.groups()
    assert group.label == "FT 2025-07-15"
    assert window.pane_area.pane_showing(group.document_id) is None
    index = panel.model.hit_index(0, 1)
    panel.results.scrollTo(index)
    rect = panel.results.visualRect(index)
    qtbot.mouseClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(panel.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pane = window.pane_area.active_pane()
    assert pane.document_id == group.document_id
    hit = group.hits[1]
    assert pane.selection_exact() == (hit.start, hit.end)
    assert document_text(gui_project, group.document_id)[hit.start:hit.end] == "Openi"


def test_filters_and_notes(qtbot, window, search, pane, gui_project):
    panel = open_dock(qtbot, window, search)
    panel.query.setText('"Scale AI"')
    panel.language.setCurrentIndex(panel.language.findData("pt"))
    assert [g.label for g in panel.model.groups()] == ["PT news site"]
    panel.language.setCurrentIndex(0)
    panel.date_from.setText("2025-07-01")
    panel.run()
    assert [g.label for g in panel.model.groups()] == ["FT 2025-07-15"]  # the only seed with a date
    panel.date_from.setText("")

    from tests.gui.conftest import tag_phrase

    annotation = tag_phrase(qtbot, window, pane, "Alexandr Wang", Qt.Key.Key_E)
    assert window.ops.update_annotation(annotation, note="Verificare: è il fondatore?")
    panel.query.setText("fondatore")
    panel.notes.setChecked(True)
    panel.texts.setChecked(False)
    [group] = panel.model.groups()
    assert [h.source for h in group.hits] == ["note"]
    panel.kind.setCurrentIndex(panel.kind.findData("claim"))
    assert panel.model.groups() == []
    panel.kind.setCurrentIndex(panel.kind.findData("entity"))
    panel.results.activated.emit(panel.model.hit_index(0, 0))
    assert window.current_annotation() == annotation
    assert get_annotation(gui_project, annotation).note.startswith("Verificare")


def test_a_bad_query_says_why(qtbot, window, search):
    panel = open_dock(qtbot, window, search)
    panel.query.setText("NOT Google")
    panel.run()
    assert "NOT needs something before it" in panel.status.text()
    assert panel.model.rowCount() == 0


def test_a_ten_name_batch_shows_which_seeds_mention_whom(qtbot, window, search, tmp_path):
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    batch = search.batch
    assert search.dock.isVisible() and search.tabs.currentWidget() is batch
    batch.terms.setPlainText("\n".join(TEN_NAMES))
    qtbot.mouseClick(batch.run_button, Qt.MouseButton.LeftButton)
    model = batch.model
    assert model.rowCount() == 10
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == \
        [*FIXED_COLUMNS, "Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"]
    mentioned = {model.index(r, 0).data(): {model.headerData(c, Qt.Orientation.Horizontal)
                                             for c in range(len(FIXED_COLUMNS), model.columnCount())
                                             if model.index(r, c).data()}
                 for r in range(model.rowCount())}
    assert mentioned["Openi"] == {"FT 2025-07-15"}
    assert mentioned["Jason Droege"] == {"Cryptopolitan", "PT news site", "FR AI blog", "FT 2025-07-15"}
    assert mentioned["Nessuno Quinonce"] == set()
    assert mentioned["Scale AI"] == {"Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"}

    out = tmp_path / "batch.csv"
    batch.export_csv(out)
    with out.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["term", "query", "total hits", "documents", "Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"]
    assert [r[0] for r in rows[1:]] == TEN_NAMES
    assert rows[7][4:] == ["0", "0", "0", "0", "2"]  # Openi


def test_clicking_a_cell_opens_its_hits(qtbot, window, search, gui_project):
    batch = search.batch
    search.show_batch()
    batch.terms.setPlainText("Openi\nJason Droege")
    batch.run()
    openi_doc = next(d.id for d in list_documents(gui_project) if d.title.startswith("Meta prevede"))
    column = len(FIXED_COLUMNS) + [d.document_id for d in batch.model.result.documents].index(openi_doc)
    index = batch.model.index(0, column)
    qtbot.mouseClick(batch.table.viewport(), Qt.MouseButton.LeftButton, pos=batch.table.visualRect(index).center())
    assert search.tabs.currentWidget() is search.panel
    assert [g.label for g in search.panel.model.groups()] == ["FT 2025-07-15"]
    assert search.panel.model.groups()[0].count == 2
    pane = window.pane_area.active_pane()
    assert pane.document_id == openi_doc
    assert document_text(gui_project, openi_doc)[slice(*pane.selection_exact())] == "Openi"


def test_tag_all_hits_of_a_row_as_an_entity_proposes_suggestions_accepted_with_enter(qtbot, window, search,
                                                                                      gui_project):
    batch = search.batch
    search.show_batch()
    batch.terms.setPlainText("Jason Droege")
    batch.run()
    row = batch.model.row(0)
    assert row.total == 5
    assert search.tag_row(row, "Jason Droege") == 5  # a new entity, made on the way
    lineup = window.features["desktop.ui.lineup.install"]
    suggestions = lineup.suggestions
    assert len(suggestions.items()) == 5
    current = suggestions.current()
    pane = window.pane_area.pane_showing(current.document_id)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Return)  # accepted as usual
    [mention] = list_annotations(gui_project, kind="entity")
    assert (mention.quote, mention.entity_name) == ("Jason Droege", "Jason Droege")
    assert len(suggestions.items()) == 4
    QApplication.processEvents()
