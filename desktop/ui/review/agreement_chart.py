"""A small bar chart: span F1 per kind, exact matches beside overlapping ones (QPainter, no QtCharts)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.ui.colours import kind_label

SERIES = (("exact", "#1d4ed8", QT_TRANSLATE_NOOP("AgreementChart", "exact F1")),
          ("overlap", "#93c5fd", QT_TRANSLATE_NOOP("AgreementChart", "overlap F1")))
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


class AgreementChart(QWidget):
    """Bars for (kind, exact F1, overlap F1) rows; a kind with no spans shows "n/a"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementChart")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._rows: list[tuple[str, float | None, float | None]] = []
        self.bars: list[tuple[str, str, QRectF]] = []  # (kind, series, rectangle) as last painted

    def set_rows(self, rows: list[tuple[str, float | None, float | None]]) -> None:
        self._rows = list(rows)
        self.update()

    def rows(self) -> list[tuple[str, float | None, float | None]]:
        return list(self._rows)

    def sizeHint(self) -> QSize:
        return QSize(300, 220)

    def minimumSizeHint(self) -> QSize:
        return QSize(220, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = painter.fontMetrics()
        line = metrics.height()
        left, right, top, bottom = metrics.horizontalAdvance("0.75") + 10, 8, 2 * line + 12, line + 8
        plot = QRectF(left, top, max(self.width() - left - right, 10), max(self.height() - top - bottom, 10))

        x = plot.left()
        for _series, colour, label in SERIES:  # legend on top
            painter.fillRect(QRectF(x, 4, 10, 10), QColor(colour))
            painter.setPen(QColor("#374151"))
            painter.drawText(QRectF(x + 14, 0, 100, line + 4), Qt.AlignmentFlag.AlignVCenter, self.tr(label))
            x += 24 + metrics.horizontalAdvance(label)

        for tick in TICKS:  # grid and axis labels
            y = plot.bottom() - tick * plot.height()
            painter.setPen(QPen(QColor("#e5e7eb"), 1))
            painter.drawLine(int(plot.left()), int(y), int(plot.right()), int(y))
            painter.setPen(QColor("#6b7280"))
            painter.drawText(QRectF(0, y - line / 2, left - 4, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"{tick:g}")

        self.bars = []
        if self._rows:
            group = plot.width() / len(self._rows)
            bar = min(group * 0.32, 38)
            for i, (kind, *values) in enumerate(self._rows):
                centre = plot.left() + group * (i + 0.5)
                for j, ((series, colour, _label), value) in enumerate(zip(SERIES, values, strict=True)):
                    x0 = centre - bar - 2 + j * (bar + 4)
                    if value is None:
                        painter.setPen(QColor("#9ca3af"))
                        painter.drawText(QRectF(x0, plot.bottom() - line - 2, bar, line),
                                         Qt.AlignmentFlag.AlignCenter, self.tr("n/a"))
                        continue
                    rect = QRectF(x0, plot.bottom() - value * plot.height(), bar, value * plot.height())
                    painter.fillRect(rect, QColor(colour))
                    self.bars.append((kind, series, rect))
                    painter.setPen(QColor("#111827"))
                    painter.drawText(QRectF(x0 - 6, rect.top() - line, bar + 12, line),
                                     Qt.AlignmentFlag.AlignCenter, f"{value:.2f}")
                painter.setPen(QColor("#374151"))
                painter.drawText(QRectF(centre - group / 2, plot.bottom() + 2, group, line + 4),
                                 Qt.AlignmentFlag.AlignCenter, kind_label(kind))
        painter.setPen(QPen(QColor("#9ca3af"), 1))
        painter.drawLine(int(plot.left()), int(plot.bottom()), int(plot.right()), int(plot.bottom()))
        painter.end()
