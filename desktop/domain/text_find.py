"""Finding words in a long text the way an analyst means them: "societa" finds "Società".

Matching ignores case and accents by default, and every offset is a code point of the text as
stored (``text[start:end]`` is what was found). That needs a folded copy of the text with exactly
one position per character, which Python cannot make quickly character by character (3 MB takes
most of a second). So the text is folded as bytes, one byte per code point, in C:

- ``text.encode("latin-1", "replace")`` gives one byte per character: Latin-1 characters keep
  their byte, anything above U+00FF becomes "?";
- ``bytes.translate`` folds the 256 byte values at once: ASCII lowercased, "à" "À" "á" to "a", "ç"
  to "c", "ß" to a letter byte that matches nothing, spaces (including the no-break space) to " ";
- the few characters above U+00FF (typographic quotes, "œ", "ł", Greek, CJK...) are patched one by
  one: a Latin letter with a diacritic to its base letter, any other letter or digit to a byte that
  matches nothing but still counts as part of a word, anything else to a space.

The folded bytes (a "skeleton") are searched with ``bytes`` regular expressions, which are fast.
A query that does not fold to ASCII (Greek, Cyrillic, CJK, "ß") is searched in the lowercased
text instead (case-insensitive, accents kept). Regular-expression queries run on the text itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

LETTER = 0xFF  # a letter or digit that folds to no ASCII letter: part of a word, matches nothing typed
MARK = 0xFE  # a combining mark (text stored decomposed): part of the word it follows
SPACE = 0x20
_SPACES = frozenset(" \t\n\r\f\v\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
                    + "".join(chr(c) for c in range(0x2000, 0x200B)))
_EXTRA_FOLDS = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ı": "i", "ð": "d", "Ð": "D",
                "ħ": "h", "Ħ": "H", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T"}


class FindError(ValueError):
    """A query that cannot be searched for (a broken regular expression); the message is for the user."""


@dataclass(frozen=True, slots=True)
class FindOptions:
    case: bool = False  # match case exactly (accents are still ignored, unless ``regex``)
    whole_word: bool = False
    regex: bool = False  # a Python regular expression, matched on the text as stored


@lru_cache(maxsize=4096)
def fold_char(ch: str, case: bool = False) -> str | None:
    """The ASCII character ``ch`` folds to ("À" -> "a"; with ``case``, "A"), or None if it folds to none."""
    if ch in _SPACES:
        return " "
    if ch < "\x80":
        return ch if case else ch.lower()
    base = _EXTRA_FOLDS.get(ch)
    if base is None:
        decomposed = unicodedata.normalize("NFD", ch)
        base = decomposed[0] if decomposed and all(unicodedata.combining(c) for c in decomposed[1:]) else ""
    if len(base) == 1 and base < "\x80" and base.isalnum():
        return base if case else base.lower()
    return None


@lru_cache(maxsize=8192)
def _skeleton_byte(ch: str, case: bool) -> int:
    folded = fold_char(ch, case)
    if folded is not None:
        return ord(folded)
    if unicodedata.combining(ch):
        return MARK
    if ch.isalnum():
        return LETTER
    return SPACE


@lru_cache(maxsize=2)
def _latin1_table(case: bool) -> bytes:
    return bytes(_skeleton_byte(chr(b), case) if chr(b) != "?" else ord("?") for b in range(256))


# In a text mostly in another script (CJK, Greek, Cyrillic), the characters above U+00FF that are not
# simply letters: Latin letters with diacritics (they fold), combining marks, punctuation and spaces.
_NOT_PLAIN_LETTER = re.compile("[\u0100-\u024f\u1e00-\u1eff]|[^\\w\x00-\xff]")


def skeleton(text: str, case: bool = False) -> bytes:
    """One byte per code point of ``text``: its ASCII fold, a LETTER/MARK byte, or a space."""
    raw = text.encode("latin-1", "replace")
    beyond = raw.count(b"?") - text.count("?")  # characters above U+00FF
    if beyond > len(text) // 16:  # mostly another script: every such character a letter, then the exceptions
        folded = bytearray(raw.translate(_latin1_table(case)).replace(b"?", bytes([LETTER])))
        i = text.find("?")
        while i != -1:
            folded[i] = ord("?")
            i = text.find("?", i + 1)
        for match in _NOT_PLAIN_LETTER.finditer(text):
            folded[match.start()] = _skeleton_byte(match.group(), case)
        return bytes(folded)
    folded = bytearray(raw.translate(_latin1_table(case)))
    find = folded.find
    i = find(b"?")
    while i != -1:
        ch = text[i]
        if ch != "?":
            folded[i] = _skeleton_byte(ch, case)
        i = find(b"?", i + 1)
    return bytes(folded)


def fold_query(query: str, case: bool = False) -> bytes | None:
    """The query as skeleton bytes, or None if a character of it folds to no ASCII character."""
    out = bytearray()
    for ch in query:
        folded = fold_char(ch, case)
        if folded is None:
            return None
        out += folded.encode("ascii")
    return bytes(out)


class TextFinder:
    """Searches one text many times (the find bar, the desk search); folds the text once per case mode."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._skeletons: dict[bool, bytes] = {}
        self._lower: str | None = None

    def skeleton(self, case: bool = False) -> bytes:
        folded = self._skeletons.get(case)
        if folded is None:
            folded = self._skeletons[case] = skeleton(self.text, case)
        return folded

    def lower(self) -> str | None:
        """The text lowercased, if that keeps one character per character (it nearly always does)."""
        if self._lower is None:
            lowered = self.text.lower()
            self._lower = lowered if len(lowered) == len(self.text) else ""
        return self._lower or None

    # -- the find bar -------------------------------------------------------------------------------
    def find(self, query: str, options: FindOptions = FindOptions()) -> list[tuple[int, int]]:
        """Every match of ``query``, in order, never overlapping: [(start, end)] in code points.

        Outside regular-expression mode a run of spaces in the query matches any run of white space.
        Raises FindError for a regular expression that does not compile.
        """
        if not (query if options.regex else query.strip()):
            return []
        if options.regex:
            return self._find_regex(query, options)
        words = query.split()
        pattern = _skeleton_pattern(tuple(words), options.case, prefix=False, gap=b" +",
                                    whole_word=options.whole_word)
        if pattern is None:
            return self._find_unfolded(words, options)
        return self._spans(pattern.finditer(self.skeleton(options.case)))

    def _find_regex(self, query: str, options: FindOptions) -> list[tuple[int, int]]:
        try:
            body = rf"(?<!\w)(?:{query})(?!\w)" if options.whole_word else query
            pattern = re.compile(body, 0 if options.case else re.IGNORECASE)
        except (re.error, RecursionError, OverflowError) as exc:
            raise FindError(f"Not a valid regular expression: {exc}") from exc
        return [m.span() for m in pattern.finditer(self.text) if m.end() > m.start()]

    def _find_unfolded(self, words: list[str], options: FindOptions) -> list[tuple[int, int]]:
        """Words with characters that fold to no ASCII letter: matched on the (lowercased) text."""
        haystack = self.text if options.case else self.lower()
        flags = 0
        if haystack is None:
            haystack, flags = self.text, re.IGNORECASE
        if not options.case:
            words = [w.lower() for w in words]
        body = r"\s+".join(re.escape(w) for w in words)
        spans = [m.span() for m in re.finditer(body, haystack, flags)]
        if options.whole_word:
            spans = [(s, e) for s, e in spans if self._word_edges(s, e)]
        return spans

    # -- the desk search's phrases -----------------------------------------------------------------
    def find_words(self, words: list[str], prefix: bool = False) -> list[tuple[int, int]]:
        """A phrase of whole words (case and accents ignored), separated by anything but letters and
        digits; with ``prefix`` the last word may go on ("scal" finds "Scale"). Words of a script
        written without spaces (CJK, Thai) are found anywhere, as substrings."""
        if not words:
            return []
        pattern = _skeleton_pattern(tuple(words), False, prefix=prefix, gap=_GAP, whole_word=True)
        if pattern is not None:
            return self._spans(pattern.finditer(self.skeleton(False)))
        haystack = self.lower()
        flags = 0
        if haystack is None:
            haystack, flags = self.text, re.IGNORECASE
        body = r"[\W_]+".join(re.escape(w.lower()) for w in words)
        if prefix:
            body += r"\w*"
        spans = [m.span() for m in re.finditer(body, haystack, flags)]
        if not any(no_space_script(w) for w in words):
            spans = [(s, e) for s, e in spans if self._word_edges(s, e)]
        return spans

    # -- internals ----------------------------------------------------------------------------------
    def _spans(self, matches: Iterable[re.Match[str] | re.Match[bytes]]) -> list[tuple[int, int]]:
        spans = [m.span() for m in matches]
        if spans and self._has_marks():
            spans = [(s, self._past_marks(e)) for s, e in spans]
        return spans

    def _has_marks(self) -> bool:
        folded = self._skeletons.get(False) or self._skeletons.get(True) or b""
        return MARK in folded

    def _word_edges(self, start: int, end: int) -> bool:
        text = self.text
        before = text[start - 1] if start > 0 else " "
        after = text[end] if end < len(text) else " "
        return not (before.isalnum() or unicodedata.combining(before)) and not after.isalnum()

    def _past_marks(self, end: int) -> int:
        """A match ending on a letter written with combining marks takes its marks too."""
        text = self.text
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        return end


_WORD_CLASS = rb"[a-zA-Z0-9\xfe\xff]"
_GAP = rb"[^a-zA-Z0-9\xfe\xff]+"


@lru_cache(maxsize=1024)
def _skeleton_pattern(words: tuple[str, ...], case: bool, *, prefix: bool, gap: bytes,
                      whole_word: bool = False) -> re.Pattern[bytes] | None:
    """The skeleton regex of a phrase. Whole words: the check of the character before the phrase is a
    look-behind placed after the first word, so the search still starts with a fast literal scan;
    a combining mark after the phrase belongs to its last letter (it does not end the word)."""
    folded = [fold_query(w, case) for w in words]
    if any(f is None for f in folded):
        return None
    parts = [re.escape(f) for f in folded if f is not None]
    if whole_word:
        parts[0] += rb"(?<!" + _WORD_CLASS + parts[0] + rb")"
    body = gap.join(parts)
    if prefix:
        body += _WORD_CLASS + rb"*"
    elif whole_word:
        body += rb"(?![a-zA-Z0-9\xff])"
    return re.compile(body)


_NO_SPACE = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
                       "\uf900-\ufaff\U00020000-\U0002fa1f]")


def no_space_script(text: str) -> bool:
    """Written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Myanmar)?"""
    return _NO_SPACE.search(text) is not None
