"""Annotations -> a W3C Web Annotation collection (JSON-LD), exactly as docs/annotations-jsonld.md describes
(the form ``w3c_import`` reads back).

Pure: data in, a dict (and its JSON text) out. Deterministic: items are sorted by (document IRI, start, end,
id), keys come in one fixed order, and reviews follow the annotations they target, so two exports of the
same annotations are byte-identical whichever project they come from.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, BinaryIO

import orjson

from desktop.interchange.w3c_vocab import (
    ANNOTATOR_URN,
    CONTEXT,
    ENTITY_URN,
    MEASURE_URN,
    PROPOSITION_URN,
    QUOTE_CONTEXT,
    UUID_URN,
    DocumentRef,
    document_iri,
)
from desktop.services.queries import AnnotationView
from desktop.services.read_models import ReviewView


def annotation_collection(
    label: str, annotations: Sequence[AnnotationView], documents: Mapping[int, DocumentRef],
    reviews: Sequence[ReviewView] = (),
) -> dict[str, Any]:
    """The whole file: an AnnotationCollection with one AnnotationPage holding every item."""
    ordered = sorted(annotations, key=lambda a: (_iri(documents[a.document_id]), a.start, a.end, a.id))
    items = [annotation_to_w3c(a, documents[a.document_id]) for a in ordered]
    position = {a.id: n for n, a in enumerate(ordered)}
    exported = [r for r in reviews if r.annotation_id in position]
    exported.sort(key=lambda r: (position[r.annotation_id], r.created, r.id))
    items += [review_to_w3c(r) for r in exported]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def dumps(collection: Mapping[str, Any]) -> str:
    return json.dumps(collection, indent=2, ensure_ascii=False) + "\n"


ITEM_INDENT = b"\n      "  # an item of first.items sits three levels deep
PROGRESS_EVERY = 500  # items written between two progress calls (and encoded at once)


def write_collection(
    out: BinaryIO, label: str, annotations: Sequence[AnnotationView], documents: Mapping[int, DocumentRef],
    reviews: Sequence[ReviewView] = (), progress: Callable[[int, int], None] | None = None,
) -> int:
    """Write the collection to ``out`` item by item, byte for byte what ``dumps(annotation_collection(...))``
    gives, without ever holding the whole text (orjson writes each item). Returns how many items;
    ``progress(done, total)`` is called every few hundred items (it may raise to stop)."""
    iris = {n: _iri(d) for n, d in documents.items()}
    by_iri: dict[str, list[AnnotationView]] = {}
    for a in annotations:
        by_iri.setdefault(iris[a.document_id], []).append(a)
    ordered: list[AnnotationView] = []  # sorted by (document IRI, start, end, id): a short sort per document,
    for iri in sorted(by_iri):  # not one of 50,000 (a C call holding the GIL for ~50 ms: the window's export
        ordered += sorted(by_iri[iri], key=lambda a: (a.start, a.end, a.id))  # runs in a worker beside it)
    position = {a.id: n for n, a in enumerate(ordered)}
    exported = [r for r in reviews if r.annotation_id in position]
    exported.sort(key=lambda r: (position[r.annotation_id], r.created, r.id))
    total = len(ordered) + len(exported)
    head = {"@context": CONTEXT, "type": "AnnotationCollection", "label": label, "total": total,
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": []}}
    opening = orjson.dumps(head, option=orjson.OPT_INDENT_2)
    cut = opening.rindex(b"[]")
    out.write(opening[:cut])
    if not total:
        out.write(opening[cut:] + b"\n")
        return 0
    done = 0
    items = (annotation_to_w3c(a, documents[a.document_id]) for a in ordered)
    chained = itertools.chain(items, (review_to_w3c(r) for r in exported))
    while chunk := list(itertools.islice(chained, PROGRESS_EVERY)):
        # the chunk as a list: its items two spaces in, each line moved four more to sit in first.items
        encoded = orjson.dumps(chunk, option=orjson.OPT_INDENT_2).replace(b"\n", ITEM_INDENT[:-2])
        out.write((b"," if done else b"[") + encoded[1:-len(ITEM_INDENT) + 1])
        done += len(chunk)
        if progress is not None and done % PROGRESS_EVERY == 0:
            progress(done, total)
    if progress is not None:
        progress(total, total)  # a cancel pressed during the last items still stops it
    out.write(b"\n    ]" + opening[cut + 2:] + b"\n")
    return total


def annotation_to_w3c(a: AnnotationView, document: DocumentRef) -> dict[str, Any]:
    body: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": a.kind}]
    body += _kind_bodies(a)
    if a.note:
        body.append(_comment(a.note))
    return {
        "id": f"{UUID_URN}{a.id}",
        "type": "Annotation",
        "motivation": "classifying",
        "creator": _creator(a.author_key, a.author_name),
        "created": a.created,
        "modified": a.modified,
        "ed:status": a.status,
        "body": body,
        "target": {
            "source": _iri(document),
            "ed:sha256": document.sha256,
            "selector": [
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix[-QUOTE_CONTEXT:],
                 "suffix": a.suffix[:QUOTE_CONTEXT]},
            ],
        },
    }


def review_to_w3c(r: ReviewView) -> dict[str, Any]:
    """A verdict is an "assessing" annotation, a comment or reply a "replying" one; both target the annotation."""
    body: list[dict[str, Any]] = []
    if r.verdict:
        body.append({"type": "TextualBody", "purpose": "assessing", "value": r.verdict})
        if r.comment:
            body.append(_comment(r.comment))
    else:
        body.append(_comment(r.comment))
    item: dict[str, Any] = {
        "id": f"{UUID_URN}{r.id}",
        "type": "Annotation",
        "motivation": "assessing" if r.verdict else "replying",
        "creator": _creator(r.author_key, r.author_name),
        "created": r.created,
        "body": body,
        "target": f"{UUID_URN}{r.annotation_id}",
    }
    if r.parent_id:
        item["ed:inReplyTo"] = f"{UUID_URN}{r.parent_id}"
    return item


def _kind_bodies(a: AnnotationView) -> list[dict[str, Any]]:
    if a.kind == "entity":
        if a.entity_key is None:
            return []
        body: dict[str, Any] = {"type": "SpecificResource", "purpose": "identifying",
                                "source": f"{ENTITY_URN}{a.entity_key}", "ed:label": a.entity_name,
                                "ed:entityType": a.entity_type}
        if a.entity_type_guessed:
            body["ed:entityTypeGuessed"] = True
        return [body]
    if a.kind == "figure":
        quantity: dict[str, Any] = {
            "type": "ed:Quantity", "purpose": "describing",
            "ed:value": a.value, "ed:valueMax": a.value_max, "ed:unit": a.unit, "ed:bound": a.bound,
            "ed:measure": _urn(MEASURE_URN, a.measure_key), "ed:measureLabel": a.measure_label,
            "ed:machineRead": a.machine_read,
        }
        if a.attributed_to:
            quantity["ed:attributedTo"] = a.attributed_to
        if a.credibility is not None:
            quantity["ed:credibility"] = a.credibility
        return [quantity]
    if a.kind == "claim":
        return [{
            "type": "ed:Claim", "purpose": "classifying",
            "ed:proposition": _urn(PROPOSITION_URN, a.proposition_key), "ed:propositionLabel": a.proposition_label,
            "ed:stance": a.stance,
            "ed:speaker": _urn(ENTITY_URN, a.speaker_key), "ed:speakerLabel": a.speaker_name,
            "ed:attributedTo": a.attributed_to, "ed:credibility": a.credibility,
        }]
    return []


def _comment(text: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": "commenting", "format": "text/markdown", "value": text}


def _creator(key: str, name: str) -> dict[str, str]:
    return {"id": f"{ANNOTATOR_URN}{key}", "type": "Person", "name": name}


def _urn(prefix: str, key: str | None) -> str | None:
    return None if key is None else f"{prefix}{key}"


def _iri(document: DocumentRef) -> str:
    return _document_iri(document.url, document.sha256)


@functools.lru_cache(maxsize=1024)  # made once per document, not once per annotation (twice, with the sort)
def _document_iri(url: str, sha256: str) -> str:
    return document_iri(url, sha256)
