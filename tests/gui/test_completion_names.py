"""The panel's fields complete the project's names: read when a field first needs them, not at launch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services.register import create_entity, create_measure
from desktop.services.vocabulary import completion_names
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui

FIGURE = "circa 14 miliardi di dollari"


@pytest.fixture
def named_project(gui_project):
    create_measure(gui_project, "Scale AI valuation", "USD")
    create_measure(gui_project, "Meta stake in Scale AI")
    create_entity(gui_project, "Scale AI")
    return gui_project


def test_the_measure_field_completes_the_measures_the_project_already_had(qtbot, make_window, named_project,
                                                                           italian_id):
    gui_project = named_project
    window = make_window(gui_project)
    pane = window.open_document(italian_id)
    known = completion_names(gui_project)
    assert len(known.measures) == 2 and known.entities == ["Scale AI"]
    tag_phrase(qtbot, window, pane, FIGURE, Qt.Key.Key_F)  # the panel asks for the measure: the field has the focus
    assert window.focusWidget() is window.panel.measure

    completer = window.panel.measure.completer()
    assert sorted(completer.model().stringList()) == sorted(known.measures)
    assert sorted(window.panel.entity.completer().model().stringList()) == sorted(known.entities)
    qtbot.keyClicks(window.panel.measure, "valu")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    shown = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert shown == ["Scale AI valuation"]
