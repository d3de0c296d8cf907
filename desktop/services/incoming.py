"""What an import brings in, as plain values: the readers in ``desktop.interchange`` turn files into these,
``desktop.services.exchange`` applies them. Nothing here touches the database.

A :class:`Skipped` item carries a typed :class:`SkipReason` (decisions are made on the code, never on the
message text) and the sentence the report shows.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from enum import Enum
from typing import Any

from desktop.domain.kinds import Status


class SkipReason(Enum):
    """Why an item of a colleague's file was not applied."""

    NO_KIND = "no-kind"  # its tags name none of entity, figure, claim (another tool): import with a kind
    SEVERAL_KINDS = "several-kinds"  # its tags name more than one kind: import with a kind to choose
    NO_SELECTION = "no-selection"  # it selects no text
    UNKNOWN_VERDICT = "unknown-verdict"  # a review whose verdict is not ours
    NO_VERDICT = "no-verdict"  # an assessing annotation without a verdict
    NO_REVIEW_TARGET = "no-review-target"  # a review that names no annotation
    REVIEWED_ANNOTATION_MISSING = "reviewed-annotation-missing"  # the annotation it reviews is not here
    NO_DOCUMENT = "no-document"  # its document is not in this project
    QUOTE_NOT_FOUND = "quote-not-found"  # its quote is not in the document
    WHITE_SPACE = "white-space"  # it selects only white space
    OLDER = "older"  # the project has a newer version
    KEPT_YOURS = "kept-yours"  # you changed it since your last exchange, they did not
    CONFLICT = "conflict"  # you both changed it
    # REFI-QDA projects (.qdpx)
    NOT_TEXT = "not-text"  # a source with no text to keep (a picture, a PDF, audio, a text not in the archive)
    OUTSIDE_TEXT = "outside-text"  # its position is outside its text
    UNKNOWN_CODE = "unknown-code"  # its code is not in the file's code book
    CODE_NOT_IMPORTED = "code-not-imported"  # the analyst chose not to import its code

    @property
    def needs_kind(self) -> bool:
        """Importing again with a kind (``--as KIND``, the File menu's question) would take it."""
        return self in (SkipReason.NO_KIND, SkipReason.SEVERAL_KINDS)


@dataclass(frozen=True)
class Skipped:
    """An item not applied: how the file names it, why (typed), and the sentence a person reads."""

    ref: str
    code: SkipReason
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"ref": self.ref, "reason": self.reason, "code": self.code.value}


@dataclass(frozen=True)
class VocabRef:
    """An entity, measure or proposition named by its stable key, with the label to create it with."""

    key: str
    label: str | None = None
    type: str | None = None  # entities only
    type_guessed: bool = False  # entities only: the type is a guess nobody confirmed


@dataclass(frozen=True)
class IncomingAnnotation:
    ref: str  # how the report names it (the id as written in the file)
    id: str  # the uuid it is stored under
    kind: str
    creator_key: str
    creator_name: str
    created: str
    modified: str
    source: str | None = None
    sha256: str | None = None
    start: int | None = None
    end: int | None = None
    exact: str | None = None
    prefix: str = ""
    suffix: str = ""
    status: str = Status.PROPOSED.value
    note: str = ""
    entity: VocabRef | None = None
    has_quantity: bool = False  # False: the figure parser reads the quote
    value: str | None = None
    value_max: str | None = None
    unit: str | None = None
    bound: str | None = None
    measure: VocabRef | None = None
    machine_read: bool = False
    proposition: VocabRef | None = None
    stance: str | None = None
    speaker: VocabRef | None = None
    attributed_to: str | None = None
    credibility: int | None = None


@dataclass(frozen=True)
class IncomingReview:
    ref: str
    id: str
    annotation_id: str
    creator_key: str
    creator_name: str
    created: str
    verdict: str | None = None
    comment: str = ""
    parent_id: str | None = None


@dataclass(frozen=True)
class IncomingDocument:
    """A document that travels with an import (a colleague's whole project file)."""

    text: str
    title: str = ""
    language: str = ""
    outlet: str = ""
    url: str = ""
    published: str = ""
    source_name: str = ""
    reliability: str | None = None


# Their version of an annotation, kept in a Conflict row until the analyst decides.
_VOCAB_FIELDS = ("entity", "measure", "proposition", "speaker")


def incoming_to_json(item: IncomingAnnotation) -> str:
    return json.dumps(asdict(item), ensure_ascii=False, sort_keys=True)


def incoming_from_json(text: str) -> IncomingAnnotation:
    data = json.loads(text)
    known = set(IncomingAnnotation.__dataclass_fields__)
    values: dict[str, Any] = {k: v for k, v in data.items() if k in known}
    for name in _VOCAB_FIELDS:
        if isinstance(values.get(name), dict):
            values[name] = VocabRef(**values[name])
    return IncomingAnnotation(**values)
