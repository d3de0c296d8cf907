"""Tagging stores the exact quote and 32 code points of context, counting an emoji as one."""

from desktop.services.annotations import create_annotation
from desktop.services.documents import add_document
from desktop.services.queries import list_annotations


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
