"""Where a large change set's annotations are (``Changes.holding``), found where the change was made."""

from __future__ import annotations

import re

from desktop.services.annotations import create_annotation, delete_annotation
from desktop.services.change_places import MANY, with_holding
from desktop.services.changes import Changes, Outcome
from desktop.services.documents import add_document, document_text


def tag_words(project, author_id, document_id, count):
    words = list(re.finditer(r"\w+", document_text(project, document_id)))[:count]
    assert len(words) == count
    return [create_annotation(project, document_id=document_id, start=w.start(), end=w.end(), kind="entity",
                              author_id=author_id).value for w in words]


def words(n):
    return " ".join(f"word{i}" for i in range(n))


def test_a_large_change_set_names_the_documents_that_hold_its_annotations(project, author_id):
    first = add_document(project, words(60), title="One").value
    second = add_document(project, words(61), title="Two").value
    add_document(project, words(62), title="Three")  # holds none of them
    ids = tag_words(project, author_id, first, 40) + tag_words(project, author_id, second, 40)
    outcome = with_holding(project, Outcome(7, Changes(annotations=frozenset(ids))))
    assert outcome.value == 7
    assert outcome.changes.holding == {first, second}
    assert outcome.changes.annotations == frozenset(ids)


def test_where_it_is_not_known_it_is_left_unknown(project, author_id):
    doc = add_document(project, words(MANY + 10), title="One").value
    ids = tag_words(project, author_id, doc, MANY + 2)
    few = with_holding(project, Outcome(None, Changes(annotations=frozenset(ids[:MANY]))))
    assert few.changes.holding is None  # a tag's few: the views read them themselves
    delete_annotation(project, ids[0], author_id)
    gone = with_holding(project, Outcome(None, Changes(annotations=frozenset(ids))))
    assert gone.changes.holding is None  # one no longer exists: where it was is not known


def test_combined_change_sets_know_where_only_if_each_side_knows():
    known = Changes(annotations=frozenset({"a"}), holding=frozenset({1}))
    other = Changes(annotations=frozenset({"b"}), holding=frozenset({2}))
    assert (known | other).holding == {1, 2}
    assert (known | Changes(documents=frozenset({5}))).holding == {1}  # no annotations: nothing to place
    assert (known | Changes(annotations=frozenset({"c"}))).holding is None
