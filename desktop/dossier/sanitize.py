"""Keeping user text harmless: escaping for Markdown, cleaning analysts' notes, and the HTML allow-list.

Three layers, each with one job:

- ``md_text``: any user string (a quote, a label, a name) put into the Markdown master so that it
  renders as exactly that text, never as markup.
- ``clean_note_markdown``: an analyst's note keeps its Markdown (emphasis, lists, links) but loses
  raw HTML (``<script>`` with its content, ``<img onerror=…>``, comments), attribute lists, images
  and links whose address is not http(s), mailto or relative (``javascript:``, ``data:`` …).
- ``clean_html``: the HTML made from the Markdown goes through nh3 with an allow-list of tags and
  attributes and the schemes http, https and mailto; whatever slipped past the first two is dropped.
"""

from __future__ import annotations

import html
import re

import nh3

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


def md_text(text: str) -> str:
    """Escape a user string for inline Markdown: it renders as itself, never as markup or HTML.

    Line breaks become single spaces (quotes pass through ``display_quote`` first to show them).
    """
    out = _INLINE_SPECIAL.sub(r"\\\1", _ANY_BREAK.sub(" ", text))
    out = _ENTITY_LIKE.sub("&amp;", out)
    out = _HTML_OPENER.sub("&lt;", out)
    return _LINE_START_SPECIAL.sub(_escape_line_start, out)


def _escape_line_start(match: re.Match[str]) -> str:
    lead, mark, dot = match.groups()
    if mark.isdigit():
        return f"{lead}{mark}\\{dot}" if dot else match.group(0)
    return f"{lead}\\{mark}{dot}"


# --- Notes ----------------------------------------------------------------------------------------

_CODE_SPAN = re.compile(r"(`+)(?:.|\n)*?(?<!`)\1(?!`)")
_DROP_BLOCK = re.compile(
    r"<\s*(" + "|".join(sorted(DROPPED_WITH_CONTENT)) + r")\b.*?(?:<\s*/\s*\1\s*>|\Z)", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_TAG = re.compile(r"</?[A-Za-z!?][^>]*>?")
_LINK_OPEN = re.compile(r"(!?)\[([^\[\]\n]*)\]\(")
_REFERENCE_DEF = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]+)>?.*$", re.MULTILINE)
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def url_is_safe(url: str) -> bool:
    """http(s), mailto, or a relative address. Entities and hidden white space are seen through."""
    plain = html.unescape(url)
    plain = "".join(ch for ch in plain if ch > " " and ch not in "\x7f\u200b\u200c\u200d\ufeff")
    match = _SCHEME.match(plain)
    return match is None or match.group(1).lower() in SAFE_SCHEMES


def _link_end(text: str, start: int) -> int:
    """Index just past the ")" closing a link destination that starts at ``start``; -1 if none."""
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "\n" and text[start:i].count("\n") > 1:
            return -1
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i + 1
            depth -= 1
        i += 1
    return -1


def _clean_links(text: str) -> str:
    out: list[str] = []
    pos = 0
    while True:
        match = _LINK_OPEN.search(text, pos)
        if match is None:
            out.append(text[pos:])
            break
        end = _link_end(text, match.end())
        if end < 0:
            out.append(text[pos:match.end()])
            pos = match.end()
            continue
        destination = text[match.end():end - 1].strip()
        url = destination.split()[0].strip("<>") if destination else ""
        bang, label = match.group(1), match.group(2)
        out.append(text[pos:match.start()])
        if url_is_safe(url) and not bang:
            out.append(text[match.start():end])
        elif url_is_safe(url):  # an image becomes a link: nothing is fetched when the dossier opens
            out.append(f"[{label or 'image'}]({destination})")
        else:
            out.append(label)
        pos = end
    return "".join(out)


def _clean_prose(text: str) -> str:
    text = _DROP_BLOCK.sub("", text)
    text = _COMMENT.sub("", text)
    text = _TAG.sub("", text)
    text = _clean_links(text)
    text = _REFERENCE_DEF.sub(lambda m: m.group(0) if url_is_safe(m.group(1)) else "", text)
    return text.replace("{", "\\{")


def clean_note_markdown(note: str) -> str:
    """An analyst's note as safe Markdown: formatting kept, HTML, attribute lists and unsafe links gone."""
    note = note.replace("\r\n", "\n").replace("\r", "\n")
    out: list[str] = []
    pos = 0
    for match in _CODE_SPAN.finditer(note):
        out.append(_clean_prose(note[pos:match.start()]))
        out.append(match.group(0))
        pos = match.end()
    out.append(_clean_prose(note[pos:]))
    return "".join(out).strip()


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
