"""How far two authors agree: pick A (the reference) and B and the documents; the table shows per
kind exact and overlap precision / recall / F1, label and value agreement, and overall Cohen's kappa
and Krippendorff's unitized alpha (``desktop.services.agreement_report.agreement``), with a bar chart.

With every document ticked the service compares the documents either author annotated (documents
neither touched would only inflate the agreement); ticking fewer compares exactly those.

An undefined coefficient shows "—" and its tooltip says why ("B tagged nothing of this kind"); every
other cell's tooltip says what the number counts.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreement import KindAgreement, format_coefficient, nothing_tagged
from desktop.services.agreement_report import AgreementReport, agreement
from desktop.services.authors import list_authors
from desktop.services.changes import Changes
from desktop.services.documents import list_documents
from desktop.ui.annotation_list import colour_icon
from desktop.ui.colours import kind_label
from desktop.ui.operations import Operations
from desktop.ui.review.agreement_chart import AgreementChart
from desktop.ui.review.eliding_delegate import ElidingItemDelegate

MEASURES = ("Annotations by A", "Annotations by B", "Exact precision", "Exact recall", "Exact F1",
            "Overlap precision", "Overlap recall", "Overlap F1", "Label agreement (pairs)",
            "Value agreement (pairs)", "Krippendorff's αU")
EXACT_F1, OVERLAP_F1 = MEASURES.index("Exact F1"), MEASURES.index("Overlap F1")
# The measure of each row, as KindAgreement.why_undefined names it (None: a plain count).
MEASURE_KEYS = (None, None, "exact.precision", "exact.recall", "exact.f1", "overlap.precision",
                "overlap.recall", "overlap.f1", "label", "value", "alpha_u")


def format_score(value: float | None) -> str:
    """ "0.85", "—" when undefined, "0.00" (never "-0.00") for a value a hair below zero."""
    return format_coefficient(value, 2)


class AgreementDialog(QDialog):
    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle("Agreement between two authors")
        self.resize(1140, 500)
        self._ops = operations
        self._loading = False
        self.report: AgreementReport | None = None
        self._stale = False  # the project changed while the window was hidden
        self._build()
        operations.changed.connect(self._on_changed)
        self.reload_choices()

    def _build(self) -> None:
        self.author_a = QComboBox()
        self.author_a.setObjectName("agreementAuthorA")
        self.author_b = QComboBox()
        self.author_b.setObjectName("agreementAuthorB")
        for combo in (self.author_a, self.author_b):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        swap = QPushButton("Swap")
        swap.setToolTip("Measure A against B instead")
        swap.setAutoDefault(False)
        swap.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(QLabel("A (reference)"))
        top.addWidget(self.author_a)
        top.addWidget(QLabel("B (measured)"))
        top.addWidget(self.author_b)
        top.addWidget(swap)
        top.addStretch(1)

        self.documents = QListWidget()
        self.documents.setObjectName("agreementDocuments")
        self.documents.itemChanged.connect(lambda _item: self.refresh())
        self.documents.setMinimumWidth(210)
        # A title too long for the list is cut with "…" (whole in its tooltip), never scrolled sideways.
        self.documents.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.documents.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.documents.setResizeMode(QListView.ResizeMode.Adjust)
        self.documents.setItemDelegate(ElidingItemDelegate(self.documents))
        docs_box = QWidget()
        docs_layout = QVBoxLayout(docs_box)
        docs_layout.setContentsMargins(0, 0, 0, 0)
        docs_label = QLabel("Documents")
        docs_label.setObjectName("sectionLabel")
        docs_layout.addWidget(docs_label)
        docs_layout.addWidget(self.documents, 1)

        self.table = QTableWidget(len(MEASURES), 0)
        self.table.setObjectName("agreementTable")
        self.table.setVerticalHeaderLabels(list(MEASURES))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.overall = QLabel()
        self.overall.setObjectName("agreementOverall")
        self.overall.setTextFormat(Qt.TextFormat.RichText)
        self.overall.setWordWrap(True)
        self.chart = AgreementChart()
        results = QWidget()
        results_layout = QVBoxLayout(results)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.table, 1)
        results_layout.addWidget(self.overall)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(docs_box)
        split.addWidget(results)
        split.addWidget(self.chart)
        split.setStretchFactor(1, 3)
        split.setStretchFactor(2, 2)
        split.setSizes([300, 500, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)

    # --- choices ---------------------------------------------------------------------------------
    def reload_choices(self) -> None:
        project = self._ops.project
        self._loading = True
        try:
            authors = list_authors(project)
            for combo in (self.author_a, self.author_b):
                current = combo.currentData()
                combo.clear()
                for a in authors:
                    combo.addItem(colour_icon(a.colour), a.name, a.id)
                found = combo.findData(current)
                combo.setCurrentIndex(found if found >= 0 else 0)
            if self.author_a.currentData() == self.author_b.currentData() and self.author_b.count() > 1:
                self.author_b.setCurrentIndex(1 if self.author_a.currentIndex() == 0 else 0)
            unticked = {self.documents.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.documents.count())
                        if self.documents.item(i).checkState() != Qt.CheckState.Checked}
            self.documents.clear()
            for doc in list_documents(project):
                item = QListWidgetItem(doc.title)
                item.setData(Qt.ItemDataRole.UserRole, doc.id)
                item.setToolTip(f"{doc.title}\n{doc.outlet} · {doc.language} · {doc.annotation_count} annotations")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked if doc.id in unticked else Qt.CheckState.Checked)
                self.documents.addItem(item)
        finally:
            self._loading = False
        self.refresh()

    def choose(self, author_a: int | None = None, author_b: int | None = None,
               document_ids: list[int] | None = None) -> None:
        """Set the authors and (None: all) the documents compared."""
        self._loading = True
        try:
            for combo, value in ((self.author_a, author_a), (self.author_b, author_b)):
                if value is not None and combo.findData(value) >= 0:
                    combo.setCurrentIndex(combo.findData(value))
            for i in range(self.documents.count()):
                item = self.documents.item(i)
                wanted = document_ids is None or item.data(Qt.ItemDataRole.UserRole) in document_ids
                item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self.refresh()

    def swap(self) -> None:
        self.choose(self.author_b.currentData(), self.author_a.currentData(), self.chosen_documents())

    def chosen_documents(self) -> list[int] | None:
        """The ticked documents, or None when all are ticked (the service then picks the annotated ones)."""
        items = [self.documents.item(i) for i in range(self.documents.count())]
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        return None if len(ticked) == len(items) else ticked

    # --- results ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        if self._loading:
            return
        self._stale = False
        a, b = self.author_a.currentData(), self.author_b.currentData()
        self.report = None
        if a is None or b is None or a == b:
            self._show_message("Choose two different authors.")
            return
        documents = self.chosen_documents()
        if documents == []:
            self._show_message("Tick at least one document.")
            return
        keys = {x.id: x.key for x in list_authors(self._ops.project)}
        try:
            self.report = agreement(self._ops.project, keys[a], keys[b], documents)
        except (LookupError, ValueError) as exc:
            self._show_message(str(exc))
            return
        self._show_report(self.report)

    def _show_message(self, text: str) -> None:
        self.table.setColumnCount(0)
        self.chart.set_rows([])
        self.overall.setText(f"<span style='color:#6b7280'>{text}</span>")

    def _show_report(self, report: AgreementReport) -> None:
        self.table.setColumnCount(len(report.rows))
        self.table.setHorizontalHeaderLabels([kind_label(row.kind) for row in report.rows])
        names = f"A = {report.author_a.name}, B = {report.author_b.name}"
        for c, row in enumerate(report.rows):
            cells = (str(row.exact.a), str(row.exact.b),
                     format_score(row.exact.precision), format_score(row.exact.recall), format_score(row.exact.f1),
                     format_score(row.overlap.precision), format_score(row.overlap.recall),
                     format_score(row.overlap.f1),
                     _proportion(row.label_agreement, row.label.pairs),
                     _proportion(row.value_agreement, row.value.pairs), format_score(row.alpha_u))
            for r, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(f"{cell_tooltip(row, MEASURE_KEYS[r])}\n({names})")
                if r in (EXACT_F1, OVERLAP_F1):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(r, c, item)
        self.chart.set_rows([(row.kind, row.exact.f1, row.overlap.f1) for row in report.rows])
        n = len(report.document_ids)
        result = report.result
        self.overall.setText(
            f"Cohen's κ (characters): <b>{format_score(report.kappa)}</b>{_why(result.why_undefined('kappa'))}"
            f" &nbsp;·&nbsp; Krippendorff's α<sub>U</sub>: <b>{format_score(report.alpha_u)}</b>"
            f"{_why(result.why_undefined('alpha_u'))} &nbsp;·&nbsp; "
            f"<span style='color:#6b7280'>{n} document{'s' if n != 1 else ''}, "
            f"{report.result.characters:,} characters; B = {report.author_b.name} measured against "
            f"A = {report.author_a.name}</span>"
        )

    def cell_text(self, kind: str, measure: int) -> str:
        """The text shown for a kind and a measure (a row index of ``MEASURES``)."""
        for c in range(self.table.columnCount()):
            header = self.table.horizontalHeaderItem(c)
            if header is not None and header.text() == kind_label(kind):
                item = self.table.item(measure, c)
                return item.text() if item is not None else ""
        raise KeyError(kind)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.authors or changes.documents:
            self.reload_choices()
        elif changes.annotations or changes.entities or changes.measures or changes.propositions:
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True


def _proportion(value: float | None, pairs: int) -> str:
    return "—" if value is None else f"{format_score(value)} ({pairs})"


def _why(reason: str | None) -> str:
    return f" <span style='color:#6b7280'>(not defined: {reason})</span>" if reason else ""


def cell_tooltip(row: KindAgreement, measure: str | None) -> str:
    """What a cell counts, or why it is "—" ("Not defined: B tagged nothing of this kind.")."""
    if measure is None:
        return "Spans of this kind each author tagged in the documents compared."
    why = row.why_undefined(measure)
    if why:
        return f"Not defined: {why}."
    empty = nothing_tagged(row.exact.a, row.exact.b)
    return _counted(row, measure) + (f" ({empty}.)" if empty else "")


def _counted(row: KindAgreement, measure: str) -> str:
    if measure == "alpha_u":
        return "Krippendorff's unitized alpha: 1 is perfect agreement, 0 what chance gives."
    if measure in ("label", "value"):
        proportion = row.label if measure == "label" else row.value
        return f"{proportion.agreeing} of {proportion.pairs} overlapping pairs agree on the {measure}."
    boundaries, ratio = measure.split(".")
    scores = getattr(row, boundaries)
    match = "match exactly" if boundaries == "exact" else "overlap"
    if ratio == "precision":
        return f"{scores.matched} of B's {scores.b} spans {match} one of A's."
    if ratio == "recall":
        return f"{scores.matched} of A's {scores.a} spans {match} one of B's."
    return f"F1 = 2·{scores.matched} / ({scores.a} + {scores.b}): matched spans over all spans."
