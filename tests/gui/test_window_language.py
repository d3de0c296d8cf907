"""The window in the analyst's language: View › Language rebuilds it, remembered per user; the system's
language otherwise; and no string of the window escapes translation (a pseudo-translation finds them)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QWidget,
)

from desktop.i18n import catalogue
from desktop.ui.accessibility import controls
from desktop.ui.app import build_main_window, configure_application
from desktop.ui.language import SETTINGS_KEY, apply_language, system_language
from desktop.ui.main_window import MainWindow
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

ITALIAN_MENUS = ["&File", "&Modifica", "&Visualizza", "&Profilo", "&Confronto", "&Revisione", "&Cerca", "&Aiuto"]
ENGLISH_MENUS = ["&File", "&Edit", "&View", "&Profile", "&Line-up", "&Review", "&Search", "&Help"]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.isVisible()]


def language_action(window: MainWindow, code: str):
    menu = window.findChild(QMenu, "languageMenu")
    return next(a for a in menu.actions() if a.data() == code)


def switch(qtbot, window: MainWindow, code: str) -> MainWindow:
    """Choose a language in View › Language, as the analyst does; the window is built anew (the old one is
    deleted, so it must not be one pytest-qt closes at the end: see ``own_window``)."""
    language_action(window, code).trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w.isVisible() and w is not window
                                for w in QApplication.topLevelWidgets()))
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
                and w is not window)


@pytest.fixture
def own_window(qtbot, qapp, gui_project, settings_path, profile):
    """A window built as the app builds it, not handed to pytest-qt: View › Language deletes it. The last one
    standing is closed at the end."""
    configure_application(qapp)
    style_sheet = qapp.styleSheet()
    window = build_main_window(gui_project, profile, QSettings(settings_path, QSettings.Format.IniFormat))
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.close()
            widget.deleteLater()
    qapp.setStyleSheet(style_sheet)


@pytest.fixture
def back_to_english():
    yield
    apply_language("en")


def test_view_language_rebuilds_the_window_in_italian_and_keeps_the_work(qtbot, own_window, italian_id, settings_path,
                                                                         back_to_english):
    window = own_window
    pane = window.pane_area.panes()[0]
    if pane.document_id != italian_id:
        window.open_document(italian_id, pane)
    assert menu_titles(window) == ENGLISH_MENUS
    annotation = tag_phrase(qtbot, window, pane, "Sarah Friar", Qt.Key.Key_E)
    documents = [p.document_id for p in window.pane_area.panes()]
    undo_steps = window.ops.undo_stack.count()

    italian = switch(qtbot, window, "it")
    assert menu_titles(italian) == ITALIAN_MENUS
    over_the_menus = [bar.tabText(0) for bar in italian.findChildren(QTabBar) if bar.isVisible()
                      and bar.parentWidget() is italian and bar.geometry().top() < italian.menuBar().height()]
    assert not over_the_menus  # no dock tab bar left drawn over the menu bar
    assert not window.isVisible()
    assert italian.documents_dock.windowTitle() == "Documenti"
    assert italian.tag_actions["claim"].text() == "Etichetta come &affermazione"
    assert italian.tag_actions["claim"].iconText() == "Affermazione"
    assert italian.document_model.headerData(0, Qt.Orientation.Horizontal) == "Titolo"
    assert [p.document_id for p in italian.pane_area.panes()] == documents  # the same articles open
    assert italian.ops.undo_stack.count() == undo_steps  # the undo history survives the rebuild
    assert italian.undo_action.text().startswith("&Annulla")
    italian.activateWindow()
    italian.undo()
    qtbot.waitUntil(lambda: italian.statusBar().currentMessage().startswith("Annullato:"))
    assert annotation not in {s.id for s in italian.pane_area.panes()[0].spans()}

    sheet = italian.show_shortcuts()
    assert sheet.windowTitle() == "Scorciatoie da tastiera"
    assert "In un articolo" in sheet.text() and "Nel pannello dell’annotazione" in sheet.text()
    sheet.close()

    assert QSettings(settings_path, QSettings.Format.IniFormat).value(SETTINGS_KEY) == "it"
    english = switch(qtbot, italian, "")  # back to the system's language (English here)
    assert menu_titles(english) == ENGLISH_MENUS
    assert QSettings(settings_path, QSettings.Format.IniFormat).value(SETTINGS_KEY) == ""


def test_the_chosen_language_is_remembered_for_the_next_window(qtbot, make_window, gui_project, settings_path,
                                                               back_to_english):
    settings = QSettings(settings_path, QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, "de")
    settings.sync()
    window = make_window(gui_project)
    assert menu_titles(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Profil", "&Abgleich", "&Prüfung",
                                   "&Suche", "&Hilfe"]
    assert language_action(window, "de").isChecked()
    assert window.panel.kind.itemText(2) == "Behauptung"  # the analysts' word, not a literal one


def test_the_language_follows_the_system_when_none_is_chosen():
    assert system_language(["it-IT", "en-US"]) == "it"
    assert system_language(["pt-BR", "en"]) == "pt"
    assert system_language(["de-CH", "de"]) == "de"
    assert system_language(["ja-JP", "zh"]) == "en"  # not one of ours: the source language
    env = dict(os.environ, LANGUAGE="fr_FR:en", QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", "from PySide6.QtCore import QCoreApplication;"
                          "app = QCoreApplication([]);"
                          "from desktop.ui.language import system_language; print(system_language())"],
                         env=env, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "fr"


# --- nothing escapes translation ---------------------------------------------------------------------------
class PseudoTranslator(QTranslator):
    """Every message the catalogues know comes back bracketed ⟦…⟧; a string that never went through tr()
    (or went through it under a context lupdate did not see) shows up without brackets."""

    def __init__(self) -> None:
        super().__init__()
        self.known = set(catalogue("it").messages)

    def translate(self, context, source, disambiguation=None, n=-1):
        if (context, source, disambiguation or "") in self.known:
            return f"⟦{source}⟧"
        return None

    def isEmpty(self) -> bool:
        return False


DATA_WIDGETS = {  # object names of labels that show the project's data, not the program's words
    "statusProject", "statusAuthor", "articleTitle", "quoteLabel", "authorLabel", "countLabel", "findCount",
    "searchStatus", "batchStatus", "kindChip",
}
SIGNS = {"findCase"}  # buttons showing a sign ("Aa"), the same in every language; their tooltips are translated


DATA_COMBOS = {  # combo boxes that list the project's data (authors, documents, outlets, measures, units)
    "authorFilter", "adjudicateDocument", "adjudicateAuthorA", "adjudicateAuthorB", "searchLanguage",
    "searchOutlet", "replyTarget", "unit", "suggestionMeasure", "agreementAuthorA", "agreementAuthorB",
}


def _words(text: str) -> bool:
    return any(ch.isalpha() for ch in text.replace("&", "")) and len(text.strip()) > 1


def untranslated_texts(window: MainWindow) -> list[str]:
    found: list[str] = []

    def check(what: str, text: str) -> None:
        if text and _words(text) and "⟦" not in text:
            found.append(f"{what}: {text!r}")

    for menu in window.findChildren(QMenu):
        check(f"menu {menu.objectName()}", menu.title())
    for action in window.findChildren(type(window.undo_action)):
        if action.isSeparator():
            continue
        owner = action.parent().objectName() if action.parent() is not None else ""
        if owner in ("languageMenu", "authorFilterMenu"):  # language names are written in themselves, on
            # purpose; the author filter lists the project's authors
            continue
        check(f"action {action.objectName() or owner}", action.text())
        if action.toolTip() != action.text().replace("&", ""):
            check(f"tooltip of {action.text()!r}", action.toolTip())
        check(f"status tip of {action.text()!r}", action.statusTip())
    for dock in window.findChildren(QDockWidget):
        check(f"dock {dock.objectName()}", dock.windowTitle())
    for widget in window.findChildren(QWidget):
        name = widget.objectName()
        if name in DATA_WIDGETS or isinstance(widget, QPlainTextEdit):
            continue
        if isinstance(widget, QLabel):
            if widget.pixmap() is None or widget.pixmap().isNull():
                check(f"label {name}", widget.text())
        elif isinstance(widget, QAbstractButton) and name not in SIGNS:
            check(f"button {name}", widget.text())
        if isinstance(widget, QComboBox) and name not in DATA_COMBOS:
            for i in range(widget.count()):
                check(f"item of {name}", widget.itemText(i))
        check(f"tooltip of {type(widget).__name__} {name}", widget.toolTip())
        if isinstance(widget, QLineEdit):
            check(f"placeholder of {name}", widget.placeholderText())
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                check(f"tab of {name}", widget.tabText(i).split(" (")[0])
        header = getattr(widget, "horizontalHeader", None)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None and header is not None:
            model = widget.model()
            for column in range(header().count()):
                check(f"header of {name}", str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
    for widget in controls(window):  # what a screen reader announces
        check(f"accessible name of {type(widget).__name__} {widget.objectName()}", widget.accessibleName())
        check(f"accessible description of {type(widget).__name__} {widget.objectName()}",
              widget.accessibleDescription())
    return found


def test_every_text_of_the_window_goes_through_the_catalogues(qtbot, qapp, make_window, gui_project, settings_path,
                                                              back_to_english):
    apply_language("en")  # already in place: building the window installs nothing after the pseudo-translator
    pseudo = PseudoTranslator()
    qapp.installTranslator(pseudo)
    try:
        window = make_window(gui_project)
        window.features["desktop.ui.lineup.install"].show_compare()  # built when first shown
        qtbot.waitUntil(lambda: window.features["desktop.ui.lineup.install"].compare is not None)
        missing = untranslated_texts(window)
    finally:
        QCoreApplication.removeTranslator(pseudo)
    assert not missing, "Texts that no catalogue translates (wrap them in tr(); see tests/unit/translatable.py):\n" \
        + "\n".join(sorted(set(missing)))
