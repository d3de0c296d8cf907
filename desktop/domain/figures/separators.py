"""How each language writes the digits of a number, from Babel's locale data (CLDR).

``decimal_comma(lang)``: whether the language's main locale writes the decimal separator as a comma
("1.234,5" it, pt, de, es; "1 234,5" fr) rather than a point (en). ``apostrophe_groups(lang)``: whether
some locale of the language groups thousands with an apostrophe ("1'234.56", de-CH, it-CH, fr-CH,
en-CH): then "1'234.56" is read there, the apostrophe grouping and the point the decimal one.

Babel is imported on first use and every answer is cached: the scanner asks once per language.
"""

from __future__ import annotations

from functools import lru_cache

_APOSTROPHES = ("'", "\u2019")


@lru_cache(maxsize=64)
def _symbols(lang: str) -> tuple[str, frozenset[str]]:
    """(decimal symbol of the main locale, group symbols of every locale of the language)."""
    from babel import Locale, UnknownLocaleError, localedata
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        lang = "en"  # an unknown language is read like English
    locales = [i for i in localedata.locale_identifiers() if i == lang or i.startswith(lang + "_")]
    groups = frozenset(get_group_symbol(locale) for locale in locales)
    return get_decimal_symbol(lang), groups


def decimal_comma(lang: str) -> bool:
    return _symbols(lang)[0] == ","


def apostrophe_groups(lang: str) -> bool:
    return any(a in _symbols(lang)[1] for a in _APOSTROPHES)
