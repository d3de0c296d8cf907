"""Tagging stores the exact quote and 32 code points of context, counting an emoji as one."""

import pytest
from sqlalchemy import func, select

from desktop.services.annotations import AnnotationError, create_annotation
from desktop.services.documents import add_document
from desktop.services.queries import list_annotations
from desktop.storage.models import JournalEntry


def test_quote_and_context_are_code_points_even_around_emoji(project, author_id):
    text = "😀" * 40 + "Meta investe circa 14 miliardi di dollari in Scale" + "é😀" * 40
    doc = add_document(project, text, title="emoji").value
    start = text.index("circa")
    end = text.index("dollari") + len("dollari")
    create_annotation(project, document_id=doc, start=start, end=end, kind="figure", author_id=author_id)
    [view] = list_annotations(project)
    assert view.quote == "circa 14 miliardi di dollari" == text[start:end]
    assert view.prefix == text[start - 32:start] and len(view.prefix) == 32
    assert view.suffix == text[end:end + 32]
    assert (view.value, view.unit, view.bound) == ("14000000000", "USD", "about")


def test_context_stops_at_the_edges_of_the_text(project, author_id):
    doc = add_document(project, "49% in Scale", title="short").value
    create_annotation(project, document_id=doc, start=0, end=3, kind="figure", author_id=author_id)
    [view] = list_annotations(project)
    assert (view.prefix, view.quote, view.suffix) == ("", "49%", " in Scale")


@pytest.mark.parametrize("blank", [" ", "   ", "\n\n", "\t", "\u00a0", "\u3000", " \n\u2003 "])
def test_the_service_refuses_a_span_of_white_space_and_writes_nothing(project, author_id, blank):
    """Whatever the caller (pane, import, script), a span that is only white space is not an annotation."""
    text = f"Meta{blank}Scale"
    doc = add_document(project, text, title="blank").value
    with project.read() as s:
        journal_before = s.scalar(select(func.count()).select_from(JournalEntry))
    start = len("Meta")
    for kind in ("entity", "figure", "claim"):
        with pytest.raises(AnnotationError, match="only white space"):
            create_annotation(project, document_id=doc, start=start, end=start + len(blank), kind=kind,
                              author_id=author_id)
    assert list_annotations(project) == []
    with project.read() as s:
        assert s.scalar(select(func.count()).select_from(JournalEntry)) == journal_before
    # the same white space with a letter beside it is a span like any other
    create_annotation(project, document_id=doc, start=start - 1, end=start + len(blank), kind="entity",
                      author_id=author_id)
    [view] = list_annotations(project)
    assert view.quote == "a" + blank
