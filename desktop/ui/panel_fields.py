"""The small widgets and helpers the annotation panel is built from: fields that hand Ctrl+Z to the
window, the quote box, two fields on one form row, and setters that do not fire edit signals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QWidget


def _is_undo_or_redo(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    bindings = [*QKeySequence.keyBindings(QKeySequence.StandardKey.Undo),
                *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
    return any(pressed == binding for binding in bindings)


class WindowUndoKeys(QObject):
    """Lets Ctrl+Z/Ctrl+Shift+Z/Ctrl+Y reach the window's actions instead of a field's own undo."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _is_undo_or_redo(event):
            event.ignore()
            return True
        return False


class FocusOut(QObject):
    """Calls back when the watched widget loses the focus."""

    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self._callback()
        return False


class QuoteLabel(QLabel):
    """The quoted text on at most ``max_lines`` lines (the rest elided with "…"; all of it in the tool tip)."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._max_lines = max_lines
        self._fitting = False
        self._limits: dict[tuple[int, str], int] = {}  # (width, font) -> the height of ``max_lines`` lines
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Minimum)

    def set_quote(self, text: str) -> None:
        self._full = text
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            self._fit_lines()
        finally:
            self._fitting = False

    def _fit_lines(self) -> None:
        """Measured with the label's own layout (a selectable label lays text out like a document)."""
        full, width = self._full, self.width()

        def height(text: str) -> int:
            self.setText(text)
            return self.heightForWidth(width)

        key = (width, self.font().key())
        limit = self._limits.get(key)
        if limit is None:  # measured once per width (each measure lays the text out again)
            limit = self._limits[key] = height("\n".join("x" * self._max_lines))
        shown = full
        if width > 0 and height(full) > limit:
            low, high = 0, len(full)
            while low < high:  # the longest beginning that fits, with its ellipsis
                middle = (low + high + 1) // 2
                if height(full[:middle].rstrip() + "…") <= limit:
                    low = middle
                else:
                    high = middle - 1
            shown = full[:low].rstrip() + "…"
        tip = full if shown != full else ""
        if self.toolTip() != tip:
            self.setToolTip(tip)
        self.setText(shown)


def pair_row(first: QWidget, label: str, second: QWidget, stretch: tuple[int, int] = (3, 2)) -> QWidget:
    """Two fields on one form row: ``first``, then ``label`` and ``second`` (keeps the panel short)."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(6)
    layout.addWidget(first, stretch[0])
    caption = QLabel(label)
    caption.setBuddy(second)  # a screen reader names ``second`` by it
    layout.addWidget(caption)
    layout.addWidget(second, stretch[1])
    return row


def narrow_combo(combo: QComboBox, length: int = 6) -> None:
    """Let a combo shrink with the dock (long labels are elided in the closed box, shown whole when open)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(length)
    combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


def style_form(form: QFormLayout) -> None:
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setHorizontalSpacing(8)
    form.setVerticalSpacing(6)


def set_text(edit: QLineEdit, value: object) -> None:
    text = "" if value is None else str(value)
    if edit.text() != text:
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)
    if not edit.hasFocus():
        edit.setCursorPosition(0)  # show the beginning of a long proposition, not its end
    tip = text if len(text) > 30 else ""
    if edit.toolTip() != tip:  # a tool tip set, even the same, is an event to the field
        edit.setToolTip(tip)


def combo_editor(combo: QComboBox) -> QLineEdit:
    """The line edit of an editable combo box."""
    edit = combo.lineEdit()
    if edit is None:
        raise RuntimeError(f"The combo box {combo.objectName()!r} is not editable.")
    return edit


def set_combo(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    combo.blockSignals(True)
    combo.setCurrentIndex(max(index, 0))
    combo.blockSignals(False)


def fit_digits(edit: QLineEdit) -> None:
    """A number field with no clear button: the room goes to the digits, so a narrow dock does not cut
    "14 000 000 000" to "14 000 000" (Ctrl+A, Delete clears it as well)."""
    edit.setClearButtonEnabled(False)
