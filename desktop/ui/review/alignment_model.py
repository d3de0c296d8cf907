"""Two authors' annotations of one document, lined up row by row (``desktop.domain.alignment.align``),
as a Qt table model: A's quote and reading on the left, B's on the right, between them the match type
and what differs ("measure: Scale AI valuation ≠ Meta's investment in Scale AI"), each row tinted by
match type (exact green, disagree amber, overlap blue, only one side grey). Every cell's tooltip has
the full text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from desktop.domain.alignment import CodedSpan, align
from desktop.domain.kinds import Kind
from desktop.services.agreement_report import figure_value
from desktop.services.queries import AnnotationView, list_annotations
from desktop.storage.project import Project
from desktop.ui.annotation_list import what_text
from desktop.ui.colours import kind_label
from desktop.ui.keyed_table import KeyedTableModel
from desktop.ui.review.differences import difference_text, difference_tip
from desktop.ui.review.review_colours import MATCH_HEX, MATCH_LABELS, STATUS_MARKS

COLUMNS = ("A · quote", "A · kind and reading", "Match", "Differs in", "B · quote", "B · kind and reading")
A_QUOTE, A_WHAT, MATCH, DIFFERS, B_QUOTE, B_WHAT = range(len(COLUMNS))
COLUMN_TIPS = (
    "The passage author A tagged (✓ accepted, ✗ rejected, ⚑ disputed)",
    "What A recorded: the kind, and the value, entity or proposition",
    "How the two versions line up: exact, disagree (same passage, different reading), overlap, only one",
    "The fields on which the two versions differ, A's value ≠ B's",
    "The passage author B tagged",
    "What B recorded",
)
DIFFERS_HEX = "#7c2d12"
MATCH_ROLE = Qt.ItemDataRole.UserRole
EMPTY = "—"


@dataclass(frozen=True)
class AlignedRow:
    match: str  # desktop.domain.alignment.Match value
    a: AnnotationView | None
    b: AnnotationView | None


def coded(view: AnnotationView) -> CodedSpan:
    """An annotation as alignment sees it (the same label/value rules as the agreement report)."""
    label = value = None
    if view.kind == Kind.ENTITY:
        label = view.entity_key
    elif view.kind == Kind.FIGURE:
        label = view.measure_key
        value = figure_value(view.value, view.value_max, view.unit, view.bound)
    elif view.kind == Kind.CLAIM:
        label = view.proposition_key
        value = view.stance
    return CodedSpan(view.id, view.start, view.end, view.kind, label, value)


def aligned_rows(project: Project, document_id: int, author_a: int, author_b: int) -> list[AlignedRow]:
    views = list_annotations(project, document_id=document_id)
    by_id = {v.id: v for v in views}
    a_side = [coded(v) for v in views if v.author_id == author_a]
    b_side = [coded(v) for v in views if v.author_id == author_b]
    return [AlignedRow(pair.match.value, by_id[pair.a.id] if pair.a else None, by_id[pair.b.id] if pair.b else None)
            for pair in align(a_side, b_side)]


def reading(view: AnnotationView) -> str:
    what = what_text(view)
    return f"{kind_label(view.kind)} · {what}" if what else kind_label(view.kind)


def quote_cell(view: AnnotationView) -> str:
    quote = " ".join(view.quote.split())
    quote = quote if len(quote) <= 90 else quote[:89] + "…"
    mark = STATUS_MARKS.get(view.status, "")
    return f"{mark} “{quote}”" if mark else f"“{quote}”"


class AlignmentModel(KeyedTableModel[tuple[str | None, str | None], AlignedRow]):
    """One row per aligned pair, keyed by (A's annotation id, B's annotation id)."""

    columns = COLUMNS
    column_tips = COLUMN_TIPS

    def key_of(self, row: AlignedRow) -> tuple[str | None, str | None]:
        return (row.a.id if row.a else None, row.b.id if row.b else None)

    def set_rows(self, rows: list[AlignedRow]) -> None:
        """The pairs again: a decision changes its pair's row (or the pairs it merges), not the whole table."""
        self.update_rows(rows)

    def counts(self) -> Counter[str]:
        return Counter(r.match for r in self.rows())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return super().headerData(section, orientation, role)

    def cell(self, row: AlignedRow, column: int, role: int) -> Any:
        view = row.a if column in (A_QUOTE, A_WHAT) else row.b if column in (B_QUOTE, B_WHAT) else None
        if role == MATCH_ROLE:
            return row.match
        if column == DIFFERS:
            return self._differs(row, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == MATCH:
                return MATCH_LABELS[row.match]
            if view is None:
                return EMPTY
            return quote_cell(view) if column in (A_QUOTE, B_QUOTE) else reading(view)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(MATCH_HEX[row.match][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == MATCH:
                return QColor(MATCH_HEX[row.match][1])
            if view is None or view.status == "rejected":
                return QColor("#9ca3af")
            return QColor("#111827")
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if column == MATCH:
                font.setBold(True)
            elif view is not None and view.status == "rejected":
                font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == MATCH:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole and view is not None:
            return (f"{view.author_name} · {view.status}\n“{view.quote}”\n{reading(view)}\n"
                    f"characters {view.start}–{view.end}")
        return None

    @staticmethod
    def _differs(row: AlignedRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return difference_text(row.a, row.b)
        if role == Qt.ItemDataRole.ToolTipRole:
            return difference_tip(row.a, row.b) or None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(MATCH_HEX[row.match][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(DIFFERS_HEX)
        return None
