"""Dossier model -> JSON (schema: docs/dossier-json-schema.json). Deterministic: keys in a fixed order,
lists in the dossier's order, figures as decimal strings so no value is rounded.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from string import Formatter
from typing import Any

import orjson

from desktop.dossier.citations import Citation, citation_words
from desktop.dossier.model import PENDING_STATUSES, ClaimEntry, Dossier, FigureEntry, Quote, TimelineEntry
from desktop.quiet_gc import no_cycle_collection

FORMAT = "evidence-desk-dossier/1"


def _pieces(template: str, *names: str) -> list[str] | None:
    """The literal text around ``template``'s fields when it holds exactly the fields ``names``, in that order, each
    plain (no conversion, no format): ``"doc. {start}–{end}"`` -> ``["doc. ", "–", ""]``, so that joining them with
    the values gives ``template.format(...)`` without parsing the template again. None for any other template."""
    try:
        parsed = list(Formatter().parse(template))
    except ValueError:
        return None
    pieces, text, fields = [], "", []
    for literal, name, spec, conversion in parsed:
        text += literal  # an escaped brace comes as a piece of its own
        if name is not None:
            pieces.append(text)
            text = ""
            fields.append(name)
            if spec or conversion:
                return None
    return pieces + [text] if fields == list(names) else None


class _Citations:
    """Each citation's JSON object, made once per citation (a review cites the quote its annotation already
    has) with the words of its text looked up and parsed once per dossier: ``Citation.to_json`` field for field."""

    def __init__(self) -> None:
        self.page_words, self.doc_words = citation_words()
        self.doc_pieces = _pieces(self.doc_words, "start", "end")
        self.made: dict[int, dict[str, Any]] = {}  # by id(): every citation is held by the dossier meanwhile

    def __call__(self, c: Citation) -> dict[str, Any]:
        made = self.made.get(id(c))
        if made is None:
            made = self.made[id(c)] = self._make(c)
        return made

    def _make(self, c: Citation) -> dict[str, Any]:
        page, start, end = c.page, c.start, c.end
        pieces = self.doc_pieces
        where = (f"{pieces[0]}{start}{pieces[1]}{end}{pieces[2]}" if pieces is not None
                 else self.doc_words.format(start=start, end=end))
        text = f"{c.document}{' ' + self.page_words.format(page=page) if page else ''} ¶{c.paragraph} · {where}"
        return {
            "document": c.document, "document_id": c.document_id, "paragraph": c.paragraph,
            "start": start, "end": end, "anchor": c.anchor, "text": text,
            "url": c.url, "link": c.link, "page": page, "original_sha256": c.original_sha256,
            "retrieved_at": c.retrieved_at,
        }


def _quote(q: Quote, cite: _Citations) -> dict[str, Any]:
    c = q.citation
    return {"annotation": q.annotation_id, "document": c.document, "quote": q.text,
            "status": q.status, "pending": q.status in PENDING_STATUSES, "author": q.author, "citation": cite(c)}


def _figure_value(e: FigureEntry, cite: _Citations) -> dict[str, Any]:
    q = e.quote
    c = q.citation
    return {"annotation": q.annotation_id, "document": c.document, "quote": q.text,
            "status": q.status, "pending": q.status in PENDING_STATUSES, "author": q.author, "citation": cite(c),
            "value": e.value, "value_max": e.value_max, "unit": e.unit, "bound": e.bound,
            "display": e.display, "attributed_to": e.attributed_to, "low": e.low, "high": e.high,
            "conflicts_with": e.conflicts_with}  # a tuple: written as a list, and shared, not copied


def _date_value(e: TimelineEntry, cite: _Citations) -> dict[str, Any]:
    out = _quote(e.quote, cite)
    out.update({"value": e.value, "value_max": e.value_max, "granularity": e.granularity, "bound": e.bound,
                "display": e.display, "measure": e.measure, "conflicts_with": e.conflicts_with})
    return out


def _position(e: ClaimEntry, cite: _Citations) -> dict[str, Any]:
    q = e.quote
    c = q.citation
    return {"annotation": q.annotation_id, "document": c.document, "quote": q.text,
            "status": q.status, "pending": q.status in PENDING_STATUSES, "author": q.author, "citation": cite(c),
            "stance": e.stance, "speaker": e.speaker, "attributed_to": e.attributed_to,
            "credibility": e.credibility, "reliability": e.reliability}


def dossier_to_dict(d: Dossier) -> dict[str, Any]:
    cite = _Citations()
    return {
        "format": FORMAT,
        "language": d.language,
        "title": d.title,
        "generated_at": d.generated_at,
        "scope": {
            "project_title": d.project_title,
            "documents": [s.label for s in d.sources],
            "statuses": sorted(d.statuses),
            "include_pending": d.options.include_pending,
            "include_entities": d.options.include_entities,
            "include_notes": d.options.include_notes,
            "annotations_total": d.annotation_count,
            "annotations_included": d.included_count,
            "left_out": {status: sum(n for st, _k, n in d.left_out if st == status)
                         for status in sorted({st for st, _k, _n in d.left_out})},
            "tolerance": d.tolerance,
        },
        "authors": list(d.authors),
        "reviewers": list(d.reviewers),
        "sources": [
            {"label": s.label, "document_id": s.document_id, "title": s.title, "outlet": s.outlet,
             "language": s.language, "published": s.published, "reliability": s.reliability,
             "sha256": s.sha256, "characters": s.characters, "url": s.url, "author": s.author,
             "retrieved_at": s.retrieved_at, "original_sha256": s.original_sha256,
             "original_type": s.original_type, "extraction": s.extraction, "extractor": s.extractor,
             "pages": len(s.page_starts) or None, "page_starts": list(s.page_starts)}
            for s in d.sources
        ],
        "figures": [
            {"measure": f.measure_key, "label": f.label, "unit": f.unit, "disagree": f.disagree,
             "summary": f.summary, "values": [_figure_value(e, cite) for e in f.values]}
            for f in d.figures
        ],
        "unassigned_figures": [_figure_value(e, cite) for e in d.other_figures],
        "timeline": [
            {"measure": t.measure_key, "label": t.label, "disagree": t.disagree,
             "values": [_date_value(e, cite) for e in t.values]}
            for t in d.timeline
        ],
        "unassigned_dates": [_date_value(e, cite) for e in d.other_dates],
        "claims": [
            {"proposition": c.proposition_key, "label": c.label, "contested": c.contested,
             "asserts": [_position(e, cite) for e in c.asserts], "denies": [_position(e, cite) for e in c.denies]}
            for c in d.claims
        ],
        "unassigned_claims": [_position(e, cite) for e in d.other_claims],
        "entities": [
            {"key": e.key, "name": e.name, "type": e.type, "type_guessed": e.type_guessed, "aliases": list(e.aliases),
             "mentions": {label: n for label, n in e.mentions}, "total": e.total}
            for e in d.entities
        ],
        "notes": [dict(_quote(n.quote, cite), note=n.markdown) for n in d.notes],
        "activity": [
            {"key": a.key, "name": a.name, "by_kind": dict(a.by_kind), "by_status": dict(a.by_status),
             "reviews": a.reviews}
            for a in d.activity
        ],
        "reviews": [
            {"id": r.id, "annotation": r.annotation_id, "reviewer": r.reviewer, "verdict": r.verdict,
             "comment": r.comment, "created": r.created, "reply": r.is_reply,
             "annotation_author": r.annotation_author, "citation": cite(r.citation)}
            for r in d.reviews
        ],
        "other_reviews": d.other_reviews,
    }


def render_json(dossier: Dossier) -> str:
    """The dossier as indented JSON (orjson: the same text as ``json.dumps(..., ensure_ascii=False, indent=2)``)."""
    return json_bytes(dossier).decode("utf-8")


def json_bytes(dossier: Dossier) -> bytes:
    """``render_json`` as UTF-8, as it is written to a file."""
    with no_cycle_collection():
        data = dossier_to_dict(dossier)
        try:
            return orjson.dumps(data, option=orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE)
        except TypeError:  # a value orjson does not take
            return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def json_pieces(dossier: Dossier) -> Iterator[bytes]:
    """``json_bytes(dossier)`` in pieces, byte for byte, to be written as they come: a desk's JSON is 70 MB, and
    made whole it is 70 MB of fresh memory the system hands over a page at a time. Each element of a top-level
    list is dumped on its own (orjson, indented) and moved in to its depth: a dumped value holds a line break only
    between its own lines (one inside a string is written as \\n). Raises TypeError for a value orjson does not
    take (``json_bytes`` writes it)."""
    with no_cycle_collection():
        data = dossier_to_dict(dossier)
        yield b"{"
        separator = b"\n  "
        for key, value in data.items():
            yield separator + orjson.dumps(key) + b": "
            separator = b",\n  "
            if isinstance(value, list) and value:
                item_separator = b"[\n    "
                for item in value:
                    yield item_separator
                    yield orjson.dumps(item, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n    ")
                    item_separator = b",\n    "
                yield b"\n  ]"
            else:
                yield orjson.dumps(value, option=orjson.OPT_INDENT_2).replace(b"\n", b"\n  ")
        yield b"\n}\n"
