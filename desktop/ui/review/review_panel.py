"""The Review dock: the current annotation's status, its history, its discussion, and the verdict and
comment buttons. The comment box serves both: Accept / Reject / Dispute take its text as the reason,
Comment posts it alone, Reply posts it under the entry chosen in "Reply to".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.words import status_name, status_word
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.services.changes import Changes
from desktop.services.queries import AnnotationView
from desktop.services.review import ThreadNode
from desktop.ui.annotation_list import describe_annotation
from desktop.ui.operations import Operations
from desktop.ui.review.history_view import HistoryView
from desktop.ui.review.review_colours import status_hex
from desktop.ui.review.review_operations import ReviewOperations
from desktop.ui.review.thread_view import ThreadView, visible_nodes

SCROLLER_MIN_HEIGHT = 44  # the history and the discussion: two lines each at the least
HINT = QT_TRANSLATE_NOOP("ReviewPanel", "Select an annotation to review it.\n\nN jumps to the next one waiting for "
                                        "review; A accepts, R rejects, D marks it disputed.")


def _flatten(nodes: list[ThreadNode], depth: int = 0) -> list[tuple[ThreadNode, int]]:
    out: list[tuple[ThreadNode, int]] = []
    for node in nodes:
        out.append((node, depth))
        out.extend(_flatten(list(node.replies), depth + 1))
    return out


class _CommentKeys(QObject):
    """Ctrl+Enter in the comment box posts it; Escape goes back to the article."""

    def __init__(self, post: Callable[[], object], leave: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._post = post
        self._leave = leave

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                    and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self._post()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self._leave()
                return True
        return False


class ReviewPanel(QWidget):
    returnToPane = Signal()  # Escape in the comment box

    def __init__(self, operations: Operations, review_ops: ReviewOperations, tz: tzinfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self._ops = operations
        self._review_ops = review_ops
        self._view: AnnotationView | None = None
        self._pending: str | None = None
        self._soon = QTimer(self)  # load_soon: the next turn of the event loop, several calls one load
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(lambda: self.load(self._pending))
        self._build(tz)
        self.load(None)

    # --- construction ----------------------------------------------------------------------------
    def _build(self, tz: tzinfo | None) -> None:
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        hint = QLabel(self.tr(HINT))
        hint.setObjectName("panelHint")
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(hint)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("reviewStatus")
        self.status_chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.summary = QLabel()
        self.summary.setObjectName("reviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.summary, 1)
        layout.addLayout(head)

        self.history = HistoryView(tz)
        self.thread_view = ThreadView(tz)
        for view in (self.history, self.thread_view):  # they scroll: the annotation panel above needs the room more
            view.setMinimumHeight(SCROLLER_MIN_HEIGHT)
        self.thread_view.replyRequested.connect(self.reply_to)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        split.addWidget(self._section(self.tr("History"), self.history))
        split.addWidget(self._section(self.tr("Discussion"), self.thread_view))
        split.setSizes([120, 160])
        layout.addWidget(split, 1)

        self.comment_box = QPlainTextEdit()
        self.comment_box.setObjectName("reviewComment")
        self.comment_box.setPlaceholderText(self.tr("Reason or comment (Markdown). Ctrl+Enter posts it; "
                                            "Accept / Reject / Dispute use it as the reason."))
        self.comment_box.setTabChangesFocus(True)
        self.comment_box.setFixedHeight(64)
        self.comment_box.installEventFilter(_CommentKeys(self.post_comment, self.returnToPane.emit, self))
        layout.addWidget(self.comment_box)

        self.reply_target = QComboBox()
        self.reply_target.setObjectName("replyTarget")
        self.reply_target.setToolTip(self.tr("The comment your reply answers"))
        self.reply_target.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reply_target.setMinimumContentsLength(8)

        self.accept_button = self._button("Accept", self.tr("Accept"), "A", lambda: self.give_verdict("accepted"))
        self.reject_button = self._button("Reject", self.tr("Reject"), "R", lambda: self.give_verdict("rejected"))
        self.dispute_button = self._button("Dispute", self.tr("Dispute"), "D", lambda: self.give_verdict("disputed"))
        self.comment_button = self._button("Comment", self.tr("Comment"), "Ctrl+Enter", self.post_comment)
        self.reply_button = self._button("Reply", self.tr("Reply"), None, self.post_reply)
        verdicts = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.dispute_button, self.comment_button):
            verdicts.addWidget(button)
        talk = QHBoxLayout()
        talk.addWidget(QLabel(self.tr("Reply to")))
        talk.addWidget(self.reply_target, 1)
        talk.addWidget(self.reply_button)
        layout.addLayout(verdicts)
        layout.addLayout(talk)
        self.stack.addWidget(page)

    @staticmethod
    def _section(title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        label = QLabel(title)
        label.setObjectName("sectionLabel")
        layout.addWidget(label)
        layout.addWidget(widget, 1)
        return box

    def _button(self, name: str, text: str, keys: str | None, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"review{name}Button")
        button.setAutoDefault(False)
        if keys:
            button.setToolTip(f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
        else:
            button.setToolTip(text)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- loading ---------------------------------------------------------------------------------
    @property
    def annotation_id(self) -> str | None:
        return self._view.id if self._view else None

    def load_soon(self, annotation_id: str | None) -> None:
        """Load ``annotation_id`` on the next turn of the event loop: a tag's highlight is stored and painted
        first, the dock follows within the same frame or the next (its history and discussion take a few
        milliseconds of queries and layout)."""
        self._pending = annotation_id
        self._soon.start()

    def loading(self) -> bool:
        """An annotation waits to be shown (``load_soon``)."""
        return self._soon.isActive()

    def load(self, annotation_id: str | None) -> None:
        self._soon.stop()  # shown now: a load waiting would show an older choice
        if annotation_id != self.annotation_id:
            self.comment_box.clear()
        view = self._ops.reads.get(annotation_id) if annotation_id else None
        self._show(view)

    def apply_changes(self, changes: Changes) -> None:
        if self._view is None:
            return
        if self._view.id in changes.annotations or changes.reviews or changes.authors \
                or changes.entities or changes.measures or changes.propositions:
            self.load(self._view.id)

    def _show(self, view: AnnotationView | None) -> None:
        self._view = view
        if view is None:
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        self.status_chip.setText(status_name(view.status).upper())
        chip_style = (f"background: {status_hex(view.status)}; color: white; "
                      "border-radius: 3px; padding: 2px 6px; font-weight: 600;")
        if self.status_chip.styleSheet() != chip_style:  # set again, it would polish the chip again
            self.status_chip.setStyleSheet(chip_style)
        self.summary.setText(self.tr("{annotation}\nby {author}").format(annotation=describe_annotation(view),
                                                                        author=view.author_name))
        self.summary.setToolTip(self.tr("“{quote}”\nin {document}").format(quote=view.quote,
                                                                          document=view.document_title))
        from desktop.services import review_history  # when an annotation is first shown, not at start-up

        events, nodes = review_history.history_and_thread(self._ops.project, view.id)
        self.history.set_events(events)
        self.thread_view.set_thread(nodes)
        self._fill_reply_targets(visible_nodes(nodes))

    def _fill_reply_targets(self, nodes: list[ThreadNode]) -> None:
        current = self.reply_target.currentData()
        self.reply_target.clear()
        for node, depth in _flatten(nodes):
            r = node.review
            words = " ".join(r.comment.split()) or (status_word(r.verdict) if r.verdict else "")
            short = words if len(words) <= 48 else words[:47] + "…"
            self.reply_target.addItem(f"{'  ' * depth}{r.author_name}: {short}", r.id)
        found = self.reply_target.findData(current)
        self.reply_target.setCurrentIndex(found if found >= 0 else self.reply_target.count() - 1)
        has_targets = self.reply_target.count() > 0
        self.reply_target.setEnabled(has_targets)
        self.reply_button.setEnabled(has_targets)

    # --- actions ---------------------------------------------------------------------------------
    def comment_text(self) -> str:
        return self.comment_box.toPlainText().strip()

    def give_verdict(self, verdict: str) -> str | None:
        """Accept / reject / dispute the annotation shown, with the comment box as the reason."""
        if self._view is None:
            self._ops.message.emit(self.tr("Select an annotation to review first (N: next pending)."))
            return None
        if self._view.status == verdict and not self.comment_text():
            self._ops.message.emit(self.tr("Already {status}.").format(status=status_word(verdict)))
            return None
        review_id = self._review_ops.set_verdict(self._view.id, verdict, self.comment_text())
        if review_id is not None:
            self.comment_box.clear()
        return review_id

    def post_comment(self) -> str | None:
        if self._view is None:
            return None
        if not self.comment_text():
            self._ops.message.emit(self.tr("Write a comment first."))
            self.comment_box.setFocus()
            return None
        review_id = self._review_ops.add_comment(self._view.id, self.comment_text())
        if review_id is not None:
            self.comment_box.clear()
        return review_id

    def post_reply(self) -> str | None:
        parent_id = self.reply_target.currentData()
        if self._view is None or parent_id is None:
            return None
        if not self.comment_text():
            self._ops.message.emit(self.tr("Write your reply in the comment box first."))
            self.comment_box.setFocus()
            return None
        review_id = self._review_ops.add_comment(self._view.id, self.comment_text(), parent_id)
        if review_id is not None:
            self.comment_box.clear()
        return review_id

    def reply_to(self, review_id: str) -> None:
        """Choose the entry to answer and put the cursor in the comment box."""
        found = self.reply_target.findData(review_id)
        if found >= 0:
            self.reply_target.setCurrentIndex(found)
        self.comment_box.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_comment(self) -> None:
        self.comment_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
