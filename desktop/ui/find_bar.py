"""Find in the article (Ctrl+F): the bar above the text, and what it does to the pane.

- Typing finds every match at once (case and accents ignored unless asked: "societa" finds
  "Società"), highlights them all under the annotation highlights, and makes the first match after
  the caret current ("1 of 17"): it is the text's selection, so E, F or C tag it.
- Enter / Shift+Enter go to the next / previous match and put the keyboard in the text, where Enter /
  Shift+Enter go on stepping and E / F / C tag the current match. Tab goes to the text as well.
- Escape (in the bar or the text) closes the bar and gives the focus back to the text.
- Options: match case, whole words, regular expression (on the text as stored).

The matches live in a ``MatchList`` in the pane's ``HighlightPainter``: only those on screen are
painted, so a 3 MB article with 20,000 matches scrolls as fast as without. The folded text is
made once per document (``TextFinder``).
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QStyle, QToolButton, QWidget

from desktop.domain.match_list import MatchList
from desktop.ui import formats

if TYPE_CHECKING:  # the finding itself (text_find) is imported at the first search, not at start-up
    from desktop.domain.text_find import FindOptions, TextFinder
    from desktop.ui.article_pane import ArticlePane

PREFILL_LIMIT = 80  # a selection this short (one line) becomes the query when the bar opens


class FindField(QLineEdit):
    """The query field: Enter / Shift+Enter step, Escape closes, Tab goes to the text."""

    stepped = Signal(int)
    escaped = Signal()
    toText = Signal()

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in self._KEYS:
            event.accept()  # ours, whatever the window binds to these keys
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Tab \
                and not event.modifiers():
            self.toText.emit()  # before Qt moves the focus along the chain
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.stepped.emit(-1 if shift else 1)
            event.accept()
            return
        if key == Qt.Key.Key_Escape:
            self.escaped.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _tool(text: str, tip: str, name: str, checkable: bool = False) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip)
    button.setObjectName(name)
    button.setCheckable(checkable)
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays in the field
    return button


class FindBar(QWidget):
    """The widgets only: a field, the count, next / previous, the options and a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.field = FindField()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText(self.tr("Find in this article"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(120)
        self.field.setToolTip(self.tr("Enter / Shift+Enter: next / previous match, then E, F or C tags it · Esc closes"))
        self.count = QLabel()
        self.count.setObjectName("findCount")
        self.count.setMinimumWidth(64)
        self.previous = _tool("↑", self.tr("Previous match (Shift+Enter)"), "findPrevious")
        self.next = _tool("↓", self.tr("Next match (Enter)"), "findNext")
        self.case = _tool("Aa", self.tr("Match case"), "findCase", checkable=True)  # i18n: ok (a symbol)
        self.whole_word = _tool("W", self.tr("Whole words only"), "findWholeWord", checkable=True)
        self.regex = _tool(".*", self.tr("Regular expression"), "findRegex", checkable=True)
        self.close_button = _tool("", self.tr("Close (Esc)"), "findClose")
        self.close_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarCloseButton))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 4, 2)
        layout.setSpacing(2)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count)
        for button in (self.previous, self.next, self.case, self.whole_word, self.regex, self.close_button):
            layout.addWidget(button)

    def options(self) -> FindOptions:
        from desktop.domain.text_find import FindOptions

        return FindOptions(case=self.case.isChecked(), whole_word=self.whole_word.isChecked(),
                           regex=self.regex.isChecked())

    def set_count(self, text: str, error: bool = False) -> None:
        self.count.setText(text)
        self.count.setProperty("error", error)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)


class ArticleFind(QObject):
    """The find bar's behaviour in one pane: finds, highlights, steps, selects the current match."""

    def __init__(self, pane: ArticlePane, bar: FindBar) -> None:
        super().__init__(pane)
        # weakly: the pane holds this object, and a cycle would keep a closed pane's text and
        # annotations alive until the cycle collector came round
        self._pane = weakref.ref(pane)
        self.bar = bar
        self._finder: TextFinder | None = None
        self._origin = 0  # where the search started: typing finds the first match from here
        bar.hide()
        view = pane.text_view()
        bar.field.textChanged.connect(lambda _text: self.refresh())
        for option in (bar.case, bar.whole_word, bar.regex):
            option.toggled.connect(lambda _on: self.refresh())
        bar.field.stepped.connect(self.step)
        bar.field.escaped.connect(self.close)
        bar.field.toText.connect(self.focus_text)
        bar.next.clicked.connect(lambda: self.step(1, focus_text=False))
        bar.previous.clicked.connect(lambda: self.step(-1, focus_text=False))
        bar.close_button.clicked.connect(self.close)
        view.findStepped.connect(lambda direction: self.step(direction))
        view.findClosed.connect(self.close)

    @property
    def pane(self) -> ArticlePane:
        pane = self._pane()
        if pane is None:
            raise RuntimeError("the pane of this find bar is gone")
        return pane

    @property
    def is_open(self) -> bool:
        return not self.bar.isHidden()

    @property
    def matches(self) -> MatchList:
        return self.pane.highlighter().finds

    @property
    def current(self) -> int | None:
        return self.pane.highlighter().current_find

    # -- opening and closing ----------------------------------------------------------------------
    def open(self) -> None:
        """Show the bar with the keyboard in it (the selection, if short, becomes the query)."""
        view = self.pane.text_view()
        selected = view.textCursor().selectedText()
        self._origin = self.pane.caret_position(start=True)
        self.bar.show()
        view.find_active = True
        prefill = bool(selected.strip()) and len(selected) <= PREFILL_LIMIT and "\u2029" not in selected \
            and not self.bar.regex.isChecked()
        if prefill and selected != self.bar.field.text():
            self.bar.field.setText(selected)  # finds it (textChanged)
        else:
            self.refresh()
        self.bar.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.bar.field.selectAll()

    def close(self) -> None:
        """Hide the bar and its highlights; the keyboard goes back to the text (the match stays selected)."""
        self.bar.hide()
        self.pane.text_view().find_active = False
        painter = self.pane.highlighter()
        painter.finds = MatchList()
        painter.current_find = None
        self.pane.text_view().viewport().update()
        self.focus_text()

    def focus_text(self) -> None:
        self.pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    def document_changed(self) -> None:
        self._finder = None
        self._origin = 0
        if self.is_open:
            self.refresh()

    # -- finding ----------------------------------------------------------------------------------
    def finder(self) -> TextFinder:
        if self._finder is None or self._finder.text is not self.pane.text:
            from desktop.domain.text_find import TextFinder

            self._finder = TextFinder(self.pane.text)
        return self._finder

    def refresh(self) -> None:
        """Find the query again (it or an option changed); the first match from where the search
        started becomes current."""
        painter = self.pane.highlighter()
        query = self.bar.field.text()
        spans: list[tuple[int, int]] = []
        error = ""
        if query and self.pane.document_id is not None:
            from desktop.domain.text_find import FindError

            try:
                spans = self.finder().find(query, self.bar.options())
            except FindError as exc:
                error = str(exc)
        painter.finds = MatchList(spans)
        painter.current_find = None
        if error:
            self.bar.set_count(self.tr("Invalid pattern"), error=True)
            self.bar.count.setToolTip(error)
        elif not query:
            self.bar.set_count("")
        elif not spans:
            self.bar.set_count(self.tr("No matches"), error=True)
        else:
            self._go(painter.finds.first_from(self._origin))
            return
        self.pane.text_view().viewport().update()

    def step(self, direction: int, focus_text: bool = True) -> None:
        """Go to the next (1) or previous (-1) match, wrapping around; the keyboard goes to the text."""
        matches = self.matches
        if not len(matches):
            if focus_text and self.bar.field.text():
                self.focus_text()
            return
        selected = self.pane.selection_exact()
        index = matches.index_of(*selected) if selected is not None else None
        if index is not None:
            index = (index + direction) % len(matches)
        elif direction > 0:
            index = matches.first_from(self.pane.caret_position(start=False))
        else:
            index = matches.last_before(self.pane.caret_position(start=True))
        self._go(index)
        if focus_text:
            self.focus_text()

    def _go(self, index: int | None) -> None:
        painter = self.pane.highlighter()
        painter.current_find = index
        if index is None:
            return
        start, end = painter.finds[index]
        self._origin = start
        self.pane.reveal_range(start, end)
        self.bar.set_count(self.tr("{current} of {total}").format(current=formats.number(index + 1),
                                                                 total=formats.number(len(painter.finds))))
        self.pane.text_view().viewport().update()
