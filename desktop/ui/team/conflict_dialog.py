"""The analyst edited a field a colleague changed meanwhile: both values side by side, and a choice.

Nothing was written when the dialog opens. "Keep Mine" writes the analyst's values on top of the colleague's
version (one undoable step, like any edit); "Keep Theirs" leaves the colleague's. Window-modal, and it does
not block the caller (``open()``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.figures.wording import group_digits
from desktop.ui.operations import FIELD_LABELS, EditConflict, field_value


def _shown(field: str, value: object) -> str:
    """A field's value as the panel shows it: a figure's digits grouped ("14 000 000 000")."""
    text = "" if value is None else str(value)
    if text and field in _DIGIT_FIELDS:
        text = group_digits(text)
    return text if text else QCoreApplication.translate("ConflictDialog", "(empty)")


_DIGIT_FIELDS = frozenset({"value", "value_max"})


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, keep_mine: Callable[[EditConflict], object],
                 keep_theirs: Callable[[EditConflict], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Changed by a colleague"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.conflict = conflict
        self.choice = ""
        when = self.tr(" at {time} UTC").format(time=conflict.at[11:16]) if len(conflict.at) >= 16 else ""
        intro = QLabel(self.tr("<b>{who} changed this annotation{when}</b> while you were editing it (“{quote}”). "
                               "Nothing of yours is written yet: which do you keep?").format(
            who=conflict.by or self.tr("A colleague"), when=when, quote=conflict.theirs.quote[:60]))
        intro.setWordWrap(True)
        intro.setObjectName("conflictIntro")

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        theirs = self.tr("Theirs ({who})").format(who=conflict.by or self.tr("colleague"))
        for column, title in enumerate(("", self.tr("Yours"), theirs, self.tr("Before"))):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.rows: dict[str, tuple[str, str]] = {}
        for row, field in enumerate(conflict.clashes(), start=1):
            mine = _shown(field, conflict.fields[field])
            theirs = _shown(field, field_value(conflict.theirs, field))
            before = _shown(field, field_value(conflict.base, field))
            self.rows[field] = (mine, theirs)
            grid.addWidget(QLabel(FIELD_LABELS.get(field, field).capitalize()), row, 0)
            for column, text in enumerate((mine, theirs, before), start=1):
                label = QLabel(text)
                label.setWordWrap(True)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                label.setObjectName(("conflictMine", "conflictTheirs", "conflictBefore")[column - 1])
                grid.addWidget(label, row, column)

        buttons = QDialogButtonBox()
        self.keep_mine_button = QPushButton(self.tr("Keep Mine"))
        self.keep_mine_button.setObjectName("keepMineButton")
        self.keep_theirs_button = QPushButton(self.tr("Keep Theirs"))
        self.keep_theirs_button.setObjectName("keepTheirsButton")
        buttons.addButton(self.keep_mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_theirs_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_theirs_button.setDefault(True)

        def choose(name: str, action: Callable[[EditConflict], object]) -> None:
            self.choice = name
            self.done(QDialog.DialogCode.Accepted if name == "mine" else QDialog.DialogCode.Rejected)
            action(conflict)

        self.keep_mine_button.clicked.connect(lambda: choose("mine", keep_mine))
        self.keep_theirs_button.clicked.connect(lambda: choose("theirs", keep_theirs))

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
