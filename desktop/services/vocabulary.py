"""Canonical entities, measures and propositions: looked up by what the analyst types, created on demand
(``storage.unique.find_or_insert``: two writers naming the same new one at once share one row)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Dialect, literal, select, union_all
from sqlalchemy.orm import Session

from desktop.domain.entity_types import TypeGuess, guess_type
from desktop.domain.kinds import ENTITY_TYPE_PREFIX, EntityType
from desktop.domain.slugs import slugify, unique_key
from desktop.domain.text_matching import fold
from desktop.storage.models import Entity, EntityAlias, Measure, Proposition
from desktop.storage.project import Project
from desktop.storage.unique import find_or_insert


def find_entity(session: Session, name: str) -> Entity | None:
    """The entity whose name or one of whose aliases folds to the same text."""
    found = find_entity_id(session, name)
    return session.get(Entity, found) if found is not None else None


def find_entity_id(session: Session, name: str) -> int | None:
    """The id of :func:`find_entity`'s entity: a name matches before an alias does."""
    target = fold(name)
    if not target:
        return None
    # This runs on every entity tag, over the whole register: names then aliases in one statement compiled once,
    # read as the driver gives them (a few hundred rows through the database layer took a millisecond), each
    # name folded once per process.
    rows: Sequence[Sequence[Any]] = session.connection().exec_driver_sql(
        _register_sql(session.get_bind().dialect)).fetchall()
    if not all(type(row[2]) is str for row in rows):
        rows = session.execute(_REGISTER).all()  # the strict types name the damaged value (DamagedValue)
    found: list[tuple[int, int]] = [(is_alias, entity_id) for is_alias, entity_id, written in rows
                                    if _folded(written) == target]
    return min(found)[1] if found else None


# Every name of the register: (0, entity id, name) and (1, entity id, alias).
_REGISTER = union_all(select(literal(0).label("alias"), Entity.id, Entity.name),
                      select(literal(1), EntityAlias.entity_id, EntityAlias.alias))


@lru_cache(maxsize=8)
def _register_sql(dialect: Dialect) -> str:
    return str(_REGISTER.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


@lru_cache(maxsize=8192)
def _folded(name: str) -> str:
    """``fold`` of a register name (short: the cache holds names, never texts)."""
    return fold(name)


def get_or_create_entity(session: Session, name: str, type_: str | None = None) -> tuple[Entity, bool]:
    """The entity named ``name`` (or one of its aliases), else a new one: of ``type_`` when the analyst
    chose one, else of the type guessed from the evidence (marked as a guess), else unknown. A writer
    creating the same one at once gets ours."""
    found = find_entity(session, name)
    if found is not None:
        return found, False
    guessed = False
    if type_ is None:
        guess = guess_entity_type(session, name)
        type_, guessed = (guess.type, True) if guess is not None else (EntityType.UNKNOWN.value, False)
    if type_ not in EntityType._value2member_map_:
        type_ = EntityType.OTHER.value
    prefix = ENTITY_TYPE_PREFIX[EntityType(type_)]
    chosen_type = type_

    def make() -> Entity:
        taken = set(session.scalars(select(Entity.key)))
        return Entity(key=unique_key(f"{prefix}:{slugify(name)}", taken), name=name.strip(), type=chosen_type,
                      type_guessed=guessed)

    return find_or_insert(session, "entities", lambda: find_entity(session, name), make)


def guess_entity_type(session: Session, name: str) -> TypeGuess | None:
    """What the project's evidence says a new entity called ``name`` is (see domain/entity_types.py)."""
    chosen = select(Entity.id, Entity.name, Entity.type).where(Entity.type != EntityType.UNKNOWN.value,
                                                             Entity.type_guessed.is_(False))
    known: list[tuple[str, str]] = []
    types: dict[int, str] = {}
    for entity_id, entity_name, entity_type in session.execute(chosen):
        types[entity_id] = entity_type
        known.append((entity_name, entity_type))
    if types:
        for entity_id, alias in session.execute(select(EntityAlias.entity_id, EntityAlias.alias)
                                                .where(EntityAlias.entity_id.in_(sorted(types)))):
            known.append((alias, types[entity_id]))
    return guess_type(name, known)


def add_alias(session: Session, entity: Entity, alias: str) -> bool:
    """Record a surface form of the entity (a quote, a misspelling). False if already known."""
    alias = " ".join(alias.split())
    # A spelling that differs from the name only in case is still a surface form worth listing
    # ("Openai" for "OpenAI", machine-translation damage); among aliases, one per folded spelling.
    if not alias or alias == " ".join(entity.name.split()):
        return False
    if any(fold(a.alias) == fold(alias) for a in entity.aliases):
        return False
    entity.aliases.append(EntityAlias(alias=alias))
    session.flush()
    return True


def find_measure(session: Session, label: str) -> Measure | None:
    target = fold(label)
    return next((m for m in session.scalars(select(Measure)) if fold(m.label) == target), None)


def get_or_create_measure(session: Session, label: str, unit: str = "") -> tuple[Measure, bool]:
    def make() -> Measure:
        taken = set(session.scalars(select(Measure.key)))
        return Measure(key=unique_key(slugify(label), taken), label=label.strip(), unit=unit or "")

    return find_or_insert(session, "measures", lambda: find_measure(session, label), make)


def find_proposition(session: Session, label: str) -> Proposition | None:
    target = fold(label)
    return next((p for p in session.scalars(select(Proposition)) if fold(p.label) == target), None)


def get_or_create_proposition(session: Session, label: str) -> tuple[Proposition, bool]:
    def make() -> Proposition:
        taken = set(session.scalars(select(Proposition.key)))
        return Proposition(key=unique_key(slugify(label), taken), label=label.strip())

    return find_or_insert(session, "propositions", lambda: find_proposition(session, label), make)


def entity_names(session: Session) -> list[str]:
    return sorted(session.scalars(select(Entity.name)), key=str.casefold)


def measure_labels(session: Session) -> list[str]:
    return sorted(session.scalars(select(Measure.label)), key=str.casefold)


def proposition_labels(session: Session) -> list[str]:
    return sorted(session.scalars(select(Proposition.label)), key=str.casefold)


@dataclass(frozen=True)
class VocabularyNames:
    """What completion offers: entity names then their aliases, measure labels, proposition labels."""

    entities: list[str]
    measures: list[str]
    propositions: list[str]


def completion_names(project: Project) -> VocabularyNames:
    with project.read() as s:
        names = entity_names(s)
        known = {fold(n) for n in names}
        aliases = []
        for alias in s.scalars(select(EntityAlias.alias)):
            if fold(alias) not in known:
                known.add(fold(alias))
                aliases.append(alias)
        return VocabularyNames(names + sorted(aliases, key=str.casefold), measure_labels(s), proposition_labels(s))
