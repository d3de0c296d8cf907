"""The register: the entities, measures and propositions annotations point at, kept tidy.

Every function is one user action (one transaction, journalled) and returns what it needs to be
undone:

- ``rename_*``, ``set_*``, ``add_alias``, ``remove_alias`` return the item's snapshot as it was;
  ``restore_entity`` / ``restore_measure`` / ``restore_proposition`` put a snapshot back.
- ``merge_*`` returns a ``MergeRecord`` (the kept item as it was, the merged item, every annotation
  link that moved); ``unmerge`` reverses it exactly, ``modified`` stamps included.
- ``create_*`` returns the new id; ``delete_*`` undoes it and returns a ``DeleteRecord`` that
  ``undelete`` reverses.
- ``split_alias`` returns the new entity's id; ``merge_entities(project, entity_id, new_id)`` undoes it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from desktop.domain.entity_types import type_label
from desktop.domain.kinds import EntityType
from desktop.domain.slugs import slugify, unique_key
from desktop.domain.text_matching import fold
from desktop.i18n import Context
from desktop.services import vocabulary
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.services.journal import record
from desktop.storage.models import Annotation, Entity, EntityAlias, Measure, Proposition
from desktop.storage.project import Project

Register = Context("Register")


class RegisterError(ValueError):
    """A change to the register that cannot be made; the message is for the user."""


# --- read models ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntityRow:
    id: int
    key: str
    name: str
    type: str
    aliases: list[str]
    mentions_per_document: dict[int, int]  # document id -> annotations linked to the entity
    total: int
    type_guessed: bool = False  # ``type`` is a guess nobody confirmed (domain/entity_types.py)

    @property
    def type_label(self) -> str:
        """"person", "person?" (a guess), "unknown"."""
        return type_label(self.type, self.type_guessed)


@dataclass(frozen=True)
class MeasureRow:
    """Figures counted with the line-up's statuses (as Compare counts them); ``disagree`` is Compare's
    flag, None for a measure Compare does not line up (no figure counted, or a date measure)."""

    id: int
    key: str
    label: str
    unit: str
    figures_per_document: dict[int, int]
    total: int
    disagree: bool | None = None


@dataclass(frozen=True)
class PropositionRow:
    """Claims counted with the line-up's statuses: the asserting and denying claims are exactly those
    Compare lists; ``contested`` is Compare's flag (None: no claim counted)."""

    id: int
    key: str
    label: str
    asserts: int
    denies: int
    claims_per_document: dict[int, int]
    total: int
    contested: bool | None = None


# --- undo records --------------------------------------------------------------------------------

@dataclass(frozen=True)
class EntitySnapshot:
    id: int
    key: str
    name: str
    type: str
    aliases: tuple[str, ...]
    type_guessed: bool = False


@dataclass(frozen=True)
class MeasureSnapshot:
    id: int
    key: str
    label: str
    unit: str


@dataclass(frozen=True)
class PropositionSnapshot:
    id: int
    key: str
    label: str


Snapshot = EntitySnapshot | MeasureSnapshot | PropositionSnapshot


@dataclass(frozen=True)
class MovedLink:
    """One annotation column that was re-pointed, and the annotation's ``modified`` before."""

    annotation_id: str
    column: str  # entity_id | speaker_id | measure_id | proposition_id
    modified: str


@dataclass(frozen=True)
class MergeRecord:
    kind: str  # entity | measure | proposition
    keep_before: Snapshot
    merged: Snapshot
    moved: tuple[MovedLink, ...] = field(default=())

    @property
    def annotation_ids(self) -> frozenset[str]:
        return frozenset(m.annotation_id for m in self.moved)


@dataclass(frozen=True)
class DeleteRecord:
    kind: str
    deleted: Snapshot
    unlinked: tuple[MovedLink, ...] = field(default=())


_MODELS: dict[str, Any] = {"entity": Entity, "measure": Measure, "proposition": Proposition}
_COLUMNS: dict[str, tuple[str, ...]] = {
    "entity": ("entity_id", "speaker_id"), "measure": ("measure_id",), "proposition": ("proposition_id",),
}


def _changes(kind: str, ids: set[int] | frozenset[int], annotation_ids: frozenset[str] = frozenset()) -> Changes:
    items = frozenset(ids)
    if kind == "entity":
        return Changes(entities=items, annotations=annotation_ids)
    if kind == "measure":
        return Changes(measures=items, annotations=annotation_ids)
    return Changes(propositions=items, annotations=annotation_ids)


def _get(s: Session, kind: str, item_id: int) -> Any:
    item = s.get(_MODELS[kind], item_id)
    if item is None:
        raise RegisterError(_gone(kind))
    return item


def _snapshot(kind: str, item: Any) -> Snapshot:
    if kind == "entity":
        return _entity_snapshot(item)
    if kind == "measure":
        return _measure_snapshot(item)
    return PropositionSnapshot(item.id, item.key, item.label)


def _gone(kind: str) -> str:
    if kind == "entity":
        return Register.tr("That entity no longer exists.")
    if kind == "measure":
        return Register.tr("That measure no longer exists.")
    return Register.tr("That proposition no longer exists.")


def _entity_snapshot(entity: Entity) -> EntitySnapshot:
    return EntitySnapshot(entity.id, entity.key, entity.name, entity.type,
                          tuple(sorted(a.alias for a in entity.aliases)), bool(entity.type_guessed))


def _measure_snapshot(measure: Measure) -> MeasureSnapshot:
    return MeasureSnapshot(measure.id, measure.key, measure.label, measure.unit or "")


def _clean(text: str, what: str) -> str:
    text = " ".join((text or "").split())
    if not text:
        if what == "alias":
            raise RegisterError(Register.tr("The alias cannot be empty."))
        if what == "label":
            raise RegisterError(Register.tr("The label cannot be empty."))
        raise RegisterError(Register.tr("The name cannot be empty."))
    return text


# --- entities ------------------------------------------------------------------------------------

def list_entities(project: Project) -> list[EntityRow]:
    """Every entity with its aliases and how often it is tagged in each document, by name."""
    with project.read() as s:
        counts: dict[int, dict[int, int]] = defaultdict(dict)
        for entity_id, document_id, n in s.execute(
            select(Annotation.entity_id, Annotation.document_id, func.count())
            .where(Annotation.entity_id.is_not(None))
            .group_by(Annotation.entity_id, Annotation.document_id)
        ):
            if entity_id is not None:
                counts[entity_id][document_id] = n
        aliases: dict[int, list[str]] = defaultdict(list)
        for entity_id, alias in s.execute(select(EntityAlias.entity_id, EntityAlias.alias)):
            aliases[entity_id].append(alias)
        rows = [
            EntityRow(e.id, e.key, e.name, e.type, sorted(aliases[e.id], key=str.casefold),
                      dict(sorted(counts[e.id].items())), sum(counts[e.id].values()), bool(e.type_guessed))
            for e in s.scalars(select(Entity))
        ]
    return sorted(rows, key=lambda r: (r.name.casefold(), r.id))


def name_of(project: Project, kind: str, item_id: int) -> str | None:
    """An entity's name, a measure's or proposition's label; None if it no longer exists. One row read: not
    ``list_measures`` (the whole desk's comparison) to name one item."""
    with project.read() as s:
        item = s.get(_MODELS[kind], item_id)
        if item is None:
            return None
        return str(item.name if kind == "entity" else item.label)


def get_entity(project: Project, entity_id: int) -> EntityRow:
    for row in list_entities(project):
        if row.id == entity_id:
            return row
    raise RegisterError(Register.tr("That entity no longer exists."))


def _entity_named(s: Session, name: str, *, besides: int | None = None) -> Entity | None:
    """Another entity whose name or one of whose aliases folds like ``name``."""
    target = fold(name)
    for entity in s.scalars(select(Entity)):
        if entity.id != besides and fold(entity.name) == target:
            return entity
    for alias in s.scalars(select(EntityAlias)):
        if alias.entity_id != besides and fold(alias.alias) == target:
            return alias.entity
    return None


def _refuse_taken_name(s: Session, name: str, besides: int | None = None) -> None:
    other = _entity_named(s, name, besides=besides)
    if other is not None:
        if fold(other.name) == fold(name):
            raise RegisterError(Register.tr("“{other_name}” is already in the register.").format(other_name=other.name))
        raise RegisterError(Register.tr("“{name}” is already a name of “{other_name}”; merge the two instead.").format(name=name, other_name=other.name))


def create_entity(project: Project, name: str, type_: str | None = None, *,
                  aliases: tuple[str, ...] | list[str] = (), author_id: int | None = None) -> Outcome[int]:
    """A new entity of the type chosen, or (``type_`` None) guessed from the evidence, or unknown."""
    name = _clean(name, "name")
    type_ = None if type_ is None else EntityType(type_).value
    with project.transaction() as s:
        _refuse_taken_name(s, name)
        for alias in aliases:
            _refuse_taken_name(s, alias)
        entity, _ = vocabulary.get_or_create_entity(s, name, type_)
        for alias in aliases:
            vocabulary.add_alias(s, entity, alias)
        record(s, "create", "entity", entity.id, author_id, name=name, type=entity.type,
               type_guessed=entity.type_guessed, aliases=list(aliases))
        return Outcome(entity.id, _changes("entity", {entity.id}))


def rename_entity(project: Project, entity_id: int, new_name: str,
                  author_id: int | None = None) -> Outcome[EntitySnapshot]:
    """Give the entity a new name; the old one stays as an alias. Returns the entity as it was."""
    new_name = _clean(new_name, "name")
    with project.transaction() as s:
        entity = _get(s, "entity", entity_id)
        before = _entity_snapshot(entity)
        if new_name == entity.name:
            return Outcome(before, Changes())
        _refuse_taken_name(s, new_name, besides=entity.id)
        old_name = entity.name
        for alias in list(entity.aliases):
            if fold(alias.alias) == fold(new_name):
                entity.aliases.remove(alias)  # the alias becomes the name
        s.flush()
        entity.name = new_name
        vocabulary.add_alias(s, entity, old_name)
        record(s, "rename", "entity", entity.id, author_id, old=old_name, new=new_name)
        return Outcome(before, _changes("entity", {entity.id}))


def add_alias(project: Project, entity_id: int, alias: str, author_id: int | None = None) -> Outcome[bool]:
    """Record another surface form; False (and no change) if the entity already has it."""
    alias = _clean(alias, "alias")
    with project.transaction() as s:
        entity = _get(s, "entity", entity_id)
        other = _entity_named(s, alias, besides=entity.id)
        if other is not None:
            raise RegisterError(Register.tr("“{alias}” already names “{other_name}”; merge the two instead.").format(alias=alias, other_name=other.name))
        added = vocabulary.add_alias(s, entity, alias)
        if not added:
            return Outcome(False, Changes())
        record(s, "add_alias", "entity", entity.id, author_id, alias=alias)
        return Outcome(True, _changes("entity", {entity.id}))


def remove_alias(project: Project, entity_id: int, alias: str, author_id: int | None = None) -> Outcome[bool]:
    with project.transaction() as s:
        entity = _get(s, "entity", entity_id)
        found = _alias_row(entity, alias)
        if found is None:
            return Outcome(False, Changes())
        entity.aliases.remove(found)
        record(s, "remove_alias", "entity", entity.id, author_id, alias=found.alias)
        return Outcome(True, _changes("entity", {entity.id}))


def _alias_row(entity: Entity, alias: str) -> EntityAlias | None:
    exact = next((a for a in entity.aliases if a.alias == alias), None)
    return exact or next((a for a in entity.aliases if fold(a.alias) == fold(alias)), None)


def set_entity_type(project: Project, entity_id: int, type_: str,
                    author_id: int | None = None) -> Outcome[EntitySnapshot]:
    """The analyst chooses the entity's type (confirming a guess is a choice too; "unknown" clears it).
    Returns the entity as it was: ``restore_entity`` undoes it. The entity's key (its stable
    identifier) does not change."""
    type_ = EntityType(type_).value
    with project.transaction() as s:
        entity = _get(s, "entity", entity_id)
        before = _entity_snapshot(entity)
        if entity.type == type_ and not entity.type_guessed:
            return Outcome(before, Changes())
        entity.type, entity.type_guessed = type_, False
        record(s, "set_type", "entity", entity.id, author_id, old=before.type, new=type_,
               old_guessed=before.type_guessed)
        return Outcome(before, _changes("entity", {entity.id}))


def _set_aliases(s: Session, entity: Entity, aliases: tuple[str, ...]) -> None:
    wanted = set(aliases)
    for row in list(entity.aliases):
        if row.alias not in wanted:
            entity.aliases.remove(row)
    s.flush()
    have = {a.alias for a in entity.aliases}
    for alias in aliases:
        if alias not in have:
            entity.aliases.append(EntityAlias(alias=alias))
            have.add(alias)
    s.flush()


def restore_entity(project: Project, snapshot: EntitySnapshot, author_id: int | None = None) -> Outcome[int]:
    """Put an entity's name, type and aliases back as in the snapshot (undo of an edit)."""
    with project.transaction() as s:
        entity = _get(s, "entity", snapshot.id)
        entity.name, entity.type, entity.type_guessed = snapshot.name, snapshot.type, snapshot.type_guessed
        _set_aliases(s, entity, snapshot.aliases)
        record(s, "restore", "entity", entity.id, author_id, name=snapshot.name, aliases=list(snapshot.aliases))
        return Outcome(entity.id, _changes("entity", {entity.id}))


def split_alias(project: Project, entity_id: int, alias: str, author_id: int | None = None) -> Outcome[int]:
    """Make an alias its own entity; the annotations whose quote is that alias follow it.

    Returns the new entity's id; ``merge_entities(project, entity_id, new_id)`` undoes the split.
    """
    with project.transaction() as s:
        entity = _get(s, "entity", entity_id)
        found = _alias_row(entity, alias)
        if found is None:
            raise RegisterError(Register.tr("“{alias}” is not an alias of “{entity_name}”.").format(alias=alias, entity_name=entity.name))
        name = found.alias
        entity.aliases.remove(found)
        s.flush()
        _refuse_taken_name(s, name, besides=entity.id)
        taken = set(s.scalars(select(Entity.key)))
        prefix = entity.key.split(":", 1)[0] if ":" in entity.key else "other"
        new = Entity(key=unique_key(f"{prefix}:{slugify(name)}", taken), name=name, type=entity.type,
                     type_guessed=entity.type_guessed)
        s.add(new)
        s.flush()
        now = now_iso()
        moved: list[str] = []
        for ann in s.scalars(select(Annotation).where(Annotation.entity_id == entity.id)):
            if fold(ann.quote) == fold(name):
                ann.entity_id = new.id
                ann.modified = now
                moved.append(ann.id)
        record(s, "split", "entity", entity.id, author_id, alias=name, new_entity=new.id, annotations=moved)
        return Outcome(new.id, _changes("entity", {entity.id, new.id}, frozenset(moved)))


def merge_entities(project: Project, keep_id: int, merge_id: int, author_id: int | None = None) -> Outcome[MergeRecord]:
    """Fold ``merge_id`` into ``keep_id``: its mentions and speakers, its name and aliases (as aliases)."""
    return _merge(project, "entity", keep_id, merge_id, author_id)


def delete_entity(project: Project, entity_id: int, author_id: int | None = None) -> Outcome[DeleteRecord]:
    """Remove an entity (annotations stay, unlinked). ``undelete`` brings it back with its links."""
    return _delete(project, "entity", entity_id, author_id)


# --- measures ------------------------------------------------------------------------------------

def list_measures(project: Project, statuses: frozenset[str] | None = None) -> list[MeasureRow]:
    """Every measure, its figures counted with ``statuses`` (default: the line-up's, rejected left out)
    and Compare's disagreement flag computed with the same statuses."""
    from desktop.services import comparison  # loaded when the line-up is first counted

    statuses = comparison.DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    flags = {m.measure_id: m.disagree for m in comparison.compare_measures(project, statuses=statuses)}
    with project.read() as s:
        counts = _counts(s, Annotation.measure_id, statuses)
        rows = [MeasureRow(m.id, m.key, m.label, m.unit or "", dict(sorted(counts[m.id].items())),
                           sum(counts[m.id].values()), flags.get(m.id))
                for m in s.scalars(select(Measure))]
    return sorted(rows, key=lambda r: (r.label.casefold(), r.id))


def _counts(s: Session, column: InstrumentedAttribute[int | None],
            statuses: frozenset[str]) -> dict[int, dict[int, int]]:
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    for item_id, document_id, n in s.execute(
        select(column, Annotation.document_id, func.count())
        .where(column.is_not(None), Annotation.status.in_(sorted(statuses)))
        .group_by(column, Annotation.document_id)
    ):
        if item_id is not None:
            counts[item_id][document_id] = n
    return counts


def _refuse_taken_label(s: Session, kind: str, label: str, besides: int | None = None) -> None:
    items: list[Measure | Proposition] = list(s.scalars(select(_MODELS[kind])))
    for item in items:
        if item.id != besides and fold(item.label) == fold(label):
            raise RegisterError(Register.tr("“{item_label}” is already in the register; merge the two instead.").format(item_label=item.label))


def create_measure(project: Project, label: str, unit: str = "", author_id: int | None = None) -> Outcome[int]:
    label = _clean(label, "label")
    with project.transaction() as s:
        _refuse_taken_label(s, "measure", label)
        measure, _ = vocabulary.get_or_create_measure(s, label, (unit or "").strip())
        record(s, "create", "measure", measure.id, author_id, label=label, unit=measure.unit)
        return Outcome(measure.id, _changes("measure", {measure.id}))


def rename_measure(project: Project, measure_id: int, label: str,
                   author_id: int | None = None) -> Outcome[MeasureSnapshot]:
    return _relabel(project, "measure", measure_id, label, author_id)


def set_measure_unit(project: Project, measure_id: int, unit: str,
                     author_id: int | None = None) -> Outcome[MeasureSnapshot]:
    unit = (unit or "").strip()
    with project.transaction() as s:
        measure = _get(s, "measure", measure_id)
        before = _measure_snapshot(measure)
        if (measure.unit or "") == unit:
            return Outcome(before, Changes())
        measure.unit = unit
        record(s, "set_unit", "measure", measure.id, author_id, old=before.unit, new=unit)
        return Outcome(before, _changes("measure", {measure.id}))


def restore_measure(project: Project, snapshot: MeasureSnapshot, author_id: int | None = None) -> Outcome[int]:
    with project.transaction() as s:
        measure = _get(s, "measure", snapshot.id)
        measure.label, measure.unit = snapshot.label, snapshot.unit
        record(s, "restore", "measure", measure.id, author_id, label=snapshot.label, unit=snapshot.unit)
        return Outcome(measure.id, _changes("measure", {measure.id}))


def merge_measures(project: Project, keep_id: int, merge_id: int, author_id: int | None = None) -> Outcome[MergeRecord]:
    return _merge(project, "measure", keep_id, merge_id, author_id)


def delete_measure(project: Project, measure_id: int, author_id: int | None = None) -> Outcome[DeleteRecord]:
    return _delete(project, "measure", measure_id, author_id)


# --- propositions --------------------------------------------------------------------------------

def list_propositions(project: Project, statuses: frozenset[str] | None = None) -> list[PropositionRow]:
    """Every proposition with its claims as Compare lines them up with ``statuses`` (default: the
    line-up's, rejected left out): the counts are read off the comparison itself, so they cannot differ."""
    from desktop.services import comparison  # loaded when the line-up is first counted

    statuses = comparison.DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    compared = {p.proposition_id: p for p in comparison.compare_propositions(project, statuses=statuses)}
    with project.read() as s:
        propositions = list(s.scalars(select(Proposition)))
    rows = []
    for p in propositions:
        found = compared.get(p.id)
        claims = [*found.asserts, *found.denies] if found else []
        per_document: dict[int, int] = defaultdict(int)
        for claim in claims:
            per_document[claim.document_id] += 1
        rows.append(PropositionRow(p.id, p.key, p.label, len(found.asserts) if found else 0,
                                   len(found.denies) if found else 0, dict(sorted(per_document.items())),
                                   len(claims), found.contested if found else None))
    return sorted(rows, key=lambda r: (r.label.casefold(), r.id))


def create_proposition(project: Project, label: str, author_id: int | None = None) -> Outcome[int]:
    label = _clean(label, "label")
    with project.transaction() as s:
        _refuse_taken_label(s, "proposition", label)
        prop, _ = vocabulary.get_or_create_proposition(s, label)
        record(s, "create", "proposition", prop.id, author_id, label=label)
        return Outcome(prop.id, _changes("proposition", {prop.id}))


def rename_proposition(project: Project, proposition_id: int, label: str,
                       author_id: int | None = None) -> Outcome[PropositionSnapshot]:
    return _relabel(project, "proposition", proposition_id, label, author_id)


def restore_proposition(project: Project, snapshot: PropositionSnapshot,
                        author_id: int | None = None) -> Outcome[int]:
    with project.transaction() as s:
        prop = _get(s, "proposition", snapshot.id)
        prop.label = snapshot.label
        record(s, "restore", "proposition", prop.id, author_id, label=snapshot.label)
        return Outcome(prop.id, _changes("proposition", {prop.id}))


def merge_propositions(project: Project, keep_id: int, merge_id: int,
                       author_id: int | None = None) -> Outcome[MergeRecord]:
    return _merge(project, "proposition", keep_id, merge_id, author_id)


def delete_proposition(project: Project, proposition_id: int, author_id: int | None = None) -> Outcome[DeleteRecord]:
    return _delete(project, "proposition", proposition_id, author_id)


# --- shared machinery ----------------------------------------------------------------------------

def _relabel(project: Project, kind: str, item_id: int, label: str, author_id: int | None) -> Outcome[Any]:
    label = _clean(label, "label")
    with project.transaction() as s:
        item = _get(s, kind, item_id)
        before = _snapshot(kind, item)
        if item.label == label:
            return Outcome(before, Changes())
        _refuse_taken_label(s, kind, label, besides=item.id)
        old_label = item.label
        item.label = label
        record(s, "rename", kind, item.id, author_id, old=old_label, new=label)
        return Outcome(before, _changes(kind, {item.id}))


def _repoint(s: Session, kind: str, from_id: int, to_id: int | None, now: str) -> list[MovedLink]:
    moved: list[MovedLink] = []
    for column in _COLUMNS[kind]:
        attr = getattr(Annotation, column)
        for ann in s.scalars(select(Annotation).where(attr == from_id).order_by(Annotation.id)):
            moved.append(MovedLink(ann.id, column, ann.modified))
            setattr(ann, column, to_id)
            ann.modified = now
    s.flush()  # before the item is deleted, or the database would unlink them
    return moved


def _merge(project: Project, kind: str, keep_id: int, merge_id: int, author_id: int | None) -> Outcome[MergeRecord]:
    if keep_id == merge_id:
        raise RegisterError({"entity": Register.tr("Choose two different entities to merge."),
                             "measure": Register.tr("Choose two different measures to merge.")}.get(
                                 kind, Register.tr("Choose two different propositions to merge.")))
    with project.transaction() as s:
        keep, merged = _get(s, kind, keep_id), _get(s, kind, merge_id)
        keep_before, merged_snap = _snapshot(kind, keep), _snapshot(kind, merged)
        moved = _repoint(s, kind, merge_id, keep_id, now_iso())
        if kind == "entity":
            forms = [merged.name, *(a.alias for a in merged.aliases)]
            s.delete(merged)
            s.flush()
            for form in forms:
                vocabulary.add_alias(s, keep, form)
        else:
            s.delete(merged)
            s.flush()
        annotation_ids = frozenset(m.annotation_id for m in moved)
        record(s, "merge", kind, keep_id, author_id, merged=merge_id, merged_key=merged_snap.key,
               annotations=sorted(annotation_ids))
        result = MergeRecord(kind, keep_before, merged_snap, tuple(moved))
        return Outcome(result, _changes(kind, {keep_id, merge_id}, annotation_ids))


def _recreate(s: Session, kind: str, snap: Snapshot) -> None:
    model = _MODELS[kind]
    if s.get(model, snap.id) is not None or s.scalar(select(model.id).where(model.key == snap.key)) is not None:
        raise RegisterError(Register.tr("“{key}” exists again; it cannot be brought back.").format(key=snap.key))
    if isinstance(snap, EntitySnapshot):
        entity = Entity(id=snap.id, key=snap.key, name=snap.name, type=snap.type, type_guessed=snap.type_guessed)
        entity.aliases = [EntityAlias(alias=a) for a in snap.aliases]
        s.add(entity)
    elif isinstance(snap, MeasureSnapshot):
        s.add(Measure(id=snap.id, key=snap.key, label=snap.label, unit=snap.unit))
    else:
        s.add(Proposition(id=snap.id, key=snap.key, label=snap.label))
    s.flush()


def _relink(s: Session, links: tuple[MovedLink, ...], expected: int | None, target: int) -> frozenset[str]:
    """Point the links back at ``target`` where they still hold ``expected``; restore ``modified``."""
    touched: set[str] = set()
    for link in links:
        ann = s.get(Annotation, link.annotation_id)
        if ann is None or getattr(ann, link.column) != expected:
            continue  # deleted or re-linked since: leave the later decision alone
        setattr(ann, link.column, target)
        ann.modified = link.modified
        touched.add(ann.id)
    return frozenset(touched)


def unmerge(project: Project, merge: MergeRecord, author_id: int | None = None) -> Outcome[int]:
    """Undo a merge: the merged item comes back (same id and key) with its annotations."""
    kind = merge.kind
    with project.transaction() as s:
        keep = _get(s, kind, merge.keep_before.id)
        _recreate(s, kind, merge.merged)
        touched = _relink(s, merge.moved, keep.id, merge.merged.id)
        before = merge.keep_before
        if isinstance(before, EntitySnapshot):
            keep.name, keep.type, keep.type_guessed = before.name, before.type, before.type_guessed
            _set_aliases(s, keep, before.aliases)
        elif isinstance(before, MeasureSnapshot):
            keep.label, keep.unit = before.label, before.unit
        else:
            keep.label = before.label
        record(s, "unmerge", kind, keep.id, author_id, restored=merge.merged.id, annotations=sorted(touched))
        return Outcome(merge.merged.id, _changes(kind, {keep.id, merge.merged.id}, touched))


def _delete(project: Project, kind: str, item_id: int, author_id: int | None) -> Outcome[DeleteRecord]:
    with project.transaction() as s:
        item = _get(s, kind, item_id)
        snap = _snapshot(kind, item)
        unlinked = _repoint(s, kind, item_id, None, now_iso())
        s.delete(item)
        annotation_ids = frozenset(m.annotation_id for m in unlinked)
        record(s, "delete", kind, item_id, author_id, key=snap.key, annotations=sorted(annotation_ids))
        return Outcome(DeleteRecord(kind, snap, tuple(unlinked)), _changes(kind, {item_id}, annotation_ids))


def undelete(project: Project, deleted: DeleteRecord, author_id: int | None = None) -> Outcome[int]:
    """Bring a deleted entity, measure or proposition back, relinked to its annotations."""
    with project.transaction() as s:
        _recreate(s, deleted.kind, deleted.deleted)
        touched = _relink(s, deleted.unlinked, None, deleted.deleted.id)
        record(s, "undelete", deleted.kind, deleted.deleted.id, author_id, annotations=sorted(touched))
        return Outcome(deleted.deleted.id, _changes(deleted.kind, {deleted.deleted.id}, touched))
