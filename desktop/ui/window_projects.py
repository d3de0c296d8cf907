"""File > New / Open / Open Recent, and Profile > Switch Author / Edit Profile: the dialogs that
replace the window's project or the author it annotates as.

Opening a project and adding the analyst's author to it are steps of the window's runner
(``ops.run``): a project that cannot be opened, or a database that refuses the author, is one message
and the current project stays open.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog

from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services import authors as author_service
from desktop.services import profiles as profile_service
from desktop.services.changes import Outcome
from desktop.services.profiles import Profile
from desktop.services.startup import open_or_create
from desktop.services.team import session_author
from desktop.storage.project import Project

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


WindowProjects = Context("WindowProjects")
PROJECT_FILTER = QT_TRANSLATE_NOOP("WindowProjects", "Evidence Desk projects (*.evidence);;All files (*)")


class ProjectDialogs:
    def __init__(self, window: MainWindow) -> None:
        self._window = window

    # --- projects -----------------------------------------------------------------------------
    def new_project(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self._window, WindowProjects.tr("New project"),
                                              str(Path.home() / WindowProjects.tr("Untitled.evidence")),
                                              WindowProjects.tr(PROJECT_FILTER))
        if path:
            if not path.endswith(".evidence") and not Path(path).suffix:
                path += ".evidence"
            self.open_path(path, create=True)

    def open_project(self) -> None:
        project = self._window.project
        start = str(Path(project.location).parent) if project.path else str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self._window, WindowProjects.tr("Open project"), start,
                                              WindowProjects.tr(PROJECT_FILTER))
        if path:
            self.open_path(path)

    def fill_recent_menu(self) -> None:
        window = self._window
        menu = window.recent_menu
        menu.clear()
        paths = window.recent.paths()
        for path in paths:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        if not paths:
            empty = menu.addAction(WindowProjects.tr("No recent projects"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(WindowProjects.tr("Clear Menu"), window.recent.clear)

    def open_path(self, path: str, create: bool = False) -> bool:
        """Open (or create) a project and make it current. On failure the current project stays."""
        window = self._window
        current = window.project
        if current.path is not None and Path(path).expanduser().resolve() == current.path.resolve():
            window.show_status(WindowProjects.tr("That project is already open."))
            return True
        outcome = window.ops.run(WindowProjects.tr("Open the project"), lambda: self._opened(path, create),
                                 details=WindowProjects.tr("{project} is still open.").format(
                                     project=current.shown_location))
        if outcome is None:
            if not Path(path).expanduser().exists():
                window.recent.remove(path)
            return False
        project, author_id = outcome.value
        self._make_current(project, author_id)
        return True

    def _opened(self, path: str, create: bool) -> Outcome[tuple[Project, int]]:
        """Open (or create) the project and make sure the analyst is one of its authors."""
        from desktop.ui.upgrade_progress import UpgradeProgress

        progress = UpgradeProgress(self._window)  # an older project may need its search index built
        try:
            project = open_or_create(path, create=create, progress=progress, check_later=True)
        finally:
            progress.close()
        profile = self._window.profile
        try:
            author_id = session_author(project, profile.key, profile.name, profile.colour).value
        except BaseException:
            project.close()
            raise
        return Outcome((project, author_id))

    def switch_to(self, project: Project) -> bool:
        """Make ``project`` (already open) current: the views reload and the previous one is closed."""
        profile = self._window.profile
        outcome = self._window.ops.run(
            WindowProjects.tr("Switch project"),
            lambda: session_author(project, profile.key, profile.name, profile.colour))
        if outcome is None:
            return False
        self._make_current(project, outcome.value)
        return True

    def _make_current(self, project: Project, author_id: int) -> None:
        window = self._window
        window.panel.commit_pending()
        window.save_layout()
        previous = window.ops.replace_project(project, author_id)  # views reload on projectReplaced
        previous.close()
        window.recent.add(project.location)
        window.show_status(WindowProjects.tr("Opened {project}").format(project=project.shown_location))

    # --- profile ------------------------------------------------------------------------------
    def switch_author(self) -> None:
        from desktop.ui.profile_dialog import ProfileDialog, SwitchAuthorDialog

        window = self._window
        profiles, _active = profile_service.load_profiles()
        dialog = SwitchAuthorDialog(profiles, window.profile.key, window)
        if dialog.exec() != SwitchAuthorDialog.DialogCode.Accepted:
            return
        key = dialog.chosen_key()
        if key == SwitchAuthorDialog.NEW:
            # a colour nobody on this computer or in this project uses yet
            used = author_service.colours_in_use(window.project, (p.colour for p in profiles))
            editor = ProfileDialog(colour=author_service.free_colour(used), parent=window)
            if editor.exec() != ProfileDialog.DialogCode.Accepted:
                return
            self.set_profile(profile_service.save_profile(editor.name(), editor.colour()))
        elif key:
            self.set_profile(profile_service.switch_profile(key))

    def edit_profile(self) -> None:
        from desktop.ui.profile_dialog import ProfileDialog

        window = self._window
        dialog = ProfileDialog(window.profile.name, window.profile.colour, parent=window)
        if dialog.exec() == ProfileDialog.DialogCode.Accepted:
            self.set_profile(profile_service.save_profile(dialog.name(), dialog.colour(), key=window.profile.key))

    def set_profile(self, profile: Profile) -> None:
        """Annotate as ``profile`` from now on (its author is added to the project if new)."""
        window = self._window
        window.panel.commit_pending()
        window.profile = profile
        project = window.project
        outcome = window.ops.run(WindowProjects.tr("Annotate as {name}").format(name=profile.name),
                                 lambda: session_author(project, profile.key, profile.name, profile.colour))
        if outcome is None:
            return
        window.ops.set_author(outcome.value)
        window.load_authors()
        window.show_status(WindowProjects.tr("Annotating as {name}").format(name=profile.name))
