"""Importing files: good ones stored verbatim with their metadata, every bad one refused with nothing written."""

import hashlib
import json
import shutil
import zlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.resources import seeds_dir
from desktop.services import importing
from desktop.services.documents import document_text, get_document, list_documents
from desktop.services.importing import (
    MAX_BYTES,
    BadMetadata,
    BrokenEncoding,
    Duplicate,
    EmptyFile,
    ImportRefused,
    NotAFile,
    NotText,
    TooLarge,
    Unreadable,
    Unsupported,
    import_file,
    import_files,
    read_document_file,
)
from desktop.storage.models import Document, JournalEntry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "import"
PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"


def state(project):
    """What a refused import must leave untouched: the documents and the journal."""
    with project.read() as s:
        docs = s.execute(select(Document.id, Document.sha256).order_by(Document.id)).all()
        journal = s.execute(select(JournalEntry.id, JournalEntry.action, JournalEntry.target_id)
                            .order_by(JournalEntry.id)).all()
        count = s.scalar(select(func.count()).select_from(Document))
    return count, docs, journal


@pytest.fixture
def project_with_one(project, tmp_path):
    """A project that already holds one document, so 'unchanged' means more than 'still empty'."""
    first = tmp_path / "first.txt"
    first.write_text("Meta ha investito in Scale AI.\n", encoding="utf-8")
    import_file(project, first)
    return project


def write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def sparse_over_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.truncate(20 * 1024 * 1024 + 1)
    return path


REFUSALS = [
    ("binary.txt", lambda d: write(d, "binary.txt", b"abc\x00\x01\x02def"), NotText, "NUL byte at byte offset 3"),
    ("png.txt", lambda d: write(d, "png.txt", PNG_HEADER), NotText, "PNG image"),
    ("pdf.md", lambda d: write(d, "pdf.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), NotText, "PDF"),
    ("gzip.html", lambda d: write(d, "gzip.html", b"\x1f\x8b\x08\x00" + zlib.compress(b"x" * 50)), NotText,
     "gzip"),
    ("controls.txt", lambda d: write(d, "controls.txt", b"ab\x01\x02\x03\x04\x05\x06\x07\x08cd" * 20), NotText,
     "control characters"),
    ("latin1.txt", lambda d: write(d, "latin1.txt", "Caffè corretto\n".encode("latin-1")), BrokenEncoding,
     "byte offset 4"),
    ("broken-later.md", lambda d: write(d, "broken-later.md", b"# Titolo\n\nriga due \xff\xfe fine"), BrokenEncoding,
     "(0xFF) is at byte offset 19 (line 3)"),
    ("empty.txt", lambda d: write(d, "empty.txt", b""), EmptyFile, "empty"),
    ("blank.md", lambda d: write(d, "blank.md", b"  \n\t\r\n   \n"), EmptyFile, "only white space"),
    ("bom-only.txt", lambda d: write(d, "bom-only.txt", b"\xef\xbb\xbf"), EmptyFile, "only white space"),
    ("scripts.html", lambda d: write(d, "scripts.html", b"<html><script>var x = 1;</script><style>p{}</style>"),
     EmptyFile, "no visible text"),
    ("huge.txt", sparse_over_limit, TooLarge, "20,971,521 bytes, over the 20 MB limit"),
    ("report.docx", lambda d: write(d, "report.docx", b"PK\x03\x04rest of a word file"), Unreadable,
     "Word file is corrupt"),
    ("report.odt", lambda d: write(d, "report.odt", b"PK\x03\x04rest of a document"), Unsupported,
     "accepted: .txt, .md, .markdown, .html, .htm, .pdf, .docx, .eml"),
    ("noext", lambda d: write(d, "README", b"plain text"), Unsupported, "without an extension"),
    ("missing.txt", lambda d: d / "missing.txt", NotAFile, "There is no file"),
    ("folder.txt", lambda d: (d / "folder.txt").mkdir() or d / "folder.txt", NotAFile, "is a folder"),
]


@pytest.mark.parametrize(("label", "make", "error", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_bad_input_is_refused_with_a_message_and_nothing_written(
    project_with_one, tmp_path, label, make, error, message
):
    bad = make(tmp_path)
    before = state(project_with_one)
    with pytest.raises(error) as caught:
        import_file(project_with_one, bad)
    assert isinstance(caught.value, ImportRefused)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)  # one line
    assert state(project_with_one) == before
    assert before[0] == 1


def test_size_is_checked_before_reading(tmp_path, monkeypatch):
    huge = sparse_over_limit(tmp_path)
    opened = []
    real_open = Path.open
    monkeypatch.setattr(Path, "open", lambda self, *a, **k: opened.append(self) or real_open(self, *a, **k))
    with pytest.raises(TooLarge, match="over the 20 MB limit"):
        read_document_file(huge)
    assert huge not in opened


def test_the_limit_is_inclusive(tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "MAX_BYTES", 100)
    assert len(read_document_file(write(tmp_path, "at.txt", b"a" * 100)).text) == 100
    with pytest.raises(TooLarge):
        read_document_file(write(tmp_path, "over.txt", b"a" * 101))
    assert MAX_BYTES == 20 * 1024 * 1024


def test_broken_utf8_is_never_guessed_as_latin1(project, tmp_path):
    path = write(tmp_path, "perche.txt", "Perché è così\n".encode("cp1252"))
    with pytest.raises(BrokenEncoding, match=r"Not valid UTF-8: the first bad byte \(0xE9\) is at byte offset 5"):
        import_file(project, path)
    assert list_documents(project) == []


def test_html_declaring_another_charset_says_so(tmp_path):
    path = write(tmp_path, "old.html", b'<meta charset="windows-1252"><p>Citt\xe0</p>')
    with pytest.raises(BrokenEncoding, match="The page says it is windows-1252"):
        read_document_file(path)


def test_text_is_stored_verbatim_crlf_accents_emoji(project, tmp_path):
    text = "Città — naïve 😀 Ünïcödé\r\nSeconda riga con spazi   \r\n\r\n\tindentata\r\n"
    path = write(tmp_path, "verbatim.txt", text.encode("utf-8"))
    doc_id = import_file(project, path).value
    stored = document_text(project, doc_id)
    assert stored == text
    assert "\r\n" in stored
    summary = get_document(project, doc_id)
    assert summary.char_count == len(text)  # code points: the emoji is one
    assert summary.sha256 == hashlib.sha256(stored.encode("utf-8")).hexdigest()
    assert summary.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()  # the file's own bytes


def test_utf8_bom_is_stripped_and_utf16_with_bom_is_decoded(project, tmp_path):
    bom8 = write(tmp_path, "bom8.txt", b"\xef\xbb\xbf" + "Società per azioni\n".encode())
    utf16 = write(tmp_path, "utf16.md", "# Título\n\nA empresa não comentou. 😀\n".encode("utf-16"))
    first = import_file(project, bom8).value
    second = import_file(project, utf16).value
    assert document_text(project, first) == "Società per azioni\n"
    assert document_text(project, second) == "# Título\n\nA empresa não comentou. 😀\n"
    assert get_document(project, second).title == "Título"


def test_utf16_bom_with_broken_body_is_refused(tmp_path):
    path = write(tmp_path, "broken16.txt", b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(BrokenEncoding, match="UTF-16-LE"):
        read_document_file(path)


def test_the_same_text_twice_is_refused_as_a_duplicate(project, tmp_path):
    text = "OpenAI continuerà a collaborare con Scale AI.\n"
    one = write(tmp_path, "one.txt", text.encode("utf-8"))
    two = write(tmp_path, "two.md", text.encode("utf-8"))
    first = import_file(project, one, title="Prima versione").value
    before = state(project)
    with pytest.raises(Duplicate) as caught:
        import_file(project, two)
    assert "already in the project as “Prima versione”" in str(caught.value)
    assert caught.value.existing_id == first
    assert state(project) == before
    assert [d.id for d in list_documents(project)] == [first]


def test_html_import_uses_the_page_metadata(project):
    doc_id = import_file(project, FIXTURES / "article.html").value
    doc = get_document(project, doc_id)
    assert doc.title == "Meta investirà oltre 10 miliardi di dollari in Scale AI"
    assert doc.outlet == "KEY Difference Wire"
    assert doc.url == "https://example.org/news/meta-scale-ai"
    assert doc.published == "2025-06-10"
    assert doc.language == "it"
    text = document_text(project, doc_id)
    # the article only: the page's menus and footer are not part of it (desktop.sources.html)
    assert "Torna in alto" not in text and "SCRIPT-MUST-NOT-APPEAR" not in text
    assert doc.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_given_metadata_wins_over_the_guesses(project):
    doc_id = import_file(project, FIXTURES / "article.html", language="IT", title="Il mio titolo",
                         outlet="Altra testata", url="https://example.org/x", published="2025-06-12").value
    doc = get_document(project, doc_id)
    assert (doc.title, doc.language, doc.outlet, doc.url, doc.published) == (
        "Il mio titolo", "it", "Altra testata", "https://example.org/x", "2025-06-12")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("published", "12/06/2025", "YYYY-MM-DD"),
    ("published", "2025-02-30", "YYYY-MM-DD"),
    ("language", "italiano!", "not a language code"),
])
def test_bad_given_metadata_is_refused(project, field, value, message):
    with pytest.raises(BadMetadata, match=message):
        import_file(project, FIXTURES / "article.html", **{field: value})
    assert list_documents(project) == []


def test_markdown_and_text_titles(tmp_path):
    md = write(tmp_path, "n.md", b"Intro line\n\n#   Il titolo vero   ##\n\ntesto\n")
    assert read_document_file(md).title == "Il titolo vero"
    assert read_document_file(md).format == "markdown"
    long_line = "parola " * 40
    txt = write(tmp_path, "t.txt", f"\n   \n  {long_line}\nseconda\n".encode())
    title = read_document_file(txt).title
    assert title.startswith("parola parola") and title.endswith("…") and len(title) <= 120
    short = write(tmp_path, "s.txt", b"\n  Breve titolo  \ncorpo\n")
    assert read_document_file(short).title == "Breve titolo"
    assert read_document_file(short).source_name == "s.txt"


def test_seed_articles_imported_from_files_get_their_language(project, tmp_path):
    manifest = json.loads((seeds_dir() / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest["documents"]) == 5
    for entry in manifest["documents"]:
        copy = tmp_path / entry["file"]
        shutil.copyfile(seeds_dir() / entry["file"], copy)
        doc_id = import_file(project, copy).value
        doc = get_document(project, doc_id)
        assert doc.language == entry["language"]
        assert document_text(project, doc_id) == (seeds_dir() / entry["file"]).read_text(encoding="utf-8")


def test_import_files_reports_each_file_and_goes_on_after_a_refusal(project, tmp_path):
    good = write(tmp_path, "good.txt", "La società ha confermato l'accordo.\n".encode())
    bad = write(tmp_path, "bad.txt", b"\x89PNG\r\n\x1a\nxxxx")
    also = write(tmp_path, "also.md", b"# Nota\n\nOK.\n")
    calls = []
    report = import_files(project, [good, bad, also, good], progress=lambda *a: calls.append(a))
    assert [r.path for r in report.results] == [str(good), str(bad), str(also), str(good)]
    assert [r.added for r in report.results] == [True, False, True, False]
    assert "PNG image" in report.results[1].message
    assert "already in the project" in report.results[3].message
    assert report.added == [d.id for d in list_documents(project)]
    assert report.changes.documents == frozenset(report.added)
    assert report.summary() == ("2 of 4 file(s) imported, 2 refused. also.md: language not detected — set it "
                                "in Edit › Document Metadata (Ctrl+Shift+M).")  # six letters: too few to tell
    assert calls[0] == (0, 4, str(good)) and calls[-1] == (4, 4, "")


def test_import_files_can_be_cancelled_between_files(project, tmp_path):
    files = [write(tmp_path, f"f{i}.txt", f"Documento numero {i} del progetto.\n".encode()) for i in range(3)]
    report = import_files(project, files, progress=lambda done, total, name: done < 1)
    assert report.cancelled
    assert len(report.results) == 1 and len(list_documents(project)) == 1


# --- the language, said in the report (QA 24/25: an empty language, silently) ----------------------------

def test_the_report_names_a_detected_language_and_says_where_none_was_found(project, tmp_path):
    italian = write(tmp_path, "good.txt", "Anthropic ha raccolto 3,5 miliardi di dollari per il suo modello, "
                                          "secondo la società che lo ha confermato.\n".encode())
    unknown = write(tmp_path, "figures.txt", b"Q3 2025: 14 000 000 000 USD\n")
    report = import_files(project, [italian, unknown])
    first, second = report.results
    assert (first.language, first.language_source) == ("it", "detected")
    assert first.line() == f"good.txt: added as document {first.document_id} (it, detected)"
    assert second.without_language and get_document(project, second.document_id).language == ""
    assert second.line() == (f"figures.txt: added as document {second.document_id}; language not detected — "
                             "set it in Edit › Document Metadata (Ctrl+Shift+M)")
    assert report.summary() == ("2 of 2 file(s) imported. figures.txt: language not detected — set it in "
                                "Edit › Document Metadata (Ctrl+Shift+M).")
    assert report.lines() == [first.line(), second.line()]


def test_a_given_language_and_a_refusal_in_the_report_lines(project, tmp_path):
    unknown = write(tmp_path, "figures.txt", b"Q3 2025: 14 000 000 000 USD\n")
    empty = write(tmp_path, "empty.txt", b"")
    report = import_files(project, [unknown, empty], language="pt")
    assert report.results[0].line() == f"figures.txt: added as document {report.added[0]} (pt, given)"
    assert report.results[1].line() == "empty.txt: The file is empty (0 bytes)."
    assert report.summary() == "1 of 2 file(s) imported, 1 refused."  # every added file has its language


def test_import_document_reports_like_import_files(project, tmp_path):
    italian = write(tmp_path, "it.txt", "La società ha confermato che il suo investimento è stato chiuso.\n".encode())
    result = importing.import_document(project, italian, outlet="Il Sole")
    assert result.outcome_text() == f"added as document {result.document_id} (it, detected)"
    assert get_document(project, result.document_id).outlet == "Il Sole"
    with pytest.raises(Duplicate):
        importing.import_document(project, italian)


def test_a_page_that_declares_its_language_says_so(project, tmp_path):
    page = write(tmp_path, "page.html", b'<html lang="de"><body><article><p>Q3 2025: 14 000 000 000 USD - '
                 b'14 000 000 000 USD - 14 000 000 000 USD - 14 000 000 000 USD</p></article></body></html>')
    result = import_files(project, [page]).results[0]
    assert (result.language, result.language_source) == ("de", "from the page")
    assert result.line().endswith("(de, from the page)")
