"""Tagging in the real window: select text in a pane, press E/F/C, fill in the panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.queries import get_annotation, list_annotations
from desktop.services.vocabulary import find_entity
from tests.gui.conftest import select_phrase, tag_phrase

pytestmark = pytest.mark.gui

FIGURE = "circa 14 miliardi di dollari"
COMPANY = "Meta Platforms Inc."
SENTENCE = ("OpenAI afferma che continuerà a collaborare con Scale AI anche dopo che Meta Platforms Inc. "
            "ha effettuato il suo investimento multimiliardario nella società di etichettatura dei dati.")


def test_pressing_f_on_a_selection_stores_a_figure_and_asks_for_its_measure(qtbot, window, pane, gui_project):
    select_phrase(window, pane, FIGURE)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_F)

    figures = list_annotations(gui_project, kind="figure")
    assert [f.quote for f in figures] == [FIGURE]
    figure = figures[0]
    assert figure.id in pane.spans()  # highlighted in the pane
    assert window.panel.annotation_id == figure.id
    assert window.focusWidget() is window.panel.measure  # the analyst types what it measures next
    if figure.value is not None:  # the parser read it: the panel and the status bar say so
        assert figure.value == "14000000000" and figure.unit == "USD" and figure.bound == "about"
        assert window.panel.value.text() == "14 000 000 000"  # grouped as everywhere else in the app
        assert window.statusBar().currentMessage() == "Tagged figure: 14 000 000 000 USD (about)"

    qtbot.keyClicks(window.panel.measure, "Meta valuation of Scale AI")
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)

    stored = get_annotation(gui_project, figure.id)
    assert stored.measure_label == "Meta valuation of Scale AI"
    assert window.focusWidget() is pane.text_view()  # Enter went back to the text
    assert "Meta valuation of Scale AI" in window.completers.measure_labels()


def test_tagging_an_entity_and_naming_it_records_the_quote_as_an_alias(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, COMPANY, Qt.Key.Key_E)
    assert window.focusWidget() is window.panel.entity

    window.panel.entity.setText("Meta")
    qtbot.keyClick(window.panel.entity, Qt.Key.Key_Return)

    view = get_annotation(gui_project, annotation_id)
    assert (view.kind, view.quote, view.entity_name) == ("entity", COMPANY, "Meta")
    with gui_project.read() as session:
        entity = find_entity(session, COMPANY)
        assert entity is not None and entity.name == "Meta"
        assert [a.alias for a in entity.aliases] == [COMPANY]
    assert COMPANY in window.completers.entity_names()  # the alias completes from now on

    # the next time the same name is tagged, the entity is already filled in
    second_pane = window.new_pane(pane.document_id)
    again = tag_phrase(qtbot, window, second_pane, COMPANY, Qt.Key.Key_E)
    assert get_annotation(gui_project, again).entity_name == "Meta"
    assert window.panel.entity.text() == "Meta"


def test_a_claim_can_overlap_an_entity_and_both_stay_highlighted(qtbot, window, pane, gui_project):
    entity_id = tag_phrase(qtbot, window, pane, COMPANY, Qt.Key.Key_E)
    claim_id = tag_phrase(qtbot, window, pane, SENTENCE, Qt.Key.Key_C)

    claim = get_annotation(gui_project, claim_id)
    entity = get_annotation(gui_project, entity_id)
    assert claim.kind == "claim" and claim.quote == SENTENCE and claim.stance == "asserts"
    assert claim.start <= entity.start < entity.end <= claim.end
    assert {entity_id, claim_id} <= {s.id for s in pane.spans()}
    assert window.focusWidget() is window.panel.proposition
    assert window.panel.claim_box.isVisibleTo(window.panel) and not window.panel.figure_box.isVisibleTo(window.panel)

    window.panel.proposition.setText("OpenAI keeps working with Scale AI")
    qtbot.keyClick(window.panel.proposition, Qt.Key.Key_Return)
    window.panel.credibility.setCurrentIndex(window.panel.credibility.findData(2))
    window.panel.credibility.activated.emit(window.panel.credibility.currentIndex())
    claim = get_annotation(gui_project, claim_id)
    assert claim.proposition_label == "OpenAI keeps working with Scale AI"
    assert claim.credibility == 2

    rows = {window.annotation_list.model.view(r).id for r in range(window.annotation_list.model.rowCount())}
    assert rows == {entity_id, claim_id}


def test_toolbar_tagging_needs_a_selection(window, pane, gui_project):
    pane.text_view().setFocus()
    window.tag_actions["figure"].trigger()
    assert list_annotations(gui_project) == []
    assert "Select some text" in window.statusBar().currentMessage()

    select_phrase(window, pane, FIGURE)
    window.tag_actions["figure"].trigger()
    assert [a.quote for a in list_annotations(gui_project)] == [FIGURE]


def test_a_rejected_value_is_reported_and_leaves_no_undo_step(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    steps = window.ops.undo_stack.count()
    before = get_annotation(gui_project, annotation_id).value

    window.panel.value.setText("fourteen")
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Return)

    assert get_annotation(gui_project, annotation_id).value == before
    assert window.ops.undo_stack.count() == steps
    assert "not a number" in window.statusBar().currentMessage()
    assert window.panel.value.text().replace(" ", "") == (before or "")


def test_editing_a_machine_read_value_by_hand_clears_the_machine_flag_in_one_step(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    read = get_annotation(gui_project, annotation_id)
    # the figure parser is deterministic: not reading "circa 14 miliardi di dollari" is a regression, not a skip
    assert (read.value, read.machine_read) == ("14000000000", True), "the figure parser did not read the figure"
    window.panel.value.setFocus()
    window.panel.value.setText("15000000000")
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Tab)  # leaving the field commits it
    assert not window.panel.value.hasFocus()
    view = get_annotation(gui_project, annotation_id)
    assert (view.value, view.machine_read) == ("15000000000", False)
    assert "Entered by hand" in window.panel.machine.text()

    assert window.panel.value.text() == "15 000 000 000"

    window.undo()
    view = get_annotation(gui_project, annotation_id)
    assert (view.value, view.machine_read) == ("14000000000", True)


def test_the_note_is_committed_when_the_window_closes(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    window.panel.note.setFocus()
    window.panel.note.setPlainText("Bloomberg says **about**; check the WSJ figure.")
    window.close()  # before the idle timer fires
    assert get_annotation(gui_project, annotation_id).note == "Bloomberg says **about**; check the WSJ figure."


def test_the_value_field_groups_digits_and_reads_them_back(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    window.panel.value.setFocus()
    window.panel.value.setText("10 000 000 000")  # typed as it is shown
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Tab)
    assert get_annotation(gui_project, annotation_id).value == "10000000000"
    assert window.panel.value.text() == "10 000 000 000"
    steps = window.ops.undo_stack.count()
    window.panel.value.setFocus()
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Tab)  # leaving it unchanged is no edit
    assert window.ops.undo_stack.count() == steps
