"""Working alone: N walks your own proposed annotations (self-review), and the export includes your
unreviewed work by default and says what it leaves out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.queries import get_annotation
from tests.gui.conftest import offsets

pytestmark = pytest.mark.gui

REVIEW = "desktop.ui.review.install"
EXPORTS = "desktop.ui.exports"
PHRASES = (("Meta Platforms Inc.", "entity"), ("circa 14 miliardi di dollari", "figure"), ("Sarah Friar", "entity"))


def _tag_mine(project, document_id, author_id) -> list[str]:
    made = []
    for phrase, kind in PHRASES:
        start, end = offsets(project, document_id, phrase)
        made.append(create_annotation(project, document_id=document_id, start=start, end=end, kind=kind,
                                      author_id=author_id).value)
    return made


def test_n_walks_my_own_annotations_when_i_am_alone(qtbot, window, gui_project, italian_id):
    mine = sorted(_tag_mine(gui_project, italian_id, window.ops.author_id),
                  key=lambda a: get_annotation(gui_project, a).start)  # N goes in reading order
    window.pane_area.panes()[0].text_view().setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    first = window.current_annotation()
    assert first == mine[0]
    message = window.statusBar().currentMessage()
    assert message.startswith("Self-review (3 of your own proposed)") and "Nothing left" not in message

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A)  # accept my own, as a second reading
    assert get_annotation(gui_project, first).status == "accepted"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
    assert window.current_annotation() == mine[1]
    assert window.statusBar().currentMessage().startswith("Self-review (2 of your own proposed)")


def test_a_solo_export_includes_pending_work_and_says_so(qtbot, window, gui_project, italian_id):
    _tag_mine(gui_project, italian_id, window.ops.author_id)
    exports = window.features[EXPORTS]
    exports.open_dossier_dialog()
    dialog = exports.dossier_dialog
    qtbot.waitUntil(lambda: not dialog.building())
    assert dialog.include_pending.isChecked()
    assert "only analyst" in dialog.scope_note.text()
    assert dialog.status.text().startswith("3 of 3 annotations")
    assert "(pending)" in dialog.preview.toPlainText()

    dialog.include_pending.setChecked(False)  # what she accepted only: the dossier says what it leaves out
    qtbot.waitUntil(lambda: dialog.status.text().startswith("0 of 3 annotations (3 pending left out)"))
    assert "3 annotations not yet reviewed" in dialog.scope_note.text()
    text = dialog.preview.toPlainText()
    assert "Left out: 3 annotations not yet reviewed" in text
    assert "No figures are included: 1 figure waits for review" in text
    dialog.close()


def test_in_a_team_the_export_stays_accepted_only(qtbot, window, gui_project, italian_id):
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    _tag_mine(gui_project, italian_id, marco)
    exports = window.features[EXPORTS]
    exports.open_dossier_dialog()
    dialog = exports.dossier_dialog
    qtbot.waitUntil(lambda: not dialog.building())
    assert not dialog.include_pending.isChecked()
    assert "3 annotations not yet reviewed are left out" in dialog.scope_note.text()
    dialog.close()
