"""Find all mentions and Find figures over more text than the window reads at once: the search runs in a
worker thread (progress, Cancel); the suggestions list fills when it is done, the same as a short search."""

from __future__ import annotations

import threading

import pytest

from desktop.services import register
from desktop.services import suggestions as suggestion_service
from desktop.ui.lineup import suggestions_controller as controller
from tests.fixtures.lineup import seed_documents
from tests.gui.background import wait_for_background

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"


@pytest.fixture
def setup(make_window, gui_project):
    docs = {number: doc_id for number, (doc_id, _text) in seed_documents(gui_project).items()}
    openai = register.create_entity(gui_project, "OpenAI").value
    window = make_window(gui_project)
    window.open_document(docs["000"])
    return window, window.features[FEATURE], openai


def _ids(feature) -> list[str]:
    return [s.id for s in feature.suggestions.items()]


def test_find_mentions_over_a_large_desk_runs_in_a_worker_and_lists_the_same(qtbot, setup, monkeypatch):
    window, feature, openai = setup
    assert feature.suggestions.find_mentions(openai) > 0  # short: searched at once
    expected = _ids(feature)
    feature.suggestions.clear()

    monkeypatch.setattr(controller, "BACKGROUND_CHARACTERS", 1)  # every desk is "large" now
    assert feature.suggestions.find_mentions(openai) == -1
    assert window.ops.background is not None and _ids(feature) == []  # the list fills when the search is done
    wait_for_background(qtbot, window)
    assert _ids(feature) == expected
    assert window.ops.last_failure is None


def test_find_figures_in_a_long_article_runs_in_a_worker_and_lists_the_same(qtbot, setup, monkeypatch):
    window, feature, _openai = setup
    assert feature.find_figures() > 0
    expected = _ids(feature)
    feature.suggestions.clear()

    monkeypatch.setattr(controller, "BACKGROUND_CHARACTERS", 1)
    feature.find_figures()
    assert window.ops.background is not None
    wait_for_background(qtbot, window)
    assert _ids(feature) == expected


def test_cancelling_a_long_search_lists_nothing(qtbot, setup, monkeypatch):
    window, feature, openai = setup
    real = suggestion_service.suggest_mentions  # looked up there at each search
    cancelled = threading.Event()

    def waits_for_cancel(*args, **kwargs):  # the worker: still searching when Cancel is pressed
        assert cancelled.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(suggestion_service, "suggest_mentions", waits_for_cancel)
    monkeypatch.setattr(controller, "BACKGROUND_CHARACTERS", 1)
    assert feature.suggestions.find_mentions(openai) == -1
    window.ops.background.cancel()
    cancelled.set()
    wait_for_background(qtbot, window)
    assert _ids(feature) == []
    assert window.ops.last_failure is not None and window.ops.last_failure.cancelled
