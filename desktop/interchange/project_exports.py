"""Whole-project exports other tools read: REFI-QDA (.qdpx) and CSV. Read through services, write atomically."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.interchange.csv_export import annotations_csv
from desktop.interchange.files import write_atomically
from desktop.interchange.refi_qda import build_qdpx
from desktop.services.authors import find_author
from desktop.services.clock import now_iso
from desktop.services.documents import list_documents
from desktop.services.exchange import authors, documents_with_text, export_label, vocabulary_entries
from desktop.services.profiles import active_profile
from desktop.services.queries import list_annotations

if TYPE_CHECKING:
    from desktop.storage.project import Project

ORIGIN = f"Evidence Desk {__version__}"


def qdpx_bytes(project: Project, *, created: str | None = None) -> tuple[bytes, int]:
    """The .qdpx archive and the number of coded selections in it."""
    annotations = list_annotations(project)
    users = authors(project)
    entities, measures, propositions = vocabulary_entries(project)
    profile = active_profile()
    creating_user = profile.key if profile is not None and any(u.key == profile.key for u in users) else None
    data = build_qdpx(
        name=export_label(project), origin=ORIGIN, created=created or now_iso(), users=users,
        documents=documents_with_text(project), annotations=annotations, entities=entities, measures=measures,
        propositions=propositions, creating_user=creating_user,
    )
    return data, len(annotations)


def export_qdpx(project: Project, out: str | Path, *, created: str | None = None) -> int:
    """Write the .qdpx archive (all or nothing); returns the number of coded selections."""
    data, count = qdpx_bytes(project, created=created)
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
