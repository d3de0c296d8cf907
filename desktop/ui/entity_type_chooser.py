"""The entity's type, chosen in the annotation panel while tagging: six buttons and Alt+1 … Alt+6.

The buttons show the entity's type as it stands: a chosen type is a pressed button; a guess (see
``desktop.domain.entity_types``) is a button marked "?" with a line saying it is a guess and how to
confirm it; an unknown type presses nothing. Choosing (a click or the key) goes through the line-up's
operations (one undo step, "Set type to person"); on an entity annotation that names no entity yet, the
quote becomes the entity's name first (the same undo step).

The actions (``type_actions``) are also in Edit › Entity Type, so the keys work wherever the focus is in
the window and the F1 sheet lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import nullcontext

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from desktop.domain.entity_types import CHOICES, UNKNOWN
from desktop.domain.words import entity_type_name
from desktop.services.queries import AnnotationView
from desktop.ui.operations import Operations

COLUMNS = 3


def type_key(index: int) -> str:
    """The key of the n-th type (0-based): Alt+1 … Alt+6."""
    return f"Alt+{index + 1}"


class EntityTypeChooser(QWidget):
    """Buttons for the types; ``show_view(view)`` follows the panel's annotation."""

    def __init__(self, operations: Operations, before_choice: Callable[[], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entityTypeChooser")
        self._ops = operations
        self._before_choice = before_choice
        self._view: AnnotationView | None = None
        self._group = QActionGroup(self)
        self._group.setExclusive(False)  # a guess or an unknown type presses none
        self.actions_by_type: dict[str, QAction] = {}
        self.buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(4)
        for index, (entity_type, _letter) in enumerate(CHOICES):
            value = entity_type.value
            action = QAction(entity_type_name(value), self)
            action.setObjectName(f"entityType_{value}")
            action.setCheckable(True)
            action.setShortcut(QKeySequence(type_key(index)))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.setStatusTip(self.tr("The selected entity's type: {type}").format(type=entity_type_name(value)))
            action.setToolTip(self._tip(value, index))
            action.triggered.connect(lambda _checked=False, t=value: self.choose(t))
            self._group.addAction(action)
            self.actions_by_type[value] = action
            button = QToolButton()
            button.setObjectName(f"entityTypeButton_{value}")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.buttons[value] = button
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
        self.state = QLabel()
        self.state.setObjectName("entityTypeState")
        self.state.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(3)
        layout.addLayout(grid)
        layout.addWidget(self.state)
        self.show_view(None)

    def _tip(self, value: str, index: int) -> str:
        return self.tr("The entity's type: {type} ({key})").format(type=entity_type_name(value),
                                                                   key=type_key(index))

    @property
    def type_actions(self) -> list[QAction]:
        """One action per type, in key order (not QWidget.actions(), which Qt itself calls)."""
        return list(self.actions_by_type.values())

    def show_view(self, view: AnnotationView | None) -> None:
        """Show the type of ``view``'s entity (the actions are enabled only for an entity annotation)."""
        self._view = view if view is not None and view.kind == "entity" else None
        current = self._view
        type_ = (current.entity_type or UNKNOWN) if current is not None and current.entity_id is not None else UNKNOWN
        guessed = bool(current and current.entity_id is not None and current.entity_type_guessed)
        for index, (entity_type, _letter) in enumerate(CHOICES):
            value = entity_type.value
            action = self.actions_by_type[value]
            action.setEnabled(current is not None)
            action.setChecked(value == type_ and not guessed)
            action.setText(f"{entity_type_name(value)}?" if guessed and value == type_ else entity_type_name(value))
            button = self.buttons[value]
            guess = guessed and value == type_
            if bool(button.property("guess")) != guess:  # polished again, each button repaints (and its parents)
                button.setProperty("guess", guess)
                button.style().unpolish(button)
                button.style().polish(button)
            tip = self._tip(value, index)
            if button.toolTip() != tip:
                button.setToolTip(tip)
        if current is None:
            self.state.setText("")
        elif guessed:
            key = type_key(next(i for i, (t, _l) in enumerate(CHOICES) if t.value == type_))
            self.state.setText(self.tr("“{type}” is a guess from the name: {key} confirms it, or choose another. "
                                       "Until then the dossier marks it “(guessed)”.").format(
                type=entity_type_name(type_), key=key))
        elif type_ == UNKNOWN:
            self.state.setText(self.tr("Type not chosen yet: Alt+1 … Alt+6, or click one. The dossier leaves it "
                                       "blank."))
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))

    def choose(self, type_: str) -> bool:
        """Set the selected entity's type (naming the entity after the quote if it has no name yet)."""
        if self._before_choice is not None:
            self._before_choice()  # a name typed but not yet committed is the entity to type
        view = self._view
        if view is None:
            self._ops.message.emit(self.tr("Select an entity annotation to choose its type."))
            self.show_view(None)
            return False
        from desktop.services.queries import get_annotation
        from desktop.ui.lineup.lineup_operations import LineupOperations

        view = get_annotation(self._ops.project, view.id) or view
        named_here = view.entity_id is None
        with self._ops.macro(self.tr("Set type to {type}").format(type=entity_type_name(type_).lower())) \
                if named_here else nullcontext():  # one Ctrl+Z for both
            if named_here:
                if not self._ops.update_annotation(view.id, entity_name=" ".join(view.quote.split())):
                    return False
                view = get_annotation(self._ops.project, view.id)
                if view is None:
                    return False
            entity_id = view.entity_id
            if entity_id is None:
                return False
            done = LineupOperations(self._ops).set_entity_type(entity_id, type_)
        if done:
            self._ops.message.emit(self.tr("{name}: {type}").format(name=view.entity_name or view.quote,
                                                                    type=entity_type_name(type_).lower()))
        self.show_view(get_annotation(self._ops.project, view.id))  # a click on the chosen type changes nothing
        return done
