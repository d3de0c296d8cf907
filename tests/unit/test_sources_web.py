"""Adding pages by address from a loopback server: article text without the page chrome, metadata,
the WARC record of the exchange, reproducible extraction, and one clear refusal for every bad source."""

import hashlib
import io

import pytest
from sqlalchemy import func, select

from desktop.services import web
from desktop.services.documents import document_text, get_document, get_original, list_documents
from desktop.services.importing import Duplicate, ImportRefused, NoArticleFound
from desktop.sources import fetch as fetch_module
from desktop.sources.extraction import extract_original
from desktop.sources.warc import read_warc
from desktop.storage.models import Document, JournalEntry, Original
from tests.fixtures.sources.make import make_docx, make_pdf
from tests.fixtures.sources.pages import ARABIC, CHINESE, ITALIAN, article_html, home_page
from tests.fixtures.sources.server import Route

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture
def server(web_server):
    return web_server


def stored(project):
    with project.read() as s:
        return (s.scalar(select(func.count()).select_from(Document)),
                s.scalar(select(func.count()).select_from(Original)),
                s.scalar(select(func.count()).select_from(JournalEntry)))


def test_a_page_is_added_with_its_article_text_metadata_and_archived_exchange(project, server):
    url = server.add("/it/meta.html", Route(body=article_html(ITALIAN)))
    result = web.add_url(project, url)
    doc = get_document(project, result.document_id)
    text = document_text(project, doc.id)
    assert text == "\n".join((ITALIAN.title, *ITALIAN.paragraphs))
    for chrome in ("Accedi", "cookie", "Nvidia supera", "Privacy", "dataLayer"):
        assert chrome not in text
    assert (doc.title, doc.author, doc.outlet, doc.published, doc.language) == (
        ITALIAN.title, ITALIAN.author, ITALIAN.outlet, ITALIAN.published, "it")
    assert doc.url == "https://news.example/2025/meta-scale-ai"  # the canonical address the page names
    assert doc.label == "CT 2025-06-13"
    body = article_html(ITALIAN)
    assert doc.original_sha256 == hashlib.sha256(body).hexdigest()
    assert doc.original_type == "text/html"
    assert doc.retrieved_at.endswith("Z") and doc.retrieved_at[:2] == "20"
    original = get_original(project, doc.id)
    assert original.kind == "warc" and original.url == url
    response = read_warc(original.data)
    assert response.body == body and response.url == url and response.status == 200
    assert response.retrieved_at == doc.retrieved_at
    assert response.payload_digest.startswith("sha256:")
    # the request is archived too
    from warcio.archiveiterator import ArchiveIterator
    kinds = [r.rec_type for r in ArchiveIterator(io.BytesIO(original.data))]
    assert kinds == ["warcinfo", "response", "request"]
    # re-extracting the archived original gives the same text
    again = extract_original(original.data, kind=original.kind, mime=original.mime, extraction=original.extraction)
    assert again.text == text


def test_redirects_are_followed_and_every_address_counts_as_already_in_the_project(project, server):
    target = server.add("/final", Route(body=article_html(ARABIC)))
    start = server.redirect("/start", "/hop1")
    server.redirect("/hop1", "/hop2")
    server.redirect("/hop2", "/final")
    result = web.add_url(project, start)
    doc = get_document(project, result.document_id)
    assert doc.language == "ar" and get_original(project, doc.id).url == target
    before = stored(project)
    for again in (start, target, "https://news.example/2025/meta-scale-ai-ar"):
        with pytest.raises(Duplicate, match="already in the project as document"):
            web.add_url(project, again)
    assert stored(project) == before


def test_a_url_already_in_the_project_is_reported_before_fetching(project, server):
    url = server.add("/a", Route(body=article_html(ITALIAN)))
    web.add_url(project, url)
    count = len(server.requests)
    with pytest.raises(Duplicate):
        web.add_url(project, url)
    assert len(server.requests) == count  # not fetched again


def test_a_pdf_and_a_word_file_on_the_web(project, server):
    pdf = make_pdf([["Meta investe in Scale AI."], ["Seconda pagina del rapporto annuale."]], title="Rapporto")
    docx = make_docx(["Nota interna sulla quota del 49% in Scale AI."], author="Ufficio studi")
    pdf_id = web.add_url(project, server.add("/r.pdf", Route(body=pdf, content_type="application/pdf"))).document_id
    docx_id = web.add_url(project, server.add("/n.docx", Route(body=docx, content_type=DOCX_TYPE))).document_id
    p = get_document(project, pdf_id)
    assert (p.pages, p.original_type, p.title) == (2, "application/pdf", "Rapporto")
    assert document_text(project, pdf_id).split("\n\n") == ["Meta investe in Scale AI.",
                                                            "Seconda pagina del rapporto annuale."]
    d = get_document(project, docx_id)
    assert d.author == "Ufficio studi" and d.pages is None
    assert document_text(project, docx_id) == "Nota interna sulla quota del 49% in Scale AI."


@pytest.mark.parametrize(("status", "words"), [(404, "404 Not Found"), (500, "500 Internal Server Error")])
def test_http_errors_are_refused(project, server, status, words):
    url = server.add("/x", Route(status=status, body=b"<html><body>error</body></html>"))
    with pytest.raises(ImportRefused, match=words):
        web.add_url(project, url)
    assert stored(project) == (0, 0, 0)


def test_a_redirect_loop_is_refused(project, server):
    server.redirect("/loop-a", "/loop-b")
    url = server.redirect("/loop-b", "/loop-a")
    with pytest.raises(ImportRefused, match="redirects more than 5 times"):
        web.add_url(project, server.url("/loop-a"))
    assert url and stored(project) == (0, 0, 0)


def test_more_than_five_redirects_are_refused(project, server):
    for i in range(6):
        server.redirect(f"/r{i}", f"/r{i + 1}")
    server.add("/r6", Route(body=article_html(ITALIAN)))
    with pytest.raises(ImportRefused, match="redirects more than 5 times"):
        web.add_url(project, server.url("/r0"))
    assert stored(project) == (0, 0, 0)


def test_a_timeout_is_refused(project, server, monkeypatch):
    monkeypatch.setattr(fetch_module, "TIMEOUT_SECONDS", 0.3)
    url = server.add("/slow", Route(body=article_html(ITALIAN), delay=5))
    with pytest.raises(ImportRefused, match="did not answer within"):
        web.fetch_page(url, timeout=0.3)
    assert stored(project) == (0, 0, 0)


def test_a_page_that_keeps_trickling_is_refused_at_the_deadline(project, server, monkeypatch):
    """Every read answers within the timeout, one byte at a time: the whole body has a deadline of its own."""
    monkeypatch.setattr(fetch_module, "MAX_SECONDS", 0.5)
    url = server.add("/trickle", Route(body=b"<p>" + b"x" * 200, trickle=0.05))  # 10 s in all
    with pytest.raises(ImportRefused, match=r"did not arrive in full within 0.5 seconds \(\d+ bytes came"):
        web.add_url(project, url)
    assert stored(project) == (0, 0, 0)


def test_a_tls_failure_is_refused(project, server):
    url = server.add("/page", Route(body=article_html(ITALIAN))).replace("http://", "https://")
    with pytest.raises(ImportRefused, match="secure connection"):
        web.add_url(project, url)
    assert stored(project) == (0, 0, 0)


@pytest.mark.parametrize("content_type", ["image/png", "application/json", "application/octet-stream"])
def test_a_type_we_do_not_read_is_refused(project, server, content_type):
    url = server.add("/thing", Route(body=b"\x89PNG....", content_type=content_type))
    with pytest.raises(ImportRefused, match=f"is {content_type}, not a web page"):
        web.add_url(project, url)
    assert stored(project) == (0, 0, 0)


def test_a_response_without_a_content_type_is_refused_in_plain_words(project, server):
    url = server.add("/thing", Route(body=b"<p>hello</p>", content_type=""))
    with pytest.raises(ImportRefused, match="came without a content type, so it cannot be told to be a web page"):
        web.add_url(project, url)
    assert stored(project) == (0, 0, 0)


def test_an_answer_that_is_not_http_is_named_without_python_reprs(project):
    import socket
    import threading

    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"hello there\r\n\r\n")

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    try:
        with pytest.raises(ImportRefused) as caught:
            web.add_url(project, f"http://127.0.0.1:{port}/page")
    finally:
        thread.join(5)
        listener.close()
    assert "illegal status line: “hello there”" in str(caught.value) and "bytearray" not in str(caught.value)
    assert stored(project) == (0, 0, 0)


@pytest.mark.parametrize("chunked", [False, True])
def test_a_response_over_the_limit_is_refused(project, server, monkeypatch, chunked):
    monkeypatch.setattr(fetch_module, "MAX_BYTES", 50_000)
    big = article_html(ITALIAN) + b"<!--" + b"x" * 100_000 + b"-->"
    url = server.add("/big", Route(body=big, chunked=chunked))
    with pytest.raises(ImportRefused, match="too large"):
        web.fetch_page(url, max_bytes=50_000)
    assert stored(project) == (0, 0, 0)


def test_a_page_without_an_article_offers_its_full_text(project, server):
    url = server.add("/", Route(body=home_page()))
    with pytest.raises(NoArticleFound) as refused:
        web.add_url(project, url)
    assert "full text" in str(refused.value) and "Titolo 3" in refused.value.full_text
    assert stored(project) == (0, 0, 0)
    result = web.add_url(project, url, full_text=True)
    text = document_text(project, result.document_id)
    assert "Titolo 3" in text and get_original(project, result.document_id).extraction == "full"


def test_cancel_stores_nothing(project, server):
    url = server.add("/c", Route(body=article_html(CHINESE)))
    with pytest.raises(web.FetchCancelled):
        web.add_url(project, url, cancelled=lambda: True)
    assert stored(project) == (0, 0, 0)


def test_not_a_web_address(project):
    for bad in ("ftp://example.org/x", "example.org", "http://"):
        with pytest.raises(ImportRefused, match="not a web address"):
            web.add_url(project, bad)


def test_the_list_shows_every_source_with_its_label(project, server):
    web.add_url(project, server.add("/zh", Route(body=article_html(CHINESE))))
    (doc,) = list_documents(project)
    assert doc.language == "zh" and doc.outlet == CHINESE.outlet and doc.label == f"{CHINESE.outlet} 2025-06-13"


def test_a_chunked_page_is_archived_decoded_and_reads_back(project, server):
    body = article_html(ITALIAN)
    url = server.add("/chunked", Route(body=body, chunked=True))
    doc_id = web.add_url(project, url).document_id
    original = get_original(project, doc_id)
    response = read_warc(original.data)
    assert response.body == body and original.sha256 == hashlib.sha256(body).hexdigest()
    from warcio.archiveiterator import ArchiveIterator
    record = next(r for r in ArchiveIterator(io.BytesIO(original.data)) if r.rec_type == "response")
    assert record.http_headers.get_header("Transfer-Encoding") is None
    assert record.http_headers.get_header("X-Archive-Decoded") == "chunked"
    assert record.http_headers.get_header("Content-Length") == str(len(body))
