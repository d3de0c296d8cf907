"""Exchange with colleagues and other tools: what exporters read, and applying an import in ONE transaction.

Imports arrive as plain values (``desktop.services.incoming``: the readers in ``desktop.interchange`` turn
files into them and never touch the database); what an import did is a ``MergeReport``
(``desktop.services.merge_report``); resolving, anchoring and storing one item is ``import_values``.

Import rules (the contract is docs/annotations-jsonld.md; the W3C reader, ``desktop.interchange.w3c_import``,
reads the file format):

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

from collections.abc import Iterable, Mapping, Sequence, Sized
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.anchoring import anchor_for
from desktop.domain.kinds import RELIABILITY_GRADES, Status
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.document_text import sha256_of
from desktop.services.documents import MetadataError, check_metadata
from desktop.services.import_values import (
    ImportRun,
    anchor_span,
    author_id_for,
    in_groups,
    instant,
    overwrite,
    resolve_document,
    short,
    stored_time,
    stored_values,
    unresolved_reason,
)
from desktop.services.incoming import (
    IncomingAnnotation,
    IncomingDocument,
    IncomingReview,
    Skipped,
    SkipReason,
    incoming_from_json,
    incoming_to_json,
)
from desktop.services.journal import record
from desktop.services.merge_report import MergeReport
from desktop.services.progress import Progress, report
from desktop.storage.bulk import update_column
from desktop.storage.models import Annotation, Conflict, Document
from desktop.storage.project import Project

PROGRESS_EVERY = 50  # items between two progress reports


def apply_import(
    project: Project, annotations: Iterable[IncomingAnnotation], reviews: Iterable[IncomingReview] = (),
    skipped: Iterable[Skipped] = (), documents: Sequence[IncomingDocument] = (), *,
    progress: Progress | None = None,
) -> Outcome[MergeReport]:
    """Apply documents, annotations, then reviews, in one transaction: all of it is written, or nothing.

    ``annotations`` may be a stream (``interchange.w3c_stream.W3CItems``): it is read once, item by item, and
    ``reviews`` and ``skipped`` are read only after it (a stream fills them as it goes). Rows are inserted in
    batches (``ImportRun.flush``). ``progress(done, total, what)`` is called every few items, in items (a
    list) or in bytes read (a stream, which has ``done`` and ``total``); if it raises (``Cancelled``), the
    transaction rolls back and nothing is written. The same id twice raises DuplicateIdsError (nothing written).
    """
    if isinstance(annotations, Sized) and isinstance(reviews, Sized):
        _refuse_duplicate_ids(list(annotations), list(reviews))  # before anything is written
    merge = MergeReport()
    streamed = _Measured(annotations, documents, reviews)
    report(progress, 0, streamed.total, "")
    label = "An import of annotations"  # other writers wait for it, and are told
    if isinstance(annotations, Sized):
        label = f"An import of {len(annotations):,} annotation(s)"
    with project.transaction(label=label, bulk=True) as s:
        run = ImportRun(s, merge)
        for document in documents:
            import_one_document(run, document)
            streamed.advance(progress, "documents")
        for items in in_groups(annotations, run.KNOWN_AT_ONCE):
            run.learn(item.id for item in items)
            for item in items:
                import_one_annotation(run, item)
                streamed.advance(progress, "annotations")
        run.flush()
        for some in in_groups(reviews, run.KNOWN_AT_ONCE):
            run.learn(review.annotation_id for review in some)
            run.learn_reviews(review.id for review in some)
            for review in some:
                import_one_review(run, review)
                streamed.advance(progress, "reviews")
        run.flush()
        merge.skipped[:0] = list(skipped)  # the file's own skips first, then the merge's
        report(progress, streamed.total, streamed.total, "")  # a cancel pressed during the last items still stops it
        return Outcome(merge, run.changes)


INT_MAX = 2**31 - 1


class _Measured:
    """How far an import is: items of lists, or bytes of a stream (which says ``done`` and ``total``)."""

    def __init__(self, annotations: Iterable[IncomingAnnotation], documents: Sequence[IncomingDocument],
                 reviews: Iterable[IncomingReview]) -> None:
        self.stream = annotations if hasattr(annotations, "done") and hasattr(annotations, "total") else None
        if self.stream is not None:
            self.total = int(getattr(self.stream, "total"))  # noqa: B009 (a stream's own measure)
        else:
            sized = [x for x in (annotations, reviews) if isinstance(x, Sized)]
            self.total = len(documents) + sum(len(x) for x in sized)
        self.unit = 1024 if self.total > INT_MAX else 1  # a file over 2 GB is counted in KiB (a progress bar's int)
        self.total //= self.unit
        self.items = 0

    def advance(self, progress: Progress | None, what: str) -> None:
        self.items += 1
        if self.items % PROGRESS_EVERY:
            return
        done = (int(getattr(self.stream, "done")) if self.stream is not None else self.items) // self.unit  # noqa: B009
        report(progress, min(done, self.total), self.total, what)


class DuplicateIdsError(ValueError):
    """The same id names two items of one import; the message (naming them) is for the user."""


class IncomingDocumentError(ValueError):
    """A document shipped with an import has metadata no document may have; the message names it."""


def _refuse_duplicate_ids(annotations: Sequence[IncomingAnnotation], reviews: Sequence[IncomingReview]) -> None:
    seen: dict[str, str] = {}
    doubled: list[str] = []
    items: list[IncomingAnnotation | IncomingReview] = [*annotations, *reviews]
    for item in items:
        if item.id in seen:
            doubled.append(seen[item.id] if seen[item.id] == item.ref else f"{seen[item.id]} and {item.ref}")
        else:
            seen[item.id] = item.ref
    if doubled:
        shown = ", ".join(doubled[:10]) + (f" and {len(doubled) - 10} more" if len(doubled) > 10 else "")
        raise DuplicateIdsError(f"the same id is used more than once: {shown}; nothing was imported")


# What to do with an incoming version of an annotation the project has (see the table in the module doc).
UNCHANGED, UPDATE, OLDER, KEEP_YOURS, CONFLICT = "unchanged", "update", "older", "keep-yours", "conflict"


def merge_decision(local: str, exchanged: str | None, theirs: str) -> str:
    """The merge rule, from three ``modified`` timestamps: ours, the last agreed one, theirs."""
    mine, agreed, incoming = instant(local), None if exchanged is None else instant(exchanged), instant(theirs)
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


def import_one_document(run: ImportRun, item: IncomingDocument) -> None:
    """Add a document unless one with the same SHA-256 is there already; its metadata passes the documents
    service's rules (``check_metadata``) or the import stops with IncomingDocumentError naming it."""
    digest = sha256_of(item.text)
    if run.s.scalar(select(Document.id).where(Document.sha256 == digest)) is not None:
        return
    reliability = (item.reliability or "").strip().upper() or None
    title = item.title or item.source_name or "Untitled"
    try:
        meta = check_metadata(title=title, language=item.language or "", outlet=item.outlet or "",
                              url=item.url or "", published=item.published or "")
    except MetadataError as exc:
        raise IncomingDocumentError(f"their document “{title[:60]}” cannot be stored: {exc}") from exc
    doc = Document(title=meta["title"], language=meta["language"], outlet=meta["outlet"], url=meta["url"],
                   published=meta["published"], text=item.text, sha256=digest, char_count=len(item.text),
                   source_name=item.source_name or "",
                   reliability=reliability if reliability in RELIABILITY_GRADES else None,
                   imported=now_iso())
    run.s.add(doc)
    run.s.flush()
    record(run.s, "import", "document", doc.id, None, sha256=digest, source=item.source_name)
    run.forget_documents()  # resolve annotations against the new document too
    run.merge.documents_added.append(doc.title)
    run.touch(documents=frozenset({doc.id}))


def import_one_annotation(run: ImportRun, item: IncomingAnnotation) -> None:
    """Resolve, anchor and upsert one annotation (inside the import's transaction; a new one is queued and
    inserted with its batch)."""
    doc = resolve_document(run, item)
    if doc is None:
        run.merge.skipped.append(Skipped(item.ref, SkipReason.NO_DOCUMENT, unresolved_reason(item)))
        return
    span = anchor_span(doc, item)
    if span is None:
        run.merge.skipped.append(Skipped(item.ref, SkipReason.QUOTE_NOT_FOUND, f"its quote {short(item.exact)} is not in “{doc.title}”"))
        return
    start, end, moved = span
    anchor = anchor_for(doc.text, start, end)
    if not anchor.exact.strip():
        run.merge.skipped.append(Skipped(item.ref, SkipReason.WHITE_SPACE, "it selects only white space"))
        return

    known = run.known(item.id)
    existing = None
    if known is not None:
        decision = merge_decision(known[0], known[1], item.modified)
        if decision == UNCHANGED:
            run.merge.unchanged.append(item.ref)
            return
        if decision == OLDER:
            run.merge.older.append(Skipped(
                item.ref, SkipReason.OLDER, f"the project has a newer version (modified {known[0]}, file {item.modified})"))
            return
        if decision == KEEP_YOURS:
            run.merge.kept_yours.append(Skipped(
                item.ref, SkipReason.KEPT_YOURS, f"yours is newer: you changed it ({known[0]}) since your last exchange, "
                          f"their file still has the version you both had ({item.modified})"))
            return
        existing = run.s.get(Annotation, item.id)
        if existing is not None and decision == CONFLICT:
            _record_conflict(run, existing, item)
            return
    author_id = author_id_for(run, item.creator_key, item.creator_name)
    values = stored_values(run, item, doc, start, end, anchor.prefix, anchor.suffix, anchor.exact, author_id)
    if existing is None:
        run.queue_annotation({"id": item.id, **values})
        run.journal("import", "annotation", item.id, author_id, kind=item.kind, start=start, end=end)
        run.merge.imported.append(item.ref)
    else:
        changed = overwrite(existing, values)
        run.s.flush()
        record(run.s, "update", "annotation", item.id, author_id, source="import", fields=changed)
        run.merge.updated.append(item.ref)
    if moved:
        run.merge.reanchored.append(item.ref)
        said = f" (the file said {item.start}–{item.end})" if item.start is not None else ""
        run.merge.moves[item.ref] = f"{short(anchor.exact)} found at {start}–{end} in “{doc.title}”{said}"
    run.touch(annotations=frozenset({item.id}))


def _record_conflict(run: ImportRun, existing: Annotation, item: IncomingAnnotation) -> None:
    """Keep their version beside ours; once per incoming version (a newer one of theirs replaces it)."""
    reason = (f"you both changed it since your last exchange ({existing.exchanged_modified}): yours "
              f"{existing.modified}, theirs {item.modified}; yours is kept until you choose")
    open_conflict = run.s.scalars(
        select(Conflict).where(Conflict.annotation_id == item.id, Conflict.resolved.is_(False))
        .order_by(Conflict.id.desc())
    ).first()
    run.merge.conflicts.append(Skipped(item.ref, SkipReason.CONFLICT, reason))
    if open_conflict is not None:
        recorded = incoming_from_json(open_conflict.theirs)
        if instant(item.modified) <= instant(recorded.modified):
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
    run.merge.conflicts_recorded.append(item.ref)
    run.touch(annotations=frozenset({item.id}))


def import_one_review(run: ImportRun, item: IncomingReview) -> None:
    """Add a review the project does not have (queued: inserted with its batch). ``run.learn_reviews`` and
    ``run.learn`` given its id and its annotation's first spare a query each."""
    if run.has_review(item.id):
        run.merge.reviews_unchanged.append(item.ref)
        return
    if not run.has_annotation(item.annotation_id):
        run.merge.skipped.append(Skipped(item.ref, SkipReason.REVIEWED_ANNOTATION_MISSING, f"the annotation it reviews (urn:uuid:{item.annotation_id}) "
                                                    "is not in this project"))
        return
    verdict = None if item.verdict is None else Status(item.verdict).value
    author_id = author_id_for(run, item.creator_key, item.creator_name)
    run.queue_review({"id": item.id, "annotation_id": item.annotation_id, "author_id": author_id, "verdict": verdict,
                      "comment": item.comment or "", "parent_id": item.parent_id, "created": stored_time(item.created)})
    run.journal("import", "review", item.id, author_id, annotation=item.annotation_id, verdict=verdict)
    run.merge.reviews_imported.append(item.ref)
    run.touch(reviews=frozenset({item.id}))


class TheirVersionError(ValueError):
    """Their version cannot be applied any more (its document or quote is gone); the message is for the user."""


def apply_their_version(session: Session, item: IncomingAnnotation) -> tuple[dict[str, Any], Changes]:
    """Write their version over ours (or bring it back if ours was deleted), inside the caller's transaction.

    Returns the fields that changed (new values) and what changed.
    """
    run = ImportRun(session, MergeReport())
    doc = resolve_document(run, item)
    span = None if doc is None else anchor_span(doc, item)
    if doc is None or span is None:
        raise TheirVersionError(f"their version of {item.ref} no longer fits a document of this project "
                                f"({unresolved_reason(item) if doc is None else 'its quote is gone'})")
    start, end, _moved = span
    anchor = anchor_for(doc.text, start, end)
    author_id = author_id_for(run, item.creator_key, item.creator_name)
    values = stored_values(run, item, doc, start, end, anchor.prefix, anchor.suffix, anchor.exact, author_id)
    existing = session.get(Annotation, item.id)
    if existing is None:
        session.add(Annotation(id=item.id, **values))
        changed = dict(values)
    else:
        changed = overwrite(existing, values)
    run.flush()
    session.flush()
    return changed, run.changes | Changes(annotations=frozenset({item.id}))


def mark_exchanged(project: Project, versions: Mapping[str, str], author_id: int | None = None,
                   label: str = "") -> Outcome[int]:
    """Record that each annotation (id -> the ``modified`` that was exported) was sent to a colleague.

    One transaction; ``exchanged_modified`` becomes the exported ``modified`` (a later local edit stays a
    change "since the last exchange"). Views show nothing of it, so the change set is empty.
    """
    rows = [(annotation_id, stored_time(modified)) for annotation_id, modified in versions.items()]
    if not rows:
        return Outcome(0, Changes())
    with project.transaction() as s:
        update_column(s.connection(), Annotation.metadata.tables[Annotation.__tablename__], "exchanged_modified", rows)
        record(s, "export", "exchange", label or "colleague", author_id, annotations=len(rows))
    return Outcome(len(rows), Changes())


