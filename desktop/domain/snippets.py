"""A hit in its context: a few words either side, on one line, the hit itself kept apart for marking."""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT = 60  # characters either side
MAX_MATCH = 160  # a longer hit is shown with its middle elided
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Snippet:
    before: str
    match: str
    after: str

    def marked(self, open_: str = "**", close: str = "**") -> str:
        """One line with the hit marked: "… la **società** di …"."""
        return f"{self.before}{open_}{self.match}{close}{self.after}"

    @property
    def plain(self) -> str:
        return self.before + self.match + self.after


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text)


def make_snippet(text: str, start: int, end: int, context: int = CONTEXT) -> Snippet:
    """``text[start:end]`` with up to ``context`` characters either side, cut at a word boundary,
    white space made single spaces, "…" where the text goes on."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    lo = max(0, start - context)
    before = text[lo:start]
    if lo > 0:
        cut = before.find(" ")
        if 0 <= cut < len(before) - 1:
            before = before[cut + 1:]
        before = "…" + before.lstrip()
    else:
        before = before.lstrip()
    hi = min(len(text), end + context)
    after = text[end:hi]
    if hi < len(text):
        cut = after.rfind(" ")
        if cut > 0:
            after = after[:cut]
        after = after.rstrip() + "…"
    else:
        after = after.rstrip()
    match = text[start:end]
    if len(match) > MAX_MATCH:
        half = MAX_MATCH // 2
        match = match[:half] + " … " + match[-half:]
    return Snippet(_one_line(before), _one_line(match), _one_line(after))
