"""Translation for the Qt-free core: the messages services raise for the user, and the dossier's words.

One set of catalogues serves the window and the core: ``resources/translations/evidence_desk_<lang>.ts``,
made by ``pyside6-lupdate`` from every ``tr()`` / ``translate()`` call under ``desktop/`` (``make
translations``). The window loads the compiled ``.qm`` into Qt and installs ``QCoreApplication.translate``
here (``install``), so a service's message arrives in the window's language. Without the window (the
command line) messages stay English, except where a command asks for a language: ``with
language("it"):`` reads the ``.ts`` catalogue itself (no Qt), which is how ``dossier --lang it`` writes an
Italian dossier.

How core code marks a string (lupdate finds these; the context is the name before ``.tr``)::

    Documents = Context("Documents")      # the variable's name IS the context (a test checks)
    raise ValueError(Documents.tr("There is no document {id}.").format(id=document_id))
    Dossier.tr("%n source(s)", "", count)  # plurals: Qt numerus forms, %n is the number

Placeholders are ``{name}`` (``str.format``) and ``%n`` for the plural count; translations keep them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desktop.resources import resource_path

SOURCE_LANGUAGE = "en"
# The languages of the interface, by ISO 639-1 code, each named in itself (as the View menu lists them).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "pt": "Português",
    "fr": "Français",
    "es": "Español",
    "de": "Deutsch",
}
CATALOGUE_STEM = "evidence_desk"

Translate = Callable[[str, str, "str | None", int], str]


def source_text(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """English, the source language: the text itself; a plural ("%n source(s)") takes its English
    numerus form ("1 source", "3 sources") from ``evidence_desk_en.ts``, as Qt does in the window."""
    if n >= 0:
        return catalogue(SOURCE_LANGUAGE).translate(context, text, disambiguation, n)
    return text


_hook: Translate = source_text
_hook_language = SOURCE_LANGUAGE
_language: ContextVar[str | None] = ContextVar("evidence_desk_language", default=None)


def install(hook: Translate, language: str = SOURCE_LANGUAGE) -> None:
    """Translate the core's messages with ``hook`` (the window installs ``QCoreApplication.translate``),
    and write numbers and dates for ``language``."""
    global _hook, _hook_language
    _hook = hook
    _hook_language = supported(language) or SOURCE_LANGUAGE


def uninstall() -> None:
    global _hook, _hook_language
    _hook = source_text
    _hook_language = SOURCE_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the current language: the one ``language()`` chose, else the installed hook's."""
    chosen = _language.get()
    if chosen is not None:
        return catalogue(chosen).translate(context, text, disambiguation, n)
    return _hook(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for lupdate where it is defined (a table of labels); translate it where it is shown."""
    return text


class Context:
    """A translation context for code that is no QObject: ``Name = Context("Name")`` then ``Name.tr(…)``."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return translate(self.name, text, disambiguation, n)

    def __repr__(self) -> str:
        return f"Context({self.name!r})"


def supported(code: str | None) -> str | None:
    """The interface language for a code such as "it", "pt_BR", "de-CH" or "fr_FR.UTF-8" (None: not one of ours)."""
    if not code:
        return None
    base = re.split(r"[-_.@]", code.strip(), maxsplit=1)[0].lower()
    return base if base in LANGUAGES else None


def translation_state() -> tuple[object, ...]:
    """What every translation depends on here (the language chosen, the installed hook and its language): a key
    for caching translated words made thousands of times, such as a citation's "p. {page}"."""
    return _language.get(), _hook, _hook_language


def current_language() -> str:
    """The language the core speaks here: the one ``language()`` chose, else the window's (or English)."""
    return _language.get() or _hook_language


def is_source_language() -> bool:
    return current_language() == SOURCE_LANGUAGE


@contextmanager
def language(code: str) -> Iterator[str]:
    """Within the block, the core speaks ``code`` (read from the ``.ts`` catalogue, no Qt)."""
    chosen = supported(code)
    if chosen is None:
        raise ValueError(f"Evidence Desk does not speak {code!r} (use one of {', '.join(LANGUAGES)}).")
    token = _language.set(chosen)
    try:
        yield chosen
    finally:
        _language.reset(token)


# ---------------------------------------------------------------------------------------- catalogue ---
def plural_form(lang: str, n: int) -> int:
    """Which numerus form Qt uses for ``n`` in ``lang`` (0: singular, 1: plural; French counts 0 as singular)."""
    if lang == "fr" or lang == "pt":
        return 0 if n < 2 else 1
    return 0 if n == 1 else 1


@dataclass
class Catalogue:
    """One language's finished translations, read from its ``.ts`` file."""

    language: str
    messages: dict[tuple[str, str, str], list[str]] = field(default_factory=dict)

    def translate(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        forms = self.messages.get((context, text, disambiguation or ""))
        if not forms:
            if self.language != SOURCE_LANGUAGE:
                return source_text(context, text, disambiguation, n)
            return text.replace("%n", str(n)) if n >= 0 else text
        chosen = forms[min(plural_form(self.language, n), len(forms) - 1)] if n >= 0 else forms[0]
        return chosen.replace("%n", str(n)) if n >= 0 else chosen


def catalogue_path(lang: str, suffix: str = ".ts") -> Path:
    return resource_path("translations", f"{CATALOGUE_STEM}_{lang}{suffix}")


def read_catalogue(path: Path, lang: str) -> Catalogue:
    """The finished messages of a ``.ts`` file (unfinished and obsolete ones are left out, as lrelease does)."""
    import xml.etree.ElementTree as ElementTree  # (here: most commands never read a catalogue)

    result = Catalogue(lang)
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
                else [translation.text or ""]
            if any(forms):
                result.messages[(name, source, comment)] = forms
    return result


@cache
def catalogue(lang: str) -> Catalogue:
    """The finished messages of ``lang`` (English: only its plural forms)."""
    path = catalogue_path(lang)
    if not path.is_file():
        return Catalogue(lang)
    return read_catalogue(path, lang)
