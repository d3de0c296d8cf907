"""Colours of annotation kinds and highlight marks.

The kind colours come from the Okabe-Ito palette, chosen to stay distinguishable with the common
forms of colour blindness: entity = blue, figure = orange, claim = bluish green. Fills use them at
low alpha so the text stays readable; underlines and outlines use them opaque or darker.
The "marked" colour (the same thing in other open articles) is Okabe-Ito's reddish purple, which
no kind uses.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from desktop.domain.kinds import KIND_HEX

UNKNOWN_KIND_HEX = "#7F7F7F"
MARKED_HEX = "#CC79A7"  # reddish purple
FIND_HEX = "#F0E442"  # Okabe-Ito yellow: find-bar matches (no kind uses it)
FILL_ALPHA = 56  # of 255: light enough for two or three overlapping fills to stay readable
KIND_LABELS = {"entity": "Entity", "figure": "Figure", "claim": "Claim"}


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_HEX.get(kind, UNKNOWN_KIND_HEX))


def kind_fill(kind: str) -> QColor:
    colour = kind_colour(kind)
    colour.setAlpha(FILL_ALPHA)
    return colour


def kind_outline(kind: str) -> QColor:
    """A darker shade of the kind colour, for the selected annotation's outline."""
    return kind_colour(kind).darker(160)


def marked_colour() -> QColor:
    return QColor(MARKED_HEX)


def find_colour() -> QColor:
    colour = QColor(FIND_HEX)
    colour.setAlpha(150)
    return colour


def find_current_colour() -> QColor:
    return QColor("#F5B800")


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.capitalize())
