"""Edit a document's metadata: title, short label, language, outlet, author, URL, publication date,
source reliability. Where it came from (retrieval time, original and its SHA-256) is shown, not edited."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import RELIABILITY_LABELS
from desktop.services.documents import DocumentSummary

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DocumentDialog(QDialog):
    def __init__(self, document: DocumentSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.setWindowTitle("Document metadata")
        self.setMinimumWidth(520)
        self._original = document
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title_edit = QLineEdit(document.title)
        self.label_edit = QLineEdit(document.label)
        self.label_edit.setMaxLength(64)
        self.label_edit.setPlaceholderText("FT 2025-07-15")
        self.label_edit.setToolTip("The short name this source goes by in comparisons, charts and the dossier")
        self.author_edit = QLineEdit(document.author)
        self.language_edit = QLineEdit(document.language)
        self.language_edit.setPlaceholderText("it, pt, fr, en…")
        self.language_edit.setMaxLength(16)
        self.outlet_edit = QLineEdit(document.outlet)
        self.url_edit = QLineEdit(document.url)
        self.url_edit.setPlaceholderText("https://…")
        self.published_edit = QLineEdit(document.published)
        self.published_edit.setPlaceholderText("YYYY-MM-DD")
        self.reliability = QComboBox()
        self.reliability.addItem("not graded", None)
        for grade, label in RELIABILITY_LABELS.items():
            self.reliability.addItem(f"{grade} · {label}", grade)
        self.reliability.setCurrentIndex(max(self.reliability.findData(document.reliability), 0))
        form.addRow("Title", self.title_edit)
        form.addRow("Label", self.label_edit)
        form.addRow("Language", self.language_edit)
        form.addRow("Outlet", self.outlet_edit)
        form.addRow("Author", self.author_edit)
        form.addRow("URL", self.url_edit)
        form.addRow("Published", self.published_edit)
        form.addRow("Reliability", self.reliability)
        if document.original_sha256:
            pages = f", {document.pages} pages" if document.pages else ""
            fetched = f"retrieved {document.retrieved_at}; " if document.retrieved_at else ""
            provenance = QLabel(f"{fetched}original {document.original_type}{pages}, "
                                f"SHA-256 {document.original_sha256}")
            provenance.setObjectName("provenanceLabel")
            provenance.setWordWrap(True)
            provenance.setTextInteractionFlags(provenance.textInteractionFlags()
                                               | Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow("Archived", provenance)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept_if_valid)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def values(self) -> dict[str, str | None]:
        return {
            "title": self.title_edit.text().strip(),
            "label": " ".join(self.label_edit.text().split()),
            "author": self.author_edit.text().strip(),
            "language": self.language_edit.text().strip().lower(),
            "outlet": self.outlet_edit.text().strip(),
            "url": self.url_edit.text().strip(),
            "published": self.published_edit.text().strip(),
            "reliability": self.reliability.currentData(),
        }

    def changed_values(self) -> dict[str, str | None]:
        """Only the fields the analyst changed (one undo step for the lot)."""
        original = self._original
        return {k: v for k, v in self.values().items() if v != (getattr(original, k) or ("" if k != "reliability" else None))}

    def _accept_if_valid(self) -> None:
        values = self.values()
        if not values["title"]:
            self._refuse("A document needs a title.")
            return
        if not values["label"]:
            self._refuse("A document needs a short label (e.g. “FT 2025-07-15”).")
            return
        if values["published"] and not _DATE.match(str(values["published"])):
            self._refuse("Write the publication date as YYYY-MM-DD (or leave it empty).")
            return
        self.accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
