"""Reading the line-up from a project: the figures and claims of the chosen statuses and authors as plain rows
(not ORM objects), the few documents, authors, measures, propositions and speakers once each."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from sqlalchemy import ColumnElement, Connection, and_, or_, select

from desktop.domain.kinds import Kind
from desktop.domain.labels import document_label
from desktop.services import settings
from desktop.services.comparison.measures import FigureRead, measures_compared
from desktop.services.comparison.propositions import ClaimRead, propositions_compared
from desktop.services.comparison.results import DocumentSide, MeasureComparison, PropositionComparison
from desktop.services.comparison.statuses import DEFAULT_STATUSES
from desktop.storage import tables
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project

# The line-up reads plain rows from the tables (``storage.tables``) on a Core connection (``Project.read_core``):
# `compare` never imports the ORM nor configures its mappers (a sixth of a second at every start).
_ANNOTATIONS = tables.annotations.c
_MEASURES = tables.measures.c
_PROPOSITIONS = tables.propositions.c
_DOCUMENTS = tables.documents.c
_AUTHORS = tables.authors.c
_ENTITIES = tables.entities.c


def compare_measures(project: Project, *, statuses: frozenset[str] | None = None, tolerance: Decimal | None = None,
                     author_ids: frozenset[int] | None = None) -> list[MeasureComparison]:
    """Every measure with at least one figure (of the chosen statuses and authors), its values
    side by side. Disagreeing measures come first, then by label."""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    tol = settings.tolerance(project) if tolerance is None else Decimal(str(tolerance))
    with project.read_core() as s:
        # the few documents, authors and measures once each, not joined onto every one of thousands of rows
        documents, authors = _documents_and_authors(s)
        known = _known_measures(s)
        figures = _figure_rows(s, statuses, author_ids)
    return measures_compared(known, documents, authors, figures, tol)


def compare_all(project: Project, *, statuses: frozenset[str] | None = None, tolerance: Decimal | None = None,
                author_ids: frozenset[int] | None = None) -> tuple[list[MeasureComparison], list[PropositionComparison]]:
    """``compare_measures`` and ``compare_propositions`` at once, in one read: documents and authors once.

    The figures and the claims are two statements, each of the very columns ``measures_compared`` and
    ``propositions_compared`` take, in their order: their rows are used as read. (One statement for both, then each
    row cut to its kind's columns, reads the other kind's empty columns and makes every row again in Python: a
    third more time on a desk's 25,000 rows than a second pass over the table.)"""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    tol = settings.tolerance(project) if tolerance is None else Decimal(str(tolerance))
    with project.read_core() as s:
        documents, authors = _documents_and_authors(s)
        measures, propositions = _known_measures(s), _known_propositions(s)
        figures = _figure_rows(s, statuses, author_ids)
        claims = _claim_rows(s, statuses, author_ids)
    return (measures_compared(measures, documents, authors, figures, tol),
            propositions_compared(propositions, documents, authors, claims))


def _figure_rows(s: Connection, statuses: frozenset[str], author_ids: frozenset[int] | None) -> Sequence[FigureRead]:
    stmt = select(*_FIGURE_COLUMNS).where(_figures_wanted(statuses, author_ids))
    return cast("Sequence[FigureRead]", plain_rows(s, stmt))  # the columns selected above


def _claim_rows(s: Connection, statuses: frozenset[str], author_ids: frozenset[int] | None) -> Sequence[ClaimRead]:
    """The claims as ``propositions_compared`` takes them, the speaker's name joined on (a lookup by key per
    claim that has one, in SQLite: no cheaper in Python)."""
    a = _ANNOTATIONS
    stmt = (select(a.id, a.document_id, a.quote, a.start, a.end, a.stance, a.attributed_to, a.credibility, a.status,
                   a.author_id, _ENTITIES.name, a.proposition_id)
            .select_from(tables.annotations).outerjoin(tables.entities, _ENTITIES.id == a.speaker_id)
            .where(_claims_wanted(statuses, author_ids)))
    return cast("Sequence[ClaimRead]", plain_rows(s, stmt))  # the columns selected above


_FIGURE_COLUMNS = (_ANNOTATIONS.id, _ANNOTATIONS.document_id, _ANNOTATIONS.quote, _ANNOTATIONS.start, _ANNOTATIONS.end,
                   _ANNOTATIONS.value, _ANNOTATIONS.value_max, _ANNOTATIONS.unit, _ANNOTATIONS.bound,
                   _ANNOTATIONS.status, _ANNOTATIONS.attributed_to, _ANNOTATIONS.author_id, _ANNOTATIONS.measure_id)


def _figures_wanted(statuses: frozenset[str], author_ids: frozenset[int] | None) -> ColumnElement[bool]:
    """The figures the line-up counts: with a measure, of the statuses (and authors), not a date."""
    a = _ANNOTATIONS
    wanted = and_(a.kind == Kind.FIGURE.value, a.measure_id.is_not(None), a.status.in_(sorted(statuses)),
                  or_(a.unit.is_(None), a.unit != "date"))  # dates: services/timeline.py
    return wanted if author_ids is None else and_(wanted, a.author_id.in_(sorted(author_ids)))


def _claims_wanted(statuses: frozenset[str], author_ids: frozenset[int] | None) -> ColumnElement[bool]:
    """The claims the line-up counts: with a proposition, of the statuses (and authors)."""
    a = _ANNOTATIONS
    wanted = and_(a.kind == Kind.CLAIM.value, a.proposition_id.is_not(None), a.status.in_(sorted(statuses)))
    return wanted if author_ids is None else and_(wanted, a.author_id.in_(sorted(author_ids)))

def known_measures(project: Project) -> dict[int, tuple[str, str, str]]:
    """Every measure as (key, label, unit or ""), by id: what ``measures_compared`` takes."""
    with project.read_core() as s:
        return _known_measures(s)


def known_propositions(project: Project) -> dict[int, tuple[str, str]]:
    """Every proposition as (key, label), by id: what ``propositions_compared`` takes."""
    with project.read_core() as s:
        return _known_propositions(s)


def _known_measures(s: Connection) -> dict[int, tuple[str, str, str]]:
    return {m_id: (m_key, m_label, m_unit or "") for m_id, m_key, m_label, m_unit
            in plain_rows(s, select(_MEASURES.id, _MEASURES.key, _MEASURES.label, _MEASURES.unit))}


def _known_propositions(s: Connection) -> dict[int, tuple[str, str]]:
    return {p_id: (p_key, p_label) for p_id, p_key, p_label
            in plain_rows(s, select(_PROPOSITIONS.id, _PROPOSITIONS.key, _PROPOSITIONS.label))}


def _documents_and_authors(s: Connection) -> tuple[dict[int, DocumentSide], dict[int, str]]:
    """Every document as (label, title, outlet, reliability) and every author's name, by id."""
    documents = {
        document_id: (document_label(document_id, source, label), title, outlet or "", reliability)
        for document_id, title, source, label, outlet, reliability in plain_rows(s, select(
            _DOCUMENTS.id, _DOCUMENTS.title, _DOCUMENTS.source_name, _DOCUMENTS.label, _DOCUMENTS.outlet,
            _DOCUMENTS.reliability))
    }
    authors: dict[int, str] = {author_id: name for author_id, name in plain_rows(s, select(_AUTHORS.id, _AUTHORS.name))}
    return documents, authors


def compare_propositions(project: Project, *, statuses: frozenset[str] | None = None,
                         author_ids: frozenset[int] | None = None) -> list[PropositionComparison]:
    """Every proposition with at least one claim, asserting and denying sources side by side.
    Contested propositions come first, then by label."""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    with project.read_core() as s:
        # the few documents, authors and propositions once each, not joined onto every row
        documents, authors = _documents_and_authors(s)
        known = _known_propositions(s)
        claims = _claim_rows(s, statuses, author_ids)
    return propositions_compared(known, documents, authors, claims)
