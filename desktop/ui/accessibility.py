"""Accessible names and descriptions for every control of the window, in the window's language.

A screen reader announces a control by its accessible name (what it is: "Kind", "Filter entities") and
its description (what it does, or where it is). Qt derives some of these by itself (a button's text, a
tooltip as the description, the label whose buddy a line edit is); ``describe_controls`` fills in the rest,
from the control's own words where it has them:

- name: the label that names it (a buddy label, a form row's label), a button's text, the placeholder,
  else "<what it is> in <the panel it is in>" ("Table in Documents");
- description: the tooltip (Qt reads it as it changes), the status tip or the placeholder, else where it is.

A combo box's name is its label, never the value shown in it. A control that already has a name or a
description keeps it. The window runs this when it is built and when a dock is shown (docks build some of
their content when first shown).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDockWidget,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
)

from desktop.i18n import QT_TRANSLATE_NOOP

# (A tab bar is not one: each of its tabs is, named by its text.)
CONTROL_TYPES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractSlider, QAbstractItemView,
                 QPlainTextEdit, QTextEdit)
ROLES: tuple[tuple[type, str], ...] = (  # the first that matches names what a control is
    (QCheckBox, QT_TRANSLATE_NOOP("Accessibility", "Check box")),
    (QRadioButton, QT_TRANSLATE_NOOP("Accessibility", "Option")),
    (QAbstractButton, QT_TRANSLATE_NOOP("Accessibility", "Button")),
    (QComboBox, QT_TRANSLATE_NOOP("Accessibility", "Drop-down list")),
    (QAbstractSpinBox, QT_TRANSLATE_NOOP("Accessibility", "Number field")),
    (QLineEdit, QT_TRANSLATE_NOOP("Accessibility", "Text field")),
    (QAbstractSlider, QT_TRANSLATE_NOOP("Accessibility", "Slider")),
    (QTableView, QT_TRANSLATE_NOOP("Accessibility", "Table")),
    (QTreeView, QT_TRANSLATE_NOOP("Accessibility", "Tree")),
    (QAbstractItemView, QT_TRANSLATE_NOOP("Accessibility", "List")),
    (QPlainTextEdit, QT_TRANSLATE_NOOP("Accessibility", "Text")),
    (QTextEdit, QT_TRANSLATE_NOOP("Accessibility", "Text")),
)
_KEY_HINT = re.compile(r"\s*\((?:[^()]*\+[^()]*|F\d+|Enter|Esc|Backspace|Delete|Del|Tab)\)\s*$")
_ARROWS = re.compile(r"^[\s◀▶←→▲▼]+|[\s◀▶←→▲▼]+$")


def _translated(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


def _part_of_another(widget: QWidget) -> bool:
    """Inside another control (a combo box's list, a tab bar's scroll buttons) or in a popup: its owner
    speaks for it."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar)):
            return True
        parent = parent.parentWidget()
    return widget.window().windowType() == Qt.WindowType.Popup


def is_control(widget: QWidget) -> bool:
    """A widget the analyst operates from the keyboard or the mouse."""
    return (isinstance(widget, CONTROL_TYPES) and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not _part_of_another(widget))


def controls(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` (``root`` too if it is one)."""
    found = [root] if is_control(root) else []
    return found + [w for w in root.findChildren(QWidget) if is_control(w)]


def role_word(widget: QWidget) -> str:
    return next((_translated(word) for kind, word in ROLES if isinstance(widget, kind)),
                QCoreApplication.translate("Accessibility", "Control"))


def _clean(text: str) -> str:
    """"&Next (F3) ▶" -> "Next": no mnemonic, key hint, arrows or trailing ellipsis."""
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = _KEY_HINT.sub("", _ARROWS.sub("", text.strip()))
    return text.rstrip("…:. ").strip()


def _label_text(widget: QWidget) -> str:
    """The text of the label that names ``widget``: one whose buddy it is, or its form row's label (a row
    of several fields is named by its label for its first field)."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        for label in parent.findChildren(QLabel):
            if label.buddy() is widget and label.text().strip():
                return _clean(label.text())
        layout = parent.layout()
        forms = ([layout] if isinstance(layout, QFormLayout) else []) + (
            layout.findChildren(QFormLayout) if layout is not None else [])  # forms nested in the layout too
        for form in forms:
            caption = form.labelForField(child)
            first = child is widget or next(iter(controls(child)), None) is widget
            if isinstance(caption, QLabel) and caption.text().strip() and first:
                return _clean(caption.text())
        if isinstance(parent, (QDockWidget, QGroupBox)) or parent.isWindow():
            break
        child, parent = parent, parent.parentWidget()
    return ""


def place(widget: QWidget) -> str:
    """Where ``widget`` is: its group, its dock's title, or its window's."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title().strip():
            return _clean(parent.title())
        if isinstance(parent, QDockWidget) and parent.windowTitle().strip():
            return _clean(parent.windowTitle())
        if parent.isWindow():
            return _clean(parent.windowTitle()) or QCoreApplication.applicationName()
        parent = parent.parentWidget()
    return QCoreApplication.applicationName()


def first_sentence(text: str) -> str:
    text = " ".join(text.split())
    match = re.match(r"(.+?(?<!e\.g)(?<!i\.e)[.:;!?])(\s|$)", text)
    return _clean(match.group(1) if match else text)


def name_for(widget: QWidget) -> str:
    label = _label_text(widget)
    if label:
        return label
    if isinstance(widget, QAbstractButton) and _clean(widget.text()):
        return _clean(widget.text())
    placeholder = widget.placeholderText() if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""
    if placeholder.strip():
        return first_sentence(placeholder)
    if widget.toolTip().strip() and not isinstance(widget, QAbstractItemView):
        return first_sentence(widget.toolTip())
    return QCoreApplication.translate("Accessibility", "{role} in {place}").format(role=role_word(widget), place=place(widget))


def description_for(widget: QWidget) -> str:
    for text in (widget.toolTip(), widget.statusTip(),
                 widget.placeholderText() if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else ""):
        if text.strip():
            return " ".join(text.split())
    return QCoreApplication.translate("Accessibility", "{role} in {place}").format(role=role_word(widget), place=place(widget))


def tools_take_tab(root: QWidget) -> None:
    """The tool bars inside panels (the register's New, Rename, Merge …) are reached with Tab like the rest of
    the panel (Qt's tool buttons take no focus; the main tool bar's actions are in the menus)."""
    for toolbar in root.findChildren(QToolBar):
        if isinstance(toolbar.parentWidget(), QMainWindow):
            continue
        for button in toolbar.findChildren(QToolButton):
            if button.focusPolicy() == Qt.FocusPolicy.NoFocus and not _part_of_another(button):
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)


def describe_controls(root: QWidget) -> int:
    """Give every control under ``root`` that lacks one an accessible name and description; returns how
    many it named or described. Tool bars inside panels take Tab too (``tools_take_tab``)."""
    tools_take_tab(root)
    done = 0
    for widget in controls(root):
        # Qt reads a button's text and a tooltip as they change: those are left to it.
        speaks = isinstance(widget, QAbstractButton) and bool(_clean(widget.text()))
        if not widget.accessibleName() and not speaks:
            widget.setAccessibleName(name_for(widget))
            done += 1
        if not widget.accessibleDescription() and not widget.toolTip().strip():
            widget.setAccessibleDescription(description_for(widget))
            done += 1
    return done


class DialogsDescribed(QObject):
    """Describes the controls of every dialog when it first takes the focus, that is as it is shown
    (metadata, profile, dossier, legend, mappings, message boxes …), the way the window's own controls are
    described. It listens to focus changes only (no event filter on every event); owned by the window."""

    def __init__(self, owner: QObject) -> None:
        super().__init__(owner)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focused)

    def _focused(self, _old: QWidget | None, new: QWidget | None) -> None:
        dialog = new.window() if new is not None else None
        if isinstance(dialog, QDialog) and not dialog.property("controlsDescribed"):
            dialog.setProperty("controlsDescribed", True)
            describe_controls(dialog)
