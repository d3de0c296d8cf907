"""The one Qt table-model base: rows keyed by id, updated row by row, fetched lazily when the table is large.

A subclass names its ``columns`` (and optionally ``column_tips``: English, marked for translation with
``QT_TRANSLATE_NOOP("Columns", …)``) and implements two methods:

    key_of(row) -> key                 the row's id (an annotation id, a document id, ...)
    cell(row, column, role) -> value   what ``data()`` returns for one cell and role (None: nothing)

and fills itself with one of:

    show_rows(rows)          another list altogether (another document, another measure): a reset
    update_rows(rows)        the same list, fresh from the service: only the rows that were removed,
                             moved, added or changed are announced (selection and scroll stay)
    show_keys(keys, fetch)   a LARGE list: only the ordered ids are held; ``fetch(ids) -> {id: row}`` is
                             called for the rows a view asks for, a page at a time (Anki's browser does this)
    update_keys(keys, changed=())  the ids again after a change; rows in ``changed`` are fetched again
    refresh(keys)            rows whose content changed (fetched again when lazy, announced either way)
    replace_row(row) / replace_rows(rows)    rows' new content, already read, announced (together)
    remove_key(key) / insert_key(row, key)   one row out or in, when the caller knows where it goes (a
                             large sorted list updated from a change set without reading every id again)

Reading: ``rowCount``/``columnCount``/``headerData`` are here; ``row_of(key)``, ``row(i)``, ``key(i)``,
``keys()`` and ``rows()`` (which fetches every row of a lazy model) serve the views.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import islice
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

K = TypeVar("K")
R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[Sequence[Any]], Mapping[Any, Any]]
PAGE = 200  # rows fetched at once by a lazy model
# Rows a view measures to fit a column to its contents (``QHeaderView.setResizeContentsPrecision`` of the
# horizontal header). Qt's 0 ("the rows in sight") measures EVERY row while the table is hidden (a dock behind
# a tab, a window not yet shown), which reads a whole lazy model; a screenful is measured instead.
MEASURED_ROWS = 40
# Column titles and tips are English, marked QT_TRANSLATE_NOOP("Columns", …) where a model names them, and
# translated here when the header is drawn (a title that is data, such as a source label, stays as it is).
HEADER_CONTEXT = "Columns"


class KeyedTableModel(QAbstractTableModel, Generic[K, R]):
    """Rows keyed by id; see the module docstring."""

    columns: tuple[str, ...] = ()
    column_tips: tuple[str, ...] = ()
    # The roles ``cell`` answers (None: it is asked every role). A view asks each cell it paints or measures for
    # some eight roles (font, alignment, colours, check state, icon, text, size hint); a role no cell answers is
    # None here, without finding the row: a desk's document list painted and fitted with half the Python calls.
    roles: frozenset[int] | None = None

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._keys: list[K] = []
        self._rows: dict[K, R] = {}
        self._positions: dict[K, int] = {}  # every shown key; right below ``_stale``, checked from there on
        self._stale = 0  # keys from this row on may have moved since their position was written
        self._fetch: Fetch | None = None

    # --- what subclasses provide ---------------------------------------------------------------------
    def key_of(self, row: R) -> K:
        raise NotImplementedError

    def cell(self, row: R, column: int, role: int) -> Any:
        raise NotImplementedError

    # --- reading ---------------------------------------------------------------------------------
    def keys(self) -> list[K]:
        return list(self._keys)

    def key(self, row: int) -> K:
        return self._keys[row]

    def row_of(self, key: K | None) -> int:
        """The row showing ``key``, or -1."""
        position = None if key is None else self._position(key)
        return -1 if position is None else position

    def shows_any(self, keys: Iterable[K]) -> bool:
        """Whether any of ``keys`` is a row here: one set operation in C (an import's 10,000 ids asked one by
        one through ``row_of`` took 35 ms of the window's event loop)."""
        return not self._positions.keys().isdisjoint(keys)

    def row(self, row: int) -> R:
        found = self._row_at(row)
        if found is None:
            raise LookupError(f"row {row} is no longer in the project")
        return found

    def rows(self) -> list[R]:
        """Every row, in order (a lazy model fetches the ones it has not read yet)."""
        self._fetch_missing(self._keys)
        return [self._rows[k] for k in self._keys if k in self._rows]

    def cached(self, key: K) -> R | None:
        return self._rows.get(key)

    # --- filling ---------------------------------------------------------------------------------
    def show_rows(self, rows: Iterable[R]) -> None:
        """Another list altogether: the view starts again from the top."""
        listed = list(rows)
        self.beginResetModel()
        self._fetch = None
        self._keys = [self.key_of(r) for r in listed]
        self._rows = {self.key_of(r): r for r in listed}
        self._reindex()
        self.endResetModel()

    def show_keys(self, keys: Iterable[K], fetch: Fetch) -> None:
        """Another LARGE list: rows are fetched when a view asks for them."""
        self.beginResetModel()
        self._fetch = fetch
        self._keys = list(keys)
        self._rows = {}
        self._reindex()
        self.endResetModel()

    def update_rows(self, rows: Iterable[R]) -> None:
        """The same list, fresh: only what differs is announced, row by row."""
        listed = list(rows)
        fresh = {self.key_of(r): r for r in listed}
        changed = [k for k, r in fresh.items() if k in self._rows and self._rows[k] != r]
        self._fetch = None
        self._sync([self.key_of(r) for r in listed])
        self._rows = fresh
        self._announce(changed)

    def update_keys(self, keys: Iterable[K], changed: Iterable[K] = ()) -> None:
        """The ids again (a lazy model): removed, moved and new rows are announced; ``changed`` ones are
        fetched again when shown."""
        known = set(self._positions)
        self._sync(list(keys))
        self.refresh(k for k in changed if k in known)  # a new row is announced by its insertion

    def refresh(self, keys: Iterable[K]) -> None:
        """These rows changed: a lazy model forgets them (fetched again when shown); both announce them."""
        shown = [k for k in dict.fromkeys(keys) if k in self._positions]
        if self._fetch is not None:
            for key in shown:
                self._rows.pop(key, None)
        self._announce(shown)

    def seed_key(self, key: K, row: R | None) -> None:
        """The content of ``key``, already read, before ``insert_key`` shows it (None: fetched when shown)."""
        if row is not None:
            self._rows[key] = row

    def remove_key(self, key: K) -> None:
        """Take the row of ``key`` out (nothing if it is not shown)."""
        position = self._position(key)
        if position is None:
            return
        self.beginRemoveRows(QModelIndex(), position, position)
        del self._keys[position]
        self._rows.pop(key, None)
        del self._positions[key]
        self._stale = min(self._stale, position)
        self.endRemoveRows()

    def insert_key(self, position: int, key: K) -> None:
        """Show ``key`` as row ``position`` (its content is fetched when a view asks; a lazy model only)."""
        self.beginInsertRows(QModelIndex(), position, position)
        self._keys.insert(position, key)
        self._positions[key] = position
        self._stale = min(self._stale, position)
        self.endInsertRows()

    def _position(self, key: K) -> int | None:
        """The row of ``key`` (None: not shown). An insertion or a removal moves every later row by one: their
        positions are written again only when one of them is asked for and found moved (a tag in a 10,000-row
        list asks for its own row only), in one C loop."""
        position = self._positions.get(key)
        if position is None:
            return None
        keys = self._keys
        if position < self._stale or (position < len(keys) and keys[position] == key):
            return position
        first = self._stale
        self._positions.update(zip(islice(keys, first, None), range(first, len(keys)), strict=True))
        self._stale = len(keys)
        return self._positions[key]

    def replace_row(self, row: R, column: int | None = None) -> None:
        """One row's new content (already read): announced if it is shown (only ``column`` if given)."""
        key = self.key_of(row)
        if key in self._positions:
            self._rows[key] = row
            self._announce([key], column)

    def replace_rows(self, rows: Iterable[R], column: int | None = None) -> None:
        """Several rows' new content (already read), announced together: one ``dataChanged`` per run of
        adjacent rows, not one per row (an import changes the counts of a hundred documents at once, and
        each announcement has the views behind a sorting proxy sort again); only ``column`` if given."""
        keys = []
        for row in rows:
            key = self.key_of(row)
            if key in self._positions:
                self._rows[key] = row
                keys.append(key)
        if keys:
            self._announce(keys, column)

    # --- Qt model --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(HEADER_CONTEXT, self.columns[section])
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.column_tips):
            tip = self.column_tips[section]
            return QCoreApplication.translate(HEADER_CONTEXT, tip) if tip else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.roles is not None and role not in self.roles:
            return None
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        found = self._row_at(index.row())
        return None if found is None else self.cell(found, index.column(), role)

    # --- the parts ---------------------------------------------------------------------------------
    def _row_at(self, row: int) -> R | None:
        key = self._keys[row]
        if key not in self._rows and self._fetch is not None:
            self._fetch_missing(self._keys[row:row + PAGE])
        return self._rows.get(key)

    def _fetch_missing(self, keys: Sequence[K]) -> None:
        if self._fetch is None:
            return
        missing = [k for k in keys if k not in self._rows]
        for start in range(0, len(missing), PAGE):
            self._rows.update(self._fetch(missing[start:start + PAGE]))

    def _reindex(self) -> None:
        self._positions = {k: i for i, k in enumerate(self._keys)}
        self._stale = len(self._keys)

    def _announce(self, keys: Iterable[K], column: int | None = None) -> None:
        left, right = (0, max(len(self.columns) - 1, 0)) if column is None else (column, column)
        for first, end in _runs(sorted(p for k in keys if (p := self._position(k)) is not None)):
            self.dataChanged.emit(self.index(first, left), self.index(end, right))

    def _sync(self, wanted: list[K]) -> None:
        """Turn the current key order into ``wanted`` with row removals and insertions only where needed."""
        wanted_at = {k: i for i, k in enumerate(wanted)}
        # 1. rows that are gone, or that moved (not on the longest run that kept its order)
        survivors = [k for k in self._keys if k in wanted_at]
        staying = set(_longest_increasing([wanted_at[k] for k in survivors], survivors))
        doomed = [i for i, k in enumerate(self._keys) if k not in staying]
        for first, end in reversed(_runs(doomed)):
            self.beginRemoveRows(QModelIndex(), first, end)
            for key in self._keys[first:end + 1]:
                if key not in wanted_at:
                    self._rows.pop(key, None)
            del self._keys[first:end + 1]
            self.endRemoveRows()
        # 2. rows that are new (or moved), inserted where they belong
        position = 0
        while position < len(wanted):
            if position < len(self._keys) and self._keys[position] == wanted[position]:
                position += 1
                continue
            end = position
            while end < len(wanted) and wanted[end] not in staying:
                end += 1
            self.beginInsertRows(QModelIndex(), position, end - 1)
            self._keys[position:position] = wanted[position:end]
            self.endInsertRows()
            position = end
        self._reindex()


def _runs(positions: Sequence[int]) -> list[tuple[int, int]]:
    """[1, 2, 3, 7, 8] -> [(1, 3), (7, 8)]."""
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and p == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], p)
        else:
            runs.append((p, p))
    return runs


def _longest_increasing(values: Sequence[int], items: Sequence[K]) -> list[K]:
    """The items on a longest strictly increasing run of ``values`` (the rows that can stay where they are)."""
    tails: list[int] = []  # tails[n]: smallest last value of an increasing run of length n + 1
    tail_at: list[int] = []  # ... and the index in ``values`` where it ends
    before = [-1] * len(values)
    for i, v in enumerate(values):
        n = bisect_left(tails, v)
        if n == len(tails):
            tails.append(v)
            tail_at.append(i)
        else:
            tails[n] = v
            tail_at[n] = i
        before[i] = tail_at[n - 1] if n > 0 else -1
    chosen: list[K] = []
    i = tail_at[-1] if tail_at else -1
    while i >= 0:
        chosen.append(items[i])
        i = before[i]
    return chosen[::-1]
