"""Where a quote sits in its document: paragraph numbers, citations and the passage around a quote.

Definitions (documented in docs/dossier.md):

- A *line break* is "\\r\\n", "\\n", "\\r", U+2028 or U+2029.
- A *paragraph* is a maximal run of characters without a line break that holds at least one
  non-white-space character. Paragraphs are numbered from 1 in document order; blank lines
  (empty or only white space) are not paragraphs and do not count.
- A quote's paragraph is the paragraph that holds its first non-white-space character.
- Offsets are Unicode code points counted from 0; ``end`` is exclusive: the quote is ``text[start:end]``.
- A citation reads ``002 ¶3 · doc. 120–145``: document label, paragraph number, and the offsets
  of the quote in the WHOLE document (not within the paragraph: "doc." says so), end excluded; a PDF's
  adds the page: ``Report p. 3 ¶41 · doc. 5120–5188``. It carries the source's address, a link that opens the quote
  (a text-fragment link ``#:~:text=`` for a page, ``#page=N`` for a PDF), the archived original's
  SHA-256 and the retrieval time.
- The *passage* of a quote runs from the line break before its start to the line break after its
  end (one paragraph, or several when the quote itself crosses a line break). A line longer than
  ``PASSAGE_MAX`` characters (a transcript, a text without line breaks, Chinese or Japanese written as one
  run) is cut to at most ``PASSAGE_CONTEXT`` characters on each side of the quote, at the edge of a sentence
  when one is that near, else of a word, and the cut is shown as "…": otherwise every quote of a
  10,000-character line would print all of it, and a dossier would grow with quotes times line length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from hashlib import sha1
from operator import itemgetter, methodcaller
from typing import Any

from desktop.dossier.words import DossierText
from desktop.i18n import translation_state

LINE_BREAK = re.compile("\r\n|[\n\r\u2028\u2029]")
_LINE_BREAK_CHARS = "\r\n\u2028\u2029"
PASSAGE_MAX = 1_500  # characters of a passage shown whole (a news paragraph is some hundreds)
PASSAGE_CONTEXT = 400  # characters kept on each side of the quote in a longer one
ELLIPSIS = "…"
# where a sentence ends: . ! ? (and … ;) before white space, or a full-width 。！？ (no space follows in CJK), with
# any closing quotes or brackets after it
_SENTENCE_END = re.compile("(?:[.!?…;][\"'”’»)\\]]*\\s+)|(?:[。！？；][\"'”’」』)）\\]]*\\s*)")
_WORD_GAP = re.compile("\\s+")
_ANY_BREAK = re.compile("[" + _LINE_BREAK_CHARS + "]")
_BREAK_WITH_SPACE = re.compile("[ \t]*(?:\r\n|[\n\r\u2028\u2029])\\s*")
# a paragraph: a whole run of characters between two line breaks that holds a non-white-space character. Each match
# starts only where a line does (the look-behind) and never backtracks (possessive): linear on any text, a long
# line of spaces included.
_PARAGRAPH = re.compile("(?<![^\r\n\u2028\u2029])[^\\S\r\n\u2028\u2029]*+\\S[^\r\n\u2028\u2029]*+")


@dataclass(frozen=True)
class Citation:
    document: str  # the source label, e.g. "002"
    document_id: int
    paragraph: int  # 1-based
    start: int
    end: int
    anchor: str  # the id of the passage in the sources appendix, e.g. "q-1a2b3c4d"
    # provenance: where the quote can be checked (empty when the source has none)
    url: str = ""  # the source's address
    link: str = ""  # a link that opens the quote: URL#:~:text=... for a page, URL-or-file#page=N for a PDF
    page: int | None = None  # the PDF page holding the quote's start
    original_sha256: str = ""  # SHA-256 of the archived original
    retrieved_at: str = ""  # when the original was fetched

    @property
    def text(self) -> str:
        page_words, doc_words = citation_words()
        page = " " + page_words.format(page=self.page) if self.page else ""
        return f"{self.document}{page} ¶{self.paragraph} · " + doc_words.format(start=self.start, end=self.end)

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document, "document_id": self.document_id, "paragraph": self.paragraph,
            "start": self.start, "end": self.end, "anchor": self.anchor, "text": self.text,
            "url": self.url, "link": self.link, "page": self.page, "original_sha256": self.original_sha256,
            "retrieved_at": self.retrieved_at,
        }


_WORDS: dict[tuple[object, ...], tuple[str, str]] = {}


def citation_words() -> tuple[str, str]:
    """"p. {page}" and "doc. {start}–{end}" in the current language, translated once per language (a desk's
    dossier writes 50,000 citations)."""
    state = translation_state()
    words = _WORDS.get(state)
    if words is None:
        words = _WORDS[state] = (DossierText.tr("p. {page}"), DossierText.tr("doc. {start}–{end}"))
    return words


@dataclass(frozen=True)
class Passage:
    """The text around a quote: ``before`` + ``quote`` + ``after`` is the whole passage."""

    before: str
    quote: str
    after: str


class ParagraphIndex:
    """Paragraph boundaries of one document, for O(log n) look-ups."""

    def __init__(self, text: str) -> None:
        self.text = text
        # each paragraph found by one regular expression, in C: a run without a line break holding a non-space
        self.spans: list[tuple[int, int]] = [m.span() for m in _PARAGRAPH.finditer(text)]
        self._starts = [s for s, _ in self.spans]
        self._breaks = [c for c in _LINE_BREAK_CHARS if c in text]  # the kinds of line break the text holds

    def paragraph_of(self, start: int, end: int | None = None) -> int:
        """1-based number of the paragraph holding the first non-space character of [start, end)."""
        end = len(self.text) if end is None else end
        first = start
        while first < end and self.text[first].isspace():
            first += 1
        if first >= end:
            first = start
        number = bisect_right(self._starts, first)
        return max(number, 1) if self.spans else 1

    def passage(self, start: int, end: int) -> Passage:
        """The quote with the rest of the line(s) it sits on."""
        text = self.text
        left = max((text.rfind(c, 0, start) for c in self._breaks), default=-1) + 1
        right = min((i for c in self._breaks if (i := text.find(c, end)) != -1), default=len(text))
        before, after = text[left:start], text[end:right]
        if right - left > PASSAGE_MAX:
            before, after = _lead_in(before), _run_on(after)
        return Passage(before=before, quote=text[start:end], after=after)


def _lead_in(before: str) -> str:
    """The last ``PASSAGE_CONTEXT`` characters of ``before`` at most, from the first sentence (else word) that
    starts within them, after "…"."""
    if len(before) <= PASSAGE_CONTEXT:
        return before
    cut = len(before) - PASSAGE_CONTEXT
    edge = _SENTENCE_END.search(before, cut) or _WORD_GAP.search(before, cut)
    if edge is None or edge.end() >= len(before):
        return ELLIPSIS + before[cut:]
    return ELLIPSIS + (" " if before[edge.end() - 1].isspace() else "") + before[edge.end():]


def _run_on(after: str) -> str:
    """The first ``PASSAGE_CONTEXT`` characters of ``after`` at most, to the last sentence (else word) that
    ends within them, then "…"."""
    if len(after) <= PASSAGE_CONTEXT:
        return after
    window = after[:PASSAGE_CONTEXT]
    ends = [m.end() for m in _SENTENCE_END.finditer(window)] or [m.start() for m in _WORD_GAP.finditer(window)]
    if not ends or ends[-1] == 0:
        return window + ELLIPSIS
    kept = window[:ends[-1]]
    gap = kept[-1].isspace() or after[ends[-1]].isspace()
    return kept.rstrip() + (" " if gap else "") + ELLIPSIS


def unique_anchors(annotation_ids: list[str], prefix: str = "q-", length: int = 8) -> dict[str, str]:
    """Short, stable, unique anchors for annotation ids: a hash of the id, longer on a clash."""
    ids = list(dict.fromkeys(annotation_ids))  # each anchor depends on its id and the common length alone
    # in C, each step a map over a desk's 50,000 ids
    digests = list(map(_HEX, map(sha1, map(_UTF8, ids))))
    size = length
    while len(set(map(itemgetter(slice(0, size)), digests))) < len(ids) and size < 40:
        size += 4
    return dict(zip(ids, map(prefix.__add__, map(itemgetter(slice(0, size)), digests)), strict=True))


_HEX = methodcaller("hexdigest")
_UTF8 = methodcaller("encode", "utf-8")


def display_quote(quote: str) -> str:
    """A quote on one line: each line break, with the white space around it, shown as " ¶ "."""
    if _ANY_BREAK.search(quote) is None:  # most quotes: one line, nothing to show
        return quote
    return _BREAK_WITH_SPACE.sub(" ¶ ", quote)
