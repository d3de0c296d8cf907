"""Which way a text runs: right to left for Arabic, Hebrew, Persian, Urdu ... (by language, else by the
first letters of the text); and whether it is written without spaces between words (Chinese, Japanese,
Thai ...), where word boundaries cannot be used to find or suggest a name."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "ps", "yi", "sd", "ug", "dv", "ckb", "syr"})
SPACELESS_LANGUAGES = frozenset({"zh", "ja", "th", "lo", "km", "my", "bo"})
SAMPLE = 2000


def _strong_directions(text: str) -> Iterator[str]:
    for char in text[:SAMPLE]:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            yield "rtl"
        elif kind == "L":
            yield "ltr"


def is_rtl(language: str = "", text: str = "") -> bool:
    """Right to left: the language says so, or most strong letters at the start of the text are RTL."""
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    if primary in RTL_LANGUAGES:
        return True
    if primary:
        return False
    directions = list(_strong_directions(text))
    return bool(directions) and directions.count("rtl") > len(directions) / 2


def is_spaceless_char(char: str) -> bool:
    """A character of a script written without spaces between words (Han, kana, Thai, Lao, Khmer ...)."""
    code = ord(char)
    return (0x2E80 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x2FA1F
            or 0x0E00 <= code <= 0x0EFF or 0x1780 <= code <= 0x17FF or 0x1000 <= code <= 0x109F
            or 0xFF66 <= code <= 0xFF9F)
