"""What a search asks for and what it answers: filters, hits grouped by document, batch rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple, overload

from desktop.domain.snippets import Snippet, make_snippet

# Where a search looks. The command line's --in text|notes|all maps onto these.
TEXT = "text"  # document texts
NOTES = "notes"  # annotation notes
COMMENTS = "comments"  # review comments
ENTITIES = "entities"  # entity names and aliases
SCOPES = (TEXT, NOTES, COMMENTS, ENTITIES)
UNTAGGED = "untagged"  # the annotation-kind filter's "not inside any annotation"

# The source of a hit: which stored text its offsets point into.
SOURCE_TEXT, SOURCE_NOTE, SOURCE_COMMENT, SOURCE_ENTITY, SOURCE_ALIAS = "text", "note", "comment", "entity", "alias"


@dataclass(frozen=True)
class SearchFilters:
    """Narrowing a search; an empty set or string means "any"."""

    languages: frozenset[str] = frozenset()
    outlets: frozenset[str] = frozenset()
    published_from: str = ""  # ISO date (YYYY-MM-DD), inclusive; documents without a date are left out
    published_to: str = ""
    kinds: frozenset[str] = frozenset()  # entity / figure / claim / untagged (see the module docstring)
    document_ids: frozenset[int] | None = None  # only these documents

    @property
    def by_document(self) -> bool:
        return bool(self.languages or self.outlets or self.published_from or self.published_to
                    or self.document_ids is not None)


NO_FILTERS = SearchFilters()


class Hit(NamedTuple):
    """One occurrence. ``start``/``end`` are code points into the stored text named by ``source``:
    the document's text, or the note, comment, entity name or alias (``text`` holds that short text).
    (A tuple: a common word makes tens of thousands of them.)"""

    document_id: int | None
    start: int
    end: int
    source: str = SOURCE_TEXT
    annotation_id: str | None = None  # the annotation a note or comment belongs to
    ref: str = ""  # the review id of a comment; the entity id of an entity name or alias
    text: str = ""  # the note, comment, name or alias (empty for a document's text)


class HitList(Sequence[Hit]):
    """A document's hits: its text hits, made into ``Hit`` only when read (a common word has tens of
    thousands), then the hits in its notes and comments."""

    __slots__ = ("_document_id", "_spans", "_others")

    def __init__(self, document_id: int, spans: Sequence[tuple[int, int]] = (), others: Sequence[Hit] = ()) -> None:
        self._document_id = document_id
        self._spans = spans
        self._others = tuple(others)

    def __len__(self) -> int:
        return len(self._spans) + len(self._others)

    @overload
    def __getitem__(self, index: int) -> Hit: ...
    @overload
    def __getitem__(self, index: slice) -> list[Hit]: ...

    def __getitem__(self, index: int | slice) -> Hit | list[Hit]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if 0 <= index < len(self._spans):
            start, end = self._spans[index]
            return Hit(self._document_id, start, end)
        if 0 <= index - len(self._spans) < len(self._others):
            return self._others[index - len(self._spans)]
        raise IndexError(index)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"HitList({len(self)} hits in document {self._document_id})"


@dataclass(frozen=True)
class DocumentHits:
    document_id: int
    label: str  # the short source label ("000", "D7"): desktop.domain.labels
    title: str
    outlet: str
    published: str
    language: str
    hits: Sequence[Hit]  # text hits by position, then notes and comments (a HitList)

    @property
    def count(self) -> int:
        return len(self.hits)


@dataclass(frozen=True)
class EntityHits:
    entity_id: int
    name: str
    hits: tuple[Hit, ...]  # in its name or its aliases


@dataclass(frozen=True)
class SearchResult:
    query: str
    documents: tuple[DocumentHits, ...] = ()
    entities: tuple[EntityHits, ...] = ()
    _text_of: Callable[[int], str] = field(default=lambda _doc: "", repr=False, compare=False)

    @property
    def total(self) -> int:
        return sum(d.count for d in self.documents) + sum(len(e.hits) for e in self.entities)

    def hits(self) -> list[tuple[DocumentHits | EntityHits, Hit]]:
        """Every hit with its group, in the order shown."""
        found: list[tuple[DocumentHits | EntityHits, Hit]] = [(d, h) for d in self.documents for h in d.hits]
        found += [(e, h) for e in self.entities for h in e.hits]
        return found

    def snippet(self, hit: Hit) -> Snippet:
        """The hit in a line of its context (the document's text or the note it was found in)."""
        if hit.source == SOURCE_TEXT and hit.document_id is not None:
            return make_snippet(self._text_of(hit.document_id), hit.start, hit.end)
        return make_snippet(hit.text, hit.start, hit.end)


@dataclass(frozen=True)
class BatchRow:
    """One line of a batch list: how often it occurs in each document."""

    line: str  # as given
    query: str  # as searched ("" if the line could not be searched)
    counts: dict[int, int]  # document id -> hits
    error: str = ""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class BatchDocument:
    document_id: int
    label: str
    title: str


@dataclass(frozen=True)
class BatchResult:
    rows: tuple[BatchRow, ...]
    documents: tuple[BatchDocument, ...]  # every document searched (the table's columns), by id
