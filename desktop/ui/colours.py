"""Colours and underline styles of annotation kinds and highlight marks, in the theme in use.

The kind colours come from the Okabe-Ito palette, chosen to stay distinguishable with the common
forms of colour blindness: entity = blue, figure = orange, claim = bluish green (lighter shades in the dark
and high-contrast themes, ``desktop.ui.themes``). Fills use them at low alpha so the text stays readable;
underlines and outlines use them opaque or darker. The "marked" colour (the same thing in other open
articles) is Okabe-Ito's reddish purple, which no kind uses.

Colour is never the only cue: each kind also has its own underline (entity solid, figure dashed, claim
wavy), and the highlight's tooltip names the kind and its underline.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from desktop.domain.words import kind_name
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.ui.themes import highlights

SOLID, DASHED, WAVY = "solid", "dashed", "wavy"
UNDERLINES = {"entity": SOLID, "figure": DASHED, "claim": WAVY}  # the kind without its colour
UNDERLINE_WORDS = {
    SOLID: QT_TRANSLATE_NOOP("Highlights", "solid underline"),
    DASHED: QT_TRANSLATE_NOOP("Highlights", "dashed underline"),
    WAVY: QT_TRANSLATE_NOOP("Highlights", "wavy underline"),
}
PEN_STYLES = {SOLID: Qt.PenStyle.SolidLine, DASHED: Qt.PenStyle.DashLine, WAVY: Qt.PenStyle.SolidLine}


def kind_colour(kind: str) -> QColor:
    palette = highlights()
    return QColor(palette.kinds.get(kind, palette.unknown))


def kind_fill(kind: str) -> QColor:
    colour = kind_colour(kind)
    colour.setAlpha(highlights().fill_alpha)
    return colour


def kind_outline(kind: str) -> QColor:
    """The selected annotation's outline: a darker shade of the kind colour (lighter on a dark theme)."""
    colour = kind_colour(kind)
    return colour.lighter(140) if QColor(highlights().base).lightness() < 128 else colour.darker(160)


def underline_style(kind: str) -> str:
    """"solid", "dashed" or "wavy": how a kind is told apart without its colour."""
    return UNDERLINES.get(kind, SOLID)


def underline_width() -> float:
    return highlights().underline_width


def marked_colour() -> QColor:
    return QColor(highlights().marked)


def find_colour() -> QColor:
    return QColor(highlights().find)


def find_current_colour() -> QColor:
    return QColor(highlights().find_current)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2 relative luminance of an opaque colour (0 black … 1 white)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio, 1 to 21 (4.5 is the least for body text)."""
    a, b = relative_luminance(first), relative_luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def readable_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    return "#000000" if contrast_ratio(colour, QColor("#000000")) >= contrast_ratio(colour, QColor("#ffffff")) \
        else "#ffffff"


def kind_label(kind: str) -> str:
    """"Claim" in the reader's language."""
    return kind_name(kind)


def kind_description(kind: str) -> str:
    """"Claim — wavy underline": the kind and the underline that shows it without colour."""
    return translate("Highlights", "{kind} — {underline}").format(
        kind=kind_name(kind), underline=translate("Highlights", UNDERLINE_WORDS[underline_style(kind)]))
