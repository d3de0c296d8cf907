"""File › Import Colleague's Annotations with a file from another tool whose tags name no kind:
the analyst is asked which kind to import them as (the menu form of `annotations import --as`)."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop.services.incoming import SkipReason
from desktop.services.queries import list_annotations
from desktop.ui.colleague_import import install
from tests.gui.background import wait_for_background

pytestmark = pytest.mark.gui

HYPOTHESIS = Path(__file__).resolve().parent.parent / "fixtures" / "interchange" / "hypothesis_export.json"


@pytest.mark.parametrize("answer", [("entity", True), ("", False)])
def test_untyped_annotations_are_imported_as_the_kind_the_analyst_picks(qtbot, window, gui_project, monkeypatch, answer):
    exchange = install(window)
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(HYPOTHESIS), ""))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: asked.append(a) or answer)
    exchange.import_action.trigger()
    wait_for_background(qtbot, window)
    kinds = sorted(a.kind for a in list_annotations(gui_project))
    assert asked and "name no kind" in asked[0][2]
    if answer[1]:
        assert kinds == ["claim", "entity", "figure"]  # tagged ones keep their kind; the untyped one is an entity
    else:
        assert kinds == ["claim", "figure"]  # declined: the untyped one stays out, as the report says
        assert [s.code for s in exchange.last_report_dialog.report.needs_kind] == [SkipReason.NO_KIND]
