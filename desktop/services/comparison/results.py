"""What the line-up gives: each source's figure on a measure or claim on a proposition, side by side.
These dataclasses are what the dossier, the window and the command read."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

# A document as the line-up shows it: (label, title, outlet or "", reliability).
DocumentSide = tuple[str, str, str, "str | None"]


@dataclass(frozen=True)
class FigureValue:
    annotation_id: str
    document_id: int
    document_title: str
    document_label: str          # the source's label ("FT 2025-07-15"); "D<id>" for one without
    outlet: str
    reliability: str | None      # document grade A-F
    quote: str
    start: int
    end: int                     # code points in the document
    value: Decimal | None
    value_max: Decimal | None
    unit: str | None
    bound: str | None            # exact | about | at_least | at_most | range
    status: str                  # proposed | accepted | rejected | disputed
    author_name: str
    attributed_to: str | None
    low: Decimal | None          # interval under the disagreement rule; None = unbounded
    high: Decimal | None
    conflicts_with: tuple[str, ...]   # annotation ids whose interval cannot both be true with this one


@dataclass(frozen=True)
class MeasureComparison:
    measure_id: int
    key: str
    label: str
    unit: str
    values: list[FigureValue]    # ordered by document_label, then start
    disagree: bool               # any pair of values cannot both be true
    summary: str


@dataclass(frozen=True)
class ClaimPosition:
    annotation_id: str
    document_id: int
    document_title: str
    document_label: str
    outlet: str
    reliability: str | None
    quote: str
    start: int
    end: int
    stance: str                  # asserts | denies
    speaker_name: str | None
    attributed_to: str | None
    credibility: int | None
    status: str
    author_name: str


@dataclass(frozen=True)
class PropositionComparison:
    proposition_id: int
    key: str
    label: str
    asserts: list[ClaimPosition]
    denies: list[ClaimPosition]
    contested: bool              # at least one asserting and one denying annotation
