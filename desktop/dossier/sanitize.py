"""Keeping user text harmless: escaping for Markdown, cleaning analysts' notes, and the HTML allow-list.

Three layers, each with one job:

- ``md_text``: any user string (a quote, a label, a name) put into the Markdown master so that it
  renders as exactly that text, never as markup.
- ``clean_note_markdown``: an analyst's note keeps its Markdown (emphasis, lists, quotes, code, tables,
  links) and loses everything active. It is PARSED (markdown-it-py, CommonMark) and written out again
  from the tree, never patched with regular expressions: every piece of text is escaped with ``md_text``,
  raw HTML is dropped (``<script>`` and the like with their content), and a link or image survives only
  when its target, with white space and control characters removed, is http, https, mailto or one of the
  dossier's own ``#anchors``; an image becomes a link, so nothing loads when the dossier opens. Because
  nothing but these constructs is written, and all text is escaped, the result means the same to any
  Markdown renderer. As a last guard the result is rendered by Python-Markdown (as the dossier runs it)
  and by markdown-it and checked; should either make anything active, the note is written as plain
  escaped text.
- ``clean_html``: the HTML made from the Markdown goes through nh3 with an allow-list of tags and
  attributes and the schemes http, https and mailto; whatever slipped past the first two is dropped.
"""

from __future__ import annotations

import functools
import html
import re
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import nh3

if TYPE_CHECKING:  # Python-Markdown is imported where it is used: a JSON dossier never runs it
    import markdown
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

ALLOWED_TAGS = frozenset({
    "a", "abbr", "b", "blockquote", "br", "code", "dd", "del", "div", "dl", "dt", "em", "figcaption",
    "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "li", "mark", "ol", "p", "pre", "s",
    "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
})
ALLOWED_ATTRIBUTES = {
    "*": {"id", "class", "title", "lang"},
    "a": {"href"},
    "ol": {"start"},
    "td": {"colspan"},
    "th": {"colspan"},
}
DROPPED_WITH_CONTENT = frozenset({"script", "style", "iframe", "object", "embed", "template", "noscript"})


# --- Markdown escaping --------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]{}|])")
_HTML_OPENER = re.compile(r"<(?=[A-Za-z/!?])")
_ENTITY_LIKE = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_LINE_START_SPECIAL = re.compile(r"^(\s*)([#>+\-]|\d+)([.)]?)")
_ANY_BREAK = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")


@functools.lru_cache(maxsize=65536)  # labels, units and names come back thousands of times in a desk's dossier
def md_text(text: str) -> str:
    """Escape a user string for inline Markdown: it renders as itself, never as markup or HTML.

    Line breaks become single spaces (quotes pass through ``display_quote`` first to show them).
    """
    return _LINE_START_SPECIAL.sub(_escape_line_start, _md_inline(text))


def _md_inline(text: str) -> str:
    """``md_text`` for text in the middle of a line (a leading "-" or "1." is no block marker there)."""
    out = _INLINE_SPECIAL.sub(r"\\\1", _ANY_BREAK.sub(" ", text))
    out = _ENTITY_LIKE.sub("&amp;", out)
    return _HTML_OPENER.sub("&lt;", out)


def _escape_line_start(match: re.Match[str]) -> str:
    lead, mark, dot = match.groups()
    if mark.isdigit():
        return f"{lead}{mark}\\{dot}" if dot else match.group(0)
    return f"{lead}\\{mark}{dot}"


# --- Notes ----------------------------------------------------------------------------------------

_ANCHOR = re.compile(r"#[A-Za-z][A-Za-z0-9_.:-]*")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")
# Characters written raw in a link target; everything else is percent-encoded (RFC 3986 unreserved and
# reserved characters, less those that mean something to some Markdown renderer).
_URL_RAW = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~:/?#@!$&'+,;=%*")
_INDENT = "    "


def _invisible(ch: str) -> bool:
    """White space, control and format characters (tabs, newlines, NUL, zero-width spaces, BOM...)."""
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp")


def safe_target(url: str) -> str | None:
    """The link target to keep (white space and control characters removed), or None when it is not
    http, https, mailto or one of the dossier's own ``#anchors``. Entities are seen through."""
    plain = "".join(ch for ch in html.unescape(url) if not _invisible(ch))
    if _ANCHOR.fullmatch(plain):
        return plain
    match = _SCHEME.match(plain)
    if match is None or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    rest = plain[match.end():]
    if match.group(1).lower() == "mailto":
        return plain if rest and not rest.startswith("/") else None
    return plain if rest.startswith("//") and len(rest) > 2 else None


def url_is_safe(url: str) -> bool:
    """http(s), mailto or a ``#anchor`` of the dossier; nothing else (no relative paths, no ``//host``)."""
    return safe_target(url) is not None


def _encode_target(url: str) -> str:
    """A target every renderer reads the same: parentheses only when balanced, the rest percent-encoded."""
    depth, balanced = 0, True
    for ch in url:
        depth += (ch == "(") - (ch == ")")
        balanced = balanced and depth >= 0
    keep = _URL_RAW | ({"(", ")"} if balanced and depth == 0 else set())
    return "".join(ch if ch in keep else "".join(f"%{b:02X}" for b in ch.encode("utf-8")) for ch in url)


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    class EveryLink(MarkdownIt):
        """Lets every link through the parser: ``safe_target`` judges its target, and an unsafe one keeps
        its label."""

        def validateLink(self, url: str) -> bool:
            return True

    return EveryLink("commonmark", {"html": True}).enable(["table", "strikethrough"])


def _closing(tokens: Sequence[Token], i: int) -> int:
    """Index of the token closing ``tokens[i]`` (an opening token)."""
    depth = 0
    for j in range(i, len(tokens)):
        depth += tokens[j].nesting
        if depth == 0:
            return j
    return len(tokens) - 1


class _Inline:
    """The children of one inline token, written back as safe Markdown."""

    def __init__(self, children: Sequence[Token]) -> None:
        self.children = children
        self.out: list[str] = []

    def render(self) -> str:
        self._run(0, len(self.children))
        return "".join(self.out)

    def _at_line_start(self) -> bool:
        text = "".join(self.out)
        return not text or text.endswith("\n")

    def _run(self, i: int, end: int) -> None:
        while i < end:
            tok = self.children[i]
            kind = tok.type
            if kind == "text":
                self.out.append(md_text(tok.content) if self._at_line_start() else _md_inline(tok.content))
            elif kind == "softbreak":
                self.out.append("\n")
            elif kind == "hardbreak":
                self.out.append("  \n")
            elif kind == "code_inline":
                self.out.append(_code_span(tok.content))
            elif kind in ("em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"):
                self.out.append(tok.markup)
            elif kind == "link_open":
                close = _closing(self.children, i)
                self._link(tok.attrGet("href"), i + 1, close, image=False)
                i = close
            elif kind == "image":
                label = _Inline(tok.children or []).render()
                target = safe_target(str(tok.attrGet("src") or ""))
                self.out.append(f"[{label or 'image'}]({_encode_target(target)})" if target else label)
            elif kind == "html_inline":
                i = self._skip_html(i, end)
            i += 1

    def _link(self, href: object, start: int, close: int, *, image: bool) -> None:
        label = _Inline(self.children[start:close]).render()
        target = safe_target(str(href or ""))
        self.out.append(f"[{label}]({_encode_target(target)})" if target and label.strip() else label)

    def _skip_html(self, i: int, end: int) -> int:
        """Drop a raw tag; for <script>, <style> and the like, drop up to its closing tag too."""
        match = re.match(r"<\s*([A-Za-z][A-Za-z0-9]*)", self.children[i].content)
        if match is None or match.group(1).lower() not in DROPPED_WITH_CONTENT:
            return i
        name = match.group(1).lower()
        for j in range(i + 1, end):
            tok = self.children[j]
            if tok.type == "html_inline" and re.match(rf"<\s*/\s*{name}\b", tok.content, re.IGNORECASE):
                return j
        return end


def _code_span(code: str) -> str:
    code = " ".join(code.splitlines())
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if code.startswith(("`", " ")) or code.endswith(("`", " ")) else ""
    return f"{fence}{pad}{code}{pad}{fence}"


def _blocks(tokens: Sequence[Token]) -> list[list[str]]:
    """Block tokens -> blocks, each a list of Markdown lines (joined later with blank lines)."""
    blocks: list[list[str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.nesting == 1:
            close = _closing(tokens, i)
            blocks.extend(_container(tok, tokens[i + 1:close]))
            i = close + 1
            continue
        if tok.type in ("fence", "code_block"):
            code = tok.content.rstrip("\n")
            blocks.append([(_INDENT + line).rstrip() for line in code.split("\n")] if code else [])
        elif tok.type == "hr":
            blocks.append(["* * *"])
        elif tok.type == "inline":
            blocks.append(_Inline(tok.children or []).render().split("\n"))
        elif tok.type == "html_block":
            # The tags go (a script with its content); the words stay and are read as Markdown again. nh3
            # writes any "<" left as "&lt;", so this second reading meets no HTML and goes no deeper.
            words = nh3.clean(tok.content, tags=set(), clean_content_tags=set(DROPPED_WITH_CONTENT),
                              strip_comments=True)
            blocks.extend(_blocks(_parser().parse(words.strip())))
        i += 1  # anything unknown: dropped
    return [b for b in blocks if any(line.strip() for line in b)]


def _container(tok: Token, inner: Sequence[Token]) -> list[list[str]]:
    kind = tok.type
    if kind == "paragraph_open":
        return _blocks(inner)
    if kind == "heading_open":  # a heading inside a note would break the dossier's outline: strong text
        lines = [line for block in _blocks(inner) for line in block]
        return [[f"**{' '.join(line.strip() for line in lines)}**"]] if lines else []
    if kind == "blockquote_open":
        quoted = _join(_blocks(inner))
        return [[f"> {line}".rstrip() for line in quoted]]
    if kind in ("bullet_list_open", "ordered_list_open"):
        return [_list(tok, inner)]
    if kind == "table_open":
        return [_table(inner)]
    return _blocks(inner)


def _list(tok: Token, inner: Sequence[Token]) -> list[str]:
    ordered = tok.type == "ordered_list_open"
    number = int(tok.attrGet("start") or 1) if ordered else 0
    tight = all(t.hidden for t in inner if t.type == "paragraph_open")
    lines: list[str] = []
    i = 0
    while i < len(inner):
        if inner[i].type != "list_item_open":
            i += 1
            continue
        close = _closing(inner, i)
        body = _join(_blocks(inner[i + 1:close]), tight=tight)
        marker = f"{number}." if ordered else "-"
        number += 1
        if lines and not tight:
            lines.append("")
        first, *rest = body or [""]
        lines.append(f"{marker} {first}".rstrip())
        lines.extend((_INDENT + line).rstrip() for line in rest)
        i = close + 1
    return lines


def _table(inner: Sequence[Token]) -> list[str]:
    rows: list[list[str]] = []
    header_cells = 0
    i = 0
    while i < len(inner):
        if inner[i].type == "tr_open":
            close = _closing(inner, i)
            cells = [
                " ".join(line for block in _blocks(inner[j + 1:_closing(inner, j)]) for line in block)
                for j in range(i + 1, close) if inner[j].type in ("th_open", "td_open")
            ]
            if not rows:
                header_cells = len(cells)
            rows.append(cells)
            i = close + 1
        else:
            i += 1
    if not rows or not header_cells:
        return []
    lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * header_cells]
    lines += ["| " + " | ".join((row + [""] * header_cells)[:header_cells]) + " |" for row in rows[1:]]
    return lines


_LIST_LINE = re.compile(r"(- |\d+\. )")
LIST_SEPARATOR = "&#8203;"  # an empty paragraph: Python-Markdown would run two adjacent lists into one


def _join(blocks: list[list[str]], *, tight: bool = False) -> list[str]:
    """Blocks with a blank line between them; in a tight list item a nested list follows its line directly."""
    lines: list[str] = []
    after_list = False
    for block in blocks:
        is_list = bool(block) and _LIST_LINE.match(block[0]) is not None
        if lines and not (tight and is_list):
            lines.append("")
            if is_list and after_list:
                lines += [LIST_SEPARATOR, ""]
        lines.extend(block)
        after_list = is_list
    return lines


def _plain(note: str) -> str:
    """The note as escaped text, paragraph by paragraph: what is written when all else is in doubt."""
    paragraphs = re.split(r"\n\s*\n", note.strip())
    return "\n\n".join(md_text(p.strip()) for p in paragraphs if p.strip())


# Only these characters can make a renderer write a tag with attributes (a link, an image, raw HTML, an
# attribute list, a table cell's alignment) or an entity: a text without them renders to inert markup.
_CAN_BE_ACTIVE = re.compile(r"[<\[{&|]")


@functools.lru_cache(maxsize=8192)
def clean_note_markdown(note: str) -> str:
    """An analyst's note as safe Markdown: its formatting kept, HTML, attribute lists and unsafe links gone.
    (Cached: a desk's dossier cleans thousands of notes, many of them alike.)"""
    note = note.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    cleaned = "\n".join(_join(_blocks(_parser().parse(note)))).strip()
    if not _CAN_BE_ACTIVE.search(cleaned):
        return cleaned  # nothing any renderer could make active: the two renderings need not be checked
    return cleaned if not active_markup(cleaned) else _plain(note)


# --- Checking rendered Markdown ---------------------------------------------------------------------

_URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "background", "poster",
                             "srcset", "data", "codebase", "cite", "longdesc", "ping", "manifest"})
_ACTIVE_TAGS = frozenset({"script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "img",
                          "svg", "math", "form", "input", "button", "textarea", "select", "video", "audio",
                          "source", "link", "meta", "base", "template", "details", "marquee", "noscript"})


class _ActiveFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _ACTIVE_TAGS:
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on") or name == "style":
                self.found.append(f"{tag} {name}")
            elif name in _URL_ATTRIBUTES and not url_is_safe(value or ""):
                self.found.append(f"{tag} {name}={value!r}")

    handle_startendtag = handle_starttag


def active_in_html(fragment: str) -> list[str]:
    """What in an HTML fragment could run, load or navigate somewhere unsafe ([] when nothing)."""
    finder = _ActiveFinder()
    finder.feed(fragment)
    finder.close()
    return finder.found


_renderers = threading.local()  # Python-Markdown instances are reused (building one costs more than a note)


def _python_markdown() -> markdown.Markdown:
    made: markdown.Markdown | None = getattr(_renderers, "made", None)
    if made is None:
        import markdown

        made = _renderers.made = markdown.Markdown(extensions=["tables", "attr_list"])
    return made


def active_markup(markdown_text: str) -> list[str]:
    """What Python-Markdown (as the dossier runs it) or markdown-it would make active of this text."""
    return (active_in_html(_python_markdown().reset().convert(markdown_text))
            + active_in_html(_parser().render(markdown_text)))


# --- HTML -----------------------------------------------------------------------------------------


def clean_html(fragment: str) -> str:
    """The allow-list pass over HTML made from the Markdown master."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags=set(DROPPED_WITH_CONTENT),
        attributes={tag: set(attrs) for tag, attrs in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(SAFE_SCHEMES),
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
