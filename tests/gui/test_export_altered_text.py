"""A text changed outside Evidence Desk (its SHA-256 no longer matches) stops every export from the window:
one message naming the document, no file written, no traceback."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.services.documents import list_documents
from desktop.ui.dossier_dialog import DossierDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def altered(window, project_path):
    """The title of a document whose text was edited in place behind the window's back (same length)."""
    doc = list_documents(window.project)[0]
    conn = sqlite3.connect(project_path)
    conn.execute("UPDATE documents SET text = 'X' || substr(text, 2) WHERE id = ?", (doc.id,))
    conn.commit()
    conn.close()
    return doc.title


def test_the_refi_qda_export_stops_and_names_the_document(window, altered, tmp_path):
    target = tmp_path / "out.qdpx"
    assert window.features["desktop.ui.exports"].export_qdpx(str(target)) is None
    assert not target.exists()
    text = window.last_message.text()
    assert altered in text and "SHA-256" in text and "Nothing was written" in text


def test_the_dossier_stops_and_names_the_document(window, altered, tmp_path, qtbot):
    dialog = DossierDialog(window.project, window, changed=window.ops.changed)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: not dialog.building())
    assert altered in dialog.preview.toPlainText()  # the preview says why it cannot be built
    target = tmp_path / "dossier.md"
    assert dialog.export_to(target) is False
    assert not target.exists()
    assert altered in dialog.status.text() and "SHA-256" in dialog.status.text()
