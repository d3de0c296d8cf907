"""The desk search: the index narrows a query down to the documents that may match, then the exact
hits are found in their texts, with code-point offsets (``text[start:end]`` is what matched).

The folded form of each document (``TextFinder``) is kept in a small cache keyed by the text's
SHA-256, so a second query, or a batch of 200 names, does not fold the same texts again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from sqlalchemy import bindparam, select, text
from sqlalchemy.orm import Session

from desktop.domain.labels import document_label
from desktop.domain.recent import Recent
from desktop.domain.search_query import Node, QueryError, Term, evaluate, parse, to_text
from desktop.domain.span_index import SpanIndex
from desktop.domain.spans import Span
from desktop.domain.text_find import TextFinder
from desktop.services.search.index import Params, document_condition, note_rows_sql
from desktop.services.search.model import (
    COMMENTS,
    ENTITIES,
    NO_FILTERS,
    NOTES,
    SOURCE_ALIAS,
    SOURCE_COMMENT,
    SOURCE_ENTITY,
    SOURCE_NOTE,
    TEXT,
    UNTAGGED,
    DocumentHits,
    EntityHits,
    Hit,
    HitList,
    SearchFilters,
    SearchResult,
)
from desktop.storage.models import Annotation, Document, Entity, EntityAlias, Review
from desktop.storage.project import Project

__all__ = ["QueryError", "search", "search_parsed", "document_finder"]

CACHE_CHARS = 64_000_000  # folded texts kept between queries (about 2 bytes per character)
# (project, document) -> (sha256, its finder), weighed by the characters of its text
_cache: Recent[tuple[str, int], tuple[str, TextFinder]] = Recent(weight_limit=CACHE_CHARS,
                                                                 weight=lambda entry: len(entry[1].text))


def _finders(project: Project, s: Session, rows: list[tuple[int, str]]) -> dict[int, TextFinder]:
    """A TextFinder per document (id, sha256), from the cache or read from the project."""
    found: dict[int, TextFinder] = {}
    missing: list[int] = []
    for doc_id, sha256 in rows:
        entry = _cache.get((project.location, doc_id))
        if entry is not None and entry[0] == sha256:
            found[doc_id] = entry[1]
        else:
            missing.append(doc_id)
    shas = dict(rows)
    for first in range(0, len(missing), 200):
        chunk = missing[first:first + 200]
        for doc_id, body in s.execute(select(Document.id, Document.text).where(Document.id.in_(chunk))):
            finder = TextFinder(body)
            found[doc_id] = finder
            _cache.put((project.location, doc_id), (shas[doc_id], finder))
    return found


def document_finder(project: Project, document_id: int) -> TextFinder | None:
    """The (cached) finder of one document's text, None if there is no such document."""
    with project.read() as s:
        sha = s.scalar(select(Document.sha256).where(Document.id == document_id))
        if sha is None:
            return None
        return _finders(project, s, [(document_id, sha)])[document_id]


def _find(finder: TextFinder) -> Callable[[Term], list[tuple[int, int]]]:
    return lambda term: finder.find_words(list(term.words), term.prefix)


# --- the search -------------------------------------------------------------------------------------
def search(project: Project, query: str, *, scopes: Iterable[str] = (TEXT,),
           filters: SearchFilters = NO_FILTERS) -> SearchResult:
    """Search the desk; raises QueryError (a message for the user) for a query with nothing to find."""
    return search_parsed(project, parse(query), scopes=scopes, filters=filters, query=query)


def search_parsed(project: Project, node: Node, *, scopes: Iterable[str] = (TEXT,),
                  filters: SearchFilters = NO_FILTERS, query: str | None = None,
                  documents: DocumentInfo | None = None) -> SearchResult:
    """``documents``: what ``document_info`` returned for these filters (a batch reads it once)."""
    wanted = set(scopes)
    dialect = project.engine.dialect.name
    texts: dict[int, TextFinder] = {}
    with project.read() as s:
        info = documents if documents is not None else _document_info(s, filters)
        found: dict[int, list[tuple[int, int]]] = {}  # text hits: (start, end) by document
        notes: dict[int, list[Hit]] = {}
        if TEXT in wanted and info:
            for doc_id, finder in _search_texts(project, s, dialect, node, info).items():
                texts[doc_id] = finder
                if isinstance(node, Term):  # the usual query: one word or phrase
                    spans: list[tuple[int, int]] | None = finder.find_words(list(node.words), node.prefix)
                else:
                    spans = evaluate(node, _find(finder))
                if spans:
                    found[doc_id] = spans
            if filters.kinds:
                _keep_kinds(s, found, filters.kinds)
        sources = [src for scope, src in ((NOTES, SOURCE_NOTE), (COMMENTS, SOURCE_COMMENT)) if scope in wanted]
        if sources:
            for hit in _search_notes(s, dialect, node, sources, info, filters):
                if hit.document_id is not None:  # a note or comment hit always names its document
                    notes.setdefault(hit.document_id, []).append(hit)
        entities = _search_entities(s, dialect, node) if ENTITIES in wanted else ()
    document_hits = tuple(
        DocumentHits(doc_id, *info[doc_id], hits=HitList(doc_id, found.get(doc_id, ()), notes.get(doc_id, ())))
        for doc_id in sorted(set(found) | set(notes)) if found.get(doc_id) or notes.get(doc_id)
    )

    def text_of(document_id: int) -> str:
        finder = texts.get(document_id) or document_finder(project, document_id)
        return finder.text if finder is not None else ""

    return SearchResult(query if query is not None else to_text(node), document_hits, entities, text_of)


DocumentInfo = dict[int, tuple[str, str, str, str, str]]


def document_info(project: Project, filters: SearchFilters = NO_FILTERS) -> DocumentInfo:
    with project.read() as s:
        return _document_info(s, filters)


def _document_info(s: Session, filters: SearchFilters) -> DocumentInfo:
    """{id: (label, title, outlet, published, language)} of the documents the filters let through."""
    stmt = select(Document.id, Document.source_name, Document.label, Document.title, Document.outlet,
                  Document.published, Document.language)
    if filters.languages:
        stmt = stmt.where(Document.language.in_(sorted(filters.languages)))
    if filters.outlets:
        stmt = stmt.where(Document.outlet.in_(sorted(filters.outlets)))
    if filters.published_from:
        stmt = stmt.where(Document.published != "", Document.published >= filters.published_from)
    if filters.published_to:
        stmt = stmt.where(Document.published != "", Document.published <= filters.published_to + "\uffff")
    if filters.document_ids is not None:
        stmt = stmt.where(Document.id.in_(sorted(filters.document_ids)))
    return {doc_id: (document_label(doc_id, source, label), title, outlet, published, language)
            for doc_id, source, label, title, outlet, published, language in s.execute(stmt)}


def _search_texts(project: Project, s: Session, dialect: str, node: Node,
                  info: DocumentInfo) -> dict[int, TextFinder]:
    p = Params()
    condition = document_condition(dialect, node, p)
    rows = [(int(doc_id), str(sha)) for doc_id, sha in s.execute(
        text(f"SELECT d.id, d.sha256 FROM documents d WHERE {condition} ORDER BY d.id"), p.values) if doc_id in info]
    return _finders(project, s, rows)


def _keep_kinds(s: Session, groups: dict[int, list[tuple[int, int]]], kinds: frozenset[str]) -> None:
    """Keep the text hits inside an annotation of one of ``kinds`` (``untagged``: inside none)."""
    if not groups:
        return
    spans: dict[int, SpanIndex[Span]] = {doc_id: SpanIndex() for doc_id in groups}
    stmt = (select(Annotation.id, Annotation.document_id, Annotation.start, Annotation.end, Annotation.kind)
            .where(Annotation.document_id.in_(bindparam("ids", expanding=True))))
    for ann_id, doc_id, start, end, kind in s.execute(stmt, {"ids": sorted(groups)}):
        spans[doc_id].add(Span(ann_id, start, end, kind, 0))
    for doc_id, hits in groups.items():
        index = spans[doc_id]
        kept = []
        for start, end in hits:
            inside = {span.kind for span in index.overlapping(start, end)}
            if (UNTAGGED in kinds and not inside) or inside & kinds:
                kept.append((start, end))
        groups[doc_id] = kept


def _matches_in(node: Node, body: str) -> list[tuple[int, int]] | None:
    return evaluate(node, _find(TextFinder(body)))


def _search_notes(s: Session, dialect: str, node: Node, sources: list[str],
                  info: DocumentInfo, filters: SearchFilters) -> list[Hit]:
    p = Params()
    rows = [(str(source), str(ref), str(body))
            for source, ref, body in s.execute(text(note_rows_sql(dialect, node, sources, p)), p.values)]
    matched = [(source, ref, body, spans) for source, ref, body in rows
               if (spans := _matches_in(node, body))]
    if not matched:
        return []
    note_ids = {ref for source, ref, _b, _s in matched if source == SOURCE_NOTE}
    review_ids = {ref for source, ref, _b, _s in matched if source == SOURCE_COMMENT}
    review_to_annotation: dict[str, str] = {}
    if review_ids:
        review_to_annotation = dict(s.execute(select(Review.id, Review.annotation_id)
                                              .where(Review.id.in_(sorted(review_ids)))).all())
    annotations = {
        ann_id: (doc_id, kind) for ann_id, doc_id, kind in s.execute(
            select(Annotation.id, Annotation.document_id, Annotation.kind)
            .where(Annotation.id.in_(sorted(note_ids | set(review_to_annotation.values())))))
    }
    hits: list[Hit] = []
    for source, ref, body, spans in matched:
        annotation_id = ref if source == SOURCE_NOTE else review_to_annotation.get(ref)
        where = annotations.get(annotation_id) if annotation_id else None
        if where is None or where[0] not in info:
            continue
        doc_id, kind = where
        if filters.kinds and kind not in filters.kinds:
            continue
        hits += [Hit(doc_id, a, b, source, annotation_id, "" if source == SOURCE_NOTE else ref, body)
                 for a, b in spans]
    hits.sort(key=lambda h: (h.document_id, h.source, h.annotation_id or "", h.start))
    return hits


def _search_entities(s: Session, dialect: str, node: Node) -> tuple[EntityHits, ...]:
    p = Params()
    rows = [(str(source), str(ref), str(body)) for source, ref, body in
            s.execute(text(note_rows_sql(dialect, node, [SOURCE_ENTITY, SOURCE_ALIAS], p)), p.values)]
    alias_ids = [int(ref) for source, ref, _body in rows if source == SOURCE_ALIAS]
    alias_owner = dict(s.execute(select(EntityAlias.id, EntityAlias.entity_id)
                                 .where(EntityAlias.id.in_(alias_ids))).all()) if alias_ids else {}
    found: dict[int, list[Hit]] = {}
    for source, ref, body in rows:
        spans = _matches_in(node, body)
        if not spans:
            continue
        entity_id = int(ref) if source == SOURCE_ENTITY else alias_owner.get(int(ref))
        if entity_id is None:
            continue
        found.setdefault(entity_id, []).extend(Hit(None, a, b, source, None, str(entity_id), body) for a, b in spans)
    if not found:
        return ()
    names = dict(s.execute(select(Entity.id, Entity.name).where(Entity.id.in_(sorted(found)))).all())
    return tuple(EntityHits(entity_id, names.get(entity_id, ""),
                            tuple(sorted(hits, key=lambda h: (h.source != SOURCE_ENTITY, h.text, h.start))))
                 for entity_id, hits in sorted(found.items(), key=lambda kv: names.get(kv[0], "").casefold()))


def term_hits(project: Project, node: Node, filters: SearchFilters = NO_FILTERS,
              documents: DocumentInfo | None = None) -> dict[int, int]:
    """{document id: hits} of a query in the documents' texts (the batch search's counts), without
    making the hits themselves. ``documents``: as for ``search_parsed``."""
    if filters.kinds:
        result = search_parsed(project, node, filters=filters, documents=documents)
        return {d.document_id: d.count for d in result.documents}
    counts: dict[int, int] = {}
    with project.read() as s:
        info = documents if documents is not None else _document_info(s, filters)
        if not info:
            return counts
        for doc_id, finder in _search_texts(project, s, project.engine.dialect.name, node, info).items():
            if isinstance(node, Term):
                spans: list[tuple[int, int]] | None = finder.find_words(list(node.words), node.prefix)
            else:
                spans = evaluate(node, _find(finder))
            if spans:
                counts[doc_id] = len(spans)
    return counts
