"""What a write leaves behind when its last rows go in with the change log entry (one statement on
PostgreSQL): the tag itself, its journal entry, the change log entry, every journal entry of a long write in
the order it was recorded; and a pooled connection the server dropped is replaced before a write uses it."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import create_engine, text

from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document
from desktop.services.journal import record
from desktop.services.queries import get_annotation
from desktop.services.register import add_alias, create_entity
from desktop.storage import postgres
from desktop.storage.models import Document
from desktop.storage.project import open_project
from tests.fixtures.databases import PG_URL, backend, pg_location  # noqa: F401

TEXT = "Meta investirà 14 miliardi di dollari in Scale AI, disse Zuckerberg giovedì."


def _at(phrase: str) -> tuple[int, int]:
    start = TEXT.index(phrase)
    return start, start + len(phrase)


def test_a_tag_lands_whole_with_its_journal_and_change_log_entry(backend):  # noqa: F811
    project = open_project(backend)
    try:
        author = ensure_author(project, "giulia-k", "Giulia").value
        doc = add_document(project, TEXT, title="Scale AI", language="it").value
        meta = create_entity(project, "Meta Platforms", "organization").value
        add_alias(project, meta, "Meta")
        figure = create_annotation(project, document_id=doc, start=_at("14 miliardi di dollari")[0],
                                   end=_at("14 miliardi di dollari")[1], kind="figure", author_id=author).value
        entity = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author).value
        noted = create_annotation(project, document_id=doc, start=_at("Scale AI")[0], end=_at("Scale AI")[1],
                                  kind="claim", author_id=author, note="check the amount").value

        tagged = get_annotation(project, figure)
        assert tagged is not None and tagged.quote == "14 miliardi di dollari" and tagged.version == 1
        assert tagged.value == "14000000000" and tagged.unit == "USD" and tagged.status == "proposed"
        assert tagged.prefix == "Meta investirà " and tagged.suffix.startswith(" in Scale AI")
        assert get_annotation(project, entity).entity_id == meta  # found by its alias
        assert get_annotation(project, noted).note == "check the amount"
        with project.read() as s:
            journal = s.execute(text("SELECT action, target_id, author_id FROM journal "
                                     "WHERE action = 'create' AND target_type = 'annotation' ORDER BY id")).all()
            logged = s.execute(text("SELECT actions, payload, author_id FROM change_log ORDER BY seq DESC "
                                    "LIMIT 3")).all()
        assert [tuple(r) for r in journal] == [("create", figure, author), ("create", entity, author),
                                              ("create", noted, author)]
        assert [json.loads(r[1])["annotations"] for r in reversed(logged)] == [[figure], [entity], [noted]]
        assert all(json.loads(r[0]) == ["create"] and r[2] == author for r in logged)
    finally:
        project.close()


@pytest.mark.parametrize("entries", [3, 250])  # a few ride in the change log's statement; many go apart
def test_a_write_keeps_every_journal_entry_it_records_in_order(backend, entries):  # noqa: F811
    project = open_project(backend)
    try:
        author = ensure_author(project, "giulia-k", "Giulia").value
        doc = add_document(project, TEXT, title="Scale AI").value
        with project.transaction() as s:
            s.get(Document, doc).title = "Scale AI, corrected"
            for step in range(entries):
                record(s, "update", "document", doc, author, step=step)
        with project.read() as s:
            steps = [json.loads(p)["step"] for p in s.scalars(text(
                "SELECT payload FROM journal WHERE action = 'update' ORDER BY id"))]
            last = s.execute(text("SELECT actions, author_id FROM change_log ORDER BY seq DESC LIMIT 1")).one()
        assert steps == list(range(entries))
        assert json.loads(last[0]) == ["update"] and last[1] == author
    finally:
        project.close()


def test_a_connection_the_server_dropped_is_replaced_before_a_write_uses_it(pg_location, monkeypatch):  # noqa: F811
    project = open_project(pg_location)
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        author = ensure_author(project, "giulia-k", "Giulia").value
        doc = add_document(project, TEXT, title="Scale AI").value
        database = pg_location.rsplit("/", 1)[1]
        with admin.connect() as conn:  # the server restarts, say: every connection to the project goes
            conn.exec_driver_sql("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                 "WHERE datname = %s AND pid <> pg_backend_pid()", (database,))
        monkeypatch.setattr(postgres, "PING_AFTER_IDLE_S", 0.0)  # it was idle long enough to be checked
        tagged = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author).value
        assert get_annotation(project, tagged) is not None
    finally:
        project.close()
        admin.dispose()
