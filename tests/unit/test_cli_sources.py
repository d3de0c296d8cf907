"""The command line for sources: `docs add URL|FILE...`, `docs list --json` with provenance fields,
`docs original ID --out FILE`, and one line on stderr for every refusal."""

import hashlib
import json

import pytest

from desktop.cli import main
from tests.fixtures.sources.make import make_docx, make_eml, make_encrypted_pdf, make_pdf, make_zip_bomb_docx
from tests.fixtures.sources.pages import ARABIC, HEBREW, ITALIAN, JAPANESE, article_html, home_page
from tests.fixtures.sources.server import Route

FIELDS = ("url", "outlet", "author", "published", "retrieved_at", "original_sha256", "original_type", "label",
          "pages")


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def listed(capsys, project):
    code, out, err = run(capsys, "--project", project, "docs", "list", "--json")
    assert code == 0, err
    return json.loads(out)


def test_add_a_url_and_a_pdf_then_list_the_provenance(tmp_path, capsys, web_server):
    project = tmp_path / "p.evidence"
    page = article_html(ITALIAN)
    url = web_server.add("/it", Route(body=page))
    pdf = make_pdf([["Relazione annuale 2025."], ["La quota di Meta e del 49%."], ["Fine."]],
                   title="Relazione", author="Ufficio studi")
    pdf_path = tmp_path / "relazione.pdf"
    pdf_path.write_bytes(pdf)
    code, out, err = run(capsys, "--project", project, "docs", "add", url, pdf_path)
    assert code == 0, err
    assert f"{url}: added as document 1 (it, detected)" in out
    web_doc, pdf_doc = listed(capsys, project)
    assert all(field in web_doc for field in FIELDS)
    assert web_doc["url"] == "https://news.example/2025/meta-scale-ai"
    assert (web_doc["outlet"], web_doc["author"], web_doc["published"]) == (
        ITALIAN.outlet, ITALIAN.author, ITALIAN.published)
    assert web_doc["original_sha256"] == hashlib.sha256(page).hexdigest()
    assert web_doc["original_type"] == "text/html" and web_doc["pages"] is None
    assert web_doc["label"] == "CT 2025-06-13" and web_doc["retrieved_at"].endswith("Z")
    assert pdf_doc["pages"] == 3 and pdf_doc["original_type"] == "application/pdf"
    assert pdf_doc["original_sha256"] == hashlib.sha256(pdf).hexdigest()
    assert pdf_doc["author"] == "Ufficio studi" and pdf_doc["retrieved_at"] == ""

    # the archived original comes back byte for byte; the WARC record on asking
    out_file = tmp_path / "copy.html"
    code, _, err = run(capsys, "--project", project, "docs", "original", 1, "--out", out_file)
    assert code == 0, err
    assert out_file.read_bytes() == page
    warc = tmp_path / "page.warc.gz"
    assert run(capsys, "--project", project, "docs", "original", 1, "--out", warc)[0] == 0
    from desktop.sources.warc import read_warc
    assert read_warc(warc.read_bytes()).body == page
    pdf_copy = tmp_path / "copy.pdf"
    assert run(capsys, "--project", project, "docs", "original", 2, "--out", pdf_copy)[0] == 0
    assert pdf_copy.read_bytes() == pdf


def test_the_same_url_twice_is_reported_not_duplicated(tmp_path, capsys, web_server):
    project = tmp_path / "p.evidence"
    url = web_server.add("/ar", Route(body=article_html(ARABIC)))
    assert run(capsys, "--project", project, "docs", "add", url)[0] == 0
    code, out, err = run(capsys, "--project", project, "docs", "add", url)
    assert code == 1 and out == ""
    assert "already in the project as document 1" in err
    assert len(listed(capsys, project)) == 1


def test_a_page_without_article_is_refused_then_added_whole(tmp_path, capsys, web_server):
    project = tmp_path / "p.evidence"
    url = web_server.add("/", Route(body=home_page()))
    code, _, err = run(capsys, "--project", project, "docs", "add", url)
    assert code == 1 and "No article was found" in err and "--full-text" in err
    assert run(capsys, "--project", project, "docs", "add", url, "--full-text")[0] == 0
    assert len(listed(capsys, project)) == 1


def test_word_and_email_files(tmp_path, capsys):
    project = tmp_path / "p.evidence"
    docx = tmp_path / "nota.docx"
    docx.write_bytes(make_docx(["Nota sulla quota.", "Seconda riga della nota interna."],
                               title="Nota", author="Marco Bianchi", table=[["Quota", "49%"]]))
    eml = tmp_path / "fonte.eml"
    eml.write_bytes(make_eml(sender="Anna Verdi <anna@giornale.example>", subject="Conferma della cifra",
                             date="Fri, 13 Jun 2025 10:00:00 +0200",
                             body="Confermo: l'investimento di Meta in Scale AI è di 14,3 miliardi di dollari."))
    code, out, err = run(capsys, "--project", project, "docs", "add", docx, eml)
    assert code == 0, err
    word, mail = listed(capsys, project)
    assert (word["title"], word["author"], word["original_type"]) == (
        "Nota", "Marco Bianchi",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    assert (mail["title"], mail["published"], mail["outlet"]) == (
        "Conferma della cifra", "2025-06-13", "giornale.example")
    assert mail["author"] == "Anna Verdi <anna@giornale.example>" and mail["original_type"] == "message/rfc822"
    assert mail["label"] == "giornale.example 2025-06-13"


@pytest.mark.parametrize(("name", "data", "message"), [
    ("scan.pdf", lambda: make_pdf([[], []]), "no text layer"),
    ("locked.pdf", lambda: make_encrypted_pdf([["Segreto."]]), "encrypted"),
    ("broken.pdf", lambda: b"%PDF-1.4\n1 0 obj << /Type /Catalog", "damaged"),
    ("corrupt.docx", lambda: b"PK\x03\x04 this is not really a zip", "corrupt"),
    ("bomb.docx", lambda: make_zip_bomb_docx(16 * 1024 * 1024), "zip bomb"),
    ("empty.eml", lambda: b"just some words, no headers\n", "not an e-mail"),
])
def test_bad_files_get_one_line_and_nothing_is_stored(tmp_path, capsys, name, data, message):
    project = tmp_path / "p.evidence"
    path = tmp_path / name
    path.write_bytes(data())
    code, out, err = run(capsys, "--project", project, "docs", "add", path)
    assert code == 1 and out == ""
    lines = [line for line in err.splitlines() if not line.startswith("evidence-desk: created")]
    assert len(lines) == 2 and message in lines[0]  # the file's line, then the count
    assert "Traceback" not in err
    assert listed(capsys, project) == []


@pytest.mark.parametrize("address", ["http://[::1/article", "http://127.0.0.1:99999/article"])
def test_a_malformed_address_gets_its_line_and_the_others_are_still_added(tmp_path, capsys, web_server, address):
    project = tmp_path / "p.evidence"
    good = web_server.add("/it", Route(body=article_html(ITALIAN)))
    code, out, err = run(capsys, "--project", project, "docs", "add", address, good)
    assert code == 1 and f"{good}: added as document 1" in out
    lines = [line for line in err.splitlines() if not line.startswith("evidence-desk: created")]
    assert lines == [f"{address}: “{address}” is not a valid web address: {lines[0].split(': ', 2)[2]}",
                     "evidence-desk: 1 of 2 source(s) not added"]
    assert "Traceback" not in err and len(listed(capsys, project)) == 1


@pytest.mark.parametrize("status", [404, 500])
def test_http_errors_on_the_command_line(tmp_path, capsys, web_server, status):
    project = tmp_path / "p.evidence"
    url = web_server.add("/e", Route(status=status, body=b"<h1>error</h1>"))
    code, _, err = run(capsys, "--project", project, "docs", "add", url)
    assert code == 1 and f"The server answered {status}" in err and "Traceback" not in err


def test_rtl_and_cjk_pages_get_their_language(tmp_path, capsys, web_server):
    project = tmp_path / "p.evidence"
    urls = [web_server.add(f"/{a.language}", Route(body=article_html(a))) for a in (ARABIC, HEBREW, JAPANESE)]
    assert run(capsys, "--project", project, "docs", "add", *urls)[0] == 0
    assert [d["language"] for d in listed(capsys, project)] == ["ar", "he", "ja"]


def test_label_can_be_edited_and_must_stay_unique(tmp_path, capsys, web_server):
    project = tmp_path / "p.evidence"
    run(capsys, "--project", project, "docs", "add", web_server.add("/a", Route(body=article_html(ITALIAN))),
        web_server.add("/b", Route(body=article_html(ARABIC))))
    assert run(capsys, "--project", project, "docs", "label", 1, "CorTec 13/6")[0] == 0
    assert listed(capsys, project)[0]["label"] == "CorTec 13/6"
    code, _, err = run(capsys, "--project", project, "docs", "label", 2, "cortec 13/6")
    assert code == 2 and "already has the label" in err
