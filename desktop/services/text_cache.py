"""The texts of the last documents read in this process, so that a tag takes its quote's surroundings from
memory instead of cutting them out of the stored text (SQLite's ``substr`` reads and decodes a 3 MB text
from its start: 4–5 ms of every tag on a long article).

A document's text never changes once stored (documents are added and deleted, never edited), and its SHA-256
is unique in the project. A remembered text is used only after the writing transaction has checked that the
row with that id still carries that SHA-256, through the unique index on ``sha256`` without reading the row's
text (:func:`same_document`): a document deleted since, and another added under the same id, is not taken
for it. Entries are per opening of a project (``Project.session_id``) and only the last few are kept (the
panes showing them hold the same strings).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Integer, Row, bindparam, literal_column, select
from sqlalchemy.orm import Session

from desktop.domain.recent import Recent
from desktop.storage.models import Author, Document
from desktop.storage.project import Project

KEPT = 4  # documents remembered at once (across open projects)

_texts: Recent[tuple[str, int], tuple[str, str]] = Recent(KEPT)  # (session, document) -> (sha256, text)

# The document's row if it still has this SHA-256: found through the sha256 index (on SQLite, "+id" keeps the
# planner from reaching the row by id and then reading past its text to compare the hash). With it, the
# tagging author's key and name (a tag shows its new annotation without reading it back).
_AUTHOR_KEY = select(Author.key).where(Author.id == bindparam("author_id", type_=Integer)).scalar_subquery()
_AUTHOR_NAME = select(Author.name).where(Author.id == bindparam("author_id", type_=Integer)).scalar_subquery()
_COLUMNS = (Document.language, Document.published, Document.title, _AUTHOR_KEY.label("author_key"),
            _AUTHOR_NAME.label("author_name"))
_SAME_SQLITE = select(*_COLUMNS).where(
    Document.sha256 == bindparam("sha256"), literal_column("+documents.id", Integer) == bindparam("document_id"))
_SAME = select(*_COLUMNS).where(
    Document.sha256 == bindparam("sha256"), Document.id == bindparam("document_id", type_=Integer))


def remember(project: Project, document_id: int, sha256: str, text: str) -> None:
    _texts.put((project.session_id, document_id), (sha256, text))


def recalled(project: Project, document_id: int) -> tuple[str, str] | None:
    """(sha256, text) of a document read lately through this opening of ``project``, not yet checked."""
    return _texts.get((project.session_id, document_id))


def forget(project: Project, document_id: int) -> None:
    _texts.pop((project.session_id, document_id))


def same_document(s: Session, project: Project, document_id: int, sha256: str,
                  author_id: int | None = None) -> Row[Any] | None:
    """(language, published, title, author_key, author_name) of the document if its row still carries
    ``sha256``, with the key and name of author ``author_id``; None if it is gone or is another document now."""
    statement = _SAME_SQLITE if project.dialect == "sqlite" else _SAME
    return s.execute(statement, {"sha256": sha256, "document_id": document_id, "author_id": author_id}).first()
