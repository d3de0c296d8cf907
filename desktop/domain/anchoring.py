"""Quotes and their context: what makes an annotation findable again if offsets drift."""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT_LENGTH = 32


@dataclass(frozen=True, slots=True)
class QuoteAnchor:
    exact: str
    prefix: str
    suffix: str


def anchor_for(text: str, start: int, end: int, context: int = CONTEXT_LENGTH) -> QuoteAnchor:
    if not (0 <= start < end <= len(text)):
        raise ValueError(f"span {start}-{end} is outside a text of {len(text)} characters")
    return QuoteAnchor(
        exact=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
    )


def locate_quote(
    text: str, exact: str, prefix: str = "", suffix: str = "", near: int | None = None
) -> tuple[int, int] | None:
    """Find ``exact`` in ``text``; prefer occurrences whose context matches, then the nearest to ``near``.

    Returns (start, end) in code points, or None when the quote does not occur.
    """
    if not exact:
        return None
    candidates: list[int] = []
    i = text.find(exact)
    while i != -1:
        candidates.append(i)
        i = text.find(exact, i + 1)
    if not candidates:
        return None

    def score(pos: int) -> tuple[int, int]:
        before = text[max(0, pos - len(prefix)) : pos]
        after = text[pos + len(exact) : pos + len(exact) + len(suffix)]
        context = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        distance = abs(pos - near) if near is not None else 0
        return (-context, distance)

    best = min(candidates, key=score)
    return best, best + len(exact)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])
