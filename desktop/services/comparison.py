"""Lining the sources up: what each source says about a measure or a proposition, and where they clash.

The dataclasses below are what the dossier and the UI read. The interval rule itself
lives in ``desktop.domain.intervals``; this module gathers the annotations, applies the rule and
writes the one-line summaries ("sources disagree: $10B+ (002), ~$14B (000, via WSJ), ...").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, fields
from decimal import Decimal, InvalidOperation
from operator import itemgetter
from typing import NamedTuple, cast

from sqlalchemy import ColumnElement, Connection, and_, func, or_, select

from desktop.domain import localized
from desktop.domain.intervals import Interval, conflicting, interval_for
from desktop.domain.kinds import Kind, Stance, Status
from desktop.domain.labels import document_label
from desktop.domain.text_matching import fold
from desktop.domain.words import unit_word
from desktop.i18n import Context
from desktop.services import settings
from desktop.storage import tables
from desktop.storage.plain_read import plain_rows
from desktop.storage.project import Project

Comparison = Context("Comparison")

# The line-up reads plain rows from the tables (``storage.tables``) on a Core connection (``Project.read_core``):
# `compare` never imports the ORM nor configures its mappers (a sixth of a second at every start).
_ANNOTATIONS = tables.annotations.c
_MEASURES = tables.measures.c
_PROPOSITIONS = tables.propositions.c
_DOCUMENTS = tables.documents.c
_AUTHORS = tables.authors.c
_ENTITIES = tables.entities.c

ALL_STATUSES = frozenset(s.value for s in Status)
PENDING_STATUSES = frozenset({Status.PROPOSED.value, Status.DISPUTED.value})
DEFAULT_STATUSES = ALL_STATUSES - {Status.REJECTED.value}


def statuses_for(include_pending: bool = True, include_rejected: bool = False) -> frozenset[str]:
    """Which annotations the line-up counts: accepted always, pending (proposed, disputed) and rejected
    when asked. The register and Compare both count with the statuses made here (one rule)."""
    shown = {Status.ACCEPTED.value}
    if include_pending:
        shown |= PENDING_STATUSES
    if include_rejected:
        shown.add(Status.REJECTED.value)
    return frozenset(shown)


@dataclass(frozen=True)
class HiddenForReview:
    """What the line-up leaves out with the chosen statuses: figures with a measure and claims with a
    proposition, by status. ``text()``: "9 figures and 2 claims wait for review"."""

    figures: dict[str, int]
    claims: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.figures.values()) + sum(self.claims.values())

    def text(self) -> str:
        figures, claims = sum(self.figures.values()), sum(self.claims.values())
        parts = ([Comparison.tr("%n figure(s)", "", figures)] if figures else []) + (
            [Comparison.tr("%n claim(s)", "", claims)] if claims else [])
        if not parts:
            return ""
        things = parts[0] if len(parts) == 1 else Comparison.tr("{first} and {second}").format(
            first=parts[0], second=parts[1])
        pending = sum(self.figures.get(s, 0) + self.claims.get(s, 0) for s in PENDING_STATUSES)
        rejected = self.figures.get(Status.REJECTED.value, 0) + self.claims.get(Status.REJECTED.value, 0)
        if rejected and not pending:
            return Comparison.tr("{things} was/were rejected", "", self.total).format(things=things)
        text = Comparison.tr("{things} wait(s) for review", "", self.total).format(things=things)
        if rejected:
            text += Comparison.tr(" (%n rejected)", "", rejected)
        return text


def hidden_for_review(project: Project, statuses: frozenset[str]) -> HiddenForReview:
    """What Compare would show with every status but hides with ``statuses`` (see ``HiddenForReview``)."""
    hidden = sorted(ALL_STATUSES - statuses)
    figures: dict[str, int] = {}
    claims: dict[str, int] = {}
    if not hidden:
        return HiddenForReview(figures, claims)
    a = tables.annotations.c
    with project.read_core() as s:
        for kind, status, n in cast("Iterable[tuple[str, str, int]]", s.execute(
            select(a.kind, a.status, func.count())
            .where(a.status.in_(hidden),
                   or_((a.kind == Kind.FIGURE.value) & a.measure_id.is_not(None)
                       & or_(a.unit.is_(None), a.unit != "date"),
                       (a.kind == Kind.CLAIM.value) & a.proposition_id.is_not(None)))
            .group_by(a.kind, a.status)
        )):
            (figures if kind == Kind.FIGURE.value else claims)[status] = n
    return HiddenForReview(figures, claims)

CURRENCY_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "BRL": "R$", "JPY": "¥", "CHF": "CHF "}
_SCALES = ((Decimal(10) ** 12, "T"), (Decimal(10) ** 9, "B"), (Decimal(10) ** 6, "M"))
_BOUND_ORDER = {"at_most": 0, "about": 1, "exact": 2, "range": 3, "at_least": 4}

# How the summaries name well-known outlets and agencies.
KNOWN_SOURCES = {
    "wall street journal": "WSJ", "financial times": "FT", "new york times": "NYT",
    "washington post": "WaPo", "associated press": "AP", "agence france-presse": "AFP",
    "agence france presse": "AFP", "bloomberg": "Bloomberg", "bloomberg news": "Bloomberg",
    "reuters": "Reuters", "the information": "The Information", "cnbc": "CNBC", "bbc": "BBC",
}


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


# --- labels and compact figures ------------------------------------------------------------------

def short_source(name: str) -> str:
    """"Wall Street Journal" -> "WSJ"; names not in ``KNOWN_SOURCES`` stay as they are."""
    key = fold(name).removeprefix("the ").strip(" .")
    return KNOWN_SOURCES.get(key, KNOWN_SOURCES.get(f"the {key}", name.strip()))


def outlet_hint(outlet: str | None) -> str | None:
    """A short outlet name from a document's outlet note, when the note starts with one.

    "Financial Times, machine-translated into Italian (...)" -> "FT"; "Cryptopolitan (inferred...)"
    -> "Cryptopolitan"; a description such as "Unnamed French-language AI blog" -> None.
    """
    lead = re.split(r"[(,;:]| [-–—] ", outlet or "", maxsplit=1)[0].strip()
    if not lead:
        return None
    known = short_source(lead)
    if known != lead:
        return known
    if " " not in lead and lead[:1].isupper():
        return lead
    return None


def _plain(number: Decimal, decimals: int = 2) -> str:
    text = f"{round(number, decimals):,.{decimals}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def compact_amount(value: Decimal, unit: str | None) -> str:
    """14000000000 USD -> "$14B"; 3000000 EUR -> "€3M"; 49 % -> "49%"; 1500 -> "1,500"."""
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    number = None
    if unit != "%":
        for scale, suffix in _SCALES:
            if magnitude >= scale:
                number = _plain(magnitude / scale) + suffix
                break
    if number is None:
        number = _plain(magnitude)
    if unit == "%":
        english = f"{sign}{number}%"
    elif unit in CURRENCY_SYMBOLS:
        english = f"{sign}{CURRENCY_SYMBOLS[unit]}{number}"
    else:
        english = f"{sign}{number} {unit}" if unit else f"{sign}{number}"
    return localized.compact_amount(value, unit_word(unit) if unit else unit, english)


def compact_figure(value: Decimal | str | None, value_max: Decimal | str | None, unit: str | None,
                   bound: str | None) -> str:
    """A figure summarised for a reader (the dossier, the line-up): "$29B", "~$14B", "$10B+", "≤50%",
    "$10B–$15B"; "no value" when nothing was read. One annotation's figure as read, every digit, is
    ``desktop.domain.figures.wording.figure_text``."""
    value, value_max = _as_decimal(value), _as_decimal(value_max)
    if value is None:
        return Comparison.tr("no value")
    text = compact_amount(value, unit)
    if bound == "about":
        return f"~{text}"
    if bound == "at_least":
        return f"{text}+"
    if bound == "at_most":
        return f"≤{text}"
    if bound == "range" and value_max is not None:
        return f"{text}–{compact_amount(value_max, unit)}"
    return text


def _as_decimal(value: Decimal | str | None) -> Decimal | None:
    if value is None or value == "":
        return None
    return value if isinstance(value, Decimal) else Decimal(str(value))


def _decimal(text: str | None) -> Decimal | None:
    """A stored value as a Decimal; None when missing or unreadable (then it is listed, not compared)."""
    if text in (None, ""):
        return None
    try:
        value = Decimal(str(text))
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def _unit_key(unit: str | None) -> str:
    return (unit or "").strip().casefold()


# --- measures ------------------------------------------------------------------------------------

# One figure as read for the comparison (a plain row, not an ORM object), its sort key first:
# (document label, start, end, id, document id, quote, value, value_max, unit, bound, status, attributed_to,
#  document title, outlet, reliability, author name). Ids are unique, so plain tuple order is the sort order.
# One figure as ``measures_compared`` takes it (see there) and one claim as ``propositions_compared`` takes it:
# (id, document id, quote, start, end, stance, attributed_to, credibility, status, author id, speaker's name,
#  proposition id).
FigureRead = tuple[str, int, str, int, int, "str | None", "str | None", "str | None", "str | None", str,
                   "str | None", int, int]
ClaimRead = tuple[str, int, str, int, int, "str | None", "str | None", "int | None", str, int, "str | None", int]
# A document as the line-up shows it: (label, title, outlet or "", reliability).
DocumentSide = tuple[str, str, str, "str | None"]
_FigureRow = tuple[str, int, int, str, int, str, "str | None", "str | None", "str | None", "str | None", str,
                   "str | None", str, str, "str | None", str]


def compare_measures(project: Project, *, statuses: frozenset[str] | None = None, tolerance: Decimal | None = None,
                     author_ids: frozenset[int] | None = None) -> list[MeasureComparison]:
    """Every measure with at least one figure (of the chosen statuses and authors), its values
    side by side. Disagreeing measures come first, then by label."""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    tol = settings.tolerance(project) if tolerance is None else Decimal(str(tolerance))
    stmt = select(*_FIGURE_COLUMNS).where(_figures_wanted(statuses, author_ids))
    with project.read_core() as s:
        # the few documents, authors and measures once each, not joined onto every one of thousands of rows
        documents, authors = _documents_and_authors(s)
        known = _known_measures(s)
        figures = cast("Sequence[FigureRead]", plain_rows(s, stmt))  # the columns selected above
    return measures_compared(known, documents, authors, figures, tol)


def compare_all(project: Project, *, statuses: frozenset[str] | None = None, tolerance: Decimal | None = None,
                author_ids: frozenset[int] | None = None) -> tuple[list[MeasureComparison], list[PropositionComparison]]:
    """``compare_measures`` and ``compare_propositions`` at once, from one read: the figures and the claims in
    one pass over the annotations (a desk's 50,000 are read once, not twice), documents and authors once."""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    tol = settings.tolerance(project) if tolerance is None else Decimal(str(tolerance))
    a = _ANNOTATIONS
    # a figure's columns first (FigureRead), then what a claim has besides
    stmt = select(*_FIGURE_COLUMNS, a.kind, a.stance, a.credibility, a.speaker_id, a.proposition_id).where(
        or_(_figures_wanted(statuses, author_ids), _claims_wanted(statuses, author_ids)))
    with project.read_core() as s:
        documents, authors = _documents_and_authors(s)
        measures, propositions = _known_measures(s), _known_propositions(s)
        rows = plain_rows(s, stmt)
        speakers = _speaker_names(s, {row[16] for row in rows})
    figure = Kind.FIGURE.value
    figures = [cast("FigureRead", row[:13]) for row in rows if row[13] == figure]
    speaker = speakers.get
    claims: list[ClaimRead] = [
        (row[0], row[1], row[2], row[3], row[4], row[14], row[10], row[15], row[9], row[11], speaker(row[16]), row[17])
        for row in rows if row[13] != figure]
    return (measures_compared(measures, documents, authors, figures, tol),
            propositions_compared(propositions, documents, authors, claims))


_FIGURE_COLUMNS = (_ANNOTATIONS.id, _ANNOTATIONS.document_id, _ANNOTATIONS.quote, _ANNOTATIONS.start, _ANNOTATIONS.end,
                   _ANNOTATIONS.value, _ANNOTATIONS.value_max, _ANNOTATIONS.unit, _ANNOTATIONS.bound,
                   _ANNOTATIONS.status, _ANNOTATIONS.attributed_to, _ANNOTATIONS.author_id, _ANNOTATIONS.measure_id)


def _figures_wanted(statuses: frozenset[str], author_ids: frozenset[int] | None) -> ColumnElement[bool]:
    """The figures the line-up counts: with a measure, of the statuses (and authors), not a date."""
    a = _ANNOTATIONS
    wanted = and_(a.kind == Kind.FIGURE.value, a.measure_id.is_not(None), a.status.in_(sorted(statuses)),
                  or_(a.unit.is_(None), a.unit != "date"))  # dates: services/timeline.py
    return wanted if author_ids is None else and_(wanted, a.author_id.in_(sorted(author_ids)))


def _claims_wanted(statuses: frozenset[str], author_ids: frozenset[int] | None) -> ColumnElement[bool]:
    """The claims the line-up counts: with a proposition, of the statuses (and authors)."""
    a = _ANNOTATIONS
    wanted = and_(a.kind == Kind.CLAIM.value, a.proposition_id.is_not(None), a.status.in_(sorted(statuses)))
    return wanted if author_ids is None else and_(wanted, a.author_id.in_(sorted(author_ids)))


def measures_compared(known: dict[int, tuple[str, str, str]], documents: dict[int, DocumentSide],
                      authors: dict[int, str], figures: Iterable[FigureRead], tol: Decimal) -> list[MeasureComparison]:
    """``compare_measures`` of rows already read (the dossier has them): ``known`` measures as (key, label, unit),
    ``documents`` as ``_documents_and_authors`` makes them, and the figures to line up, each
    (id, document id, quote, start, end, value, value_max, unit, bound, status, attributed_to, author id,
    measure id), already filtered (kind, statuses, authors, no date)."""
    measures: dict[int, tuple[str, str, str]] = {}
    rows: dict[int, list[_FigureRow]] = {}
    for (ann_id, document_id, quote, start, end, value, value_max, unit, bound, status, attributed_to,
         author_id, m_id) in figures:
        group = rows.get(m_id)
        if group is None:
            if m_id not in known:
                continue
            group = rows[m_id] = []
            measures[m_id] = known[m_id]
        document, author = documents.get(document_id), authors.get(author_id)
        if document is None or author is None:
            continue
        doc_label, title, outlet, reliability = document
        group.append((doc_label, start, end, ann_id, document_id, quote, value, value_max, unit, bound, status,
                      attributed_to, title, outlet, reliability, author))
    memo = _Memo(tol)
    result = [_compare_measure(m_id, *measures[m_id], rows[m_id], memo) for m_id in measures]
    return sorted(result, key=lambda c: (not c.disagree, c.label.casefold(), c.measure_id))


def known_measures(project: Project) -> dict[int, tuple[str, str, str]]:
    """Every measure as (key, label, unit or ""), by id: what ``measures_compared`` takes."""
    with project.read_core() as s:
        return _known_measures(s)


def known_propositions(project: Project) -> dict[int, tuple[str, str]]:
    """Every proposition as (key, label), by id: what ``propositions_compared`` takes."""
    with project.read_core() as s:
        return _known_propositions(s)


def _known_measures(s: Connection) -> dict[int, tuple[str, str, str]]:
    return {m_id: (m_key, m_label, m_unit or "") for m_id, m_key, m_label, m_unit
            in plain_rows(s, select(_MEASURES.id, _MEASURES.key, _MEASURES.label, _MEASURES.unit))}


def _known_propositions(s: Connection) -> dict[int, tuple[str, str]]:
    return {p_id: (p_key, p_label) for p_id, p_key, p_label
            in plain_rows(s, select(_PROPOSITIONS.id, _PROPOSITIONS.key, _PROPOSITIONS.label))}


def _speaker_names(s: Connection, entity_ids: set[int | None]) -> dict[int | None, str | None]:
    """The names of the speakers (entities) by id, and None for None."""
    ids = sorted(entity_ids - {None})  # type: ignore[type-var]  # None taken out
    speakers: dict[int | None, str | None] = {None: None}
    for chunk in range(0, len(ids), 500):
        speakers.update((entity_id, name) for entity_id, name in plain_rows(
            s, select(_ENTITIES.id, _ENTITIES.name).where(_ENTITIES.id.in_(ids[chunk:chunk + 500]))))
    return speakers


def _documents_and_authors(s: Connection) -> tuple[dict[int, DocumentSide], dict[int, str]]:
    """Every document as (label, title, outlet, reliability) and every author's name, by id."""
    documents = {
        document_id: (document_label(document_id, source, label), title, outlet or "", reliability)
        for document_id, title, source, label, outlet, reliability in plain_rows(s, select(
            _DOCUMENTS.id, _DOCUMENTS.title, _DOCUMENTS.source_name, _DOCUMENTS.label, _DOCUMENTS.outlet,
            _DOCUMENTS.reliability))
    }
    authors: dict[int, str] = {author_id: name for author_id, name in plain_rows(s, select(_AUTHORS.id, _AUTHORS.name))}
    return documents, authors


class _Figure(NamedTuple):
    """One distinct figure as stored (value, value_max, unit, bound: the texts), worked out once per comparison:
    sources repeat figures."""

    value: Decimal | None
    value_max: Decimal | None
    unit_key: str
    interval: Interval | None
    sort_key: tuple[Decimal, Decimal, int] | None  # its place in the summary
    compact: str  # "~$14B"


_figure_key = itemgetter(6, 7, 8, 9)  # of a _FigureRow: (value, value_max, unit, bound) as stored


class _Memo:
    """What one comparison works out once per distinct stored text, not once per annotation: a desk's
    thousands of figures repeat a few values, bounds and sources."""

    def __init__(self, tol: Decimal) -> None:
        self.tol = tol
        self.decimals: dict[str | None, Decimal | None] = {None: None, "": None}
        self.figures: dict[tuple[str | None, str | None, str | None, str | None], _Figure] = {}
        self.tags: dict[tuple[int, str | None], str] = {}

    def decimal(self, text: str | None) -> Decimal | None:
        try:
            return self.decimals[text]
        except KeyError:
            value = self.decimals[text] = _decimal(text)
            return value

    def figure(self, key: tuple[str | None, str | None, str | None, str | None]) -> _Figure:
        found = self.figures.get(key)
        if found is None:
            value_text, max_text, unit, bound = key
            value, value_max = self.decimal(value_text), self.decimal(max_text)
            if value is None:
                found = _Figure(None, value_max, _unit_key(unit), None, None, "")
            else:
                found = _Figure(
                    value, value_max, _unit_key(unit), interval_for(value, value_max, bound, self.tol),
                    (value, value_max if value_max is not None else value, _BOUND_ORDER.get(bound or "exact", 2)),
                    compact_figure(value, value_max, unit, bound))
            self.figures[key] = found
        return found

    def tag(self, row: _FigureRow) -> str:
        """``_source_tag`` of the figure in ``row``, once per (document, attribution)."""
        key = (row[4], row[11])
        tag = self.tags.get(key)
        if tag is None:
            tag = self.tags[key] = _source_tag_of(row[0], row[11], row[13])
        return tag


def _compare_measure(measure_id: int, key: str, label: str, unit: str, rows: list[_FigureRow],
                     memo: _Memo) -> MeasureComparison:
    rows.sort()
    found, figure = memo.figures.get, memo.figure
    figures = [found(k) or figure(k) for k in map(_figure_key, rows)]
    if unit.strip():
        reference = _unit_key(unit)
    else:
        reference = _most_common_unit([f.unit_key for f in figures if f.value is not None])
    compared = [n for n, f in enumerate(figures) if f.value is not None and f.unit_key == reference]
    clashes: list[tuple[str, ...]] = [()] * len(rows)  # per row: the ids it clashes with
    disagree = False
    for n, ids in zip(compared, conflicting([figures[n].interval for n in compared],  # type: ignore[misc]
                                            [rows[n][3] for n in compared]), strict=True):
        if ids:
            clashes[n] = ids
            disagree = True
    values = []
    new, fill = object.__new__, _FIGURE_FIELDS
    for (doc_label, start, end, ann_id, document_id, quote, _v, _m, v_unit, bound, status, attributed_to, title,
         outlet, reliability, author), f, clash in zip(rows, figures, clashes, strict=True):
        interval = f.interval
        value = new(FigureValue)  # FigureValue(...) filled at once (see _FIGURE_FIELDS)
        value.__dict__.update(zip(fill, (
            ann_id, document_id, title, doc_label, outlet, reliability, quote, start, end, f.value, f.value_max,
            v_unit, bound, status, author, attributed_to, interval.low if interval else None,
            interval.high if interval else None, clash), strict=True))
        values.append(value)
    summary = _measure_summary_of(rows, figures, compared, disagree, memo)
    return MeasureComparison(measure_id, key, label, unit, values, disagree, summary)


# A frozen dataclass's own __init__ sets each field through object.__setattr__: for FigureValue's 19 fields,
# four times the cost of filling the new instance's __dict__ at once (12,500 values a desk). Same instance.
_FIGURE_FIELDS = tuple(f.name for f in fields(FigureValue))
_CLAIM_FIELDS = tuple(f.name for f in fields(ClaimPosition))


def _most_common_unit(units: list[str]) -> str:
    """The unit key most values have; on a tie, the one read first."""
    counts = Counter(units)
    if not counts:
        return ""
    best = max(counts.values())
    return next(u for u in units if counts[u] == best)


def _source_tag(value: FigureValue) -> str:
    """"000, via WSJ" for a figure the source attributes to someone else, "004, FT" when the
    attribution is the document's own outlet, plain "003" when the figure carries no attribution."""
    return _source_tag_of(value.document_label, value.attributed_to, value.outlet)


def _source_tag_of(document_label: str, attributed_to: str | None, outlet: str) -> str:
    if not attributed_to:
        return document_label
    via = short_source(attributed_to)
    if via == outlet_hint(outlet):
        return f"{document_label}, {via}"
    return Comparison.tr("{source}, via {attribution}").format(source=document_label, attribution=via)


def _compact_memo() -> Callable[[FigureValue], str]:
    """``compact_figure`` of a value, made once per (value, maximum, unit, bound) in one comparison: sources
    repeat a few figures. Zero is not kept (-0 equals 0 as a key, yet shows as "-0")."""
    made: dict[tuple[Decimal | None, Decimal | None, str | None, str | None], str] = {}

    def compact(v: FigureValue) -> str:
        key = (v.value, v.value_max, v.unit, v.bound)
        text = made.get(key)
        if text is None:
            text = compact_figure(v.value, v.value_max, v.unit, v.bound)
            if v.value and (v.value_max is None or v.value_max):
                made[key] = text
        return text

    return compact


def _measure_summary_of(rows: list[_FigureRow], figures: list[_Figure], compared: list[int], disagree: bool,
                        memo: _Memo) -> str:
    """One line: "sources disagree: $10B+ (002), ~$14B (000, via WSJ), ..." plus what was not compared. The
    compared figures by value (in row order among equal ones), grouped by their compact text, each group with
    its sources."""
    by_value: dict[tuple[Decimal, Decimal, int], list[int]] = {}
    for n in compared:
        sort_key = figures[n].sort_key
        assert sort_key is not None  # a compared figure has a value
        at = by_value.get(sort_key)
        if at is None:
            by_value[sort_key] = [n]
        else:
            at.append(n)
    tag = memo.tag
    groups: dict[str, dict[str, None]] = {}  # compact text -> the sources' tags, in order
    for sort_key in sorted(by_value):
        for n in by_value[sort_key]:
            shown = figures[n].compact
            tags = groups.get(shown)
            if tags is None:
                tags = groups[shown] = {}
            tags[tag(rows[n])] = None
    parts = ", ".join(_group_text_of(shown, list(tags)) for shown, tags in groups.items())
    if not compared:
        text = Comparison.tr("no values to compare")
    elif disagree:
        text = Comparison.tr("sources disagree: {values}").format(values=parts)
    elif len(compared) == 1:
        text = Comparison.tr("one value only: {values}").format(values=parts)
    else:
        text = Comparison.tr("sources agree: {values}").format(values=parts)
    comparable = set(compared)
    other_unit = [n for n, f in enumerate(figures) if f.value is not None and n not in comparable]
    if other_unit:
        text += Comparison.tr("; not compared (unit differs): {values}").format(
            values=", ".join(_group_text_of(figures[n].compact, [tag(rows[n])]) for n in other_unit))
    no_value = [row[0] for row, f in zip(rows, figures, strict=True) if f.value is None]
    if no_value:
        text += Comparison.tr("; no value read: {sources}").format(sources=", ".join(dict.fromkeys(no_value)))
    return text


def _group_text_of(shown: str, tags: list[str]) -> str:
    """"$14B (000, 003)"; "; " between the tags when one has a comma ("~$14B (000, via WSJ; 003)")."""
    joiner = "; " if any(", " in t for t in tags) else ", "
    return f"{shown} ({joiner.join(tags)})"


# --- propositions --------------------------------------------------------------------------------

def compare_propositions(project: Project, *, statuses: frozenset[str] | None = None,
                         author_ids: frozenset[int] | None = None) -> list[PropositionComparison]:
    """Every proposition with at least one claim, asserting and denying sources side by side.
    Contested propositions come first, then by label."""
    statuses = DEFAULT_STATUSES if statuses is None else frozenset(statuses)
    a = _ANNOTATIONS
    stmt = select(a.id, a.document_id, a.quote, a.start, a.end, a.stance, a.attributed_to, a.credibility, a.status,
                  a.author_id, a.speaker_id, a.proposition_id).where(_claims_wanted(statuses, author_ids))
    with project.read_core() as s:
        # the few documents, authors, propositions and speakers once each, not joined onto every row
        documents, authors = _documents_and_authors(s)
        known = _known_propositions(s)
        rows = plain_rows(s, stmt)
        speakers = _speaker_names(s, {row[10] for row in rows})
    speaker = speakers.get
    claims: list[ClaimRead] = [(*row[:10], speaker(row[10]), row[11]) for row in rows]
    return propositions_compared(known, documents, authors, claims)


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
        position = new(ClaimPosition)  # ClaimPosition(...) filled at once (see _FIGURE_FIELDS)
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
