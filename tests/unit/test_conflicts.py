"""Resolving a conflict: keep mine or take theirs, journaled, undoable, and it does not come back."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from desktop.interchange.w3c_io import export_w3c, import_w3c
from desktop.services.annotations import create_annotation, delete_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.conflicts import (
    ConflictError,
    list_open_conflicts,
    open_conflict_count,
    resolve_conflict,
    undo_resolution,
)
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.services.seeding import seed_project
from desktop.storage.models import Annotation, Conflict, JournalEntry
from desktop.storage.project import open_project
from desktop.storage.search_schema import is_search_object

ITALIAN = "OpenAI continuerà a collaborare con Scale AI dopo l'investimento di Meta"
CLAIM = "OpenAI afferma che continuerà a collaborare con Scale AI"


def db_state(project, skip=("journal", "change_log"), versions=False):
    """Every stored row, but not the search index: the database derives it from the rows (its FTS5
    pages differ after a delete and an insert of the same note, though it finds the same). Row versions
    count changes (an undo is one more), so they are left out unless ``versions``."""
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        state = {}
        for t in tables:
            if t in skip or is_search_object(t):
                continue
            columns = [c[1] for c in conn.exec_driver_sql(f'PRAGMA table_info("{t}")')
                       if versions or c[1] != "version"]
            listed = ", ".join(f'"{c}"' for c in columns)
            state[t] = conn.exec_driver_sql(f'SELECT {listed} FROM "{t}" ORDER BY 1').all()
        return state


def seeded(path, key, name):
    project = open_project(path)
    seed_project(project)
    return project, ensure_author(project, key, name).value


@pytest.fixture
def pair(tmp_path):
    """Giulia's claim, sent to Marco; then both edit it: Giulia's project holds one open conflict."""
    giulia, g = seeded(tmp_path / "giulia.evidence", "giulia-1a2b3c", "Giulia")
    marco, m = seeded(tmp_path / "marco.evidence", "marco-7f3a", "Marco")
    doc = next(d.id for d in list_documents(giulia) if d.title == ITALIAN)
    start = document_text(giulia, doc).index(CLAIM)
    claim = create_annotation(giulia, document_id=doc, start=start, end=start + len(CLAIM), kind="claim",
                              author_id=g, proposition_label="OpenAI keeps working with Scale AI").value
    export_w3c(giulia, tmp_path / "g1.jsonld", mark_exchanged=True)
    import_w3c(marco, tmp_path / "g1.jsonld")
    update_annotation(giulia, claim, g, note="Said at VivaTech, Paris", status="accepted")
    update_annotation(marco, claim, m, status="disputed", stance="denies", note="The PT article says the opposite")
    export_w3c(marco, tmp_path / "m1.jsonld", mark_exchanged=True)
    report = import_w3c(giulia, tmp_path / "m1.jsonld").value
    assert len(report.conflicts_recorded) == 1
    yield giulia, g, marco, m, claim, tmp_path
    giulia.close()
    marco.close()


def journal(project, action):
    with project.read() as s:
        return [json.loads(e.payload) for e in s.scalars(select(JournalEntry).where(JournalEntry.action == action))]


def test_the_conflict_is_listed_side_by_side(pair):
    giulia, g, marco, m, claim, _ = pair
    [conflict] = list_open_conflicts(giulia)
    assert conflict.annotation_id == claim and conflict.document_title == ITALIAN
    assert (conflict.mine.status, conflict.mine.note, conflict.mine.what) == (
        "accepted", "Said at VivaTech, Paris", "OpenAI keeps working with Scale AI")
    assert (conflict.theirs.status, conflict.theirs.note, conflict.theirs.what) == (
        "disputed", "The PT article says the opposite", "denies: OpenAI keeps working with Scale AI")
    assert conflict.theirs.quote == conflict.mine.quote == CLAIM
    assert set(conflict.differing()) == {"what", "status", "note", "modified"}
    assert open_conflict_count(giulia) == 1


def test_take_theirs_applies_their_fields_and_the_conflict_does_not_come_back(pair):
    giulia, g, marco, m, claim, folder = pair
    [conflict] = list_open_conflicts(giulia)
    mine_modified = get_annotation(giulia, claim).modified
    outcome = resolve_conflict(giulia, conflict.id, "theirs", g)
    assert claim in outcome.changes.annotations
    view = get_annotation(giulia, claim)
    theirs = get_annotation(marco, claim)
    assert (view.status, view.stance, view.note, view.modified) == (
        "disputed", "denies", "The PT article says the opposite", theirs.modified)
    with giulia.read() as s:
        assert s.get(Annotation, claim).exchanged_modified == max(mine_modified, theirs.modified)
        assert s.get(Conflict, conflict.id).resolved
    assert open_conflict_count(giulia) == 0
    assert journal(giulia, "resolve_conflict")[-1]["choice"] == "theirs"

    report = import_w3c(giulia, folder / "m1.jsonld").value
    assert report.unchanged == [f"urn:uuid:{claim}"] and not report.conflicts
    assert open_conflict_count(giulia) == 0


def test_keep_mine_keeps_mine_and_he_gets_it_on_the_next_exchange(pair):
    giulia, g, marco, m, claim, folder = pair
    [conflict] = list_open_conflicts(giulia)
    before = get_annotation(giulia, claim)
    resolve_conflict(giulia, conflict.id, "mine", g)
    after = get_annotation(giulia, claim)
    assert (after.status, after.stance, after.note) == (before.status, before.stance, before.note)
    assert journal(giulia, "resolve_conflict")[-1]["choice"] == "mine"

    rows_before = db_state(giulia, skip=(), versions=True)
    report = import_w3c(giulia, folder / "m1.jsonld").value  # his file again: no new conflict
    assert not report.conflicts and not report.updated and len(report.kept_yours) == 1
    assert db_state(giulia, skip=(), versions=True) == rows_before

    export_w3c(giulia, folder / "g2.jsonld", mark_exchanged=True)
    report = import_w3c(marco, folder / "g2.jsonld").value
    assert report.updated == [f"urn:uuid:{claim}"] and not report.conflicts
    assert get_annotation(marco, claim).note == "Said at VivaTech, Paris"


def test_undo_restores_mine_and_reopens_the_conflict(pair):
    giulia, g, marco, m, claim, _ = pair
    [conflict] = list_open_conflicts(giulia)
    before = db_state(giulia)
    outcome = resolve_conflict(giulia, conflict.id, "theirs", g)
    assert get_annotation(giulia, claim).status == "disputed"
    undone = undo_resolution(giulia, outcome.value, g)
    assert claim in undone.changes.annotations
    assert db_state(giulia) == before  # every row as it was (the journal and the change log only grew)
    assert [c.id for c in list_open_conflicts(giulia)] == [conflict.id]
    assert journal(giulia, "reopen_conflict")[-1]["undone"] == "theirs"
    # redo
    resolve_conflict(giulia, conflict.id, "theirs", g)
    assert get_annotation(giulia, claim).status == "disputed"


def test_a_conflict_is_resolved_once(pair):
    giulia, g, marco, m, claim, _ = pair
    [conflict] = list_open_conflicts(giulia)
    with pytest.raises(ConflictError, match="mine or theirs"):
        resolve_conflict(giulia, conflict.id, "both", g)
    resolve_conflict(giulia, conflict.id, "mine", g)
    with pytest.raises(ConflictError, match="resolved already"):
        resolve_conflict(giulia, conflict.id, "theirs", g)
    with pytest.raises(ConflictError, match="no longer exists"):
        resolve_conflict(giulia, 999, "mine", g)


def test_taking_theirs_brings_back_an_annotation_deleted_since(pair):
    giulia, g, marco, m, claim, _ = pair
    [conflict] = list_open_conflicts(giulia)
    delete_annotation(giulia, claim, g)
    [listed] = list_open_conflicts(giulia)
    assert listed.mine is None and listed.document_title == ITALIAN
    outcome = resolve_conflict(giulia, conflict.id, "theirs", g)
    assert get_annotation(giulia, claim).note == "The PT article says the opposite"
    undo_resolution(giulia, outcome.value, g)
    assert get_annotation(giulia, claim) is None
