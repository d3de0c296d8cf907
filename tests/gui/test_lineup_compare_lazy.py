"""The comparison view on many measures: computed off the GUI thread (it says so, then fills in), only the
cards in sight are built (one far down is built when scrolled to, with its own rows), and a change to one
measure makes again only that measure's card."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.ui.lineup.labels import document_labels
from tests.fixtures.lineup import INVESTMENT, seed_documents, tag_seed_lineup

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"
MEASURES = 30
VALUES = ("10", "20", "30")  # three sources that cannot agree: every measure is flagged, its card open


def measure_label(number: int) -> str:
    return f"Measure {number:02d}"


@pytest.fixture
def many(gui_project, profile) -> dict[tuple[int, int], str]:
    """Thirty measures with three disagreeing figures each, on three articles: {(measure, source): id}."""
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    tag_seed_lineup(gui_project, author)
    docs = seed_documents(gui_project)
    ids = {}
    for number in range(MEASURES):
        for source, (doc, value) in enumerate(zip(("000", "003", "004"), VALUES, strict=True)):
            doc_id, text = docs[doc]
            start = 40 * number + 7 * source
            ids[(number, source)] = create_annotation(
                gui_project, document_id=doc_id, start=start, end=start + 5, kind="figure", author_id=author,
                value=value, unit="%", bound="exact", measure_label=measure_label(number)).value
    return ids


@pytest.fixture
def window(qtbot, make_window, gui_project, many):
    window = make_window(gui_project, show=False)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


def _open(qtbot, window):
    feature = window.features[FEATURE]
    feature.show_compare()
    view = feature.compare
    assert view.computing() and "Computing" in view.overview.text()  # said at once, while a worker computes
    qtbot.waitUntil(lambda: not view.computing() and bool(view.measure_sections))
    return view


def test_the_view_fills_in_once_computed_and_builds_only_the_cards_in_sight(qtbot, window, gui_project):
    view = _open(qtbot, window)
    assert f"{MEASURES + 1} of {MEASURES + 3} measures: sources disagree" in view.overview.text()
    assert view.section_count() == MEASURES + 3 + 1  # every measure and the proposition has its place
    assert 0 < view.built_sections() < view.section_count() // 2  # …but only the cards in sight are built
    far = measure_label(MEASURES - 1)  # disagreeing measures first, by label: the last of them is far down
    assert far not in view.built_labels()

    bar = view.scroll_area.verticalScrollBar()

    def scrolled_to_it() -> bool:
        bar.setValue(bar.value() + bar.pageStep() // 2)  # the analyst scrolls down, half a page at a time
        QApplication.processEvents()
        section = next((s for s in view.measure_sections if s.comparison.label == far), None)
        return section is not None and not section.visibleRegion().isEmpty()

    qtbot.waitUntil(scrolled_to_it, timeout=20000)
    section = next(s for s in view.measure_sections if s.comparison.label == far)
    labels = document_labels(gui_project)
    model = section.model
    rows = [(model.row(r).document_label, model.index(r, model.VALUE).data()) for r in range(model.rowCount())]
    by_document = {labels[model.row(r).document_id]: model.index(r, model.VALUE).data()
                   for r in range(model.rowCount())}
    assert sorted(v for _label, v in rows) == ["10%", "20%", "30%"]  # its own three figures, not another's
    assert len(by_document) == 3
    assert section.flagged and section.badge.text() == "⚠ Sources disagree"
    assert section.chart.svg and "#c2410c" in section.chart.svg  # charted, the outliers in the warning colour


def test_a_change_to_one_measure_makes_again_only_its_card(qtbot, window, many):
    view = _open(qtbot, window)
    first = measure_label(0)
    built = {s.comparison.label: s for s in view.measure_sections}
    assert first in built and len(built) >= 2
    before = built[first]
    assert before.model.rowCount() == 3

    assert window.ops.set_status(many[(0, 2)], "rejected")  # rejected: no longer compared
    qtbot.waitUntil(lambda: view.measure_section(first) is not before and not view.computing())
    after = view.measure_section(first)
    assert after.model.rowCount() == 2
    assert sorted(after.model.index(r, after.model.VALUE).data() for r in range(2)) == ["10%", "20%"]
    for label, section in built.items():  # the other cards in sight stay as they were
        if label != first:
            assert view.measure_section(label) is section, label
    assert view.measure_section(INVESTMENT) is not None
