"""The article pane: one document to read and tag, with its annotations and suggestions highlighted.

Everything that leaves this pane is in Unicode code points (the model's unit); Qt's UTF-16
positions are converted through the document's ``Utf16Map``, built once per document. Highlights
are painted over the visible part of the text only (see ``highlight_painter``): adding, removing or
restyling a span updates an index and schedules a repaint, nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.offsets import Utf16Map, display_text
from desktop.domain.scripts import is_rtl
from desktop.domain.span_index import SpanIndex
from desktop.domain.spans import Span, SuggestedSpan
from desktop.quiet_gc import no_cycle_collection
from desktop.ui.article_view import ArticleTextView
from desktop.ui.find_bar import ArticleFind, FindBar
from desktop.ui.highlight_painter import ANNOTATION, SUGGESTION, HighlightPainter

FIRST_SCREEN_CHARS = 16_384  # at least this much text has its spans read before a long article's first paint
REST_AFTER_MS = 250  # a pane that is not painted (hidden) reads the rest of its spans after this anyway


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with an ellipsis to fit its width (the whole text is
    its tool tip). It elides to the width inside its margins and padding, so the "…" is never cut."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange):
            self._elide()  # a style sheet may change the font or the padding

    def _elide(self) -> None:
        width = max(self.contentsRect().width(), 40)
        elided = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
        if elided != self.text():
            self.setText(elided)


class ArticlePane(QWidget):
    tagRequested = Signal(str, int, int)  # kind ("entity"|"figure"|"claim"), start, end in code points
    annotationClicked = Signal(str)  # id of the annotation clicked (innermost at the click)
    suggestionActivated = Signal(str, bool)  # suggestion id, accepted? (Enter = True, Backspace = False)
    suggestionClicked = Signal(str)  # a suggestion was clicked (it becomes the current one)
    closeRequested = Signal()
    focusedIn = Signal()  # the pane got focus (the main window tracks the active pane)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document_id: int | None = None
        self._text = ""
        self._u16 = Utf16Map("")
        self._highlights = HighlightPainter()
        self._title = ""
        self._rest: Callable[[], Sequence[Span]] | None = None  # the spans beyond the first screen, to read
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.timeout.connect(self.read_rest_of_spans)

        self._title_label = ElidedLabel()
        self._title_label.setObjectName("articleTitle")
        title_font = QFont(self._title_label.font())
        title_font.setBold(True)
        self._title_label.setFont(title_font)
        self._close_button = QToolButton()
        self._close_button.setObjectName("closeArticle")
        self._close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        self._close_button.setAutoRaise(True)
        self._close_button.setToolTip(self.tr("Close this article"))
        self._close_button.setAccessibleName(self.tr("Close article"))
        self._close_button.clicked.connect(self.closeRequested)

        header = QHBoxLayout()
        header.setContentsMargins(8, 2, 2, 2)
        header.addWidget(self._title_label, 1)
        header.addWidget(self._close_button)

        self._view = ArticleTextView(self._highlights)
        self._view.setObjectName("articleText")
        self._view.tagKeyPressed.connect(self._tag_selection)
        self._view.suggestionKeyPressed.connect(self._activate_suggestion)
        self._view.clicked.connect(self._on_click)
        self._view.focused.connect(self.focusedIn)

        self.find_bar = FindBar()
        self.find_controller = ArticleFind(self, self.find_bar)  # Ctrl+F: see desktop.ui.find_bar

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.find_bar)
        layout.addWidget(self._view, 1)
        self.setFocusProxy(self._view)

    # -- the document --------------------------------------------------------------------------

    def show_document(self, document_id: int, title: str, text: str, spans: list[Span], language: str = "",
                      rest: Callable[[], Sequence[Span]] | None = None, known_before: int = 0) -> None:
        """Show a document and its annotations (replacing what was shown). Arabic, Hebrew and other
        right-to-left texts are laid out right to left (offsets stay logical: tagging is unchanged).

        With ``rest``, ``spans`` are only those starting before ``known_before`` (a long article's first
        screen): the pane paints with them, then reads ``rest()`` (every span) once that paint is done, or
        at once if something needs more first (a paint further on, ``spans()``, selecting an annotation)."""
        self._document_id = document_id
        self._text = text
        self._u16 = Utf16Map(text)
        self._highlights.reset(self._u16, spans)
        self._set_rest(rest, known_before)
        self._set_title(title)
        self._set_direction(is_rtl(language, text))
        # one block per line; positions are UTF-16 units
        self._view.set_text_pieces(self._u16.narrow_pieces(display_text(text)))
        self._view.viewport().update()
        self.find_controller.document_changed()

    def _set_direction(self, rtl: bool) -> None:
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        self._view.setLayoutDirection(direction)
        option = self._view.document().defaultTextOption()
        option.setTextDirection(direction)
        option.setAlignment(Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        self._view.document().setDefaultTextOption(option)

    @property
    def right_to_left(self) -> bool:
        return self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def clear(self) -> None:
        self._document_id = None
        self._text = ""
        self._u16 = Utf16Map("")
        self._highlights.reset(self._u16)
        self._set_rest(None)
        self._set_title("")
        self._view.clear()
        self.find_controller.document_changed()

    @property
    def document_id(self) -> int | None:
        return self._document_id

    @property
    def title(self) -> str:
        return self._title

    @property
    def text(self) -> str:
        return self._text

    def text_view(self) -> ArticleTextView:
        """The read-only text widget (key presses for tagging go here)."""
        return self._view

    def first_screen_chars(self) -> int:
        """How much text (code points) to read the spans of before a first paint: twice what the view can
        show at once, counting narrow letters (a paint that reaches further reads the rest first)."""
        metrics = QFontMetricsF(self._view.font())
        viewport = self._view.viewport()
        lines = viewport.height() / max(metrics.lineSpacing(), 1.0) + 1
        per_line = viewport.width() / max(metrics.averageCharWidth() / 2, 1.0)
        return max(FIRST_SCREEN_CHARS, int(2 * lines * per_line))

    # -- the spans beyond the first screen -----------------------------------------------------

    def _set_rest(self, rest: Callable[[], Sequence[Span]] | None, known_before: int = 0) -> None:
        self._rest = rest
        if rest is None:
            self._rest_timer.stop()
            self._view.after_paint = None
            self._highlights.known_before = None
            self._highlights.read_rest = None
            return
        self._highlights.known_before = known_before
        self._highlights.read_rest = self.read_rest_of_spans
        self._view.after_paint = self._rest_after_paint
        self._rest_timer.start(REST_AFTER_MS)

    def _rest_after_paint(self) -> None:
        """The first screen is painted: the rest of the spans on the event loop's next turn, not in the paint."""
        self._view.after_paint = None
        self._rest_timer.start(0)

    def reading_spans(self) -> bool:
        """Whether the spans beyond the first screen are still to be read."""
        return self._rest is not None

    def read_rest_of_spans(self) -> None:
        """Every span of the document now (a no-op once read)."""
        rest = self._rest
        if rest is None:
            return
        self._set_rest(None)
        with no_cycle_collection():  # 10,000 spans and their index, kept, and no cycle among them
            self._highlights.spans = SpanIndex(rest())
        self._repaint()

    # -- annotations ---------------------------------------------------------------------------

    def set_spans(self, spans: list[Span]) -> None:
        self._set_rest(None)
        self._highlights.spans = SpanIndex(spans)
        self._repaint()

    def add_span(self, span: Span) -> None:
        self._highlights.spans.add(span)
        self._repaint_around([span])

    def remove_span(self, span_id: str) -> None:
        gone = self._highlights.spans.get(span_id)
        self._highlights.spans.remove(span_id)
        if self._highlights.selected_id == span_id:
            self._highlights.selected_id = None
        self._repaint_around([gone])

    def update_span(self, span: Span) -> None:
        before = self._highlights.spans.get(span.id)
        self._highlights.spans.add(span)  # replaces the span with the same id
        self._repaint_around([before, span])

    def spans(self) -> SpanIndex[Span]:
        """The annotations shown (read-only use, please: change them through the methods above); every one of
        the document's, the rest read now if only the first screen's were."""
        self.read_rest_of_spans()
        return self._highlights.spans

    def select_annotation(self, span_id: str | None, scroll: bool = True) -> None:
        """Outline one annotation (None: none); with ``scroll``, bring it on screen and put the caret there."""
        previous = self._highlights.spans.get(self._highlights.selected_id) if self._highlights.selected_id else None
        self._highlights.selected_id = span_id
        if span_id and span_id not in self._highlights.spans:
            self.read_rest_of_spans()  # beyond the first screen of a long article still being read
        span = self._highlights.spans.get(span_id) if span_id else None
        if span is not None and scroll:
            self._reveal(span.start, span.end)
        self._repaint_around([previous, span])

    @property
    def selected_annotation(self) -> str | None:
        return self._highlights.selected_id

    def set_marked(self, span_ids: set[str]) -> None:
        """Annotations of "the same thing" as in another open article, drawn with a distinct mark."""
        self._highlights.marked = frozenset(span_ids)
        self._repaint()

    def set_author_colours(self, colours: dict[int, str]) -> None:
        self._highlights.author_colours = {aid: QColor(hex_) for aid, hex_ in colours.items()}
        self._repaint()

    def set_visible_authors(self, author_ids: set[int] | None) -> None:
        """Show only these authors' annotations (None: everyone's)."""
        self._highlights.visible_authors = None if author_ids is None else frozenset(author_ids)
        self._repaint()

    # -- suggestions ---------------------------------------------------------------------------

    def set_suggestions(self, suggestions: list[SuggestedSpan]) -> None:
        """Proposed spans, drawn with a dashed outline; Enter / Backspace act on the current one."""
        self._highlights.suggestions = SpanIndex(suggestions)
        if self._highlights.current_suggestion_id not in self._highlights.suggestions:
            self._highlights.current_suggestion_id = None
        self._repaint()

    def set_current_suggestion(self, suggestion_id: str | None) -> None:
        """Make a suggestion current (brought on screen); Enter accepts it, Backspace rejects it."""
        suggestion = self._highlights.suggestions.get(suggestion_id) if suggestion_id else None
        self._highlights.current_suggestion_id = suggestion.id if suggestion is not None else None
        if suggestion is not None:
            self._reveal(suggestion.start, suggestion.end)
        self._repaint()

    @property
    def current_suggestion(self) -> str | None:
        return self._highlights.current_suggestion_id

    # -- selection -----------------------------------------------------------------------------

    def selected_range(self) -> tuple[int, int] | None:
        """The selection in code points without leading/trailing white space (None if nothing is left)."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._u16.to_codepoint(cursor.selectionStart())
        end = min(self._u16.to_codepoint(cursor.selectionEnd()), len(self._text))
        chunk = self._text[start:end]
        stripped = chunk.strip()
        if not stripped:
            return None
        start += len(chunk) - len(chunk.lstrip())
        return (start, start + len(stripped))

    def selection_exact(self) -> tuple[int, int] | None:
        """The selection in code points exactly as selected (None if nothing is)."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        return (self._u16.to_codepoint(cursor.selectionStart()),
                min(self._u16.to_codepoint(cursor.selectionEnd()), len(self._text)))

    def caret_position(self, start: bool = True) -> int:
        """Where the caret is, in code points (with a selection: its start, or its end)."""
        cursor = self._view.textCursor()
        u16 = cursor.selectionStart() if start else cursor.selectionEnd()
        return min(self._u16.to_codepoint(u16), len(self._text))

    def reveal_range(self, start: int, end: int) -> None:
        """Bring [start, end) on screen (centred if it was not) and select it: E/F/C tag it."""
        self._reveal(start, end)
        self.select_range(start, end)

    def open_find(self) -> None:
        """Ctrl+F: the find bar, with the keyboard in it."""
        self.find_controller.open()

    def highlighter(self) -> HighlightPainter:
        """What the pane paints (the find bar keeps its matches there)."""
        return self._highlights

    def select_range(self, start: int, end: int) -> None:
        """Select [start, end) (code points) and bring it on screen."""
        start = max(0, min(start, len(self._text)))
        end = max(start, min(end, len(self._text)))
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._u16.to_utf16(start))
        cursor.setPosition(self._u16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)
        self._view.ensureCursorVisible()

    # -- geometry (what is painted where; also used by tests) ----------------------------------

    def visible_range(self) -> tuple[int, int]:
        """Code-point range [start, end) of the blocks on screen."""
        return self._highlights.visible_range(self._highlights.visible_blocks(self._view))

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles (one per visual line) that cover [start, end) on screen."""
        blocks = self._highlights.visible_blocks(self._view)
        return self._highlights.range_boxes(blocks, start, end)[0]

    def span_rects(self, span_id: str) -> list[QRectF]:
        """The rectangles painted for an annotation or suggestion now ([] if hidden or off screen)."""
        for item in self._view.current_items():
            if item.span.id == span_id:
                return item.rects
        return []

    def painted_span_ids(self) -> set[str]:
        """Ids of the annotations and suggestions a paint would draw now."""
        return {item.span.id for item in self._view.current_items()}

    # -- internals -----------------------------------------------------------------------------

    def _repaint(self) -> None:
        self._view.viewport().update()

    def _repaint_around(self, spans: list[Span | None]) -> None:
        """Repaint the lines where these annotations are (or were) drawn and those of the annotations overlapping
        them, not the whole viewport (``HighlightPainter.band``); nothing if none of it is on screen."""
        band = self._highlights.band(self._view, [(s.start, s.end) for s in spans if s is not None])
        if band is not None:
            self._view.viewport().update(band.toAlignedRect())

    def _reveal(self, start: int, end: int) -> None:
        """Put the caret at ``start``; centre it unless the range is already fully on screen."""
        view = self._view
        first, last = self.visible_range()
        rects = self.range_rects(start, end) if first <= start and end <= last else []
        height = view.viewport().height()
        on_screen = bool(rects) and rects[0].top() >= 0 and rects[-1].bottom() <= height
        cursor = QTextCursor(view.document())
        cursor.setPosition(self._u16.to_utf16(start))
        view.setTextCursor(cursor)
        if not on_screen:
            view.centerCursor()

    def _tag_selection(self, kind: str) -> None:
        selected = self.selected_range()
        if selected is not None:
            self.tagRequested.emit(kind, *selected)

    def _activate_suggestion(self, accepted: bool) -> None:
        current = self._highlights.current_suggestion_id
        if current is not None and current in self._highlights.suggestions:
            self.suggestionActivated.emit(current, accepted)

    def _on_click(self, point: QPointF) -> None:
        hits = self._view.items_at(point)
        annotations = [h for h in hits if h.role == ANNOTATION]
        if annotations:
            self.annotationClicked.emit(annotations[0].span.id)
            return
        suggestions = [h for h in hits if h.role == SUGGESTION]
        if suggestions:
            self._highlights.current_suggestion_id = suggestions[0].span.id
            self._repaint()
            self.suggestionClicked.emit(suggestions[0].span.id)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)  # a click on the header activates the pane
        super().mousePressEvent(event)

    def _set_title(self, title: str) -> None:
        self._title = title
        self._title_label.set_full_text(title)
        view = self.text_view()  # what a screen reader announces
        view.setAccessibleName(self.tr("Article: {title}").format(title=title) if title else self.tr("Article"))
        view.setAccessibleDescription(self.tr("Select a passage, then E, F or C tags it as an entity, a figure "
                                              "or a claim"))
