"""Reviewing: verdicts, comments and replies, withdrawing a verdict, the history, the next pending item."""

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.review import (
    HistoryEvent,
    ReviewError,
    add_comment,
    describe,
    history,
    next_pending,
    revert_verdict,
    reviews_of,
    set_verdict,
    thread,
)
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
    assert lines[1] == f"edited by Giulia {_hhmm(events[1].at)}: unit, value"
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
