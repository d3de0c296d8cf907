"""The comparison chart on screen: the dossier's SVG (``desktop.dossier.chart``), drawn by QtSvg.

``measure_chart_svg`` turns a ``MeasureComparison`` into the dossier's ``FigureSection`` and asks
``section_chart`` for the drawing, so the screen and the dossier show the same picture: one row per
source, the value on a shared axis, the values that cannot agree with another in the warning colour.
``ChartWidget`` scales it to fit, keeping its proportions.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.domain.figures import format_decimal
from desktop.dossier.chart import section_chart
from desktop.dossier.citations import Citation
from desktop.dossier.model import FigureEntry, FigureSection, Quote
from desktop.services.comparison import FigureValue, MeasureComparison, compact_figure

MAX_SCALE = 1.25  # never drawn more than this much larger than its natural size


class _Texts:
    """The texts of a measure's values, each made once per chart: a desk's measure has hundreds of values, most
    of them equal to another (the same figure in many articles), each written out four times."""

    def __init__(self) -> None:
        self._decimals: dict[Decimal, str] = {}
        self._figures: dict[tuple[str, str, str | None, str | None], str] = {}

    def decimal(self, value: Decimal | None) -> str | None:
        if value is None:
            return None
        text = self._decimals.get(value)
        if text is None:
            text = self._decimals[value] = format_decimal(value)
        return text

    def figure(self, value: FigureValue) -> str:
        key = (str(value.value), str(value.value_max), value.unit, value.bound)  # as written: 49.0 is not 49
        text = self._figures.get(key)
        if text is None:
            text = self._figures[key] = compact_figure(value.value, value.value_max, value.unit, value.bound)
        return text


def figure_entry(value: FigureValue, labels: dict[str, str],
                 conflicts: dict[int, tuple[str, ...]] | None = None, texts: _Texts | None = None) -> FigureEntry:
    """``conflicts``: the labels of each tuple of conflicting ids met so far (equal figures share one tuple,
    and a desk's measure has hundreds of values each conflicting with hundreds: named once per tuple);
    ``texts``: the numbers' texts made so far."""
    texts = texts if texts is not None else _Texts()
    citation = Citation(document=value.document_label, document_id=value.document_id, paragraph=0,
                        start=value.start, end=value.end, anchor="")
    quote = Quote(annotation_id=value.annotation_id, text=value.quote, citation=citation, status=value.status,
                  kind="figure", author=value.author_name)
    named = conflicts.get(id(value.conflicts_with)) if conflicts is not None else None
    if named is None:
        named = tuple(sorted(n for n in {*map(labels.get, value.conflicts_with)} if n is not None))
        if conflicts is not None:
            conflicts[id(value.conflicts_with)] = named
    return FigureEntry(
        quote=quote, value=texts.decimal(value.value), value_max=texts.decimal(value.value_max), unit=value.unit,
        bound=value.bound, display=texts.figure(value), attributed_to=value.attributed_to,
        reliability=value.reliability, low=texts.decimal(value.low), high=texts.decimal(value.high),
        conflicts_with=named,
    )


def figure_section(measure: MeasureComparison) -> FigureSection:
    labels = {v.annotation_id: v.document_label for v in measure.values}
    conflicts: dict[int, tuple[str, ...]] = {}  # the measure's values (and so their tuples) live meanwhile
    texts = _Texts()
    return FigureSection(measure_key=measure.key, label=measure.label, unit=measure.unit, disagree=measure.disagree,
                         summary=measure.summary,
                         values=tuple(figure_entry(v, labels, conflicts, texts) for v in measure.values), anchor="")


def measure_chart_svg(measure: MeasureComparison, tolerance_text: str = "") -> str | None:
    """The dossier's chart of this measure, or None when no value can be placed on an axis."""
    return section_chart(figure_section(measure), tolerance_text)


class ChartWidget(QWidget):
    """An SVG drawing scaled to the widget, proportions kept, aligned to the top left."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparisonChart")
        self._renderer: QSvgRenderer | None = None
        self.svg = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_svg(self, svg: str | None) -> None:
        self.svg = svg or ""
        self._renderer = QSvgRenderer(QByteArray(self.svg.encode("utf-8")), self) if svg else None
        natural = self.natural_size()
        self.setMinimumSize(QSize(natural.width() // 2, natural.height() // 2) if svg else QSize(0, 0))
        self.setMaximumWidth(int(natural.width() * MAX_SCALE) if svg else 16777215)
        self.setVisible(bool(svg))
        self.updateGeometry()
        self.update()

    def renderer(self) -> QSvgRenderer | None:
        return self._renderer

    def natural_size(self) -> QSize:
        return self._renderer.defaultSize() if self._renderer is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:
        return self.natural_size() if self._renderer is not None else QSize(0, 0)

    def hasHeightForWidth(self) -> bool:
        return self._renderer is not None

    def heightForWidth(self, width: int) -> int:
        natural = self.natural_size()
        if natural.isEmpty():
            return 0
        return round(min(width, natural.width() * MAX_SCALE) * natural.height() / natural.width())

    def drawn_rect(self) -> QRectF:
        """Where the drawing goes: as large as fits, proportions kept."""
        natural = self.natural_size()
        if natural.isEmpty():
            return QRectF()
        scale = min(self.width() / natural.width(), self.height() / natural.height(), MAX_SCALE)
        return QRectF(0, 0, natural.width() * scale, natural.height() * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._renderer is None or not self._renderer.isValid():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._renderer.render(painter, self.drawn_rect())
        painter.end()
