"""The composition root: the QApplication, the profile, the project, Operations and the window.

Services are passed explicitly from here (no globals). Only what start-up needs is imported: the
dossier, interchange and comparison code load when the analyst first asks for them.
"""

from __future__ import annotations

import os
import sys
import warnings
from typing import TYPE_CHECKING

# isort: off
# The Qt-free core (SQLAlchemy, the models, the services) is imported before PySide6: once PySide6 is loaded,
# its import hook reads the whole source of every module imported after it (``inspect.getsource``, looking
# for ``from __feature__``), some 290 files and a tenth of a second at start-up for the core alone.
from desktop import quiet_start  # first of the heavy imports below: the cycle collector pauses through them
from desktop.i18n import Context
from desktop.resources import resource_path
from desktop.services import profiles as profile_service
from desktop.services.profiles import Profile
from desktop.services.team import session_author
from desktop.storage.project import Project, ProjectError

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QTabBar, QWidget

# isort: on
from desktop.ui.pyside_imports import skip_source_scan_of_our_modules

skip_source_scan_of_our_modules()  # before the window's own modules load (below and in build_main_window)
from desktop.ui.language import apply_language, effective_language  # noqa: E402
from desktop.ui.themes import apply_theme, effective_theme, system_theme  # noqa: E402

if TYPE_CHECKING:  # imported when the window is built, not at start-up
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations
    from desktop.ui.pane_area import PaneFactory

quiet_start.resume()

App = Context("App")
APP_NAME = "evidence-desk"  # QSettings: $XDG_CONFIG_HOME/evidence-desk/evidence-desk.conf
DISPLAY_NAME = "Evidence Desk"


def configure_application(app: QGuiApplication) -> None:
    """Names (where QSettings lands), the window icon, the style and the system's theme (the settings' theme
    and language are applied when the window is built: ``build_main_window``)."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    QGuiApplication.setDesktopFileName("evidence-desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    if isinstance(app, QApplication):
        app.setStyle("Fusion")  # the same look on every platform (and offscreen)
        apply_theme(app, system_theme())


def apply_preferences(settings: QSettings) -> None:
    """The language and theme the user chose (or the system's), before any widget is made."""
    apply_language(effective_language(settings))
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, effective_theme(settings))


def build_main_window(project: Project, profile: Profile, settings: QSettings,
                      pane_factory: PaneFactory | None = None) -> MainWindow:
    """The window over ``project``, annotating as ``profile`` (its author is added to the project), in the
    language the settings choose (or the system's)."""
    from desktop.quiet_gc import no_cycle_collection
    from desktop.ui.settled_heap import settle_after_first_paint

    with no_cycle_collection():
        from desktop.ui.article_pane import ArticlePane
        from desktop.ui.features import install_features
        from desktop.ui.main_window import MainWindow
        from desktop.ui.operations import Operations

        apply_preferences(settings)
        author_id = session_author(project, profile.key, profile.name, profile.colour).value  # a team: the login's
        operations = Operations(project, author_id)
        window = MainWindow(operations, profile, settings, pane_factory=pane_factory or ArticlePane)
        install_features(window)
        if project.path is not None:
            window.recent.add(project.location)
        settle_after_first_paint(window)  # inside: the collector's return would otherwise walk the build at once
    return window


def rebuild_main_window(old: MainWindow) -> MainWindow:
    """The window built anew over the same project, author, undo history, layout and open documents.

    Text is translated when a widget is made, so a language chosen in View › Language takes effect by
    building the window again in it: every menu, dock, tooltip and feature is then in the new language,
    with nothing to keep in step by hand. The old window is closed and deleted; use the one returned."""
    from desktop.ui.features import install_features
    from desktop.ui.main_window import MainWindow

    old.panel.commit_pending()
    old.save_layout()
    operations = old.ops
    _detach_views(operations)
    window = MainWindow(operations, old.profile, old.settings, pane_factory=old.pane_area.factory)
    install_features(window)
    if old.isVisible():
        window.show()
        window.raise_()
        window.activateWindow()
        for bar in window.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if bar.count() < 2:  # a dock tab bar Qt made while the old window was up, left at the top left
                bar.hide()
    old.rebuilt_as = window
    old.hide()
    old.deleteLater()
    return window


def _detach_views(operations: Operations) -> None:
    """Disconnect the old window's views from the runner and its undo stack (the new window connects its own)."""
    stack = operations.undo_stack
    signals = (operations.changed, operations.failed, operations.message, operations.projectReplaced,
               operations.waiting, operations.authorChanged, stack.canUndoChanged, stack.canRedoChanged,
               stack.undoTextChanged, stack.redoTextChanged, stack.indexChanged, stack.cleanChanged)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # "nothing connected" is fine
        for signal in signals:
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass


PLACEHOLDER_NAME = "Analyst"  # i18n: ok - the name stored in the project, the same for every colleague


def ensure_profile(parent: QWidget | None = None) -> Profile | None:
    """The active profile; on first start ask for a name and a colour.

    Cancelling does not pick a name behind the analyst's back (the computer's account name, "Root",
    would sign every annotation): it asks once more, offering to type a name, to go on as "Analyst"
    (said in the status bar; Profile › Edit Profile renames it), or to quit (None)."""
    profile = profile_service.active_profile()
    if profile is not None:
        return profile
    from desktop.ui.profile_dialog import ProfileDialog

    while True:
        dialog = ProfileDialog(first_start=True, parent=parent)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            return profile_service.save_profile(dialog.name(), dialog.colour())
        box = QMessageBox(QMessageBox.Icon.Question, App.tr("Who is annotating?"),
                          App.tr("Every annotation records who made it, so colleagues can tell their work from "
                                 "yours. Evidence Desk needs a name for you."), parent=parent)
        box.setObjectName("noNameBox")
        back = box.addButton(App.tr("Enter My Name…"), QMessageBox.ButtonRole.AcceptRole)
        placeholder = box.addButton(App.tr("Continue as “{name}”").format(name=PLACEHOLDER_NAME),
                                    QMessageBox.ButtonRole.ActionRole)
        box.addButton(App.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setInformativeText(App.tr("As “{name}”, your annotations are signed “{name}” until you give your name "
                                      "in Profile › Edit Profile.").format(name=PLACEHOLDER_NAME))
        box.exec()
        clicked = box.clickedButton()
        if clicked is back:
            continue
        if clicked is placeholder:
            return profile_service.save_profile(PLACEHOLDER_NAME)
        return None


def open_start_project(location: str | None) -> Project | None:
    """Open the project asked for (or the default one). On a ProjectError, say why once and offer
    to open another file or the default project; None if the analyst chooses to quit."""
    from pathlib import Path

    from desktop.services.startup import open_or_create

    if location and "://" not in location and not Path(location).expanduser().exists():
        answer = QMessageBox.question(
            None, App.tr("No project there"),
            App.tr("There is no project at {location}.\n\nCreate a new, empty project there?").format(location=location),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            location = None  # the default project instead of a typo made into a project
    from desktop.ui.upgrade_progress import UpgradeProgress

    while True:
        progress = UpgradeProgress()
        try:
            return open_or_create(location, progress=progress, check_later=True)  # the check runs meanwhile
        except ProjectError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, App.tr("Cannot open the project"), str(exc))
            open_button = box.addButton(App.tr("Open Another Project…"), QMessageBox.ButtonRole.ActionRole)
            default_button = box.addButton(App.tr("Open the Default Project"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if clicked is open_button:
                from PySide6.QtWidgets import QFileDialog

                path, _ = QFileDialog.getOpenFileName(
                    None, App.tr("Open project"), "", App.tr("Evidence Desk projects (*.evidence);;All files (*)")
                )
                if not path:
                    return None
                location = path
            elif clicked is default_button:
                location = None
            else:
                return None
        finally:
            progress.close()


def _storage_errors_to_status_bar(window: QWidget) -> None:
    """A read the database refused inside a view (the server went away while the window repaints) is said in
    the status bar, not printed as a traceback; the window shows "offline" and catches up once back."""
    from desktop.storage.errors import StorageError

    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: object) -> None:
        show = getattr(window, "show_status", None)
        if isinstance(exc, StorageError) and show is not None:
            show(f"⚠ {exc}", error=True)
            return
        previous(kind, exc, tb)  # type: ignore[arg-type]

    sys.excepthook = hook


QUIT_AFTER_ENV = "EVIDENCE_DESK_QUIT_AFTER_MS"  # close the window after this many milliseconds


def run_app(project: str | None) -> int:
    """Start the desktop application; returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    configure_application(app)
    settings = QSettings()
    apply_preferences(settings)  # the first-start and open-project dialogs too
    profile = ensure_profile()
    if profile is None:
        return 0  # the analyst chose to quit rather than give a name
    opened = open_start_project(project)
    if opened is None:
        return 1
    window = build_main_window(opened, profile, settings)
    operations = window.ops  # outlives a rebuilt window (View › Language)
    _storage_errors_to_status_bar(window)
    window.show()
    if profile.name == PLACEHOLDER_NAME:
        window.show_status(App.tr("Annotating as “{name}”: Profile › Edit Profile gives your name")
                           .format(name=PLACEHOLDER_NAME))
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():  # the packaged app's smoke test: up for a moment, then a normal close
        QTimer.singleShot(int(quit_after), window, window.close)
    try:
        return app.exec()
    finally:
        operations.project.close()
