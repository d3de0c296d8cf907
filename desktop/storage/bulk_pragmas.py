"""SQLite settings for one bulk write (an import of tens of thousands of annotations), set as its transaction
begins and undone when the connection next begins an ordinary one.

Two costs grew with an import's size and are gone with them:

- **The statement journal.** Every row an import inserts is one statement that may still fail after it
  changed pages (a foreign key, a search-index trigger), so SQLite keeps the pages it changes in a statement
  journal. An annotation's row changes some 17 pages (its table, seven indexes, the search rows): more than
  the 64 KiB SQLite keeps in memory, so every row wrote its pages to a temporary file, 1.9 GB in 0.9 million
  writes for 50,000 annotations. ``temp_store=MEMORY`` keeps that journal in memory (it is emptied after
  each row). SQLite decides where it lives when the transaction begins, hence here and not later.
- **The page cache.** The rows go into indexes keyed by random ids (an annotation's UUID, its journal
  entry's target), so each insert lands on a random index page. Once those pages outgrow SQLite's default
  cache (2 MB, about 25,000 annotations' worth) inserts read pages back from the file, and the share that do
  grows with the import: 100,000 annotations cost more than twice 50,000. A 64 MB cache holds them; it is a
  ceiling, reached only by an import that dirties that many pages.

``bulk_begin`` is called by the project's ``begin`` listener (``storage.project``) before ``BEGIN``.
"""

from __future__ import annotations

from typing import Any

BULK_OPTION = "evidence_bulk"  # the execution option a bulk transaction's connection carries
BULK_CACHE_KIB = 64 * 1024
BULK_OPTIONS: Any = {BULK_OPTION: True}  # what ``Session.connection(execution_options=...)`` is given
_PLAIN = "evidence_plain_pragmas"  # the connection's own settings, kept while it runs a bulk write


def bulk_begin(conn: Any) -> None:
    """Before ``BEGIN`` on SQLite: a bulk transaction's settings, or the connection's own back after one."""
    bulk = bool(conn.get_execution_options().get(BULK_OPTION, False))
    plain = conn.info.get(_PLAIN)
    if bulk:
        if plain is None:
            conn.info[_PLAIN] = (_pragma(conn, "cache_size"), _pragma(conn, "temp_store"))
        conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
        conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
    elif plain is not None:
        cache_size, temp_store = plain
        conn.exec_driver_sql(f"PRAGMA cache_size={int(cache_size)}")
        conn.exec_driver_sql(f"PRAGMA temp_store={int(temp_store)}")
        del conn.info[_PLAIN]


def _pragma(conn: Any, name: str) -> int:
    return int(conn.exec_driver_sql(f"PRAGMA {name}").scalar())
