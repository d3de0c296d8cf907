"""How each language writes the digits of a number, from Babel's locale data (CLDR).

``decimal_comma(lang)``: whether the language's main locale writes the decimal separator as a comma
("1.234,5" it, pt, de, es; "1 234,5" fr) rather than a point (en). ``apostrophe_groups(lang)``: whether
some locale of the language groups thousands with an apostrophe ("1'234.56", de-CH, it-CH, fr-CH,
en-CH): then "1'234.56" is read there, the apostrophe grouping and the point the decimal one.

The languages the parser has words for are answered from :data:`KNOWN`, CLDR's answer written down (a test
checks it against Babel's data): asking Babel means importing it (and its time zones) and loading the data
of every locale of the language, a quarter of a second the first time an analyst tags a figure. Any other
language is asked of Babel on first use, and every answer is cached.
"""

from __future__ import annotations

from functools import lru_cache

_APOSTROPHES = ("'", "\u2019")

# language -> (decimal comma in its main locale, thousands grouped by an apostrophe in one of its locales)
KNOWN: dict[str, tuple[bool, bool]] = {
    "de": (True, True), "en": (False, True), "es": (True, False), "fr": (True, True), "it": (True, True),
    "pt": (True, False),
}


@lru_cache(maxsize=64)
def symbols(lang: str) -> tuple[str, frozenset[str]]:
    """(decimal symbol of the main locale, group symbols of every locale of the language), from Babel."""
    from babel import Locale, UnknownLocaleError, localedata
    from babel.numbers import get_decimal_symbol, get_group_symbol

    try:
        Locale.parse(lang)
    except (UnknownLocaleError, ValueError, TypeError):
        lang = "en"  # an unknown language is read like English
    locales = [i for i in localedata.locale_identifiers() if i == lang or i.startswith(lang + "_")]
    groups = frozenset(get_group_symbol(locale) for locale in locales)
    return get_decimal_symbol(lang), groups


def from_babel(lang: str) -> tuple[bool, bool]:
    decimal, groups = symbols(lang)
    return decimal == ",", any(a in groups for a in _APOSTROPHES)


def _facts(lang: str) -> tuple[bool, bool]:
    known = KNOWN.get(lang)
    return known if known is not None else from_babel(lang)


def decimal_comma(lang: str) -> bool:
    return _facts(lang)[0]


def apostrophe_groups(lang: str) -> bool:
    return _facts(lang)[1]
