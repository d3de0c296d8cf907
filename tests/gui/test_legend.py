"""View › Legend and the F1 sheet say what the highlights mean, drawn by the article view itself."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from desktop.services.authors import ensure_author
from desktop.ui.colours import find_colour, kind_colour
from desktop.ui.highlight_painter import ANNOTATION, SUGGESTION
from desktop.ui.legend import SAMPLES

pytestmark = pytest.mark.gui


def test_view_legend_shows_every_mark_and_the_project_authors(qtbot, window, gui_project):
    ensure_author(gui_project, "marco-1", "Marco Bianchi", "#2ca02c")
    action = next(a for a in window.view_menu.actions() if a.text() == "&Legend")
    action.trigger()
    legend = window.legend
    qtbot.waitExposed(legend)
    assert set(legend.samples) == {s.key for s in SAMPLES}
    for sample in SAMPLES:
        drawn = legend.samples[sample.key].current_items()
        assert len(drawn) == len(sample.spans) + len(sample.suggestions), sample.key
    lanes = legend.samples["lanes"].current_items()
    assert sorted(item.lane for item in lanes) == [0, 1]  # two overlapping annotations, two underlines
    dashed = legend.samples["suggestion"].current_items()
    assert {item.role for item in dashed} == {SUGGESTION}
    assert {item.role for item in legend.samples["entity"].current_items()} == {ANNOTATION}
    image = legend.samples["figure"].grab().toImage()
    orange = kind_colour("figure")

    def near(colour: QColor) -> bool:
        return max(abs(colour.red() - orange.red()), abs(colour.green() - orange.green()),
                   abs(colour.blue() - orange.blue())) < 40

    assert any(near(image.pixelColor(x, y))  # the underline, in the figure colour
               for x in range(image.width()) for y in range(image.height()))
    assert {"Giulia Rossi", "Marco Bianchi"} <= set(legend.author_names())
    assert find_colour().alpha() > 0
    legend.close()


def test_the_f1_sheet_ends_with_the_legend(window):
    sheet = window.show_shortcuts()
    text = sheet.text()
    assert "What the highlights mean" in text
    for sample in SAMPLES:
        assert sample.title in text
    assert "Giulia Rossi" in text  # the project's authors and their colours
    sheet.close()
