"""The evidence bundle and `verify`: a page added by address, a PDF and a seed article, tagged and
accepted, exported as a bundle that verifies in a fresh folder with no project, and fails after a
one-character change anywhere a reader could make it."""

import hashlib
import io
import json
import re
import shutil
import zipfile

import pytest

from desktop.cli import main
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.documents import document_text
from desktop.services.web import add_url
from tests.fixtures.sources.make import make_pdf
from tests.fixtures.sources.pages import ARABIC, ITALIAN, article_html
from tests.fixtures.sources.server import Route


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def tag(project, author_id, doc_id, phrase, kind="entity", **fields):
    text = document_text(project, doc_id)
    start = text.index(phrase)
    ann = create_annotation(project, document_id=doc_id, start=start, end=start + len(phrase), kind=kind,
                            author_id=author_id, **fields).value
    update_annotation(project, ann, status="accepted")
    return ann


@pytest.fixture
def bundled(tmp_path, capsys, web_server, project, author_id):
    italian = add_url(project, web_server.add("/it", Route(body=article_html(ITALIAN)))).document_id
    arabic = add_url(project, web_server.add("/ar", Route(body=article_html(ARABIC)))).document_id
    pdf_file = tmp_path / "rapporto.pdf"
    pdf_file.write_bytes(make_pdf([["Prima pagina."], ["La quota di Meta in Scale AI e del 49 per cento."]]))
    run(capsys, "--project", project.location, "docs", "add", pdf_file)
    pdf_doc = 3
    tag(project, author_id, italian, "14,3 miliardi di dollari", "figure", value="14300000000", unit="USD",
        bound="about", measure_label="Meta's investment")
    tag(project, author_id, italian, "Scale AI")
    tag(project, author_id, arabic, "أربعة عشر مليار دولار", "figure", value="14000000000", unit="USD",
        bound="about", measure_label="Meta's investment")
    tag(project, author_id, pdf_doc, "49 per cento", "figure", value="49", unit="%", bound="exact",
        measure_label="Meta's stake")
    out = tmp_path / "evidence.zip"
    code, _, err = run(capsys, "--project", project.location, "dossier", "--format", "bundle", "--out", out)
    assert code == 0, err
    fresh = tmp_path / "elsewhere"
    fresh.mkdir()
    moved = fresh / "evidence.zip"
    shutil.copy(out, moved)
    return moved, {"italian": italian, "arabic": arabic, "pdf": pdf_doc}


@pytest.mark.qt  # a bundle holds the PDF dossier, which Qt prints
def test_the_bundle_holds_the_dossier_texts_originals_and_a_canonical_manifest(bundled):
    import rfc8785

    path, docs = bundled
    with zipfile.ZipFile(path) as z:
        names = set(z.namelist())
        manifest_raw = z.read("manifest.json")
        manifest = json.loads(manifest_raw)
        assert rfc8785.dumps(manifest) == manifest_raw
        assert {"dossier.html", "dossier.pdf", "dossier.json", "manifest.json"} <= names
        assert z.read("dossier.pdf").startswith(b"%PDF")
        for name, digest in manifest["files"].items():
            assert hashlib.sha256(z.read(name)).hexdigest() == digest
        italian = next(d for d in manifest["documents"] if d["document_id"] == docs["italian"])
        assert italian["original"].endswith(".warc.gz") and italian["original_kind"] == "warc"
        assert italian["text_sha256"] == hashlib.sha256(z.read(italian["text"])).hexdigest()
        pdf = next(d for d in manifest["documents"] if d["document_id"] == docs["pdf"])
        assert z.read(pdf["original"]).startswith(b"%PDF") and pdf["page_starts"][0] == 0
        dossier = json.loads(z.read("dossier.json"))
        html = z.read("dossier.html").decode()
    citations = [v["citation"] for f in dossier["figures"] for v in f["values"]]
    web = next(c for c in citations if c["document_id"] == docs["italian"])
    assert web["link"].startswith("https://news.example/2025/meta-scale-ai#:~:text=")
    assert "14%2C3%20miliardi%20di%20dollari" in web["link"]
    assert web["original_sha256"] == italian["original_sha256"] and web["retrieved_at"].endswith("Z")
    assert web["page"] is None
    paper = next(c for c in citations if c["document_id"] == docs["pdf"])
    assert paper["page"] == 2 and " p. 2 " in paper["text"]
    assert paper["link"] == f"{pdf['original']}#page=2"
    assert 'href="originals/' in html and "#page=2" in html  # PDF citations are clickable
    assert ":~:text=" in html


@pytest.mark.qt  # a bundle holds the PDF dossier, which Qt prints
def test_a_bundle_verifies_with_no_project(bundled, capsys, monkeypatch, tmp_path):
    path, _ = bundled
    monkeypatch.chdir(path.parent)
    code, out, err = run(capsys, "verify", path.name)
    assert code == 0, out + err
    assert out.strip() == "3 of 3 citations verified"


def _rewrite(path, name, change):
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    members[name] = change(members[name])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for n, data in members.items():
            z.writestr(n, data)
    path.write_bytes(buffer.getvalue())


def _one_character(text: bytes, old: str, new: str) -> bytes:
    decoded = text.decode("utf-8")
    assert old in decoded
    return decoded.replace(old, new, 1).encode("utf-8")


@pytest.mark.qt  # a bundle holds the PDF dossier, which Qt prints
def test_one_changed_character_in_a_text_fails_and_is_named(bundled, capsys):
    path, docs = bundled
    copy = path.with_name("altered.zip")
    shutil.copy(path, copy)
    _rewrite(copy, f"texts/{docs['italian']}.txt", lambda b: _one_character(b, "14,3", "14,8"))
    code, out, _ = run(capsys, "verify", copy)
    assert code == 1
    assert f"MISMATCH texts/{docs['italian']}.txt: its SHA-256 is not the one in the manifest" in out
    assert "the stored text is not what its archived original extracts to" in out
    assert "is not the stored text at its offsets" in out
    assert out.splitlines()[-1].startswith("2 of 3 citations verified")
    assert run(capsys, "verify", path)[0] == 0  # the original bundle still verifies


@pytest.mark.qt  # a bundle holds the PDF dossier, which Qt prints
def test_a_changed_original_or_quote_fails(bundled, capsys):
    path, docs = bundled
    pdf_copy = path.with_name("pdf.zip")
    shutil.copy(path, pdf_copy)
    with zipfile.ZipFile(path) as z:
        pdf_name = next(n for n in z.namelist() if n.startswith(f"originals/{docs['pdf']}-"))
    _rewrite(pdf_copy, pdf_name, lambda b: b.replace(b"49 per cento", b"48 per cento"))
    code, out, _ = run(capsys, "verify", pdf_copy)
    assert code == 1 and f"MISMATCH {pdf_name}: its SHA-256 is not the one in the manifest" in out
    assert "archived original's SHA-256 is not the one recorded" in out

    quote_copy = path.with_name("quote.zip")
    shutil.copy(path, quote_copy)
    _rewrite(quote_copy, "dossier.json", lambda b: _one_character(b, '"quote": "أربعة عشر', '"quote": "أربعة عشx'))
    code, out, _ = run(capsys, "verify", quote_copy)
    assert code == 1 and "dossier.json: its SHA-256 is not the one in the manifest" in out
    assert "is not the stored text at its offsets" in out


def test_a_dossier_json_verifies_against_its_project(tmp_path, capsys, web_server, project, author_id):
    doc = add_url(project, web_server.add("/it", Route(body=article_html(ITALIAN)))).document_id
    tag(project, author_id, doc, "49%", "figure", value="49", unit="%", bound="exact", measure_label="Meta's stake")
    out = tmp_path / "d.json"
    assert run(capsys, "--project", project.location, "dossier", "--out", out)[0] == 0
    code, text, _ = run(capsys, "--project", project.location, "verify", out)
    assert code == 0 and text.strip() == "1 of 1 citations verified"
    data = json.loads(out.read_text(encoding="utf-8"))
    data["sources"][0]["sha256"] = "0" * 64
    data["entities"] = data["entities"]
    out.write_text(json.dumps(data), encoding="utf-8")
    code, text, _ = run(capsys, "--project", project.location, "verify", out)
    assert code == 1 and "SHA-256 differs" in text


def test_verify_refuses_what_is_not_a_bundle(tmp_path, capsys):
    junk = tmp_path / "junk.json"
    junk.write_text("{}", encoding="utf-8")
    code, _, err = run(capsys, "verify", junk)
    assert code == 2 and "give --project" in err
    code, _, err = run(capsys, "verify", tmp_path / "missing.zip")
    assert code == 2 and "There is no file" in err


@pytest.mark.qt  # a bundle holds the PDF dossier, which Qt prints
def test_the_seed_line_up_bundle_verifies_with_its_labels(tmp_path, capsys, seeded_project, author_id):
    from tests.fixtures.lineup import tag_seed_lineup

    tag_seed_lineup(seeded_project, author_id)
    out = tmp_path / "seeds.zip"
    code, _, err = run(capsys, "--project", seeded_project.location, "dossier", "--format", "bundle",
                       "--include-pending", "--out", out)
    assert code == 0, err
    with zipfile.ZipFile(out) as z:
        manifest = json.loads(z.read("manifest.json"))
        html = z.read("dossier.html").decode()
    assert sorted(d["label"] for d in manifest["documents"]) == ["Cryptopolitan", "FR AI blog", "FT 2025-07-15",
                                                                 "IT crypto site", "PT news site"]
    assert all(d["original"] and d["original_type"] == "text/plain" for d in manifest["documents"])
    assert "FT 2025-07-15" in html and "004 ¶" not in html
    code, text, _ = run(capsys, "verify", out)
    assert code == 0, text
    count = int(text.split()[0])
    assert count >= 10 and text.strip() == f"{count} of {count} citations verified"


@pytest.mark.parametrize("make, says", [
    (lambda p: p.mkdir(), "{path} is a folder: give an evidence bundle (.zip) or a dossier JSON."),
    (lambda p: p.write_bytes(b""), "{name} is neither an evidence bundle (.zip) nor a dossier JSON."),
    (lambda p: p.write_bytes(b"PK not really a zip"), "{name} is neither an evidence bundle (.zip) nor a dossier JSON."),
    (lambda p: p.write_bytes(b"\xff\xfe\x00junk"),
     "{name} is neither an evidence bundle (.zip) nor a dossier JSON (it is not UTF-8 text, byte 0)."),
    (lambda p: p.write_text('{"format": ', encoding="utf-8"),
     "{name} is not a dossier JSON (Expecting value: line 1, column 12)."),
])
def test_what_is_neither_a_bundle_nor_a_dossier_is_said_plainly(tmp_path, capsys, project, make, says):
    path = tmp_path / "evidence.zip"
    make(path)
    code, out, err = run(capsys, "--project", project.location, "verify", path)
    assert code == 2 and out == ""
    assert err == "evidence-desk: " + says.format(path=path, name=path.name) + "\n"


def _bundle(path, manifest, members=None):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest))
        for name, data in (members or {}).items():
            z.writestr(name, data)
    return path


@pytest.mark.parametrize("manifest, says", [
    (None, "it is not a JSON object"),
    ([1, 2], "it is not a JSON object"),
    ({"files": [{"path": "texts/1.txt"}]}, '"files" do not map names'),
    ({"files": {"texts/1.txt": 5}}, '"files" do not map names'),
    ({"files": {}, "documents": "texts/1.txt"}, "documents is not a list"),
    ({"files": {}, "documents": [5]}, r"documents\[0\] is not an object"),
    ({"files": {}, "documents": [{"document_id": 1, "text": ["texts/1.txt"]}]}, r"documents\[0\].text is not a string"),
])
def test_a_manifest_of_another_shape_is_refused_in_one_line(tmp_path, capsys, manifest, says):
    code, out, err = run(capsys, "verify", _bundle(tmp_path / "edited.zip", manifest))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "manifest.json in edited.zip is not an evidence bundle's manifest" in err
    assert re.search(says, err) and "unexpected error" not in err


@pytest.mark.parametrize("change, says", [
    (lambda d: d.update(sources=5), "sources is not a list"),
    (lambda d: d.update(sources=["1"]), r"sources\[0\] is not an object"),
    (lambda d: d["sources"][0].update(document_id=[1]), r"sources\[0\].document_id is not a whole number"),
    (lambda d: d.update(notes="none"), "notes is not a list"),
    (lambda d: d["figures"][0].update(values=5), r"figures\[0\].values is not a list"),
    (lambda d: d["figures"][0]["values"][0].update(quote=49), "a quote is not a string"),
    (lambda d: d["figures"][0]["values"][0].update(citation=[1]), "a citation is not an object"),
])
def test_a_dossier_json_of_another_shape_is_refused_in_one_line(tmp_path, capsys, web_server, project, author_id,
                                                                 change, says):
    doc = add_url(project, web_server.add("/it", Route(body=article_html(ITALIAN)))).document_id
    tag(project, author_id, doc, "49%", "figure", value="49", unit="%", bound="exact", measure_label="Meta's stake")
    out = tmp_path / "d.json"
    assert run(capsys, "--project", project.location, "dossier", "--out", out)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    change(data)
    out.write_text(json.dumps(data), encoding="utf-8")
    code, text, err = run(capsys, "--project", project.location, "verify", out)
    assert code == 2 and text == "" and err.count("\n") == 1
    assert "d.json is not an Evidence Desk dossier JSON" in err and re.search(says, err)
