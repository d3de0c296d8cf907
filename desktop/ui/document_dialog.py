"""Edit a document's metadata: title, short label, language, outlet, author, URL, publication date,
source reliability. Where it came from (retrieval time, original and its SHA-256) is shown, not edited.

The rules are the documents service's (``check_metadata``): the dialog asks it before closing and shows
its message, so the dialog, the command line and the import refuse exactly the same values.
"""

from __future__ import annotations

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

from desktop.domain import limits
from desktop.domain.kinds import RELIABILITY_LABELS
from desktop.services.documents import DocumentSummary, MetadataError, check_metadata


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
        self.title_edit.setMaxLength(limits.TITLE)
        self.label_edit = QLineEdit(document.label)
        self.label_edit.setMaxLength(limits.LABEL)
        self.label_edit.setPlaceholderText("FT 2025-07-15")
        self.label_edit.setToolTip("The short name this source goes by in comparisons, charts and the dossier")
        self.author_edit = QLineEdit(document.author)
        self.author_edit.setMaxLength(limits.DOCUMENT_AUTHOR)
        self.language_edit = QLineEdit(document.language)
        self.language_edit.setPlaceholderText("it, pt, fr, en…")
        self.language_edit.setMaxLength(limits.LANGUAGE)
        self.outlet_edit = QLineEdit(document.outlet)
        self.outlet_edit.setMaxLength(limits.OUTLET)
        self.url_edit = QLineEdit(document.url)
        self.url_edit.setMaxLength(limits.URL)
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
        changed = self.changed_values()
        if "label" in changed and not changed["label"]:
            self._refuse("A document needs a short label (e.g. “FT 2025-07-15”).")
            self.label_edit.setFocus()
            return
        try:
            check_metadata(**changed)  # the service's rules, for what the analyst changed
        except MetadataError as exc:
            self._refuse(str(exc))
            self._field_edit(exc.field).setFocus()
            return
        self.accept()

    def _field_edit(self, field: str) -> QWidget:
        edits: dict[str, QWidget] = {
            "title": self.title_edit, "label": self.label_edit, "author": self.author_edit,
            "language": self.language_edit, "outlet": self.outlet_edit, "url": self.url_edit,
            "published": self.published_edit, "reliability": self.reliability,
        }
        return edits.get(field, self.title_edit)

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
