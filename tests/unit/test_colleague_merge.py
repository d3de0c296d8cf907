"""Bringing a colleague's work in: two analysts, two project files, annotations going back and forth.

Giulia (giulia-1a2b3c) and Marco (marco-7f3a) each have their own seeded project. Nothing may be lost:
their annotations arrive under their own author, a re-import changes nothing, a newer version updates,
an annotation both changed since the last exchange is a conflict that is recorded and shown, not applied.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from sqlalchemy import select

from desktop.interchange.project_file_import import import_project_file
from desktop.interchange.w3c_io import export_w3c, import_w3c
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents, update_document
from desktop.services.exchange import CONFLICT, KEEP_YOURS, OLDER, UNCHANGED, UPDATE, merge_decision
from desktop.services.queries import get_annotation, list_annotations
from desktop.services.review_history import history
from desktop.services.seeding import seed_project
from desktop.storage.models import Annotation, Author, Conflict
from desktop.storage.project import NewerProjectError, NotAProjectError, ProjectError, open_project

ITALIAN = "OpenAI continuerà a collaborare con Scale AI dopo l'investimento di Meta"
GIULIA = ("giulia-1a2b3c", "Giulia")
MARCO = ("marco-7f3a", "Marco")


def db_state(project):
    """Every row of every table (the journal too): 'nothing changed' means this is equal."""
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}


def row_counts(project):
    return {table: len(rows) for table, rows in db_state(project).items()}


def at(project, phrase, title=ITALIAN):
    doc = next(d.id for d in list_documents(project) if d.title == title)
    start = document_text(project, doc).index(phrase)
    return {"document_id": doc, "start": start, "end": start + len(phrase)}


class Analyst:
    """One analyst's project file, author and exchange files."""

    def __init__(self, tmp_path, key, name):
        self.path = tmp_path / f"{name.lower()}.evidence"
        self.project = open_project(self.path)
        seed_project(self.project)
        self.author_id = ensure_author(self.project, key, name).value
        self.key, self.name, self.folder = key, name, tmp_path
        self.sent = 0

    def tag(self, phrase, kind, **fields):
        return create_annotation(self.project, kind=kind, author_id=self.author_id, **at(self.project, phrase),
                                 **fields).value

    def edit(self, annotation_id, **fields):
        update_annotation(self.project, annotation_id, self.author_id, **fields)

    def export(self):
        """File > Export for a Colleague…"""
        self.sent += 1
        out = self.folder / f"{self.name.lower()}-{self.sent}.jsonld"
        export_w3c(self.project, out, mark_exchanged=True, exchanged_by=self.author_id)
        return out

    def receive(self, path):
        return import_w3c(self.project, path).value

    def view(self, annotation_id):
        return get_annotation(self.project, annotation_id)


@pytest.fixture
def giulia(tmp_path):
    analyst = Analyst(tmp_path, *GIULIA)
    yield analyst
    analyst.project.close()


@pytest.fixture
def marco(tmp_path):
    analyst = Analyst(tmp_path, *MARCO)
    yield analyst
    analyst.project.close()


@pytest.fixture
def exchanged(giulia, marco):
    """Giulia tags three spans and sends them; Marco imports them. Returns her annotation ids."""
    ids = [
        giulia.tag("Scale AI", "entity", entity_name="Scale AI"),
        giulia.tag("49%", "figure", measure_label="Meta's stake in Scale AI"),
        giulia.tag("OpenAI afferma che continuerà a collaborare con Scale AI", "claim",
                   proposition_label="OpenAI keeps working with Scale AI", speaker_name="Sarah Friar"),
    ]
    report = marco.receive(giulia.export())
    assert len(report.imported) == 3
    return ids


# --- the round trip -----------------------------------------------------------------------------------------


def test_her_annotations_arrive_under_her_author_not_his(giulia, marco, exchanged):
    views = list_annotations(marco.project)
    assert sorted(v.id for v in views) == sorted(exchanged)
    assert {(v.author_key, v.author_name) for v in views} == {GIULIA}
    assert all(v.author_id != marco.author_id for v in views)
    figure = marco.view(exchanged[1])
    assert (figure.value, figure.unit, figure.measure_label) == ("49", "%", "Meta's stake in Scale AI")


def test_exporting_for_a_colleague_marks_the_exchange_and_a_plain_export_does_not(giulia, tmp_path):
    made = giulia.tag("Sarah Friar", "entity")
    before = db_state(giulia.project)
    export_w3c(giulia.project, tmp_path / "plain.jsonld")
    assert db_state(giulia.project) == before
    with giulia.project.read() as s:
        assert s.get(Annotation, made).exchanged_modified is None
    giulia.export()
    with giulia.project.read() as s:
        ann = s.get(Annotation, made)
        assert ann.exchanged_modified == ann.modified


def test_his_change_comes_back_and_a_second_import_changes_nothing(giulia, marco, exchanged):
    marco.edit(exchanged[2], status="disputed", note="Bloomberg only; no second source")
    report = giulia.receive(marco.export())
    assert report.updated == [f"urn:uuid:{exchanged[2]}"]
    assert len(report.unchanged) == 2 and not (report.conflicts or report.imported or report.older)
    claim = giulia.view(exchanged[2])
    assert (claim.status, claim.note) == ("disputed", "Bloomberg only; no second source")
    assert claim.author_key == GIULIA[0]  # still her annotation, he edited it
    edits = [e for e in history(giulia.project, exchanged[2]) if e.action == "edited"]
    assert edits and "status → disputed" in edits[-1].detail  # the audit trail reads the imported update

    before = db_state(giulia.project)
    again = giulia.receive(marco.folder / "marco-1.jsonld")
    assert len(again.unchanged) == 3
    assert not (again.updated or again.imported or again.conflicts or again.kept_yours or again.wrote_anything)
    assert db_state(giulia.project) == before


def test_a_newer_version_from_him_updates_an_annotation_she_did_not_touch(giulia, marco, exchanged):
    marco.edit(exchanged[0], status="accepted")
    giulia.receive(marco.export())
    marco.edit(exchanged[0], note="checked against the WSJ")
    report = giulia.receive(marco.export())
    assert report.updated == [f"urn:uuid:{exchanged[0]}"]
    assert (giulia.view(exchanged[0]).status, giulia.view(exchanged[0]).note) == ("accepted", "checked against the WSJ")


def test_her_own_change_is_kept_when_he_did_not_change_it(giulia, marco, exchanged):
    giulia.edit(exchanged[1], note="49% of the voting shares? check")
    report = giulia.receive(marco.export())  # his file still has the version she sent him
    assert [k.ref for k in report.kept_yours] == [f"urn:uuid:{exchanged[1]}"]
    assert "yours is newer" in report.kept_yours[0].reason
    assert not report.conflicts
    assert giulia.view(exchanged[1]).note == "49% of the voting shares? check"


# --- conflicts ----------------------------------------------------------------------------------------------


def test_both_changed_the_same_annotation_is_a_conflict_not_an_overwrite(giulia, marco, exchanged):
    giulia.edit(exchanged[2], note="Friar said it at VivaTech")
    marco.edit(exchanged[2], status="rejected", note="Not what Friar said")
    mine_before = giulia.view(exchanged[2])

    report = giulia.receive(marco.export())
    assert [c.ref for c in report.conflicts] == [f"urn:uuid:{exchanged[2]}"]
    assert report.conflicts_recorded == [f"urn:uuid:{exchanged[2]}"]
    assert not report.updated and len(report.unchanged) == 2
    assert giulia.view(exchanged[2]) == mine_before  # hers untouched
    with giulia.project.read() as s:
        conflicts = list(s.scalars(select(Conflict)))
    assert [(c.annotation_id, c.resolved) for c in conflicts] == [(exchanged[2], False)]
    theirs = json.loads(conflicts[0].theirs)
    assert (theirs["status"], theirs["note"], theirs["creator_key"]) == ("rejected", "Not what Friar said", GIULIA[0])
    assert any("conflict" in line for line in report.lines())

    before = db_state(giulia.project)
    again = giulia.receive(marco.folder / "marco-1.jsonld")
    assert len(again.conflicts) == 1 and not again.conflicts_recorded  # still open, not recorded twice
    assert db_state(giulia.project) == before


def test_a_newer_version_of_theirs_replaces_the_open_conflict(giulia, marco, exchanged):
    giulia.edit(exchanged[0], status="accepted")
    marco.edit(exchanged[0], status="rejected")
    giulia.receive(marco.export())
    marco.edit(exchanged[0], note="wrong entity: this is the company, not the product")
    report = giulia.receive(marco.export())
    assert report.conflicts_recorded == [f"urn:uuid:{exchanged[0]}"]
    with giulia.project.read() as s:
        conflicts = list(s.scalars(select(Conflict)))
    assert len(conflicts) == 1
    assert json.loads(conflicts[0].theirs)["note"] == "wrong entity: this is the company, not the product"
    assert giulia.view(exchanged[0]).status == "accepted"


def test_a_file_of_his_older_than_the_last_exchange_is_reported_and_changes_nothing(giulia, marco, exchanged):
    """She changed it since the last exchange and his file predates that exchange (T < E, L != E): an old file
    turning up late is not a conflict and is not applied."""
    marco.edit(exchanged[1], note="first look")
    stale = marco.export()  # marco-1: his version T1
    marco.edit(exchanged[1], note="second look")
    assert giulia.receive(marco.export()).updated == [f"urn:uuid:{exchanged[1]}"]  # E = T2 on her side
    giulia.edit(exchanged[1], note="her own reading")  # L = T3, not E
    before = db_state(giulia.project)

    report = giulia.receive(stale)
    assert [item.ref for item in report.older] == [f"urn:uuid:{exchanged[1]}"]
    assert not (report.conflicts or report.conflicts_recorded or report.updated or report.kept_yours)
    assert db_state(giulia.project) == before  # no conflict row, nothing overwritten
    assert giulia.view(exchanged[1]).note == "her own reading"


@pytest.mark.parametrize(("local", "exchanged_at", "theirs", "decision"), [
    ("2026-01-01T10:00:00Z", None, "2026-01-01T10:00:00Z", UNCHANGED),
    ("2026-01-01T10:00:00Z", None, "2026-01-01T11:00:00Z", UPDATE),
    ("2026-01-01T10:00:00Z", None, "2026-01-01T09:00:00Z", OLDER),
    ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z", UPDATE),  # you did not change it
    ("2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T09:00:00Z", OLDER),
    ("2026-01-01T12:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T10:00:00Z", KEEP_YOURS),  # they did not
    ("2026-01-01T12:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T09:00:00Z", OLDER),  # their file predates E
    ("2026-01-01T12:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T11:00:00Z", CONFLICT),  # both changed it
    ("2026-01-01T12:00:00Z", "2026-01-01T10:00:00Z", "2026-01-01T13:00:00Z", CONFLICT),
    ("2026-01-01T12:00:00+00:00", "2026-01-01T10:00:00Z", "2026-01-01T14:00:00+02:00", UNCHANGED),  # same instant
])
def test_the_merge_rule_row_by_row(local, exchanged_at, theirs, decision):
    assert merge_decision(local, exchanged_at, theirs) == decision


# --- authors ------------------------------------------------------------------------------------------------


def test_a_different_marco_is_kept_apart_and_reported(giulia, marco):
    other = ensure_author(giulia.project, "marco-1b2c", "Marco").value  # Giulia's colleague, another Marco
    his = create_annotation(giulia.project, kind="entity", author_id=other, **at(giulia.project, "Sarah Friar")).value
    mine = marco.tag("Meta Platforms Inc.", "entity")

    report = marco.receive(giulia.export())
    assert report.name_clashes == [
        "name clash: 'Marco' (marco-1b2c) is not your 'Marco' (marco-7f3a); kept apart "
        "(same name, different annotator keys)"]
    assert any(line.startswith("Name clash: 'Marco' (marco-1b2c)") for line in report.lines())
    with marco.project.read() as s:
        assert sorted(s.scalars(select(Author.key).where(Author.name == "Marco"))) == ["marco-1b2c", "marco-7f3a"]
    assert marco.view(his).author_key == "marco-1b2c"
    assert marco.view(his).author_id != marco.author_id
    assert marco.view(mine).author_id == marco.author_id

    again = marco.receive(giulia.folder / "giulia-1.jsonld")
    assert not again.name_clashes and not again.authors_created


def test_an_annotation_missing_from_their_file_is_not_deleted(giulia, marco, exchanged):
    extra = marco.tag("Sarah Friar", "entity")
    giulia.receive(marco.export())
    report = marco.receive(giulia.folder / "giulia-1.jsonld")  # her first file, without his new annotation
    assert len(report.unchanged) == 3
    assert marco.view(extra) is not None and giulia.view(extra).author_key == MARCO[0]


# --- their whole project file -------------------------------------------------------------------------------


def test_her_project_file_brings_the_document_he_did_not_have(giulia, marco):
    text = "Meta pagherà 14,3 miliardi di dollari per il 49% di Scale AI, secondo Reuters. 🤝"
    doc = add_document(giulia.project, text, title="Reuters (it)", language="it", outlet="Reuters",
                       url="https://example.org/reuters-scale").value
    update_document(giulia.project, doc, reliability="B")
    on_new = create_annotation(giulia.project, kind="figure", author_id=giulia.author_id, document_id=doc,
                               start=text.index("14,3"), end=text.index(" per il")).value
    on_seed = giulia.tag("Sarah Friar", "entity", entity_name="Sarah Friar")
    her_bytes = giulia.path.read_bytes()

    report = import_project_file(marco.project, giulia.path).value
    assert report.documents_added == ["Reuters (it)"]
    assert sorted(report.imported) == sorted([f"urn:uuid:{on_new}", f"urn:uuid:{on_seed}"])
    added = next(d for d in list_documents(marco.project) if d.title == "Reuters (it)")
    assert (added.language, added.outlet, added.url, added.reliability, added.annotation_count) == (
        "it", "Reuters", "https://example.org/reuters-scale", "B", 1)
    assert document_text(marco.project, added.id) == text
    assert len(list_documents(marco.project)) == 6  # the five seeds were not added twice
    figure = marco.view(on_new)
    assert (figure.quote, figure.value, figure.author_key) == ("14,3 miliardi di dollari", "14300000000", GIULIA[0])
    assert giulia.path.read_bytes() == her_bytes  # her file was only read

    before = db_state(marco.project)
    again = import_project_file(marco.project, giulia.path).value
    assert not again.documents_added and len(again.unchanged) == 2
    assert db_state(marco.project) == before


def test_a_file_that_is_not_a_project_writes_nothing(marco, tmp_path):
    fake = tmp_path / "notes.evidence"
    fake.write_text("Giulia's notes, not a project", encoding="utf-8")
    before = row_counts(marco.project)
    with pytest.raises(NotAProjectError, match="not an Evidence Desk project.*Nothing was imported"):
        import_project_file(marco.project, fake)
    empty = tmp_path / "empty.evidence"
    empty.write_bytes(b"")
    with pytest.raises(NotAProjectError, match="empty"):
        import_project_file(marco.project, empty)
    with pytest.raises(ProjectError, match="no file"):
        import_project_file(marco.project, tmp_path / "missing.evidence")
    assert row_counts(marco.project) == before
    assert fake.read_text(encoding="utf-8") == "Giulia's notes, not a project"


def test_a_project_from_a_newer_version_writes_nothing_and_is_not_changed(giulia, marco):
    giulia.tag("Scale AI", "entity")
    giulia.project.close()
    conn = sqlite3.connect(giulia.path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    digest = hashlib.sha256(giulia.path.read_bytes()).hexdigest()
    before = db_state(marco.project)
    with pytest.raises(NewerProjectError, match="newer version of Evidence Desk.*Nothing was imported"):
        import_project_file(marco.project, giulia.path)
    assert db_state(marco.project) == before
    assert hashlib.sha256(giulia.path.read_bytes()).hexdigest() == digest
    assert not list(giulia.path.parent.glob("giulia.evidence.bak-*"))


def test_the_open_project_is_not_imported_into_itself(marco):
    with pytest.raises(ProjectError, match="the project you have open"):
        import_project_file(marco.project, marco.path)
