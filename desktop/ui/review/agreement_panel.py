"""How far two authors agree: pick A (the reference) and B and the documents; the table shows per
kind exact and overlap precision / recall / F1, label and value agreement, and overall Cohen's kappa
and Krippendorff's unitized alpha (``desktop.services.agreement_report.agreement``), with a bar chart.

With every document ticked the service compares the documents either author annotated (documents
neither touched would only inflate the agreement); ticking fewer compares exactly those.

An undefined coefficient shows "—" and its tooltip says why ("B tagged nothing of this kind"); every
other cell's tooltip says what the number counts.

The report is computed in a worker thread (on a desk of 50,000 annotations it takes over a second; it held the
window for 4 s, computed twice on opening); meanwhile the line under the table says "Computing…".
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
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
from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services.agreement_report import AgreementReport, agreement
from desktop.services.authors import list_authors
from desktop.services.changes import Changes, Outcome
from desktop.services.documents import list_documents
from desktop.services.progress import Cancelled
from desktop.ui import formats
from desktop.ui.annotation_list import colour_icon
from desktop.ui.colours import kind_label
from desktop.ui.operation_support import BackgroundOp, Progress
from desktop.ui.operations import Operations
from desktop.ui.progress_showing import start_settled
from desktop.ui.review.agreement_chart import AgreementChart
from desktop.ui.review.eliding_delegate import ElidingItemDelegate

AgreementDialogCounts = Context("AgreementDialogCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

MEASURES = (QT_TRANSLATE_NOOP("AgreementDialog", "Annotations by A"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Annotations by B"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Exact precision"), QT_TRANSLATE_NOOP("AgreementDialog", "Exact recall"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Exact F1"), QT_TRANSLATE_NOOP("AgreementDialog", "Overlap precision"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Overlap recall"), QT_TRANSLATE_NOOP("AgreementDialog", "Overlap F1"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Label agreement (pairs)"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Value agreement (pairs)"),
            QT_TRANSLATE_NOOP("AgreementDialog", "Krippendorff's αU"))
Agreement = Context("Agreement")
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
        self.setWindowTitle(self.tr("Agreement between two authors"))
        self.resize(1140, 500)
        self._ops = operations
        self._loading = False
        self.report: AgreementReport | None = None
        self._stale = False  # the project changed while the window was hidden
        self._computing: BackgroundOp | None = None  # the report being computed in a worker thread
        self._again = False  # the choices changed meanwhile: compute again when it ends
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
        swap = QPushButton(self.tr("Swap"))
        swap.setToolTip(self.tr("Measure A against B instead"))
        swap.setAutoDefault(False)
        swap.clicked.connect(self.swap)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("A (reference)")))
        top.addWidget(self.author_a)
        top.addWidget(QLabel(self.tr("B (measured)")))
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
        docs_label = QLabel(self.tr("Documents"))
        docs_label.setObjectName("sectionLabel")
        docs_layout.addWidget(docs_label)
        docs_layout.addWidget(self.documents, 1)

        self.table = QTableWidget(len(MEASURES), 0)
        self.table.setObjectName("agreementTable")
        self.table.setVerticalHeaderLabels([self.tr(m) for m in MEASURES])
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
                item.setToolTip(f"{doc.title}\n{doc.outlet} · {doc.language} · "
                                + AgreementDialogCounts.tr("%n annotation(s)", "", doc.annotation_count))
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
        if not self.isVisible():  # computed when shown (showEvent): an import adding an author does not compute
            self._stale = True    # a report nobody looks at
            return
        if self._computing is not None:  # the choices changed while it computed: computed again after
            self._again = True
            self._computing.cancel()
            return
        self._stale = False
        a, b = self.author_a.currentData(), self.author_b.currentData()
        self.report = None
        if a is None or b is None or a == b:
            self._show_message(self.tr("Choose two different authors."))
            return
        documents = self.chosen_documents()
        if documents == []:
            self._show_message(self.tr("Tick at least one document."))
            return
        project = self._ops.project
        keys = {x.id: x.key for x in list_authors(project)}
        key_a, key_b = keys[a], keys[b]

        def step(_report: Progress) -> Outcome[AgreementReport]:
            return Outcome(agreement(project, key_a, key_b, documents))

        op = self._computing = BackgroundOp(self.tr("Agreement"), self)
        op.finished.connect(lambda: self._computed(op))
        self._show_message(escape(self.tr("Computing…")))
        start_settled(op, step)

    def computing(self) -> bool:
        """Whether the report is being computed (in a worker thread; the line under the table says so)."""
        return self._computing is not None

    def _computed(self, op: BackgroundOp) -> None:
        self._computing = None
        if self._again:
            self._again = False
            self.refresh()
            return
        if isinstance(op.error, Cancelled):
            return
        if isinstance(op.error, LookupError | ValueError):
            self._show_message(str(op.error))
            return
        if op.error is not None:
            raise op.error
        assert op.outcome is not None
        self.report = op.outcome.value
        self._show_report(self.report)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._computing is not None:  # no worker left reading a project that may be closed next
            self._again = False
            self._computing.stop()
        super().closeEvent(event)

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
        scope = AgreementDialogCounts.tr("%n document(s), {characters} characters; B = {b} measured against A = {a}", "",
                                   n).format(characters=formats.number(report.result.characters),
                                             b=report.author_b.name, a=report.author_a.name)
        self.overall.setText(
            self.tr("Cohen's κ (characters): <b>{kappa}</b>").format(kappa=format_score(report.kappa))
            + _why(result.why_undefined('kappa'))
            + " &nbsp;·&nbsp; "
            + self.tr("Krippendorff's α<sub>U</sub>: <b>{alpha}</b>").format(alpha=format_score(report.alpha_u))
            + f"{_why(result.why_undefined('alpha_u'))} &nbsp;·&nbsp; "
            f"<span style='color:#6b7280'>{escape(scope)}</span>"
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
    if not reason:
        return ""
    text = Agreement.tr("(not defined: {reason})").format(reason=reason)
    return f" <span style='color:#6b7280'>{escape(text)}</span>"


def cell_tooltip(row: KindAgreement, measure: str | None) -> str:
    """What a cell counts, or why it is "—" ("Not defined: B tagged nothing of this kind.")."""
    if measure is None:
        return Agreement.tr("Spans of this kind each author tagged in the documents compared.")
    why = row.why_undefined(measure)
    if why:
        return Agreement.tr("Not defined: {reason}.").format(reason=why)
    empty = nothing_tagged(row.exact.a, row.exact.b)
    return _counted(row, measure) + (f" ({empty}.)" if empty else "")


def _counted(row: KindAgreement, measure: str) -> str:
    if measure == "alpha_u":
        return Agreement.tr("Krippendorff's unitized alpha: 1 is perfect agreement, 0 what chance gives.")
    if measure == "label":
        return Agreement.tr("{agreeing} of %n overlapping pair(s) agree on the label.", "",
                            row.label.pairs).format(agreeing=row.label.agreeing)
    if measure == "value":
        return Agreement.tr("{agreeing} of %n overlapping pair(s) agree on the value.", "",
                            row.value.pairs).format(agreeing=row.value.agreeing)
    boundaries, ratio = measure.split(".")
    scores = getattr(row, boundaries)
    exact = boundaries == "exact"
    if ratio == "precision":
        text = (Agreement.tr("{matched} of B's %n span(s) match exactly one of A's.", "", scores.b) if exact
                else Agreement.tr("{matched} of B's %n span(s) overlap one of A's.", "", scores.b))
        return text.format(matched=scores.matched)
    if ratio == "recall":
        text = (Agreement.tr("{matched} of A's %n span(s) match exactly one of B's.", "", scores.a) if exact
                else Agreement.tr("{matched} of A's %n span(s) overlap one of B's.", "", scores.a))
        return text.format(matched=scores.matched)
    return Agreement.tr("F1 = 2·{matched} / ({a} + {b}): matched spans over all spans.").format(
        matched=scores.matched, a=scores.a, b=scores.b)
