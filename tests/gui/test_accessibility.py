"""Everyone can use the window: every control has an accessible name and description (as a screen reader
reads them, through QAccessible), in the window's language; every menu action can be reached from the
keyboard; the focus is always visible; highlights never rely on colour alone; the text zooms."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMenu,
    QPushButton,
    QTabBar,
    QToolBar,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.ui.accessibility import controls
from desktop.ui.colours import contrast_ratio, readable_on, underline_style
from desktop.ui.themes import DARK, HIGH_CONTRAST, HIGHLIGHTS, LIGHT, apply_theme, highlights
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui


def spoken(widget: QWidget) -> tuple[str, str]:
    """What a screen reader announces for ``widget``: its name and its description."""
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    # (On Linux a combo box's Name is the value shown; the name travels as its accessibleName/label relation.)
    name = widget.accessibleName() if isinstance(widget, QComboBox) else interface.text(QAccessible.Text.Name)
    return name.strip(), interface.text(QAccessible.Text.Description).strip()


def unnamed(window: QWidget) -> list[str]:
    found = []
    for widget in controls(window):
        name, description = spoken(widget)
        if not name or not description:
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in "
                         f"{widget.parentWidget().objectName() if widget.parentWidget() else ''}: "
                         f"name={name!r} description={description!r}")
    return found


def test_every_control_has_an_accessible_name_and_description(qtbot, window):
    lineup = window.features["desktop.ui.lineup.install"]
    for dock, panel in ((lineup.register_dock, "registerPanel"), (lineup.suggestions_dock, "suggestionsPanel"),
                        (lineup.mentions_dock, "mentionsPanel")):  # built as they first come into sight
        dock.show()
        dock.raise_()
        qtbot.waitUntil(lambda d=dock, p=panel: d.widget().objectName() == p)
    window.features["desktop.ui.colleague_import"].conflicts_dock.show()  # closed at launch, built when shown
    qtbot.waitUntil(lambda: window.findChild(QWidget, "conflictsPanel") is not None)
    lineup.show_compare()
    missing = unnamed(window)
    assert not missing, "\n".join(missing)


def test_the_annotation_fields_are_named_and_described_once_an_annotation_is_shown(qtbot, window, pane):
    assert window.panel.hint.isVisible()  # at launch: the hint (the fields are made when first needed)
    start = pane.text.index("Scale AI")
    window.tag_range(pane, "entity", start, start + len("Scale AI"))
    qtbot.waitUntil(lambda: window.panel.entity.isVisible())
    missing = unnamed(window.panel)
    assert not missing, "\n".join(missing)
    assert window.panel.entity_type.isVisible()  # the type's buttons, in their place in the form


def test_every_control_of_a_dialog_is_named_and_described_when_it_is_shown(qtbot, window):
    """The dialogs an analyst meets (document metadata, the profile, the dossier, the legend, a message box)
    are spoken as the window is: each control has a name and a description once the dialog is up."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.documents import list_documents
    from desktop.ui.document_dialog import DocumentDialog
    from desktop.ui.dossier_dialog import DossierDialog
    from desktop.ui.legend import LegendDialog
    from desktop.ui.profile_dialog import ProfileDialog

    summary = list_documents(window.project)[0]
    box = QMessageBox(QMessageBox.Icon.Question, "Delete?", "Delete this annotation?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    dialogs = [DocumentDialog(summary, window), ProfileDialog("Giulia", "#1f77b4", parent=window),
               DossierDialog(window.project, window), LegendDialog(window), box]
    for dialog in dialogs:
        unfinished = [w for w in controls(dialog) if not w.accessibleName() and not w.accessibleDescription()]
        assert unfinished, f"{type(dialog).__name__} has nothing left to describe: the check below proves nothing"
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda d=dialog: bool(d.property("controlsDescribed")))
        missing = unnamed(dialog)
        assert not missing, "\n".join(missing)
        dialog.close()
        dialog.deleteLater()


def test_every_tab_is_named(window):
    bars = [bar for bar in window.findChildren(QTabBar) if bar.count()]
    assert bars, "the register and search docks have tabs"
    for bar in bars:
        interface = QAccessible.queryAccessibleInterface(bar)
        tabs = [interface.child(i) for i in range(interface.childCount())]
        names = [tab.text(QAccessible.Text.Name) for tab in tabs if tab.role() == QAccessible.Role.PageTab]
        assert len(names) == bar.count() and all(n.strip() for n in names), names


def test_a_drop_down_is_named_by_its_label_not_by_the_value_it_shows(window, pane):
    panel = window.panel
    assert panel.kind.accessibleName() == "Kind"
    assert panel.status.accessibleName() == "Status"
    assert panel.unit.accessibleName() == "Unit"
    name, _ = spoken(pane.text_view())
    assert name == f"Article: {pane.title}"


# --- the keyboard reaches everything ------------------------------------------------------------------------
def _menu_actions(menu: QMenu) -> list[tuple[QMenu, QAction]]:
    found = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        found.append((menu, action))
        if action.menu() is not None:
            found += _menu_actions(action.menu())
    return found


def test_every_menu_opens_from_the_keyboard_and_every_tool_and_dock_is_in_a_menu_or_has_a_key(window):
    bar_menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None and a.isVisible()]
    letters = [re.search(r"&(\w)", m.title()) for m in bar_menus]
    assert all(letters), [m.title() for m in bar_menus]  # Alt+letter opens each menu
    in_menus = {action for menu in bar_menus for _m, action in _menu_actions(menu)}
    assert len(in_menus) > 60
    stray = []
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.isSeparator() or isinstance(action, QWidgetAction) or not action.isVisible():
                continue
            button = toolbar.widgetForAction(action)
            tabbable = button is not None and bool(button.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if action not in in_menus and action.shortcut().isEmpty() and not tabbable:
                stray.append(f"{toolbar.objectName()}: {action.text()}")
    assert not stray, "Tool-bar actions no key and no menu reaches:\n" + "\n".join(stray)
    for dock in window.findChildren(QDockWidget):
        toggle = dock.toggleViewAction()
        assert toggle in in_menus or not toggle.shortcut().isEmpty() or any(
            a.shortcut() and a.text() == toggle.text() for a in in_menus), f"dock {dock.windowTitle()}"


def _focus_chain(start: QWidget, within: QWidget) -> list[QWidget]:
    chain, widget = [], start
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is start:
            break
        if (widget.isVisible() and widget.isEnabled() and within.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None):
            chain.append(widget)
    return chain


def test_tab_goes_through_the_annotation_fields_top_to_bottom(qtbot, window, pane):
    tag_phrase(qtbot, window, pane, "Scale AI", Qt.Key.Key_C)  # a claim: kind, status, proposition, stance …
    panel = window.panel
    qtbot.waitUntil(lambda: panel.kind.isVisible())
    chain = [w for w in _focus_chain(panel.kind, panel) if w.objectName()]
    assert len(chain) >= 5, [w.objectName() for w in chain]

    def where(w: QWidget) -> tuple[int, int]:
        point = w.mapTo(panel, w.rect().topLeft())
        return (point.y() // 8, point.x())  # a row, then left to right

    assert [w.objectName() for w in chain] == [w.objectName() for w in sorted(chain, key=where)]


# --- the focus is always visible ----------------------------------------------------------------------------
@pytest.fixture
def light_again(qapp):
    yield
    apply_theme(qapp, LIGHT)


@pytest.mark.parametrize("theme", [LIGHT, DARK, HIGH_CONTRAST])
def test_the_focused_control_is_drawn_differently_in_every_theme(qtbot, qapp, theme, light_again):
    apply_theme(qapp, theme)
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    edit, button, other = QLineEdit("text"), QPushButton("Button"), QLineEdit()
    for widget in (edit, button, other):
        layout.addWidget(widget)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    for control in (edit, button):
        other.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(other.hasFocus)
        plain = control.grab().toImage()
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        focused = control.grab().toImage()
        assert plain != focused, f"{type(control).__name__} looks the same with and without the focus ({theme})"
    form.close()


# --- colour is never the only cue ---------------------------------------------------------------------------
def test_each_kind_has_its_own_underline_and_its_tooltip_names_both(qtbot, window, pane):
    assert len({underline_style(kind) for kind in ("entity", "figure", "claim")}) == 3
    for phrase, key in (("Sarah Friar", Qt.Key.Key_E), ("Scale AI", Qt.Key.Key_C)):
        tag_phrase(qtbot, window, pane, phrase, key)
    view = pane.text_view()
    view.viewport().update()
    qtbot.waitUntil(lambda: len(view.painted_items()) >= 2)
    tips = set()
    for item in view.painted_items():
        rect = item.rects[0]
        hits = view.items_at(rect.center())
        assert hits, "a highlight is found where it is painted"
        tips.add(view._tooltip(hits[:1]))
    assert "Entity — solid underline" in tips
    assert "Claim — wavy underline" in tips


def test_text_keeps_a_contrast_of_4_5_over_every_highlight_in_every_theme():
    def over(top: QColor, bottom: QColor) -> QColor:
        a = top.alphaF()
        return QColor.fromRgbF(*(a * t + (1 - a) * b for t, b in zip(
            (top.redF(), top.greenF(), top.blueF()), (bottom.redF(), bottom.greenF(), bottom.blueF()), strict=True)))

    for theme, palette in HIGHLIGHTS.items():
        base, text = QColor(palette.base), QColor(palette.text)
        for kind, hex_colour in palette.kinds.items():
            fill = QColor(hex_colour)
            fill.setAlpha(palette.fill_alpha)
            layered = base
            for _ in range(3):  # three nested annotations of that kind
                layered = over(fill, layered)
            assert contrast_ratio(text, layered) >= 4.5, (theme, kind, contrast_ratio(text, layered))
            with_find = over(QColor(palette.find), layered)
            assert contrast_ratio(text, with_find) >= 4.5, (theme, kind, "find")
        current = QColor(palette.find_current)
        assert contrast_ratio(text, over(current, base)) >= 4.5 or contrast_ratio(
            QColor(readable_on(current.name())), current) >= 4.5, (theme, "current match")


# --- reading comfort ----------------------------------------------------------------------------------------
def test_ctrl_plus_and_minus_zoom_the_article_text_and_the_size_is_remembered(qtbot, make_window, gui_project):
    window = make_window(gui_project)
    view = window.pane_area.panes()[0].text_view()
    usual = view.font().pointSizeF()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == usual + 2
    qtbot.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.font().pointSizeF() == usual + 1
    window.close()
    again = make_window(gui_project).pane_area.panes()[0].text_view()
    assert again.font().pointSizeF() == usual + 1  # remembered per user
    again.setFocus()
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.font().pointSizeF() == usual


def test_view_theme_dark_paints_the_window_dark_and_is_remembered(qtbot, qapp, make_window, gui_project,
                                                                  light_again):
    window = make_window(gui_project)
    menu = window.findChild(QMenu, "themeMenu")
    next(a for a in menu.actions() if a.data() == DARK).trigger()
    assert QColor(qapp.palette().color(QPalette.ColorRole.Window)).lightness() < 80
    assert highlights() is HIGHLIGHTS[DARK]
    view = window.pane_area.panes()[0].text_view()
    shot = view.viewport().grab().toImage()
    assert QColor(shot.pixel(3, 3)).lightness() < 80  # the article's page is dark too
    window.close()
    apply_theme(qapp, LIGHT)
    make_window(gui_project)  # the next start
    assert highlights() is HIGHLIGHTS[DARK]
    high = next(a for a in qapp.activeWindow().findChild(QMenu, "themeMenu").actions() if a.data() == HIGH_CONTRAST)
    high.trigger()
    assert highlights() is HIGHLIGHTS[HIGH_CONTRAST]
    assert "focus" in qapp.styleSheet()
