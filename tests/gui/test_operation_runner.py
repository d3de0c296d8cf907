"""The operation runner in the real window: a write the database refuses is ONE message and no undo step;
a bug is logged, not shown as a traceback; a long import runs off the GUI thread with progress, and Cancel
leaves nothing written."""

from __future__ import annotations

import sqlite3
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from desktop.interchange.w3c_io import export_w3c
from desktop.services import annotations as annotation_service
from desktop.services import exchange as exchange_service
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation, list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.errors import ConflictingWrite, DatabaseBusy
from desktop.storage.project import open_project
from desktop.ui.colleague_import import install
from tests.gui.background import wait_for_background
from tests.gui.conftest import ITALIAN_SEED_TITLE, select_phrase, tag_phrase

pytestmark = pytest.mark.gui

FIGURE = "circa 14 miliardi di dollari"
ENTITY = "Scale AI"
BUSY = "The project is busy: another program is writing to it. Try again in a moment."


def warning_box(window) -> QMessageBox:
    box = window.last_message
    assert box is not None and box.isVisible() and box.icon() == QMessageBox.Icon.Warning
    return box


def test_a_busy_database_is_one_message_and_no_tag_and_no_undo_step(qtbot, window, pane, gui_project, capfd):
    """Another writer holds the project for longer than we wait: the tag is not made, and the analyst is told."""
    steps = window.ops.undo_stack.count()
    holder = sqlite3.connect(gui_project.location, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # the write lock, held until the end of the test's attempt
    try:
        select_phrase(window, pane, ENTITY)
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    box = warning_box(window)
    assert box.windowTitle() == "Cannot tag entity"
    assert list_annotations(gui_project) == []
    assert window.ops.undo_stack.count() == steps and window.current_annotation() is None
    assert pane.spans() == [] or all(s.id is None for s in pane.spans())
    assert "Traceback" not in capfd.readouterr().err
    box.accept()


def test_a_storage_error_is_shown_once_and_pushes_nothing(qtbot, window, pane, gui_project, monkeypatch):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    steps = window.ops.undo_stack.count()
    shown = []
    window.ops.failed.connect(shown.append)

    def refuse(*args, **kwargs):
        raise ConflictingWrite("Someone else changed this annotation at the same moment; yours was not stored.")

    monkeypatch.setattr(annotation_service, "edit_annotation", refuse)
    assert window.ops.update_annotation(annotation_id, note="from the WSJ") is False
    assert shown == ["Cannot edit note: Someone else changed this annotation at the same moment; "
                     "yours was not stored."]
    assert warning_box(window).text() == shown[0]
    assert window.ops.undo_stack.count() == steps
    assert get_annotation(gui_project, annotation_id).note == ""


def test_an_undo_the_database_refuses_is_told_and_dropped(qtbot, window, pane, gui_project, monkeypatch):
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    assert window.ops.undo_stack.count() == 1

    def busy(*args, **kwargs):
        raise DatabaseBusy(BUSY)

    monkeypatch.setattr(annotation_service, "delete_annotation", busy)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert BUSY in warning_box(window).text()
    assert get_annotation(gui_project, annotation_id) is not None  # still there, and the window says so
    assert window.ops.undo_stack.count() == 0  # a step that cannot be replayed is not kept


def test_a_bug_is_logged_with_its_traceback_and_shown_as_a_plain_message(
        qtbot, window, pane, gui_project, monkeypatch, isolated_user_dirs, capfd):
    def broken(*args, **kwargs):
        raise KeyError("kind")

    monkeypatch.setattr(annotation_service, "create_annotation", broken)
    select_phrase(window, pane, ENTITY)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)
    text = warning_box(window).text()
    assert text.startswith("Something went wrong: “Tag entity” was not done")
    log = isolated_user_dirs / "state" / "evidence-desk" / "errors.log"
    assert str(log) in text
    logged = log.read_text(encoding="utf-8")
    assert "Tag entity" in logged and "Traceback" in logged and "KeyError: 'kind'" in logged
    assert "Traceback" not in capfd.readouterr().err and "Traceback" not in text
    assert list_annotations(gui_project) == [] and window.ops.undo_stack.count() == 0


@pytest.fixture
def colleague_file(tmp_path):
    """Marco's three annotations on the Italian article, exported for a colleague."""
    project = open_project(tmp_path / "marco.evidence")
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    doc = next(d.id for d in list_documents(project) if d.title == ITALIAN_SEED_TITLE)
    text = document_text(project, doc)
    for phrase, kind in ((ENTITY, "entity"), (FIGURE, "figure"), ("Meta", "entity")):
        start = text.index(phrase)
        create_annotation(project, document_id=doc, start=start, end=start + len(phrase), kind=kind,
                          author_id=author)
    out = tmp_path / "from-marco.jsonld"
    export_w3c(project, out)
    project.close()
    return out


def test_a_background_import_shows_progress_and_cancel_writes_nothing(
        qtbot, window, pane, gui_project, colleague_file, monkeypatch):
    exchange = install(window)
    entered, release = threading.Event(), threading.Event()
    real = exchange_service.import_one_annotation

    def held(run, item):  # the worker waits here until the test has pressed Cancel
        entered.set()
        assert release.wait(30)
        real(run, item)

    monkeypatch.setattr(exchange_service, "import_one_annotation", held)
    exchange.progress_after_ms = 0
    op = exchange.import_path(colleague_file)
    assert op is not None
    dialog = window.findChild(QProgressDialog, "operationProgress")
    size = colleague_file.stat().st_size  # the file is read as a stream: progress counts its bytes
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.maximum() == size)
    qtbot.waitUntil(entered.is_set)
    assert not op.done and window.ops.background is op

    assert window.ops.update_annotation("no-such-id", note="x") is False  # another write waits its turn
    assert "is in progress" in window.statusBar().currentMessage()

    cancel = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    release.set()
    wait_for_background(qtbot, window)

    assert op.failure is not None and op.failure.cancelled
    assert list_annotations(gui_project) == []
    assert exchange.last_report_dialog is None
    assert "cancelled, nothing was written" in window.statusBar().currentMessage()
    assert window.findChild(QProgressDialog, "operationProgress") is None or not dialog.isVisible()

    monkeypatch.setattr(exchange_service, "import_one_annotation", real)  # the same file, not cancelled
    exchange.import_path(colleague_file)
    wait_for_background(qtbot, window)
    assert len(list_annotations(gui_project)) == 3
    assert len(exchange.last_report_dialog.report.imported) == 3
    exchange.last_report_dialog.accept()


def test_closing_the_window_during_an_import_cancels_it_and_ends_its_thread(
        qtbot, window, pane, gui_project, colleague_file, monkeypatch):
    """The analyst closes the window while a colleague's file is imported: the import is cancelled (nothing
    written), its worker thread has ended by the time the window is closed, and the edit in progress is kept."""
    exchange = install(window)
    entered = threading.Event()
    real = exchange_service.import_one_annotation
    running: list = []

    def held(run, item):  # the worker stays here until the import is cancelled (no fixed wait)
        entered.set()
        for _ in range(3000):  # at most 30 s, should the window never cancel it
            if running[0].cancel_requested:
                break
            threading.Event().wait(0.01)
        real(run, item)

    monkeypatch.setattr(exchange_service, "import_one_annotation", held)
    annotation_id = tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)
    op = exchange.import_path(colleague_file)
    assert op is not None
    running.append(op)
    assert entered.wait(30)
    window.panel.note.setPlainText("from the WSJ")  # typed, not yet committed

    window.close()

    assert op.done and op.failure is not None and op.failure.cancelled
    assert window.ops.background is None
    assert not any(t.name == f"evidence-desk: {op.label}" for t in threading.enumerate())
    assert [a.id for a in list_annotations(gui_project)] == [annotation_id]  # none of Marco's
    assert get_annotation(gui_project, annotation_id).note == "from the WSJ"


def test_a_tag_waiting_for_an_import_elsewhere_says_so_in_the_status_bar_and_is_made(
        qtbot, window, pane, gui_project, project_path):
    """Another window (or process) runs a long import: the tag waits for it instead of failing, the status bar
    says what is in progress while it waits, and the tag is made once the import is done."""
    importer = open_project(project_path)  # the other window: its own connections
    holding, release = threading.Event(), threading.Event()
    shown: list[str] = []

    def other_window_imports() -> None:
        with importer.transaction(label="An import of 20,000 annotation(s)"):
            holding.set()
            release.wait(120)

    def told(_text: str) -> None:  # connected after the window's slot: the status bar already shows it
        shown.append(window.statusBar().currentMessage())
        release.set()

    window.ops.waiting.connect(told)
    worker = threading.Thread(target=other_window_imports)
    worker.start()
    try:
        assert holding.wait(60), "the other window never started its import"
        annotation_id = tag_phrase(qtbot, window, pane, ENTITY, Qt.Key.Key_E)
    finally:
        release.set()
        worker.join(60)
        importer.close()
    assert not worker.is_alive()
    assert shown and "An import of 20,000 annotation(s) is in progress" in shown[0]
    assert "waits for it" in shown[0]
    view = get_annotation(gui_project, annotation_id)
    assert view is not None and view.quote == ENTITY
    assert window.last_message is None or not window.last_message.isVisible()  # no failure box


def test_an_import_of_many_annotations_paints_those_of_the_open_article(qtbot, window, pane, gui_project, tmp_path):
    """More annotations than the window reads one by one (an import's change set): the open article shows each
    of its own, another article's leave the pane as it was."""
    project = open_project(tmp_path / "marco.evidence")
    seed_project(project)
    author = ensure_author(project, "marco-7f3a", "Marco").value
    documents = list_documents(project)
    italian = next(d.id for d in documents if d.title == ITALIAN_SEED_TITLE)
    other = next(d.id for d in documents if d.id != italian)
    made = {}
    for doc in (italian, other):
        text = document_text(project, doc)
        words = [n for n in range(1, len(text) - 4) if text[n - 1] == " " and text[n:n + 4].isalpha()][:70]
        made[doc] = {create_annotation(project, document_id=doc, start=n, end=n + 4, kind="entity",
                                       author_id=author).value for n in words}
    assert len(made[italian]) == 70
    out = tmp_path / "many.jsonld"
    export_w3c(project, out)
    project.close()
    before = {s.id for s in pane.spans()}

    install(window).import_path(out)
    wait_for_background(qtbot, window)

    shown = {s.id for s in pane.spans()}
    assert shown - before == made[italian]
    assert not shown & made[other]


def test_a_step_that_reports_often_reaches_the_window_at_a_pace_it_can_paint(qtbot, window):
    """Twenty thousand reports from the worker: the progress dialog is told far fewer times (each is a repaint
    in the GUI thread), but always the first, every new text and the last; Cancel still stops the step."""
    from desktop.services.changes import Outcome

    seen: list[tuple[int, int, str]] = []
    listening = threading.Event()

    def step(progress) -> Outcome[int]:
        assert listening.wait(30)  # until the test listens too
        for n in range(20_000):
            progress(n, 20_000, "reading" if n < 10_000 else "writing")
        progress(20_000, 20_000, "writing")
        return Outcome(20_000)

    op = window.ops.run_in_background("Many reports", step, show_after_ms=0)
    assert op is not None
    op.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    listening.set()
    wait_for_background(qtbot, window)
    assert op.outcome is not None and op.outcome.value == 20_000
    assert len(seen) < 2_000
    assert seen[0] == (0, 20_000, "reading") and seen[-1] == (20_000, 20_000, "writing")
    assert (10_000, 20_000, "writing") in seen  # the first report with a new text

    def endless(progress) -> Outcome[int]:
        n = 0
        while True:  # only a cancel ends it
            progress(n, 0, "")
            n += 1

    op = window.ops.run_in_background("Endless", endless, show_after_ms=0)
    assert op is not None
    op.cancel()
    wait_for_background(qtbot, window)
    assert op.failure is not None and op.failure.cancelled


def test_a_background_step_hands_the_gil_to_the_window_quickly_and_the_interval_is_back_after(qtbot, window):
    """While a step runs in a worker thread, the window's thread waits for the GIL a millisecond at most at
    each of its callbacks, not CPython's 5 ms (desktop/quick_switch.py); after the step, as before."""
    import sys

    from desktop.quick_switch import SWITCH_S
    from desktop.services.changes import Outcome

    before = sys.getswitchinterval()
    during: list[float] = []

    def step(progress) -> Outcome[int]:
        during.append(sys.getswitchinterval())
        return Outcome(1)

    op = window.ops.run_in_background("Quick", step, show_after_ms=0)
    assert op is not None
    wait_for_background(qtbot, window)
    assert op.outcome is not None and during == [SWITCH_S]
    assert sys.getswitchinterval() == before > SWITCH_S


def test_a_background_step_rests_while_the_window_repaints_at_its_start_and_when_its_progress_appears(
        qtbot, window, monkeypatch):
    """A worker busy in Python makes each of the window's calls into Python wait for the GIL: the step begins
    only once the window has handled what started it, and rests while its progress dialog appears (the
    window turns inactive and repaints); Cancel ends a resting step at once (desktop/ui/progress_showing.py)."""
    from desktop.services.changes import Outcome
    from desktop.ui import operation_support, progress_showing

    monkeypatch.setattr(progress_showing, "SETTLE_MS", 600_000)  # the test lets the step go on, not a timer
    monkeypatch.setattr(operation_support, "REST_LIMIT_S", 60.0)
    reports: list[int] = []
    finish = threading.Event()

    def step(progress) -> Outcome[int]:
        n = 0
        while not finish.is_set():
            reports.append(n)
            progress(n, 0, "")
            n += 1
        return Outcome(n)

    op = window.ops.run_in_background("A long step", step, show_after_ms=300)
    assert op is not None
    qtbot.waitUntil(lambda: op.resting)  # held from its start
    qtbot.wait(50)
    assert reports == [] and not op.done
    op.release()
    dialog = window.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: dialog.isVisible() and op.resting)  # the dialog appeared: the step rests
    held_at = len(reports)
    assert held_at > 0
    qtbot.wait(50)
    assert len(reports) == held_at
    op.release()
    qtbot.waitUntil(lambda: len(reports) > held_at)  # and goes on once let go
    finish.set()
    wait_for_background(qtbot, window)
    assert op.outcome is not None and op.outcome.value == len(reports)

    finish.clear()  # a step that only a cancel ends
    resting = window.ops.run_in_background("Another long step", step, show_after_ms=60_000)
    assert resting is not None
    qtbot.waitUntil(lambda: resting.resting)
    resting.cancel()  # not the rest's limit (a minute here): the cancel itself
    wait_for_background(qtbot, window)
    assert resting.failure is not None and resting.failure.cancelled


def test_the_progress_dialog_keeps_the_steps_name_with_what_it_is_at(qtbot, window):
    """A service reports what it is at in one word ("annotations"): the dialog says the step's name with it, in
    the analyst's language, not the bare word."""
    from desktop.services.changes import Outcome

    at_reviews, finish = threading.Event(), threading.Event()

    def step(progress) -> Outcome[int]:
        progress(1, 3, "annotations")
        progress(2, 3, "reviews")
        at_reviews.set()
        assert finish.wait(30)
        return Outcome(3)

    op = window.ops.run_in_background("Import marco.jsonld", step, show_after_ms=0)
    assert op is not None
    dialog = window.findChild(QProgressDialog, "operationProgress")
    qtbot.waitUntil(lambda: at_reviews.is_set() and dialog.labelText() == "Import marco.jsonld: reviews…")
    finish.set()
    wait_for_background(qtbot, window)
    assert op.outcome is not None
