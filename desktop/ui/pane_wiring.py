"""The article panes, wired to the window: what each pane shows, and its highlights kept in step with
every change set (only the spans that changed are added, restyled or removed).

A long article opens with the spans of its first screen only (read from the index in a moment): the pane
paints them, then reads the rest on the event loop's next turn, and the annotation list fills on the turn
after (it says it is loading meanwhile). A 3 MB article with 10,000 annotations paints as soon as one without.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer

from desktop.domain.spans import Span
from desktop.services.annotations import spans_of_document
from desktop.services.changes import Changes
from desktop.services.documents import document_text
from desktop.ui.annotation_reads import FEW as FEW_VIEWS
from desktop.ui.article_pane import ArticlePane

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class PaneWiring:
    def __init__(self, window: MainWindow) -> None:
        self._window = window
        self._area = window.pane_area
        self._spans: dict[ArticlePane, set[str]] = {}  # annotation ids shown in each pane
        self._titles: dict[ArticlePane, str] = {}
        self._author_colours: dict[int, str] = {}
        # the list's rows of a long article, read with the rest of its spans and shown on the next turn:
        # (pane, document, (start, end, id) sorted, or None when a change set came since); None once shown
        self._list_order: tuple[ArticlePane, int, list[tuple[int, int, str]] | None] | None = None
        self._filling = False  # show_documents: which documents are open is remembered once, at its end
        self._area.paneAdded.connect(self._wire)
        self._area.paneRemoved.connect(self._unwire)
        self._area.activePaneChanged.connect(self.on_active_pane)

    # --- panes coming and going ---------------------------------------------------------------
    def _wire(self, pane: ArticlePane) -> None:
        pane.setObjectName("articlePane")
        self._spans[pane] = set()
        pane.set_author_colours(self._author_colours)
        pane.tagRequested.connect(lambda kind, s, e, p=pane: self._window.tag_range(p, kind, s, e))
        pane.annotationClicked.connect(lambda a_id, p=pane: self._window.select_annotation(a_id, origin=p))

    def _unwire(self, pane: ArticlePane) -> None:
        if pane.reading_spans():
            pane.set_spans([])  # closed before the rest of its spans came: nothing holds it for them
        self._spans.pop(pane, None)
        self._titles.pop(pane, None)
        self._remember()

    def new_pane(self, document_id: int | None = None) -> ArticlePane:
        pane = self._area.add_pane()
        if document_id is not None:
            self.open_document(document_id, pane)
        pane.setFocus()
        self._window.remember_documents()
        return pane

    def close_active_pane(self) -> None:
        pane = self._area.active_pane()
        if pane is not None:
            self._area.close_pane(pane)
            if pane in self._spans:  # the last pane is kept (emptied)
                self.clear(pane)
            self._window.remember_documents()

    def cycle(self, step: int) -> None:
        """Make the next (``step`` 1) or previous (-1) pane active."""
        panes = self._area.panes()
        if not panes:
            return
        active = self._area.active_pane()
        index = (panes.index(active) + step) % len(panes) if active in panes else 0
        panes[index].setFocus()
        self._area.set_active(panes[index])

    def on_active_pane(self, pane: ArticlePane | None, order: list[tuple[int, int, str]] | None = None,
                       later: bool = False) -> None:
        """The annotation list and the document list follow the active pane (``order``: the (start, end, id)
        of the document's annotations, sorted, when the caller has just read them; ``later``: they are being
        read, the list says it is loading until they come)."""
        window = self._window
        window.lists.flush()  # a tag's row goes in before the list shows another document
        document_id = pane.document_id if pane is not None else None
        listing = window.annotation_list
        if later and document_id is not None:
            listing.show_loading(window.project, document_id)
        elif document_id != listing.document_id or order is not None or listing.loading():
            listing.set_document(window.project, document_id, order)
        current = window.current_annotation()
        if current and listing.model.row_of(current) >= 0:
            listing.select_annotation(current)
        if document_id is not None:
            window.document_list.select_document(document_id)
        window.list_dock.setWindowTitle(
            QCoreApplication.translate("PaneWiring", "Annotations in “{title}”").format(title=pane.title)
            if pane is not None and pane.document_id is not None
            else QCoreApplication.translate("PaneWiring", "Annotations in this article")
        )

    def focus_active_text(self) -> None:
        pane = self._area.active_pane()
        if pane is not None:
            pane.text_view().setFocus(Qt.FocusReason.OtherFocusReason)

    # --- what a pane shows --------------------------------------------------------------------
    def open_document(self, document_id: int, pane: ArticlePane | None = None, reload: bool = False) -> ArticlePane:
        """Show a document in ``pane`` (default: the active pane, or a new one)."""
        window = self._window
        if pane is None:
            pane = self._area.active_pane()
        if pane is None:
            pane = self._area.add_pane()
        if pane.document_id == document_id and not reload:
            return pane  # already there: keep the reading position
        project = window.project
        summary = window.document_model.summary(document_id)
        title = summary.title if summary else ""
        text = document_text(project, document_id)
        first = pane.first_screen_chars()
        long = len(text) > first  # its first screen's spans first, the rest once that is painted
        spans = [Span(*row) for row in spans_of_document(project, document_id, first if long else None)]
        pane.show_document(document_id, title, text, spans, summary.language if summary else "",
                           rest=(lambda: self._rest_of_spans(pane, document_id)) if long else None,
                           known_before=first)
        pane.set_author_colours(self._author_colours)
        self._spans[pane] = {s.id for s in spans}
        self._titles[pane] = title
        if pane is self._area.active_pane():  # the list's order from the spans just read, not read again
            if long:
                self.on_active_pane(pane, later=True)
            else:
                self.on_active_pane(pane, sorted((s.start, s.end, s.id) for s in spans))
        self._remember()
        window.documentShown.emit(pane, document_id)
        return pane

    def _rest_of_spans(self, pane: ArticlePane, document_id: int) -> list[Span]:
        """Every span of a long article (the pane asks once its first screen is painted); the list's rows
        follow on the next turn, if it waits for them."""
        spans = [Span(*row) for row in spans_of_document(self._window.project, document_id)]
        self._spans[pane] = {s.id for s in spans}
        listing = self._window.annotation_list
        if pane is self._area.active_pane() and listing.loading() and listing.document_id == document_id:
            self._list_order = (pane, document_id, sorted((s.start, s.end, s.id) for s in spans))
            QTimer.singleShot(0, pane, self._fill_list)
        return spans

    def _fill_list(self) -> None:
        waiting, self._list_order = self._list_order, None
        if waiting is None:
            return  # shown already
        pane, document_id, order = waiting
        listing = self._window.annotation_list
        if pane is not self._area.active_pane() or pane.document_id != document_id \
                or not listing.loading() or listing.document_id != document_id:
            return  # another document or pane came meanwhile: its own list is on the way
        self.on_active_pane(pane, order)  # order None: a change set came between, the list reads it again

    def show_documents(self, wanted: list[int | None]) -> None:
        """One pane per entry of ``wanted`` (None: an empty pane); the first becomes active."""
        self._filling = True
        try:
            for extra in self._area.panes()[len(wanted):]:
                self._area.close_pane(extra)
            self._area.ensure_panes(len(wanted))
            for pane, document_id in zip(self._area.panes(), wanted, strict=False):
                if document_id is None:
                    self.clear(pane)
                else:
                    self.open_document(document_id, pane, reload=True)
        finally:
            self._filling = False
        self._remember()  # once (at launch, as they were: the settings file is not written again)
        self._area.set_active(self._area.panes()[0], force=True)

    def _remember(self) -> None:
        if not self._filling:
            self._window.remember_documents()

    def clear(self, pane: ArticlePane) -> None:
        pane.clear()
        self._spans[pane] = set()
        self._titles[pane] = ""
        if pane is self._area.active_pane():
            self.on_active_pane(pane)

    def set_author_colours(self, colours: dict[int, str]) -> None:
        self._author_colours = dict(colours)
        for pane in self._area.panes():
            pane.set_author_colours(self._author_colours)

    # --- change sets --------------------------------------------------------------------------
    def apply_changes(self, changes: Changes) -> None:
        if changes.annotations and self._list_order is not None:
            self._list_order = (*self._list_order[:2], None)  # read before these changes: the list reads again
        if changes.documents:
            self._refresh_documents(changes)
        if changes.annotations:
            self._refresh_spans(changes)

    def _refresh_documents(self, changes: Changes) -> None:
        for pane in self._area.panes():
            document_id = pane.document_id
            if document_id is None or document_id not in changes.documents:
                continue
            summary = self._window.document_model.summary(document_id)
            if summary is None:  # deleted
                self.clear(pane)
            elif summary.title != self._titles.get(pane):
                self.open_document(document_id, pane, reload=True)
        self.on_active_pane(self._area.active_pane())

    def _may_show(self, pane: ArticlePane, changes: Changes) -> bool:
        """Whether ``pane`` may show one of the changed annotations: its document holds one (or where they are
        is not known), or it shows one now (gone, or moved away)."""
        held = changes.holding
        return held is None or pane.document_id in held or not changes.annotations.isdisjoint(
            self._spans.get(pane, ()))

    def _refresh_spans(self, changes: Changes) -> None:
        """Add, update or remove only the spans that changed, in every pane showing their document."""
        panes = [p for p in self._area.panes() if p.document_id is not None and self._may_show(p, changes)]
        if not panes:
            return
        placed: dict[str, tuple[int, Span]] = {}  # id -> (its document, its span), for those that exist
        if len(changes.annotations) > FEW_VIEWS:  # an import: each open document's spans, not every changed row
            held = changes.holding
            for document_id in {p.document_id for p in panes if p.document_id is not None
                                and (held is None or p.document_id in held)}:
                placed.update((row[0], (document_id, Span(*row)))
                              for row in spans_of_document(self._window.project, document_id))
        else:  # a tag, an edit: the views every other view uses too
            views = self._window.ops.reads.many(changes.annotations)
            placed = {v.id: (v.document_id, Span(v.id, v.start, v.end, v.kind, v.author_id)) for v in views.values()}
        changed = changes.annotations
        for pane in panes:
            known = self._spans.setdefault(pane, set())
            # the changed ids this pane shows or may show: for an import of thousands into other documents,
            # only the few of this document (not a loop over every changed id in the GUI thread)
            mine = ({i for i, place in placed.items() if place[0] == pane.document_id} | known) & changed \
                if len(changed) > FEW_VIEWS else changed
            for annotation_id in mine:
                place = placed.get(annotation_id)
                if place is not None and place[0] == pane.document_id:
                    span = place[1]
                    if annotation_id in known:
                        pane.update_span(span)
                    else:
                        pane.add_span(span)
                        known.add(annotation_id)
                elif annotation_id in known:
                    pane.remove_span(annotation_id)
                    known.discard(annotation_id)
