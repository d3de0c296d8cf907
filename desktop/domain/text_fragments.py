"""Text-fragment links (WICG "Scroll to Text Fragment"): ``URL#:~:text=[prefix-,]start[,end][,-suffix]``.

A browser that opens such a link scrolls to the quote and highlights it. Built from the quote and a
few words of the text before and after it, so a phrase that occurs twice on a page still finds the
cited one. Each part is percent-encoded, including the "-", "," and "&" the syntax reserves.
"""

from __future__ import annotations

from urllib.parse import quote as percent

WHOLE_QUOTE_LIMIT = 80  # longer quotes are given by their first and last words (start,end)
EDGE_WORDS = 4
CONTEXT_WORDS = 3


def _encode(text: str) -> str:
    return percent(" ".join(text.split()), safe="")


def _words(text: str) -> list[str]:
    return text.split()


def fragment_directive(quote: str, prefix: str = "", suffix: str = "") -> str:
    """":~:text=..." for ``quote`` (white space collapsed, as a browser compares it)."""
    words = _words(quote)
    if not words:
        return ""
    if len(" ".join(words)) <= WHOLE_QUOTE_LIMIT or len(words) <= 2 * EDGE_WORDS:
        parts = [_encode(" ".join(words))]
    else:
        parts = [_encode(" ".join(words[:EDGE_WORDS])), _encode(" ".join(words[-EDGE_WORDS:]))]
    before = _words(prefix)[-CONTEXT_WORDS:]
    after = _words(suffix)[:CONTEXT_WORDS]
    # a prefix or suffix must be whole words next to the quote; one cut mid-word would never match
    if before and prefix and not prefix[-1].isspace() and quote[:1].isalnum():
        before = before[:-1]
    if after and suffix and not suffix[0].isspace() and quote[-1:].isalnum():
        after = after[1:]
    if before:
        parts.insert(0, _encode(" ".join(before)) + "-")
    if after:
        parts.append("-" + _encode(" ".join(after)))
    return ":~:text=" + ",".join(parts)


def text_fragment_link(url: str, quote: str, prefix: str = "", suffix: str = "") -> str:
    """``url`` with a fragment directive that scrolls to ``quote``; "" without a web address."""
    if not url.lower().startswith(("http://", "https://")):
        return ""
    directive = fragment_directive(quote, prefix, suffix)
    if not directive:
        return url
    base, _, fragment = url.partition("#")
    return f"{base}#{fragment}{directive}"
