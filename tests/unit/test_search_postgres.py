"""The desk search on PostgreSQL (tsvector, pg_trgm, unaccent): the same answers as on SQLite."""

import os
import uuid

import pytest
from sqlalchemy import create_engine

from desktop.services.annotations import create_annotation, delete_annotation, edit_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, delete_document, document_text
from desktop.services.search import NOTES, SearchFilters, batch_search, search
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project

PG_URL = os.environ.get("EVIDENCE_DESK_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(not PG_URL, reason="EVIDENCE_DESK_PG_URL not set (make test starts a server when one is installed)"),
]


@pytest.fixture
def pg_project():
    name = f"evidence_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    project = open_project(f"{PG_URL.rsplit('/', 1)[0]}/{name}")
    yield project
    project.close()
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE "{name}" WITH (FORCE)')
    admin.dispose()


def test_the_same_queries_answer_the_same_on_postgresql(pg_project):
    seed_project(pg_project)
    societa = search(pg_project, "societa")
    assert societa.total == 3
    assert {document_text(pg_project, d.document_id)[h.start:h.end] for d in societa.documents for h in d.hits} == {"società"}
    assert [d.label for d in search(pg_project, '"Scale AI"').documents] == ["Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"]
    assert search(pg_project, '"Scale AI"').total == 40
    assert [d.label for d in search(pg_project, "Meta NOT Openi").documents] == ["Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog"]
    assert {d.label for d in search(pg_project, "droeg*").documents} == {"Cryptopolitan", "PT news site", "FR AI blog", "FT 2025-07-15"}
    rows = batch_search(pg_project, ["Openi", "Alexandr Wang"]).rows
    assert [len(r.counts) for r in rows] == [1, 5]
    it = search(pg_project, "scale", filters=SearchFilters(languages=frozenset({"fr"})))
    assert [d.label for d in it.documents] == ["FR AI blog"]


def test_the_index_follows_writes_on_postgresql(pg_project):
    author = ensure_author(pg_project, "g", "Giulia").value
    doc = add_document(pg_project, "Jason Droege e la società. Meta在中国的投资很大。", title="t").value
    assert search(pg_project, "droege").total == 1
    assert search(pg_project, "中国").total == 1
    ann = create_annotation(pg_project, document_id=doc, start=0, end=5, kind="entity", author_id=author).value
    edit_annotation(pg_project, ann, author, note="Verificare la società madre")
    assert search(pg_project, "societa madre", scopes=(NOTES,)).total == 2
    delete_annotation(pg_project, ann, author)
    assert search(pg_project, "madre", scopes=(NOTES,)).total == 0
    delete_document(pg_project, doc)
    assert search(pg_project, "droege").total == 0
