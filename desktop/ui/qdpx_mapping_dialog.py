"""Before a REFI-QDA project is imported: how its codes become what Evidence Desk records.

One row per code, indented under its parent, with how many codings use it; "Imported as" proposes the
default (``desktop.interchange.qdpx_import.default_mapping``): codes under Entity / Figure / Claim as
entities, measures, propositions, any other code as a proposition (claims). The analyst changes what
she wants (or "Not imported") and confirms with Import; Cancel imports nothing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.interchange.qdpx_import import SKIP, CodeMapping, CodeTarget
from desktop.interchange.qdpx_read import QdpxProject

CHOICES = (("entity", "Entity"), ("figure", "Figure (a measure)"), ("claim", "Claim (a proposition)"),
           (SKIP, "Not imported"))
KIND_ONLY = {"entity": "Entity (kind only)", "figure": "Figure (kind only)", "claim": "Claim (kind only)"}


def target_text(target: CodeTarget) -> str:
    """What a code becomes, in words: "entity “Meta”", "claim (kind only)", "not imported"."""
    if target.skipped:
        return "not imported"
    if not target.label:
        return f"{target.kind} (kind only)"
    noun = {"entity": "entity", "figure": "measure", "claim": "proposition"}[target.kind]
    return f"{noun} “{target.label}”"


class QdpxMappingDialog(QDialog):
    """The code tree with a kind per code; ``mapping()`` is what the analyst confirmed."""

    def __init__(self, qdpx: QdpxProject, mapping: CodeMapping, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qdpxMappingDialog")
        self.setWindowTitle(f"Import {file_name}")
        self._mapping = mapping
        self._qdpx = qdpx
        counts = qdpx.codings_per_code()
        codings = sum(counts.values())
        intro = QLabel(
            f"<b>{file_name}</b> ({qdpx.origin or 'REFI-QDA'}): {len(qdpx.sources)} text source(s), "
            f"{codings} coding(s), {len(qdpx.codes)} code(s). Each coding becomes an annotation on exactly "
            "its text, its memo the note and its coder the author. Choose what each code records:")
        intro.setWordWrap(True)
        self.table = QTableWidget(len(qdpx.codes), 3)
        self.table.setObjectName("qdpxCodes")
        self.table.setHorizontalHeaderLabels(["Code", "Codings", "Imported as"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.combos: dict[str, QComboBox] = {}
        for row, (guid, code) in enumerate(qdpx.codes.items()):
            name = QTableWidgetItem("    " * (len(code.path) - 1) + code.name)
            name.setToolTip(" › ".join(code.path) + (f"\n{code.description}" if code.description else ""))
            self.table.setItem(row, 0, name)
            count = QTableWidgetItem(str(counts.get(guid, 0)))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 1, count)
            combo = QComboBox()
            target = mapping.targets[guid]
            for kind, label in CHOICES:
                combo.addItem(KIND_ONLY[kind] if kind != SKIP and not target.label else label, kind)
            combo.setCurrentIndex(max(combo.findData(target.kind), 0))
            combo.setToolTip(target_text(target))
            combo.currentIndexChanged.connect(lambda _i, g=guid, c=combo: self._changed(g, c))
            self.table.setCellWidget(row, 2, combo)
            self.combos[guid] = combo
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        notes = QLabel(self._notes_text())
        notes.setObjectName("qdpxNotes")
        notes.setWordWrap(True)
        notes.setStyleSheet("color: #4b5563;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton("Import", QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(notes)
        layout.addWidget(self.buttons)
        self.resize(720, 520)

    def _notes_text(self) -> str:
        parts = []
        if self._qdpx.span_notes:
            parts.append(f"{len(self._qdpx.span_notes)} note(s) on text without a code arrive as "
                         f"{self._mapping.default_kind} annotations holding the note.")
        if self._qdpx.skipped:
            parts.append(f"Not imported: {len(self._qdpx.skipped)} item(s) "
                         f"({'; '.join(f'{s.ref}: {s.reason}' for s in self._qdpx.skipped[:3])}).")
        return " ".join(parts)

    def _changed(self, guid: str, combo: QComboBox) -> None:
        self._mapping = self._mapping.with_kind(guid, str(combo.currentData()))
        combo.setToolTip(target_text(self._mapping.targets[guid]))

    def set_kind(self, code_name: str, kind: str) -> None:
        """Choose what a code becomes, as the analyst would in its row (tests, scripts)."""
        guid = next(g for g, c in self._qdpx.codes.items() if c.name == code_name)
        combo = self.combos[guid]
        combo.setCurrentIndex(combo.findData(kind))

    def mapping(self) -> CodeMapping:
        return self._mapping
