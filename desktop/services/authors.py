"""Authors (annotators): a stable key, a display name and a colour."""

from __future__ import annotations

import secrets
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import func, select

from desktop.domain.slugs import slugify
from desktop.services.changes import Changes, Outcome
from desktop.services.clock import now_iso
from desktop.storage.errors import ReadOnlyProject
from desktop.storage.models import Annotation, Author
from desktop.storage.project import Project
from desktop.storage.unique import find_or_insert

ANNOTATOR_URN = "urn:evidence-desk:annotator:"
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2")


def free_colour(used: Iterable[str]) -> str:
    """The first palette colour nobody uses yet (compared without case); when all are taken, the one
    used least often, so two authors share a colour only when there are more authors than colours."""
    counts = Counter(c.lower() for c in used)
    return min(PALETTE, key=lambda c: (counts[c.lower()], PALETTE.index(c)))


def colours_in_use(project: Project | None, profiles: Iterable[str] = ()) -> list[str]:
    """The colours of the project's authors (if any) and of the given profiles."""
    used = list(profiles)
    if project is not None:
        with project.read() as s:
            used += list(s.scalars(select(Author.colour)))
    return used


def new_author_key(name: str) -> str:
    """A key that stays the person's own even if someone else picks the same display name."""
    return f"{slugify(name, 40)}-{secrets.token_hex(3)}"


def ensure_author(project: Project, key: str, name: str, colour: str | None = None) -> Outcome[int]:
    """Find the author with this key (updating name/colour), or add it (once, however many add it at once).

    On a read-only project the author is only looked up (an unknown one gets id 0: nothing can be written)."""
    if project.read_only:
        with project.read() as r:
            return Outcome(r.scalar(select(Author.id).where(Author.key == key)) or 0, Changes())
    with project.read() as r:  # every launch: the profile's author is there as it was, so no write transaction
        known = r.execute(select(Author.id, Author.name, Author.colour).where(Author.key == key)).first()
    if known is not None and (not name or known.name == name) and (not colour or known.colour == colour):
        return Outcome(known.id, Changes())
    try:
        return _add_or_update_author(project, key, name, colour)
    except ReadOnlyProject:  # known read-only only now: a damaged file, its integrity check settled at this write
        return Outcome(known.id if known is not None else 0, Changes())


def _add_or_update_author(project: Project, key: str, name: str, colour: str | None) -> Outcome[int]:
    with project.transaction() as s:
        def make() -> Author:
            return Author(key=key, name=name, colour=colour or free_colour(s.scalars(select(Author.colour))),
                          created=now_iso())

        author, created = find_or_insert(s, "authors", lambda: s.scalar(select(Author).where(Author.key == key)), make)
        if created:
            return Outcome(author.id, Changes(authors=frozenset({author.id})))
        changed = False
        if name and author.name != name:
            author.name, changed = name, True
        if colour and author.colour != colour:
            author.colour, changed = colour, True
        return Outcome(author.id, Changes(authors=frozenset({author.id})) if changed else Changes())


def annotation_counts(project: Project, document_id: int | None = None) -> Counter[int]:
    """How many annotations each author made (in ``document_id``, else on the whole desk), counted by the
    database (a desk's 50,000 annotations are not read to count them)."""
    stmt = select(Annotation.author_id, func.count()).group_by(Annotation.author_id)
    if document_id is not None:
        stmt = stmt.where(Annotation.document_id == document_id)
    with project.read() as s:
        return Counter({author_id: n for author_id, n in s.execute(stmt)})


def list_authors(project: Project) -> list[Author]:
    with project.read() as s:
        return list(s.scalars(select(Author).order_by(Author.name, Author.id)))


def find_author(project: Project, ref: str) -> Author:
    """An author by annotator key (or full URN), or by a display name that is unique in the project."""
    key = ref.removeprefix(ANNOTATOR_URN)
    with project.read() as s:
        author = s.scalar(select(Author).where(Author.key == key))
        if author is not None:
            return author
        named = list(s.scalars(select(Author).where(Author.name == ref)))
    if len(named) == 1:
        return named[0]
    if not named:
        raise LookupError(f"No author with key or name {ref!r}.")
    raise LookupError(f"{len(named)} authors are called {ref!r}; name one by its key: "
                      + ", ".join(a.key for a in named))
