"""Admiralty grading: how reliable a source is (A-F), how credible a piece of information is (1-6).

Both return the previous grade, so setting it again undoes the change.
"""

from __future__ import annotations

from desktop.domain.kinds import CREDIBILITY_GRADES, RELIABILITY_GRADES
from desktop.services.annotations import AnnotationError, update_annotation
from desktop.services.changes import Outcome
from desktop.services.documents import get_document, update_document
from desktop.services.queries import get_annotation
from desktop.storage.project import Project


def set_reliability(project: Project, document_id: int, grade: str | None,
                    author_id: int | None = None) -> Outcome[str | None]:
    """Grade a source A (completely reliable) to F (cannot be judged), or None to clear it."""
    grade = (grade or "").strip().upper() or None
    if grade is not None and grade not in RELIABILITY_GRADES:
        raise ValueError("Source reliability is graded A to F.")
    old = get_document(project, document_id).reliability
    outcome = update_document(project, document_id, author_id, reliability=grade)
    return Outcome(outcome.value.get("reliability", old), outcome.changes)


def set_credibility(project: Project, annotation_id: str, grade: int | str | None,
                    author_id: int | None = None) -> Outcome[int | None]:
    """Grade a claim or figure 1 (confirmed by other sources) to 6 (cannot be judged), or None."""
    if isinstance(grade, str):
        grade = int(grade) if grade.strip().isdigit() else (None if not grade.strip() else -1)
    if grade is not None and grade not in CREDIBILITY_GRADES:
        raise AnnotationError("Credibility is graded 1 to 6.")
    current = get_annotation(project, annotation_id)
    if current is None:
        raise AnnotationError("That annotation no longer exists.")
    outcome = update_annotation(project, annotation_id, author_id, credibility=grade)
    return Outcome(outcome.value.get("credibility", current.credibility), outcome.changes)
