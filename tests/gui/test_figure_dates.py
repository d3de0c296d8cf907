"""Dates as figures in the real window: a relative date counts from the document's publication date."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.services.queries import get_annotation
from desktop.ui.document_dialog import DocumentDialog
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui


def _set_publication_date(window, published: str) -> None:
    """Edit › Document Metadata on the active pane's document, as an analyst does."""
    opened: list[DocumentDialog] = []

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DocumentDialog)
        opened.append(dialog)
        dialog.published_edit.setText(published)
        dialog.buttons.accepted.emit()

    QTimer.singleShot(0, window, fill_in)
    window.edit_document_action.trigger()
    assert opened, "the metadata dialog did not open"


def test_thursday_in_000_is_the_thursday_before_its_publication_date(qtbot, window, pane, italian_id):
    pane.text_view().setFocus(Qt.FocusReason.MouseFocusReason)
    _set_publication_date(window, "2025-06-14")
    assert window.document_model.summary(italian_id).published == "2025-06-14"

    annotation_id = tag_phrase(qtbot, window, pane, "giovedì", Qt.Key.Key_F)

    figure = get_annotation(window.ops.project, annotation_id)
    assert (figure.kind, figure.value, figure.unit, figure.bound) == ("figure", "2025-06-12", "date", "exact")
    assert figure.machine_read
    assert window.panel.value.text() == "2025-06-12"
    assert window.panel.unit.currentText() == "date"


def test_without_a_publication_date_the_panel_says_why_there_is_no_value(qtbot, window, pane):
    annotation_id = tag_phrase(qtbot, window, pane, "giovedì", Qt.Key.Key_F)

    figure = get_annotation(window.ops.project, annotation_id)
    assert (figure.value, figure.unit) == (None, "date")
    assert "publication date" in window.panel.machine.text()


def test_the_analyst_corrects_a_date_in_the_value_field(qtbot, window, pane):
    annotation_id = tag_phrase(qtbot, window, pane, "giovedì", Qt.Key.Key_F)

    window.panel.value.setText("2025-06-12")
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Return)
    assert get_annotation(window.ops.project, annotation_id).value == "2025-06-12"

    window.panel.value.setText("12 June")  # not a date the field takes: refused, the stored value stays
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Return)
    assert get_annotation(window.ops.project, annotation_id).value == "2025-06-12"

    window.panel.value.setText("2025-06")  # a month is a date too
    qtbot.keyClick(window.panel.value, Qt.Key.Key_Return)
    assert get_annotation(window.ops.project, annotation_id).value == "2025-06"
    window.undo()
    assert get_annotation(window.ops.project, annotation_id).value == "2025-06-12"
