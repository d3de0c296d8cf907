"""The profile's author at every window start: found as it is without taking the write lock (a window opens
while another writer holds the project), renamed or recoloured when the profile changed."""

import sqlite3

from sqlalchemy import select

from desktop.services.authors import ensure_author
from desktop.storage.models import Author
from desktop.storage.project import open_project


def test_an_unchanged_author_is_found_while_another_writer_holds_the_project(tmp_path):
    path = tmp_path / "p.evidence"
    project = open_project(path)
    first = ensure_author(project, "giulia-k", "Giulia", "#2ca02c")
    assert first.changes.authors == {first.value}
    waits = []
    project.on_busy = lambda wait: waits.append(wait) and False  # give up at once, saying it waited
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a long import in another process
    try:
        again = ensure_author(project, "giulia-k", "Giulia", "#2ca02c")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert (again.value, again.changes.authors, waits) == (first.value, frozenset(), [])
    project.on_busy = None
    renamed = ensure_author(project, "giulia-k", "Giulia Rossi", "#1f77b4")
    assert (renamed.value, renamed.changes.authors) == (first.value, {first.value})
    with project.read() as s:
        assert s.execute(select(Author.name, Author.colour).where(Author.id == first.value)).one() == (
            "Giulia Rossi", "#1f77b4")
    project.close()


def test_annotation_counts_per_author_on_the_desk_and_in_one_document(seeded_project):
    from desktop.services.annotations import create_annotation
    from desktop.services.authors import annotation_counts
    from desktop.services.documents import list_documents

    first, second = (d.id for d in list_documents(seeded_project)[:2])
    anna = ensure_author(seeded_project, "anna-1", "Anna").value
    bruno = ensure_author(seeded_project, "bruno-1", "Bruno").value
    for document_id, author_id, start in ((first, anna, 0), (first, anna, 20), (first, bruno, 40), (second, bruno, 0)):
        create_annotation(seeded_project, document_id=document_id, start=start, end=start + 5, kind="entity",
                          author_id=author_id)
    assert annotation_counts(seeded_project) == {anna: 2, bruno: 2}
    assert annotation_counts(seeded_project, first) == {anna: 2, bruno: 1}
    assert annotation_counts(seeded_project, second) == {bruno: 1}
