"""Who is annotating: the first-start profile dialog (name and colour) and the author switcher."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.authors import PALETTE
from desktop.services.profiles import Profile


class ColourPicker(QWidget):
    """A row of palette swatches plus "Other…" (a colour dialog)."""

    def __init__(self, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = colour
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        for hex_colour in PALETTE:
            button = QToolButton()
            button.setObjectName("swatch")
            button.setCheckable(True)
            button.setFixedSize(24, 24)
            button.setToolTip(hex_colour)
            button.setStyleSheet(f"QToolButton {{ background: {hex_colour}; }}")
            button.setProperty("colour", hex_colour)
            button.setChecked(hex_colour.lower() == colour.lower())
            button.clicked.connect(lambda _c=False, h=hex_colour: self._set(h))
            self._group.addButton(button)
            layout.addWidget(button)
        self._other = QPushButton("Other…")
        self._other.clicked.connect(self._pick)
        layout.addWidget(self._other)
        layout.addStretch(1)

    def colour(self) -> str:
        return self._colour

    def _set(self, colour: str) -> None:
        self._colour = colour
        for button in self._group.buttons():
            button.setChecked(str(button.property("colour")).lower() == colour.lower())

    def _pick(self) -> None:
        chosen = QColorDialog.getColor(QColor(self._colour), self, "Your highlight colour")
        if chosen.isValid():
            self._set(chosen.name())


class ProfileDialog(QDialog):
    """Name and colour of the person annotating. Shown on first start and by Profile > Edit profile."""

    def __init__(self, name: str = "", colour: str | None = None, first_start: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle("Welcome to Evidence Desk" if first_start else "Your profile")
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Every annotation records who made it. Tell Evidence Desk your name and pick the colour "
            "your highlights will have when colleagues read them."
            if first_start else "Your name and highlight colour, as colleagues will see them."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(name)
        self.name_edit.setObjectName("profileName")
        self.name_edit.setPlaceholderText("e.g. Giulia Rossi")
        self.colour_picker = ColourPicker(colour or PALETTE[0])
        form.addRow("Name", self.name_edit)
        form.addRow("Colour", self.colour_picker)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def colour(self) -> str:
        return self.colour_picker.colour()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name()))


class SwitchAuthorDialog(QDialog):
    """Pick one of the profiles on this machine, or ask for a new one."""

    NEW = "__new__"

    def __init__(self, profiles: list[Profile], active_key: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("switchAuthorDialog")
        self.setWindowTitle("Switch author")
        self.setMinimumWidth(360)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Annotate as:"))
        self.list = QListWidget()
        for profile in profiles:
            item = QListWidgetItem(profile.name)
            item.setData(Qt.ItemDataRole.UserRole, profile.key)
            item.setToolTip(profile.key)
            item.setForeground(QColor(profile.colour))
            self.list.addItem(item)
            if profile.key == active_key:
                self.list.setCurrentItem(item)
        new_item = QListWidgetItem("New author…")
        new_item.setData(Qt.ItemDataRole.UserRole, self.NEW)
        self.list.addItem(new_item)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
