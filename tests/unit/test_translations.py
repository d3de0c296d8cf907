"""The catalogues in resources/translations are complete, current and sound, and every string is translatable.

If one of these fails after you changed a string in desktop/: run ``make translations`` (lupdate then
lrelease), translate the entries it marks unfinished in every ``resources/translations/evidence_desk_*.ts``
(pyside6-linguist opens them; English needs only its plural forms), and run ``make translations`` again.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import i18n
from desktop.domain.words import kind_name, status_name
from desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue, catalogue_path, language, read_catalogue
from tests.unit.translatable import check_project

ROOT = Path(__file__).resolve().parents[2]
FOLDER = ROOT / "resources" / "translations"
TRANSLATED = [code for code in LANGUAGES if code != SOURCE_LANGUAGE]
ALL_CATALOGUES = [*TRANSLATED, SOURCE_LANGUAGE]  # English holds its plural forms only
HOW_TO = ("run `make translations`, translate what it marks unfinished in resources/translations/*.ts "
          "(pyside6-linguist, or edit the XML), then `make translations` again")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"
    forms: tuple[str, ...]


def messages(lang: str, path: Path | None = None) -> list[Message]:
    root = ElementTree.parse(path or catalogue_path(lang)).getroot()
    found = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = tuple(f.text or "" for f in translation.iter("numerusform")) if numerus \
                else (translation.text or "",)
            found.append(Message(name, message.findtext("source") or "", numerus, translation.get("type") or "",
                                 forms))
    return found


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        pytest.fail(f"{name} is not installed: it comes with PySide6-Essentials (pip install -e '.[test]')")
    return found


# --- the catalogues are complete and current -------------------------------------------------------------
@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_no_message_is_unfinished_or_obsolete(lang):
    bad = [f"{m.context} · {m.source!r} ({m.state or 'empty'})" for m in messages(lang)
           if m.state or not all(m.forms)]
    assert not bad, (f"{catalogue_path(lang).name} has entries to translate or drop:\n  " + "\n  ".join(bad)
                     + f"\nHow to fix: {HOW_TO}.")


def test_the_catalogues_hold_exactly_the_strings_of_the_source(tmp_path):
    """lupdate over desktop/ finds no string the catalogues lack and none they hold for nothing."""
    copy = tmp_path / "check_it.ts"
    shutil.copy(catalogue_path("it"), copy)
    subprocess.run([_tool("pyside6-lupdate"), "-extensions", "py", "-locations", "absolute", str(ROOT / "desktop"),
                    "-ts", str(copy)], check=True, capture_output=True, cwd=ROOT)
    root = ElementTree.parse(copy).getroot()
    new, gone = [], []
    for context in root.iter("context"):
        for message in context.iter("message"):
            state = message.find("translation").get("type")  # type: ignore[union-attr]
            where = message.find("location")
            place = f"{Path(where.get('filename', '')).name}:{where.get('line')}" if where is not None else "?"
            text = f"{place}: {context.findtext('name')} · {message.findtext('source')!r}"
            if state == "unfinished":  # new: lupdate may fill it in from the same words in another context
                new.append(text)
            elif state in ("obsolete", "vanished"):
                gone.append(text)
    assert not new, "Strings in the code that no catalogue has yet:\n  " + "\n  ".join(new) + f"\nHow to fix: {HOW_TO}."
    assert not gone, ("Catalogue entries for strings no longer in the code:\n  " + "\n  ".join(gone)
                      + "\nHow to fix: run `make translations` (it drops them).")


def test_every_user_visible_string_in_the_window_goes_through_tr():
    findings = check_project()
    assert not findings, "Strings that lupdate will not find or that reach the window untranslated:\n" + "\n".join(
        str(f) for f in findings)


# --- translations are sound ---------------------------------------------------------------------------------
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"(?<!&)&(?!&)[^\s&]", text.replace("&&", "")))


@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_translations_keep_placeholders_markup_and_mnemonics(lang):
    problems = []
    for m in messages(lang):
        for index, form in enumerate(m.forms):
            where = f"{m.context} · {m.source!r} → {form!r}"
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(m.source)):
                problems.append(f"{where}: the {{placeholders}} differ")
            if sorted(t.split()[0].rstrip(">") for t in TAG.findall(form)) != sorted(
                    t.split()[0].rstrip(">") for t in TAG.findall(m.source)):
                problems.append(f"{where}: the HTML tags differ")
            if "%n" in m.source and "%n" not in form and index > 0:
                problems.append(f"{where}: the plural form lost %n")
            if _mnemonics(m.source) != _mnemonics(form) or m.source.count("&&") != form.count("&&"):
                problems.append(f"{where}: a menu text keeps one & (its keyboard letter), && stays &&")
    assert not problems, f"{catalogue_path(lang).name}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("lang", TRANSLATED)
def test_plural_messages_have_the_forms_of_the_language(lang):
    for m in messages(lang):
        if m.numerus:
            assert len(m.forms) == 2, f"{m.context} · {m.source!r}: {lang} has two plural forms"


GLOSSARY = {  # docs/glossary.md: the analysts' words, the same everywhere (a word boundary, any case)
    "claim": {"it": "affermazion", "pt": "alegaç", "fr": "affirmation", "es": "afirmaci", "de": "behauptung"},
    "proposition": {"it": "proposizion", "pt": "proposiç", "fr": "proposition", "es": "proposici", "de": "aussage"},
    "entity": {"it": "entità", "pt": "entidade", "fr": "entité", "es": "entidad", "de": "entität"},
    "dossier": {"it": "dossier", "pt": "dossiê", "fr": "dossier", "es": "dosier", "de": "dossier"},
}


@pytest.mark.parametrize("lang", TRANSLATED)
def test_the_analysts_terms_are_translated_as_the_glossary_says(lang):
    wrong = []
    for m in messages(lang):
        for term, words in GLOSSARY.items():
            if re.search(rf"\b{term}s?\b", m.source, re.IGNORECASE) and "{" + term not in m.source:
                if not all(words[lang] in form.lower() for form in m.forms):
                    wrong.append(f"{m.context} · {m.source!r} → {m.forms!r} (expected “{words[lang]}…”)")
    assert not wrong, f"{lang}: glossary terms missing:\n  " + "\n  ".join(wrong)


def test_claim_is_affermazione_in_italian_and_alegacao_in_portuguese():
    with language("it"):
        assert kind_name("claim") == "Affermazione" and status_name("accepted") == "Accettata"
    with language("pt"):
        assert kind_name("claim") == "Alegação"


# --- the compiled catalogues say what the sources say ---------------------------------------------------------
@pytest.mark.qt
@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_the_qm_files_are_compiled_from_the_current_ts_files(lang):
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(catalogue_path(lang, ".qm"))), f"{catalogue_path(lang, '.qm').name} is missing"
    stale = []
    for m in messages(lang):
        for n, expected in ((None, m.forms[0]),) if not m.numerus else ((1, m.forms[0]), (5, m.forms[-1])):
            got = translator.translate(m.context, m.source, None, -1 if n is None else n)
            got = got.replace("%n", str(n)) if n is not None else got  # QCoreApplication.translate does this
            want = expected.replace("%n", str(n)) if n is not None else expected
            if got != want:
                stale.append(f"{m.context} · {m.source!r}: .qm says {got!r}, .ts {want!r}")
    assert not stale, (f"{catalogue_path(lang, '.qm').name} is older than its .ts:\n  " + "\n  ".join(stale[:20])
                       + "\nHow to fix: run `make translations`.")


@pytest.mark.qt
@pytest.mark.parametrize("lang", ALL_CATALOGUES)
def test_the_qt_free_catalogue_reads_the_same_words_and_plurals_as_qt(lang):
    """The dossier (no Qt) and the window (QTranslator) must agree, plural rules included."""
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    translator.load(str(catalogue_path(lang, ".qm")))
    ours = read_catalogue(catalogue_path(lang), lang)
    differ = []
    for m in messages(lang):
        for n in ((0, 1, 2, 5, 21, 1_000_000) if m.numerus else (-1,)):
            qt = translator.translate(m.context, m.source, None, n) or m.source
            qt = qt.replace("%n", str(n)) if n >= 0 else qt  # as QCoreApplication.translate does
            mine = ours.translate(m.context, m.source, None, n)
            if qt != mine:
                differ.append(f"{m.context} · {m.source!r} n={n}: Qt {qt!r}, desktop.i18n {mine!r}")
    assert not differ, "\n".join(differ[:20])


def test_english_plurals_read_naturally_without_the_window():
    i18n.uninstall()
    assert catalogue("en").translate("DossierText", "%n source(s)", None, 1) == "1 source"
    assert i18n.translate("DossierText", "%n source(s)", None, 3) == "3 sources"


def test_the_core_speaks_the_language_it_is_asked_for_and_english_otherwise():
    text = "Select some text to tag (the selection is only white space)."
    with language("it"):
        assert i18n.translate("Annotations", text) == "Seleziona del testo da etichettare (la selezione contiene solo spazi)."
        with language("de"):
            assert i18n.translate("Annotations", text).startswith("Wählen Sie Text")
    assert i18n.translate("Annotations", text) == text
    with pytest.raises(ValueError, match="does not speak"):
        with language("xx"):
            pass


# --- the check catches what it should ------------------------------------------------------------------------
BAD = '''
class Panel(QWidget):
    def build(self, count, name):
        self.label.setText("Nothing selected yet")
        self.setToolTip(f"{count} sources found")
        QAction("Open the file", self)
        self.tr(f"Hello {name}")
        self.tr("%n source(s)", "", count)
        QCoreApplication.translate("Panel", "%n item(s)", "", count)
        self.status.showMessage(f"Saved: {self.tr('the note')}")
Wrong = Context("Right")
'''
GOOD = '''
class Panel(QWidget):
    def build(self, count, name):
        self.label.setText(self.tr("Nothing selected yet"))
        self.setToolTip(Panel.tr("%n source(s) found", "", count))
        QAction(self.tr("Open the file"), self)
        self.label.setText(self.tr("Hello {name}").format(name=name))
        self.button.setText("Ctrl+Shift+F")
        self.label.setText("—")
        self.label.setText("Evidence Desk")  # i18n: ok (the name)
'''


def _findings(source, tmp_path):
    from tests.unit.translatable import check_file

    path = tmp_path / "sample.py"
    path.write_text(source, encoding="utf-8")
    return check_file(path)


def test_the_check_flags_untranslated_and_unextractable_strings(tmp_path):
    findings = _findings(BAD, tmp_path)
    lines = sorted({f.line for f in findings})
    assert lines == [4, 5, 6, 7, 8, 9, 10, 11], [str(f) for f in findings]
    assert any("setText" in f.advice and "self.tr" in f.advice for f in findings)
    assert any("make translations" in f.advice for f in findings)


def test_the_check_accepts_wrapped_strings_keys_symbols_and_marked_names(tmp_path):
    assert _findings(GOOD, tmp_path) == []
