"""Reviewing: verdicts, comments and replies, withdrawing a verdict, the history, the next pending item."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.review import (
    ReviewError,
    add_comment,
    next_pending,
    revert_verdict,
    reviews_of,
    set_verdict,
    thread,
)
from desktop.services.review_history import HistoryEvent, describe, history
from desktop.storage.models import Annotation, JournalEntry, Review


@pytest.fixture
def marco(seeded_project):
    return ensure_author(seeded_project, "marco-test", "Marco").value


@pytest.fixture
def docs(seeded_project):
    return [d.id for d in list_documents(seeded_project)]


def tag(project, doc_id, quote, kind, author, occurrence=0, **fields):
    text = document_text(project, doc_id)
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return create_annotation(project, document_id=doc_id, start=start, end=start + len(quote), kind=kind,
                             author_id=author, **fields).value


def _hhmm(iso):
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC).strftime("%H:%M")


def all_review_rows(project):
    with project.read() as s:
        return {r.id: (r.annotation_id, r.author_id, r.verdict, r.comment, r.parent_id, r.created)
                for r in s.scalars(select(Review))}


def test_a_verdict_sets_the_status_and_is_recorded(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "10 miliardi", "figure", author_id)
    with seeded_project.read() as s:
        modified_before = s.get(Annotation, ann).modified
    outcome = set_verdict(seeded_project, ann, marco, "rejected", "  the 29B is the valuation ")
    with seeded_project.read() as s:
        a = s.get(Annotation, ann)
        review = s.get(Review, outcome.value)
        journal = s.scalars(select(JournalEntry).where(JournalEntry.action == "verdict")).one()
    assert a.status == "rejected" and a.modified > modified_before
    assert (review.author_id, review.verdict, review.comment) == (marco, "rejected", "the 29B is the valuation")
    assert journal.target_id == ann and outcome.value in journal.payload and '"previous": "proposed"' in journal.payload
    assert outcome.changes.annotations == {ann} and outcome.changes.reviews == {outcome.value}


def test_impossible_verdicts_are_refused(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    with pytest.raises(ReviewError, match="not a verdict"):
        set_verdict(seeded_project, ann, marco, "great")
    with pytest.raises(ReviewError, match="no longer exists"):
        set_verdict(seeded_project, "no-such-id", marco, "accepted")
    assert reviews_of(seeded_project, ann) == []


def test_history_reads_as_a_story(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "10 miliardi", "figure", author_id)
    update_annotation(seeded_project, ann, author_id, value="11000000000", unit="EUR")
    verdict = set_verdict(seeded_project, ann, marco, "rejected", "the 29B is the valuation").value
    add_comment(seeded_project, ann, author_id, "No:\nit is the investment", parent_id=verdict)
    add_comment(seeded_project, ann, marco, "Fair enough")
    events = history(seeded_project, ann)
    assert [e.action for e in events] == ["created", "edited", "verdict", "reply", "comment"]
    assert all(a.at <= b.at for a, b in zip(events, events[1:], strict=False))
    lines = [describe(e, UTC) for e in events]
    assert lines[0] == f"proposed by Giulia {_hhmm(events[0].at)}"
    assert lines[1] == f"value 11 000 000 000 EUR by Giulia {_hhmm(events[1].at)}"
    assert lines[2] == f"rejected by Marco {_hhmm(events[2].at)}: 'the 29B is the valuation'"
    assert lines[3] == f"reply by Giulia {_hhmm(events[3].at)}: 'No: it is the investment'"
    assert lines[4] == f"comment by Marco {_hhmm(events[4].at)}: 'Fair enough'"
    assert events[3].parent_id == verdict and events[2].review_id == verdict


def test_describe_shows_the_date_of_an_older_event_and_the_time_in_the_given_zone():
    event = HistoryEvent("2025-03-04T10:12:00.000000Z", "Giulia", "created")
    assert describe(event, UTC) == "proposed by Giulia 2025-03-04 10:12"
    assert describe(event, timezone(timedelta(hours=2))) == "proposed by Giulia 2025-03-04 12:12"
    today = datetime.now(UTC).strftime("%Y-%m-%dT08:05:00.000000Z")
    assert describe(HistoryEvent(today, "Marco", "verdict", "disputed"), UTC) == "disputed by Marco 08:05"


def test_withdrawing_a_verdict_restores_the_status_and_keeps_both_reviews(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    first = set_verdict(seeded_project, ann, marco, "rejected").value
    second = set_verdict(seeded_project, ann, marco, "disputed", "not sure").value
    rows_before = all_review_rows(seeded_project)

    revert_verdict(seeded_project, second, marco)
    with seeded_project.read() as s:
        assert s.get(Annotation, ann).status == "rejected"  # the status before the disputed verdict
    revert_verdict(seeded_project, first, marco)
    with seeded_project.read() as s:
        assert s.get(Annotation, ann).status == "proposed"

    rows_after = all_review_rows(seeded_project)
    assert {k: rows_after[k] for k in rows_before} == rows_before  # nothing changed or deleted
    assert len(rows_after) == len(rows_before) + 2
    lines = [describe(e, UTC) for e in history(seeded_project, ann)]
    assert lines[-2].startswith("verdict withdrawn by Marco") and lines[-2].endswith("(back to rejected)")
    assert lines[-1].endswith("(back to proposed)")


def test_a_withdrawal_can_itself_be_withdrawn_which_is_redo(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    verdict = set_verdict(seeded_project, ann, marco, "accepted").value
    undo = revert_verdict(seeded_project, verdict, marco).value
    revert_verdict(seeded_project, undo, marco)
    with seeded_project.read() as s:
        assert s.get(Annotation, ann).status == "accepted"


def test_only_verdicts_can_be_withdrawn(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    comment = add_comment(seeded_project, ann, marco, "why?").value
    with pytest.raises(ReviewError):
        revert_verdict(seeded_project, comment, marco)


def test_comments_form_threads(seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    root = set_verdict(seeded_project, ann, marco, "disputed", "Which Scale?").value
    reply = add_comment(seeded_project, ann, author_id, "Scale AI the company", parent_id=root).value
    add_comment(seeded_project, ann, marco, "ok", parent_id=reply)
    other = add_comment(seeded_project, ann, marco, "separate point").value
    tree = thread(seeded_project, ann)
    assert [n.review.id for n in tree] == [root, other]
    assert [n.review.comment for n in tree[0].replies] == ["Scale AI the company"]
    assert [n.review.comment for n in tree[0].replies[0].replies] == ["ok"]
    assert tree[0].review.author_name == "Marco" and tree[0].review.verdict == "disputed"


def test_comments_must_say_something_and_answer_a_review_of_the_same_annotation(
        seeded_project, docs, author_id, marco):
    ann = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    other = tag(seeded_project, docs[2], "Meta", "entity", author_id)
    elsewhere = add_comment(seeded_project, other, marco, "hm").value
    with pytest.raises(ReviewError, match="Write something"):
        add_comment(seeded_project, ann, marco, "   ")
    with pytest.raises(ReviewError, match="not on this annotation"):
        add_comment(seeded_project, ann, marco, "reply", parent_id=elsewhere)
    assert reviews_of(seeded_project, ann) == []


def test_next_pending_walks_documents_in_order_and_wraps_around(seeded_project, docs, author_id, marco):
    late = tag(seeded_project, docs[2], "Scale AI", "entity", author_id, occurrence=1)
    early = tag(seeded_project, docs[2], "Meta", "entity", author_id)
    other_doc = tag(seeded_project, docs[3], "Meta", "entity", author_id)
    mine = tag(seeded_project, docs[2], "miliardi", "figure", marco)
    done = tag(seeded_project, docs[2], "Scale AI", "entity", author_id)
    set_verdict(seeded_project, done, marco, "accepted")

    assert next_pending(seeded_project) == early
    giulia_only = [author_id]
    order = [early]
    while len(order) < 4:
        order.append(next_pending(seeded_project, order[-1], author_ids=giulia_only))
    assert order == [early, late, other_doc, early]  # wraps; skips Marco's own and the accepted one
    assert next_pending(seeded_project, early, document_ids=[docs[3]]) == other_doc
    assert next_pending(seeded_project, early) == mine  # "Meta investirà oltre 10 miliardi ..." in order

    for ann in (early, late, other_doc, mine):
        set_verdict(seeded_project, ann, marco, "accepted")
    assert next_pending(seeded_project, early) is None


# --- edits in the analyst's words (QA 06, 09: "edited by …: measure id", "entity id") -------------------

def test_an_edit_says_what_was_set_with_the_names_of_what_it_points_at(seeded_project, docs, author_id):
    figure = tag(seeded_project, docs[2], "10 miliardi", "figure", author_id)
    update_annotation(seeded_project, figure, author_id, measure_label="Meta's investment in Scale AI")
    update_annotation(seeded_project, figure, author_id, value="14000000000", unit="USD", bound="about")
    entity = tag(seeded_project, docs[2], "Meta", "entity", author_id)
    update_annotation(seeded_project, entity, author_id, entity_name="Meta")
    claim = tag(seeded_project, docs[2], "Scale AI", "claim", author_id)
    update_annotation(seeded_project, claim, author_id, proposition_label="Meta invests in Scale AI",
                      stance="denies", speaker_name="Alexandr Wang", attributed_to="Bloomberg", credibility=2)
    update_annotation(seeded_project, claim, author_id, note="Check **the** filing", status="disputed")

    def edits(ann):
        return [describe(e, UTC) for e in history(seeded_project, ann) if e.action == "edited"]

    measure, value = edits(figure)
    assert measure.startswith("measure set to “Meta's investment in Scale AI” by Giulia ")
    assert value.startswith("value 14 000 000 000 USD (about) by Giulia ")
    assert edits(entity)[0].startswith("entity set to “Meta” by Giulia")
    first, second = edits(claim)
    assert first.startswith("proposition set to “Meta invests in Scale AI”; stance set to denies; "
                            "speaker set to “Alexandr Wang”; attributed to “Bloomberg”; "
                            "credibility set to 2 (probably true) by Giulia ")
    # status is not a field edit: with an author it is a verdict in the review trail (REVIEW item 3)
    assert second.startswith("note set to “Check the filing” by Giulia")  # Markdown read, not shown raw
    verdicts = [describe(e, UTC) for e in history(seeded_project, claim) if e.action == "verdict"]
    assert len(verdicts) == 1 and verdicts[0].startswith("disputed by Giulia")
    for line in edits(figure) + edits(entity) + edits(claim):
        assert "_id" not in line and " id" not in line and "edited by" not in line


def test_names_are_read_when_the_history_is_shown_and_deleted_ones_are_tolerated(seeded_project, docs, author_id):
    from desktop.services.register import delete_entity, list_entities, rename_entity

    entity = tag(seeded_project, docs[2], "Meta", "entity", author_id)
    update_annotation(seeded_project, entity, author_id, entity_name="Meta")
    meta = next(e.id for e in list_entities(seeded_project) if e.name == "Meta")
    rename_entity(seeded_project, meta, "Meta Platforms")
    assert "entity set to “Meta Platforms”" in describe(history(seeded_project, entity)[-1], UTC)
    delete_entity(seeded_project, meta)
    line = describe(next(e for e in history(seeded_project, entity) if e.action == "edited"), UTC)
    assert line.startswith("entity set to “Meta” (deleted since) by Giulia")  # its name when it was set
    other = tag(seeded_project, docs[2], "Scale AI", "entity", author_id, entity_name="Scale AI")
    update_annotation(seeded_project, other, author_id, entity_name="")
    assert describe(history(seeded_project, other)[-1], UTC).startswith("entity removed by Giulia")


def test_an_undone_edit_reads_plainly(seeded_project, docs, author_id):
    from desktop.services.annotations import edit_annotation, restore_fields
    from desktop.services.review import add_comment

    figure = tag(seeded_project, docs[2], "Meta", "figure", author_id)
    edit = edit_annotation(seeded_project, figure, author_id, measure_label="Meta's stake").value
    restore_fields(seeded_project, figure, edit.previous, author_id, edit.created)  # Ctrl+Z: the measure goes
    add_comment(seeded_project, figure, author_id, "It **ends** the partnership")
    lines = [describe(e, UTC) for e in history(seeded_project, figure)]
    assert lines[1].startswith("measure set to “Meta's stake” (deleted since) by Giulia")
    assert lines[2].startswith("measure removed by Giulia") and lines[2].endswith("(undo)")
    assert lines[3].startswith("comment by Giulia") and lines[3].endswith(": 'It ends the partnership'")
    assert not any("one deleted since" in line or "**" in line for line in lines)


def test_every_stored_field_has_words():
    from desktop.services.annotations import SNAPSHOT_FIELDS
    from desktop.services.review_history import FIELD_WORDS, FieldChange, describe_changes

    assert set(SNAPSHOT_FIELDS) <= set(FIELD_WORDS)
    samples = {"document_id": 1, "start": 3, "end": 9, "author_id": 1, "entity_id": 4, "measure_id": 5,
               "proposition_id": 6, "speaker_id": 7, "credibility": 3, "machine_read": True, "value": "2500.5",
               "value_max": "3000", "bound": "range", "unit": "EUR"}
    for field in SNAPSHOT_FIELDS:
        said = describe_changes((FieldChange(field, samples.get(field, "x"), "Name"),))
        assert said and "_" not in said, field
    assert describe_changes((FieldChange("value", "2500.5"), FieldChange("value_max", "30000"),
                             FieldChange("unit", "%"), FieldChange("bound", "range"))) == "value 2500.5–30 000% (range)"
    assert describe_changes((FieldChange("bound", "at_least"),)) == "read as at least"
    assert describe_changes((FieldChange("start", 10), FieldChange("end", 15), FieldChange("quote", "Meta"))) == (
        "span moved to characters 10–15: “Meta”")
    assert describe_changes((FieldChange("modified", "2026-01-01"),)) == "times updated"
