"""The same thing across every open article: an entity's mentions, a measure's figures, a
proposition's claims, marked in every pane and walked through with Next / Previous (F3 / Shift+F3).

The target is what the analyst last pointed at: a row of the register, or an annotation selected
anywhere that is linked to an entity, a measure or a proposition. Its annotations are listed in
document, then offset order; Next opens the following one's document in the active pane when no
pane shows it, and selects it. The marks follow documents shown and every change to the project.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.services.changes import Changes
from desktop.services.queries import AnnotationView, list_annotations

if TYPE_CHECKING:
    from desktop.ui.article_pane import ArticlePane
    from desktop.ui.main_window import MainWindow

KIND_OF_TARGET = {"entity": "entity", "measure": "figure", "proposition": "claim"}
LINK_OF_KIND = {"entity": ("entity", "entity_id"), "figure": ("measure", "measure_id"),
                "claim": ("proposition", "proposition_id")}


def target_of(view: AnnotationView | None) -> tuple[str, int] | None:
    """(kind, id) of what an annotation is linked to: its entity, measure or proposition."""
    if view is None or view.kind not in LINK_OF_KIND:
        return None
    kind, column = LINK_OF_KIND[view.kind]
    item_id = getattr(view, column)
    return (kind, item_id) if item_id is not None else None


def _name_in(view: AnnotationView, kind: str) -> str:
    """The name of what ``view`` is linked to, as the annotation's read gives it (the register need not be listed:
    a desk's propositions are listed by comparing every claim)."""
    name = view.entity_name if kind == "entity" else view.measure_label if kind == "measure" else view.proposition_label
    return name or ""


class MarksController(QObject):
    targetChanged = Signal()  # the target or its mentions changed

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.target: tuple[str, int] | None = None
        self.name = ""
        self._mentions: list[AnnotationView] = []
        window.annotationSelected.connect(self._on_annotation_selected)
        window.documentShown.connect(lambda pane, _doc: self._mark(pane))
        window.ops.changed.connect(self._on_changed)
        window.ops.projectReplaced.connect(lambda: self.set_target(None))

    # --- the target ------------------------------------------------------------------------------
    def mentions(self) -> list[AnnotationView]:
        return list(self._mentions)

    def set_target(self, target: tuple[str, int] | None) -> None:
        """Mark everything linked to ``(kind, id)`` ("entity" | "measure" | "proposition"); None clears."""
        self.target = target
        self._reload()

    def _reload(self) -> None:
        if self.target is None:
            self._mentions, self.name = [], ""
        else:
            kind, item_id = self.target
            # only its own annotations, through the link's index (not every one of the kind on the desk)
            views = list_annotations(self.window.project, kind=KIND_OF_TARGET[kind], linked_to=(kind, item_id))
            self._mentions = sorted(views, key=lambda v: (v.document_id, v.start, v.end, v.id))
            self.name = _name_in(self._mentions[0], kind) if self._mentions else self._name_of(kind, item_id)
        for pane in self.window.pane_area.panes():
            self._mark(pane)
        self.targetChanged.emit()

    def _name_of(self, kind: str, item_id: int) -> str:
        from desktop.services import register  # when something is first marked, not at start-up

        return register.name_of(self.window.project, kind, item_id) or ""

    def _exists(self) -> bool:
        return self.target is not None and bool(self._name_of(*self.target))

    def _mark(self, pane: ArticlePane) -> None:
        pane.set_marked({m.id for m in self._mentions if m.document_id == pane.document_id}
                        if pane.document_id is not None else set())

    def _on_annotation_selected(self, annotation_id: str | None) -> None:
        if annotation_id is None:
            return  # a click beside any annotation: keep the marks
        target = target_of(self.window.ops.reads.get(annotation_id))
        if target != self.target:
            self.set_target(target)

    def _on_changed(self, changes: Changes) -> None:
        current = self.window.current_annotation()
        if current is not None and current in changes.annotations:
            target = target_of(self.window.ops.reads.get(current))
            if target is not None and target != self.target:  # the selected annotation got (re)linked
                self.set_target(target)
                return
        if self.target is None:
            return
        if changes.entities or changes.measures or changes.propositions:
            if not self._exists():  # merged away or deleted
                self.set_target(None)
                return
        if changes.annotations or changes.documents or changes.entities or changes.measures or changes.propositions:
            self._reload()

    # --- walking ---------------------------------------------------------------------------------
    def next(self) -> str | None:
        return self._step(1)

    def previous(self) -> str | None:
        return self._step(-1)

    def _step(self, step: int) -> str | None:
        if self.target is None:
            self.window.show_status(self.tr("Select an entity, measure or proposition first (in the register, or an "
                                    "annotation linked to one)."))
            return None
        if not self._mentions:
            self.window.show_status(self.tr("“{name}” is not tagged anywhere yet.").format(name=self.name))
            return None
        ids = [m.id for m in self._mentions]
        current = self.window.current_annotation()
        if current in ids:
            index = (ids.index(current) + step) % len(ids)
        else:
            index = self._nearest(step)
        self.go_to(ids[index])
        return ids[index]

    def _nearest(self, step: int) -> int:
        """With no mention selected: the first after (or before) the active pane's caret position."""
        pane = self.window.pane_area.active_pane()
        if pane is None or pane.document_id is None:
            return 0 if step > 0 else len(self._mentions) - 1
        cursor = pane.selected_range()
        position = cursor[0] if cursor else 0
        key = (pane.document_id, position)
        keys = [(m.document_id, m.start) for m in self._mentions]
        if step > 0:
            return next((i for i, k in enumerate(keys) if k >= key), 0)
        return next((i for i in reversed(range(len(keys))) if keys[i] < key), len(keys) - 1)

    def go_to(self, annotation_id: str) -> None:
        """Show a mention: in the pane showing its document, else opened in the active pane."""
        mention = next((m for m in self._mentions if m.id == annotation_id), None)
        if mention is None:
            return
        if self.window.pane_area.pane_showing(mention.document_id) is None:
            self.window.open_document(mention.document_id)
        self.window.select_annotation(annotation_id)
        position = [m.id for m in self._mentions].index(annotation_id) + 1
        self.window.show_status(self.tr("{name}: {position} of {total} (F3 next, Shift+F3 previous)").format(
            name=self.name, position=position, total=len(self._mentions)))
