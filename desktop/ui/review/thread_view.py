"""The discussion of one annotation: comments and verdict comments with their replies, nested.

Comments are Markdown, rendered through :func:`comment_html` (cleaned with nh3). Each entry ends with
a "Reply" link; clicking it emits ``replyRequested`` with the review id.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.domain.words import status_word
from desktop.services.review import ThreadNode
from desktop.ui.review.comment_render import comment_html, escape
from desktop.ui.review.review_colours import status_hex

REPLY_SCHEME = "reply"
INDENT_PX = 18


def short_time(at: str, tz: tzinfo | None = None) -> str:
    """'11:03' today, '2025-06-13 11:03' on another day (in ``tz``, default the computer's zone)."""
    try:
        moment = datetime.fromisoformat(at.replace("Z", "+00:00")).astimezone(tz)
    except ValueError:
        return at
    today = datetime.now(moment.tzinfo).date()
    return moment.strftime("%H:%M") if moment.date() == today else moment.strftime("%Y-%m-%d %H:%M")


def visible_nodes(nodes: list[ThreadNode]) -> list[ThreadNode]:
    """The entries worth showing as discussion: anything with words, or with replies."""
    return [n for n in nodes if n.review.comment or n.replies]


class ThreadView(QTextBrowser):
    replyRequested = Signal(str)  # review id

    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewThread")
        self._tz = tz
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.document().setDefaultStyleSheet("p { margin-top: 2px; margin-bottom: 2px; }"
                                             " ul, ol { margin-top: 2px; margin-bottom: 2px; }")
        self.set_thread([])

    def set_thread(self, nodes: list[ThreadNode]) -> None:
        shown = visible_nodes(nodes)
        if not shown:
            self.setHtml(self.tr("<p style='color:#6b7280'>No discussion yet. Write a comment below "
                         "(Markdown works), or give a verdict with a reason.</p>"))
            return
        parts: list[str] = []
        for node in shown:
            self._render(node, 0, parts)
        self.setHtml("".join(parts))

    def _render(self, node: ThreadNode, depth: int, out: list[str]) -> None:
        r = node.review
        badge = ""
        if r.verdict:
            badge = (f" <span style='color:{status_hex(r.verdict)}; font-weight:600'>"
                     f"{escape(status_word(r.verdict))}</span>")
        arrow = "↳ " if depth else ""
        reply = self.tr("Reply")
        out.append(
            f"<div style='margin-left:{depth * INDENT_PX}px; margin-top:8px;'>"
            f"{arrow}<b>{escape(r.author_name)}</b>{badge} "
            f"<span style='color:#6b7280'>{escape(short_time(r.created, self._tz))}</span> · "
            f"<a href='{REPLY_SCHEME}:{escape(r.id)}' style='color:#2563eb'>{escape(reply)}</a></div>"
            f"<div style='margin-left:{depth * INDENT_PX + 12}px;'>"
            f"{comment_html(r.comment) if r.comment else ''}</div>"
        )
        for child in node.replies:
            self._render(child, depth + 1, out)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == REPLY_SCHEME:
            self.replyRequested.emit(url.path())
