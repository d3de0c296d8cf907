"""A refresh of the comparison (a colleague's import, a verdict) makes the changed cards in sight again over
a few turns of the event loop: the card shows its older comparison meanwhile, never a gap, then the new one."""

from __future__ import annotations

import pytest

from tests.gui.test_lineup_compare_lazy import _open, many, measure_label, window  # noqa: F401 (fixtures)

pytestmark = pytest.mark.gui


def test_the_changed_card_is_made_again_on_later_turns_and_shown_throughout(qtbot, window, many):  # noqa: F811
    view = _open(qtbot, window)
    first = measure_label(0)

    def shown():  # the cards as they are, none built by asking
        return {s.comparison.label: s for s in view.measure_sections}

    before = shown()[first]
    qtbot.waitUntil(before.isVisible)  # laid out and on screen
    others = {label: card for label, card in shown().items() if label != first}
    assert before.model.rowCount() == 3 and others

    assert window.ops.set_status(many[(0, 2)], "rejected")  # rejected: no longer compared
    seen = []

    def replaced() -> bool:
        card = shown().get(first)
        seen.append(card is not None and card.isVisible())
        return card is not None and card is not before

    qtbot.waitUntil(replaced)
    assert seen and all(seen)  # the older card stayed in sight until the new one took its place
    after = shown()[first]
    assert after.isVisible() and after.model.rowCount() == 2
    assert sorted(after.model.index(r, after.model.VALUE).data() for r in range(2)) == ["10%", "20%"]
    assert {label: card for label, card in shown().items() if label != first} == others  # the rest as they were


def test_a_card_made_again_draws_the_chart_of_its_new_values(qtbot, window, many):  # noqa: F811
    """The chart of a changed card is drawn off the GUI thread with the new line-up; the card made again
    shows that drawing, the same one the card draws itself, with the rejected value gone from it."""
    from desktop.ui.lineup.chart_widget import measure_chart_svg
    from desktop.ui.lineup.comparison_worker import tolerance_text

    view = _open(qtbot, window)
    first = measure_label(0)

    def card():
        return {s.comparison.label: s for s in view.measure_sections}.get(first)

    before = card()
    qtbot.waitUntil(before.isVisible)
    assert "20%" in before.chart.svg
    assert window.ops.set_status(many[(0, 2)], "rejected")
    qtbot.waitUntil(lambda: card() is not None and card() is not before)
    after = card()
    assert view.result is not None and f"measure:{after.comparison.key}" in view.result.charts
    assert after.chart.svg == measure_chart_svg(after.comparison, tolerance_text(view.result.tolerance))
    assert after.chart.svg != before.chart.svg
