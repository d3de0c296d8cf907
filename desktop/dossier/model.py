"""The dossier model: everything the renderers need, already chosen, ordered and cited.

Built from a project by ``desktop.dossier.build.build_dossier``; rendered by ``markdown_render``,
``html_render`` and ``json_render``. Plain frozen dataclasses: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

from desktop.dossier.citations import Citation, Passage

PENDING_STATUSES = frozenset({"proposed", "disputed"})

_T = TypeVar("_T")


def maker(cls: type[_T]) -> Callable[..., _T]:
    """``cls(*values)`` for a frozen dataclass without ``__post_init__``, every field given in order, made some three
    times faster: the generated ``__init__`` sets each field through ``object.__setattr__``, and a desk's dossier
    makes 100,000 such objects. This one is written for ``cls`` as the dataclass writes its ``__init__`` (one
    positional parameter a field, each stored straight into the new object's ``__dict__``, in field order). The
    object is the same (equal, hashed, frozen and shown alike)."""
    if not is_dataclass(cls) or hasattr(cls, "__post_init__") or hasattr(cls, "__slots__"):
        raise TypeError(f"{cls.__name__} is not a plain dataclass")
    names = [f.name for f in fields(cls)]
    if not all(name.isidentifier() for name in names):
        raise TypeError(f"{cls.__name__} has a field that is not an identifier")
    parameters = ", ".join(f"_{n}" for n in range(len(names)))
    stores = "".join(f"    d[{name!r}] = _{n}\n" for n, name in enumerate(names))
    source = f"def make({parameters}):\n    made = new(cls)\n    d = made.__dict__\n{stores}    return made\n"
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    exec(source, namespace)  # field names only, checked above: as dataclasses writes __init__
    make: Callable[..., _T] = namespace["make"]
    make.__qualname__ = f"maker({cls.__name__})"
    return make


@dataclass(frozen=True)
class DossierOptions:
    title: str = ""  # empty: the project title setting, or "Evidence dossier"
    include_pending: bool = False  # proposed and disputed annotations too, marked "(pending)"
    include_entities: bool = True
    include_notes: bool = True
    author_ids: frozenset[int] = frozenset()  # only these analysts' annotations (empty: everyone's)
    document_ids: frozenset[int] = frozenset()  # only these documents (empty: every one)

    @property
    def statuses(self) -> frozenset[str]:
        """Which annotation statuses the dossier shows; rejected never."""
        return frozenset({"accepted"}) | (PENDING_STATUSES if self.include_pending else frozenset())


@dataclass(frozen=True)
class Quote:
    """A verbatim span of a stored document with its citation."""

    annotation_id: str
    text: str  # == document text[start:end]
    citation: Citation
    status: str
    kind: str
    author: str

    @property
    def pending(self) -> bool:
        return self.status in PENDING_STATUSES


@dataclass(frozen=True)
class Source:
    label: str
    document_id: int
    title: str
    outlet: str
    language: str
    published: str
    reliability: str | None
    sha256: str
    characters: int
    url: str
    author: str = ""
    retrieved_at: str = ""
    original_sha256: str = ""  # of the archived original ("" for a document added before originals were kept)
    original_type: str = ""
    original_kind: str = ""  # "file" or "warc"
    original_name: str = ""
    extraction: str = ""  # how the text was extracted from the original (article, full, pdf ...)
    extractor: str = ""
    page_starts: tuple[int, ...] = ()


@dataclass(frozen=True)
class FigureEntry:
    quote: Quote
    value: str | None  # decimal strings, exact
    value_max: str | None
    unit: str | None
    bound: str | None
    display: str  # "~$14B"
    attributed_to: str | None
    reliability: str | None
    low: str | None  # the interval under the disagreement rule; None = unbounded
    high: str | None
    conflicts_with: tuple[str, ...]  # source labels of values this one cannot agree with


@dataclass(frozen=True)
class FigureSection:
    measure_key: str
    label: str
    unit: str
    disagree: bool
    summary: str
    values: tuple[FigureEntry, ...]
    anchor: str  # heading id, e.g. "figure-metas-investment"


@dataclass(frozen=True)
class ClaimEntry:
    quote: Quote
    stance: str  # asserts | denies
    speaker: str | None
    attributed_to: str | None
    credibility: int | None
    reliability: str | None


@dataclass(frozen=True)
class ClaimSection:
    proposition_key: str
    label: str
    contested: bool
    asserts: tuple[ClaimEntry, ...]
    denies: tuple[ClaimEntry, ...]
    anchor: str


@dataclass(frozen=True)
class EntityRow:
    key: str
    name: str
    type: str  # chosen by an analyst, or guessed from the name (``type_guessed``); "" when unknown
    aliases: tuple[str, ...]
    mentions: tuple[tuple[str, int], ...]  # (source label, count), by label
    type_guessed: bool = False

    @property
    def type_text(self) -> str:
        """As the dossier prints it: "person", "person (guessed)", or "" (nobody chose, nothing suggests one)."""
        if not self.type:
            return ""
        return f"{self.type} (guessed)" if self.type_guessed else self.type

    @property
    def total(self) -> int:
        return sum(n for _, n in self.mentions)


@dataclass(frozen=True)
class Note:
    quote: Quote
    markdown: str  # already sanitised (desktop.dossier.sanitize.clean_note_markdown)
    anchor: str


@dataclass(frozen=True)
class AuthorActivity:
    key: str
    name: str
    by_kind: tuple[tuple[str, int], ...]  # entity, figure, claim
    by_status: tuple[tuple[str, int], ...]  # accepted, proposed, disputed, rejected
    reviews: int

    @property
    def total(self) -> int:
        return sum(n for _, n in self.by_kind)


@dataclass(frozen=True)
class ReviewEntry:
    id: str
    annotation_id: str
    citation: Citation
    annotation_author: str
    reviewer: str
    verdict: str | None  # accepted | rejected | disputed, or None for a comment
    comment: str
    created: str
    is_reply: bool


@dataclass(frozen=True)
class Excerpt:
    """One cited quote shown in its passage, in the sources appendix."""

    quote: Quote
    passage: Passage


@dataclass(frozen=True)
class TimelineEntry:
    """One source's date: ISO 8601 at its granularity ("2025-06-12", "2024-09", "2025")."""

    quote: Quote
    value: str | None
    value_max: str | None  # the end of a range
    granularity: str | None  # day | month | year
    bound: str
    display: str  # "2025-06-12", "≥ 2025-07-09", "2025-06 – 2025-07", "no date"
    measure: str | None  # the measure's label, for a date with no measure None
    conflicts_with: tuple[str, ...]  # source labels of dates this one cannot agree with


@dataclass(frozen=True)
class TimelineSection:
    """One date measure ("deal announced"), its sources' dates in time order."""

    measure_key: str
    label: str
    disagree: bool
    values: tuple[TimelineEntry, ...]
    anchor: str


@dataclass(frozen=True)
class Dossier:
    title: str
    project_title: str
    generated_at: str
    options: DossierOptions
    authors: tuple[str, ...]  # analysts whose annotations are included
    annotation_count: int  # annotations in the project
    included_count: int  # annotations shown
    sources: tuple[Source, ...]
    figures: tuple[FigureSection, ...]
    other_figures: tuple[FigureEntry, ...]  # figures with no measure assigned
    claims: tuple[ClaimSection, ...]
    other_claims: tuple[ClaimEntry, ...]  # claims with no proposition assigned
    entities: tuple[EntityRow, ...]
    notes: tuple[Note, ...]
    activity: tuple[AuthorActivity, ...]
    reviews: tuple[ReviewEntry, ...]
    other_reviews: int  # reviews of annotations the dossier leaves out
    excerpts: tuple[Excerpt, ...] = field(default=())
    # what the statuses leave out: (status, kind, count), e.g. ("proposed", "figure", 40)
    left_out: tuple[tuple[str, str, int], ...] = field(default=())
    tolerance: str = ""  # how "about" is read, e.g. "±10%"
    reviewers: tuple[str, ...] = ()  # who reviewed the included annotations
    timeline: tuple[TimelineSection, ...] = ()  # the date measures (desktop.dossier.timeline_section)
    other_dates: tuple[TimelineEntry, ...] = ()  # dated figures with no measure, in time order
    language: str = "en"  # the language its words, numbers and dates are written in (desktop.i18n)

    @property
    def statuses(self) -> frozenset[str]:
        return self.options.statuses

    def left_out_count(self, statuses: frozenset[str] = PENDING_STATUSES, kind: str | None = None) -> int:
        """Annotations of these statuses (and kind) the dossier leaves out."""
        return sum(n for status, k, n in self.left_out if status in statuses and (kind is None or k == kind))
