"""A place in the comparison view for one measure's or proposition's card, built when it comes into sight.

A desk holds a hundred measures and propositions with hundreds of sources each: building every card, its
table, its chart and its column widths at once took seconds on the GUI thread. The view instead lays out
one ``SectionSlot`` per comparison, as tall as its card is likely to be, and builds the card (``build``)
only when the slot scrolls into sight (or is asked for by name). A built card is rebuilt only when its
comparison changed (``show``), so a colleague's change to one measure touches one card.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.services.comparison import MeasureComparison, PropositionComparison
from desktop.ui.lineup.comparison_worker import Comparison, section_key

if TYPE_CHECKING:  # the cards' module (and the chart drawing it needs) loads with the first card
    from desktop.ui.lineup.comparison_sections import Section

FOLDED_HEIGHT = 84  # a card folded to its title and summary
ROW_HEIGHT = 34  # a table row, often wrapped onto two lines
CHART_HEIGHT = 220  # a measure's chart, below its table in the docked view
TABLE_HEAD = 40


def flagged(comparison: Comparison) -> bool:
    return comparison.disagree if isinstance(comparison, MeasureComparison) else comparison.contested


def rows_of(comparison: Comparison) -> int:
    if isinstance(comparison, MeasureComparison):
        return len(comparison.values)
    return len(comparison.asserts) + len(comparison.denies)


class SectionSlot(QWidget):
    """Where one card goes: a placeholder of its likely height until ``build``, then the card itself."""

    def __init__(self, comparison: Comparison, make: Callable[[Comparison, QWidget], Section],
                 expanded: Callable[[str], bool | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonSlot")
        self.comparison = comparison
        self.key = section_key(comparison)
        self.section: Section | None = None
        self._stale = False  # the card shows an older comparison: made again when the view gets to it
        self._next: Section | None = None  # a stale card's replacement, made (hidden) on the turns before
        self._measured = False  # and its columns measured
        self._make = make
        self._expanded = expanded
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._estimate()

    @property
    def flagged(self) -> bool:
        return flagged(self.comparison)

    def _estimate(self) -> None:
        """A placeholder as tall as the card will likely be (the scroll bar stays close to the truth)."""
        opened = self._expanded(self.key)
        if opened is None:
            opened = self.flagged
        height = FOLDED_HEIGHT
        if opened:
            height += TABLE_HEAD + ROW_HEIGHT * rows_of(self.comparison)
            if isinstance(self.comparison, MeasureComparison):
                height += CHART_HEIGHT
        if (self.minimumHeight(), self.maximumHeight()) != (height, height):  # unchanged: no layout asked for
            self.setFixedHeight(height)

    def built(self) -> bool:
        return self.section is not None

    def stale(self) -> bool:
        """Whether the built card shows an older comparison (``build`` makes it again)."""
        return self._stale

    def prepared(self) -> bool:
        return self._next is not None and self._measured

    def prepare(self) -> None:
        """One step towards a stale card's replacement: made, hidden (its table, its chart); then its columns
        measured. ``build`` puts it in place (laid out, its rows fitted): making, measuring and fitting a
        desk's card are three turns of the event loop, not one long one."""
        if not self._stale:
            return
        if self._next is None:
            self._next = self._make(self.comparison, self)
            self._next.hide()
            self._measured = False
            return
        table = getattr(self._next, "table", None)
        if table is not None:
            table.content_widths()  # kept until its rows change
        self._measured = True

    def build(self) -> Section:
        """The card, made now if it was not yet (or made again if it is stale)."""
        if self._stale and self.section is not None:
            old, self.section = self.section, None
            self._layout.removeWidget(old)
            old.hide()
            old.deleteLater()
        self._stale = False
        if self.section is None:
            self.section, self._next = self._next or self._make(self.comparison, self), None
            self.setMinimumHeight(0)
            self.setMaximumHeight(16777215)
            self._layout.addWidget(self.section)
            self.section.show()  # now, not when the layout gets to it: its height counts at once
        return self.section

    def show_comparison(self, comparison: Comparison, changed: bool) -> None:
        """The comparison again; a built card whose comparison ``changed`` is stale: made again by ``build``,
        which the view calls on a later turn of the event loop (an import changes every card in sight, and
        making them again with the new line-up in one turn froze the window), showing the older one until then."""
        self.comparison = comparison
        if not changed:
            if self.section is not None and not self._stale:
                setattr(self.section, "comparison", comparison)  # noqa: B010  (equal: the same content)
            return
        if self.section is None:
            self._estimate()
            return
        self._stale = True
        if self._next is not None:  # made for the comparison before this one
            self._next.deleteLater()
            self._next = None

    def label(self) -> str:
        return self.comparison.label

    def is_measure(self) -> bool:
        return isinstance(self.comparison, MeasureComparison)

    def is_proposition(self) -> bool:
        return isinstance(self.comparison, PropositionComparison)
