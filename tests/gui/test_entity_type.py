"""The entity's type is part of tagging: the panel offers it with keys, a guess is shown as one, and the
dossier prints a person as a person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.dossier.build import build_dossier
from desktop.dossier.model import DossierOptions
from desktop.services.queries import get_annotation
from tests.gui.conftest import tag_phrase

pytestmark = pytest.mark.gui


def _buttons(window):
    return window.panel.entity_type.buttons


def test_a_persons_name_is_guessed_and_alt_1_confirms_it(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, "Sarah Friar", Qt.Key.Key_E)
    assert window.focusWidget() is window.panel.entity
    window.panel.entity.setText("Sarah Friar")
    qtbot.keyClick(window.panel.entity, Qt.Key.Key_Return)

    view = get_annotation(gui_project, annotation_id)
    assert (view.entity_type, view.entity_type_guessed) == ("person", True)
    person = _buttons(window)["person"]
    assert person.text() == "Person?" and person.property("guess") and not person.isChecked()
    assert "guess" in window.panel.entity_type.state.text()

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    view = get_annotation(gui_project, annotation_id)
    assert (view.entity_type, view.entity_type_guessed) == ("person", False)
    assert person.isChecked() and person.text() == "Person" and not window.panel.entity_type.state.isVisible()

    window.undo()  # the choice is one undo step: the guess is back
    assert get_annotation(gui_project, annotation_id).entity_type_guessed
    assert person.text() == "Person?"


def test_an_unnamed_entity_takes_its_quote_as_name_with_the_type_chosen(qtbot, window, pane, gui_project):
    annotation_id = tag_phrase(qtbot, window, pane, "Meta Platforms Inc.", Qt.Key.Key_E)
    assert "not chosen" in window.panel.entity_type.state.text()
    assert not any(b.isChecked() for b in _buttons(window).values())

    _buttons(window)["organization"].click()

    view = get_annotation(gui_project, annotation_id)
    assert (view.entity_name, view.entity_type, view.entity_type_guessed) == ("Meta Platforms Inc.", "organization",
                                                                             False)
    assert _buttons(window)["organization"].isChecked()
    window.undo()  # naming and typing were one step
    assert get_annotation(gui_project, annotation_id).entity_id is None


def test_the_keys_are_in_the_edit_menu_and_the_f1_sheet(window):
    menu_texts = [a.text() for a in window.entity_type_menu.actions()]
    assert menu_texts == ["Person", "Organization", "Place", "Product", "Event", "Other"]
    sheet = window.show_shortcuts()
    text = sheet.text()
    assert "Edit › Entity Type" in text and "Alt+1" in text and "Alt+6" in text
    sheet.close()


def test_the_seed_dossier_shows_the_people_tagged_as_people(qtbot, window, pane, gui_project):
    for name in ("Sarah Friar", "Scale AI"):
        annotation_id = tag_phrase(qtbot, window, pane, name, Qt.Key.Key_E)
        qtbot.keyClick(window.panel.entity, Qt.Key.Key_Return)  # the quote is the name
        if name == "Scale AI":
            qtbot.keyClick(pane.text_view(), Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
        else:
            qtbot.keyClick(pane.text_view(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
        window.ops.set_status(annotation_id, "accepted")
    types = {e.name: e.type_text for e in build_dossier(gui_project, DossierOptions()).entities}
    assert types == {"Sarah Friar": "person", "Scale AI": "organization"}
