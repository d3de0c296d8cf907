"""In the real window: the panel's Status is a verdict in the review trail (REVIEW item 3), Ctrl+Z puts
an annotation back exactly, reviews and `modified` included (items 1, 2), and a colleague's import ends
the undo history, saying so (item 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.interchange.w3c_io import export_w3c
from desktop.services import review, review_history
from desktop.services.annotations import SNAPSHOT_FIELDS, create_annotation, snapshot
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from desktop.ui.colleague_import import install as install_exchange
from desktop.ui.review.install import install as install_review
from tests.gui.background import import_and_wait
from tests.gui.conftest import ITALIAN_SEED_TITLE, tag_phrase

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
FIGURE = "circa 14 miliardi di dollari"
CLAIM = "OpenAI afferma che continuerà a collaborare con Scale AI"


def history_lines(project, annotation_id):
    return [review_history.describe(e) for e in review_history.history(project, annotation_id)]


def test_choosing_accepted_in_the_panel_is_a_verdict_and_ctrl_z_withdraws_it(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    feature = install_review(window)
    combo = window.panel.status
    assert combo.currentData() == "proposed"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # Proposed -> Accepted, as the analyst picks it

    assert combo.currentData() == "accepted"
    assert get_annotation(gui_project, figure_id).status == "accepted"
    [given] = review.reviews_of(gui_project, figure_id)
    assert (given.verdict, given.author_id, given.author_name) == ("accepted", window.ops.author_id, "Giulia Rossi")
    assert history_lines(gui_project, figure_id)[-1].startswith("accepted by Giulia Rossi")
    assert feature.panel.history.lines()[-1].startswith("accepted by Giulia Rossi")
    assert window.undo_action.text() == "&Undo Accept annotation"

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL)
    assert get_annotation(gui_project, figure_id).status == "proposed"
    assert combo.currentData() == "proposed"
    withdrawn = history_lines(gui_project, figure_id)[-1]
    assert withdrawn.startswith("verdict withdrawn by Giulia Rossi") and withdrawn.endswith("(back to proposed)")
    assert [r.verdict for r in review.reviews_of(gui_project, figure_id)] == ["accepted", "proposed"]

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL_SHIFT)  # redo gives the verdict again
    assert get_annotation(gui_project, figure_id).status == "accepted"
    assert history_lines(gui_project, figure_id)[-1].startswith("accepted by Giulia Rossi")


def test_choosing_proposed_sets_it_back_through_the_trail(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    combo = window.panel.status
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # Disputed
    assert get_annotation(gui_project, figure_id).status == "disputed"
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # Proposed
    assert get_annotation(gui_project, figure_id).status == "proposed"
    assert [r.verdict for r in review.reviews_of(gui_project, figure_id)] == ["disputed", "proposed"]
    assert history_lines(gui_project, figure_id)[-1].startswith("set back to proposed by Giulia Rossi")


def test_status_given_with_other_fields_is_one_step_and_undone_exactly(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    before = snapshot(gui_project, figure_id)
    assert window.ops.update_annotation(figure_id, note="29 billion is the valuation", status="rejected")
    assert [r.verdict for r in review.reviews_of(gui_project, figure_id)] == ["rejected"]
    assert window.undo_action.text() == "&Undo Edit note, status"

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL)
    assert snapshot(gui_project, figure_id) == before  # note, status and modified as they were
    assert [r.verdict for r in review.reviews_of(gui_project, figure_id)] == ["rejected", "proposed"]
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL_SHIFT)
    view = get_annotation(gui_project, figure_id)
    assert (view.note, view.status) == ("29 billion is the valuation", "rejected")


def test_ctrl_z_of_a_delete_brings_back_the_reviews_and_comments(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    marco = ensure_author(gui_project, "marco-7f3a", "Marco").value
    review.set_verdict(gui_project, figure_id, marco, "disputed", "14 or 29 billion?")
    question = review.add_comment(gui_project, figure_id, window.ops.author_id, "Bloomberg says 14").value
    review.add_comment(gui_project, figure_id, marco, "The WSJ too", parent_id=question)
    before = review.reviews_of(gui_project, figure_id), snapshot(gui_project, figure_id)
    lines = history_lines(gui_project, figure_id)
    text = pane.text_view()
    text.setFocus()

    qtbot.keyClick(text, Qt.Key.Key_Delete)
    assert get_annotation(gui_project, figure_id) is None
    qtbot.keyClick(text, Qt.Key.Key_Z, CTRL)

    assert (review.reviews_of(gui_project, figure_id), snapshot(gui_project, figure_id)) == before
    restored = history_lines(gui_project, figure_id)
    assert [line for line in restored if not line.startswith(("deleted by", "restored by"))] == lines
    assert window.panel.status.currentData() == "disputed"


def test_ctrl_z_of_a_field_edit_restores_the_annotation_exactly(qtbot, window, pane, gui_project):
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    before = snapshot(gui_project, figure_id)
    window.panel.measure.setFocus()
    window.panel.measure.setText("Meta's stake in Scale AI")
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)
    assert get_annotation(gui_project, figure_id).measure_label == "Meta's stake in Scale AI"

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL)
    after = snapshot(gui_project, figure_id)
    assert {f: after[f] for f in SNAPSHOT_FIELDS} == {f: before[f] for f in SNAPSHOT_FIELDS}  # modified too
    assert "Meta's stake in Scale AI" not in window.panel.measure.completer().model().stringList()

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL_SHIFT)  # redo: the measure again
    assert get_annotation(gui_project, figure_id).measure_label == "Meta's stake in Scale AI"


@pytest.fixture
def marco_file(tmp_path):
    """A file from Marco: the seeds and one claim he tagged on the Italian article."""
    project = open_project(tmp_path / "marco.evidence")
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    doc = next(d.id for d in list_documents(project) if d.title == ITALIAN_SEED_TITLE)
    start = document_text(project, doc).index(CLAIM)
    create_annotation(project, document_id=doc, start=start, end=start + len(CLAIM), kind="claim",
                      author_id=author)
    sent = tmp_path / "from-marco.jsonld"
    export_w3c(project, sent, mark_exchanged=True)
    project.close()
    return sent


def test_an_import_that_changed_annotations_clears_the_undo_history_and_says_so(
        qtbot, window, pane, gui_project, marco_file):
    exchange = install_exchange(window)
    figure_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    window.panel.note.setPlainText("check against the WSJ")
    window.panel.commit_note()
    assert window.ops.undo_stack.count() == 2 and window.undo_action.isEnabled()

    report = import_and_wait(qtbot, window, exchange, marco_file)
    assert report is not None and len(report.imported) == 1
    assert window.ops.undo_stack.count() == 0 and not window.undo_action.isEnabled()
    assert "Undo history cleared: the import changed annotations" in window.statusBar().currentMessage()
    dialog = exchange.last_report_dialog
    assert any(line.startswith("Undo history cleared") for line in dialog.detail_lines())
    dialog.accept()

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL)  # nothing left to undo: the note stays
    assert get_annotation(gui_project, figure_id).note == "check against the WSJ"

    window.panel.note.setPlainText("WSJ agrees")  # new steps after the import are undoable again
    window.panel.commit_note()
    again = import_and_wait(qtbot, window, exchange, marco_file)  # unchanged: nothing written, the history stays
    assert again is not None and not again.wrote_anything
    assert window.ops.undo_stack.count() == 1
    assert "Undo history cleared" not in window.statusBar().currentMessage()
    assert not any(line.startswith("Undo history cleared") for line in exchange.last_report_dialog.detail_lines())
    exchange.last_report_dialog.accept()
