"""A whole desk (issue 16): files larger than the old 50 MB limit import as a stream, and an export that is
cancelled or fails leaves no file and no ``.part`` behind. Speed and memory are measured by ``make bench``
(bench/desk.py), never here."""

import json

import pytest

from desktop.cli import main
from desktop.interchange import w3c_export
from desktop.interchange.w3c_io import export_w3c, import_w3c
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.progress import Cancelled
from desktop.services.queries import list_annotations

OLD_LIMIT = 50 * 1024 * 1024


def _item(n: int, sha: str, text: str, start: int, padding: str) -> dict:
    end = start + 12
    return {
        "id": f"urn:uuid:00000000-0000-4000-8000-{n:012d}", "type": "Annotation", "motivation": "classifying",
        "creator": {"id": "urn:evidence-desk:annotator:big-desk", "type": "Person", "name": "Big Desk"},
        "created": "2026-11-21T10:12:00.000000Z", "modified": "2026-11-21T10:12:00.000000Z",
        "ed:status": "proposed",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": "claim"}],
        "target": {"source": f"urn:sha256:{sha}", "ed:sha256": sha,
                   "selector": [{"type": "TextPositionSelector", "start": start, "end": end},
                                {"type": "TextQuoteSelector", "exact": text[start:end]}]},
        "ed:padding": padding,  # a field the reader does not know: it is ignored, but it is in the file
    }


def test_a_file_larger_than_the_old_limit_is_imported_as_a_stream(seeded_project, tmp_path):
    document = list_documents(seeded_project)[0]
    text = document_text(seeded_project, document.id)
    padding = "evidence " * 9_000  # 81 kB per item
    path = tmp_path / "big.jsonld"
    count = 700
    with path.open("w", encoding="utf-8") as fh:  # written item by item: the test holds no 57 MB string either
        fh.write('{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection", '
                 f'"total": {count}, "first": {{"type": "AnnotationPage", "items": [')
        for n in range(count):
            start = (n * 37) % (len(text) - 40)
            while not text[start:start + 12].strip():
                start += 1
            fh.write(("," if n else "") + json.dumps(_item(n, document.sha256, text, start, padding)))
        fh.write("]}}")
    assert path.stat().st_size > OLD_LIMIT
    report = import_w3c(seeded_project, path).value
    assert len(report.imported) == count and not report.skipped
    assert len([a for a in list_annotations(seeded_project) if a.author_name == "Big Desk"]) == count


def test_an_export_of_the_app_imports_again_whatever_its_size(seeded_project, tmp_path):
    author = ensure_author(seeded_project, "giulia-test", "Giulia").value
    document = list_documents(seeded_project)[0]
    for n in range(30):
        create_annotation(seeded_project, document_id=document.id, start=10 + n * 20, end=18 + n * 20,
                          kind="entity", author_id=author)
    out = tmp_path / "desk.jsonld"
    assert export_w3c(seeded_project, out) == 30
    report = import_w3c(seeded_project, out).value
    assert len(report.unchanged) == 30 and not report.imported and not report.skipped


def _project_with_annotations(project, count=1200):
    author = ensure_author(project, "giulia-test", "Giulia").value
    document = list_documents(project)[0]
    text = document_text(project, document.id)
    made = 0
    start = 0
    while made < count:
        start = (start + 7) % (len(text) - 20)
        if text[start:start + 5].strip() == text[start:start + 5]:
            create_annotation(project, document_id=document.id, start=start, end=start + 5, kind="claim",
                              author_id=author)
            made += 1


def test_a_cancelled_export_leaves_no_file_and_no_part(seeded_project, tmp_path):
    _project_with_annotations(seeded_project, 30)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "export.jsonld"
    seen = []

    def cancel(done, total, what):
        seen.append((done, total))
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_w3c(seeded_project, out, progress=cancel)
    assert seen and list(folder.iterdir()) == []
    # an earlier file of that name keeps its content
    out.write_text("the old export", encoding="utf-8")
    with pytest.raises(Cancelled):
        export_w3c(seeded_project, out, progress=cancel)
    assert out.read_text(encoding="utf-8") == "the old export"
    assert sorted(p.name for p in folder.iterdir()) == ["export.jsonld"]


def test_a_failed_or_interrupted_export_on_the_command_line_exits_non_zero_and_leaves_nothing(
        seeded_project, tmp_path, monkeypatch, capsys):
    _project_with_annotations(seeded_project, 30)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "export.jsonld"
    real = w3c_export.annotation_to_w3c
    written = []

    def failing(a, document):
        written.append(a.id)
        if len(written) == 10:
            raise KeyboardInterrupt  # Ctrl+C in the middle of the file
        return real(a, document)

    monkeypatch.setattr(w3c_export, "annotation_to_w3c", failing)
    code = main(["--project", str(seeded_project.location), "annotations", "export", "--format", "w3c",
                 "--out", str(out)])
    assert code != 0 and len(written) == 10
    assert "interrupted" in capsys.readouterr().err
    assert list(folder.iterdir()) == []


def test_annotations_imported_in_batches_start_at_version_one_and_can_be_edited(seeded_project, tmp_path):
    """The batch insert fills the columns the file does not name with their defaults (a row's version)."""
    from desktop.services.annotations import update_annotation

    _project_with_annotations(seeded_project, 5)
    out = tmp_path / "desk.jsonld"
    export_w3c(seeded_project, out)
    other = tmp_path / "other.evidence"
    from desktop.storage.project import open_project

    fresh = open_project(other)
    try:
        from desktop.services.documents import add_document

        document = list_documents(seeded_project)[0]
        add_document(fresh, document_text(seeded_project, document.id), title=document.title)
        assert len(import_w3c(fresh, out).value.imported) == 5
        views = list_annotations(fresh)
        assert [v.version for v in views] == [1] * 5
        update_annotation(fresh, views[0].id, note="checked")
        assert {v.id: v.version for v in list_annotations(fresh)}[views[0].id] == 2
    finally:
        fresh.close()


def test_a_large_import_stores_every_annotation_in_file_order_with_its_note_searchable(seeded_project, tmp_path):
    """Rows are inserted many to a statement (a hundred at a time, then the rest): every one of 250 items
    arrives, in the file's order, each note in the search index and each import in the journal."""
    from sqlalchemy import text as sql

    from desktop.services.search.engine import search
    from desktop.services.search.model import NOTES

    document = list_documents(seeded_project)[0]
    body = document_text(seeded_project, document.id)
    count = 250
    items = []
    for n in range(count):
        start = (n * 37) % (len(body) - 40)
        while not body[start:start + 12].strip():
            start += 1
        item = _item(n, document.sha256, body, start, "")
        if n % 3 == 0:
            item["body"].append({"type": "TextualBody", "purpose": "commenting", "value": f"zebracheck item {n}"})
        items.append(item)
    path = tmp_path / "many.jsonld"
    path.write_text(json.dumps({"type": "AnnotationCollection", "total": count,
                                "first": {"type": "AnnotationPage", "items": items}}), encoding="utf-8")

    report = import_w3c(seeded_project, path).value

    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(count)]
    assert len(report.imported) == count and not report.skipped
    with seeded_project.read() as s:
        stored = [row[0] for row in s.execute(sql("SELECT id FROM annotations ORDER BY rowid"))]
        journal = [row[0] for row in s.execute(sql(
            "SELECT target_id FROM journal WHERE action = 'import' AND target_type = 'annotation' ORDER BY id"))]
    assert stored[-count:] == ids
    assert journal[-count:] == ids
    found = search(seeded_project, "zebracheck", scopes=(NOTES,))
    noted = {hit.annotation_id for doc in found.documents for hit in doc.hits}
    assert noted == {ids[n] for n in range(0, count, 3)}
