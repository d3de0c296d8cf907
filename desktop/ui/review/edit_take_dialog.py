"""Edit and take: start from A's or B's version, correct what it says, and take the result.

Shows the fields of the chosen version's kind (entity name; figure value, upper value, unit and
measure; claim proposition and stance). ``edited_fields()`` returns only what was changed, in the
names ``desktop.services.adjudication.take`` accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.kinds import Kind, Stance
from desktop.services.queries import AnnotationView
from desktop.ui.review.alignment_model import quote_cell, reading

# field name -> (label, how to read it from a view)
# For each kind, the fields edited on one line: (field, label, how to read it from the annotation).
LINE_FIELDS: dict[Kind, tuple[tuple[str, str, Callable[[AnnotationView], str | None]], ...]] = {
    Kind.ENTITY: (("entity_name", "Entity", lambda v: v.entity_name),),
    Kind.FIGURE: (("value", "Value", lambda v: v.value), ("value_max", "Upper value", lambda v: v.value_max),
                  ("unit", "Unit", lambda v: v.unit), ("measure_label", "Measure", lambda v: v.measure_label)),
    Kind.CLAIM: (("proposition_label", "Proposition", lambda v: v.proposition_label),),
}


class EditTakeDialog(QDialog):
    def __init__(self, a: AnnotationView, b: AnnotationView, names: tuple[str, str], base: str = "a",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editTakeDialog")
        self.setWindowTitle("Edit and take")
        self.setMinimumWidth(460)
        self._views = {"a": a, "b": b}
        self._edits: dict[str, QLineEdit] = {}
        self._stance: QComboBox | None = None

        layout = QVBoxLayout(self)
        choose = QHBoxLayout()
        self.base_group = QButtonGroup(self)
        self.radio_a = QRadioButton(f"Start from {names[0]}'s (A)")
        self.radio_b = QRadioButton(f"Start from {names[1]}'s (B)")
        for radio, key in ((self.radio_a, "a"), (self.radio_b, "b")):
            self.base_group.addButton(radio)
            radio.toggled.connect(lambda on, k=key: self._fill(k) if on else None)
            choose.addWidget(radio)
        layout.addLayout(choose)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.source.setObjectName("editTakeSource")
        layout.addWidget(self.source)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        layout.addWidget(self.form_host)
        note = QLabel("Both versions are rejected and your corrected copy is accepted. Ctrl+Z undoes it.")
        note.setWordWrap(True)
        note.setObjectName("panelHint")
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Take Edited Version")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.radio_a if base == "a" else self.radio_b).setChecked(True)

    @property
    def base(self) -> str:
        return "a" if self.radio_a.isChecked() else "b"

    def field_edit(self, name: str) -> QLineEdit:
        return self._edits[name]

    def _fill(self, key: str) -> None:
        view = self._views[key]
        self.source.setText(f"{quote_cell(view)}\n{reading(view)}")
        while self.form.rowCount():
            self.form.removeRow(0)
        self._edits = {}
        self._stance = None
        for name, label, read in LINE_FIELDS.get(Kind(view.kind), ()):
            edit = QLineEdit(read(view) or "")
            edit.setObjectName(f"edit_{name}")
            self._edits[name] = edit
            self.form.addRow(label, edit)
        if view.kind == Kind.CLAIM:
            self._stance = QComboBox()
            self._stance.setObjectName("edit_stance")
            for stance in Stance:
                self._stance.addItem(stance.value, stance.value)
            self._stance.setCurrentIndex(max(self._stance.findData(view.stance or Stance.ASSERTS.value), 0))
            self.form.addRow("Stance", self._stance)
        first = next(iter(self._edits.values()), None)
        if first is not None:
            first.setFocus()
            first.selectAll()

    def edited_fields(self) -> dict[str, Any]:
        """The fields changed from the base version (empty strings clear a field)."""
        view = self._views[self.base]
        changed: dict[str, Any] = {}
        for name, _label, read in LINE_FIELDS.get(Kind(view.kind), ()):
            text = self._edits[name].text().strip()
            if text != (read(view) or ""):
                changed[name] = text or None
        if self._stance is not None and self._stance.currentData() != view.stance:
            changed["stance"] = self._stance.currentData()
        return changed
