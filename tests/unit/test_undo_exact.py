"""Undo puts an annotation back EXACTLY (REVIEW items 1, 2, 23): a delete undone brings back its reviews
and conflict rows, an edit undone its `modified` time, and the vocabulary the edit created goes away."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.interchange.w3c_io import export_w3c, import_w3c
from desktop.services.annotations import (
    SNAPSHOT_FIELDS,
    AnnotationError,
    create_annotation,
    delete_annotation,
    edit_annotation,
    restore_annotation,
    restore_fields,
    snapshot,
    update_annotation,
)
from desktop.services.authors import ensure_author
from desktop.services.conflicts import list_open_conflicts
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.services.review import add_comment, revert_verdict, reviews_of, set_verdict
from desktop.services.review_history import describe, history
from desktop.services.seeding import seed_project
from desktop.storage.models import Conflict, Entity, EntityAlias, Measure, Proposition, Review
from desktop.storage.project import open_project

ITALIAN = "OpenAI continuerà a collaborare con Scale AI dopo l'investimento di Meta"
CLAIM = "OpenAI afferma che continuerà a collaborare con Scale AI"
FIGURE = "circa 14 miliardi di dollari"


@pytest.fixture
def italian(seeded_project) -> int:
    return next(d.id for d in list_documents(seeded_project) if d.title == ITALIAN)


@pytest.fixture
def marco(seeded_project) -> int:
    return ensure_author(seeded_project, "marco-7f3a", "Marco").value


def tag(project, doc, phrase, kind, author, occurrence=1, **fields):
    text = document_text(project, doc)
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    return create_annotation(project, document_id=doc, start=start, end=start + len(phrase), kind=kind,
                             author_id=author, **fields).value


def rows(project, model, **where):
    """Every column of the matching rows, ordered by id: what the database holds, not a view of it."""
    columns = [c.name for c in model.__table__.columns]
    with project.read() as s:
        found = s.scalars(select(model).filter_by(**where).order_by(model.id))
        return [{c: getattr(r, c) for c in columns} for r in found]


def trail(project, annotation_id):
    """The history without the delete/restore lines themselves."""
    return [e for e in history(project, annotation_id) if e.action not in ("deleted", "restored")]


# --- item 1: delete, then restore ------------------------------------------------------------------

def test_a_restored_annotation_has_its_reviews_and_history_back(seeded_project, italian, author_id, marco):
    claim = tag(seeded_project, italian, CLAIM, "claim", author_id, proposition_label="OpenAI keeps Scale AI")
    verdict = set_verdict(seeded_project, claim, marco, "accepted", "Matches Bloomberg").value
    question = add_comment(seeded_project, claim, author_id, "Which Bloomberg piece?").value
    add_comment(seeded_project, claim, marco, "The one of 13 June", parent_id=question)
    before = (snapshot(seeded_project, claim), rows(seeded_project, Review, annotation_id=claim),
              trail(seeded_project, claim))
    assert len(before[1]) == 3 and before[0]["status"] == "accepted"

    deleted = delete_annotation(seeded_project, claim, author_id)
    assert get_annotation(seeded_project, claim) is None
    assert rows(seeded_project, Review, annotation_id=claim) == []  # the database cascaded them away
    restore_annotation(seeded_project, deleted.value, author_id)

    after = (snapshot(seeded_project, claim), rows(seeded_project, Review, annotation_id=claim),
             trail(seeded_project, claim))
    assert after == before  # same ids, verdicts, comments, parents, times; same history
    assert [(r.verdict, r.comment, r.parent_id) for r in reviews_of(seeded_project, claim)] == [
        ("accepted", "Matches Bloomberg", None), (None, "Which Bloomberg piece?", None),
        (None, "The one of 13 June", question)]
    lines = [describe(e) for e in history(seeded_project, claim)]
    assert any(line.startswith("accepted by Marco") for line in lines)
    assert any(line.startswith("deleted by Giulia") for line in lines)
    assert any(line.startswith("restored by Giulia") for line in lines)
    # the trail still works: withdrawing the verdict goes back to what it was before it
    revert_verdict(seeded_project, verdict, marco)
    assert get_annotation(seeded_project, claim).status == "proposed"


def test_undo_of_a_tag_then_redo_keeps_the_reviews_given_in_between(seeded_project, italian, author_id, marco):
    """What CreateAnnotationCommand does: undo deletes (keeping the snapshot), redo restores it."""
    figure = tag(seeded_project, italian, FIGURE, "figure", author_id)
    set_verdict(seeded_project, figure, marco, "disputed", "14 or 29 billion?")
    reviews = rows(seeded_project, Review, annotation_id=figure)
    undone = delete_annotation(seeded_project, figure, author_id)
    restore_annotation(seeded_project, undone.value, author_id)
    assert rows(seeded_project, Review, annotation_id=figure) == reviews
    assert get_annotation(seeded_project, figure).status == "disputed"
    with pytest.raises(AnnotationError, match="exists already"):
        restore_annotation(seeded_project, undone.value, author_id)
    assert rows(seeded_project, Review, annotation_id=figure) == reviews  # nothing doubled


@pytest.fixture
def conflicted(tmp_path):
    """Giulia's claim, sent to Marco; both change it: Giulia's project holds one open conflict."""
    def seeded(name, key):
        project = open_project(tmp_path / f"{name}.evidence")
        seed_project(project)
        return project, ensure_author(project, key, name).value

    giulia, g = seeded("Giulia", "giulia-1a2b3c")
    marco, m = seeded("Marco", "marco-7f3a")
    doc = next(d.id for d in list_documents(giulia) if d.title == ITALIAN)
    claim = tag(giulia, doc, CLAIM, "claim", g)
    export_w3c(giulia, tmp_path / "g1.jsonld", mark_exchanged=True)
    import_w3c(marco, tmp_path / "g1.jsonld")
    update_annotation(giulia, claim, g, note="Said at VivaTech, Paris")
    update_annotation(marco, claim, m, stance="denies", note="The PT article says the opposite")
    export_w3c(marco, tmp_path / "m1.jsonld", mark_exchanged=True)
    assert len(import_w3c(giulia, tmp_path / "m1.jsonld").value.conflicts_recorded) == 1
    yield giulia, g, claim
    giulia.close()
    marco.close()


def test_a_restored_annotation_meets_its_open_conflict_again(conflicted):
    giulia, g, claim = conflicted
    before = (snapshot(giulia, claim), rows(giulia, Conflict, annotation_id=claim))
    deleted = delete_annotation(giulia, claim, g)
    assert deleted.value["conflicts"] == before[1]
    [listed] = list_open_conflicts(giulia)
    assert listed.mine is None  # taking theirs could still bring it back
    restore_annotation(giulia, deleted.value, g)
    assert (snapshot(giulia, claim), rows(giulia, Conflict, annotation_id=claim)) == before
    [listed] = list_open_conflicts(giulia)
    assert listed.mine is not None and listed.mine.note == "Said at VivaTech, Paris"


# --- item 2: undo of an edit --------------------------------------------------------------------

def test_undoing_an_entity_edit_restores_every_field_and_removes_the_new_entity(
        seeded_project, italian, author_id, tmp_path):
    meta = tag(seeded_project, italian, "Meta", "entity", author_id)
    sent = tmp_path / "sent.jsonld"
    export_w3c(seeded_project, sent, mark_exchanged=True)
    before = snapshot(seeded_project, meta)
    assert before["exchanged_modified"] == before["modified"]

    edit = edit_annotation(seeded_project, meta, author_id, entity_name="Meta Platforms").value
    [entity] = rows(seeded_project, Entity, name="Meta Platforms")
    assert [a["alias"] for a in rows(seeded_project, EntityAlias, entity_id=entity["id"])] == ["Meta"]
    assert edit.created.entities == {entity["id"]} and len(edit.created.aliases) == 1
    assert snapshot(seeded_project, meta)["modified"] != before["modified"]

    restore_fields(seeded_project, meta, edit.previous, author_id, edit.created)
    after = snapshot(seeded_project, meta)
    assert {f: after[f] for f in SNAPSHOT_FIELDS} == {f: before[f] for f in SNAPSHOT_FIELDS}
    assert rows(seeded_project, Entity, name="Meta Platforms") == []
    assert rows(seeded_project, EntityAlias, entity_id=entity["id"]) == []
    # the next exchange sees no change of ours: the file we sent is "unchanged", not "kept yours"
    report = import_w3c(seeded_project, sent).value
    assert not report.kept_yours and not report.conflicts and any(meta in ref for ref in report.unchanged)


def test_an_entity_another_annotation_uses_is_kept_with_the_alias_it_quotes(
        seeded_project, italian, author_id):
    first = tag(seeded_project, italian, "Meta", "entity", author_id)
    second = tag(seeded_project, italian, "Meta", "entity", author_id, occurrence=2)
    third = tag(seeded_project, italian, "Meta Platforms Inc.", "entity", author_id)
    edit = edit_annotation(seeded_project, first, author_id, entity_name="Meta Platforms").value
    update_annotation(seeded_project, second, author_id, entity_name="Meta Platforms")
    [entity] = rows(seeded_project, Entity, name="Meta Platforms")

    restore_fields(seeded_project, first, edit.previous, author_id, edit.created)
    assert get_annotation(seeded_project, first).entity_name is None
    assert rows(seeded_project, Entity, name="Meta Platforms") == [entity]  # the second one still uses it
    assert [a["alias"] for a in rows(seeded_project, EntityAlias, entity_id=entity["id"])] == ["Meta"]

    # an alias only the undone edit quoted goes, even though its entity stays
    edit = edit_annotation(seeded_project, third, author_id, entity_name="Meta Platforms").value
    assert sorted(a["alias"] for a in rows(seeded_project, EntityAlias, entity_id=entity["id"])) == [
        "Meta", "Meta Platforms Inc."]
    assert edit.created.entities == frozenset() and len(edit.created.aliases) == 1
    restore_fields(seeded_project, third, edit.previous, author_id, edit.created)
    assert [a["alias"] for a in rows(seeded_project, EntityAlias, entity_id=entity["id"])] == ["Meta"]
    assert get_annotation(seeded_project, second).entity_name == "Meta Platforms"


def test_undoing_new_measure_proposition_and_speaker_removes_them(seeded_project, italian, author_id):
    figure = tag(seeded_project, italian, FIGURE, "figure", author_id)
    claim = tag(seeded_project, italian, CLAIM, "claim", author_id)
    figure_before, claim_before = snapshot(seeded_project, figure), snapshot(seeded_project, claim)

    measured = edit_annotation(seeded_project, figure, author_id, measure_label="Meta's stake in Scale AI",
                               value="14000000000", bound="about", machine_read=False).value
    said = edit_annotation(seeded_project, claim, author_id, proposition_label="OpenAI keeps Scale AI",
                           speaker_name="Sarah Friar", note="At VivaTech").value
    assert len(rows(seeded_project, Measure)) == 1 and len(rows(seeded_project, Proposition)) == 1
    assert rows(seeded_project, Entity, name="Sarah Friar") != []

    restore_fields(seeded_project, figure, measured.previous, author_id, measured.created)
    restore_fields(seeded_project, claim, said.previous, author_id, said.created)
    assert snapshot(seeded_project, figure) == figure_before and snapshot(seeded_project, claim) == claim_before
    assert rows(seeded_project, Measure) == [] and rows(seeded_project, Proposition) == []
    assert rows(seeded_project, Entity, name="Sarah Friar") == []


def test_an_undo_after_an_exchange_is_a_change_the_colleague_gets(seeded_project, italian, author_id, tmp_path):
    figure = tag(seeded_project, italian, FIGURE, "figure", author_id)
    edit = edit_annotation(seeded_project, figure, author_id, note="Bloomberg says 14").value
    export_w3c(seeded_project, tmp_path / "sent.jsonld", mark_exchanged=True)  # the colleague has the edit
    sent = snapshot(seeded_project, figure)
    restore_fields(seeded_project, figure, edit.previous, author_id, edit.created)
    after = snapshot(seeded_project, figure)
    assert after["note"] == "" and after["exchanged_modified"] == sent["exchanged_modified"]
    assert after["modified"] > sent["modified"]  # newer than what they have: the next export carries it


def test_an_edit_that_changes_nothing_has_nothing_to_undo(seeded_project, italian, author_id):
    figure = tag(seeded_project, italian, FIGURE, "figure", author_id)
    before = snapshot(seeded_project, figure)
    edit = edit_annotation(seeded_project, figure, author_id, note="").value
    assert edit.previous == {} and snapshot(seeded_project, figure) == before


# --- item 3: status goes through the review trail ------------------------------------------------

def test_status_is_a_verdict_in_the_trail_and_cannot_be_written_back(seeded_project, italian, author_id):
    claim = tag(seeded_project, italian, CLAIM, "claim", author_id)
    edit = edit_annotation(seeded_project, claim, author_id, status="accepted", note="Two sources").value
    assert "status" not in edit.previous and edit.review_id is not None
    [review] = rows(seeded_project, Review, annotation_id=claim)
    assert (review["id"], review["author_id"], review["verdict"]) == (edit.review_id, author_id, "accepted")
    assert any(describe(e).startswith("accepted by Giulia") for e in history(seeded_project, claim))

    restore_fields(seeded_project, claim, edit.previous, author_id)  # the note only
    assert get_annotation(seeded_project, claim).status == "accepted"
    with pytest.raises(AnnotationError, match="status"):
        restore_fields(seeded_project, claim, {"status": "proposed"}, author_id)
    revert_verdict(seeded_project, edit.review_id, author_id)
    assert get_annotation(seeded_project, claim).status == "proposed"
    with pytest.raises(AnnotationError, match="status"):  # no new annotation starts with a status of its own
        tag(seeded_project, italian, FIGURE, "figure", author_id, status="accepted")
    with pytest.raises(AnnotationError, match="not a status"):
        update_annotation(seeded_project, claim, author_id, status="approved")
