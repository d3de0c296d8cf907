"""The same code on PostgreSQL: open_project(url) migrates, stores and reads back like SQLite."""

import json
import os
import uuid

import pytest
from sqlalchemy import create_engine

from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import head_revision, open_project

PG_URL = os.environ.get("EVIDENCE_DESK_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="EVIDENCE_DESK_PG_URL not set (make test starts a server when one is installed)"),
]


@pytest.fixture
def pg_url():
    name = f"evidence_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    base = PG_URL.rsplit("/", 1)[0]
    yield f"{base}/{name}"
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.dispose()


def test_a_team_project_on_postgresql_round_trips(pg_url):
    project = open_project(pg_url)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
    author = ensure_author(project, "giulia-pg", "Giulia").value
    seed_project(project)
    text = "circa 14 miliardi di dollari"
    with project.read() as s:
        from desktop.storage.models import Document

        doc = s.query(Document).filter(Document.text.contains(text)).first()
        start = doc.text.index(text)
    ann = create_annotation(project, document_id=doc.id, start=start, end=start + len(text), kind="figure",
                            author_id=author, value="14000000000", unit="USD", bound="about").value
    update_annotation(project, ann, measure_label="Meta's investment in Scale AI")
    project.close()

    again = open_project(pg_url)
    [view] = list_annotations(again)
    assert (view.quote, view.value, view.bound, view.measure_label) == (
        text, "14000000000", "about", "Meta's investment in Scale AI")
    again.close()


def test_sources_with_their_originals_on_postgresql(pg_url, tmp_path, web_server):
    from desktop.services.documents import get_original, list_documents
    from desktop.services.importing import import_file
    from desktop.services.web import add_url
    from tests.fixtures.sources.make import make_pdf
    from tests.fixtures.sources.pages import HEBREW, article_html
    from tests.fixtures.sources.server import Route

    project = open_project(pg_url)
    seed_project(project)
    page = article_html(HEBREW)
    web_id = add_url(project, web_server.add("/he", Route(body=page))).document_id
    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(make_pdf([["Pagina uno."], ["Pagina due."]]))
    pdf_id = import_file(project, pdf).value
    project.close()

    again = open_project(pg_url)
    docs = {d.id: d for d in list_documents(again)}
    assert docs[web_id].language == "he" and docs[web_id].original_type == "text/html"
    assert docs[pdf_id].pages == 2 and get_original(again, pdf_id).data == pdf.read_bytes()
    from desktop.sources.warc import read_warc
    assert read_warc(get_original(again, web_id).data).body == page
    assert [d.label for d in list_documents(again)][:5] == ["Cryptopolitan", "PT news site", "IT crypto site",
                                                          "FR AI blog", "FT 2025-07-15"]
    again.close()


def test_a_w3c_export_imports_again_on_postgresql_with_the_same_annotations(pg_url, tmp_path):
    """The import's batches (executemany with named parameters) and the export's pieces on PostgreSQL."""
    from desktop.interchange.w3c_io import export_w3c, import_w3c
    from desktop.services.documents import document_text, list_documents

    local = open_project(tmp_path / "local.evidence")
    seed_project(local)
    author = ensure_author(local, "giulia-pg", "Giulia").value
    document = list_documents(local)[0]
    text = document_text(local, document.id)
    for n in range(12):
        start = text.index(" ", 40 * n + 1) + 1
        create_annotation(local, document_id=document.id, start=start, end=start + 4, kind="claim",
                          author_id=author, note="on PostgreSQL" if n % 2 else "")
    out = tmp_path / "local.jsonld"
    assert export_w3c(local, out) == 12
    before = [(a.id, a.start, a.end, a.quote, a.note, a.author_key, a.version) for a in list_annotations(local)]
    local.close()

    project = open_project(pg_url)
    seed_project(project)
    report = import_w3c(project, out).value
    assert len(report.imported) == 12
    after = [(a.id, a.start, a.end, a.quote, a.note, a.author_key, a.version) for a in list_annotations(project)]
    assert after == before
    again = tmp_path / "pg.jsonld"
    assert export_w3c(project, again) == 12
    assert [i["id"] for i in json.loads(again.read_text(encoding="utf-8"))["first"]["items"]] == [
        f"urn:uuid:{a[0]}" for a in before]
    project.close()


def test_a_documents_spans_come_from_one_index_on_postgresql_before_and_after_0007(pg_url):
    from sqlalchemy import text as sql

    from desktop.services.annotations import spans_of_document
    from desktop.services.documents import add_document
    from desktop.storage.migrate import downgrade_on, upgrade_on

    project = open_project(pg_url)
    author = ensure_author(project, "giulia-pg", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI", title="t").value
    for start, end in ((21, 29), (0, 4), (35, 43)):
        create_annotation(project, document_id=doc, start=start, end=end, kind="entity", author_id=author)
    spans = spans_of_document(project, doc)
    assert [(s, e) for _, s, e, _, _ in spans] == [(0, 4), (21, 29), (35, 43)]
    spans_read = sql('EXPLAIN SELECT id, start, "end", kind, author_id FROM annotations WHERE document_id = :d '
                     'ORDER BY start, "end"')

    def plan() -> str:
        with project.engine.connect() as conn:
            conn.exec_driver_sql("SET enable_seqscan = off")  # three rows: the planner would scan the table
            return " ".join(row[0] for row in conn.execute(spans_read, {"d": doc}))

    assert "Index Only Scan using ix_annotations_document_spans" in plan()
    with project.engine.begin() as conn:
        downgrade_on(conn, "0006")
    assert "ix_annotations_document_spans" not in plan()
    with project.engine.begin() as conn:
        upgrade_on(conn, "head")
    assert "Index Only Scan using ix_annotations_document_spans" in plan()
    assert spans_of_document(project, doc) == spans
    project.close()


def test_autovacuum_can_analyze_the_searched_tables_after_0008(pg_url):
    """Autovacuum runs with an empty search_path; the search index's function must still find its helper, or
    every automatic analyze and vacuum of the tables it indexes fails (no statistics, dead rows kept)."""
    from sqlalchemy import exc

    from desktop.services.documents import add_document
    from desktop.storage.migrate import downgrade_on, upgrade_on

    project = open_project(pg_url)
    author = ensure_author(project, "giulia-pg", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI", title="t").value
    create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author, note="società")

    def analyze_as_autovacuum() -> None:
        with project.engine.begin() as conn:
            schema = conn.exec_driver_sql("SELECT current_schema()").scalar()
            conn.exec_driver_sql("SET LOCAL search_path = ''")
            for table in ("documents", "annotations", "reviews", "entities", "entity_aliases"):
                conn.exec_driver_sql(f'ANALYZE "{schema}".{table}')

    analyze_as_autovacuum()
    with project.engine.begin() as conn:
        downgrade_on(conn, "0007")
    with pytest.raises(exc.ProgrammingError, match="ed_search_fold"):
        analyze_as_autovacuum()
    with project.engine.begin() as conn:
        upgrade_on(conn, "head")
    analyze_as_autovacuum()
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM pg_stats WHERE tablename = 'annotations'").scalar()
    project.close()


def test_a_project_of_the_previous_schema_opens_upgraded_on_postgresql(pg_url):
    """An older PostgreSQL project was checked against the tables the migrations make on SQLite, search tables
    included (PostgreSQL's search index is expression indexes): it was refused as "not a complete project"."""
    from desktop.storage.migrate import downgrade_on
    from desktop.storage.project import SCHEMA_HEAD

    project = open_project(pg_url)
    author = ensure_author(project, "giulia-pg", "Giulia").value
    with project.engine.begin() as conn:
        downgrade_on(conn, f"{int(SCHEMA_HEAD) - 1:04d}")
    project.close()

    project = open_project(pg_url)
    with project.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    assert ensure_author(project, "giulia-pg", "Giulia").value == author
    project.close()


def test_exporting_the_same_annotations_again_rewrites_no_row_on_postgresql(pg_url, tmp_path):
    """An export records, for each annotation, the version sent (``exchanged_modified``); sent again unchanged,
    no row is written anew (one UPDATE a row wrote 50,000 new row versions for vacuum on every export)."""
    from desktop.interchange.w3c_io import export_w3c
    from desktop.services.documents import add_document

    project = open_project(pg_url)
    author = ensure_author(project, "giulia-pg", "Giulia").value
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI", title="t").value
    ids = [create_annotation(project, document_id=doc, start=s, end=s + 4, kind="claim", author_id=author).value
           for s in (0, 5, 21)]

    def written() -> dict[str, tuple[str, str | None]]:  # id -> (the transaction that wrote it, exchanged)
        with project.engine.connect() as conn:
            return {i: (x, e) for i, x, e in conn.exec_driver_sql(
                "SELECT id, xmin::text, exchanged_modified FROM annotations")}

    before = written()
    assert export_w3c(project, tmp_path / "one.jsonld", mark_exchanged=True) == 3
    first = written()
    assert {i: e for i, (_, e) in first.items()} == {a.id: a.modified for a in list_annotations(project)}
    assert all(first[i][0] != before[i][0] for i in ids)
    update_annotation(project, ids[1], note="changed since")
    changed = written()
    assert export_w3c(project, tmp_path / "two.jsonld", mark_exchanged=True) == 3
    second = written()
    assert [i for i in ids if second[i][0] != changed[i][0]] == [ids[1]]
    assert {i: e for i, (_, e) in second.items()} == {a.id: a.modified for a in list_annotations(project)}
    project.close()
