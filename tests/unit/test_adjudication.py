"""Adjudication: take A's, B's, both, or an edited version; the result is accepted and its history names both."""

from datetime import UTC

import pytest
from sqlalchemy import func, select

from desktop.services.adjudication import AdjudicationError, take, undo_take
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.services.review import next_pending
from desktop.services.review_history import describe, history
from desktop.storage.models import Annotation, Review


@pytest.fixture
def people(seeded_project, author_id):
    marco = ensure_author(seeded_project, "marco-test", "Marco").value
    anna = ensure_author(seeded_project, "anna-test", "Anna").value
    return author_id, marco, anna


@pytest.fixture
def doc(seeded_project):
    return list_documents(seeded_project)[2].id  # "Meta investirà oltre 10 miliardi di dollari in Scale AI"


def span(project, doc_id, quote, before=0):
    start = document_text(project, doc_id).index(quote) - before
    return start, start + len(quote) + before


def two_versions(project, doc_id, people):
    giulia, marco, _ = people
    start, end = span(project, doc_id, "10 miliardi di dollari")
    a = create_annotation(project, document_id=doc_id, start=start, end=end, kind="figure", author_id=giulia,
                          measure_label="Meta's investment in Scale AI").value
    b = create_annotation(project, document_id=doc_id, start=start - 6, end=end, kind="figure", author_id=marco,
                          value="29000000000").value
    return a, b


def status(project, ann_id):
    with project.read() as s:
        ann = s.get(Annotation, ann_id)
        return None if ann is None else ann.status


def review_count(project):
    with project.read() as s:
        return s.scalar(select(func.count()).select_from(Review))


def test_taking_a_accepts_it_rejects_b_and_both_histories_name_both(seeded_project, doc, people):
    a, b = two_versions(seeded_project, doc, people)
    outcome = take(seeded_project, a, b, "a", people[2])
    assert (status(seeded_project, a), status(seeded_project, b)) == ("accepted", "rejected")
    assert outcome.value.accepted == (a,) and outcome.value.created_id is None
    assert outcome.changes.annotations == {a, b} and len(outcome.changes.reviews) == 2

    a_lines = [describe(e, UTC) for e in history(seeded_project, a)]
    b_lines = [describe(e, UTC) for e in history(seeded_project, b)]
    assert a_lines[0].startswith("proposed by Giulia")
    assert a_lines[-1].startswith("accepted by Anna") and a_lines[-1].endswith(
        "in adjudication: 'Took Giulia's version over Marco's.'")
    assert b_lines[0].startswith("proposed by Marco")
    assert "rejected by Anna" in b_lines[-1] and "Giulia's version instead" in b_lines[-1]
    assert history(seeded_project, a)[-1].action == "adjudicated"
    assert next_pending(seeded_project) is None  # nothing left to review


def test_taking_b_and_taking_both(seeded_project, doc, people):
    a, b = two_versions(seeded_project, doc, people)
    take(seeded_project, a, b, "b", people[2], comment="B read the figure right.")
    assert (status(seeded_project, a), status(seeded_project, b)) == ("rejected", "accepted")
    assert history(seeded_project, b)[-1].comment == "Took Marco's version over Giulia's. B read the figure right."
    take(seeded_project, a, b, "both", people[2])
    assert (status(seeded_project, a), status(seeded_project, b)) == ("accepted", "accepted")


def test_an_edited_version_is_a_new_accepted_annotation_by_the_adjudicator(seeded_project, doc, people):
    giulia, marco, anna = people
    a, b = two_versions(seeded_project, doc, people)
    start, end = span(seeded_project, doc, "oltre 10 miliardi di dollari")
    outcome = take(seeded_project, a, b, "edited", anna, {"start": start, "end": end, "bound": "at_least"})
    new = get_annotation(seeded_project, outcome.value.created_id)
    assert (new.author_name, new.status) == ("Anna", "accepted")
    assert new.quote == "oltre 10 miliardi di dollari" and (new.start, new.end) == (start, end)
    assert new.measure_label == "Meta's investment in Scale AI"  # copied from A, the base
    assert new.bound == "at_least" and new.value == get_annotation(seeded_project, a).value
    assert (status(seeded_project, a), status(seeded_project, b)) == ("rejected", "rejected")
    assert outcome.value.accepted == (new.id,)

    lines = [describe(e, UTC) for e in history(seeded_project, new.id)]
    assert lines[0].startswith("created in adjudication by Anna") and lines[0].endswith("(from Giulia's and Marco's)")
    assert lines[1].endswith("in adjudication: 'Edited from Giulia's and Marco's versions.'")
    assert "Replaced by Anna's edited version." in describe(history(seeded_project, b)[-1], UTC)


def test_an_edited_version_can_start_from_b(seeded_project, doc, people):
    a, b = two_versions(seeded_project, doc, people)
    outcome = take(seeded_project, a, b, "edited", people[2], {"unit": "EUR"}, base="b")
    new = get_annotation(seeded_project, outcome.value.created_id)
    assert (new.start, new.value, new.unit) == (get_annotation(seeded_project, b).start, "29000000000", "EUR")


def test_undo_restores_statuses_removes_the_edited_version_and_keeps_the_record(seeded_project, doc, people):
    a, b = two_versions(seeded_project, doc, people)
    decided = take(seeded_project, a, b, "edited", people[2], {"value": "10000000000"}).value
    reviews_after_take = review_count(seeded_project)
    undo_take(seeded_project, decided, people[2])
    assert (status(seeded_project, a), status(seeded_project, b)) == ("proposed", "proposed")
    assert status(seeded_project, decided.created_id) is None
    # the sources' adjudication reviews stay; two withdrawals are added (the deleted copy took its own one)
    assert review_count(seeded_project) == reviews_after_take - 1 + 2
    assert [e.action for e in history(seeded_project, a)][-2:] == ["adjudicated", "withdrawn"]
    assert describe(history(seeded_project, a)[-1], UTC).endswith("(back to proposed)")


def test_undo_of_taking_a_puts_back_earlier_verdicts(seeded_project, doc, people):
    from desktop.services.review import set_verdict

    a, b = two_versions(seeded_project, doc, people)
    set_verdict(seeded_project, b, people[0], "disputed")
    decided = take(seeded_project, a, b, "a", people[2]).value
    undo_take(seeded_project, decided, people[2])
    assert (status(seeded_project, a), status(seeded_project, b)) == ("proposed", "disputed")


def test_impossible_adjudications_are_refused_and_change_nothing(seeded_project, doc, people):
    a, b = two_versions(seeded_project, doc, people)
    other_doc = list_documents(seeded_project)[3].id
    c = create_annotation(seeded_project, document_id=other_doc, start=0, end=4, kind="entity",
                          author_id=people[1]).value
    before = review_count(seeded_project)
    with pytest.raises(AdjudicationError, match="not a choice"):
        take(seeded_project, a, b, "neither", people[2])
    with pytest.raises(AdjudicationError, match="two different"):
        take(seeded_project, a, a, "a", people[2])
    with pytest.raises(AdjudicationError, match="different documents"):
        take(seeded_project, a, c, "a", people[2])
    with pytest.raises(AdjudicationError, match="status"):
        take(seeded_project, a, b, "edited", people[2], {"status": "rejected"})
    with pytest.raises(AdjudicationError, match="outside"):
        take(seeded_project, a, b, "edited", people[2], {"end": 10**7})
    with pytest.raises(ValueError):
        take(seeded_project, a, b, "edited", people[2], {"value": "many"})  # rolled back as a whole
    assert review_count(seeded_project) == before
    assert (status(seeded_project, a), status(seeded_project, b)) == ("proposed", "proposed")
    with seeded_project.read() as s:
        assert s.scalar(select(func.count()).select_from(Annotation).where(Annotation.author_id == people[2])) == 0
