"""Exchange with colleagues and other tools: what exporters read, and applying an import in ONE transaction.

Everything here is written in plain values (dataclasses of strings and numbers): the readers and writers
in ``desktop.interchange`` turn files into :class:`IncomingAnnotation` / :class:`IncomingReview` and back,
and never touch the database themselves.

Import rules (the contract is /work/shared/specs/annotations-jsonld.md):

- a target resolves to a document by its IRI (URL or ``urn:sha256:``), else by ``sha256``, else by a quote
  found in exactly one document; anything else is skipped with a reason;
- a position is trusted only if ``text[start:end] == exact``; otherwise the quote is searched (context first,
  then nearest to the old position) and the annotation is counted as re-anchored;
- creators are matched by annotator key only (``urn:evidence-desk:annotator:<key>``), never by display
  name: a new key whose name is already used by another key is created anyway and reported as a name clash;
  entities, measures and propositions are matched by key;
- reviews (verdicts and replies) are added once, by id;
- documents shipped with the import (a colleague's whole project file) are added when no document has the
  same SHA-256;
- an annotation that is in the project but missing from the file is NOT deleted: an exchange file says what
  its author has, not what you should lose.

Merging with a colleague ("last exchange"): ``Annotation.exchanged_modified`` is the ``modified`` value both
sides last agreed on. It is set when an annotation is imported or updated from a file, when it is exported
for a colleague (``mark_exchanged``), and when a conflict is resolved (the later of both versions). For an
incoming annotation whose id exists, with L = local ``modified``, E = ``exchanged_modified``, T = incoming
``modified`` (see :func:`merge_decision`):

=======================================================  =================================================
T == L                                                    unchanged (nothing written)
E unknown: T > L / T < L                                  update / older (reported, not applied)
you did not change it (L == E): T > E / T < E             update / older
you changed it (L != E), their file has E (T == E)        kept yours ("yours is newer"), reported
you changed it, their file is older than E (T < E)        older (reported, not applied)
you changed it AND they changed it (T > E, T != L)        CONFLICT: recorded, local left untouched
=======================================================  =================================================

A conflict is a ``Conflict`` row holding their whole incoming annotation as JSON; the same incoming version
recorded twice is one conflict, a newer version of theirs replaces the open conflict's. Resolving is
``desktop.services.conflicts.resolve_conflict``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from desktop.domain.anchoring import anchor_for, locate_quote
from desktop.domain.entity_types import type_label
from desktop.domain.figures import format_decimal, parse_figure
from desktop.domain.figures.model import DATE
from desktop.domain.isodates import is_iso_date
from desktop.domain.kinds import Bound, EntityType, Kind, Stance, Status
from desktop.services import vocabulary
from desktop.services.authors import free_colour
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.documents import verified_text
from desktop.services.journal import record
from desktop.services.settings import get_setting
from desktop.storage.models import (
    Annotation,
    Author,
    Conflict,
    Document,
    Entity,
    Measure,
    Proposition,
    Review,
)
from desktop.storage.project import Project
from desktop.storage.unique import find_or_insert

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
                           published=d.published, sha256=d.sha256, imported=d.imported,
                           text=verified_text(d.id, d.title, d.text, d.sha256))
            for d in s.scalars(stmt)
        ]


def vocabulary_entries(project: Project) -> tuple[list[VocabularyEntry], list[VocabularyEntry], list[VocabularyEntry]]:
    """(entities, measures, propositions), each sorted by key."""
    with project.read() as s:
        entities = [VocabularyEntry(e.key, e.name, type_label(e.type, e.type_guessed))
                    for e in s.scalars(select(Entity).order_by(Entity.key))]
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
    type_guessed: bool = False  # entities only: the type is a guess nobody confirmed


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
class IncomingDocument:
    """A document that travels with an import (a colleague's whole project file)."""

    text: str
    title: str = ""
    language: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    source_name: str = ""
    reliability: str | None = None


@dataclass(frozen=True)
class Skipped:
    ref: str
    reason: str


@dataclass
class ImportReport:
    """What an import did, item by item (refs as written in the file).

    ``imported`` new annotations; ``updated`` newer versions applied; ``unchanged`` same ``modified``;
    ``older`` not applied (the project has a newer version); ``kept_yours`` you changed it since your last
    exchange and they did not; ``conflicts`` both of you changed it (``conflicts_recorded``: of which this
    import wrote the Conflict row; the others were waiting already); ``reanchored`` found again by their
    quote; ``skipped`` not imported, with the reason; ``name_clashes`` new authors whose display name is
    already used by another annotator key (kept apart); ``documents_added`` their documents we did not have.
    Nothing is ever deleted: an annotation missing from their file stays as it is.
    """

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
    kept_yours: list[Skipped] = field(default_factory=list)  # you changed it since the exchange, they did not
    conflicts: list[Skipped] = field(default_factory=list)  # both changed it: recorded (or still open)
    conflicts_recorded: list[str] = field(default_factory=list)  # ...of which this import wrote a Conflict row
    name_clashes: list[str] = field(default_factory=list)
    documents_added: list[str] = field(default_factory=list)

    @property
    def wrote_anything(self) -> bool:
        return bool(self.imported or self.updated or self.reviews_imported or self.conflicts_recorded
                    or self.documents_added)

    def to_json(self) -> dict:
        data = asdict(self)
        data["counts"] = {
            "imported": len(self.imported), "updated": len(self.updated), "unchanged": len(self.unchanged),
            "older": len(self.older), "reanchored": len(self.reanchored), "skipped": len(self.skipped),
            "reviews_imported": len(self.reviews_imported), "reviews_unchanged": len(self.reviews_unchanged),
        }
        data["merge_counts"] = {
            "kept_yours": len(self.kept_yours), "conflicts": len(self.conflicts),
            "conflicts_recorded": len(self.conflicts_recorded), "name_clashes": len(self.name_clashes),
            "documents_added": len(self.documents_added),
        }
        return data

    def lines(self) -> list[str]:
        """The report as a person reads it."""
        out = [
            f"Imported {len(self.imported)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
            f"older (not applied) {len(self.older)}, re-anchored {len(self.reanchored)}, "
            f"skipped {len(self.skipped)}."
        ]
        if self.kept_yours or self.conflicts:
            out.append(f"Kept yours (newer) {len(self.kept_yours)}, conflicts {len(self.conflicts)}.")
        if self.documents_added:
            out.append(f"Documents added: {len(self.documents_added)}.")
        if self.reviews_imported or self.reviews_unchanged:
            out.append(f"Reviews: imported {len(self.reviews_imported)}, unchanged {len(self.reviews_unchanged)}.")
        out += [f"  conflict: {item.ref}: {item.reason}" for item in self.conflicts]
        out += [f"  kept yours: {item.ref}: {item.reason}" for item in self.kept_yours]
        out += [f"  older, not applied: {item.ref}: {item.reason}" for item in self.older]
        out += [f"  re-anchored: {ref}" for ref in self.reanchored]
        out += [f"  skipped: {item.ref}: {item.reason}" for item in self.skipped]
        out += [f"  document added: {title}" for title in self.documents_added]
        if self.authors_created:
            out.append("New authors: " + ", ".join(self.authors_created))
        out += [clash[0].upper() + clash[1:] for clash in self.name_clashes]
        out += [f"Note: {note}" for note in self.notes if note not in self.name_clashes]
        return out


# ---------------------------------------------------------------------------------------------------------
# Applying an import
# ---------------------------------------------------------------------------------------------------------


def apply_import(
    project: Project, annotations: Sequence[IncomingAnnotation], reviews: Sequence[IncomingReview] = (),
    skipped: Iterable[Skipped] = (), documents: Sequence[IncomingDocument] = (),
) -> Outcome[ImportReport]:
    """Apply documents, annotations, then reviews, in one transaction: all of it is written, or nothing."""
    report = ImportReport(skipped=list(skipped))
    label = f"An import of {len(annotations):,} annotation(s)"  # other writers wait for it, and are told
    with project.transaction(label=label) as s:
        run = _ImportRun(s, report)
        for document in documents:
            import_one_document(run, document)
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
    published: str = ""


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
                                         Document.language, Document.title, Document.published)
                                 .order_by(Document.id))
            self._docs = [_Doc(*row) for row in rows]
        return self._docs

    def touch(self, **kinds: frozenset) -> None:
        self.changes |= Changes(**kinds)


# What to do with an incoming version of an annotation the project has (see the table in the module doc).
UNCHANGED, UPDATE, OLDER, KEEP_YOURS, CONFLICT = "unchanged", "update", "older", "keep-yours", "conflict"


def merge_decision(local: str, exchanged: str | None, theirs: str) -> str:
    """The merge rule, from three ``modified`` timestamps: ours, the last agreed one, theirs."""
    mine, agreed, incoming = _instant(local), None if exchanged is None else _instant(exchanged), _instant(theirs)
    if incoming == mine:
        return UNCHANGED
    if agreed is None:  # never exchanged: the later version wins, an older one is reported
        return UPDATE if incoming > mine else OLDER
    if mine == agreed:  # you did not change it since the exchange
        return UPDATE if incoming > agreed else OLDER
    if incoming == agreed:  # they did not change it: yours is newer
        return KEEP_YOURS
    if incoming < agreed:  # their file predates the exchange
        return OLDER
    return CONFLICT


def import_one_document(run: _ImportRun, item: IncomingDocument) -> None:
    """Add a document unless one with the same SHA-256 is there already."""
    digest = hashlib.sha256(item.text.encode("utf-8")).hexdigest()
    if run.s.scalar(select(Document.id).where(Document.sha256 == digest)) is not None:
        return
    reliability = (item.reliability or "").strip().upper() or None
    doc = Document(title=item.title or item.source_name or "Untitled", language=item.language or "",
                   outlet=item.outlet or "", url=item.url or "", published=item.published or "", text=item.text,
                   sha256=digest, char_count=len(item.text), source_name=item.source_name or "",
                   reliability=reliability if reliability in ("A", "B", "C", "D", "E", "F") else None,
                   imported=now_iso())
    run.s.add(doc)
    run.s.flush()
    record(run.s, "import", "document", doc.id, None, sha256=digest, source=item.source_name)
    run._docs = None  # resolve annotations against the new document too
    run.report.documents_added.append(doc.title)
    run.touch(documents=frozenset({doc.id}))


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
        decision = merge_decision(existing.modified, existing.exchanged_modified, item.modified)
        if decision == UNCHANGED:
            run.report.unchanged.append(item.ref)
            return
        if decision == OLDER:
            run.report.older.append(Skipped(
                item.ref, f"the project has a newer version (modified {existing.modified}, file {item.modified})"))
            return
        if decision == KEEP_YOURS:
            run.report.kept_yours.append(Skipped(
                item.ref, f"yours is newer: you changed it ({existing.modified}) since your last exchange, "
                          f"their file still has the version you both had ({item.modified})"))
            return
        if decision == CONFLICT:
            _record_conflict(run, existing, item)
            return
    author_id = _author_id(run, item.creator_key, item.creator_name)
    values = _stored_values(run, item, doc, start, end, anchor.prefix, anchor.suffix, anchor.exact, author_id)
    if existing is None:
        run.s.add(Annotation(id=item.id, **values))
        run.s.flush()
        record(run.s, "import", "annotation", item.id, author_id, kind=item.kind, start=start, end=end)
        run.report.imported.append(item.ref)
    else:
        changed = _overwrite(existing, values)
        run.s.flush()
        record(run.s, "update", "annotation", item.id, author_id, source="import", fields=changed)
        run.report.updated.append(item.ref)
    if moved:
        run.report.reanchored.append(item.ref)
    run.touch(annotations=frozenset({item.id}))


def _overwrite(existing: Annotation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set the values that differ; returns them (new values, for the journal and the history view)."""
    changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
    for name, value in changed.items():
        setattr(existing, name, value)
    return changed


def _record_conflict(run: _ImportRun, existing: Annotation, item: IncomingAnnotation) -> None:
    """Keep their version beside ours; once per incoming version (a newer one of theirs replaces it)."""
    reason = (f"you both changed it since your last exchange ({existing.exchanged_modified}): yours "
              f"{existing.modified}, theirs {item.modified}; yours is kept until you choose")
    open_conflict = run.s.scalars(
        select(Conflict).where(Conflict.annotation_id == item.id, Conflict.resolved.is_(False))
        .order_by(Conflict.id.desc())
    ).first()
    run.report.conflicts.append(Skipped(item.ref, reason))
    if open_conflict is not None:
        recorded = incoming_from_json(open_conflict.theirs)
        if _instant(item.modified) <= _instant(recorded.modified):
            return  # the same (or an older) version of theirs is already waiting
        open_conflict.theirs = incoming_to_json(item)
        open_conflict.detected = now_iso()
        target = open_conflict
    else:
        target = Conflict(annotation_id=item.id, theirs=incoming_to_json(item), detected=now_iso(), resolved=False)
        run.s.add(target)
    run.s.flush()
    record(run.s, "conflict", "annotation", item.id, None, conflict=target.id, mine=existing.modified,
           theirs=item.modified, agreed=existing.exchanged_modified)
    run.report.conflicts_recorded.append(item.ref)
    run.touch(annotations=frozenset({item.id}))


# ---------------------------------------------------------------------------------------------------------
# Their version of an annotation, kept in a Conflict row, and applied when the analyst takes it
# ---------------------------------------------------------------------------------------------------------

_VOCAB_FIELDS = ("entity", "measure", "proposition", "speaker")


def incoming_to_json(item: IncomingAnnotation) -> str:
    return json.dumps(asdict(item), ensure_ascii=False, sort_keys=True)


def incoming_from_json(text: str) -> IncomingAnnotation:
    data = json.loads(text)
    known = set(IncomingAnnotation.__dataclass_fields__)
    values = {k: v for k, v in data.items() if k in known}
    for name in _VOCAB_FIELDS:
        if isinstance(values.get(name), dict):
            values[name] = VocabRef(**values[name])
    return IncomingAnnotation(**values)


class TheirVersionError(ValueError):
    """Their version cannot be applied any more (its document or quote is gone); the message is for the user."""


def apply_their_version(session: Session, item: IncomingAnnotation) -> tuple[dict[str, Any], Changes]:
    """Write their version over ours (or bring it back if ours was deleted), inside the caller's transaction.

    Returns the fields that changed (new values) and what changed.
    """
    run = _ImportRun(session, ImportReport())
    doc = resolve_document(run.docs, item)
    span = None if doc is None else _anchor(doc, item)
    if doc is None or span is None:
        raise TheirVersionError(f"their version of {item.ref} no longer fits a document of this project "
                                f"({_unresolved_reason(item) if doc is None else 'its quote is gone'})")
    start, end, _moved = span
    anchor = anchor_for(doc.text, start, end)
    author_id = _author_id(run, item.creator_key, item.creator_name)
    values = _stored_values(run, item, doc, start, end, anchor.prefix, anchor.suffix, anchor.exact, author_id)
    existing = session.get(Annotation, item.id)
    if existing is None:
        session.add(Annotation(id=item.id, **values))
        changed = dict(values)
    else:
        changed = _overwrite(existing, values)
    session.flush()
    return changed, run.changes | Changes(annotations=frozenset({item.id}))


# ---------------------------------------------------------------------------------------------------------
# Exporting for a colleague: both sides now agree on what was sent
# ---------------------------------------------------------------------------------------------------------


def mark_exchanged(project: Project, versions: Mapping[str, str], author_id: int | None = None,
                   label: str = "") -> Outcome[int]:
    """Record that each annotation (id -> the ``modified`` that was exported) was sent to a colleague.

    One transaction; ``exchanged_modified`` becomes the exported ``modified`` (a later local edit stays a
    change "since the last exchange"). Views show nothing of it, so the change set is empty.
    """
    rows = [{"b_id": annotation_id, "b_modified": _stored_time(modified)}
            for annotation_id, modified in sorted(versions.items())]
    if not rows:
        return Outcome(0, Changes())
    stmt = (update(Annotation).where(Annotation.id == bindparam("b_id"))
            .values(exchanged_modified=bindparam("b_modified")))
    with project.transaction() as s:
        s.connection().execute(stmt, rows)
        record(s, "export", "exchange", label or "colleague", author_id, annotations=len(rows))
    return Outcome(len(rows), Changes())


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
        entity = _entity(run, item.entity, EntityType.UNKNOWN.value)
        values["entity_id"] = entity.id
        if vocabulary.add_alias(run.s, entity, quote):
            run.touch(entities=frozenset({entity.id}))
    elif kind == Kind.FIGURE:
        if item.has_quantity:
            values.update(value=_figure_value(item.value, item.unit), value_max=_figure_value(item.value_max, item.unit),
                          unit=(item.unit or "").strip() or None,
                          bound=None if item.bound in (None, "") else Bound(item.bound).value,
                          machine_read=bool(item.machine_read))
        else:
            parsed = parse_figure(quote, doc.language or "en", doc.published or None)
            if parsed is not None:
                values.update(value=parsed.stored_value(), value_max=parsed.stored_value_max(),
                              unit=parsed.unit, bound=parsed.bound.value, machine_read=parsed.value is not None)
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
    """The author with this annotator key; a new key is a new author, even if the name is taken."""
    if key in run.author_ids:
        return run.author_ids[key]
    author = run.s.scalar(select(Author).where(Author.key == key))
    if author is None:
        name = (name or "").strip() or key
        folded = name.casefold()
        namesakes = [(k, n) for k, n in run.s.execute(select(Author.key, Author.name).order_by(Author.key))
                     if n.strip().casefold() == folded]
        author = Author(key=key, name=name, colour=free_colour(run.s.scalars(select(Author.colour))),
                        created=now_iso())
        run.s.add(author)
        run.s.flush()
        record(run.s, "import", "author", author.id, None, key=key, name=name)
        run.report.authors_created.append(f"{name} ({key})")
        for other_key, other_name in namesakes:
            clash = (f"name clash: {name!r} ({key}) is not your {other_name!r} ({other_key}); kept apart "
                     "(same name, different annotator keys)")
            run.report.name_clashes.append(clash)
            run.report.notes.append(clash)
        run.touch(authors=frozenset({author.id}))
    run.author_ids[key] = author.id
    return author.id


def _entity(run: _ImportRun, ref: VocabRef, default_type: str) -> Entity:
    """The entity with this key, else a new one: typed as the file says (a guess stays a guess), else
    as its key's prefix says ("person:…"), else ``default_type`` (a speaker's "person" is a guess)."""

    def make() -> Entity:
        prefix = ref.key.split(":", 1)[0] if ":" in ref.key else ""
        type_ = ref.type or _TYPE_BY_PREFIX.get(prefix) or default_type
        guessed = ref.type_guessed if ref.type else (prefix not in _TYPE_BY_PREFIX and type_ == EntityType.PERSON)
        if type_ not in EntityType._value2member_map_:
            type_, guessed = EntityType.OTHER.value, False
        return Entity(key=ref.key, name=(ref.label or "").strip() or ref.key, type=type_,
                      type_guessed=guessed and type_ != EntityType.UNKNOWN)

    entity, created = find_or_insert(  # a writer adding the same key meanwhile: theirs is used
        run.s, "entities", lambda: run.s.scalar(select(Entity).where(Entity.key == ref.key)), make)
    if created:
        run.touch(entities=frozenset({entity.id}))
    return entity


def _measure(run: _ImportRun, ref: VocabRef, unit: str) -> Measure:
    measure, created = find_or_insert(
        run.s, "measures", lambda: run.s.scalar(select(Measure).where(Measure.key == ref.key)),
        lambda: Measure(key=ref.key, label=(ref.label or "").strip() or ref.key, unit=unit))
    if created:
        run.touch(measures=frozenset({measure.id}))
    return measure


def _proposition(run: _ImportRun, ref: VocabRef) -> Proposition:
    proposition, created = find_or_insert(
        run.s, "propositions", lambda: run.s.scalar(select(Proposition).where(Proposition.key == ref.key)),
        lambda: Proposition(key=ref.key, label=(ref.label or "").strip() or ref.key))
    if created:
        run.touch(propositions=frozenset({proposition.id}))
    return proposition


def _figure_value(value: str | None, unit: str | None) -> str | None:
    """A stored figure value: an ISO 8601 date for unit "date", else an exact decimal string."""
    if (unit or "").strip() == DATE and value not in (None, "") and is_iso_date(str(value)):
        return str(value).strip()
    return _decimal(value)


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

