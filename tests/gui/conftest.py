"""GUI fixtures: the REAL main window, built exactly as ``desktop.ui.app`` builds it, over a seeded
project in tmp_path, with its QSettings in a tmp_path file (never the user's)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.profiles import Profile, save_profile
from desktop.services.seeding import seed_project
from desktop.storage.project import Project, open_project
from desktop.ui.app import build_main_window, configure_application
from desktop.ui.main_window import MainWindow
from tests.gui.leaks import LeakWatch

pytestmark = pytest.mark.gui

ITALIAN_SEED_TITLE = "OpenAI continuerà a collaborare con Scale AI dopo l'investimento di Meta"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder is a window test (marked ``gui``), whether its module says so or not."""
    here = Path(__file__).parent
    for item in items:
        if here in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def no_leftovers(qapp):
    """Fail a test that leaves a top-level widget, a pending deferred call or a running timer behind
    (checked after pytest-qt has closed the test's widgets; see tests/gui/leaks.py)."""
    watch = LeakWatch()
    watch.install()
    try:
        yield watch
        watch.check()
    finally:
        watch.uninstall()


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings" / "evidence-desk.ini")


@pytest.fixture
def settings(settings_path):
    return QSettings(settings_path, QSettings.Format.IniFormat)


@pytest.fixture
def profile() -> Profile:
    return save_profile("Giulia Rossi", "#d62728")


@pytest.fixture
def project_path(tmp_path):
    return tmp_path / "workbench.evidence"


@pytest.fixture
def gui_project(project_path, profile) -> Project:
    project = open_project(project_path)
    seed_project(project)
    ensure_author(project, profile.key, profile.name, profile.colour)
    yield project
    project.close()


@pytest.fixture
def make_window(qtbot, qapp, settings_path, profile) -> Callable[..., MainWindow]:
    """``make_window(project)`` -> a shown MainWindow; each call reads the same settings file."""
    made: list[MainWindow] = []
    style_sheet = qapp.styleSheet()

    def factory(project: Project, show: bool = True) -> MainWindow:
        configure_application(qapp)
        window = build_main_window(project, profile, QSettings(settings_path, QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        made.append(window)
        if show:
            window.show()
            qtbot.waitExposed(window)
            window.activateWindow()  # shortcuts (Ctrl+Z, Delete) fire only in the active window
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    yield factory
    for window in made:
        if window.isVisible():
            window.close()
    qapp.setStyleSheet(style_sheet)  # leave the application as other test modules expect it


@pytest.fixture
def window(make_window, gui_project) -> MainWindow:
    return make_window(gui_project)


@pytest.fixture
def italian_id(gui_project) -> int:
    return next(d.id for d in list_documents(gui_project) if d.title == ITALIAN_SEED_TITLE)


def offsets(project: Project, document_id: int, phrase: str) -> tuple[int, int]:
    """Code-point offsets of ``phrase`` in a document (the way an analyst would select it)."""
    text = document_text(project, document_id)
    start = text.index(phrase)
    return start, start + len(phrase)


def select_phrase(window: MainWindow, pane, phrase: str) -> tuple[int, int]:
    """Select ``phrase`` in the pane's document and give the pane the focus, as a mouse drag would."""
    start, end = offsets(window.ops.project, pane.document_id, phrase)
    pane.select_range(start, end)
    pane.text_view().setFocus(Qt.FocusReason.MouseFocusReason)
    return start, end


def shown_register(qtbot, window: MainWindow):
    """The register dock in front and listed (out of sight it is listed when it comes into sight)."""
    feature = window.features["desktop.ui.lineup.install"]
    feature.register_dock.show()
    feature.register_dock.raise_()
    qtbot.waitUntil(lambda: not feature._register_stale and feature.register._project is not None)
    register_listed(qtbot, window)
    return feature.register


def register_listed(qtbot, window: MainWindow) -> None:
    """The register shows the rows after the last change: they are listed in a worker thread (a moment after
    a tag, at once after a change to the register), and shown in the window's thread when they are there."""
    feature = window.features["desktop.ui.lineup.install"]
    qtbot.waitUntil(lambda: not feature._reload_timer.isActive() and not feature.register.computing())


def listed_ids(window: MainWindow) -> list[str]:
    """The annotation ids of the list "Annotations in this article", top to bottom."""
    model = window.annotation_list.model
    return [model.key(r) for r in range(model.rowCount())]


def lists_followed(qtbot, window: MainWindow) -> None:
    """The annotation and document lists have followed a tag or an edit: they do on the event loop's next turn,
    once the highlight is painted (``desktop.ui.next_turn``)."""
    qtbot.waitUntil(lambda: not window.lists.pending())


def tag_phrase(qtbot, window: MainWindow, pane, phrase: str, key) -> str:
    """Select ``phrase`` and press the tagging key (E/F/C) in the pane; returns the new annotation id."""
    select_phrase(window, pane, phrase)
    qtbot.keyClick(pane.text_view(), key)
    annotation_id = window.current_annotation()
    assert annotation_id is not None, window.statusBar().currentMessage()
    return annotation_id


@pytest.fixture
def pane(window, italian_id):
    """The first pane, showing the Italian seed article 000."""
    pane = window.pane_area.panes()[0]
    if pane.document_id != italian_id:
        window.open_document(italian_id, pane)
    return pane
