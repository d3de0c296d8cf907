"""The annotation that is current in every view at once: tagging makes one, clicking a highlight or a
row selects one, Delete and undo take it away. Selecting outlines it in its pane, selects its row,
loads it in the panel and tells the features (``MainWindow.annotationSelected``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.kinds import Kind
from desktop.i18n import Context
from desktop.services.annotations import delete_question
from desktop.services.changes import Changes
from desktop.services.queries import get_annotation
from desktop.ui.article_pane import ArticlePane

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


Selection = Context("Selection")
KEY_FIELD = {Kind.ENTITY: "entity", Kind.FIGURE: "measure", Kind.CLAIM: "proposition"}  # focused after tagging


class AnnotationSelection:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self.current: str | None = None
        self._failures = 0  # refusals reported so far (undo/redo say "Undone" only if none came)
        window.ops.failed.connect(self._count_failure)

    def _count_failure(self, _message: str) -> None:
        self._failures += 1

    # --- tagging ------------------------------------------------------------------------------
    def tag_selection(self, kind: str) -> str | None:
        """Toolbar/menu tagging: tag the active pane's selection."""
        window = self._window
        pane = window.pane_area.active_pane()
        selected = pane.selected_range() if pane is not None and pane.document_id is not None else None
        if pane is None or selected is None:
            window.show_status(Selection.tr("Select some text in an article first, then tag it (E, F or C)."))
            return None
        return self.tag_range(pane, kind, *selected)

    def tag_range(self, pane: ArticlePane, kind: str, start: int, end: int) -> str | None:
        """Tag [start, end) of the pane's document, select it and put the cursor in its key field."""
        window = self._window
        if pane.document_id is None:
            return None
        window.pane_area.set_active(pane)
        window.panel.commit_pending()
        annotation_id = window.ops.tag(pane.document_id, kind, start, end)
        if annotation_id is None:
            return None
        view = pane.text_view()
        cursor = view.textCursor()
        cursor.clearSelection()  # let the new highlight show instead of the selection colour
        view.setTextCursor(cursor)
        self.select(annotation_id, origin=pane)
        window.panel_dock.show()
        window.panel.focus_field(KEY_FIELD[Kind(kind)])  # the panel scrolls the field into view
        return annotation_id

    def focus_panel(self) -> None:
        """F2: the cursor in the selected annotation's key field."""
        window = self._window
        view = window.ops.reads.get(self.current) if self.current else None
        if view is None:
            window.show_status(Selection.tr("Select an annotation first."))
            return
        window.panel_dock.show()
        window.panel.focus_field(KEY_FIELD[Kind(view.kind)])

    # --- selecting ----------------------------------------------------------------------------
    def select(self, annotation_id: str | None, origin: object = None) -> None:
        """Make an annotation current everywhere: its pane's outline, the list row, the panel."""
        window = self._window
        self.current = annotation_id
        target: ArticlePane | None = origin if isinstance(origin, ArticlePane) else None
        if annotation_id is not None and target is None:
            document_id = self._document_of(annotation_id)
            target = window.pane_area.pane_showing(document_id) if document_id is not None else None
        for pane in window.pane_area.panes():
            if pane is target:
                pane.select_annotation(annotation_id, scroll=origin is not pane)
            elif pane.selected_annotation is not None:
                pane.select_annotation(None, scroll=False)
        if target is not None and target is not window.pane_area.active_pane():
            window.pane_area.set_active(target)
        if origin != "list":  # after the row a tag adds, if that still waits for the loop's next turn
            window.lists.soon(lambda: window.annotation_list.select_annotation(annotation_id))
        window.panel.load(annotation_id)
        window.annotationSelected.emit(annotation_id)

    def _document_of(self, annotation_id: str) -> int | None:
        model = self._window.annotation_list.model
        row = model.row_of(annotation_id)
        if row >= 0:
            return model.view(row).document_id
        view = self._window.ops.reads.get(annotation_id)
        return view.document_id if view else None

    def after_changes(self, changes: Changes) -> None:
        """Once the views have applied ``changes``: if the current annotation is gone, nothing is current."""
        if self.current is not None and self.current in changes.annotations \
                and self._window.ops.reads.get(self.current) is None:
            self.select(None)

    # --- taking it away -----------------------------------------------------------------------
    def delete_current(self) -> None:
        window = self._window
        annotation_id = self.current
        if annotation_id is None:
            window.show_status(Selection.tr("Select an annotation to delete (click its highlight or its row)."))
            return
        window.panel.commit_pending()
        question = delete_question(window.ops.project, annotation_id, window.ops.author_id)
        if question is not None and not window.confirm(Selection.tr("Delete a colleague's reviewed annotation"),
                                                       question):
            window.show_status(Selection.tr("Not deleted."))
            return
        if window.ops.delete_annotation(annotation_id) and self.current is not None:
            self.select(None)

    def step(self, undo: bool) -> None:
        """Undo or redo one step, then show the annotation it touched (or nothing if it is gone)."""
        window = self._window
        window.panel.commit_pending()  # an edit in progress is a step too: undo reverts it
        stack = window.ops.undo_stack
        if not (stack.canUndo() if undo else stack.canRedo()):
            window.show_status(Selection.tr("Nothing to undo.") if undo else Selection.tr("Nothing to redo."))
            return
        command = stack.command(stack.index() - 1 if undo else stack.index())
        target = getattr(command, "annotation_id", None)
        text = stack.undoText() if undo else stack.redoText()
        failures = self._failures
        if undo:
            window.ops.undo()
        else:
            window.ops.redo()
        if target is not None:
            if get_annotation(window.project, target) is not None:
                self.select(target)
            elif self.current == target:
                self.select(None)
        if self._failures == failures:  # else the status bar already says what went wrong
            done = (Selection.tr("Undone: {action}") if undo
                    else Selection.tr("Redone: {action}"))
            window.show_status(done.format(action=text))
