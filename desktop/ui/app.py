"""The composition root: the QApplication, the profile, the project, Operations and the window.

Services are passed explicitly from here (no globals). Only what start-up needs is imported: the
dossier, interchange and comparison code load when the analyst first asks for them.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.resources import resource_path
from desktop.services import profiles as profile_service
from desktop.services.profiles import Profile
from desktop.services.team import session_author
from desktop.storage.project import Project, ProjectError

if TYPE_CHECKING:  # imported when the window is built, not at start-up
    from desktop.ui.main_window import MainWindow
    from desktop.ui.pane_area import PaneFactory

APP_NAME = "evidence-desk"  # QSettings: $XDG_CONFIG_HOME/evidence-desk/evidence-desk.conf
DISPLAY_NAME = "Evidence Desk"


def configure_application(app: QGuiApplication) -> None:
    """Names (where QSettings lands), the window icon and the style sheet."""
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(DISPLAY_NAME)
    QGuiApplication.setDesktopFileName("evidence-desk")
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.svg"))))
    if isinstance(app, QApplication):
        app.setStyle("Fusion")  # the same look on every platform (and offscreen)
        app.setStyleSheet(load_style_sheet())


def load_style_sheet() -> str:
    path = resource_path("styles", "app.qss")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return ""
    return text.replace("@icons@", resource_path("icons").as_posix())


def build_main_window(project: Project, profile: Profile, settings: QSettings,
                      pane_factory: PaneFactory | None = None) -> MainWindow:
    """The window over ``project``, annotating as ``profile`` (its author is added to the project)."""
    from desktop.ui.article_pane import ArticlePane
    from desktop.ui.features import install_features
    from desktop.ui.main_window import MainWindow
    from desktop.ui.operations import Operations

    author_id = session_author(project, profile.key, profile.name, profile.colour).value  # a team: the login's
    operations = Operations(project, author_id)
    window = MainWindow(operations, profile, settings, pane_factory=pane_factory or ArticlePane)
    install_features(window)
    if project.path is not None:
        window.recent.add(project.location)
    return window


PLACEHOLDER_NAME = "Analyst"


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
        box = QMessageBox(QMessageBox.Icon.Question, "Who is annotating?",
                          "Every annotation records who made it, so colleagues can tell their work from yours. "
                          "Evidence Desk needs a name for you.", parent=parent)
        box.setObjectName("noNameBox")
        back = box.addButton("Enter My Name…", QMessageBox.ButtonRole.AcceptRole)
        placeholder = box.addButton(f"Continue as “{PLACEHOLDER_NAME}”", QMessageBox.ButtonRole.ActionRole)
        box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setInformativeText(f"As “{PLACEHOLDER_NAME}”, your annotations are signed “{PLACEHOLDER_NAME}” until "
                               "you give your name in Profile › Edit Profile.")
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
            None, "No project there", f"There is no project at {location}.\n\nCreate a new, empty project there?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            location = None  # the default project instead of a typo made into a project
    from desktop.ui.upgrade_progress import UpgradeProgress

    while True:
        progress = UpgradeProgress()
        try:
            return open_or_create(location, progress=progress)
        except ProjectError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, "Cannot open the project", str(exc))
            open_button = box.addButton("Open Another Project…", QMessageBox.ButtonRole.ActionRole)
            default_button = box.addButton("Open the Default Project", QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            clicked = box.clickedButton()
            if clicked is open_button:
                from PySide6.QtWidgets import QFileDialog

                path, _ = QFileDialog.getOpenFileName(
                    None, "Open project", "", "Evidence Desk projects (*.evidence);;All files (*)"
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
    profile = ensure_profile()
    if profile is None:
        return 0  # the analyst chose to quit rather than give a name
    opened = open_start_project(project)
    if opened is None:
        return 1
    window = build_main_window(opened, profile, settings)
    _storage_errors_to_status_bar(window)
    window.show()
    if profile.name == PLACEHOLDER_NAME:
        window.show_status(f"Annotating as “{PLACEHOLDER_NAME}”: Profile › Edit Profile gives your name")
    quit_after = os.environ.get(QUIT_AFTER_ENV, "")
    if quit_after.isdigit():  # the packaged app's smoke test: up for a moment, then a normal close
        QTimer.singleShot(int(quit_after), window, window.close)
    try:
        return app.exec()
    finally:
        window.ops.project.close()
