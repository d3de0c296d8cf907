"""Search the desk: document texts, annotation notes, review comments, entity names and aliases.

``search(project, query, scopes=..., filters=...)`` answers one query (see
``desktop.domain.search_query`` for the language); ``batch_search`` a list of names. The index the
queries use is kept by the database (migration 0004), so every service that writes keeps it current.
"""

from desktop.domain.search_query import QueryError
from desktop.services.search.batch import (
    ListFileError,
    batch_csv,
    batch_search,
    read_terms,
    read_terms_file,
    write_batch_csv,
)
from desktop.services.search.engine import document_finder, search, search_parsed, term_hits
from desktop.services.search.model import (
    COMMENTS,
    ENTITIES,
    NOTES,
    SCOPES,
    TEXT,
    UNTAGGED,
    BatchResult,
    BatchRow,
    DocumentHits,
    EntityHits,
    Hit,
    SearchFilters,
    SearchResult,
)
from desktop.services.search.tagging import hits_as_mentions

__all__ = [
    "COMMENTS", "ENTITIES", "NOTES", "SCOPES", "TEXT", "UNTAGGED", "BatchResult", "BatchRow", "DocumentHits",
    "EntityHits", "Hit", "ListFileError", "QueryError", "SearchFilters", "SearchResult", "batch_csv", "batch_search",
    "document_finder", "hits_as_mentions", "read_terms", "read_terms_file", "search", "search_parsed", "term_hits", "write_batch_csv",
]
