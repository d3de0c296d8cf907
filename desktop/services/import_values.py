"""Resolving, anchoring and storing ONE incoming annotation, inside an import's transaction.

``ImportRun`` holds the session, the report and the caches of one import (the documents, the authors by
key); the functions here find an item's document (:func:`resolve_document`), its span (:func:`anchor`)
and the stored values (:func:`stored_values`), creating the authors, entities, measures and propositions
it names (matched by key, never by display name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from itertools import islice
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.anchoring import locate_quote
from desktop.domain.figures.model import DATE, format_decimal
from desktop.domain.isodates import is_iso_date
from desktop.domain.kinds import Bound, EntityType, Kind, Stance, Status
from desktop.domain.text_matching import fold
from desktop.i18n import Context
from desktop.services.authors import free_colour
from desktop.services.changes import Changes
from desktop.services.clock import now_iso
from desktop.services.incoming import IncomingAnnotation, VocabRef
from desktop.services.journal import journal_row, record
from desktop.services.merge_report import MergeReport
from desktop.storage import field_limits
from desktop.storage.bulk import insert_rows
from desktop.storage.fresh_plans import planned_afresh
from desktop.storage.models import (
    Annotation,
    Author,
    Document,
    Entity,
    EntityAlias,
    JournalEntry,
    Measure,
    Proposition,
    Review,
)
from desktop.storage.unique import find_or_insert

Annotations = Context("Annotations")

SHA256_URN = "urn:sha256:"
# Entity types by the short prefix of their keys ("person:sarah-friar" is a person).
_TYPE_BY_PREFIX = {"org": "organization", "person": "person", "place": "place", "product": "product",
                   "event": "event", "other": "other"}


@dataclass
class Doc:
    id: int
    url: str
    sha256: str
    text: str
    language: str
    title: str
    published: str = ""

T = TypeVar("T")


class ImportRun:
    """The session, the report and the caches of one import.

    Rows are written in batches: a new annotation, its journal entry and a new alias are queued
    (:meth:`queue_annotation`, :meth:`queue_review`, :meth:`journal`) and inserted together by :meth:`flush` (one ``executemany``
    each), which the import calls every :data:`BATCH` items and at the end, all inside the import's one
    transaction. What changed is gathered in sets and made into ONE ``Changes`` at the end (``changes``).
    """

    BATCH = 1000

    def __init__(self, session: Session, merge: MergeReport) -> None:
        self.s = session
        self.merge = merge
        self._touched: dict[str, set[Any]] = {}
        self._docs: list[Doc] | None = None
        self._by_sha: dict[str, list[Doc]] = {}
        self._by_url: dict[str, list[Doc]] = {}
        self.author_ids: dict[str, int] = {}
        self.entities: dict[str, Entity] = {}
        self.measures: dict[str, Measure] = {}
        self.propositions: dict[str, Proposition] = {}
        self.aliases: dict[int, set[str]] = {}  # entity id -> its name and aliases, folded
        self._known: dict[str, tuple[str, str | None]] = {}  # annotation id -> (modified, exchanged)
        self._asked: set[str] = set()  # the ids ``_known`` has looked up (found or not)
        self.new_annotations: list[dict[str, Any]] = []
        self.new_aliases: list[dict[str, Any]] = []
        self.new_reviews: list[dict[str, Any]] = []
        self._stored_reviews: set[str] = set()  # of the review ids looked up (``learn_reviews``), those stored
        self._reviews_asked: set[str] = set()
        self.journal_rows: list[dict[str, Any]] = []
        self.at = now_iso()  # the time the import's journal entries are written (one transaction)

    @property
    def docs(self) -> list[Doc]:
        if self._docs is None:
            rows = self.s.execute(select(Document.id, Document.url, Document.sha256, Document.text,
                                         Document.language, Document.title, Document.published)
                                  .order_by(Document.id))
            self._docs = [Doc(*row) for row in rows]
            self._by_sha, self._by_url = {}, {}
            for doc in self._docs:
                self._by_sha.setdefault(doc.sha256, []).append(doc)
                if doc.url:
                    self._by_url.setdefault(doc.url, []).append(doc)
        return self._docs

    def forget_documents(self) -> None:
        """A document was added: resolve the next annotations against it too."""
        self._docs = None

    def by_sha256(self, digest: str) -> list[Doc]:
        self.docs  # noqa: B018 (fills the indexes)
        return self._by_sha.get(digest, [])

    def by_url(self, url: str) -> list[Doc]:
        self.docs  # noqa: B018 (fills the indexes)
        return self._by_url.get(url, [])

    KNOWN_AT_ONCE = 500  # annotation ids looked up in one query (``learn``)

    def learn(self, annotation_ids: Iterable[str]) -> None:
        """Look up which of ``annotation_ids`` the project has, ``KNOWN_AT_ONCE`` to a query (for ``known``).

        An import reads the ids of its next items so, never the whole project's: on a desk of 60,000
        annotations, reading them all took 0.1 s during which the window could not run (the driver lets
        Python's lock go and takes it back on every row, and the window's thread never gets it)."""
        added = self._touched.get("added", ())
        new = [i for i in dict.fromkeys(annotation_ids) if i not in self._asked and i not in added]
        self._asked.update(new)
        self._known.update({i: (m, e) for i, m, e in self._rows_with_ids(
            Annotation.id, (Annotation.id, Annotation.modified, Annotation.exchanged_modified), new)})

    def _rows_with_ids(self, id_column: Any, columns: tuple[Any, ...], ids: list[str]) -> Iterator[Any]:
        """The rows whose ``id_column`` is one of ``ids``, ``KNOWN_AT_ONCE`` ids to a query."""
        with planned_afresh(self.s):  # the table grows as the import goes: a plan kept from its start would scan it
            for part in in_groups(ids, self.KNOWN_AT_ONCE):
                yield from self.s.execute(select(*columns).where(id_column.in_(part)))

    def known(self, annotation_id: str) -> tuple[str, str | None] | None:
        """(modified, exchanged_modified) of an annotation the project had before this import, else None.
        (An import's items have distinct ids, so one it wrote is never looked up as its own item.)"""
        if annotation_id not in self._asked:
            self.learn((annotation_id,))
        return self._known.get(annotation_id)

    def learn_reviews(self, review_ids: Iterable[str]) -> None:
        """Look up which of ``review_ids`` the project has (``has_review``), ``KNOWN_AT_ONCE`` to a query."""
        ids = [i for i in dict.fromkeys(review_ids) if i not in self._reviews_asked]
        self._reviews_asked.update(ids)
        self._stored_reviews.update(i for (i,) in self._rows_with_ids(Review.id, (Review.id,), ids))

    def has_review(self, review_id: str) -> bool:
        """Whether the project had this review before the import (an import's reviews have distinct ids)."""
        if review_id not in self._reviews_asked:
            self.learn_reviews((review_id,))
        return review_id in self._stored_reviews

    def has_annotation(self, annotation_id: str) -> bool:
        return annotation_id in self._touched.get("added", ()) or self.known(annotation_id) is not None

    def touch(self, **kinds: frozenset[Any]) -> None:
        for name, ids in kinds.items():
            self._touched.setdefault(name, set()).update(ids)

    @property
    def changes(self) -> Changes:
        touched: dict[str, Any] = {name: frozenset(ids) for name, ids in self._touched.items() if name != "added"}
        return Changes(**touched)

    def queue_annotation(self, values: dict[str, Any]) -> None:
        self.new_annotations.append(values)
        self._touched.setdefault("added", set()).add(values["id"])
        if len(self.new_annotations) >= self.BATCH:
            self.flush()

    def queue_review(self, values: dict[str, Any]) -> None:
        self.new_reviews.append(values)
        if len(self.new_reviews) >= self.BATCH:
            self.flush()

    def journal(self, action: str, target_type: str, target_id: object, author_id: int | None,
                **payload: Any) -> None:
        self.journal_rows.append(journal_row(action, target_type, target_id, author_id, at=self.at, **payload))

    def flush(self) -> None:
        """Insert what is queued (annotations, aliases, reviews, journal entries), after the ORM's pending rows."""
        if not (self.new_annotations or self.new_aliases or self.new_reviews or self.journal_rows):
            return
        self.s.flush()
        connection = self.s.connection()
        for model, rows in ((Annotation, self.new_annotations), (EntityAlias, self.new_aliases),
                            (Review, self.new_reviews), (JournalEntry, self.journal_rows)):
            if rows:
                if model is not JournalEntry:  # the journal's values are our own
                    field_limits.check_rows(model, rows)  # as the ORM checks each row it writes
                insert_rows(connection, model.metadata.tables[model.__tablename__], rows)
                rows.clear()
        for entity in self.entities.values():  # their alias lists were filled behind the ORM's back
            if "aliases" in entity.__dict__:
                self.s.expire(entity, ["aliases"])


def overwrite(existing: Annotation, values: Mapping[str, Any]) -> dict[str, Any]:
    """Set the values that differ; returns them (new values, for the journal and the history view)."""
    changed = {k: v for k, v in values.items() if getattr(existing, k) != v}
    for name, value in changed.items():
        setattr(existing, name, value)
    return changed


def resolve_document(run: ImportRun, item: IncomingAnnotation) -> Doc | None:
    """The spec's order: source IRI (URL or urn:sha256), then ed:sha256, then a quote found in exactly one document."""
    source = (item.source or "").strip()
    if source:
        if source.startswith(SHA256_URN):
            found = run.by_sha256(source.removeprefix(SHA256_URN).lower())
        else:
            found = run.by_url(source)
        if len(found) > 1 and item.sha256:
            found = [d for d in found if d.sha256 == item.sha256.lower()]
        if found:
            return found[0]
    if item.sha256:
        found = run.by_sha256(item.sha256.lower())
        if found:
            return found[0]
    docs = run.docs
    if item.exact:
        needle = f"{item.prefix}{item.exact}{item.suffix}"
        found = [d for d in docs if needle in d.text]
        if not found:
            found = [d for d in docs if item.exact in d.text]
        if len(found) == 1:
            return found[0]
    return None


def unresolved_reason(item: IncomingAnnotation) -> str:
    if item.source or item.sha256:
        return f"its document is not in this project (source {item.source or SHA256_URN + str(item.sha256)})"
    if item.exact:
        return f"its quote {short(item.exact)} is not found in exactly one document"
    return "it names no document and no quote"


def anchor_span(doc: Doc, item: IncomingAnnotation) -> tuple[int, int, bool] | None:
    """(start, end, re-anchored?) in code points, or None when the quote is not in the text."""
    text = doc.text
    start, end = item.start, item.end
    position = (start, end) if start is not None and end is not None and 0 <= start < end <= len(text) else None
    if item.exact is None:
        return None if position is None else (*position, False)
    if position is not None and text[position[0]:position[1]] == item.exact:
        return *position, False
    found = locate_quote(text, item.exact, item.prefix, item.suffix, near=item.start)
    if found is None:
        return None
    return found[0], found[1], True


# A vocabulary's values by value: ``_valid(_KINDS, Kind, x)`` is ``Kind(x).value`` (the same error for a value
# outside it) without the enum machinery, which costs more than the rest of an item at 50,000 items.
_KINDS = {m.value: m.value for m in Kind}
_STATUSES = {m.value: m.value for m in Status}
_BOUNDS = {m.value: m.value for m in Bound}
_STANCES = {m.value: m.value for m in Stance}
_ENTITY, _FIGURE, _CLAIM = Kind.ENTITY.value, Kind.FIGURE.value, Kind.CLAIM.value
_UNKNOWN_TYPE, _PERSON_TYPE = EntityType.UNKNOWN.value, EntityType.PERSON.value


def _valid(values: dict[str, str], vocabulary: type[Kind | Status | Bound | Stance], value: Any) -> str:
    found = values.get(value) if isinstance(value, str) else None
    return found if found is not None else vocabulary(value).value


def stored_values(run: ImportRun, item: IncomingAnnotation, doc: Doc, start: int, end: int, prefix: str,
                   suffix: str, quote: str, author_id: int) -> dict[str, Any]:
    kind = _valid(_KINDS, Kind, item.kind)
    modified = stored_time(item.modified)
    values: dict[str, Any] = dict(
        document_id=doc.id, start=start, end=end, quote=quote, prefix=prefix, suffix=suffix, kind=kind,
        author_id=author_id, created=stored_time(item.created), modified=modified,
        status=_valid(_STATUSES, Status, item.status), note=item.note or "", entity_id=None, value=None, value_max=None,
        unit=None, bound=None, measure_id=None, machine_read=False, proposition_id=None, stance=None,
        speaker_id=None, attributed_to=(item.attributed_to or "").strip() or None,
        credibility=_credibility(item.credibility), exchanged_modified=modified,
    )
    if kind == _ENTITY and item.entity is not None:
        entity = _entity(run, item.entity, _UNKNOWN_TYPE)
        values["entity_id"] = entity.id
        if _add_alias(run, entity, quote):
            run.touch(entities=frozenset({entity.id}))
    elif kind == _FIGURE:
        if item.has_quantity:
            values.update(value=_figure_value(item.value, item.unit), value_max=_figure_value(item.value_max, item.unit),
                          unit=(item.unit or "").strip() or None,
                          bound=_valid(_BOUNDS, Bound, item.bound) if item.bound else None,
                          machine_read=bool(item.machine_read))
        else:
            parsed = parse_figure(quote, doc.language or "en", doc.published or None)
            if parsed is not None:
                values.update(value=parsed.stored_value(), value_max=parsed.stored_value_max(),
                              unit=parsed.unit, bound=parsed.bound.value, machine_read=parsed.value is not None)
        if item.measure is not None:
            values["measure_id"] = _measure(run, item.measure, values["unit"] or "").id
    elif kind == _CLAIM:
        values["stance"] = _valid(_STANCES, Stance, item.stance or Stance.ASSERTS.value)
        if item.proposition is not None:
            values["proposition_id"] = _proposition(run, item.proposition).id
        if item.speaker is not None:
            values["speaker_id"] = _entity(run, item.speaker, _PERSON_TYPE).id
    return values


def author_id_for(run: ImportRun, key: str, name: str) -> int:
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
        run.merge.authors_created.append(f"{name} ({key})")
        for other_key, other_name in namesakes:
            clash = (f"name clash: {name!r} ({key}) is not your {other_name!r} ({other_key}); kept apart "
                     "(same name, different annotator keys)")
            run.merge.name_clashes.append(clash)
            run.merge.notes.append(clash)
        run.touch(authors=frozenset({author.id}))
    run.author_ids[key] = author.id
    return author.id


def _entity(run: ImportRun, ref: VocabRef, default_type: str) -> Entity:
    """The entity with this key, else a new one: typed as the file says (a guess stays a guess), else
    as its key's prefix says ("person:…"), else ``default_type`` (a speaker's "person" is a guess)."""
    if ref.key in run.entities:
        return run.entities[ref.key]

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
    run.entities[ref.key] = entity
    return entity


def _add_alias(run: ImportRun, entity: Entity, quote: str) -> bool:
    """``vocabulary.add_alias`` for an import: the known spellings are read once per entity, the new alias is
    queued with the batch."""
    alias = " ".join(quote.split())
    known = run.aliases.get(entity.id)
    if known is None:
        run.s.flush()
        known = {fold(a) for a in run.s.scalars(select(EntityAlias.alias).where(EntityAlias.entity_id == entity.id))}
        run.aliases[entity.id] = known
    if not alias or alias == " ".join(entity.name.split()) or fold(alias) in known:
        return False
    known.add(fold(alias))
    run.new_aliases.append({"entity_id": entity.id, "alias": alias})
    return True


def _measure(run: ImportRun, ref: VocabRef, unit: str) -> Measure:
    if ref.key in run.measures:
        return run.measures[ref.key]
    measure, created = find_or_insert(
        run.s, "measures", lambda: run.s.scalar(select(Measure).where(Measure.key == ref.key)),
        lambda: Measure(key=ref.key, label=(ref.label or "").strip() or ref.key, unit=unit))
    if created:
        run.touch(measures=frozenset({measure.id}))
    run.measures[ref.key] = measure
    return measure


def _proposition(run: ImportRun, ref: VocabRef) -> Proposition:
    if ref.key in run.propositions:
        return run.propositions[ref.key]
    proposition, created = find_or_insert(
        run.s, "propositions", lambda: run.s.scalar(select(Proposition).where(Proposition.key == ref.key)),
        lambda: Proposition(key=ref.key, label=(ref.label or "").strip() or ref.key))
    if created:
        run.touch(propositions=frozenset({proposition.id}))
    run.propositions[ref.key] = proposition
    return proposition


def parse_figure(quote: str, language: str, published: str | None) -> Any:
    """``desktop.domain.figures.parse_figure``, its parser imported when a figure without its value first needs
    it (an export for a colleague, which marks the exchange here, never does)."""
    from desktop.domain.figures import parse_figure as parse

    return parse(quote, language, published)


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
    if not value:  # None or 0: not graded
        return None
    if not 1 <= int(value) <= 6:
        raise ValueError(Annotations.tr("Credibility is graded 1 to 6."))
    return int(value)


def instant(timestamp: str) -> datetime:
    moment = datetime.fromisoformat(timestamp)
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


_STORED_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def stored_time(timestamp: str) -> str:
    """The project's own form (UTC, microseconds, Z), so stored times sort as text."""
    if _STORED_TIME.fullmatch(timestamp):
        return timestamp  # already in that form (every file Evidence Desk writes)
    return instant(timestamp).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def short(text: str | None, limit: int = 40) -> str:
    text = text or ""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def in_groups(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """``items`` (a stream too, read as it goes) in lists of ``size``, the last one shorter."""
    it = iter(items)
    while group := list(islice(it, size)):
        yield group
