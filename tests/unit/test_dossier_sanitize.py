"""User text in the dossier renders as itself; notes keep their Markdown and lose anything active."""

import html
import re
from html.parser import HTMLParser

import pytest

from desktop.dossier.html_render import markdown_to_clean_html
from desktop.dossier.sanitize import clean_html, clean_note_markdown, md_text, url_is_safe


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(fragment: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(fragment)
    return parser.tags


def text_of(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


@pytest.mark.parametrize("text", [
    "plain words", "*not emphasis* and _not either_", "[not](a link)", "<b>not bold</b> & &amp; &copy;",
    "# not a heading", "1. not a list", "- not a bullet", "back\\slash `not code`", "a | pipe {: #no-attr }",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
])
def test_md_text_renders_as_exactly_the_text(text):
    rendered = markdown_to_clean_html(md_text(text))
    assert text_of(rendered) == text
    assert "<script" not in rendered and "<img" not in rendered and "<em>" not in rendered


def test_notes_keep_markdown_but_lose_html_and_unsafe_links():
    note = ("**Check** the _price_; see [Reuters](https://example.com/r_(1)).\n\n"
            "<script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) "
            "[y](JaVa&#x09;ScRiPt:alert(2)) ![pixel](https://tracker.example/p.png) {: onclick=alert(3) }\n\n"
            "[ref]: javascript:alert(4)\n<!-- hidden -->\n\nsee `<kbd>code</kbd>`")
    cleaned = clean_note_markdown(note)
    assert "<script" not in cleaned and "onerror" not in cleaned and "javascript" not in cleaned.lower()
    rendered = markdown_to_clean_html(cleaned)
    assert "<strong>Check</strong>" in rendered and "<em>price</em>" in rendered
    assert 'href="https://example.com/r_(1)"' in rendered
    assert "<script" not in rendered and "onerror" not in rendered
    assert "javascript" not in rendered.lower() and "<img" not in rendered
    tags = tags_of(rendered)
    assert {"strong", "em", "a"} <= {tag for tag, _ in tags}
    for _tag, attrs in tags:
        assert not [name for name in attrs if name.startswith("on")]  # {: onclick=…} stays text
    assert 'href="https://tracker.example/p.png"' in rendered  # an image becomes a link: nothing loads
    assert "&lt;kbd&gt;code&lt;/kbd&gt;" in rendered  # code spans show their text
    assert "onclick=alert(3)" in text_of(rendered)  # harmless text, not an attribute


def test_clean_html_is_an_allow_list():
    dirty = ('<p onclick="x()" id="ok" class="c">hi <a href="javascript:alert(1)">a</a> '
             '<a href="#q-1">b</a> <a href="data:text/html,hi">c</a></p><iframe src="https://e.x"></iframe>'
             '<style>p{}</style><svg onload="x()"></svg><img src="https://e.x/i.png">')
    cleaned = clean_html(dirty)
    assert 'onclick' not in cleaned and "javascript" not in cleaned and "data:" not in cleaned
    assert "<iframe" not in cleaned and "<style" not in cleaned and "<svg" not in cleaned and "<img" not in cleaned
    assert 'id="ok"' in cleaned and 'href="#q-1"' in cleaned


@pytest.mark.parametrize("url,safe", [
    ("https://a.b", True), ("mailto:x@y.z", True), ("#q-1", True), ("notes/x.md", False),
    ("//evil.example/x", False), ("https:evil", False), ("#", False),
    ("javascript:alert(1)", False), (" JavaScript:alert(1)", False), ("java\tscript:x", False),
    ("&#106;avascript:x", False), ("data:text/html;base64,AA", False), ("vbscript:x", False),
])
def test_url_is_safe(url, safe):
    assert url_is_safe(url) is safe
