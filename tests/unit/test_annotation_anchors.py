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


def test_a_tag_in_a_document_shown_before_quotes_that_document(project, author_id):
    """The quote and context come from the text a pane read (remembered), and agree with the stored text."""
    from desktop.services.documents import document_text

    text = "Prima riga. " * 50 + "Il fatturato di Meta cresce" + " ultima riga." * 50
    doc = add_document(project, text, title="shown").value
    shown = document_text(project, doc)  # a pane opens it
    start = shown.index("Meta")
    create_annotation(project, document_id=doc, start=start, end=start + 4, kind="entity", author_id=author_id)
    [view] = list_annotations(project)
    assert (view.prefix, view.quote, view.suffix) == (text[start - 32:start], "Meta", text[start + 4:start + 36])


def test_a_document_deleted_and_another_added_under_its_id_is_not_quoted_from_memory(project, author_id):
    """SQLite gives a new document the id of the last one deleted: a tag in the new one quotes the new text,
    not the remembered text of the one that went."""
    from desktop.services.documents import delete_document, document_text

    old = add_document(project, "Vecchio testo su Scale AI e Meta.", title="old").value
    document_text(project, old)  # shown in a pane, so remembered
    delete_document(project, old, author_id)
    new = add_document(project, "Nuovo articolo: OpenAI compra Windsurf.", title="new").value
    assert new == old
    create_annotation(project, document_id=new, start=6, end=14, kind="entity", author_id=author_id)
    [view] = list_annotations(project)
    assert view.quote == "articolo" and view.prefix == "Nuovo " and view.suffix == ": OpenAI compra Windsurf."
    with pytest.raises(AnnotationError):  # the bounds are the new text's too
        create_annotation(project, document_id=new, start=30, end=45, kind="entity", author_id=author_id)
