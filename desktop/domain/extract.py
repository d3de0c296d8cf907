"""HTML -> the text a reader sees, plus the page's own metadata. Standard library only.

What is kept and what is dropped:
- dropped: the contents of <script>, <style>, <noscript>, <template>, <svg>, <head> (except <title>,
  which becomes the title, not text), comments, and form controls' hidden values;
- kept: every piece of visible text, page chrome included (menus, footers, "Torna in alto"): the
  analyst decides what is noise, the importer never deletes visible words silently;
- block elements (p, div, li, h1-h6, tr, section, ...) and <br> become line breaks; runs of inline
  white space collapse to one space, except inside <pre>, which is kept as written;
- entities (&amp; &egrave; &#8217; ...) are decoded; a non-breaking space stays U+00A0, as a browser shows it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from html.parser import HTMLParser

# Their content is never shown to a reader.
HIDDEN_ELEMENTS = frozenset({"script", "style", "noscript", "template", "svg", "math", "head", "object", "iframe"})
# Elements that start and end a line of text.
BLOCK_ELEMENTS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre",
    "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
})
# Table cells and similar: separated by a space on the same line.
CELL_ELEMENTS = frozenset({"td", "th"})
# What may stand in <head>; any other element ends a <head> whose end tag is missing.
HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "noscript", "base", "template"})
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
})
_INLINE_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML white space; U+00A0 is not collapsed
_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_PUBLISHED_META = ("article:published_time", "datepublished", "date", "pubdate", "publishdate",
                   "dc.date", "dc.date.issued", "og:published_time", "sailthru.date")


@dataclass(frozen=True)
class ExtractedPage:
    text: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    url: str = ""
    published: str = ""  # YYYY-MM-DD or ""
    language: str = ""  # primary subtag of <html lang>, lower case, or ""


class _TextBuilder:
    """Accumulates visible text with line breaks, collapsing inline white space."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending_space = False

    def _at_line_start(self) -> bool:
        return not self.parts or self.parts[-1].endswith("\n")

    def inline(self, data: str) -> None:
        collapsed = _INLINE_SPACE.sub(" ", data)
        if not collapsed:
            return
        core = collapsed.strip(" ")
        if not core:
            self.pending_space = True
            return
        if (self.pending_space or collapsed.startswith(" ")) and not self._at_line_start():
            self.parts.append(" ")
        self.parts.append(core)
        self.pending_space = collapsed.endswith(" ")

    def verbatim(self, data: str) -> None:
        if self.pending_space and not self._at_line_start():
            self.parts.append(" ")
        self.pending_space = False
        self.parts.append(data)

    def space(self) -> None:
        self.pending_space = True

    def soft_break(self) -> None:
        """End the current line unless we are already at the start of one."""
        self.pending_space = False
        if not self._at_line_start():
            self.parts.append("\n")

    def hard_break(self) -> None:
        self.pending_space = False
        self.parts.append("\n")

    def result(self) -> str:
        text = "".join(self.parts)
        text = re.sub(r"\n{3,}", "\n\n", text)
        return text.strip("\n").rstrip()


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out = _TextBuilder()
        self.hidden: list[str] = []  # stack of open hidden elements
        self.pre_depth = 0
        self.in_title = False
        self.title_parts: list[str] = []
        self.in_h1 = False
        self.h1_parts: list[str] = []
        self.h1_done = False
        self.meta: dict[str, str] = {}
        self.canonical = ""
        self.time_datetime = ""
        self.lang = ""

    # --- tags -------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        self._read_metadata(tag, a)
        if self.hidden == ["head"] and tag not in HEAD_CONTENT:
            self.hidden.pop()  # <body> or visible content: the head is over even without </head>
        if tag == "title" and not self.hidden_except_head():
            self.in_title = True
            return
        if self.hidden:
            if tag in HIDDEN_ELEMENTS and tag not in VOID_ELEMENTS:
                self.hidden.append(tag)
            return
        if tag in HIDDEN_ELEMENTS:
            self.hidden.append(tag)
            return
        if tag == "br":
            self.out.hard_break()
        elif tag in BLOCK_ELEMENTS:
            self.out.soft_break()
            if tag == "pre":
                self.pre_depth += 1
        elif tag in CELL_ELEMENTS:
            self.out.space()
        if tag == "h1" and not self.h1_done:
            self.in_h1 = True

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_ELEMENTS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title" and self.in_title:
            self.in_title = False
            return
        if self.hidden:
            if tag == self.hidden[-1]:
                self.hidden.pop()
            elif tag in self.hidden:  # a missing end tag inside: close everything up to this one
                del self.hidden[self.hidden.index(tag):]
            return
        if tag in BLOCK_ELEMENTS:
            self.out.soft_break()
            if tag == "pre" and self.pre_depth:
                self.pre_depth -= 1
        elif tag in CELL_ELEMENTS:
            self.out.space()
        if tag == "h1" and self.in_h1:
            self.in_h1 = False
            self.h1_done = bool("".join(self.h1_parts).strip())

    def hidden_except_head(self) -> bool:
        return any(t != "head" for t in self.hidden)

    # --- text -------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
            return
        if self.hidden:
            return
        if self.in_h1:
            self.h1_parts.append(data)
        if self.pre_depth:
            self.out.verbatim(data)
        else:
            self.out.inline(data)

    # --- metadata ---------------------------------------------------------------------------
    def _read_metadata(self, tag: str, a: dict[str, str]) -> None:
        if tag == "html" and a.get("lang"):
            self.lang = a["lang"]
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
            if key and "content" in a and key not in self.meta:
                self.meta[key] = a["content"].strip()
        elif tag == "link" and "canonical" in a.get("rel", "").lower().split() and not self.canonical:
            self.canonical = a.get("href", "").strip()
        elif tag == "time" and a.get("datetime") and not self.time_datetime:
            self.time_datetime = a["datetime"]


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _iso_date(value: str) -> str:
    match = _DATE.match(value or "")
    if not match:
        return ""
    try:
        return date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return ""


def _primary_language(tag: str) -> str:
    primary = tag.strip().replace("_", "-").split("-")[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""


def _choose_title(title: str, h1: str) -> str:
    """<title>, unless the first <h1> is the same headline without the site's name around it."""
    if h1 and (not title or (h1 in title and len(h1) < len(title))):
        return h1
    return title or h1


def extract_html(html: str) -> ExtractedPage:
    """The visible text of an HTML page and what the page says about itself."""
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    meta = parser.meta
    published = ""
    for key in _PUBLISHED_META:
        published = _iso_date(meta.get(key, ""))
        if published:
            break
    if not published:
        published = _iso_date(parser.time_datetime)
    return ExtractedPage(
        text=parser.out.result(),
        title=_choose_title(_one_line("".join(parser.title_parts)), _one_line("".join(parser.h1_parts))),
        outlet=_one_line(meta.get("og:site_name", "")),
        author=_one_line(meta.get("author", "") or meta.get("article:author", "")),
        url=parser.canonical or meta.get("og:url", ""),
        published=published,
        language=_primary_language(parser.lang),
    )
