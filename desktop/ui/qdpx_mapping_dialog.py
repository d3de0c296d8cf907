"""Before a REFI-QDA project is imported: how its codes become what Evidence Desk records.

One row per code, indented under its parent, with how many codings use it; "Imported as" proposes the
default (``desktop.interchange.qdpx_import.default_mapping``): codes under Entity / Figure / Claim as
entities, measures, propositions, any other code as a proposition (claims). The analyst changes what
she wants (or "Not imported") and confirms with Import; Cancel imports nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
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

from desktop.domain.words import kind_word
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.interchange.qdpx_import import SKIP, CodeMapping, CodeTarget
from desktop.interchange.qdpx_read import QdpxProject

QdpxImport = Context("QdpxImport")  # plurals and module-level words of the dialog
CHOICES = (("entity", QT_TRANSLATE_NOOP("QdpxImport", "Entity")),
           ("figure", QT_TRANSLATE_NOOP("QdpxImport", "Figure (a measure)")),
           ("claim", QT_TRANSLATE_NOOP("QdpxImport", "Claim (a proposition)")),
           (SKIP, QT_TRANSLATE_NOOP("QdpxImport", "Not imported")))
KIND_ONLY = {"entity": QT_TRANSLATE_NOOP("QdpxImport", "Entity (kind only)"),
             "figure": QT_TRANSLATE_NOOP("QdpxImport", "Figure (kind only)"),
             "claim": QT_TRANSLATE_NOOP("QdpxImport", "Claim (kind only)")}
TARGET_WORDS = {"entity": QT_TRANSLATE_NOOP("QdpxImport", "entity “{label}”"),
                "figure": QT_TRANSLATE_NOOP("QdpxImport", "measure “{label}”"),
                "claim": QT_TRANSLATE_NOOP("QdpxImport", "proposition “{label}”")}
KIND_ONLY_WORDS = {"entity": QT_TRANSLATE_NOOP("QdpxImport", "entity (kind only)"),
                   "figure": QT_TRANSLATE_NOOP("QdpxImport", "figure (kind only)"),
                   "claim": QT_TRANSLATE_NOOP("QdpxImport", "claim (kind only)")}


def _t(text: str) -> str:
    return QCoreApplication.translate("QdpxImport", text)


def target_text(target: CodeTarget) -> str:
    """What a code becomes, in words: "entity “Meta”", "claim (kind only)", "not imported"."""
    if target.skipped:
        return QdpxImport.tr("not imported")
    if not target.label:
        return _t(KIND_ONLY_WORDS[target.kind])
    return _t(TARGET_WORDS[target.kind]).format(label=target.label)


class QdpxMappingDialog(QDialog):
    """The code tree with a kind per code; ``mapping()`` is what the analyst confirmed."""

    def __init__(self, qdpx: QdpxProject, mapping: CodeMapping, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qdpxMappingDialog")
        self.setWindowTitle(self.tr("Import {file}").format(file=file_name))
        self._mapping = mapping
        self._qdpx = qdpx
        counts = qdpx.codings_per_code()
        codings = sum(counts.values())
        intro = QLabel(
            f"<b>{file_name}</b> ({qdpx.origin or 'REFI-QDA'}): "  # i18n: ok - the file and the program that wrote it
            + ", ".join((QdpxImport.tr("%n text source(s)", "", len(qdpx.sources)),
                         QdpxImport.tr("%n coding(s)", "", codings), QdpxImport.tr("%n code(s)", "", len(qdpx.codes))))
            + ". " + self.tr("Each coding becomes an annotation on exactly its text, its memo the note and its coder "
                             "the author. Choose what each code records:"))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(qdpx.codes), 3)
        self.table.setObjectName("qdpxCodes")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Codings"), self.tr("Imported as")])
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
                combo.addItem(_t(KIND_ONLY[kind] if kind != SKIP and not target.label else label), kind)
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
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
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
            parts.append(QdpxImport.tr("%n note(s) on text without a code arrive as {kind} annotations holding the "
                                       "note.", "", len(self._qdpx.span_notes)).format(
                kind=kind_word(self._mapping.default_kind)))
        if self._qdpx.skipped:
            parts.append(QdpxImport.tr("Not imported: %n item(s) ({items}).", "", len(self._qdpx.skipped)).format(
                items="; ".join(f"{s.ref}: {s.reason}" for s in self._qdpx.skipped[:3])))
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
