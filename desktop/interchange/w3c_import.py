"""A W3C Web Annotation file -> plain values to import (pure: text in, dataclasses out, no database).

Accepted shapes: an AnnotationCollection (with embedded pages), an AnnotationPage, a JSON array of
annotations, one Annotation, and Hypothesis' API listing (``{"rows": [...]}``).

Two kinds of trouble, kept apart:

- the file is not what it claims (malformed JSON, not annotations, a field of the wrong type, a value outside
  its vocabulary): :class:`W3CImportError`, one message naming the item and the field, nothing imported;
- an annotation that is well formed but not for us (its tags name no kind and no ``--as`` was given, it selects
  no text, its verdict is foreign): a :class:`Skipped` entry with the reason, the rest is imported.

Foreign ids are kept stable: ``urn:uuid:<uuid>`` is stored as the uuid, any other id as a uuid5 of it, so
importing the same file twice finds the same annotations. Entity, measure and proposition keys with a
character outside ``A-Z a-z 0-9 : . _ -`` are replaced by a slug plus a short hash (``safe_key``), keeping
the original as the label when the file gives none; the keys Evidence Desk writes are already safe, so its
own files come back unchanged.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any, NoReturn

from desktop.domain.isodates import is_iso_date
from desktop.domain.kinds import Bound, Stance, Status
from desktop.domain.slugs import slugify
from desktop.interchange.w3c_vocab import (
    ANNOTATOR_URN,
    ENTITY_URN,
    KINDS,
    MEASURE_URN,
    PROPOSITION_URN,
    SHA256_URN,
    UUID_URN,
)
from desktop.services.incoming import IncomingAnnotation, IncomingReview, Skipped, SkipReason, VocabRef

DATE_UNIT = "date"  # a figure of this unit has an ISO 8601 date as its value (docs/interchange.md)
MISSING_TIME = "1970-01-01T00:00:00.000000Z"  # W3C makes created/modified optional; a fixed stand-in stays idempotent
VERDICTS = ("accepted", "rejected", "disputed")
MAX_KEY = 200
MAX_AUTHOR_KEY = 120
MAX_UNIT = 16
_ED = "urn:evidence-desk:vocab#"
_SAFE_KEY = re.compile(r"[A-Za-z0-9:._-]+")
_SURROGATE = re.compile("[\ud800-\udfff\x00]")  # a lone surrogate, or NUL (which PostgreSQL refuses): not text
_HEX64 = re.compile(r"[0-9a-fA-F]{64}")
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class W3CImportError(ValueError):
    """The file cannot be imported at all; the message is for the user."""


@dataclass
class ParsedFile:
    annotations: list[IncomingAnnotation] = field(default_factory=list)
    reviews: list[IncomingReview] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.annotations) + len(self.reviews) + len(self.skipped)


def load_json(text: str) -> Any:
    """JSON text -> data, or one error with the line and column of the first mistake."""
    try:
        return json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise W3CImportError("the file is empty: there are no annotations in it") from exc
        if exc.pos == len(text) - len(text.lstrip()):  # its very first character: not JSON at all
            raise W3CImportError("it is not a file of annotations: not W3C Web Annotations (JSON-LD), an Evidence "
                                 "Desk project or a REFI-QDA project (.qdpx)") from exc
        raise W3CImportError(f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})") from exc
    except ValueError as exc:
        if "integer string conversion" in str(exc):  # Python's guard against 4,300-digit numbers
            raise W3CImportError("not valid JSON: it holds a number of more than 4,300 digits") from exc
        raise W3CImportError(f"not valid JSON: {exc}") from exc
    except RecursionError as exc:
        raise W3CImportError("not valid JSON: nested too deeply") from exc


def parse_w3c(text: str, *, as_kind: str | None = None) -> ParsedFile:
    """Read every annotation and review of a file. ``as_kind`` is the kind for annotations naming none."""
    check_kind(as_kind)
    parsed = ParsedFile()
    seen = SeenIds()
    for index, item in enumerate(annotation_items(load_json(text)), start=1):
        result, stored_id, ref = read_item(index, item, as_kind)
        seen.add(stored_id, ref)
        if isinstance(result, IncomingAnnotation):
            parsed.annotations.append(result)
        elif isinstance(result, IncomingReview):
            parsed.reviews.append(result)
        else:
            parsed.skipped.append(result)
    seen.refuse()
    return parsed


def check_kind(as_kind: str | None) -> None:
    if as_kind is not None and as_kind not in KINDS:
        raise W3CImportError(f"--as must be one of {', '.join(KINDS)}, not {as_kind!r}")


def read_item(index: int, item: Any, as_kind: str | None, *,
              check_surrogates: bool = True) -> tuple[IncomingAnnotation | IncomingReview | Skipped, str, str]:
    """One item of a file (the ``index``-th, from 1) -> (what it is, the id it is stored under, how the report
    names it). Raises W3CImportError naming the item and the field when it is malformed. ``check_surrogates``
    False: the caller knows the item holds no lone surrogate (its bytes hold no ``\\uD800``-``\\uDFFF`` escape)."""
    reader = _ItemReader(index, item, check_surrogates)
    result = reader.read(as_kind)
    return result, reader.stored_id(reader.raw_id), reader.ref


class SeenIds:
    """The stored ids of a file's items, to refuse one used twice: the first item's ref for each id (a string,
    which the cycle collector never walks) and the refs of the items that repeat one, so memory and the
    collector's work stay proportional to the items (no list per item)."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.again: dict[str, list[str]] = {}

    def add(self, stored_id: str, ref: str) -> bool:
        """Record an item; False if its id was seen before (the item is refused with the file)."""
        if stored_id not in self.first:
            self.first[stored_id] = ref
            return True
        self.again.setdefault(stored_id, []).append(ref)
        return False

    def refuse(self) -> None:
        """Raise W3CImportError naming the ids used twice (in the order they first appeared), if any."""
        if self.again:
            refuse_duplicates({i: [ref, *self.again[i]] for i, ref in self.first.items() if i in self.again})


def refuse_duplicates(stored: dict[str, list[str]]) -> None:
    """Two items with one id would be one annotation: the file is refused, naming the ids."""
    doubled = [refs for refs in stored.values() if len(refs) > 1]
    if not doubled:
        return
    named = [refs[0] if len(set(refs)) == 1 else " = ".join(dict.fromkeys(refs)) for refs in doubled]
    shown = ", ".join(named[:10]) + (f" and {len(named) - 10} more" if len(named) > 10 else "")
    raise W3CImportError(f"{len(doubled)} id(s) name more than one item: {shown}")


def annotation_items(data: Any) -> list[Any]:
    """The annotations of a collection, a page, an array or one annotation, in file order."""
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise W3CImportError(f"not an annotation collection: the file holds a JSON {_json_type(data)}, "
                             "not a W3C AnnotationCollection, AnnotationPage, Annotation or list of annotations")
    types = _types(data.get("type"))
    if "AnnotationCollection" in types:
        first = data.get("first")
        if first is None:
            if data.get("total") in (0, None):
                return []
            raise W3CImportError("the AnnotationCollection has no first page")
        return page_items(first, "first")
    if "AnnotationPage" in types:
        return page_items(data, "page")
    if "Annotation" in types:
        return [data]
    rows = data.get("rows")
    if isinstance(rows, list):  # Hypothesis API search result
        return rows
    found = (f"type {', '.join(sorted(types))}" if types else "keys " + ", ".join(sorted(map(str, data))[:6])
             if data else "nothing in it")
    raise W3CImportError("not an annotation collection: expected a W3C AnnotationCollection, AnnotationPage, "
                         f"Annotation or a list of annotations (found a JSON object with {found})")


def page_items(page: Any, where: str) -> list[Any]:
    items: list[Any] = []
    seen = 0
    while page is not None:
        if isinstance(page, str):
            raise W3CImportError(f"the collection's {where} page is a link ({page}); only files that embed "
                                 "their pages can be imported")
        if not isinstance(page, dict):
            raise W3CImportError(f"the collection's {where} page is a JSON {_json_type(page)}, not an AnnotationPage")
        found = page.get("items", [])
        if not isinstance(found, list):
            raise W3CImportError(f"the {where} page's \"items\" is a JSON {_json_type(found)}, not a list")
        items += found
        seen += 1
        if seen > 10_000:
            raise W3CImportError("the collection has too many pages")
        page, where = page.get("next"), "next"
    return items


class _ItemReader:
    """Reads one item; every error names the item and the field."""

    def __init__(self, index: int, item: Any, check_surrogates: bool = True) -> None:
        self.index = index
        self.ref = f"item {index}"
        if not isinstance(item, dict):
            raise W3CImportError(f"item {index} is a JSON {_json_type(item)}, not an annotation object")
        self.item = item
        raw_id = item.get("id")
        if raw_id is not None and not isinstance(raw_id, str | int):
            self.fail("id", "must be a string")
        self.raw_id = None if raw_id is None else str(raw_id)
        self.ref = self.raw_id or f"item {index}"
        if self.raw_id is not None and _has_surrogate(self.raw_id):
            self.ref = f"item {index}"
        self._stored: str | None = None
        if check_surrogates:
            self.refuse_surrogates(item, "")

    def refuse_surrogates(self, value: Any, path: str) -> None:
        """A lone surrogate (a JSON escape such as \\ud800 without its pair) is not text: no database stores
        it. Refused with the field's path; walked without recursion, however deep the item is (and only when
        the item holds one at all: the common case is one search over its JSON)."""
        try:
            dumped = json.dumps(value, ensure_ascii=False)
            if _SURROGATE.search(dumped) is None and "\\u0000" not in dumped:  # (json.dumps escapes a NUL)
                return
        except (TypeError, ValueError, RecursionError):
            pass  # walk it
        stack: list[tuple[Any, str]] = [(value, path)]
        while stack:
            value, path = stack.pop()
            if isinstance(value, str):
                found = _SURROGATE.search(value)
                at = None if found is None else found.start()
                if at is not None:
                    what = "a NUL character" if value[at] == "\x00" else "a lone surrogate"
                    self.fail(path or "id", f"holds {what} (U+{ord(value[at]):04X} at character {at + 1}), "
                                            "which is not text")
            elif isinstance(value, dict):
                for key, inner in value.items():
                    if _has_surrogate(str(key)):
                        self.fail(path or "(top level)", "has a key holding a lone surrogate or a NUL character, "
                                                         "which is not text")
                    stack.append((inner, f"{path}.{key}" if path else str(key)))
            elif isinstance(value, list):
                stack.extend((inner, f"{path}[{n}]") for n, inner in enumerate(value))

    def fail(self, path: str, problem: str) -> NoReturn:
        raise W3CImportError(f"item {self.index} ({self.ref}): \"{path}\" {problem}")

    # -- the whole item --------------------------------------------------------------------------------

    def read(self, as_kind: str | None) -> IncomingAnnotation | IncomingReview | Skipped:
        types = _types(self.item.get("type"))
        if types and "Annotation" not in types and "oa:Annotation" not in types:
            self.fail("type", f"is {', '.join(sorted(types))}, not Annotation")
        bodies = self.bodies()
        motivations = set(self.strings("motivation"))
        purposes = {b.get("purpose") for b in bodies}
        if motivations & {"assessing", "replying"} or "assessing" in purposes:
            return self.review(bodies, motivations)
        return self.annotation(bodies, as_kind)

    def annotation(self, bodies: list[dict[str, Any]], as_kind: str | None) -> IncomingAnnotation | Skipped:
        kind = self.kind(bodies, as_kind)
        if isinstance(kind, Skipped):
            return kind
        source, sha256, start, end, exact, prefix, suffix = self.target()
        if exact is None and start is None:
            return Skipped(self.ref, SkipReason.NO_SELECTION, "it selects no text (no TextQuoteSelector or TextPositionSelector)")
        key, name = self.creator()
        created, modified = self.times()
        values: dict[str, Any] = dict(
            ref=self.ref, id=self.stored_id(self.raw_id), kind=kind, creator_key=key, creator_name=name,
            created=created, modified=modified, source=source, sha256=sha256, start=start, end=end, exact=exact,
            prefix=prefix, suffix=suffix, status=self.status(), note=self.note(bodies),
        )
        if kind == "entity":
            values["entity"] = self.entity(bodies)
        elif kind == "figure":
            values.update(self.quantity(bodies))
        else:
            values.update(self.claim(bodies))
        return IncomingAnnotation(**values)

    def review(self, bodies: list[dict[str, Any]], motivations: set[str]) -> IncomingReview | Skipped:
        verdicts = [b.get("value") for b in bodies if b.get("purpose") == "assessing"]
        verdict = None
        if verdicts:
            verdict = verdicts[0]
            if verdict not in VERDICTS:
                return Skipped(self.ref, SkipReason.UNKNOWN_VERDICT, f"its verdict {verdict!r} is not one of {', '.join(VERDICTS)}")
        elif "assessing" in motivations:
            return Skipped(self.ref, SkipReason.NO_VERDICT, "an assessing annotation without a verdict")
        target = self.item.get("target")
        if isinstance(target, list):
            target = target[0] if target else None
        if isinstance(target, dict):
            target = target.get("source", target.get("id"))
        if not isinstance(target, str) or not target.strip():
            return Skipped(self.ref, SkipReason.NO_REVIEW_TARGET, "it reviews no annotation (its target is not an annotation id)")
        parent = self.item.get("ed:inReplyTo")
        if parent is not None and not isinstance(parent, str):
            self.fail("ed:inReplyTo", "must be a string")
        key, name = self.creator()
        created, _ = self.times()
        return IncomingReview(
            ref=self.ref, id=self.stored_id(self.raw_id), annotation_id=self.stored_id(target.strip()),
            creator_key=key, creator_name=name, created=created, verdict=verdict, comment=self.note(bodies),
            parent_id=None if not parent else self.stored_id(parent),
        )

    # -- parts -----------------------------------------------------------------------------------------

    def bodies(self) -> list[dict[str, Any]]:
        body = self.item.get("body")
        if body is None:
            body = []
        elif isinstance(body, dict | str):
            body = [body]
        if not isinstance(body, list):
            self.fail("body", f"is a JSON {_json_type(body)}, not an object or a list")
        out: list[dict[str, Any]] = []
        for n, b in enumerate(body):
            if isinstance(b, str):
                out.append({"type": "SpecificResource", "source": b})  # a body given by its IRI
            elif isinstance(b, dict):
                if b.get("purpose") is not None and not isinstance(b.get("purpose"), str):
                    self.fail(f"body[{n}].purpose", "must be a string")
                out.append(b)
            else:
                self.fail(f"body[{n}]", f"is a JSON {_json_type(b)}, not an object")
        value = self.item.get("bodyValue")
        if value is not None:
            if not isinstance(value, str):
                self.fail("bodyValue", "must be a string")
            out.append({"type": "TextualBody", "purpose": "commenting", "value": value})
        return out

    def kind(self, bodies: list[dict[str, Any]], as_kind: str | None) -> str | Skipped:
        tags = [self.text_of(b, "body.value") for b in bodies if b.get("purpose") == "tagging"]
        tags += self.strings("tags")
        named = {t.strip().lower() for t in tags if t} & set(KINDS)
        if not named:
            named = {k for b in bodies for k in [_typed_kind(b)] if k}
        if len(named) == 1:
            return named.pop()
        if not named and as_kind:
            return as_kind
        if as_kind in named:
            return as_kind
        if named:
            return Skipped(self.ref, SkipReason.SEVERAL_KINDS, f"its tags name several kinds ({', '.join(sorted(named))}); "
                                     "import with --as KIND to choose")
        shown = ", ".join(repr(t) for t in tags[:5]) or "none"
        return Skipped(self.ref, SkipReason.NO_KIND, f"its tags name none of entity, figure, claim (tags: {shown}); "
                                 "import with --as KIND to take it")

    def target(self) -> tuple[str | None, str | None, int | None, int | None, str | None, str, str]:
        target = self.item.get("target")
        if target is None and isinstance(self.item.get("uri"), str):
            target = self.item["uri"]
        if isinstance(target, list):
            dicts = [t for t in target if isinstance(t, dict)]
            with_selector = [t for t in dicts if t.get("selector")]
            target = (with_selector or dicts or target or [None])[0]
        if target is None:
            return None, None, None, None, None, "", ""
        if isinstance(target, str):
            return target.strip(), None, None, None, None, "", ""
        if not isinstance(target, dict):
            self.fail("target", f"is a JSON {_json_type(target)}, not an object")
        source = target.get("source", target.get("id"))
        if source is not None and not isinstance(source, str):
            self.fail("target.source", "must be an IRI string")
        sha256 = target.get("ed:sha256")
        if sha256 is not None and not (isinstance(sha256, str) and _is_hex64(sha256)):
            self.fail("target.ed:sha256", "must be 64 hexadecimal digits")
        if sha256 is None and isinstance(source, str) and source.startswith(SHA256_URN):
            sha256 = source.removeprefix(SHA256_URN)
        selectors = target.get("selector", [])
        if isinstance(selectors, dict):
            selectors = [selectors]
        if not isinstance(selectors, list):
            self.fail("target.selector", f"is a JSON {_json_type(selectors)}, not an object or a list")
        start = end = exact = None
        prefix = suffix = ""
        for n, sel in enumerate(selectors):
            if not isinstance(sel, dict):
                self.fail(f"target.selector[{n}]", f"is a JSON {_json_type(sel)}, not an object")
            kind = sel.get("type")
            if kind == "TextPositionSelector" and start is None:
                start = self.count(sel.get("start"), f"target.selector[{n}].start")
                end = self.count(sel.get("end"), f"target.selector[{n}].end")
                if end <= start:
                    self.fail(f"target.selector[{n}]", f"ends ({end}) before it starts ({start})")
            elif kind == "TextQuoteSelector" and exact is None:
                exact = self.text_of(sel, f"target.selector[{n}].exact", key="exact", required=True)
                prefix = self.text_of(sel, f"target.selector[{n}].prefix", key="prefix") or ""
                suffix = self.text_of(sel, f"target.selector[{n}].suffix", key="suffix") or ""
                if not exact:
                    self.fail(f"target.selector[{n}].exact", "is empty")
        return (source.strip() if source else None, sha256.lower() if sha256 else None, start, end, exact,
                prefix, suffix)

    def creator(self) -> tuple[str, str]:
        creator = self.item.get("creator", self.item.get("user"))
        where = "creator"
        if isinstance(creator, list):  # several creators: the first is the annotation's author
            creator, where = (creator[0] if creator else None), "creator[0]"
        name: Any = None
        ident: Any = None
        if isinstance(creator, dict):
            ident = creator.get("id")
            name = creator.get("name", creator.get("nickname"))
            if name is not None and not isinstance(name, str):
                self.fail(f"{where}.name", "must be a string")
        elif creator is None or isinstance(creator, str):
            ident = creator
        else:
            self.fail(where, f"is a JSON {_json_type(creator)}, not an object or an IRI")
        if ident is not None and not isinstance(ident, str):
            self.fail(f"{where}.id", "must be an IRI string")
        ident = (ident or "").strip()
        if not ident:
            return "anonymous", (name or "").strip() or "Anonymous"
        key = ident.removeprefix(ANNOTATOR_URN)
        if not name:
            name = key.removeprefix("acct:").split("@", 1)[0] if key.startswith("acct:") else key
        if len(key) > MAX_AUTHOR_KEY:
            key = f"{key[:100]}-{hashlib.sha256(key.encode()).hexdigest()[:12]}"
        return key, name.strip() or key

    def times(self) -> tuple[str, str]:
        created = self.timestamp("created")
        modified = self.timestamp("modified") or self.timestamp("updated")
        created = created or modified or MISSING_TIME
        return created, modified or created

    def timestamp(self, key: str) -> str | None:
        value = self.item.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(key, "must be an ISO-8601 date-time string")
        try:
            datetime.fromisoformat(value.strip())
        except ValueError:
            self.fail(key, f"is not an ISO-8601 date-time: {value!r}")
        return value.strip()

    def status(self) -> str:
        value = self.item.get("ed:status")
        if value is None:
            return Status.PROPOSED.value
        return self.choice(value, Status, "ed:status")

    def note(self, bodies: list[dict[str, Any]]) -> str:
        texts = []
        for b in bodies:
            if b.get("purpose") in (None, "commenting", "replying") and _is_textual(b):
                text = self.text_of(b, "body.value")
                if text:
                    texts.append(text)
        text = self.item.get("text")  # Hypothesis API rows
        if isinstance(text, str) and text.strip() and not texts:
            texts.append(text)
        return "\n\n".join(texts)

    def entity(self, bodies: list[dict[str, Any]]) -> VocabRef | None:
        for b in bodies:
            source = b.get("source")
            if isinstance(source, str) and source.startswith(ENTITY_URN):
                return self.ref_to(source, ENTITY_URN, "body.source",
                                   label=self.text_of(b, "body.ed:label", key="ed:label"),
                                   type=self.text_of(b, "body.ed:entityType", key="ed:entityType"),
                                   type_guessed=b.get("ed:entityTypeGuessed") is True)
        return None

    def quantity(self, bodies: list[dict[str, Any]]) -> dict[str, Any]:
        body = next((b for b in bodies if _typed_kind(b) == "figure"), None)
        if body is None:
            return {"has_quantity": False}
        path = "body(ed:Quantity)"
        unit = self.text_of(body, f"{path}.ed:unit", key="ed:unit")
        if unit is not None and len(unit) > MAX_UNIT:
            self.fail(f"{path}.ed:unit", f"is longer than {MAX_UNIT} characters")
        bound = body.get("ed:bound")
        machine = body.get("ed:machineRead", False)
        if not isinstance(machine, bool):
            self.fail(f"{path}.ed:machineRead", "must be true or false")
        read = self.iso_date if (unit or "").strip() == DATE_UNIT else self.decimal  # a date's value is ISO 8601
        values = dict(
            has_quantity=True, value=read(body.get("ed:value"), f"{path}.ed:value"),
            value_max=read(body.get("ed:valueMax"), f"{path}.ed:valueMax"), unit=unit,
            bound=None if bound is None else self.choice(bound, Bound, f"{path}.ed:bound"),
            measure=self.vocab(body, "ed:measure", "ed:measureLabel", MEASURE_URN, path),
            machine_read=machine,
            attributed_to=self.text_of(body, f"{path}.ed:attributedTo", key="ed:attributedTo"),
            credibility=self.credibility(body.get("ed:credibility"), f"{path}.ed:credibility"),
        )
        if values["bound"] == Bound.RANGE and values["value_max"] is None:
            self.fail(f"{path}.ed:valueMax", "must be set when ed:bound is range")
        return values

    def claim(self, bodies: list[dict[str, Any]]) -> dict[str, Any]:
        body = next((b for b in bodies if _typed_kind(b) == "claim"), None)
        if body is None:
            return {}
        path = "body(ed:Claim)"
        stance = body.get("ed:stance")
        speaker = self.vocab(body, "ed:speaker", "ed:speakerLabel", ENTITY_URN, path)
        return dict(
            proposition=self.vocab(body, "ed:proposition", "ed:propositionLabel", PROPOSITION_URN, path),
            stance=None if stance is None else self.choice(stance, Stance, f"{path}.ed:stance"),
            speaker=speaker,
            attributed_to=self.text_of(body, f"{path}.ed:attributedTo", key="ed:attributedTo"),
            credibility=self.credibility(body.get("ed:credibility"), f"{path}.ed:credibility"),
        )

    # -- values ----------------------------------------------------------------------------------------

    def vocab(self, body: dict[str, Any], key_field: str, label_field: str, prefix: str, path: str) -> VocabRef | None:
        iri = body.get(key_field)
        if iri is None:
            return None
        if not isinstance(iri, str):
            self.fail(f"{path}.{key_field}", "must be a URN string or null")
        return self.ref_to(iri, prefix, f"{path}.{key_field}",
                           label=self.text_of(body, f"{path}.{label_field}", key=label_field))

    def ref_to(self, iri: str, prefix: str, path: str, *, label: str | None, type: str | None = None,
               type_guessed: bool = False) -> VocabRef:
        """The reference an IRI names. A key that is not safe is replaced (see ``safe_key``); the original key
        then becomes the label when the file gives none, so nothing the analyst would read is lost."""
        raw = self.key(iri, prefix, path)
        key = safe_key(raw)
        if key != raw and not (label or "").strip():
            label = raw
        return VocabRef(key=key, label=label, type=type, type_guessed=type_guessed)

    def key(self, iri: str, prefix: str, path: str) -> str:
        key = iri.strip().removeprefix(prefix)
        if not key:
            self.fail(path, "names no key")
        if len(key) > MAX_KEY:
            self.fail(path, f"is longer than {MAX_KEY} characters")
        return key

    def text_of(self, obj: dict[str, Any], path: str, *, key: str = "value", required: bool = False) -> str | None:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(path, "is missing")
            return None
        if not isinstance(value, str):
            self.fail(path, f"must be a string, not a JSON {_json_type(value)}")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.item.get(key)
        if value is None:
            return []
        if isinstance(value, str):
            return [value]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return value
        self.fail(key, "must be a string or a list of strings")

    def count(self, value: Any, path: str) -> int:
        if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
            return value
        self.fail(path, f"must be a whole number ≥ 0, not {json.dumps(value)}")

    def decimal(self, value: Any, path: str) -> str | None:
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.fail(path, f"must be a decimal string, not a JSON {_json_type(value)}")
        try:
            number = Decimal(str(value).strip())
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            self.fail(path, f"is not a decimal number: {value!r}")
        return str(value).strip()

    def iso_date(self, value: Any, path: str) -> str | None:
        """The value of a figure whose ed:unit is "date": an ISO 8601 date, 2025-06-12, 2024-09 or 2025."""
        if value is None:
            return None
        if not isinstance(value, str) or not is_iso_date(value.strip()):
            self.fail(path, f"must be an ISO 8601 date (YYYY-MM-DD, YYYY-MM or YYYY) when ed:unit is date, "
                            f"not {json.dumps(value)}")
        return value.strip()

    def credibility(self, value: Any, path: str) -> int | None:
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 6:
            return value
        self.fail(path, f"must be a grade from 1 to 6 or null, not {json.dumps(value)}")

    def choice(self, value: Any, vocabulary: type[StrEnum], path: str) -> str:
        allowed = _ALLOWED.get(vocabulary)
        if allowed is None:
            allowed = _ALLOWED[vocabulary] = [m.value for m in vocabulary]
        if value not in allowed:
            self.fail(path, f"must be one of {', '.join(allowed)}, not {json.dumps(value)}")
        return str(value)

    def stored_id(self, raw: str | None) -> str:
        """urn:uuid:<uuid> -> the uuid; any other id -> a uuid5 of it; no id -> a uuid5 of the item itself."""
        if raw is self.raw_id:
            if self._stored is None:
                self._stored = self._stored_id(raw)
            return self._stored
        return self._stored_id(raw)

    def _stored_id(self, raw: str | None) -> str:
        if raw is None:
            content = json.dumps(self.item, sort_keys=True, ensure_ascii=False)
            return uuid5_url(f"evidence-desk:anonymous:{content}")
        raw = raw.strip()
        if raw.lower().startswith(UUID_URN):
            inner = raw[len(UUID_URN):]
            if _CANONICAL_UUID.fullmatch(inner):
                return inner  # already as str(uuid.UUID(inner)) writes it (every file Evidence Desk writes)
            if len(inner) < 32:  # fewer than a uuid's 32 hexadecimal digits: no uuid (not worth an exception)
                return uuid5_url(raw)
            try:
                return str(uuid.UUID(inner))
            except ValueError:
                pass
        return uuid5_url(raw)


_ALLOWED: dict[type[StrEnum], list[str]] = {}  # a vocabulary's values, listed once (not per item)
_URL_NAMESPACE = uuid.NAMESPACE_URL.bytes


def uuid5_url(name: str) -> str:
    """``str(uuid.uuid5(uuid.NAMESPACE_URL, name))``, made without two ``UUID`` objects (50,000 ids a desk)."""
    digest = bytearray(hashlib.sha1(_URL_NAMESPACE + name.encode("utf-8"), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def safe_key(key: str) -> str:
    """``key`` when it holds only ``A-Z a-z 0-9 : . _ -`` (every key Evidence Desk makes), else a slug of
    each ``:``-separated part plus a short hash of the whole key ("org:Acme/Inc" -> "org:acme-inc-1f3a9c2e").

    Keys end up in file names (dossier charts), anchors and URNs, so one read from a file must not carry a
    "/" or "..": the slug keeps it readable, the hash keeps two different keys apart, and the same file
    always gives the same key, so importing it twice finds the same entity, measure or proposition.
    """
    if _SAFE_KEY.fullmatch(key) and key.strip(".:"):
        return key
    slug = ":".join(slugify(part) for part in key.split(":"))[: MAX_KEY - 9].rstrip(":-")
    return f"{slug}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def _typed_kind(body: dict[str, Any]) -> str | None:
    types = _types(body.get("type"))
    if types & {"ed:Quantity", f"{_ED}Quantity"}:
        return "figure"
    if types & {"ed:Claim", f"{_ED}Claim"}:
        return "claim"
    source = body.get("source")
    if isinstance(source, str) and source.startswith(ENTITY_URN):
        return "entity"
    return None


def _is_textual(body: dict[str, Any]) -> bool:
    return "TextualBody" in _types(body.get("type")) or ("value" in body and "type" not in body)


def _types(value: Any) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, list):
        return {v for v in value if isinstance(v, str)}
    return set()


def _is_hex64(text: str) -> bool:
    return _HEX64.fullmatch(text) is not None


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")
