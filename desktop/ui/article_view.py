"""The read-only text view of an article: lazy plain-text layout, highlights painted on screen only.

``ArticleTextView`` is a ``QPlainTextEdit`` (it lays out only the blocks it shows, which keeps a
3 MB text fast) that paints its ``HighlightPainter`` under and over the text, turns the tagging
keys into signals and reports clicks. It knows nothing of code points or the model: the pane
converts offsets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QApplication, QMenu, QPlainTextEdit, QToolTip, QWidget

from desktop.domain.spans import SuggestedSpan
from desktop.domain.words import kind_word
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.colours import kind_description
from desktop.ui.highlight_painter import REACH_ABOVE, REACH_BELOW, HighlightPainter, PaintedSpan

TAG_KEYS = {Qt.Key.Key_E: "entity", Qt.Key.Key_F: "figure", Qt.Key.Key_C: "claim"}
TAG_ACTIONS = (("entity", QT_TRANSLATE_NOOP("ArticleTextView", "Tag as &entity (E)")),
               ("figure", QT_TRANSLATE_NOOP("ArticleTextView", "Tag as &figure (F)")),
               ("claim", QT_TRANSLATE_NOOP("ArticleTextView", "Tag as &claim (C)")))
READING_FAMILIES = ["Source Serif 4", "Source Serif Pro", "Charter", "Georgia", "Noto Serif",  # i18n: ok
                    "DejaVu Serif", "Liberation Serif", "Times New Roman", "serif"]  # i18n: ok
READING_POINT_SIZE = 12.0
ZOOM_STEPS = range(-6, 19)  # points added to the reading size (View › Zoom In / Out; Ctrl+= / Ctrl+-)
DOCUMENT_MARGIN = 14.0
MAX_COLUMN_CHARS = 92  # wider panes get side margins so lines stay readable


def reading_font() -> QFont:
    font = QFont()
    font.setFamilies(READING_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Serif)
    font.setPointSizeF(READING_POINT_SIZE)
    return font


class ArticleTextView(QPlainTextEdit):
    tagKeyPressed = Signal(str)  # kind; emitted for E/F/C (and the context menu) with a selection
    suggestionKeyPressed = Signal(bool)  # Enter = True (accept), Backspace = False (reject)
    clicked = Signal(QPointF)  # a mouse release without drag, viewport coordinates
    focused = Signal()
    findStepped = Signal(int)  # with the find bar open: Enter (1) / Shift+Enter (-1), no current suggestion
    findClosed = Signal()  # with the find bar open: Escape

    def __init__(self, highlights: HighlightPainter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.highlights = highlights
        self.find_active = False  # the pane's find bar is open: Enter / Shift+Enter / Escape are for it
        self._press_pos: QPoint | None = None
        self._last_items: list[PaintedSpan] = []
        self.after_paint: Callable[[], None] | None = None  # called once a paint is done (the pane: what waited)
        self.setReadOnly(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        self.setFont(reading_font())
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self.setCursorWidth(2)

    # -- the text ------------------------------------------------------------------------------

    def set_text_pieces(self, pieces: Sequence[str]) -> None:
        """Show the text made of ``pieces`` (``Utf16Map.narrow_pieces``) as ``setPlainText`` shows it
        joined: the same blocks and positions, one change for the layout, the caret at the start.
        Pieces without characters outside the BMP reach Qt several times faster than one string
        with an emoji in it."""
        self.clear()
        document = self.document()
        undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)
        cursor = QTextCursor(document)
        cursor.beginEditBlock()  # one contentsChange: the layout hears of the text once
        for piece in pieces:
            cursor.insertText(piece)
        cursor.endEditBlock()
        document.setUndoRedoEnabled(undo)
        document.setModified(False)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    # -- zoom ----------------------------------------------------------------------------------

    def set_zoom(self, step: int) -> None:
        """The reading size plus ``step`` points (clamped to ``ZOOM_STEPS``); the column follows the font."""
        step = min(max(step, ZOOM_STEPS.start), ZOOM_STEPS.stop - 1)
        font = self.font()
        font.setPointSizeF(READING_POINT_SIZE + step)
        self.setFont(font)
        self._fit_column(self.width())
        self.viewport().update()

    def zoom(self) -> int:
        return round(self.font().pointSizeF() - READING_POINT_SIZE)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        items = self.highlights.visible_items(self)  # all of them: the lanes, and what a click hits
        finds = self.highlights.visible_finds(self)
        self._last_items = items
        area = QRectF(event.rect()).adjusted(-4.0, -REACH_BELOW, 4.0, REACH_ABOVE)  # a few lines after a tag
        if not area.contains(QRectF(self.viewport().rect())):
            items = [item for item in items if any(rect.intersects(area) for rect in item.rects)]
        if items or finds:
            painter = QPainter(self.viewport())
            self.highlights.paint_finds_below(painter, finds)
            self.highlights.paint_below(painter, items)
            painter.end()
        super().paintEvent(event)
        if items or finds:
            painter = QPainter(self.viewport())
            self.highlights.paint_above(painter, items)
            self.highlights.paint_finds_above(painter, finds)
            painter.end()
        if self.after_paint is not None:
            self.after_paint()

    def painted_items(self) -> list[PaintedSpan]:
        """What the last paint drew (for tests and hit testing)."""
        return self._last_items

    def current_items(self) -> list[PaintedSpan]:
        """What a paint now would draw."""
        return self.highlights.visible_items(self)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_column(self.width())  # also called for viewport resizes: use our own width
        super().resizeEvent(event)

    def _fit_column(self, width: int) -> None:
        column = QFontMetricsF(self.font()).averageCharWidth() * MAX_COLUMN_CHARS + 2 * DOCUMENT_MARGIN
        side = int(max(0.0, (width - column) / 2))
        margins = self.viewportMargins()
        if margins.left() != side:
            self.setViewportMargins(side, 0, side, 0)

    # -- keys ----------------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.ShortcutOverride \
                and self._claims_key(event):
            event.accept()  # the key is ours: a window shortcut on the same key must not take it
            return True
        return super().event(event)

    def _claims_key(self, event: QKeyEvent) -> bool:
        """E/F/C with a selection, Enter/Backspace with a current suggestion, no modifier; with the find
        bar open, Enter, Shift+Enter and Escape."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if self.find_active and mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier) \
                and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            return True
        if mods:
            return False
        if key in TAG_KEYS:
            return self.textCursor().hasSelection()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Backspace):
            return self.highlights.current_suggestion_id is not None
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier:
            kind = TAG_KEYS.get(Qt.Key(key))
            if kind is not None:
                if self.textCursor().hasSelection():
                    self.tagKeyPressed.emit(kind)
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.find_active and self.highlights.current_suggestion_id is None:
                    self.findStepped.emit(1)
                else:
                    self.suggestionKeyPressed.emit(True)
                event.accept()
                return
            if key == Qt.Key.Key_Escape and self.find_active:
                self.findClosed.emit()
                event.accept()
                return
            if key == Qt.Key.Key_Backspace:
                self.suggestionKeyPressed.emit(False)
                event.accept()
                return
        if mods == Qt.KeyboardModifier.ShiftModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and self.find_active:
            self.findStepped.emit(-1)
            event.accept()
            return
        super().keyPressEvent(event)

    # -- mouse ---------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press_pos = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press_pos = self._press_pos, None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        moved = (event.position().toPoint() - press).manhattanLength()
        if moved < QApplication.startDragDistance() and not self.textCursor().hasSelection():
            self.clicked.emit(event.position())

    def items_at(self, point: QPointF) -> list[PaintedSpan]:
        """Annotations and suggestions painted under a viewport point, innermost first."""
        return self.highlights.hits(self.current_items(), point)

    def viewportEvent(self, event: QEvent) -> bool:
        if isinstance(event, QHelpEvent) and event.type() == QEvent.Type.ToolTip:
            hits = self.items_at(QPointF(event.pos()))
            if hits:
                QToolTip.showText(event.globalPos(), self._tooltip(hits), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    @staticmethod
    def _tooltip(hits: list[PaintedSpan]) -> str:
        lines = []
        for item in hits:
            span = item.span
            if isinstance(span, SuggestedSpan):  # role SUGGESTION
                lines.append(QCoreApplication.translate("ArticleTextView", "Suggested {kind}: {label} (Enter accepts, Backspace rejects)")
                             .format(kind=kind_word(span.kind), label=span.label))
            else:
                lines.append(kind_description(span.kind))
        return "\n".join(lines)

    # -- menu and focus ------------------------------------------------------------------------

    def build_context_menu(self) -> QMenu:
        """The right-click menu: tagging actions when text is selected, then Copy / Select All."""
        menu = self.createStandardContextMenu()
        if self.textCursor().hasSelection():
            first = menu.actions()[0] if menu.actions() else None
            for kind, text in TAG_ACTIONS:
                action = menu.addAction(self.tr(text))
                action.setObjectName(f"tag-{kind}")
                action.triggered.connect(lambda _checked=False, k=kind: self.tagKeyPressed.emit(k))
                if first is not None:
                    menu.removeAction(action)
                    menu.insertAction(first, action)
            if first is not None:
                menu.insertSeparator(first)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.build_context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()
