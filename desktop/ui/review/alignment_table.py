"""The table of the adjudication window: rows keep their match colour when selected (the current row
is framed instead), the keys 1 / 2 / 3 / E ask for a decision on the current row, and the columns share
the width so that the quotes are cut before the readings and the readings before what differs."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPen, QResizeEvent
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView, QWidget

from desktop.ui.review.alignment_model import A_QUOTE, A_WHAT, B_QUOTE, B_WHAT, DIFFERS
from desktop.ui.review.column_fit import content_width, fit_columns

SELECTION_HEX = "#2563eb"
CHOICE_KEYS = {Qt.Key.Key_1: "a", Qt.Key.Key_2: "b", Qt.Key.Key_3: "both", Qt.Key.Key_E: "edited"}
# The narrowest each column gets; the quotes give way first, then the readings (their tooltips are whole).
FLOORS = {A_QUOTE: 110, B_QUOTE: 110, A_WHAT: 150, B_WHAT: 150, DIFFERS: 200}
SQUEEZE = ([A_QUOTE, B_QUOTE], [A_WHAT, B_WHAT])
CAPS = {DIFFERS: 560}


class MatchRowDelegate(QStyledItemDelegate):
    """Keeps the row's match colour under the selection (a shade darker) and frames the current row."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if not selected:
            super().paint(painter, option, index)
            return
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        plain.state &= ~QStyle.StateFlag.State_HasFocus
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            painter.fillRect(option.rect, background.darker(112))
            plain.backgroundBrush = QBrush(background.darker(112))
        super().paint(painter, plain, index)
        painter.save()
        painter.setPen(QPen(QColor(SELECTION_HEX), 2))
        rect = option.rect.adjusted(0, 1, 0, -1)
        painter.drawLine(rect.topLeft(), rect.topRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if index.column() == 0:
            painter.drawLine(rect.topLeft(), rect.bottomLeft())
        if index.column() == index.model().columnCount() - 1:
            painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.restore()


class AlignmentTable(QTableView):
    """The aligned rows; 1 / 2 / 3 / E ask for a decision on the current row."""

    choiceRequested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        choice = CHOICE_KEYS.get(Qt.Key(event.key())) if mods == Qt.KeyboardModifier.NoModifier else None
        if choice is not None:
            event.accept()
            self.choiceRequested.emit(choice)
            return
        super().keyPressEvent(event)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contents: list[int] | None = None  # the columns' content widths, measured once until the rows change

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        self._forget_contents()
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.rowsMoved,
                           model.dataChanged, model.layoutChanged, model.headerDataChanged):
                signal.connect(self._forget_contents)

    def _forget_contents(self, *_args: object) -> None:
        self._contents = None

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):  # View › Zoom: other widths
            self._forget_contents()

    def fit_columns(self) -> list[int]:
        """Share the width: what differs whole if it can be, then the readings, then the quotes. The content
        widths are measured once until the rows change (each measure asks every cell of every column; opening
        the view fitted them five times): a resize shares the same widths out again."""
        if self._contents is None:
            model = self.model()
            self._contents = [content_width(self, c) for c in range(model.columnCount() if model is not None else 0)]
        return fit_columns(self, FLOORS, SQUEEZE, stretch=[A_QUOTE, B_QUOTE], caps=CAPS, contents=self._contents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
