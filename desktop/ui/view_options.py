"""View › Zoom In / Zoom Out / Actual Size, View › Theme and View › Language: reading comfort, per user.

- Zoom (Ctrl+= or Ctrl++, Ctrl+-, Ctrl+0) changes the article text of every pane, new ones too, and is
  remembered in QSettings (``view/readingZoom``).
- Theme: System, Light, Dark or High Contrast (``desktop.ui.themes``), applied at once.
- Language: System or one of the interface languages (``desktop.ui.language``). Text is translated when a
  widget is made, so choosing one builds the window anew in it (``desktop.ui.app.rebuild_main_window``):
  same project, author, undo history, layout and open documents.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from desktop.i18n import LANGUAGES
from desktop.ui.language import chosen_language, effective_language, remember_language, system_language
from desktop.ui.themes import (
    THEME_NAMES,
    apply_theme,
    chosen_theme,
    effective_theme,
    remember_theme,
    system_theme,
)

if TYPE_CHECKING:
    from desktop.ui.article_pane import ArticlePane
    from desktop.ui.main_window import MainWindow

ZOOM_KEY = "view/readingZoom"
FEATURE_NAME = "viewOptions"


class ViewOptions(QObject):
    """The View menu's reading-comfort items of one window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(FEATURE_NAME)
        self.window = window
        self.settings = window.settings
        self.zoom_in_action = self._action(self.tr("Zoom &In"), self.zoom_in,
                                           ["Ctrl+=", QKeySequence.StandardKey.ZoomIn],
                                           self.tr("Larger article text"))
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), self.zoom_out,
                                            ["Ctrl+-", QKeySequence.StandardKey.ZoomOut],
                                            self.tr("Smaller article text"))
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), self.zoom_reset, ["Ctrl+0"],
                                              self.tr("Article text at its usual size"))
        self.theme_menu = self._theme_menu()
        self.language_menu = self._language_menu()
        menu = window.view_menu
        menu.addSeparator()
        for action in (self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addMenu(self.theme_menu)
        menu.addMenu(self.language_menu)
        window.pane_area.paneAdded.connect(self._zoom_pane)
        for pane in window.pane_area.panes():
            self._zoom_pane(pane)

    def _action(self, text: str, slot: Callable[[], object], keys: list[str | QKeySequence.StandardKey],
                tip: str) -> QAction:
        action = QAction(text, self.window)
        sequences: list[QKeySequence] = []
        for key in keys:
            for sequence in ([QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key)):
                if not sequence.isEmpty() and sequence not in sequences:
                    sequences.append(sequence)
        action.setShortcuts(sequences)
        shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({shown})")
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)  # works wherever the focus is in the window
        return action

    # --- zoom ----------------------------------------------------------------------------------------
    def zoom(self) -> int:
        """Points added to the article text's usual size (0: its usual size)."""
        value = self.settings.value(ZOOM_KEY, 0, type=int)
        return value if isinstance(value, int) else 0

    def set_zoom(self, step: int) -> None:
        from desktop.ui.article_view import ZOOM_STEPS

        step = min(max(step, ZOOM_STEPS.start), ZOOM_STEPS.stop - 1)
        self.settings.setValue(ZOOM_KEY, step)
        self.settings.sync()
        for pane in self.window.pane_area.panes():
            self._zoom_pane(pane)
        self.window.show_status(self.tr("Article text: {size} pt").format(size=self._size(step)))

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() + 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() - 1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    @staticmethod
    def _size(step: int) -> str:
        from desktop.ui.article_view import READING_POINT_SIZE

        return f"{READING_POINT_SIZE + step:g}"

    def _zoom_pane(self, pane: ArticlePane) -> None:
        view = pane.text_view()
        set_zoom = getattr(view, "set_zoom", None)
        if callable(set_zoom):
            set_zoom(self.zoom())

    # --- theme ---------------------------------------------------------------------------------------
    def _theme_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Theme"), self.window)
        menu.setObjectName("themeMenu")
        group = QActionGroup(menu)
        chosen = chosen_theme(self.settings)
        system = menu.addAction(self.tr("&System ({theme})").format(
            theme=QCoreApplication.translate("Themes", THEME_NAMES[system_theme()])))
        system.setData("")
        system.setCheckable(True)
        system.setChecked(chosen is None)
        group.addAction(system)
        for theme, name in THEME_NAMES.items():
            action = menu.addAction(QCoreApplication.translate("Themes", name))
            action.setData(theme)
            action.setCheckable(True)
            action.setChecked(chosen == theme)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose_theme(str(action.data()) or None))
        return menu

    def choose_theme(self, theme: str | None) -> str:
        """Use ``theme`` (None: follow the system) now and from now on; returns the theme in use."""
        remember_theme(self.settings, theme)
        applied = effective_theme(self.settings)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, applied)
        for action in self.theme_menu.actions():
            action.setChecked((action.data() or None) == theme)
        return applied

    # --- language ------------------------------------------------------------------------------------
    def _language_menu(self) -> QMenu:
        menu = QMenu(self.tr("&Language"), self.window)
        menu.setObjectName("languageMenu")
        group = QActionGroup(menu)
        chosen = chosen_language(self.settings)
        system = menu.addAction(self.tr("&System ({language})").format(language=LANGUAGES[system_language()]))
        system.setData("")
        system.setCheckable(True)
        system.setChecked(chosen is None)
        group.addAction(system)
        for code, name in LANGUAGES.items():
            action = menu.addAction(name)  # each language named in itself, whatever the interface speaks
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(chosen == code)
            group.addAction(action)
        # the window is built anew: let the menu close and the triggering action finish first
        group.triggered.connect(
            lambda action: QTimer.singleShot(0, self.window, lambda: self.choose_language(str(action.data()) or None)))
        return menu

    def choose_language(self, code: str | None) -> MainWindow:
        """Speak ``code`` (None: the system's) from now on; returns the window, built anew if the language
        changed (the old one is closed: use the one returned)."""
        from desktop.ui.app import apply_preferences, rebuild_main_window

        before = effective_language(self.settings)
        remember_language(self.settings, code)
        if effective_language(self.settings) == before:
            return self.window
        apply_preferences(self.settings)
        return rebuild_main_window(self.window)


def install(window: MainWindow) -> ViewOptions:
    return ViewOptions(window)
