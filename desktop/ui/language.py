"""The interface language: the system's, or the one chosen in View › Language (remembered per user).

``apply_language(code)`` installs Qt translators for it (ours from ``resources/translations``, Qt's
own ``qtbase`` for standard buttons and dialogs), makes its ``QLocale`` the default (numbers and dates
in the window), and has the Qt-free core translate its messages through ``QCoreApplication.translate``.
Text is translated when a widget is built, so a language chosen while the window is open rebuilds it
(``desktop.ui.app.rebuild_main_window``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop import i18n
from desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue_path, supported

SETTINGS_KEY = "view/language"  # "" (or absent): follow the system


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's UI languages (``LANGUAGE``, ``LC_ALL``, ``LANG``… as Qt reads them) that
    Evidence Desk speaks, else English."""
    for tag in QLocale.system().uiLanguages() if ui_languages is None else ui_languages:
        code = supported(tag)
        if code is not None:
            return code
    return SOURCE_LANGUAGE


def chosen_language(settings: QSettings) -> str | None:
    """The language picked in View › Language, or None to follow the system."""
    return supported(str(settings.value(SETTINGS_KEY, "") or ""))


def effective_language(settings: QSettings) -> str:
    return chosen_language(settings) or system_language()


def remember_language(settings: QSettings, code: str | None) -> None:
    settings.setValue(SETTINGS_KEY, supported(code) or "")
    settings.sync()


def formatting_locale(code: str) -> QLocale:
    """How numbers and dates are written: the system's own locale when it speaks ``code`` (de_CH writes
    1'234.5), else the language's usual one."""
    system = QLocale.system()
    if supported(system.name()) == code:
        return system
    return QLocale(code)


class _Installed:
    """What ``apply_language`` put into the application (translators are owned by the application)."""

    language: str | None = None
    translators: list[QTranslator] = []


def current_language() -> str:
    return _Installed.language or SOURCE_LANGUAGE


def _qt_translator(code: str, parent: QCoreApplication) -> QTranslator | None:
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(parent)
    for name in (f"qtbase_{code}", f"qtbase_{code}_BR"):  # Qt ships Portuguese as qtbase_pt_BR only
        if translator.load(name, folder):
            return translator
    return None


def apply_language(code: str) -> bool:
    """Speak ``code`` from now on (widgets built afterwards are in it); False if it already was."""
    app = QCoreApplication.instance()
    code = supported(code) or SOURCE_LANGUAGE
    if app is None or code == _Installed.language:
        return False
    for translator in _Installed.translators:
        app.removeTranslator(translator)
        translator.deleteLater()
    _Installed.translators = []
    ours = QTranslator(app)  # English too: its plural forms ("1 source", "3 sources")
    if ours.load(str(catalogue_path(code, ".qm"))):
        _Installed.translators.append(ours)
    qt = _qt_translator(code, app) if code != SOURCE_LANGUAGE else None
    if qt is not None:
        _Installed.translators.append(qt)
    for translator in _Installed.translators:
        app.installTranslator(translator)
    QLocale.setDefault(formatting_locale(code))
    if isinstance(app, QGuiApplication):  # mirrored for a right-to-left language (none of ours is, yet)
        app.setLayoutDirection(QLocale(code).textDirection())
    i18n.install(QCoreApplication.translate, code)
    _Installed.language = code
    return True


def language_names() -> dict[str, str]:
    """Each language named in itself ("Italiano", "Deutsch"), as the View menu lists them."""
    return dict(LANGUAGES)
