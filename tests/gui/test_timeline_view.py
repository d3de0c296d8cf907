"""The Timeline tab beside Compare Sources, in the real window."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDockWidget

from tests.fixtures.timeline import ANNOUNCED, tag_the_seed_dates

pytestmark = pytest.mark.gui


def _feature(window):
    return window.findChild(object, "lineupFeature")


def test_the_timeline_shows_the_announcement_dates_of_000_and_004_side_by_side(qtbot, window, gui_project):
    ids = tag_the_seed_dates(gui_project, window.ops.author_id)
    feature = _feature(window)
    feature.timeline_action.trigger()

    dock = window.findChild(QDockWidget, "timelineDock")
    assert dock.isVisible()
    compare = window.findChild(QDockWidget, "compareDock")
    assert dock in window.tabifiedDockWidgets(compare) or compare in window.tabifiedDockWidgets(dock) \
        or window.dockWidgetArea(dock) == window.dockWidgetArea(compare)
    view = feature.timeline_view()
    tree = view.tree
    top = tree.topLevelItem(0)
    assert top.text(0) == f"⚠ {ANNOUNCED}" and top.text(1) == "sources disagree"
    rows = [(top.child(i).text(0), top.child(i).text(1), top.child(i).text(2)) for i in range(top.childCount())]
    assert rows == [("Cryptopolitan", "2025-06-12", "day"), ("FT 2025-07-15", "≥ 2025-07-09", "day")]

    # the chart: one lane per source, every dated event on one axis
    svg = view.chart.svg
    assert svg.count(">Cryptopolitan<") == 1 and svg.count(">FT 2025-07-15<") == 1
    assert f"{ANNOUNCED} · 2025-06-12" in svg and f"{ANNOUNCED} · 2025-07-09" in svg
    assert "2016" in svg and "2025-07-15" in svg  # events with no measure are on the axis too
    assert view.chart.renderer() is not None and view.chart.renderer().isValid()

    # a double click on a source's date shows its quote in the article
    view.annotationActivated.emit(*top.child(0).data(0, 0x0100))
    assert window.current_annotation() == ids["thursday"]


def test_the_timeline_follows_an_edit(qtbot, window, gui_project):
    ids = tag_the_seed_dates(gui_project, window.ops.author_id)
    feature = _feature(window)
    feature.timeline_action.trigger()
    view = feature.timeline_view()
    window.ops.update_annotation(ids["wednesday"], value="2025-06-12", bound="exact")
    qtbot.waitUntil(lambda: not view.tree.topLevelItem(0).text(0).startswith("⚠"), timeout=5000)
    assert view.tree.topLevelItem(0).text(1) == "sources agree"
