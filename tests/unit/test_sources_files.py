"""Files keep their original bytes (SHA-256, MIME type), and extracting the archived original again
gives exactly the stored text, for every kind of file; PDF pages are known for every offset."""

import hashlib

import pytest

from desktop.services.documents import document_text, get_document, get_original
from desktop.services.importing import import_file
from desktop.sources.extraction import extract_original
from desktop.sources.pdf import page_of
from tests.fixtures.sources.make import make_docx, make_eml, make_encrypted_pdf, make_pdf
from tests.fixtures.sources.pages import HEBREW, JAPANESE, article_html

FILES = {
    "article.html": lambda: article_html(JAPANESE),
    "hebrew.htm": lambda: article_html(HEBREW),
    "report.pdf": lambda: make_pdf([["Primo capitolo."], ["Secondo capitolo, pagina due."], ["Fine (tre)."]]),
    # encrypted with AES, an owner password only (copying "forbidden"): it opens, as in any PDF reader
    "protected.pdf": lambda: make_encrypted_pdf([["Testo protetto."], ["Seconda pagina."]], password="",
                                                algorithm="AES-256"),
    "memo.docx": lambda: make_docx(["Prima riga.", "Seconda riga."], table=[["Quota", "49%"], ["Valore", "14"]]),
    "source.eml": lambda: make_eml(sender="Ana <ana@jornal.example>", subject="Confirmação",
                                   date="Fri, 13 Jun 2025 10:00:00 +0000", body="A Meta confirmou o acordo.\n"),
    "notes.md": lambda: b"# Nota\r\n\r\nTesto con CRLF e\ttab.\r\n",
    "bom.txt": lambda: "\ufeffTesto con BOM.".encode(),
}
MIMES = {"article.html": "text/html", "hebrew.htm": "text/html", "report.pdf": "application/pdf",
         "protected.pdf": "application/pdf",
         "memo.docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "source.eml": "message/rfc822", "notes.md": "text/markdown", "bom.txt": "text/plain"}


@pytest.mark.parametrize("name", list(FILES))
def test_the_original_is_kept_and_extracts_to_the_stored_text(project, tmp_path, name):
    data = FILES[name]()
    path = tmp_path / name
    path.write_bytes(data)
    doc_id = import_file(project, path).value
    doc = get_document(project, doc_id)
    original = get_original(project, doc_id)
    assert original.data == data and original.kind == "file" and original.filename == name
    assert doc.original_sha256 == original.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.original_type == MIMES[name]
    again = extract_original(original.data, kind=original.kind, mime=original.mime, extraction=original.extraction)
    assert again.text == document_text(project, doc_id)
    if name == "protected.pdf":
        assert document_text(project, doc_id).startswith("Testo protetto.")


def test_every_offset_of_a_pdf_has_its_page(project, tmp_path):
    path = tmp_path / "r.pdf"
    path.write_bytes(FILES["report.pdf"]())
    doc_id = import_file(project, path).value
    doc = get_document(project, doc_id)
    text = document_text(project, doc_id)
    assert doc.pages == 3
    assert page_of(doc.page_starts, text.index("Primo")) == 1
    assert page_of(doc.page_starts, text.index("pagina due")) == 2
    assert page_of(doc.page_starts, text.index("Fine")) == 3
    assert text[doc.page_starts[1]:].startswith("Secondo capitolo")
