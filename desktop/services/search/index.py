"""Asking the database's index which rows may match a query (SQLite FTS5, PostgreSQL tsvector).

The index narrows a search down to the documents (and notes) that can match; the engine then finds
the exact hits in those texts (``desktop.domain.text_find``), so both backends answer alike. Each
function returns an SQL condition with its bind parameters:

- SQLite: one FTS5 MATCH of the whole query on ``search_text`` (``unicode61 remove_diacritics 2``);
  a term in a script written without spaces (Chinese, Japanese, Thai) is looked up in the trigram
  table ``search_cjk`` (three characters or more) or with ``instr`` (shorter);
- PostgreSQL: ``ed_search_vector(column) @@ tsquery`` per term, which the GIN expression indexes
  answer; a phrase asks for its words (their order is checked on the text), NOT is left to the
  engine; a term without spaces uses ``LIKE`` (which the ``pg_trgm`` index answers).

The tables and functions are made by migration 0004.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from desktop.domain.search_query import AllOf, AnyOf, Node, Term, Without, terms, to_fts5

NOTE_SOURCES = {  # scope source -> (table, key column, text column), as on PostgreSQL
    "note": ("annotations", "id", "note"),
    "comment": ("reviews", "id", "comment"),
    "entity": ("entities", "id", "name"),
    "alias": ("entity_aliases", "id", "alias"),
}


class Params:
    """Numbered bind parameters for one statement."""

    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def __call__(self, value: object) -> str:
        name = f"q{len(self.values)}"
        self.values[name] = value
        return f":{name}"


def _tree(node: Node, leaf: Callable[[Term], str], keep_not: bool) -> str:
    if isinstance(node, Term):
        return leaf(node)
    if isinstance(node, Without):
        keep = _tree(node.keep, leaf, keep_not)
        return f"({keep} AND NOT {_tree(node.drop, leaf, keep_not)})" if keep_not else keep
    joiner = " AND " if isinstance(node, AllOf) else " OR "
    assert isinstance(node, (AllOf, AnyOf))
    return "(" + joiner.join(_tree(item, leaf, keep_not) for item in node.items) + ")"


def _like_escape(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


# --- documents --------------------------------------------------------------------------------------
def document_condition(dialect: str, node: Node, p: Params) -> str:
    """A condition on ``documents d`` true for every document that may match ``node``."""
    if dialect == "postgresql":
        return _tree(node, lambda term: _pg_leaf(term, "d.text", p), keep_not=False)
    if not any(t.no_space_script for t in terms(node)):
        return f"d.id IN (SELECT rowid FROM search_text WHERE search_text MATCH {p(to_fts5(node))})"

    def leaf(term: Term) -> str:
        if not term.no_space_script:
            return f"d.id IN (SELECT rowid FROM search_text WHERE search_text MATCH {p(to_fts5(term))})"
        parts = []
        for word in term.words:
            if len(word) >= 3:
                parts.append(f"d.id IN (SELECT rowid FROM search_cjk WHERE search_cjk MATCH {p(to_fts5(Term((word,))))})")
            else:
                parts.append(f"instr(d.text, {p(word)}) > 0")
        return "(" + " AND ".join(parts) + ")"

    return _tree(node, leaf, keep_not=False)


def _pg_leaf(term: Term, column: str, p: Params) -> str:
    if term.no_space_script:
        return "(" + " AND ".join(f"lower({column}) LIKE {p(_like_escape(w.lower()))} ESCAPE '\\'"
                                  for w in term.words) + ")"
    parts = []
    head = term.words[:-1] if term.prefix else term.words
    if head:
        parts.append(f"plainto_tsquery('simple', ed_search_fold({p(' '.join(head))}))")
    if term.prefix:
        parts.append(f"to_tsquery('simple', quote_literal(ed_search_fold({p(term.words[-1])})) || ':*')")
    return f"ed_search_vector({column}) @@ (" + " && ".join(parts) + ")"


# --- notes, comments, entity names and aliases -----------------------------------------------------
def note_rows_sql(dialect: str, node: Node, sources: list[str], p: Params) -> str:
    """SELECT source, ref, body of the notes (and comments, names, aliases) that may match ``node``."""
    if dialect == "postgresql":
        selects = []
        for source in sources:
            table, key, column = NOTE_SOURCES[source]
            condition = _tree(node, partial(_pg_leaf, column=f"t.{column}", p=p), keep_not=False)
            selects.append(f"SELECT '{source}' AS source, CAST(t.{key} AS TEXT) AS ref, t.{column} AS body "
                           f"FROM {table} t WHERE t.{column} <> '' AND {condition}")
        return " UNION ALL ".join(selects)

    if not any(t.no_space_script for t in terms(node)):
        condition = f"n.rowid IN (SELECT rowid FROM search_notes WHERE search_notes MATCH {p(to_fts5(node))})"
    else:
        def leaf(term: Term) -> str:
            if term.no_space_script:
                return "(" + " AND ".join(f"instr(n.body, {p(w)}) > 0" for w in term.words) + ")"
            return f"n.rowid IN (SELECT rowid FROM search_notes WHERE search_notes MATCH {p(to_fts5(term))})"

        condition = _tree(node, leaf, keep_not=False)
    wanted = ", ".join(p(s) for s in sources)
    return (f"SELECT r.source AS source, r.ref AS ref, n.body AS body FROM search_notes n "
            f"JOIN search_note_rows r ON r.id = n.rowid WHERE r.source IN ({wanted}) AND {condition}")
