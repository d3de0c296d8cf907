"""Tagging: create, edit, delete and restore annotations. Each call is one transaction.

Undo puts things back EXACTLY (the next colleague import must not see a phantom change):

- an edit (:func:`edit_annotation`) returns the previous values of the fields it touched, with ``modified``
  and ``exchanged_modified``, and the vocabulary it created on the way (an entity, measure, proposition,
  an alias); :func:`restore_fields` writes those values back and removes what it created if nothing
  else uses it;
- a delete returns a snapshot holding the annotation's columns, its reviews (which the database deletes
  with it) and its conflict rows; :func:`restore_annotation` puts all of them back, same ids and times.

``status`` is not a field: it changes only through the review trail (``services.review``). For callers
that set it with the other fields, ``status=`` is taken as a verdict: a ``Review`` row and a ``verdict``
journal entry, undone with ``review.revert_verdict``, never by writing the column back (see
:func:`edit_annotation` for the one exception, an edit without an author).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Integer, bindparam, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.anchoring import CONTEXT_LENGTH, anchor_for
from desktop.domain.figures import format_decimal
from desktop.domain.figures.model import DATE
from desktop.domain.isodates import is_iso_date, iso, parse_iso
from desktop.domain.kinds import Bound, Kind, Stance, Status
from desktop.domain.text_matching import fold
from desktop.domain.words import kind_word, status_word
from desktop.i18n import Context
from desktop.services import text_cache, vocabulary
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.services.queries import AnnotationView
from desktop.services.review import append_verdict
from desktop.storage.change_capture import insert_at_commit
from desktop.storage.models import (
    Annotation,
    Author,
    Conflict,
    Document,
    Entity,
    EntityAlias,
    Measure,
    Proposition,
    Review,
)
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project

# A document's row and the stretch of its text holding a quote and its context (SQL substr counts
# characters from 1), in one statement: a tag reads nothing else of it.
_DOCUMENT_AND_WINDOW = select(
    Document.char_count, Document.language, Document.published,
    func.substr(Document.text, bindparam("from_char", type_=Integer), bindparam("chars", type_=Integer))
    .label("window"), Document.title,
    select(Author.key).where(Author.id == bindparam("author_id", type_=Integer)).scalar_subquery()
    .label("author_key"),
    select(Author.name).where(Author.id == bindparam("author_id", type_=Integer)).scalar_subquery()
    .label("author_name"),
).where(Document.id == bindparam("document_id", type_=Integer))
# What a tag shows of the entity its quote names (the tag reads it only when there is one).
_ENTITY_SHOWN = select(Entity.key, Entity.name, Entity.type, Entity.type_guessed).where(
    Entity.id == bindparam("entity_id", type_=Integer))
# The columns a new annotation leaves empty unless its kind or the analyst fills them.
_NULLABLE = ("entity_id", "value", "value_max", "unit", "bound", "measure_id", "proposition_id", "stance",
             "speaker_id", "attributed_to", "credibility", "exchanged_modified")
# Fields a user may edit directly on an annotation. Not ``status``: see the module docstring.
EDITABLE_FIELDS = frozenset({
    "note", "entity_id", "value", "value_max", "unit", "bound", "measure_id", "machine_read",
    "proposition_id", "stance", "speaker_id", "attributed_to", "credibility", "kind",
})
# Convenience fields: a name the analyst typed, resolved (or created) in the same transaction.
NAMED_FIELDS = frozenset({"entity_name", "measure_label", "proposition_label", "speaker_name"})
# Every stored column, for snapshots (undo of delete, exchange with colleagues).
SNAPSHOT_FIELDS = (
    "id", "document_id", "start", "end", "quote", "prefix", "suffix", "kind", "author_id", "created",
    "modified", "status", "note", "entity_id", "value", "value_max", "unit", "bound", "measure_id",
    "machine_read", "proposition_id", "stance", "speaker_id", "attributed_to", "credibility",
    "exchanged_modified",
)
# What an edit's undo writes back besides the fields it touched: the annotation is then exactly as before.
_TIMES = ("modified", "exchanged_modified")
# Every stored column of the rows a delete takes with it (or leaves pointing nowhere).
REVIEW_FIELDS = ("id", "annotation_id", "author_id", "verdict", "comment", "parent_id", "created")
CONFLICT_FIELDS = ("id", "annotation_id", "theirs", "detected", "resolved")

Annotations = Context("Annotations")


class AnnotationError(ValueError):
    """An edit that cannot be made; the message is for the user."""


@dataclass(frozen=True)
class CreatedVocabulary:
    """What an edit created on the way: entities, measures and propositions (ids), and aliases it added
    to an entity (``EntityAlias`` ids). The undo of the edit removes those nothing uses any more."""

    entities: frozenset[int] = frozenset()
    aliases: frozenset[int] = frozenset()
    measures: frozenset[int] = frozenset()
    propositions: frozenset[int] = frozenset()

    def __or__(self, other: CreatedVocabulary) -> CreatedVocabulary:
        return CreatedVocabulary(self.entities | other.entities, self.aliases | other.aliases,
                                 self.measures | other.measures, self.propositions | other.propositions)

    @property
    def empty(self) -> bool:
        return not (self.entities or self.aliases or self.measures or self.propositions)


NOTHING_CREATED = CreatedVocabulary()


@dataclass(frozen=True)
class AnnotationEdit:
    """What :func:`edit_annotation` did, enough to undo it with :func:`restore_fields`.

    ``previous``: the values before the edit of the fields it touched, plus ``modified`` and
    ``exchanged_modified``; empty when the edit changed no field. ``review_id``: the verdict review
    appended when ``status=`` was given (undone with ``review.revert_verdict``), else None.
    """

    previous: dict[str, Any]
    created: CreatedVocabulary = NOTHING_CREATED
    review_id: str | None = None


def create_annotation(
    project: Project, *, document_id: int, start: int, end: int, kind: str, author_id: int,
    annotation_id: str | None = None, **fields: Any,
) -> Outcome[str]:
    """Tag [start, end) of a document. A figure gets its value, unit and bound read by the parser."""
    kind = Kind(kind).value
    known = text_cache.recalled(project, document_id)  # the text a pane showing it read: checked below
    with project.transaction() as s:
        doc = _document_around(s, project, document_id, start, end, known, author_id)
        if doc is None:
            raise AnnotationError(Annotations.tr("There is no document {document_id}.").format(document_id=document_id))
        if not (0 <= start < end <= doc.char_count):
            raise AnnotationError(Annotations.tr("The span {start}-{end} is outside the document.").format(start=start, end=end))
        anchor = anchor_for(doc.window, start - doc.lo, end - doc.lo)  # the window holds all the context there is
        if not anchor.exact.strip():
            raise AnnotationError(Annotations.tr("Select some text to tag (the selection is only white space)."))
        now = now_iso()
        row: dict[str, Any] = dict.fromkeys(_NULLABLE)
        row.update(
            id=annotation_id or str(uuid.uuid4()), document_id=document_id, start=start, end=end,
            quote=anchor.exact, prefix=anchor.prefix, suffix=anchor.suffix, kind=kind,
            author_id=author_id, created=now, modified=now, status=Status.PROPOSED.value, note="",
            machine_read=False,
        )
        if kind == Kind.FIGURE and "value" not in fields:
            # relative dates ("giovedì", "l'anno scorso") count from the document's publication date; the
            # parser (its grammar and vocabularies) is imported on the first figure, not at start-up
            from desktop.domain.figures.parser import parse_figure

            parsed = parse_figure(anchor.exact, doc.language or "en", doc.published or None)
            if parsed is not None:
                row.update(value=parsed.stored_value(), value_max=parsed.stored_value_max(), unit=parsed.unit,
                           bound=parsed.bound.value, machine_read=parsed.value is not None)
        if kind == Kind.CLAIM and "stance" not in fields:
            row["stance"] = Stance.ASSERTS.value
        if kind == Kind.ENTITY and "entity_id" not in fields and "entity_name" not in fields:
            row["entity_id"] = vocabulary.find_entity_id(s, anchor.exact)
        changes = Changes()
        views: dict[str, AnnotationView] = {}
        if fields:
            ann = Annotation(**row)
            s.add(ann)
            changes = apply_fields(s, ann, fields)
            s.flush()
        else:  # a plain tag: its row goes in with the journal and the change log, in one statement
            insert_at_commit(s, Annotation, row)
            views[row["id"]] = _view_of(s, row, doc)
        record(s, "create", "annotation", row["id"], author_id, kind=kind, start=start, end=end)
        made = frozenset({row["id"]})
        return Outcome(row["id"], changes | Changes(annotations=made, created=made), views=views)


def _view_of(s: Session, row: dict[str, Any], doc: _Around) -> AnnotationView:
    """The new annotation as ``list_annotations`` will read it, from the row a plain tag inserts (version 1)
    and what the tag read on the way: a window shows it without reading it back."""
    entity = (s.execute(_ENTITY_SHOWN, {"entity_id": row["entity_id"]}).first()
              if row["entity_id"] is not None else None)
    return AnnotationView(
        id=row["id"], document_id=row["document_id"], document_title=doc.title, start=row["start"],
        end=row["end"], quote=row["quote"], prefix=row["prefix"], suffix=row["suffix"], kind=row["kind"],
        author_id=row["author_id"], author_key=doc.author_key, author_name=doc.author_name,
        created=row["created"], modified=row["modified"], status=row["status"], note=row["note"],
        entity_id=row["entity_id"], entity_key=entity.key if entity else None,
        entity_name=entity.name if entity else None, entity_type=entity.type if entity else None,
        entity_type_guessed=bool(entity.type_guessed) if entity else False, value=row["value"],
        value_max=row["value_max"], unit=row["unit"], bound=row["bound"], measure_id=None, measure_key=None,
        measure_label=None, machine_read=bool(row["machine_read"]), proposition_id=None, proposition_key=None,
        proposition_label=None, stance=row["stance"], speaker_id=None, speaker_key=None, speaker_name=None,
        attributed_to=None, credibility=None, version=1)


@dataclass(frozen=True)
class _Around:
    """What a tag reads of its document: its length, language and date, and the stretch of its text from
    ``lo`` holding the quote and its context."""

    char_count: int
    language: str
    published: str
    window: str
    lo: int
    title: str  # and the tagging author's key and name: the new annotation is shown without reading it back
    author_key: str
    author_name: str


def _document_around(s: Session, project: Project, document_id: int, start: int, end: int,
                     known: tuple[str, str] | None, author_id: int | None = None) -> _Around | None:
    """The document (None if there is none): from the remembered text if the row still carries its SHA-256
    (an index look-up), else with the stretch cut out of the stored text in SQL."""
    lo = max(0, start - CONTEXT_LENGTH)  # the quote and its context: only that stretch of a long text
    if known is not None:
        sha256, text = known
        same = text_cache.same_document(s, project, document_id, sha256, author_id)
        if same is not None:
            return _Around(len(text), same.language, same.published, text[lo:end + CONTEXT_LENGTH], lo,
                           same.title, same.author_key, same.author_name)
        text_cache.forget(project, document_id)
    doc = s.execute(_DOCUMENT_AND_WINDOW, {"document_id": document_id, "from_char": lo + 1,
                                           "chars": end + CONTEXT_LENGTH - lo, "author_id": author_id}).first()
    return None if doc is None else _Around(doc.char_count, doc.language, doc.published, doc.window, lo,
                                            doc.title, doc.author_key, doc.author_name)


def update_annotation(project: Project, annotation_id: str, author_id: int | None = None,
                      **fields: Any) -> Outcome[dict[str, Any]]:
    """Change fields; returns the previous values of the stored fields it touched (for undo).

    The short form of :func:`edit_annotation` (which also says what the edit created).
    """
    outcome = edit_annotation(project, annotation_id, author_id, **fields)
    return Outcome(outcome.value.previous, outcome.changes)


def edit_annotation(project: Project, annotation_id: str, author_id: int | None = None,
                    **fields: Any) -> Outcome[AnnotationEdit]:
    """Change fields in one transaction; :func:`restore_fields` with the result's ``previous`` and
    ``created`` undoes it exactly.

    ``status=`` is a verdict, not a field: it appends a review by ``author_id`` through
    ``review.append_verdict``, journalled as ``verdict`` (``AnnotationEdit.review_id``; undo it with
    ``review.revert_verdict``). Without an author (a script, a test fixture) there is nobody to credit
    with a verdict: the status is then written and journalled as a plain edit, as it always was; no path
    of the application edits without an author.
    """
    status = fields.pop("status", None)
    if status is not None:
        try:
            status = Status(status).value
        except ValueError as exc:
            raise AnnotationError(Annotations.tr("{status!r} is not a status.").format(status=status)) from exc
    with project.transaction() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError(Annotations.tr("That annotation no longer exists."))
        before = {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}
        changes, created = _apply(s, ann, fields)
        if status is not None and author_id is None:  # nobody to credit with a verdict: see the docstring
            ann.status, status = status, None
        touched = {k: v for k, v in before.items() if getattr(ann, k) != v}
        previous: dict[str, Any] = {}
        if touched:
            previous = touched | {name: before[name] for name in _TIMES}
            ann.modified = now_iso()
            record(s, "update", "annotation", ann.id, author_id,
                   fields={k: getattr(ann, k) for k in touched}, names=_names_of(s, ann, touched))
            changes |= Changes(annotations=frozenset({ann.id}))
        review_id = None
        if status is not None and author_id is not None and status != ann.status:
            review_id, was = append_verdict(s, ann, author_id, status)
            record(s, "verdict", "annotation", ann.id, author_id, review_id=review_id, verdict=status, previous=was)
            changes |= Changes(annotations=frozenset({ann.id}), reviews=frozenset({review_id}))
        return Outcome(AnnotationEdit(previous, created, review_id), changes)


def restore_fields(project: Project, annotation_id: str, old_values: dict[str, Any],
                   author_id: int | None = None, created: CreatedVocabulary = NOTHING_CREATED) -> Outcome[dict[str, Any]]:
    """Undo an edit: write back the stored values ``old_values`` (``AnnotationEdit.previous``) as they
    were, ``modified`` and ``exchanged_modified`` included, and delete what the edit ``created`` that
    nothing uses any more. Returns the values it replaced; journalled as an ``update`` marked ``undo``.

    If the annotation was exchanged with a colleague since the edit (its ``exchanged_modified`` moved),
    the colleague has the edited version: then the undo is a change like any other (``modified`` = now,
    ``exchanged_modified`` kept), so the next export carries it to them. ``status`` is refused: a
    verdict is undone with ``review.revert_verdict``, which keeps the trail.
    """
    unknown = (set(old_values) - set(SNAPSHOT_FIELDS)) | (set(old_values) & {"id", "status"})
    if unknown:
        raise AnnotationError(Annotations.tr("Cannot restore annotation fields: {items}").format(items=', '.join(sorted(unknown))))
    with project.transaction() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError(Annotations.tr("That annotation no longer exists."))
        values = dict(old_values)
        if "exchanged_modified" in values and values["exchanged_modified"] != ann.exchanged_modified:
            values.pop("exchanged_modified")
            values["modified"] = now_iso()
        replaced = {name: getattr(ann, name) for name in values}
        for name, value in values.items():
            if getattr(ann, name) != value:
                setattr(ann, name, value)
        s.flush()
        restored = {k: v for k, v in values.items() if k not in _TIMES and replaced[k] != v}
        names = _names_of(s, ann, restored)
        vocabulary_changes = _remove_unused(s, created)
        record(s, "update", "annotation", ann.id, author_id, undo=True, fields=restored, names=names)
        return Outcome(replaced, vocabulary_changes | Changes(annotations=frozenset({ann.id})))


_NAMED_COLUMNS: dict[str, tuple[type[Entity] | type[Measure] | type[Proposition], str]] = {
    "entity_id": (Entity, "name"), "speaker_id": (Entity, "name"), "measure_id": (Measure, "label"),
    "proposition_id": (Proposition, "label"),
}


def _names_of(s: Session, ann: Annotation, fields: Iterable[str]) -> dict[str, str]:
    """The names the edited id fields point at now, journalled with the edit: the history can say
    "measure set to “Meta's stake”" even after the measure is deleted (an undo removes what it made)."""
    names: dict[str, str] = {}
    for field in fields:
        target = _NAMED_COLUMNS.get(field)
        item_id = getattr(ann, field, None)
        if target is not None and item_id is not None:
            model, attribute = target
            name = s.scalar(select(getattr(model, attribute)).where(model.id == item_id))
            if name:
                names[field] = name
    return names


def _remove_unused(s: Session, created: CreatedVocabulary) -> Changes:
    """Delete what an edit created and no annotation uses now (an alias: unless another annotation of
    its entity quotes it). Returns the change set: the entities, measures, propositions touched."""
    touched_entities: set[int] = set()
    for alias_id in created.aliases:
        alias = s.get(EntityAlias, alias_id)
        if alias is None:
            continue
        quotes = s.scalars(select(Annotation.quote).where(Annotation.entity_id == alias.entity_id))
        if any(fold(quote) == fold(alias.alias) for quote in quotes):
            continue
        touched_entities.add(alias.entity_id)
        s.delete(alias)
    s.flush()
    gone = {
        Entity: {i for i in created.entities if _unused(s, Entity, i, Annotation.entity_id, Annotation.speaker_id)},
        Measure: {i for i in created.measures if _unused(s, Measure, i, Annotation.measure_id)},
        Proposition: {i for i in created.propositions if _unused(s, Proposition, i, Annotation.proposition_id)},
    }
    for model, ids in gone.items():
        for item_id in ids:
            s.delete(s.get(model, item_id))
    s.flush()
    return Changes(entities=frozenset(touched_entities | gone[Entity]), measures=frozenset(gone[Measure]),
                   propositions=frozenset(gone[Proposition]))


def _unused(s: Session, model: type[Entity | Measure | Proposition], item_id: int,
            *columns: InstrumentedAttribute[int | None]) -> bool:
    if s.get(model, item_id) is None:
        return False  # deleted or merged away since
    used = s.scalar(select(func.count()).select_from(Annotation).where(or_(*(c == item_id for c in columns))))
    return not used


def apply_fields(s: Session, ann: Annotation, fields: dict[str, Any]) -> Changes:
    """Inside a transaction: set editable and named fields on ``ann``; returns what changed."""
    return _apply(s, ann, fields)[0]


def _apply(s: Session, ann: Annotation, fields: dict[str, Any]) -> tuple[Changes, CreatedVocabulary]:
    changes, created = Changes(), NOTHING_CREATED
    unknown = set(fields) - EDITABLE_FIELDS - NAMED_FIELDS
    if unknown:
        raise AnnotationError(Annotations.tr("Unknown annotation fields: {items}").format(items=', '.join(sorted(unknown))))
    unit = _validated("unit", fields["unit"]) if "unit" in fields else ann.unit
    if unit != DATE and "unit" not in fields and _typed_date(fields.get("value")):
        fields = {**fields, "unit": DATE}  # "2025-06-12" typed as the value of a figure is a date
        unit = DATE
    for name, value in fields.items():
        if name in NAMED_FIELDS:
            named_changes, named_created = _apply_named(s, ann, name, value)
            changes, created = changes | named_changes, created | named_created
        elif name in ("value", "value_max") and unit == DATE:
            setattr(ann, name, _validated_date(value))
        else:
            setattr(ann, name, _validated(name, value))
    if unit == DATE and ("unit" in fields or "value" in fields or "value_max" in fields):
        for name in ("value", "value_max"):
            if getattr(ann, name) is not None and not is_iso_date(getattr(ann, name)):
                raise AnnotationError(Annotations.tr("{value!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.").format(value=getattr(ann, name)))
    return changes, created


def _typed_date(value: Any) -> bool:
    return isinstance(value, str) and len(value.strip()) >= 7 and is_iso_date(value.strip())


def _validated_date(value: Any) -> str | None:
    """A date as the analyst types it: ISO 8601 at any granularity (2025-06-12, 2024-09, 2025)."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    if not is_iso_date(text):
        raise AnnotationError(Annotations.tr("{text!r} is not a date: type it as YYYY-MM-DD, YYYY-MM or YYYY.").format(text=text))
    parsed = parse_iso(text)
    assert parsed is not None
    return iso(*parsed)  # "2025-6-1" is not ISO; "2025-06-01" stays as typed


def _apply_named(s: Session, ann: Annotation, name: str, value: str | None) -> tuple[Changes, CreatedVocabulary]:
    text = (value or "").strip()
    column = {"entity_name": "entity_id", "speaker_name": "speaker_id", "measure_label": "measure_id",
              "proposition_label": "proposition_id"}.get(name)
    if column is None:
        raise AnnotationError(name)
    if not text:
        setattr(ann, column, None)
        return Changes(), NOTHING_CREATED
    if name == "entity_name":
        entity, created = vocabulary.get_or_create_entity(s, text)
        aliases: frozenset[int] = frozenset()
        if vocabulary.add_alias(s, entity, ann.quote):
            aliases = frozenset(a.id for a in entity.aliases if fold(a.alias) == fold(ann.quote))
        ann.entity_id = entity.id
        made = CreatedVocabulary(entities=frozenset({entity.id}) if created else frozenset(), aliases=aliases)
        return Changes(entities=frozenset({entity.id})), made
    if name == "speaker_name":
        entity, created = vocabulary.get_or_create_entity(s, text)  # a speaker may be an organisation too
        ann.speaker_id = entity.id
        if not created:
            return Changes(), NOTHING_CREATED
        return Changes(entities=frozenset({entity.id})), CreatedVocabulary(entities=frozenset({entity.id}))
    if name == "measure_label":
        measure, created = vocabulary.get_or_create_measure(s, text, ann.unit or "")
        ann.measure_id = measure.id
        if not created:
            return Changes(), NOTHING_CREATED
        return Changes(measures=frozenset({measure.id})), CreatedVocabulary(measures=frozenset({measure.id}))
    prop, created = vocabulary.get_or_create_proposition(s, text)
    ann.proposition_id = prop.id
    if not created:
        return Changes(), NOTHING_CREATED
    return Changes(propositions=frozenset({prop.id})), CreatedVocabulary(propositions=frozenset({prop.id}))


def _validated(name: str, value: Any) -> Any:
    if name == "kind":
        return Kind(value).value
    if name == "bound":
        return None if value in (None, "") else Bound(value).value
    if name == "stance":
        return None if value in (None, "") else Stance(value).value
    if name in ("value", "value_max"):
        if value in (None, ""):
            return None
        try:
            return format_decimal(Decimal(str(value).replace(",", ".").replace(" ", "")))
        except InvalidOperation as exc:
            raise AnnotationError(Annotations.tr("{value!r} is not a number.").format(value=value)) from exc
    if name == "credibility":
        if value in (None, "", 0):
            return None
        grade = int(value)
        if not 1 <= grade <= 6:
            raise AnnotationError(Annotations.tr("Credibility is graded 1 to 6."))
        return grade
    if name == "note":
        return value or ""
    if name == "unit":
        return (value or "").strip() or None
    if name == "attributed_to":
        return (value or "").strip() or None
    return value


def delete_question(project: Project, annotation_id: str, author_id: int) -> str | None:
    """What to ask before ``author_id`` deletes this annotation, or None to delete at once.

    Deleting your own work, or a colleague's annotation nobody has reviewed, needs no question (Ctrl+Z
    brings it back). A colleague's REVIEWED annotation (accepted, rejected or disputed) carries their work
    and a reviewer's: that asks first."""
    with project.read() as s:
        row = s.execute(select(Annotation.author_id, Annotation.status, Annotation.kind, Annotation.quote)
                        .where(Annotation.id == annotation_id)).first()
        if row is None or row.author_id == author_id or row.status == Status.PROPOSED.value:
            return None
        owner = s.scalar(select(Author.name).where(Author.id == row.author_id)) or Annotations.tr("a colleague")
        reviews = s.scalar(select(func.count()).select_from(Review).where(Review.annotation_id == annotation_id))
    quote = " ".join(row.quote.split())
    quote = quote if len(quote) <= 50 else quote[:49] + "…"
    what = Annotations.tr("“{quote}” is {owner}'s {kind}, {status} in review.").format(
        quote=quote, owner=owner, kind=kind_word(row.kind), status=status_word(row.status))
    question = (Annotations.tr("Delete it and its %n review(s)?", "", reviews) if reviews
                else Annotations.tr("Delete it?"))
    return f"{what} {question} " + Annotations.tr("(Edit › Undo brings it back.)")


def delete_annotation(project: Project, annotation_id: str, author_id: int | None = None) -> Outcome[dict[str, Any]]:
    """Delete; returns a snapshot that ``restore_annotation`` brings back exactly (undo).

    The snapshot holds the annotation's columns (``SNAPSHOT_FIELDS``), and under ``"reviews"`` and
    ``"conflicts"`` its review rows (the database deletes them with it) and its conflict rows (kept:
    taking a colleague's version can bring a deleted annotation back), every column of each.
    """
    with project.transaction() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError(Annotations.tr("That annotation no longer exists."))
        snap = {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}
        reviews = s.scalars(select(Review).where(Review.annotation_id == annotation_id)
                            .order_by(Review.created, Review.id))
        snap["reviews"] = [{name: getattr(r, name) for name in REVIEW_FIELDS} for r in reviews]
        conflicts = s.scalars(select(Conflict).where(Conflict.annotation_id == annotation_id).order_by(Conflict.id))
        snap["conflicts"] = [{name: getattr(c, name) for name in CONFLICT_FIELDS} for c in conflicts]
        s.delete(ann)
        record(s, "delete", "annotation", annotation_id, author_id, quote=snap["quote"],
               reviews=[r["id"] for r in snap["reviews"]])
        return Outcome(snap, Changes(annotations=frozenset({annotation_id}),
                                     reviews=frozenset(r["id"] for r in snap["reviews"])))


def restore_annotation(project: Project, snapshot: dict[str, Any], author_id: int | None = None) -> Outcome[str]:
    """Bring back a deleted annotation from its snapshot: same id, fields and times, its reviews (same
    ids and times) and its conflict rows where they are missing."""
    with project.transaction() as s:
        if s.get(Annotation, snapshot["id"]) is not None:
            raise AnnotationError(Annotations.tr("That annotation exists already."))
        s.add(Annotation(**{name: snapshot[name] for name in SNAPSHOT_FIELDS}))
        s.flush()
        reviews = [r for r in snapshot.get("reviews", ()) if s.get(Review, r["id"]) is None]
        s.add_all(Review(**{name: r[name] for name in REVIEW_FIELDS}) for r in reviews)
        conflicts = [c for c in snapshot.get("conflicts", ()) if s.get(Conflict, c["id"]) is None]
        s.add_all(Conflict(**{name: c[name] for name in CONFLICT_FIELDS}) for c in conflicts)
        record(s, "restore", "annotation", snapshot["id"], author_id, reviews=[r["id"] for r in reviews])
        return Outcome(snapshot["id"], Changes(annotations=frozenset({snapshot["id"]}),
                                               reviews=frozenset(r["id"] for r in reviews)))


def snapshot(project: Project, annotation_id: str) -> dict[str, Any]:
    with project.read() as s:
        ann = s.get(Annotation, annotation_id)
        if ann is None:
            raise AnnotationError(Annotations.tr("That annotation no longer exists."))
        return {name: getattr(ann, name) for name in SNAPSHOT_FIELDS}


def spans_of_document(project: Project, document_id: int,
                      start_before: int | None = None) -> list[tuple[str, int, int, str, int]]:
    """(id, start, end, kind, author_id) of every annotation of a document, ordered by start: what panes paint.
    ``start_before``: only those starting before that offset (every one that touches the text up to there: what
    a long article shows first, read from the index without its thousands of others)."""
    stmt = select(Annotation.id, Annotation.start, Annotation.end, Annotation.kind, Annotation.author_id) \
        .where(Annotation.document_id == document_id)
    if start_before is not None:
        stmt = stmt.where(Annotation.start < start_before)
    with project.read() as s:  # 10,000 rows for a long article: read as the driver gives them (checked per column)
        rows = plain_rows(s, stmt.order_by(Annotation.start, Annotation.end))
        return [(ident, start, end, kind, author) for ident, start, end, kind, author in rows]
