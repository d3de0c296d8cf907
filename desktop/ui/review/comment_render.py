"""Comments are Markdown written by colleagues: rendered to HTML, then cleaned with an allow-list.

``markdown`` passes raw HTML through, so the result goes through nh3: only harmless tags and
attributes survive, links only with http(s) or mailto, and ``<script>``/``<style>`` lose their content.
"""

from __future__ import annotations

TAGS = {"a", "b", "blockquote", "br", "code", "del", "em", "i", "li", "ol", "p", "pre", "s", "strong", "ul"}
ATTRIBUTES = {"a": {"href"}}
SCHEMES = {"http", "https", "mailto"}


def comment_html(text: str) -> str:
    """Safe HTML for a Markdown comment."""
    import markdown  # loaded when the first comment is shown, not at start-up
    import nh3

    rendered = markdown.markdown(text, output_format="html")
    return nh3.clean(rendered, tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES, link_rel=None)


def escape(text: str) -> str:
    """Plain user text (a name, a quote) for HTML."""
    import html  # with its table of 2,000 entities: when the first comment is shown, not at start-up

    return html.escape(text, quote=True)
