"""Help > Keyboard Shortcuts (F1) lists every shortcut the window offers, the features' included."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.ui.shortcuts_sheet import ShortcutsSheet

pytestmark = pytest.mark.gui


def press_f1(qtbot, window) -> ShortcutsSheet:
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None, "F1 did not open the keyboard shortcuts"
    qtbot.waitUntil(sheet.isVisible)
    return sheet


def rows(sheet: ShortcutsSheet) -> dict[str, set[tuple[str, str]]]:
    return {group.title: set(group.rows) for group in sheet.groups}


def test_f1_lists_an_action_added_to_a_menu_after_the_window_was_built(qtbot, window):
    first = press_f1(qtbot, window)
    assert "Ctrl+Alt+Q" not in first.text()
    first.close()

    late = QAction("&Quadruple Check", window)
    late.setShortcut(QKeySequence("Ctrl+Alt+Q"))
    window.view_menu.addAction(late)
    nested = QMenu("&Checks", window)
    deep = nested.addAction("Check &Twice")
    deep.setShortcut(QKeySequence("Ctrl+Alt+W"))
    window.view_menu.addMenu(nested)

    sheet = press_f1(qtbot, window)
    assert sheet is first  # one sheet, generated again each time
    assert "Ctrl+Alt+Q" in sheet.text() and "Quadruple Check" in sheet.text()  # no "&"
    assert ("Ctrl+Alt+Q", "Quadruple Check") in rows(sheet)["View"]
    assert ("Ctrl+Alt+W", "Check Twice") in rows(sheet)["View › Checks"]


def test_the_sheet_has_the_features_keys_and_the_keys_of_the_article(qtbot, window):
    sheet = press_f1(qtbot, window)
    text = sheet.text()
    assert "Ctrl+E" in text  # Export Dossier (the exports feature)
    review = rows(sheet)["Review"]  # the review feature's letter keys
    assert {keys for keys, _what in review} >= {"A", "R", "D", "N"}
    assert ("A", "Accept") in review
    article = dict(rows(sheet)["In an article"])
    assert "E · F · C" in article and "Enter · Backspace" in article
    assert ("Ctrl+Shift+Z or Ctrl+Y", "Redo") in rows(sheet)["Edit"]


def test_every_shortcut_in_the_menus_is_on_the_sheet(qtbot, window):
    sheet = press_f1(qtbot, window)
    text = sheet.text()
    missing = []
    for menu in window.menuBar().findChildren(QMenu) + window.findChildren(QMenu):
        for action in menu.actions():
            for keys in action.shortcuts():
                native = keys.toString(QKeySequence.SequenceFormat.NativeText)
                if native and action.isVisible() and native not in text:
                    missing.append((action.text(), native))
    assert missing == []
