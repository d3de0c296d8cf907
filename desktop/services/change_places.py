"""Where a large change set's annotations are, found where the change was made (a worker thread).

An import of 10,000 annotations into other articles made every open view work it out on the GUI thread:
each pane read its document's spans again, the annotation list its document's order, the document list
counted every document's annotations (a quarter of a second of frozen window on a desk). ``with_holding``
reads, once and off the GUI thread, which documents hold the changed annotations (``Changes.holding``);
a view whose document is not among them, and which shows none of them, then has nothing to do.
"""

from __future__ import annotations

from dataclasses import replace

from desktop.services.changes import Outcome
from desktop.services.table_rows import annotation_places
from desktop.storage.project import Project

MANY = 64  # fewer changed annotations than this: the views read them themselves (a tag's one row)


def with_holding(project: Project, outcome: Outcome[object]) -> Outcome[object]:
    """``outcome`` with its change set's ``holding`` filled in (left unknown for a few annotations, or if one
    of them no longer exists: its document is not known any more)."""
    changes = outcome.changes
    if len(changes.annotations) <= MANY or changes.holding is not None:
        return outcome
    places = annotation_places(project, changes.annotations)
    if len(places) < len(changes.annotations):
        return outcome
    held = frozenset(document_id for document_id, _place in places.values())
    return replace(outcome, changes=replace(changes, holding=held))
