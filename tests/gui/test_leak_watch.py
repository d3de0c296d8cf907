"""The leak watch every GUI test runs under (tests/gui/leaks.py) fails what it promises to fail."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, QThread, QTimer
from PySide6.QtWidgets import QWidget

from tests.gui.leaks import LeakWatch, UnownedTimer


@pytest.fixture
def watch():
    inner = LeakWatch()
    inner.install()
    yield inner
    inner.uninstall()


def test_a_timer_without_an_owner_fails_where_it_is_queued(watch):
    fired: list[int] = []
    with pytest.raises(UnownedTimer):
        QTimer.singleShot(0, lambda: fired.append(1))
    watch.check()
    assert fired == []  # refused, not queued


def test_a_top_level_widget_left_alive_fails(watch):
    widget = QWidget()
    widget.setWindowTitle("forgotten dialog")
    with pytest.raises(AssertionError, match="forgotten dialog"):
        watch.check()
    widget.deleteLater()
    watch.check()  # deleted: nothing left


def test_an_owned_call_still_pending_fails_and_one_whose_owner_is_gone_does_not(watch):
    owner = QObject()
    QTimer.singleShot(60_000, owner, lambda: None)
    with pytest.raises(AssertionError, match="deferred call owned by QObject"):
        watch.check()
    owner.deleteLater()
    watch.check()


def test_an_owned_call_that_runs_at_once_is_no_leak(watch):
    owner = QObject()
    fired: list[int] = []
    QTimer.singleShot(0, owner, lambda: fired.append(1))
    watch.check()
    assert fired == [1]


def test_a_running_timer_fails(watch):
    timer = QTimer()
    timer.start(60_000)
    with pytest.raises(AssertionError, match="QTimer is still running"):
        watch.check()
    timer.stop()
    watch.check()


def test_a_python_thread_still_running_fails(watch):
    release = threading.Event()
    worker = threading.Thread(target=release.wait, name="forgotten import")
    worker.start()
    try:
        with pytest.raises(AssertionError, match="thread is still running: 'forgotten import'"):
            watch.check()
    finally:
        release.set()
        worker.join()
    watch.check()  # finished: nothing left


class _Waiting(QThread):
    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait()


def test_a_qthread_still_running_fails(watch):
    thread = _Waiting()
    thread.start()
    try:
        with pytest.raises(AssertionError, match=r"QThread \(_Waiting\) is still running"):
            watch.check()
    finally:
        thread.release.set()
        thread.wait()
    watch.check()
