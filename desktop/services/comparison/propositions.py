"""The claims on each proposition side by side: who asserts it, who denies it."""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from desktop.domain.kinds import Stance
from desktop.services.comparison.results import ClaimPosition, DocumentSide, PropositionComparison

# One claim as ``propositions_compared`` takes it: (id, document id, quote, start, end, stance, attributed_to,
# credibility, status, author id, speaker's name, proposition id).
ClaimRead = tuple[str, int, str, int, int, "str | None", "str | None", "int | None", str, int, "str | None", int]
_Placed = tuple[str, int, int, str, ClaimPosition]  # a position after its sort key (document label, start, end, id)
_position = itemgetter(4)


def propositions_compared(known: dict[int, tuple[str, str]], documents: dict[int, DocumentSide],
                          authors: dict[int, str], claims: Iterable[ClaimRead]) -> list[PropositionComparison]:
    """``compare_propositions`` of rows already read (the dossier has them): ``known`` propositions as (key, label),
    and the claims to line up, each (id, document id, quote, start, end, stance, attributed_to, credibility,
    status, author id, speaker's name, proposition id), already filtered (kind, statuses, authors)."""
    props: dict[int, tuple[str, str]] = {}
    # per proposition: its asserting and its denying positions, each as (sort key..., position)
    positions: dict[int, tuple[list[_Placed], list[_Placed]]] = {}
    asserting, denying = Stance.ASSERTS.value, Stance.DENIES.value
    new = object.__new__
    for (ann_id, document_id, quote, start, end, stance, attributed_to, credibility, status, author_id,
         speaker_name, p_id) in claims:
        group = positions.get(p_id)
        if group is None:
            if p_id not in known:
                continue
            group = positions[p_id] = ([], [])
            props[p_id] = known[p_id]
        document, author = documents.get(document_id), authors.get(author_id)
        if document is None or author is None:
            continue
        stance = stance or asserting
        side = group[0] if stance == asserting else group[1] if stance == denying else None
        if side is None:  # neither: not lined up
            continue
        doc_label, title, outlet, reliability = document
        position = new(ClaimPosition)  # ClaimPosition(...) filled at once (see measures.py)
        position.__dict__.update({
            "annotation_id": ann_id, "document_id": document_id, "document_title": title, "document_label": doc_label,
            "outlet": outlet, "reliability": reliability, "quote": quote, "start": start, "end": end, "stance": stance,
            "speaker_name": speaker_name, "attributed_to": attributed_to, "credibility": credibility, "status": status,
            "author_name": author})
        # (sort key, position): ids are unique, so the key alone orders them
        side.append((doc_label, start, end, ann_id, position))
    result = []
    for p_id, (key, label) in props.items():
        asserting_side, denying_side = positions[p_id]
        asserting_side.sort()
        denying_side.sort()
        asserts, denies = list(map(_position, asserting_side)), list(map(_position, denying_side))
        result.append(PropositionComparison(p_id, key, label, asserts, denies, bool(asserts and denies)))
    return sorted(result, key=lambda c: (not c.contested, c.label.casefold(), c.proposition_id))
