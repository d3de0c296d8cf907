"""`dossier --lang it`: the dossier's own words, numbers and dates in the language asked for; quotes verbatim,
JSON keys English. English stays what it was (tests/golden)."""

from __future__ import annotations

import json
import re

import pytest

from desktop.cli import main
from desktop.dossier.build import build_dossier
from desktop.dossier.markdown_render import render_markdown
from desktop.dossier.model import DossierOptions
from desktop.i18n import language
from tests.fixtures.dossier_project import build_dossier_project

WHEN = "2026-03-05T09:00:00Z"
HEADINGS = {  # the section headings of the dossier, as each language writes them
    "it": ("Fonti", "Cifre chiave", "Affermazioni", "Entità", "Note degli analisti"),
    "pt": ("Fontes", "Cifras-chave", "Alegações", "Entidades", "Notas dos analistas"),
    "fr": ("Sources", "Chiffres clés", "Affirmations", "Entités", "Notes des analystes"),
    "es": ("Fuentes", "Cifras clave", "Afirmaciones", "Entidades", "Notas de los analistas"),
    "de": ("Quellen", "Schlüsselzahlen", "Behauptungen", "Entitäten", "Notizen der Analysten"),
}
ENGLISH = ("## Key figures", "## Claims", "## Entities", "Analysts' notes", "Documents covered", "Appendix B",
           "accepted only", "reliability", "not graded")


@pytest.fixture
def small(project):
    build_dossier_project(project)
    return project


def run(project, *args):
    return main(["--project", project.location, "dossier", "--generated-at", WHEN, *args])


def test_the_italian_dossier_is_written_in_italian(small, tmp_path):
    out = tmp_path / "dossier.html"
    assert run(small, "--format", "html", "--lang", "it", "--out", str(out)) == 0
    page = out.read_text(encoding="utf-8")
    assert '<html lang="it">' in page
    for heading in HEADINGS["it"]:
        assert f">{heading}</h2>" in page
    for word in ("Key figures", "Documents covered", "Appendix", "Analysts", "Generated", "Contents"):
        assert word not in page
    assert "Indice:" in page and "Documenti esaminati:" in page and "Appendice B: passi citati" in page
    assert "5 mar 2026, 09:00 UTC" in page  # the date the way Italians write it
    assert re.search(r"~2\s*Mld\s*USD", page)  # "about $2 billion" summarised in Italian
    assert "B (di solito affidabile)" in page


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_every_language_writes_its_own_headings_and_no_english_ones(small, lang):
    with language(lang):
        text = render_markdown(build_dossier(small, DossierOptions(include_pending=True), generated_at=WHEN))
    for heading in HEADINGS[lang]:
        assert f"## {heading} " in text, heading
    leftovers = [w for w in ENGLISH if w in text]
    assert not leftovers, f"{lang}: English left in the dossier: {leftovers}"


def test_quotes_stay_verbatim_and_json_keys_stay_english(small, tmp_path):
    english, italian = tmp_path / "en.json", tmp_path / "it.json"
    assert run(small, "--format", "json", "--out", str(english)) == 0
    assert run(small, "--format", "json", "--lang", "it", "--out", str(italian)) == 0
    en, it = json.loads(english.read_text("utf-8")), json.loads(italian.read_text("utf-8"))

    def keys(value, path=""):  # every key path of a JSON document
        if isinstance(value, dict):
            return {f"{path}/{k}" for k in value} | {p for k, v in value.items() for p in keys(v, f"{path}/{k}")}
        if isinstance(value, list):
            return {p for v in value for p in keys(v, f"{path}[]")}
        return set()

    assert keys(en) == keys(it)
    assert en["language"] == "en" and it["language"] == "it"
    assert [v["quote"] for f in en["figures"] for v in f["values"]] == [
        v["quote"] for f in it["figures"] for v in f["values"]]
    assert en["figures"][0]["summary"] != it["figures"][0]["summary"]  # words and numbers in Italian
    assert it["figures"][0]["summary"].startswith(("le fonti", "un solo valore"))


def test_numbers_follow_the_language(small):
    with language("de"):
        text = render_markdown(build_dossier(small, DossierOptions(), generated_at=WHEN))
    characters = re.findall(r"\| (\d[\d.]*) \| `[0-9a-f]{64}`", text)
    assert characters and all("," not in c for c in characters)
    assert "5. März 2026" in text or "05.03.2026" in text or "5 März 2026" in text or "05.03.26" in text or \
        "5. Mär. 2026" in text


def test_an_unknown_language_is_one_clear_line(small, tmp_path, capsys):
    with pytest.raises(SystemExit):
        run(small, "--format", "html", "--lang", "xx", "--out", str(tmp_path / "d.html"))
    assert "invalid choice" in capsys.readouterr().err
    assert not (tmp_path / "d.html").exists()


@pytest.mark.qt  # the PDF is printed by Qt
def test_the_pdf_footer_is_in_the_dossiers_language(small, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "dossier.pdf"
    assert run(small, "--format", "pdf", "--lang", "it", "--out", str(out)) == 0
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(str(out)).pages)
    assert "pagina 1 di" in text and "Cifre chiave" in text


def test_without_out_an_italian_html_dossier_goes_to_standard_output(small, capsys):
    """`evidence-desk --project P dossier --format html --lang it`, as the analyst types it."""
    assert run(small, "--format", "html", "--lang", "it") == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("<!DOCTYPE html>") and '<html lang="it">' in captured.out
    assert any(heading in captured.out for heading in HEADINGS["it"])
    assert "standard output" in captured.err


def test_without_out_a_pdf_is_one_clear_line(small, capsys):
    assert run(small, "--format", "pdf", "--lang", "it") == 2
    err = capsys.readouterr().err
    assert "--out FILE" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


@pytest.mark.qt  # the PDF writer is Qt's
def test_a_pdf_too_long_is_refused_in_the_readers_language_not_the_dossiers(small, tmp_path, capsys, monkeypatch):
    """The refusal speaks to the one exporting: the command line's English even for `--lang it`; in a
    window that speaks Italian, Italian whatever language the dossier is written in."""
    from desktop.ui import pdf_export

    monkeypatch.setattr(pdf_export, "MAX_PDF_QUOTES", 1)
    out = tmp_path / "dossier.pdf"
    assert run(small, "--format", "pdf", "--lang", "it", "--out", str(out)) != 0
    err = capsys.readouterr().err
    assert "more than one PDF holds (1 quotes)" in err and "--author" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and not out.exists()

    with language("de"):  # the dossier's language, while it is printed
        dossier = build_dossier(small, DossierOptions(include_pending=True), generated_at=WHEN)
        with pytest.raises(pdf_export.PdfTooLarge) as refused:
            pdf_export.write_pdf(dossier, out)
    with language("it"):  # the reader's, when the message is shown
        shown = str(refused.value)
    assert "più di quante ne contenga un PDF" in shown and "--author, --document" in shown
    assert not out.exists()
