"""From search hits to suggestions: "tag every hit of this name as entity X", reviewed with Enter."""

from __future__ import annotations

from sqlalchemy import select

from desktop.domain.kinds import Kind
from desktop.domain.search_query import Node, to_text
from desktop.services.search.engine import document_finder, search_parsed
from desktop.services.search.model import NO_FILTERS, SearchFilters
from desktop.services.suggestions import MentionSuggestion
from desktop.storage.models import Annotation
from desktop.storage.project import Project


def hits_as_mentions(project: Project, node: Node, entity_id: int,
                     filters: SearchFilters = NO_FILTERS) -> list[MentionSuggestion]:
    """Every hit of ``node`` in the documents' texts, as a suggested mention of the entity (exact:
    score 1.0), except where that entity is already tagged; by document, then position."""
    result = search_parsed(project, node, filters=filters)
    with project.read() as s:
        tagged: dict[int, list[tuple[int, int]]] = {}
        for doc_id, start, end in s.execute(
            select(Annotation.document_id, Annotation.start, Annotation.end)
            .where(Annotation.kind == Kind.ENTITY.value, Annotation.entity_id == entity_id)
        ):
            tagged.setdefault(doc_id, []).append((start, end))
    name = to_text(node)
    found: list[MentionSuggestion] = []
    for group in result.documents:
        body: str | None = None
        done = tagged.get(group.document_id, [])
        for hit in group.hits:
            if any(s < hit.end and hit.start < e for s, e in done):
                continue
            if body is None:
                finder = document_finder(project, group.document_id)
                body = finder.text if finder is not None else ""
            found.append(MentionSuggestion(
                f"m:{entity_id}:{group.document_id}:{hit.start}:{hit.end}", group.document_id, hit.start, hit.end,
                body[hit.start:hit.end], 1.0, entity_id, name))
    return found
