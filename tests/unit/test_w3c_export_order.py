"""The W3C file written item by item holds the same items in the same order as the whole collection: by the
documents' IRIs, then start, end and id (ties on start broken by end, then id)."""

from __future__ import annotations

from desktop.interchange.w3c_io import export_w3c, export_w3c_text
from desktop.services.annotations import create_annotation
from desktop.services.documents import add_document


def test_the_streamed_file_is_the_collection_byte_for_byte(project, author_id, tmp_path):
    docs = [add_document(project, f"Article {n}: " + "alpha beta gamma delta " * 5, title=f"A{n}").value
            for n in range(3)]
    for doc in reversed(docs):
        for start, end in ((20, 25), (11, 16), (11, 14), (11, 16), (0, 7)):  # same start, same span twice
            create_annotation(project, document_id=doc, start=start, end=end, kind="entity", author_id=author_id)
    out = tmp_path / "out.jsonld"
    assert export_w3c(project, out) == 15
    assert out.read_text(encoding="utf-8") == export_w3c_text(project)
