"""The one place where Qt's UTF-16 positions meet the model's Unicode code points.

The model stores every offset in code points (Python ``str`` indexes, the W3C rule). Qt's
``QTextCursor`` counts UTF-16 code units, so a character outside the Basic Multilingual Plane
(an emoji, say) takes two Qt positions and one model position. ``Utf16Map`` converts both ways
in O(log n) after an O(n) scan for astral characters, which is fast on multi-megabyte texts.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
NARROW_GAP = 256  # code points: astral characters closer than this share a piece of ``narrow_pieces``


class Utf16Map:
    def __init__(self, text: str) -> None:
        self.length = len(text)
        # code-point indexes of astral characters, and their UTF-16 positions
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)]
        self._astral_u16 = [cp + k for k, cp in enumerate(self._astral_cp)]

    @property
    def is_identity(self) -> bool:
        return not self._astral_cp

    @property
    def utf16_length(self) -> int:
        return self.length + len(self._astral_cp)

    def to_utf16(self, cp: int) -> int:
        """Code-point offset -> UTF-16 offset."""
        if not self._astral_cp:
            return cp
        return cp + bisect_left(self._astral_cp, cp)

    def to_codepoint(self, u16: int) -> int:
        """UTF-16 offset -> code-point offset. A position inside a surrogate pair snaps forward."""
        if not self._astral_u16:
            return u16
        # astral characters starting strictly before u16 each add one extra unit
        k = bisect_left(self._astral_u16, u16)
        cp = u16 - k
        if k and self._astral_u16[k - 1] + 1 == u16:
            # u16 points at the low surrogate of astral k-1: snap to the next character
            return cp + 1
        return cp

    def astral_between(self, start_cp: int, end_cp: int) -> int:
        return bisect_left(self._astral_cp, end_cp) - bisect_right(self._astral_cp, start_cp - 1)

    def narrow_pieces(self, text: str, gap: int = NARROW_GAP) -> list[str]:
        """``text`` (the text this map was made from) cut so that Qt copies it fast; joined, the
        pieces are ``text``.

        Python stores a string with a single character outside the BMP (one emoji) at four bytes a
        character, and the binding converts such a string to UTF-16 one character at a time: for a
        3 MB article that took longer than building Qt's document from it. Cut at its astral
        characters, every other piece is stored at one or two bytes a character and copied as it is.
        Astral characters less than ``gap`` apart stay in one piece (few pieces, few calls).
        """
        if len(text) != self.length:
            raise ValueError("narrow_pieces needs the text this map was made from")
        astral = self._astral_cp
        pieces: list[str] = []
        done = 0
        i, n = 0, len(astral)
        while i < n:
            first = last = astral[i]
            i += 1
            while i < n and astral[i] - last <= gap:
                last = astral[i]
                i += 1
            if first > done:
                pieces.append(text[done:first])
            pieces.append(text[first:last + 1])
            done = last + 1
        if done < len(text) or not pieces:
            pieces.append(text[done:])
        return pieces


def display_text(text: str) -> str:
    """The text a Qt pane shows, with exactly one Qt position per UTF-16 unit of ``text``.

    ``QTextDocument`` turns "\\r" (and "\\r\\n") into block breaks, which would shift offsets, so a
    carriage return is shown as a space. Everything else is shown as stored.
    """
    return text.replace("\r", " ")
