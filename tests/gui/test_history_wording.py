"""The Review dock's history reads plainly after an undo, and renders Markdown as the discussion does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

REVIEW = "desktop.ui.review.install"
CTRL = Qt.KeyboardModifier.ControlModifier


def test_history_after_undo_and_a_markdown_comment(qtbot, window, pane, gui_project):
    figure = tag_phrase(qtbot, window, pane, "circa 14 miliardi di dollari", Qt.Key.Key_F)
    window.panel.measure.setText("Meta's investment in Scale AI")
    qtbot.keyClick(window.panel.measure, Qt.Key.Key_Return)
    window.undo()  # the measure goes with the edit that made it
    review_panel = window.features[REVIEW].panel
    review_panel.comment_box.setPlainText("OpenAI **ends** the partnership")
    review_panel.comment_box.setFocus()
    qtbot.keyClick(review_panel.comment_box, Qt.Key.Key_Return, CTRL)

    window.select_annotation(figure)
    lines = review_panel.history.lines()
    assert any(line.startswith("measure set to “Meta's investment in Scale AI” (deleted since) by Giulia Rossi")
               for line in lines), lines
    assert any(line.startswith("measure removed by Giulia Rossi") and line.endswith("(undo)") for line in lines)
    assert any(line.endswith(": 'OpenAI ends the partnership'") for line in lines)
    assert not any("**" in line or "one deleted since" in line for line in lines)
    assert "OpenAI ends the partnership" in review_panel.thread_view.toPlainText()  # the discussion renders it too
