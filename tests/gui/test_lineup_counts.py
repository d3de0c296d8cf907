"""The register and Compare count the same claims and figures; the badges are right after a restart; an
empty comparison says what it hides and why."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.services import register
from desktop.services.authors import ensure_author
from desktop.services.queries import list_annotations
from desktop.ui.lineup.register_dock import STALE_MS
from tests.fixtures.lineup import OPENAI_KEEPS_WORKING, tag_seed_lineup
from tests.gui.conftest import register_listed

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"


@pytest.fixture
def lineup_ids(gui_project, profile) -> dict[str, str]:
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    return tag_seed_lineup(gui_project, author)


def _open_compare(qtbot, window):
    feature = window.features[FEATURE]
    reading = window.pane_area.active_pane().text_view()
    reading.setFocus()
    qtbot.keyClick(reading, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: feature.compare_dock.isVisible() and feature.compare is not None)
    return feature.compare


def _register_stances(panel) -> tuple[str, str]:
    props = panel.propositions
    row = next(r for r in range(props.proxy.rowCount()) if props.proxy.index(r, 0).data() == OPENAI_KEEPS_WORKING)
    return props.proxy.index(row, 1).data(), props.proxy.index(row, 2).data()


def test_a_rejected_claim_leaves_both_counts_alike(qtbot, make_window, gui_project, lineup_ids):
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    panel = feature.register
    view = _open_compare(qtbot, window)
    qtbot.waitUntil(lambda: view.proposition_section(OPENAI_KEEPS_WORKING) is not None)
    feature.register_dock.show()
    feature.register_dock.raise_()  # the analyst looks at the register (out of sight, it counts when shown)
    qtbot.waitUntil(lambda: panel._project is not None)
    panel.tabs.setCurrentWidget(panel.propositions)
    register_listed(qtbot, window)
    assert _register_stances(panel) == ("2", "1")

    assert window.ops.set_status(lineup_ids["claim/003"], "rejected")  # one of the two asserting claims

    qtbot.waitUntil(lambda: _register_stances(panel) == ("1", "1"))
    qtbot.waitUntil(lambda: len(view.proposition_section(OPENAI_KEEPS_WORKING).comparison.asserts) == 1)
    section = view.proposition_section(OPENAI_KEEPS_WORKING).comparison
    assert _register_stances(panel) == (str(len(section.asserts)), str(len(section.denies)))

    view.include_rejected.setChecked(True)  # Compare's options are the register's too
    qtbot.waitUntil(lambda: _register_stances(panel) == ("2", "1"))
    assert "rejected" in panel.tabs.tabToolTip(2)


def test_after_a_restart_the_badges_are_there_without_opening_the_tab(qtbot, make_window, gui_project,
                                                                        lineup_ids):
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    panel = feature.register
    feature.register_dock.show()
    feature.register_dock.raise_()  # the analyst looks at the register
    assert panel.current_tab() is panel.entities  # the measures and propositions tabs are not on screen
    qtbot.waitUntil(lambda: "1 ⚠" in panel.tabs.tabText(1) and "1 ⚠" in panel.tabs.tabText(2))


def test_the_comparison_behind_the_badges_waits_until_the_register_is_in_sight(qtbot, make_window, gui_project,
                                                                               lineup_ids, monkeypatch):
    counted: list[str] = []
    real_measures, real_propositions = register.list_measures, register.list_propositions
    monkeypatch.setattr(register, "list_measures", lambda *a: counted.append("m") or real_measures(*a))
    monkeypatch.setattr(register, "list_propositions", lambda *a: counted.append("p") or real_propositions(*a))
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    panel = feature.register
    if not panel.visibleRegion().isEmpty():  # a layout with the register in front: put another dock before it
        feature.register_dock.hide()
    qtbot.wait(3 * STALE_MS)  # start-up is over, the register out of sight: nothing compared
    assert counted == []
    assert "⚠" not in panel.tabs.tabText(1)
    feature.register_dock.show()
    feature.register_dock.raise_()
    qtbot.waitUntil(lambda: "1 ⚠" in panel.tabs.tabText(1) and "1 ⚠" in panel.tabs.tabText(2))
    assert sorted(counted) == ["m", "p"]


def test_nothing_accepted_says_what_waits_for_review(qtbot, make_window, gui_project, lineup_ids):
    window = make_window(gui_project)
    view = _open_compare(qtbot, window)
    view.include_pending.setChecked(False)
    qtbot.waitUntil(lambda: view.empty_label is not None)  # computed off the GUI thread
    figures = sum(1 for a in list_annotations(gui_project, kind="figure") if a.measure_id is not None)
    claims = sum(1 for a in list_annotations(gui_project, kind="claim") if a.proposition_id is not None)
    assert view.measure_sections == [] and view.empty_label is not None
    text = view.empty_label.text()
    assert f"{figures} figures and {claims} claims wait for review" in text
    assert "Include pending" in text and "Nothing to compare yet" not in text

    assert window.ops.set_status(lineup_ids["claim/001"], "accepted")
    qtbot.waitUntil(lambda: view.proposition_section(OPENAI_KEEPS_WORKING) is not None)
    assert f"not shown: {figures} figures and {claims - 1} claims wait for review" in view.overview.text()
