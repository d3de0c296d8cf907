"""Adds reviewing to an existing main window, through its public attributes only.

``install(window)`` adds the Review dock (below the annotation panel, which keeps the height its fields
need: ``panel_room``), the Review menu (before Help), the A / R / D / N keys, the "Show: … authors"
filter on the toolbar, and opens the adjudication and agreement windows on demand. Call it once, from
the composition root, after the window is built.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from desktop.services.authors import annotation_counts, list_authors
from desktop.services.changes import Changes
from desktop.services.queries import get_annotation
from desktop.ui.annotation_list import describe_annotation
from desktop.ui.review.author_filter import AuthorFilter
from desktop.ui.review.panel_room import PanelRoom
from desktop.ui.review.review_menu import ReviewActions, bind_letter_keys, build_menu, make_action
from desktop.ui.review.review_operations import ReviewOperations
from desktop.ui.review.review_panel import ReviewPanel
from desktop.ui.window_layout import place_dock

if TYPE_CHECKING:  # the two windows are imported when first opened, not at start-up
    from desktop.ui.main_window import MainWindow
    from desktop.ui.review.adjudication_view import AdjudicationDialog
    from desktop.ui.review.agreement_panel import AgreementDialog

FEATURE_NAME = "reviewFeature"


class ReviewFeature(QObject):
    """What ``install`` added, and the review actions as methods (the menu and keys call these)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(FEATURE_NAME)
        self.window = window
        self.ops = window.ops
        self.review_ops = ReviewOperations(window.ops, self)
        self.adjudication: AdjudicationDialog | None = None
        self.agreement: AgreementDialog | None = None

        self.panel = ReviewPanel(window.ops, self.review_ops)
        self.panel.returnToPane.connect(self._focus_active_pane)
        self.dock = QDockWidget(self.tr("Review"), window)
        self.dock.setObjectName("reviewDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                              | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self._place_dock()
        self.panel_room = PanelRoom(window, self.dock)
        window.view_menu.addAction(self.dock.toggleViewAction())

        self.author_filter = AuthorFilter(window.pane_area, window)
        self.author_filter.load(window.ops.project)
        window.toolbar.addSeparator()
        window.toolbar.addWidget(self.author_filter.button)

        a = make_action
        self.actions = ReviewActions(
            accept=a(window, self.tr("&Accept"), self.accept, "A", self.tr("Accept the selected annotation")),
            reject=a(window, self.tr("&Reject"), self.reject, "R", self.tr("Reject the selected annotation")),
            dispute=a(window, self.tr("Mark &Disputed"), self.dispute, "D", self.tr("Mark the selected annotation as disputed")),
            next_pending=a(window, self.tr("&Next Pending"), self.next_pending, "N",
                           self.tr("Go to the next colleague's annotation waiting for review")),
            comment=a(window, self.tr("&Comment…"), self.comment, "Ctrl+Shift+K",
                      self.tr("Write a comment on the selected annotation")),
            adjudicate=a(window, self.tr("Ad&judicate…"), lambda: self.open_adjudication(), "Ctrl+Shift+J",
                         self.tr("Settle two authors' versions of one document")),
            agreement=a(window, self.tr("A&greement…"), lambda: self.open_agreement(), None,
                        self.tr("How far two authors agree (F1, kappa, alpha)")),
        )
        bind_letter_keys(self.actions, [window.pane_area, window.annotation_list.table])
        self.menu = build_menu(window, self.actions, self.author_filter.menu)

        window.panel.annotationLoaded.connect(self.panel.load_soon)  # after the tag's highlight is painted
        self.ops.changed.connect(self._on_changed)
        self.ops.projectReplaced.connect(self._on_project_replaced)
        self.panel.load(window.current_annotation())

    def _place_dock(self) -> None:
        """Below the annotation panel (``desktop.ui.window_layout``); the window's saved layout, restored
        after the features are installed, puts it back where the analyst left it."""
        place_dock(self.window, self.dock)

    # --- verdicts --------------------------------------------------------------------------------
    def accept(self) -> str | None:
        return self._verdict("accepted")

    def reject(self) -> str | None:
        return self._verdict("rejected")

    def dispute(self) -> str | None:
        return self._verdict("disputed")

    def _verdict(self, verdict: str) -> str | None:
        current = self.window.current_annotation()
        if current is None:
            self.window.show_status(self.tr("Select an annotation to review first (N goes to the next pending one)."))
            return None
        if self.panel.annotation_id != current:
            self.panel.load(current)
        return self.panel.give_verdict(verdict)

    def comment(self) -> None:
        current = self.window.current_annotation()
        if current is None:
            self.window.show_status(self.tr("Select an annotation to comment on."))
            return
        if self.panel.annotation_id != current:  # selected a moment ago: the dock's load is still to come
            self.panel.load(current)
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_comment()

    # --- navigation ------------------------------------------------------------------------------
    def next_pending(self) -> str | None:
        """Select the next proposed annotation, opening its document: a colleague's (among the authors
        shown), else your own (self-review: ``services.solo``)."""
        from desktop.services import solo

        project = self.ops.project
        visible = self.author_filter.visible_authors()
        step = solo.next_to_review(project, self.ops.author_id, self.window.current_annotation(),
                                   None if visible is None else frozenset(visible))
        if step is None:
            self.window.show_status(self.tr("Nothing left to review: every annotation shown has a verdict."))
            return None
        self.go_to(step.annotation_id)
        view = get_annotation(project, step.annotation_id)
        if view is not None:
            self.window.show_status(step.status_text(describe_annotation(view), view.author_name))
        return step.annotation_id

    def go_to(self, annotation_id: str) -> None:
        """Select an annotation everywhere, opening its document in the active pane if no pane shows it."""
        view = get_annotation(self.ops.project, annotation_id)
        if view is None:
            return
        window = self.window
        pane = window.pane_area.pane_showing(view.document_id)
        if pane is None:
            pane = window.open_document(view.document_id)
        window.select_annotation(annotation_id)
        pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_active_pane(self) -> None:
        pane = self.window.pane_area.active_pane()
        if pane is not None:
            pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- windows ---------------------------------------------------------------------------------
    def open_adjudication(self, document_id: int | None = None, author_a: int | None = None,
                          author_b: int | None = None) -> AdjudicationDialog:
        """Show the adjudication window on a document (default: the active pane's) and two authors
        (default: the two who annotated it most)."""
        if self.adjudication is None:
            from desktop.ui.review.adjudication_view import AdjudicationDialog

            self.adjudication = AdjudicationDialog(self.ops, self.review_ops, self.window.undo, self.window.redo,
                                                   self.window)
        dialog = self.adjudication
        dialog.reload_choices()
        if document_id is None:
            pane = self.window.pane_area.active_pane()
            document_id = pane.document_id if pane is not None else None
        if document_id is not None and (author_a is None or author_b is None):
            ranked = self._ranked_authors(document_id)
            author_a = author_a if author_a is not None else next((x for x in ranked if x != author_b), None)
            author_b = author_b if author_b is not None else next((x for x in ranked if x != author_a), None)
        dialog.choose(document_id, author_a, author_b)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.table.setFocus()
        return dialog

    def open_agreement(self, author_a: int | None = None, author_b: int | None = None,
                       document_ids: list[int] | None = None) -> AgreementDialog:
        if self.agreement is None:
            from desktop.ui.review.agreement_panel import AgreementDialog

            self.agreement = AgreementDialog(self.ops, self.window)
        dialog = self.agreement
        dialog.reload_choices()
        if author_a is None or author_b is None:
            ranked = self._ranked_authors(None)
            author_a = author_a if author_a is not None else next((x for x in ranked if x != author_b), None)
            author_b = author_b if author_b is not None else next((x for x in ranked if x != author_a), None)
        dialog.choose(author_a, author_b, document_ids)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def _ranked_authors(self, document_id: int | None) -> list[int]:
        """Authors by how many annotations they made (on the document), then everyone else."""
        project = self.ops.project
        counts = annotation_counts(project, document_id)
        ranked = [a for a, _n in counts.most_common()]
        return ranked + [a.id for a in list_authors(project) if a.id not in counts]

    # --- keeping up ------------------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        if changes.authors:
            self.author_filter.load(self.ops.project)
        current = self.window.current_annotation()
        if current != self.panel.annotation_id:
            self.panel.load(current)
        else:
            self.panel.apply_changes(changes)

    def _on_project_replaced(self) -> None:
        self.author_filter.load(self.ops.project)
        self.panel.load(None)
        for dialog in (self.adjudication, self.agreement):
            if dialog is not None:
                dialog.reload_choices()


def install(window: MainWindow) -> ReviewFeature:
    """Add reviewing to ``window`` and return what was added; a second call returns the same feature
    (two sets of A / R / N shortcuts would be ambiguous and neither would fire)."""
    existing = window.findChild(QObject, FEATURE_NAME)
    if isinstance(existing, ReviewFeature):
        return existing
    return ReviewFeature(window)
