"""The PDF's body font with the fallback fonts its text needs named after it, so Qt finds them at once.

A character the body font lacks (CJK in a desk's dossier: about a third of its passages) sends Qt down the
system's fallback list, asking each font in turn whether it has the character, for every such character
each time a line is shaped: a third of the time laying out a CJK passage. Naming the fonts Qt settles on
right after the body font (``QFont.setFamilies``) lets it find them first.

Only when it changes nothing: the font (family and style) Qt draws each character of the text with is asked
for before (the system's list) and after (the families named), in regular, bold and italic; if any differs,
the body font is left as it was. Needs a QGuiApplication.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from PySide6.QtGui import QFont, QTextLayout

_ASCII = re.compile(r"[\x00-\x7f]+")
_PRINTABLE_ASCII = frozenset(map(chr, range(0x20, 0x7F)))
STYLES = ((False, False), (True, False), (False, True))  # (bold, italic): what the dossier's text uses


def drawn_with(font: QFont, chars: list[str]) -> list[tuple[str, str]]:
    """The font (family, style) each of ``chars`` is drawn with (empty when none has it)."""
    fonts = []
    for char in chars:
        layout = QTextLayout(char, font)
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        runs = layout.glyphRuns()
        raw = runs[0].rawFont() if runs else None
        fonts.append((raw.familyName(), raw.styleName()) if raw is not None else ("", ""))
    return fonts


def _styled(font: QFont, bold: bool, italic: bool) -> QFont:
    styled = QFont(font)
    styled.setBold(bold)
    styled.setItalic(italic)
    return styled


def with_fallbacks(font: QFont, texts: Iterable[str]) -> QFont:
    """``font``, or a copy naming after its family the fallback fonts the characters of ``texts`` it lacks
    are drawn with, when that draws every one of them with the same font as before."""
    seen: set[str] = set()
    for text in texts:
        seen.update(_ASCII.sub("", text if "&#" not in text else html.unescape(text)))  # (a reference written out)
    if not seen:
        return font
    chars = sorted(seen | _PRINTABLE_ASCII)  # each asked (QFontMetrics.inFont counts the fallbacks too)
    before = [drawn_with(_styled(font, bold, italic), chars) for bold, italic in STYLES]
    primary = font.families() or [font.family()]
    fallbacks = list(dict.fromkeys(family for family, _style in before[0] if family and family not in primary))
    if not fallbacks:
        return font
    named = QFont(font)
    named.setFamilies([*primary, *fallbacks])
    after = [drawn_with(_styled(named, bold, italic), chars) for bold, italic in STYLES]
    return named if after == before else font
