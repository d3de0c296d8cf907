"""Suggestions: mentions of an entity and figures the analyst has not tagged yet.

Suggestions are computed, never stored: nothing is written until the analyst accepts one, and an
accepted suggestion is an ordinary annotation (undo = delete it). Their ids are deterministic
("m:<entity>:<document>:<start>:<end>", "f:<document>:<start>:<end>"), so a view can keep its
selection across a refresh.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from desktop.domain.figures import format_decimal
from desktop.domain.kinds import Kind
from desktop.domain.recent import Recent
from desktop.i18n import Context
from desktop.services.annotations import create_annotation
from desktop.services.changes import Changes, Outcome
from desktop.services.progress import Progress, report
from desktop.storage.models import Annotation, Document, Entity
from desktop.storage.project import Project

if TYPE_CHECKING:  # the matcher compiles its patterns when imported: when mentions are first looked for
    from desktop.domain.fuzzy import TokenIndex

Suggestions = Context("Suggestions")


class SuggestionError(ValueError):
    """A suggestion that can no longer be accepted; the message is for the user."""


@dataclass(frozen=True)
class MentionSuggestion:
    id: str
    document_id: int
    start: int
    end: int
    surface: str
    score: float  # 1.0 = exactly the entity's name or an alias
    entity_id: int
    matched_name: str = ""  # the name or alias it resembles


@dataclass(frozen=True)
class FigureSuggestion:
    id: str
    document_id: int
    start: int
    end: int
    surface: str
    value: Decimal
    value_max: Decimal | None
    unit: str | None
    bound: str


# Token indexes of recently scanned documents (by SHA-256 of the text): looking several entities
# up in a long article tokenises it once.
_INDEX_CACHE_SIZE = 16
_index_cache: Recent[str, TokenIndex] = Recent(_INDEX_CACHE_SIZE)


def _token_index(sha256: str, text: str) -> TokenIndex:
    from desktop.domain.fuzzy import TokenIndex

    index = _index_cache.get(sha256)
    if index is None or index.text != text:
        index = TokenIndex(text)
        _index_cache.put(sha256, index)
    return index


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def suggest_mentions(project: Project, entity_id: int, document_ids: Iterable[int] | None = None, *,
                     threshold: float | None = None, progress: Progress | None = None) -> list[MentionSuggestion]:
    """Places in the documents that look like the entity (its name or an alias, fuzzily) and are
    not yet tagged as it; by document, then position. ``threshold`` defaults to the matcher's
    (``desktop.domain.fuzzy.DEFAULT_THRESHOLD``). ``progress`` is told after each document (it may
    raise ``Cancelled``)."""
    from desktop.domain.fuzzy import DEFAULT_THRESHOLD, find_mentions  # patterns compile on first use

    if threshold is None:
        threshold = DEFAULT_THRESHOLD
    with project.read() as s:
        entity = s.get(Entity, entity_id)
        if entity is None:
            raise SuggestionError(Suggestions.tr("That entity no longer exists."))
        names = [entity.name, *(a.alias for a in entity.aliases)]
        stmt = select(Document.id, Document.sha256, Document.text).order_by(Document.id)
        if document_ids is not None:
            stmt = stmt.where(Document.id.in_(sorted(set(document_ids))))
        documents = s.execute(stmt).all()
        tagged: dict[int, list[tuple[int, int]]] = {}
        for doc_id, start, end in s.execute(
            select(Annotation.document_id, Annotation.start, Annotation.end)
            .where(Annotation.kind == Kind.ENTITY.value, Annotation.entity_id == entity_id)
        ):
            tagged.setdefault(doc_id, []).append((start, end))
    found: list[MentionSuggestion] = []
    looking = Suggestions.tr("Looking for mentions…")
    for n, (doc_id, sha256, text) in enumerate(documents):
        report(progress, n, len(documents), looking)
        done = tagged.get(doc_id, [])
        for m in find_mentions(_token_index(sha256, text), names, threshold):
            if not _overlaps(done, m.start, m.end):
                found.append(MentionSuggestion(f"m:{entity_id}:{doc_id}:{m.start}:{m.end}", doc_id, m.start,
                                               m.end, m.surface, m.score, entity_id, m.matched_name))
    report(progress, len(documents), len(documents), looking)
    return found


def suggest_figures(project: Project, document_id: int, progress: Progress | None = None) -> list[FigureSuggestion]:
    """Amounts, percentages and counts the figure parser reads in the document and nobody has
    tagged as a figure yet; by position. ``progress`` is told how many characters have been read, about
    every 64,000 (it may raise ``Cancelled``, which stops the scan)."""
    with project.read() as s:
        doc = s.get(Document, document_id)
        if doc is None:
            raise SuggestionError(Suggestions.tr("There is no document {id}.").format(id=document_id))
        text, language = doc.text, doc.language or "en"
        tagged = sorted((start, end) for start, end in s.execute(
            select(Annotation.start, Annotation.end)
            .where(Annotation.document_id == document_id, Annotation.kind == Kind.FIGURE.value)
        ))
    from desktop.domain.figures import iter_figures  # the parser loads on first use, not with the window

    found: list[FigureSuggestion] = []
    reading = Suggestions.tr("Looking for figures…")
    report(progress, 0, len(text), reading)
    reported = 0
    # the figures come in order and do not overlap, so the tagged spans starting before a figure's end only
    # grow: it overlaps one of them when the furthest end among them is past its start
    next_tagged, furthest_end = 0, -1
    for fig in iter_figures(text, language):
        if fig.end - reported >= _PROGRESS_EVERY:
            reported = fig.end
            report(progress, reported, len(text), reading)
        while next_tagged < len(tagged) and tagged[next_tagged][0] < fig.end:
            furthest_end = max(furthest_end, tagged[next_tagged][1])
            next_tagged += 1
        if furthest_end > fig.start:
            continue
        parsed = fig.figure
        if not isinstance(parsed.value, Decimal):  # find_figures reads amounts; no date, no unsure reading
            continue
        value_max = parsed.value_max if isinstance(parsed.value_max, Decimal) else None
        found.append(FigureSuggestion(
            f"f:{document_id}:{fig.start}:{fig.end}", document_id, fig.start, fig.end, text[fig.start:fig.end],
            parsed.value, value_max, parsed.unit, parsed.bound.value,
        ))
    report(progress, len(text), len(text), reading)
    return found


_PROGRESS_EVERY = 64_000  # characters read between two progress reports


def _check_still_there(project: Project, suggestion: MentionSuggestion | FigureSuggestion) -> None:
    with project.read() as s:
        text = s.scalar(select(Document.text).where(Document.id == suggestion.document_id))
    if text is None:
        raise SuggestionError(Suggestions.tr("The document of this suggestion is no longer in the project."))
    if text[suggestion.start:suggestion.end] != suggestion.surface:
        raise SuggestionError(Suggestions.tr("The text has changed since this suggestion was made; refresh the "
                                               "suggestions."))


def accept_mention(project: Project, suggestion: MentionSuggestion, author_id: int) -> Outcome[str]:
    """Tag the suggested mention as the entity. Returns the new annotation's id."""
    _check_still_there(project, suggestion)
    with project.read() as s:
        if s.get(Entity, suggestion.entity_id) is None:
            raise SuggestionError(Suggestions.tr("That entity no longer exists."))
    return create_annotation(project, document_id=suggestion.document_id, start=suggestion.start,
                             end=suggestion.end, kind=Kind.ENTITY.value, author_id=author_id,
                             entity_id=suggestion.entity_id)


def accept_figure(project: Project, suggestion: FigureSuggestion, author_id: int, *,
                  measure_id: int | None = None) -> Outcome[str]:
    """Tag the suggested figure with the value the parser read (marked machine-read)."""
    _check_still_there(project, suggestion)
    fields: dict[str, Any] = {
        "value": format_decimal(suggestion.value),
        "value_max": format_decimal(suggestion.value_max) if suggestion.value_max is not None else None,
        "unit": suggestion.unit, "bound": suggestion.bound, "machine_read": True,
    }
    if measure_id is not None:
        fields["measure_id"] = measure_id
    return create_annotation(project, document_id=suggestion.document_id, start=suggestion.start,
                             end=suggestion.end, kind=Kind.FIGURE.value, author_id=author_id, **fields)


def accept_all(project: Project, suggestions: Sequence[MentionSuggestion | FigureSuggestion],
               author_id: int) -> Outcome[list[str]]:
    """Accept every suggestion given; all are checked first, so a stale one stops the lot before
    anything is written. Returns the new annotation ids in order."""
    for suggestion in suggestions:
        _check_still_there(project, suggestion)
    ids: list[str] = []
    changes = Changes()
    for suggestion in suggestions:
        if isinstance(suggestion, MentionSuggestion):
            outcome = accept_mention(project, suggestion, author_id)
        else:
            outcome = accept_figure(project, suggestion, author_id)
        ids.append(outcome.value)
        changes |= outcome.changes
    return Outcome(ids, changes)
