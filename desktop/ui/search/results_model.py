"""The Search dock's results as a tree: a row per document (label, title, outlet, date, count) with a
row per hit under it (its snippet, the hit marked); entity names and aliases under "Register".

A thin adapter over ``SearchResult``: child rows and their snippets are made only when shown.
"""

from __future__ import annotations

from html import escape
from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.services.search import DocumentHits, EntityHits, Hit, SearchResult
from desktop.ui.search.html_delegate import HTML_ROLE

HIT_ROLE = Qt.ItemDataRole.UserRole + 21  # (group, hit) of a hit row; (group, None) of a group row
MARK_STYLE = "background-color:#F0E442; color:#000000; font-weight:600"
SOURCE_WORDS = {"note": "Note", "comment": "Comment", "entity": "Name", "alias": "Alias"}

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root


def hits_text(count: int) -> str:
    return f"{count} hit" + ("" if count == 1 else "s")


class SearchResultsModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.result: SearchResult | None = None
        self._groups: list[DocumentHits | EntityHits] = []

    def set_result(self, result: SearchResult | None) -> None:
        self.beginResetModel()
        self.result = result
        self._groups = [*result.documents, *result.entities] if result is not None else []
        self.endResetModel()

    def groups(self) -> list[DocumentHits | EntityHits]:
        return list(self._groups)

    # --- the tree ----------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, 0) if row < len(self._groups) else QModelIndex()
        if parent.internalId() == 0 and row < len(self._groups[parent.row()].hits):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, index: Index) -> QModelIndex: ...

    def parent(self, index: Index | None = None) -> QObject | QModelIndex | None:
        """With an index: the row's parent in the tree; without: the model's parent object (QObject's)."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].hits)
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = ROOT) -> bool:
        return self.rowCount(parent) > 0

    def item(self, index: Index) -> tuple[DocumentHits | EntityHits, Hit | None] | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()], None
        group = self._groups[index.internalId() - 1]
        return group, group.hits[index.row()]

    def hit_index(self, group_row: int, hit_row: int) -> QModelIndex:
        return self.index(hit_row, 0, self.index(group_row, 0))

    # --- what a row shows --------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item = self.item(index)
        if item is None:
            return None
        group, hit = item
        if role == HIT_ROLE:
            return item
        if hit is None:
            if role == HTML_ROLE:
                return self._group_html(group)
            if role == Qt.ItemDataRole.DisplayRole:
                return self._group_text(group)
            if role == Qt.ItemDataRole.ToolTipRole and isinstance(group, DocumentHits):
                return f"{group.label} · {group.title}\n{group.outlet}".strip()
            return None
        if role in (HTML_ROLE, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            assert self.result is not None
            snippet = self.result.snippet(hit)
            prefix = SOURCE_WORDS.get(hit.source, "")
            if role == Qt.ItemDataRole.DisplayRole:
                return (f"{prefix}: " if prefix else "") + snippet.plain
            if role == Qt.ItemDataRole.ToolTipRole:
                return "Double-click or Enter: open it selected, then E / F / C tags it" \
                    if hit.source == "text" else snippet.plain
            lead = f"<i>{prefix}:</i> " if prefix else ""
            return (f"{lead}{escape(snippet.before)}<span style='{MARK_STYLE}'>{escape(snippet.match)}</span>"
                    f"{escape(snippet.after)}")
        return None

    @staticmethod
    def _group_text(group: DocumentHits | EntityHits) -> str:
        if isinstance(group, EntityHits):
            return f"Register: {group.name} — {hits_text(len(group.hits))}"
        details = " · ".join(part for part in (group.published, group.outlet) if part)
        return f"{group.label} — {hits_text(group.count)} — {group.title}" + (f" — {details}" if details else "")

    @staticmethod
    def _group_html(group: DocumentHits | EntityHits) -> str:
        if isinstance(group, EntityHits):
            return f"<i>Register</i>&nbsp; <b>{escape(group.name)}</b> &nbsp;<b>({len(group.hits)})</b>"
        outlet = group.outlet if len(group.outlet) <= 48 else group.outlet[:47] + "…"
        details = " · ".join(escape(part) for part in (group.published, group.language, outlet) if part)
        return (f"<b>{escape(group.label)}</b>&nbsp; <b>{escape(hits_text(group.count))}</b>&nbsp; "
                f"{escape(group.title)}"
                + (f" &nbsp;<span style='color:#666666'>{details}</span>" if details else ""))
