"""Help > Keyboard Shortcuts (F1): every shortcut of the window, read from its actions when asked, and
the legend of the highlights (``desktop.ui.legend``) below them.

Features add their menus and actions after the window is built, so the sheet is generated each time
it is shown: the menu bar is walked (sub-menus too), every action with a shortcut gives a row
"keys — what it does" under its menu's title; actions bound to a dock (not in a menu) are listed
under the dock's title; then come the keys the article text and the annotation panel handle
themselves (they are no actions).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

ARTICLE_KEYS = (
    ("E · F · C", "tag the selected text as an entity · a figure · a claim"),
    ("Enter · Backspace", "accept · reject the current suggestion (dashed outline)"),
    ("Enter · Shift+Enter", "with the find bar open (Ctrl+F): next · previous match (E · F · C tag it)"),
    ("Esc", "close the find bar, back to the text"),
)
PANEL_KEYS = (
    ("Enter", "in Measure, Entity or Proposition: save it and go back to the article"),
    ("Tab · Shift+Tab", "save the field and go to the next · previous one"),
)


@dataclass(frozen=True)
class ShortcutGroup:
    title: str
    rows: tuple[tuple[str, str], ...]  # (keys, what they do)


def action_keys(action: QAction) -> str:
    """"Ctrl+Shift+Z or Ctrl+Y" (as the platform writes them)."""
    keys = [s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()]
    return " or ".join(k for k in keys if k)


def plain_text(label: str) -> str:
    """A menu text without its mnemonic ("&Undo" -> "Undo", "Q&&A" -> "Q&A")."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _row(action: QAction) -> tuple[str, str] | None:
    if action.isSeparator() or not action.isVisible() or action.menu() is not None:
        return None
    keys, text = action_keys(action), plain_text(action.text())
    return (keys, text) if keys and text else None


def _menu_groups(menu: QMenu, title: str, seen: set[QAction]) -> list[ShortcutGroup]:
    rows: list[tuple[str, str]] = []
    nested: list[ShortcutGroup] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            nested += _menu_groups(submenu, f"{title} › {plain_text(submenu.title())}", seen)
            continue
        row = _row(action)
        if row is not None and action not in seen:
            seen.add(action)
            rows.append(row)
    own = [ShortcutGroup(title, tuple(rows))] if rows else []
    return own + nested


def _dock_title(action: QAction) -> str | None:
    """The title of the dock an action is bound to (None: not bound to a widget in a dock)."""
    for obj in action.associatedObjects():
        widget = obj if isinstance(obj, QWidget) else None
        while widget is not None and not isinstance(widget, QDockWidget):
            widget = widget.parentWidget()
        if widget is not None:
            return plain_text(widget.windowTitle())
    return None


def shortcut_groups(window: QMainWindow) -> list[ShortcutGroup]:
    """Every shortcut the window offers now, grouped by where the analyst finds it."""
    seen: set[QAction] = set()
    groups = [ShortcutGroup("In an article", ARTICLE_KEYS)]
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.isVisible():
            groups += _menu_groups(menu, plain_text(menu.title()), seen)
    docked: dict[str, list[tuple[str, str]]] = {}
    for action in window.findChildren(QAction):
        row = None if action in seen else _row(action)
        title = _dock_title(action) if row is not None else None
        if row is not None and title is not None and row not in docked.setdefault(title, []):
            docked[title].append(row)
    groups += [ShortcutGroup(title, tuple(rows)) for title, rows in docked.items() if rows]
    groups.append(ShortcutGroup("In the annotation panel", PANEL_KEYS))
    return groups


def shortcuts_html(groups: list[ShortcutGroup]) -> str:
    parts = ["<table cellspacing='0' cellpadding='3'>"]
    for group in groups:
        parts.append(f"<tr><td colspan='2' style='padding-top:10px'><b>{html.escape(group.title)}</b></td></tr>")
        parts += [f"<tr><td style='padding-left:12px; padding-right:18px'><code>{html.escape(keys)}</code></td>"
                  f"<td>{html.escape(what)}</td></tr>" for keys, what in group.rows]
    parts.append("</table>")
    return "".join(parts)


class ShortcutsSheet(QDialog):
    """A scrollable, non-modal sheet; ``refresh(window)`` rebuilds it from the window's actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle("Keyboard shortcuts")
        self.browser = QTextBrowser()
        self.browser.setObjectName("shortcutsText")
        self.browser.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(560, 640)
        self.groups: list[ShortcutGroup] = []

    def refresh(self, window: QMainWindow, authors: Sequence[tuple[str, str]] = ()) -> None:
        """The shortcuts, then the legend of the highlights (``authors``: (name, colour) in the project)."""
        from desktop.ui.legend import legend_html

        self.groups = shortcut_groups(window)
        legend = legend_html(self.browser.document(), authors)
        self.browser.setHtml(shortcuts_html(self.groups) + legend)

    def text(self) -> str:
        """What the sheet shows, as plain text."""
        return self.browser.toPlainText()


def show_shortcuts(window: QMainWindow, sheet: ShortcutsSheet | None,
                   authors: Sequence[tuple[str, str]] = ()) -> ShortcutsSheet:
    """Show the sheet (made the first time), generated from what the window offers now."""
    if sheet is None:
        sheet = ShortcutsSheet(window)
    sheet.refresh(window, authors)
    sheet.setWindowModality(Qt.WindowModality.NonModal)
    sheet.show()
    sheet.raise_()
    sheet.activateWindow()
    return sheet
