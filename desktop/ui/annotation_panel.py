"""The annotation panel (right dock): edits the selected annotation, one undoable step per field.

A field is committed when the analyst finishes with it (Enter, Tab, focus elsewhere, a combo
choice; the note also after a short pause in typing) through ``Operations.update_annotation``.
Ctrl+Z / Ctrl+Shift+Z inside a field are the window's undo/redo, not the field's private one: the
pending edit is committed first, so undo reverts exactly the last field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import CREDIBILITY_LABELS, Bound, Kind, Stance, Status
from desktop.services.changes import Changes
from desktop.services.queries import AnnotationView, get_annotation
from desktop.ui.annotation_list import KIND_COLOURS, KIND_LABELS, figure_text
from desktop.ui.completion import VocabularyCompleters
from desktop.ui.operations import Operations

UNITS = ("USD", "EUR", "BRL", "GBP", "%", "none")
BOUND_LABELS = {
    Bound.EXACT: "exact", Bound.ABOUT: "about", Bound.AT_LEAST: "at least",
    Bound.AT_MOST: "at most", Bound.RANGE: "range",
}
NOTE_IDLE_MS = 1200
# Figure fields: editing any of them means the value is no longer the parser's reading.
_HAND_FIELDS = frozenset({"value", "value_max", "unit", "bound"})


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    bindings = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    return any(pressed == binding for binding in bindings)


class _WindowUndoKeys(QObject):
    """Lets Ctrl+Z/Ctrl+Shift+Z/Ctrl+Y reach the window's actions instead of a field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_undo_or_redo(event):
            event.ignore()
            return True
        return False


class _FocusOut(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class AnnotationPanel(QWidget):
    """Shows one annotation (or a hint when none is selected) and commits each edited field."""

    returnToPane = Signal()  # Enter in the measure/entity/proposition field: back to the text
    annotationLoaded = Signal(object)  # str | None

    def __init__(self, operations: Operations, completers: VocabularyCompleters,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self._ops = operations
        self._completers = completers
        self._view: AnnotationView | None = None
        self._undo_keys = _WindowUndoKeys(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_IDLE_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._build()
        self.load(None)

    # --- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.hint = QLabel(
            "<p><b>No annotation selected.</b></p>"
            "<p>Select text in an article and press <b>E</b> (entity), <b>F</b> (figure) or "
            "<b>C</b> (claim), or click a highlight to edit it here.</p>"
        )
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.hint)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(10)
        self.stack.addWidget(page)

        self.kind_chip = QLabel()
        self.kind_chip.setObjectName("kindChip")
        self.quote = QLabel()
        self.quote.setObjectName("quoteLabel")
        self.quote.setWordWrap(True)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.kind_chip, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.quote)

        common = QFormLayout()
        _form_style(common)
        self.kind = self._combo("kind", [(KIND_LABELS[k.value], k.value) for k in Kind])
        self.status = self._combo("status", [(s.value.capitalize(), s.value) for s in Status])
        self.author = QLabel()
        self.author.setObjectName("authorLabel")
        common.addRow("Kind", self.kind)
        common.addRow("Status", self.status)
        common.addRow("Author", self.author)
        layout.addLayout(common)

        # entity
        self.entity_box = QGroupBox()
        form = QFormLayout(self.entity_box)
        _form_style(form)
        self.entity = self._line("entity_name", "Canonical name, e.g. Meta", self._completers.entity, back=True)
        form.addRow("Entity", self.entity)
        layout.addWidget(self.entity_box)

        # figure
        self.figure_box = QGroupBox()
        form = QFormLayout(self.figure_box)
        _form_style(form)
        self.value = self._line("value", "e.g. 14000000000")
        self.value_max = self._line("value_max", "upper end of a range")
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setEditable(True)
        _narrow(self.unit)
        self.unit.addItems(UNITS)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.activated.connect(lambda _i: self._commit_unit())
        self.unit.lineEdit().editingFinished.connect(self._commit_unit)
        self.unit.lineEdit().installEventFilter(self._undo_keys)
        self.bound = self._combo("bound", [(label, b.value) for b, label in BOUND_LABELS.items()])
        self.measure = self._line("measure_label", "What it measures, e.g. Meta's stake in Scale AI",
                                  self._completers.measure, back=True)
        self.machine = QLabel()
        self.machine.setObjectName("machineRead")
        self.machine.setWordWrap(True)
        form.addRow("Value", self.value)
        form.addRow("Up to", self.value_max)
        form.addRow("Unit", self.unit)
        form.addRow("Bound", self.bound)
        form.addRow("Measure", self.measure)
        form.addRow("", self.machine)
        layout.addWidget(self.figure_box)

        # claim
        self.claim_box = QGroupBox()
        form = QFormLayout(self.claim_box)
        _form_style(form)
        self.proposition = self._line("proposition_label", "What is claimed, in your words",
                                      self._completers.proposition, back=True)
        self.stance = self._combo("stance", [("asserts", Stance.ASSERTS.value), ("denies", Stance.DENIES.value)])
        self.speaker = self._line("speaker_name", "Who says it", self._completers.speaker)
        self.attributed_to = self._line("attributed_to", "Source the text credits, e.g. Bloomberg")
        self.credibility = self._combo(
            "credibility", [("not graded", None)] + [(f"{g} · {label}", g) for g, label in CREDIBILITY_LABELS.items()]
        )
        form.addRow("Proposition", self.proposition)
        form.addRow("Stance", self.stance)
        form.addRow("Speaker", self.speaker)
        form.addRow("Attributed to", self.attributed_to)
        form.addRow("Credibility", self.credibility)
        layout.addWidget(self.claim_box)

        note_label = QLabel("Note (Markdown)")
        note_label.setObjectName("sectionLabel")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText("Why it matters, what to check…")
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(90)
        self.note.installEventFilter(self._undo_keys)
        self.note.installEventFilter(_FocusOut(self.commit_note, self))
        self.note.textChanged.connect(self._note_edited)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.NoFrame)
        layout.addWidget(line)

    def _line(self, field: str, placeholder: str, completer=None, back: bool = False) -> QLineEdit:  # noqa: ANN001
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        if completer is not None:
            edit.setCompleter(completer)
        edit.installEventFilter(self._undo_keys)
        edit.editingFinished.connect(lambda: self._commit_line(field, edit))
        if back:
            edit.returnPressed.connect(lambda: self._return_pressed(field, edit))
        return edit

    def _combo(self, field: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(field)
        _narrow(combo)
        for label, data in items:
            combo.addItem(label, data)
        combo.activated.connect(lambda _i: self._commit_combo(field, combo))
        return combo

    # --- loading ---------------------------------------------------------------------------------
    @property
    def annotation_id(self) -> str | None:
        return self._view.id if self._view else None

    def load(self, annotation_id: str | None) -> None:
        """Show ``annotation_id`` (committing a pending note of the previous one first)."""
        if self._view is not None and annotation_id != self._view.id:
            self.commit_pending()
        view = get_annotation(self._ops.project, annotation_id) if annotation_id else None
        self._show(view)
        self.annotationLoaded.emit(view.id if view else None)

    def apply_changes(self, changes: Changes) -> None:
        if self._view is None:
            return
        if self._view.id in changes.annotations or changes.entities or changes.measures or changes.propositions \
                or changes.authors:
            view = get_annotation(self._ops.project, self._view.id)
            self._show(view)
            if view is None:
                self.annotationLoaded.emit(None)

    def _show(self, view: AnnotationView | None) -> None:
        self._view = view
        if view is None:
            self._note_timer.stop()
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        colour = KIND_COLOURS.get(view.kind, "#888")
        self.kind_chip.setText(KIND_LABELS.get(view.kind, view.kind).upper())
        self.kind_chip.setStyleSheet(f"background: {colour};")
        self.quote.setText(view.quote)
        _set_combo(self.kind, view.kind)
        _set_combo(self.status, view.status)
        self.author.setText(view.author_name)
        self.entity_box.setVisible(view.kind == Kind.ENTITY)
        self.figure_box.setVisible(view.kind == Kind.FIGURE)
        self.claim_box.setVisible(view.kind == Kind.CLAIM)
        _set_text(self.entity, view.entity_name)
        _set_text(self.value, view.value)
        _set_text(self.value_max, view.value_max)
        _set_text(self.unit.lineEdit(), view.unit or "")
        _set_combo(self.bound, view.bound or Bound.EXACT.value)
        _set_text(self.measure, view.measure_label)
        if view.kind == Kind.FIGURE:
            if view.value is None:
                self.machine.setText("The parser could not read a value: type it above.")
            elif view.machine_read:
                self.machine.setText(f"⚙ Machine-read: {figure_text(view)}")
            else:
                self.machine.setText(f"✎ Entered by hand: {figure_text(view)}")
            self.machine.setProperty("machine", bool(view.machine_read))
            self.machine.style().unpolish(self.machine)
            self.machine.style().polish(self.machine)
        _set_text(self.proposition, view.proposition_label)
        _set_combo(self.stance, view.stance or Stance.ASSERTS.value)
        _set_text(self.speaker, view.speaker_name)
        _set_text(self.attributed_to, view.attributed_to)
        _set_combo(self.credibility, view.credibility)
        if self.note.toPlainText() != view.note:
            self.note.blockSignals(True)
            self.note.setPlainText(view.note)
            self.note.blockSignals(False)
        self._note_timer.stop()

    # --- focus -----------------------------------------------------------------------------------
    def focus_field(self, name: str) -> None:
        """Put the cursor in a field ('entity', 'measure', 'proposition', 'value', 'note'...)."""
        widget = {
            "entity": self.entity, "measure": self.measure, "proposition": self.proposition,
            "value": self.value, "note": self.note, "speaker": self.speaker,
        }.get(name)
        if widget is None or self._view is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # --- commits ---------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Commit what is typed but not yet stored (the note, the field with the cursor)."""
        self.commit_note()
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused.hasFocus():
            if focused is self.unit.lineEdit():
                self._commit_unit()
            elif focused.objectName() in _LINE_FIELDS:
                self._commit_line(focused.objectName(), focused)

    def commit_note(self) -> None:
        self._note_timer.stop()
        if self._view is None:
            return
        text = self.note.toPlainText()
        if text != self._view.note:
            self._update(note=text)

    def _note_edited(self) -> None:
        if self._view is not None:
            self._note_timer.start()

    def _stored(self, field: str) -> str:
        view = self._view
        assert view is not None
        attribute = {"entity_name": "entity_name", "measure_label": "measure_label",
                     "proposition_label": "proposition_label", "speaker_name": "speaker_name"}.get(field, field)
        value = getattr(view, attribute)
        return "" if value is None else str(value)

    def _commit_line(self, field: str, edit: QLineEdit) -> None:
        if self._view is None:
            return
        text = edit.text().strip()
        if text == self._stored(field):
            return
        value: Any = text or None
        if not self._update(**{field: value}):
            _set_text(edit, self._stored(field))

    def _return_pressed(self, field: str, edit: QLineEdit) -> None:
        completer = edit.completer()
        if completer is not None and completer.popup().isVisible():
            return  # Enter picked a completion; the next Enter goes back
        self._commit_line(field, edit)
        self.returnToPane.emit()

    def _commit_combo(self, field: str, combo: QComboBox) -> None:
        if self._view is None:
            return
        value = combo.currentData()
        stored = getattr(self._view, field)
        if field == "bound":
            stored = stored or Bound.EXACT.value
        if value == stored:
            return
        if not self._update(**{field: value}):
            _set_combo(combo, stored)

    def _commit_unit(self) -> None:
        if self._view is None:
            return
        text = self.unit.currentText().strip()
        unit = None if text.lower() in ("", "none") else text
        if unit == self._view.unit:
            if text.lower() == "none":
                _set_text(self.unit.lineEdit(), "")
            return
        if not self._update(unit=unit):
            _set_text(self.unit.lineEdit(), self._view.unit or "")

    def _update(self, **fields: Any) -> bool:
        assert self._view is not None
        if self._view.kind == Kind.FIGURE and _HAND_FIELDS & set(fields) and self._view.machine_read:
            fields["machine_read"] = False
        return self._ops.update_annotation(self._view.id, **fields)


_LINE_FIELDS = frozenset({"entity_name", "value", "value_max", "measure_label", "proposition_label",
                          "speaker_name", "attributed_to"})


def _narrow(combo: QComboBox) -> None:
    """Let a combo shrink with the dock (long labels are elided in the closed box, shown whole when open)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(6)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def _form_style(form: QFormLayout) -> None:
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(6)


def _set_text(edit: QLineEdit, value: object) -> None:
    text = "" if value is None else str(value)
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)
    if not edit.hasFocus():
        edit.setCursorPosition(0)  # show the beginning of a long proposition, not its end
    edit.setToolTip(text if len(text) > 30 else "")


def _set_combo(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)
