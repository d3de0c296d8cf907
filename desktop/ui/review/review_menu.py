"""The Review menu and its keys: A accept, R reject, D dispute, N next pending, plus Comment…,
Adjudicate…, Agreement… and the author filter.

The single-letter keys are bound with ``WidgetWithChildrenShortcut`` to the article panes and the
annotation table only, so they never fire while typing in a field or choosing in a combo box. (The
article view itself claims E / F / C only, and only with a selection.)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar, QWidget


@dataclass(frozen=True)
class ReviewActions:
    accept: QAction
    reject: QAction
    dispute: QAction
    next_pending: QAction
    comment: QAction
    adjudicate: QAction
    agreement: QAction

    def keyed(self) -> tuple[QAction, ...]:
        """The actions with single-letter keys."""
        return (self.accept, self.reject, self.dispute, self.next_pending)


def make_action(owner: QWidget, text: str, slot: Callable[[], object], keys: str | None, tip: str) -> QAction:
    action = QAction(text, owner)
    if keys:
        action.setShortcut(QKeySequence(keys))
        action.setToolTip(f"{tip} ({keys})")
    else:
        action.setToolTip(tip)
    action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def bind_letter_keys(actions: ReviewActions, widgets: list[QWidget]) -> None:
    """A / R / D / N work while one of ``widgets`` (or a child) has the focus."""
    for action in actions.keyed():
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for widget in widgets:
            widget.addAction(action)


def build_menu(window: QMainWindow, actions: ReviewActions, authors_menu: QMenu) -> QMenu:
    menu = QMenu("&Review", window)
    menu.setObjectName("reviewMenu")
    for action in (actions.accept, actions.reject, actions.dispute):
        menu.addAction(action)
    menu.addSeparator()
    menu.addAction(actions.next_pending)
    menu.addAction(actions.comment)
    menu.addSeparator()
    menu.addAction(actions.adjudicate)
    menu.addAction(actions.agreement)
    menu.addSeparator()
    menu.addMenu(authors_menu)
    insert_before_help(window.menuBar(), menu)
    return menu


def insert_before_help(bar: QMenuBar, menu: QMenu) -> None:
    help_action = next((a for a in bar.actions() if a.menu() is not None
                        and a.text().replace("&", "").strip().lower() == "help"), None)
    if help_action is None:
        bar.addMenu(menu)
    else:
        bar.insertMenu(help_action, menu)
