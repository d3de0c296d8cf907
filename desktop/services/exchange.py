"""Exchange with colleagues and other tools: what exporters read, and applying an import in ONE transaction.

Everything here is written in plain values (dataclasses of strings and numbers): the readers and writers
in ``desktop.interchange`` turn files into :class:`IncomingAnnotation` / :class:`IncomingReview` and back,
and never touch the database themselves.

Import rules (the contract is /work/shared/specs/annotations-jsonld.md):

- a target resolves to a document by its IRI (URL or ``urn:sha256:``), else by ``sha256``, else by a quote
  found in exactly one document; anything else is skipped with a reason;
- a position is trusted only if ``text[start:end] == exact``; otherwise the quote is searched (context first,
  then nearest to the old position) and the annotation is counted as re-anchored;
- the annotation keeps its id; an existing one with the same ``modified`` is unchanged, a newer one updates
  it, an older one is reported and not applied;
- creators are matched by annotator key only; entities, measures and propositions by key;
- reviews (verdicts and replies) are added once, by id.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.anchoring import anchor_for, locate_quote
from desktop.domain.figures import format_decimal, parse_figure
from desktop.domain.kinds import Bound, EntityType, Kind, Stance, Status
from desktop.services import vocabulary
from desktop.services.authors import PALETTE
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.services.settings import get_setting
from desktop.storage.models import (
    Annotation,
    Author,
    Document,
    Entity,
    Measure,
    Proposition,
    Review,
)
from desktop.storage.project import Project

SHA256_URN = "urn:sha256:"
# Entity types by the short prefix of their keys ("person:sarah-friar" is a person).
_TYPE_BY_PREFIX = {"org": "organization", "person": "person", "place": "place", "product": "product",
                   "event": "event", "other": "other"}


# ---------------------------------------------------------------------------------------------------------
# Reading what exporters need
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewView:
    """A verdict (``verdict`` set) or a comment/reply on an annotation."""

    id: str
    annotation_id: str
    author_key: str
    author_name: str
    verdict: str | None
    comment: str
    parent_id: str | None
    created: str


@dataclass(frozen=True)
class DocumentRecord:
    """A document with its text, for exporters that ship the sources (REFI-QDA)."""

    id: int
    title: str
    language: str
    outlet: str
    url: str
    published: str
    sha256: str
    text: str
    imported: str


@dataclass(frozen=True)
class VocabularyEntry:
    """An entity, measure or proposition: its stable key, its label and one detail (type or unit)."""

    key: str
    label: str
    detail: str = ""


@dataclass(frozen=True)
class AuthorRecord:
    key: str
    name: str
    colour: str


def export_label(project: Project) -> str:
    """What to call the project in an export: its title setting, else the project file's name."""
    title = get_setting(project, "title").strip()
    if title:
        return title
    path = project.path
    return path.stem if path is not None else "Evidence Desk project"


def list_reviews(project: Project, annotation_ids: Collection[str] | None = None) -> list[ReviewView]:
    """Reviews in a stable order: by annotation, then created, then id."""
    stmt = (
        select(Review, Author.key, Author.name)
        .join(Author, Author.id == Review.author_id)
        .order_by(Review.annotation_id, Review.created, Review.id)
    )
    if annotation_ids is not None:
        stmt = stmt.where(Review.annotation_id.in_(list(annotation_ids)))
    with project.read() as s:
        rows = s.execute(stmt).all()
    return [
        ReviewView(id=r.id, annotation_id=r.annotation_id, author_key=key, author_name=name, verdict=r.verdict,
                   comment=r.comment or "", parent_id=r.parent_id, created=r.created)
        for r, key, name in rows
    ]


def documents_with_text(project: Project, document_ids: Collection[int] | None = None) -> list[DocumentRecord]:
    stmt = select(Document).order_by(Document.id)
    if document_ids is not None:
        stmt = stmt.where(Document.id.in_(list(document_ids)))
    with project.read() as s:
        return [
            DocumentRecord(id=d.id, title=d.title, language=d.language, outlet=d.outlet, url=d.url,
                           published=d.published, sha256=d.sha256, text=d.text, imported=d.imported)
            for d in s.scalars(stmt)
        ]


def vocabulary_entries(project: Project) -> tuple[list[VocabularyEntry], list[VocabularyEntry], list[VocabularyEntry]]:
    """(entities, measures, propositions), each sorted by key."""
    with project.read() as s:
        entities = [VocabularyEntry(e.key, e.name, e.type) for e in s.scalars(select(Entity).order_by(Entity.key))]
        measures = [VocabularyEntry(m.key, m.label, m.unit) for m in s.scalars(select(Measure).order_by(Measure.key))]
        propositions = [VocabularyEntry(p.key, p.label) for p in
                        s.scalars(select(Proposition).order_by(Proposition.key))]
    return entities, measures, propositions


def authors(project: Project) -> list[AuthorRecord]:
    with project.read() as s:
        return [AuthorRecord(a.key, a.name, a.colour) for a in s.scalars(select(Author).order_by(Author.key))]


# ---------------------------------------------------------------------------------------------------------
# What an import brings in (plain values, made by the readers in desktop.interchange)
# ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VocabRef:
    """An entity, measure or proposition named by its stable key, with the label to create it with."""

    key: str
    label: str | None = None
    type: str | None = None  # entities only


@dataclass(frozen=True)
class IncomingAnnotation:
    ref: str  # how the report names it (the id as written in the file)
    id: str  # the uuid it is stored under
    kind: str
    creator_key: str
    creator_name: str
    created: str
    modified: str
    source: str | None = None
    sha256: str | None = None
    start: int | None = None
    end: int | None = None
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    status: str = Status.PROPOSED.value
    note: str = ""
    entity: VocabRef | None = None
    has_quantity: bool = False  # False: the figure parser reads the quote
    value: str | None = None
    value_max: str | None = None
    unit: str | None = None
    bound: str | None = None
    measure: VocabRef | None = None
    machine_read: bool = False
    proposition: VocabRef | None = None
    stance: str | None = None
    speaker: VocabRef | None = None
    attributed_to: str | None = None
    credibility: int | None = None


@dataclass(frozen=True)
class IncomingReview:
    ref: str
    id: str
    annotation_id: str
    creator_key: str
    creator_name: str
    created: str
    verdict: str | None = None
    comment: str = ""
    parent_id: str | None = None


@dataclass(frozen=True)
class Skipped:
    ref: str
    reason: str


@dataclass
class ImportReport:
    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[Skipped] = field(default_factory=list)
    reanchored: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    reviews_imported: list[str] = field(default_factory=list)
    reviews_unchanged: list[str] = field(default_factory=list)
    authors_created: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def wrote_anything(self) -> bool:
        return bool(self.imported or self.updated or self.reviews_imported)

    def to_json(self) -> dict:
        data = asdict(self)
        data["counts"] = {
            "imported": len(self.imported), "updated": len(self.updated), "unchanged": len(self.unchanged),
            "older": len(self.older), "reanchored": len(self.reanchored), "skipped": len(self.skipped),
            "reviews_imported": len(self.reviews_imported), "reviews_unchanged": len(self.reviews_unchanged),
        }
        return data

    def lines(self) -> list[str]:
        """The report as a person reads it."""
        out = [
            f"Imported {len(self.imported)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
            f"older (not applied) {len(self.older)}, re-anchored {len(self.reanchored)}, "
            f"skipped {len(self.skipped)}."
        ]
        if self.reviews_imported or self.reviews_unchanged:
            out.append(f"Reviews: imported {len(self.reviews_imported)}, unchanged {len(self.reviews_unchanged)}.")
        out += [f"  older, not applied: {item.ref}: {item.reason}" for item in self.older]
        out += [f"  re-anchored: {ref}" for ref in self.reanchored]
        out += [f"  skipped: {item.ref}: {item.reason}" for item in self.skipped]
        if self.authors_created:
            out.append("New authors: " + ", ".join(self.authors_created))
        out += [f"Note: {note}" for note in self.notes]
        return out


# ---------------------------------------------------------------------------------------------------------
# Applying an import
# ---------------------------------------------------------------------------------------------------------


def apply_import(
    project: Project, annotations: Sequence[IncomingAnnotation], reviews: Sequence[IncomingReview] = (),
    skipped: Iterable[Skipped] = (),
) -> Outcome[ImportReport]:
    """Apply annotations, then reviews, in one transaction: all of it is written, or (on any error) nothing."""
    report = ImportReport(skipped=list(skipped))
    with project.transaction() as s:
        run = _ImportRun(s, report)
        for item in annotations:
            import_one_annotation(run, item)
        for review in reviews:
            import_one_review(run, review)
        return Outcome(report, run.changes)


@dataclass
class _Doc:
    id: int
    url: str
    sha256: str
    text: str
    language: str
    title: str


class _ImportRun:
    """The session, the report and the caches of one import."""

    def __init__(self, session: Session, report: ImportReport) -> None:
        self.s = session
        self.report = report
        self.changes = Changes()
        self._docs: list[_Doc] | None = None
        self.author_ids: dict[str, int] = {}

    @property
    def docs(self) -> list[_Doc]:
        if self._docs is None:
            rows = self.s.execute(select(Document.id, Document.url, Document.sha256, Document.text,
                                         Document.language, Document.title).order_by(Document.id))
            self._docs = [_Doc(*row) for row in rows]
        return self._docs

    def touch(self, **kinds: frozenset) -> None:
        self.changes |= Changes(**kinds)


def import_one_annotation(run: _ImportRun, item: IncomingAnnotation) -> None:
    """Resolve, anchor and upsert one annotation (inside the import's transaction)."""
    doc = resolve_document(run.docs, item)
    if doc is None:
        run.report.skipped.append(Skipped(item.ref, _unresolved_reason(item)))
        return
    span = _anchor(doc, item)
    if span is None:
        run.report.skipped.append(Skipped(item.ref, f"its quote {_short(item.exact)} is not in “{doc.title}”"))
        return
    start, end, moved = span
    anchor = anchor_for(doc.text, start, end)
    if not anchor.exact.strip():
        run.report.skipped.append(Skipped(item.ref, "it selects only white space"))
        return

    existing = run.s.get(Annotation, item.id)
    if existing is not None:
        theirs, ours = _instant(item.modified), _instant(existing.modified)
        if theirs == ours:
            run.report.unchanged.append(item.ref)
            return
        if theirs < ours:
            run.report.older.append(Skipped(
                item.ref, f"the project has a newer version (modified {existing.modified}, file {item.modified})"))
            return
    author_id = _author_id(run, item.creator_key, item.creator_name)
    values = _stored_values(run, item, doc, start, end, anchor.prefix, anchor.suffix, anchor.exact, author_id)
    if existing is None:
        run.s.add(Annotation(id=item.id, **values))
        run.s.flush()
        record(run.s, "import", "annotation", item.id, author_id, kind=item.kind, start=start, end=end)
        run.report.imported.append(item.ref)
    else:
        changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
        for name, value in changed.items():
            setattr(existing, name, value)
        run.s.flush()
        record(run.s, "update", "annotation", item.id, author_id, source="import",
               fields=sorted(changed))
        run.report.updated.append(item.ref)
    if moved:
        run.report.reanchored.append(item.ref)
    run.touch(annotations=frozenset({item.id}))


def import_one_review(run: _ImportRun, item: IncomingReview) -> None:
    if run.s.get(Review, item.id) is not None:
        run.report.reviews_unchanged.append(item.ref)
        return
    if run.s.get(Annotation, item.annotation_id) is None:
        run.report.skipped.append(Skipped(item.ref, f"the annotation it reviews (urn:uuid:{item.annotation_id}) "
                                                    "is not in this project"))
        return
    verdict = None if item.verdict is None else Status(item.verdict).value
    author_id = _author_id(run, item.creator_key, item.creator_name)
    run.s.add(Review(id=item.id, annotation_id=item.annotation_id, author_id=author_id, verdict=verdict,
                     comment=item.comment or "", parent_id=item.parent_id,
                     created=_stored_time(item.created)))
    run.s.flush()
    record(run.s, "import", "review", item.id, author_id, annotation=item.annotation_id, verdict=verdict)
    run.report.reviews_imported.append(item.ref)
    run.touch(reviews=frozenset({item.id}))


def resolve_document(docs: Sequence[_Doc], item: IncomingAnnotation) -> _Doc | None:
    """The spec's order: source IRI (URL or urn:sha256), then ed:sha256, then a quote found in exactly one document."""
    source = (item.source or "").strip()
    if source:
        if source.startswith(SHA256_URN):
            digest = source.removeprefix(SHA256_URN).lower()
            found = [d for d in docs if d.sha256 == digest]
        else:
            found = [d for d in docs if d.url and d.url == source]
        if len(found) > 1 and item.sha256:
            found = [d for d in found if d.sha256 == item.sha256.lower()]
        if found:
            return found[0]
    if item.sha256:
        found = [d for d in docs if d.sha256 == item.sha256.lower()]
        if found:
            return found[0]
    if item.exact:
        needle = f"{item.prefix}{item.exact}{item.suffix}"
        found = [d for d in docs if needle in d.text]
        if not found:
            found = [d for d in docs if item.exact in d.text]
        if len(found) == 1:
            return found[0]
    return None


def _unresolved_reason(item: IncomingAnnotation) -> str:
    if item.source or item.sha256:
        return f"its document is not in this project (source {item.source or SHA256_URN + str(item.sha256)})"
    if item.exact:
        return f"its quote {_short(item.exact)} is not found in exactly one document"
    return "it names no document and no quote"


def _anchor(doc: _Doc, item: IncomingAnnotation) -> tuple[int, int, bool] | None:
    """(start, end, re-anchored?) in code points, or None when the quote is not in the text."""
    text = doc.text
    has_position = item.start is not None and item.end is not None and 0 <= item.start < item.end <= len(text)
    if item.exact is None:
        return (item.start, item.end, False) if has_position else None  # type: ignore[return-value]
    if has_position and text[item.start:item.end] == item.exact:
        return item.start, item.end, False  # type: ignore[return-value]
    found = locate_quote(text, item.exact, item.prefix, item.suffix, near=item.start)
    if found is None:
        return None
    return found[0], found[1], True


def _stored_values(run: _ImportRun, item: IncomingAnnotation, doc: _Doc, start: int, end: int, prefix: str,
                   suffix: str, quote: str, author_id: int) -> dict:
    kind = Kind(item.kind).value
    values: dict = dict(
        document_id=doc.id, start=start, end=end, quote=quote, prefix=prefix, suffix=suffix, kind=kind,
        author_id=author_id, created=_stored_time(item.created), modified=_stored_time(item.modified),
        status=Status(item.status).value, note=item.note or "", entity_id=None, value=None, value_max=None,
        unit=None, bound=None, measure_id=None, machine_read=False, proposition_id=None, stance=None,
        speaker_id=None, attributed_to=(item.attributed_to or "").strip() or None,
        credibility=_credibility(item.credibility), exchanged_modified=_stored_time(item.modified),
    )
    if kind == Kind.ENTITY and item.entity is not None:
        entity = _entity(run, item.entity, EntityType.ORGANIZATION.value)
        values["entity_id"] = entity.id
        if vocabulary.add_alias(run.s, entity, quote):
            run.touch(entities=frozenset({entity.id}))
    elif kind == Kind.FIGURE:
        if item.has_quantity:
            values.update(value=_decimal(item.value), value_max=_decimal(item.value_max),
                          unit=(item.unit or "").strip() or None,
                          bound=None if item.bound in (None, "") else Bound(item.bound).value,
                          machine_read=bool(item.machine_read))
        else:
            parsed = parse_figure(quote, doc.language or "en")
            if parsed is not None:
                values.update(value=format_decimal(parsed.value),
                              value_max=None if parsed.value_max is None else format_decimal(parsed.value_max),
                              unit=parsed.unit, bound=parsed.bound.value, machine_read=True)
        if item.measure is not None:
            values["measure_id"] = _measure(run, item.measure, values["unit"] or "").id
    elif kind == Kind.CLAIM:
        values["stance"] = Stance(item.stance or Stance.ASSERTS.value).value
        if item.proposition is not None:
            values["proposition_id"] = _proposition(run, item.proposition).id
        if item.speaker is not None:
            values["speaker_id"] = _entity(run, item.speaker, EntityType.PERSON.value).id
    return values


def _author_id(run: _ImportRun, key: str, name: str) -> int:
    if key in run.author_ids:
        return run.author_ids[key]
    author = run.s.scalar(select(Author).where(Author.key == key))
    if author is None:
        name = (name or "").strip() or key
        namesakes = list(run.s.scalars(select(Author.key).where(Author.name == name)))
        count = len(run.s.scalars(select(Author.id)).all())
        author = Author(key=key, name=name, colour=PALETTE[count % len(PALETTE)], created=now_iso())
        run.s.add(author)
        run.s.flush()
        run.report.authors_created.append(f"{name} ({key})")
        if namesakes:
            run.report.notes.append(
                f"the new author {name!r} ({key}) has the same name as {', '.join(namesakes)}; "
                "they are kept apart by their keys")
        run.touch(authors=frozenset({author.id}))
    run.author_ids[key] = author.id
    return author.id


def _entity(run: _ImportRun, ref: VocabRef, default_type: str) -> Entity:
    entity = run.s.scalar(select(Entity).where(Entity.key == ref.key))
    if entity is None:
        prefix = ref.key.split(":", 1)[0] if ":" in ref.key else ""
        type_ = ref.type or _TYPE_BY_PREFIX.get(prefix, default_type)
        if type_ not in EntityType._value2member_map_:
            type_ = EntityType.OTHER.value
        entity = Entity(key=ref.key, name=(ref.label or "").strip() or ref.key, type=type_)
        run.s.add(entity)
        run.s.flush()
        run.touch(entities=frozenset({entity.id}))
    return entity


def _measure(run: _ImportRun, ref: VocabRef, unit: str) -> Measure:
    measure = run.s.scalar(select(Measure).where(Measure.key == ref.key))
    if measure is None:
        measure = Measure(key=ref.key, label=(ref.label or "").strip() or ref.key, unit=unit)
        run.s.add(measure)
        run.s.flush()
        run.touch(measures=frozenset({measure.id}))
    return measure


def _proposition(run: _ImportRun, ref: VocabRef) -> Proposition:
    proposition = run.s.scalar(select(Proposition).where(Proposition.key == ref.key))
    if proposition is None:
        proposition = Proposition(key=ref.key, label=(ref.label or "").strip() or ref.key)
        run.s.add(proposition)
        run.s.flush()
        run.touch(propositions=frozenset({proposition.id}))
    return proposition


def _decimal(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    return format_decimal(Decimal(str(value)))


def _credibility(value: int | None) -> int | None:
    if value in (None, 0):
        return None
    if not 1 <= int(value) <= 6:
        raise ValueError("Credibility is graded 1 to 6.")
    return int(value)


def _instant(timestamp: str) -> datetime:
    moment = datetime.fromisoformat(timestamp)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _stored_time(timestamp: str) -> str:
    """The project's own form (UTC, microseconds, Z), so stored times sort as text."""
    return _instant(timestamp).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _short(text: str | None, limit: int = 40) -> str:
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

