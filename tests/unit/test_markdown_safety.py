"""Analysts' notes stay harmless under ANY Markdown renderer: the cleaned note is rendered by Python-Markdown
(plain, and with the dossier's extensions), markdown-it-py and mistune, and every result is parsed: no tag
that runs or loads, no event attribute, and no link or image target other than http, https, mailto or a
``#anchor``. The payloads are the two bypasses found in the field and a list of classic ones."""

from __future__ import annotations

import html
import unicodedata
from html.parser import HTMLParser

import markdown
import mistune
import pytest
from markdown_it import MarkdownIt

from desktop.dossier.sanitize import clean_note_markdown

FOUND_IN_THE_FIELD = [
    "[x](javascript:alert`67`)",  # a code span hides the closing parenthesis
    "[x](java\nscript:alert(61))",  # only the first word of the target was checked
]
CLASSIC = [
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a]( javascript:alert(1))",
    "[a](<javascript:alert(1)>)",
    "[a](javascript&#58;alert(1))",
    "[a](&#106;avascript:alert(1))",
    "[a](&#x6A;avascript:alert(1))",
    "[a](jav&#x09;ascript:alert(1))",
    "[a](jav&#10;ascript:alert(1))",
    "[a](java\tscript:alert(1))",
    "[a](\x00javascript:alert(1))",
    "[a](\u200bjavascript:alert(1))",
    "[a](\ufeffjavascript:alert(1))",
    "[a](javascript://%0Aalert(1))",
    "[a](javascript:alert(1) \"title\")",
    "[a](vbscript:msgbox(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a](data:text/html,<script>alert(1)</script>)",
    "[a](file:///etc/passwd)",
    "[a](//evil.example/x)",
    "[a](https:evil.example)",
    "![a](javascript:alert(1))",
    "![a](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '![a](https://x.example/p.png"onerror="alert(1))',
    "[a][r]\n\n[r]: javascript:alert(1)",
    "[a][r]\n\n[r]: <javascript:alert(1)>",
    "[a]\n\n[a]: javascript:alert(1) 'title'",
    "<javascript:alert(1)>",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a href='jav&#x09;ascript:alert(1)'>x</a>",
    "<img src=x onerror=alert(1)>",
    "<script>alert(1)</script>",
    "x <script>alert(1)</script> y",
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=javascript:alert(1)></iframe>",
    "<details open ontoggle=alert(1)>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "<style>@import 'https://evil.example/x.css';</style>",
    "<object data=javascript:alert(1)>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "<!--><img src=x onerror=alert(1)>-->",
    "<!-- --!><img src=x onerror=alert(1)>",
    "[a](https://ok.example){: onclick=\"alert(1)\"}",
    "paragraph\n{: onclick=alert(1) }",
    "[[a](javascript:alert(1))](https://ok.example)",
    "[a](https://ok.example \"<img src=x onerror=alert(1)>\")",
    "[a](https://ok.example/\"onmouseover=\"alert(1))",
    "`[a](javascript:alert(1))`",
    "``[a](javascript:alert(1))`` [b](javascript:alert(2))",
    "    [a](javascript:alert(1))\n\n<b>x</b>",
    "```\n</code><script>alert(1)</script>\n```",
    "- [a](javascript:alert(1))\n    - <img src=x onerror=alert(1)>",
    "> [a](javascript:alert(1))\n> <script>alert(1)</script>",
    "| a | b |\n|---|---|\n| [x](javascript:alert(1)) | <img src=x onerror=alert(1)> |",
    "*[a](javascript:alert(1))*",
    "[a](javascript:alert(1)\\)",
    "[a](<java script:alert(1)>)",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "\\<script>alert(1)\\</script>",
    "[a](mailto:javascript:alert(1))",
    "[a](#\" onclick=\"alert(1))",
]
PAYLOADS = FOUND_IN_THE_FIELD + CLASSIC

_SAFE_SCHEMES = ("http://", "https://", "mailto:")
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "srcset", "background", "poster"}
_ACTIVE_TAGS = {"script", "style", "iframe", "frame", "object", "embed", "img", "svg", "math", "form", "input",
                "button", "link", "meta", "base", "details", "video", "audio", "source", "template"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, {k: v or "" for k, v in attrs}))

    handle_startendtag = handle_starttag


def _plain_target(value: str) -> str:
    unescaped = html.unescape(value)
    return "".join(ch for ch in unescaped if not (ch.isspace() or unicodedata.category(ch)[0] in "CZ")).lower()


def _violations(rendered: str) -> list[str]:
    parser = _Elements()
    parser.feed(rendered)
    parser.close()
    found = []
    for tag, attrs in parser.elements:
        if tag in _ACTIVE_TAGS:
            found.append(f"<{tag}>")
        for name, value in attrs.items():
            if name.startswith("on") or name == "style":
                found.append(f"{tag}[{name}]")
            if name in _URL_ATTRS:
                target = _plain_target(value)
                if not (target.startswith(_SAFE_SCHEMES) or (target.startswith("#") and len(target) > 1)):
                    found.append(f"{tag}[{name}={value!r}]")
                if target.startswith(("http://", "https://")) and len(target) <= len("https://"):
                    found.append(f"{tag}[{name}={value!r}] has no host")
    return found


def _markdown_it_unsafe() -> MarkdownIt:
    """markdown-it with raw HTML on and its own link check off: the most permissive CommonMark renderer."""
    md = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
    md.validateLink = lambda url: True
    return md


RENDERERS = {
    "python-markdown": lambda text: markdown.markdown(text),
    "python-markdown + dossier extensions": lambda text: markdown.markdown(text, extensions=["tables", "attr_list"]),
    "markdown-it": lambda text: MarkdownIt("commonmark", {"html": True}).render(text),
    "markdown-it, links unchecked": lambda text: _markdown_it_unsafe().render(text),
    "mistune": mistune.create_markdown(escape=False, plugins=["table", "strikethrough", "url"]),
}


def test_the_payloads_are_live_without_cleaning():
    """The test has teeth: the raw payloads do make active HTML in these renderers."""
    live = sum(bool(_violations(render(p))) for p in PAYLOADS for render in RENDERERS.values())
    assert live > len(PAYLOADS)  # most payloads are live in at least one renderer
    for payload in FOUND_IN_THE_FIELD:
        assert _violations(markdown.markdown(payload)), payload


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_cleaned_note_is_inert_in_every_renderer(payload):
    note = f"Before.\n\n{payload}\n\nAfter **this**."
    cleaned = clean_note_markdown(note)
    for name, render in RENDERERS.items():
        rendered = render(cleaned)
        assert _violations(rendered) == [], f"{name} made active HTML of {cleaned!r}: {rendered}"
        assert "After" in rendered and "Before" in rendered


@pytest.mark.parametrize("payload", PAYLOADS)
def test_a_note_that_is_only_a_payload_is_inert_too(payload):
    cleaned = clean_note_markdown(payload)
    for name, render in RENDERERS.items():
        assert _violations(render(cleaned)) == [], f"{name}: {cleaned!r}"


def test_formatting_and_safe_links_survive_in_every_renderer():
    note = ("**Check** the _price_; see [Reuters](https://example.com/r_(1)) and [mail](mailto:desk@example.org).\n"
            "\n- one\n- two [anchor](#q-1a2b)\n\n1. first\n2. second\n\n> quoted `code`\n\n"
            "![chart](https://example.com/c.png)")
    cleaned = clean_note_markdown(note)
    for name, render in RENDERERS.items():
        rendered = render(cleaned)
        parser = _Elements()
        parser.feed(rendered)
        tags = [tag for tag, _ in parser.elements]
        hrefs = [attrs.get("href") for tag, attrs in parser.elements if tag == "a"]
        assert {"strong", "em", "ul", "ol", "blockquote", "code"} <= set(tags), name
        assert hrefs == ["https://example.com/r_(1)", "mailto:desk@example.org", "#q-1a2b",
                         "https://example.com/c.png"], name
        assert "img" not in tags, name  # an image becomes a link: nothing loads when the dossier opens


def test_a_link_with_an_unsafe_target_keeps_its_words():
    cleaned = clean_note_markdown("See [the filing](javascript:alert(1)) and [this](java\tscript:x).")
    rendered = markdown.markdown(cleaned)
    assert "the filing" in rendered and "<a" not in rendered


def test_should_the_rebuilt_markdown_ever_be_active_the_note_falls_back_to_plain_text(monkeypatch):
    from desktop.dossier import sanitize

    monkeypatch.setattr(sanitize, "_encode_target", lambda url: "javascript:alert(1)")  # a broken writer
    cleaned = clean_note_markdown("See [Reuters](https://example.com/r).")
    for name, render in RENDERERS.items():
        assert _violations(render(cleaned)) == [], name
    assert "Reuters" in cleaned and "<a" not in markdown.markdown(cleaned)
