"""How far two authors agree: their annotations gathered from the project, measured by the domain maths.

A is the reference, B is measured against it (see :mod:`desktop.domain.agreement` for every measure).
All of an author's annotations count, whatever their review status: agreement is about what each
person tagged independently. What a span refers to and says:

- entity: label = entity key;
- figure: label = measure key, value = "value[–value_max] [unit] [bound]" (None until a value is read);
- claim: label = proposition key, value = stance.

Without a list of documents, the documents either author annotated are compared (documents neither
touched would only inflate the agreement on untagged text).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select

from desktop.domain.agreement import Agreement, DocumentCoding, KindAgreement, measure_agreement
from desktop.domain.alignment import CodedSpan
from desktop.domain.kinds import Kind
from desktop.services.authors import ANNOTATOR_URN, find_author
from desktop.storage.models import Annotation, Document, Entity, Measure, Proposition
from desktop.storage.project import Project


class AgreementError(ValueError):
    """Agreement cannot be measured as asked; the message is for the user."""


@dataclass(frozen=True)
class AuthorRef:
    id: int
    key: str
    name: str

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "urn": ANNOTATOR_URN + self.key, "name": self.name}


@dataclass(frozen=True)
class AgreementReport:
    author_a: AuthorRef
    author_b: AuthorRef
    document_ids: tuple[int, ...]
    result: Agreement

    @property
    def rows(self) -> tuple[KindAgreement, ...]:
        return self.result.kinds

    @property
    def kappa(self) -> float | None:
        return self.result.kappa

    @property
    def alpha_u(self) -> float | None:
        return self.result.alpha_u

    def to_json(self) -> dict[str, Any]:
        """Undefined coefficients are null, with the reason under "undefined"; -0.0 is written 0.0."""
        return {
            "author_a": self.author_a.to_json(),
            "author_b": self.author_b.to_json(),
            "documents": list(self.document_ids),
            "characters": self.result.characters,
            "kinds": [
                {
                    "kind": row.kind,
                    "exact": _scores_json(row.exact.to_json()),
                    "overlap": _scores_json(row.overlap.to_json()),
                    "label_agreement": _number(row.label_agreement),
                    "label_pairs": row.label.pairs,
                    "value_agreement": _number(row.value_agreement),
                    "value_pairs": row.value.pairs,
                    "alpha_u": _number(row.alpha_u),
                    "undefined": {m: why for m in KIND_MEASURES if (why := row.why_undefined(m))},
                }
                for row in self.result.kinds
            ],
            "kappa": _number(self.result.kappa),
            "alpha_u": _number(self.result.alpha_u),
            "undefined": {m: why for m in ("kappa", "alpha_u") if (why := self.result.why_undefined(m))},
        }


# The per-kind measures, as KindAgreement.why_undefined names them.
KIND_MEASURES = ("exact.precision", "exact.recall", "exact.f1", "overlap.precision", "overlap.recall",
                 "overlap.f1", "label", "value", "alpha_u")


def _number(value: float | None) -> float | None:
    """-0.0 (a coefficient a rounding error below zero) is 0.0."""
    return None if value is None else (0.0 if value == 0 else value)


def _scores_json(scores: dict[str, Any]) -> dict[str, Any]:
    return {k: _number(v) if k in ("precision", "recall", "f1") else v for k, v in scores.items()}


def agreement(project: Project, author_a: str, author_b: str,
              document_ids: Sequence[int] | None = None) -> AgreementReport:
    """Agreement of ``author_b`` against ``author_a``, each named by annotator key, URN or unique name.

    Raises LookupError for an unknown or ambiguous author, AgreementError for unusable input.
    """
    a, b = find_author(project, author_a), find_author(project, author_b)
    if a.id == b.id:
        raise AgreementError(f"Both names point to the same author ({a.key}); choose two people.")
    ref_a, ref_b = AuthorRef(a.id, a.key, a.name), AuthorRef(b.id, b.key, b.name)
    with project.read() as s:
        if document_ids is None:
            chosen = sorted(set(s.scalars(
                select(Annotation.document_id).where(Annotation.author_id.in_([a.id, b.id])))))
        else:
            chosen = sorted(set(document_ids))
        lengths = {i: n for i, n in s.execute(select(Document.id, Document.char_count)
                                              .where(Document.id.in_(chosen)))}
        missing = [d for d in chosen if d not in lengths]
        if missing:
            raise AgreementError("No document " + ", ".join(str(d) for d in missing) + " in this project.")
        rows = s.execute(
            select(Annotation, Entity.key, Measure.key, Proposition.key)
            .outerjoin(Entity, Entity.id == Annotation.entity_id)
            .outerjoin(Measure, Measure.id == Annotation.measure_id)
            .outerjoin(Proposition, Proposition.id == Annotation.proposition_id)
            .where(Annotation.document_id.in_(chosen),
                   or_(Annotation.author_id == a.id, Annotation.author_id == b.id))
            .order_by(Annotation.document_id, Annotation.start, Annotation.end, Annotation.id)
        ).all()
    spans: dict[tuple[int, int], list[CodedSpan]] = {}
    for ann, entity_key, measure_key, proposition_key in rows:
        spans.setdefault((ann.document_id, ann.author_id), []).append(
            coded_span(ann, entity_key, measure_key, proposition_key))
    documents = [DocumentCoding(lengths[d], spans.get((d, a.id), []), spans.get((d, b.id), []))
                 for d in chosen]
    return AgreementReport(ref_a, ref_b, tuple(chosen), measure_agreement(documents))


def coded_span(ann: Annotation, entity_key: str | None, measure_key: str | None,
               proposition_key: str | None) -> CodedSpan:
    """An annotation as agreement and alignment see it (label and value by kind, see the module)."""
    label = value = None
    if ann.kind == Kind.ENTITY:
        label = entity_key
    elif ann.kind == Kind.FIGURE:
        label = measure_key
        value = figure_value(ann.value, ann.value_max, ann.unit, ann.bound)
    elif ann.kind == Kind.CLAIM:
        label = proposition_key
        value = ann.stance
    return CodedSpan(ann.id, ann.start, ann.end, ann.kind, label, value)


def figure_value(value: str | None, value_max: str | None, unit: str | None, bound: str | None) -> str | None:
    """A figure's reading as one comparable string, e.g. "14000000000 USD about"; None if unread."""
    if value is None:
        return None
    text = value if value_max is None else f"{value}–{value_max}"
    return " ".join(part for part in (text, unit, bound) if part)
