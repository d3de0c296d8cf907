"""The claims on each proposition side by side: who asserts it, who denies it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields

from desktop.domain.kinds import Stance
from desktop.services.comparison.results import ClaimPosition, DocumentSide, PropositionComparison

# One claim as ``propositions_compared`` takes it: (id, document id, quote, start, end, stance, attributed_to,
# credibility, status, author id, speaker's name, proposition id).
ClaimRead = tuple[str, int, str, int, int, "str | None", "str | None", "int | None", str, int, "str | None", int]
# ClaimPosition filled at once, as FigureValue is (see measures.py)
_CLAIM_FIELDS = tuple(f.name for f in fields(ClaimPosition))


def propositions_compared(known: dict[int, tuple[str, str]], documents: dict[int, DocumentSide],
                          authors: dict[int, str], claims: Iterable[ClaimRead]) -> list[PropositionComparison]:
    """``compare_propositions`` of rows already read (the dossier has them): ``known`` propositions as (key, label),
    and the claims to line up, each (id, document id, quote, start, end, stance, attributed_to, credibility,
    status, author id, speaker's name, proposition id), already filtered (kind, statuses, authors)."""
    props: dict[int, tuple[str, str]] = {}
    positions: dict[int, list[tuple[str, int, int, str, ClaimPosition]]] = {}
    asserting, denying = Stance.ASSERTS.value, Stance.DENIES.value
    new, fill = object.__new__, _CLAIM_FIELDS
    for (ann_id, document_id, quote, start, end, stance, attributed_to, credibility, status, author_id,
         speaker_name, p_id) in claims:
        group = positions.get(p_id)
        if group is None:
            if p_id not in known:
                continue
            group = positions[p_id] = []
            props[p_id] = known[p_id]
        document, author = documents.get(document_id), authors.get(author_id)
        if document is None or author is None:
            continue
        doc_label, title, outlet, reliability = document
        position = new(ClaimPosition)  # ClaimPosition(...) filled at once (see measures._FIGURE_FIELDS)
        position.__dict__.update(zip(fill, (
            ann_id, document_id, title, doc_label, outlet, reliability, quote, start, end, stance or asserting,
            speaker_name, attributed_to, credibility, status, author), strict=True))
        # (sort key, position): ids are unique, so the key alone orders them
        group.append((doc_label, start, end, ann_id, position))
    result = []
    for p_id, (key, label) in props.items():
        ordered = positions[p_id]
        ordered.sort()
        asserts = [c for *_, c in ordered if c.stance == asserting]
        denies = [c for *_, c in ordered if c.stance == denying]
        result.append(PropositionComparison(p_id, key, label, asserts, denies, bool(asserts and denies)))
    return sorted(result, key=lambda c: (not c.contested, c.label.casefold(), c.proposition_id))
