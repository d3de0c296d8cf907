"""Whole-project exports other tools read: REFI-QDA (.qdpx) and CSV. Read through services, write atomically.

Pure in the sense that matters: the output depends on the project and the arguments only (the caller says
who is exporting), never on the machine's profiles or settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.interchange.csv_export import annotations_csv
from desktop.interchange.refi_qda import CODEPOINTS, build_qdpx
from desktop.services.authors import find_author
from desktop.services.clock import now_iso
from desktop.services.documents import list_documents
from desktop.services.files import write_atomically
from desktop.services.queries import list_annotations
from desktop.services.read_models import (
    AuthorRecord,
    author_records,
    documents_with_text,
    export_label,
    vocabulary_entries,
)

if TYPE_CHECKING:
    from desktop.storage.project import Project

ORIGIN = f"Evidence Desk {__version__}"
EXPORTING_USER = AuthorRecord(key="evidence-desk", name="Evidence Desk", colour="#888888")


def qdpx_bytes(project: Project, *, creating_user: str | None = None,
               created: str | None = None, positions: str = CODEPOINTS) -> tuple[bytes, int]:
    """The .qdpx archive and the number of coded selections in it.

    ``creating_user`` is the author key the caller names as the one exporting (the window's author, the
    active profile of the command line); see ``creating_user_for`` for who is named when it is not an
    author of the project. Nothing here reads the machine's configuration: the same project and arguments
    give the same bytes anywhere.
    """
    annotations = list_annotations(project)
    users = author_records(project)
    user, users = creating_user_for(creating_user, users)
    entities, measures, propositions = vocabulary_entries(project)
    data = build_qdpx(
        name=export_label(project), origin=ORIGIN, created=created or now_iso(), users=users,
        documents=documents_with_text(project), annotations=annotations, entities=entities, measures=measures,
        propositions=propositions, creating_user=user, positions=positions,
    )
    return data, len(annotations)


def creating_user_for(key: str | None, users: Sequence[AuthorRecord]) -> tuple[str, list[AuthorRecord]]:
    """Who the archive names as its creator, and the users it lists.

    ``key`` when it is one of the project's authors; else the project's first author (the first of
    ``users``: ``services.exchange.authors`` sorts them by key); a project without authors is exported by
    ``EXPORTING_USER`` ("Evidence Desk"), added to the users so the creator always names a user of the file.
    """
    listed = list(users)
    if key is not None and any(u.key == key for u in listed):
        return key, listed
    if listed:
        return listed[0].key, listed
    return EXPORTING_USER.key, [EXPORTING_USER]


def titles_outside_bmp(project: Project) -> list[str]:
    """Titles of the documents holding a character outside the Basic Multilingual Plane (an emoji): only
    for those do the two position units of a REFI-QDA export differ."""
    return [d.title for d in documents_with_text(project) if any(ord(c) > 0xFFFF for c in d.text)]


def export_qdpx(project: Project, out: str | Path, *, creating_user: str | None = None,
                created: str | None = None, positions: str = CODEPOINTS) -> int:
    """Write the .qdpx archive (all or nothing); returns the number of coded selections. ``positions``:
    "codepoints" (the standard) or "utf16" (see ``desktop.interchange.refi_qda``)."""
    data, count = qdpx_bytes(project, creating_user=creating_user, created=created, positions=positions)
    write_atomically(out, data)
    return count


def csv_bytes(project: Project, *, author: str | None = None) -> tuple[bytes, int]:
    """The CSV and its number of rows; ``author`` (key or unique name) keeps only that analyst's annotations."""
    author_id = find_author(project, author).id if author else None
    annotations = list_annotations(project, author_id=author_id)
    return annotations_csv(annotations, {d.id: d for d in list_documents(project)}), len(annotations)


def export_csv(project: Project, out: str | Path, *, author: str | None = None) -> int:
    """Write the CSV (all or nothing); returns the number of rows."""
    data, count = csv_bytes(project, author=author)
    write_atomically(out, data)
    return count
