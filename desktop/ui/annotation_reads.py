"""Annotations read once per change: a tag used to read the new annotation four times (the runner's status
message, the panes, the panel, the review panel, the marks), each a query through the database layer.

``AnnotationReads`` keeps the ``AnnotationView``s it read until anything is written to the project (its
commit count moves), a change set is announced (a colleague's change, another window's), or the event loop
turns (an owned zero-delay timer): the views of one round of updates, never a cache that can grow stale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop.services.queries import AnnotationView, list_annotations

if TYPE_CHECKING:
    from desktop.storage.project import Project

FEW = 64  # more ids than this are read by whoever needs them (an import's change set is not cached)


class AnnotationReads(QObject):
    def __init__(self, project_of: Callable[[], Project], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project_of = project_of
        self._views: dict[str, AnnotationView | None] = {}
        self._stamp: tuple[int, int] = (0, -1)
        self._forget_timer = QTimer(self)
        self._forget_timer.setSingleShot(True)
        self._forget_timer.setInterval(0)
        self._forget_timer.timeout.connect(self.forget)

    def forget(self) -> None:
        self._views.clear()

    def remember(self, views: Mapping[str, AnnotationView]) -> None:
        """Views a write just made know without reading (a tag's new annotation), as of the project now: the
        round of updates after that write takes them instead of reading them back."""
        if not views:
            return
        project: Project = self._project_of()
        stamp = (id(project), project.commits)
        if stamp != self._stamp:
            self._views.clear()
            self._stamp = stamp
        self._views.update(views)
        self._forget_timer.start()

    def get(self, annotation_id: str) -> AnnotationView | None:
        """The annotation as stored now, or None if it no longer exists."""
        return self.many([annotation_id]).get(annotation_id)

    def many(self, ids: Iterable[str]) -> dict[str, AnnotationView]:
        """{id: view} of those that exist (read once for this round)."""
        project: Project = self._project_of()
        stamp = (id(project), project.commits)
        if stamp != self._stamp:
            self._views.clear()
            self._stamp = stamp
        wanted = list(dict.fromkeys(ids))
        missing = sorted(i for i in wanted if i not in self._views)
        if missing:
            found = {v.id: v for v in list_annotations(project, annotation_ids=missing)}
            if len(missing) <= FEW:
                self._views.update((i, found.get(i)) for i in missing)
                self._forget_timer.start()
            else:
                return found | {i: v for i in wanted if (v := self._views.get(i)) is not None}
        return {i: v for i in wanted if (v := self._views[i]) is not None}
