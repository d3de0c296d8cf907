"""Project -> dossier model, in steps that report progress.

``build_dossier(project, options, generated_at=..., progress=...)`` reads the project through the
services (annotations, documents, the comparison of figures and claims, settings) and the review
trail, keeps only the annotations the options include (accepted; with ``include_pending`` also
proposed and disputed; rejected never), cites every quote verbatim from the stored text, and
orders everything deterministically so the same project gives the same dossier byte for byte.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from itertools import compress
from operator import attrgetter
from typing import Any

from desktop.domain import localized
from desktop.domain.entity_types import UNKNOWN
from desktop.domain.figures import format_decimal
from desktop.domain.text_fragments import text_fragment_link
from desktop.domain.text_matching import fold
from desktop.dossier.citations import Citation, ParagraphIndex, unique_anchors
from desktop.dossier.conflict_labels import ConflictLabels
from desktop.dossier.model import (
    AuthorActivity,
    ClaimEntry,
    ClaimSection,
    Dossier,
    DossierOptions,
    EntityRow,
    Excerpt,
    FigureEntry,
    FigureSection,
    Note,
    Quote,
    ReviewEntry,
    Source,
    TimelineEntry,
    TimelineSection,
    maker,
)
from desktop.dossier.sanitize import clean_note_markdown
from desktop.dossier.timeline_section import build_timeline
from desktop.dossier.words import DossierText
from desktop.i18n import QT_TRANSLATE_NOOP, current_language
from desktop.quiet_gc import no_cycle_collection
from desktop.services.comparison import (
    ClaimPosition,
    ClaimRead,
    DocumentSide,
    FigureRead,
    FigureValue,
    compact_figure,
    known_measures,
    known_propositions,
    measures_compared,
    propositions_compared,
)
from desktop.services.dossier_read import DossierAnnotation, dossier_annotations
from desktop.services.read_models import author_records, documents_with_text, list_reviews, original_records
from desktop.services.settings import get_setting, tolerance
from desktop.storage.project import Project

Progress = Callable[[int, int], None]
KINDS = ("entity", "figure", "claim")
STATUSES = ("accepted", "proposed", "disputed", "rejected")
DEFAULT_TITLE = QT_TRANSLATE_NOOP("DossierText", "Evidence dossier")  # in the dossier's language: dossier_title()
_STEPS = ("documents", "annotations", "figures", "claims", "entities", "notes", "trail", "passages")


def now_utc() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dec(value: Decimal | str | None) -> str | None:
    if value is None:
        return None
    return format_decimal(value if isinstance(value, Decimal) else Decimal(str(value)))


def _anchor_slug(prefix: str, key: str) -> str:
    return f"{prefix}-{re.sub(r'[^a-z0-9-]+', '-', key.lower()).strip('-') or 'item'}"


_UNSEEN = object()
_ID, _DOCUMENT, _STATUS, _KIND = attrgetter("id"), attrgetter("document_id"), attrgetter("status"), attrgetter("kind")
_AUTHOR_ID, _AUTHOR_NAME, _ENTITY = attrgetter("author_id"), attrgetter("author_name"), attrgetter("entity_id")
# made tens of thousands of times for a desk, each from its field values in order (model.maker)
_new_citation = maker(Citation)
_new_quote = maker(Quote)
_new_figure = maker(FigureEntry)
_new_claim = maker(ClaimEntry)


@dataclass
class _Context:
    """What every step needs: the documents, their texts and labels, the included annotations."""

    sources: dict[int, Source]
    indexes: dict[int, ParagraphIndex]
    annotations: dict[str, DossierAnnotation]  # every annotation of the project
    included: dict[str, DossierAnnotation]
    anchors: dict[str, str]
    # what the line-up reads, the rows above as the comparison takes them (it is not read a second time):
    every: list[DossierAnnotation] = field(default_factory=list)  # every annotation, of every document
    sides: dict[int, DocumentSide] = field(default_factory=dict)  # every document
    author_names: dict[int, str] = field(default_factory=dict)
    _quotes: dict[str, Quote] = field(default_factory=dict)

    _decimals: dict[Any, str | None] = field(default_factory=dict)
    _displays: dict[tuple[Any, Any, str | None, str | None], str] = field(default_factory=dict)

    def dec(self, value: Decimal | str | None) -> str | None:
        """``_dec(value)``, made once per distinct value (a desk's figures repeat the same few amounts)."""
        made = self._decimals.get(value, _UNSEEN)
        if made is _UNSEEN:
            made = self._decimals[value] = _dec(value)
        return made  # type: ignore[return-value]

    def display(self, value: Decimal | str | None, value_max: Decimal | str | None, unit: str | None,
                bound: str | None) -> str:
        """``compact_figure``, made once per distinct figure."""
        key = (value, value_max, unit, bound)
        made = self._displays.get(key)
        if made is None:
            made = self._displays[key] = compact_figure(value, value_max, unit, bound)
        return made

    def label(self, document_id: int) -> str:
        return self.sources[document_id].label

    def quote(self, annotation_id: str) -> Quote:
        """The quote and citation of an annotation (made once: several sections cite the same one)."""
        made = self._quotes.get(annotation_id)
        if made is None:
            made = self._quotes[annotation_id] = self._quote(annotation_id)
        return made

    def _quote(self, annotation_id: str) -> Quote:
        # made 30,000 times for a desk: positional arguments, no intermediate dictionary
        ann = self.annotations[annotation_id]
        document_id, start, end = ann.document_id, ann.start, ann.end
        index = self.indexes[document_id]
        source = self.sources[document_id]
        page_starts = source.page_starts
        page = max(bisect_right(page_starts, start), 1) if page_starts else None  # sources.pdf.page_of
        text = index.text[start:end]
        citation = _new_citation(
            source.label, document_id, index.paragraph_of(start, end), start, end,
            self.anchors.get(annotation_id, ""), source.url,
            _link(source, page, text, ann.prefix, ann.suffix) if source.url or page is not None else "", page,
            source.original_sha256, source.retrieved_at,
        )
        return _new_quote(ann.id, text, citation, ann.status, ann.kind, ann.author_name)


def original_file_name(source: Source) -> str:
    """Where a source's archived original sits in an evidence bundle: originals/<id>-<name>."""
    if not source.original_sha256:
        return ""
    if source.original_kind == "warc":
        return f"originals/{source.document_id}.warc.gz"
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", source.original_name or "original").strip("._") or "original"
    return f"originals/{source.document_id}-{name}"


def provenance(source: Source, page: int | None, quote: str, prefix: str, suffix: str) -> dict[str, Any]:
    """The citation's address, link, page, original hash and retrieval time."""
    return {"url": source.url, "link": _link(source, page, quote, prefix, suffix), "page": page,
            "original_sha256": source.original_sha256, "retrieved_at": source.retrieved_at}


def _link(source: Source, page: int | None, quote: str, prefix: str, suffix: str) -> str:
    """A link that opens the quote: the PDF's page, or a text fragment of the web page ("" without either)."""
    if page is not None:
        where = source.url if source.url.lower().startswith(("http://", "https://")) else original_file_name(source)
        return f"{where.split('#')[0]}#page={page}" if where else ""
    return text_fragment_link(source.url, quote, prefix, suffix)


def _read_documents(project: Project) -> tuple[dict[int, Source], dict[int, ParagraphIndex]]:
    docs = documents_with_text(project)
    originals = original_records(project)
    sources = {}
    for d in docs:
        o = originals.get(d.id)
        sources[d.id] = Source(
            label=d.label, document_id=d.id, title=d.title,
            outlet=d.outlet, language=d.language, published=d.published, reliability=d.reliability,
            sha256=d.sha256, characters=d.char_count, url=d.url, author=d.author,
            retrieved_at=d.retrieved_at, original_sha256=o.sha256 if o else "", original_type=o.mime if o else "",
            original_kind=o.kind if o else "", original_name=o.filename if o else "",
            extraction=o.extraction if o else "", extractor=o.extractor if o else "",
            page_starts=d.page_starts,
        )
    indexes = {d.id: ParagraphIndex(d.text) for d in docs}
    return sources, indexes


def _figure_entry(ctx: _Context, value: FigureValue, conflict_labels: ConflictLabels) -> FigureEntry:
    ann = ctx.annotations[value.annotation_id]
    conflicts = conflict_labels(value.conflicts_with)
    dec = ctx.dec
    return _new_figure(  # quote, value, value_max, unit, bound, display, attributed_to, reliability, low, high,
        # conflicts_with
        ctx.quote(ann.id), dec(value.value), dec(value.value_max), value.unit, value.bound,
        ctx.display(value.value, value.value_max, value.unit, value.bound), value.attributed_to,
        ctx.sources[ann.document_id].reliability, dec(value.low), dec(value.high), conflicts,
    )


def _plain_figure(ctx: _Context, ann: DossierAnnotation) -> FigureEntry:
    return FigureEntry(
        quote=ctx.quote(ann.id), value=ann.value, value_max=ann.value_max, unit=ann.unit, bound=ann.bound,
        display=ctx.display(ann.value, ann.value_max, ann.unit, ann.bound), attributed_to=ann.attributed_to,
        reliability=ctx.sources[ann.document_id].reliability, low=None, high=None, conflicts_with=(),
    )


def _figures(ctx: _Context, project: Project, statuses: frozenset[str],
             tol: Decimal) -> tuple[tuple[FigureSection, ...], tuple[FigureEntry, ...]]:
    every = ctx.every
    texts = ctx.indexes
    figures: list[FigureRead] = [
        (a.id, a.document_id, texts[a.document_id].text[a.start:a.end], a.start, a.end, a.value, a.value_max, a.unit,
         a.bound, a.status, a.attributed_to, a.author_id, a.measure_id)
        for a in every if a.kind == "figure" and a.measure_id is not None and a.status in statuses
        and a.unit != "date"]
    compared = measures_compared(known_measures(project), ctx.sides, ctx.author_names, figures, tol)
    sections = []
    for measure in compared:
        values = [v for v in measure.values if v.annotation_id in ctx.included]
        if not values:
            continue
        conflict_labels = ConflictLabels({v.annotation_id: ctx.label(v.document_id) for v in values})
        sections.append(FigureSection(
            measure_key=measure.key, label=measure.label, unit=measure.unit or "", disagree=measure.disagree,
            summary=measure.summary, values=tuple(_figure_entry(ctx, v, conflict_labels) for v in values),
            anchor=_anchor_slug("figure", measure.key),
        ))
    unassigned = [a for a in ctx.included.values() if a.kind == "figure" and a.measure_id is None
                  and a.unit != "date"]  # dates are the Timeline's
    return tuple(sections), tuple(_plain_figure(ctx, a) for a in _by_position(ctx, unassigned))


def _claim_entry(ctx: _Context, annotation_id: str, stance: str, speaker: str | None,
                 attributed_to: str | None, credibility: int | None) -> ClaimEntry:
    ann = ctx.annotations[annotation_id]
    return _new_claim(ctx.quote(annotation_id), stance, speaker, attributed_to, credibility,  # field order
                      ctx.sources[ann.document_id].reliability)


def _claims(ctx: _Context, project: Project, statuses: frozenset[str]) -> tuple[tuple[ClaimSection, ...],
                                                                                tuple[ClaimEntry, ...]]:
    texts = ctx.indexes
    claims: list[ClaimRead] = [
        (a.id, a.document_id, texts[a.document_id].text[a.start:a.end], a.start, a.end, a.stance, a.attributed_to,
         a.credibility, a.status, a.author_id, a.speaker_name, a.proposition_id)
        for a in ctx.every if a.kind == "claim" and a.proposition_id is not None and a.status in statuses]
    compared = propositions_compared(known_propositions(project), ctx.sides, ctx.author_names, claims)
    sections = []
    for prop in compared:
        def entries(positions: Iterable[ClaimPosition]) -> tuple[ClaimEntry, ...]:
            return tuple(_claim_entry(ctx, p.annotation_id, p.stance, p.speaker_name, p.attributed_to,
                                      p.credibility)
                         for p in positions if p.annotation_id in ctx.included)

        asserts, denies = entries(prop.asserts), entries(prop.denies)
        if not asserts and not denies:
            continue
        sections.append(ClaimSection(
            proposition_key=prop.key, label=prop.label, contested=bool(asserts and denies),
            asserts=asserts, denies=denies, anchor=_anchor_slug("claim", prop.key),
        ))
    sections.sort(key=lambda c: (not c.contested, fold(c.label), c.proposition_key))
    unassigned = [a for a in ctx.included.values() if a.kind == "claim" and a.proposition_id is None]
    others = tuple(_claim_entry(ctx, a.id, a.stance or "asserts", a.speaker_name, a.attributed_to, a.credibility)
                   for a in _by_position(ctx, unassigned))
    return tuple(sections), others


def _entities(ctx: _Context) -> tuple[EntityRow, ...]:
    mentioned = [a for a in ctx.included.values() if a.kind == "entity" and a.entity_id is not None]
    labels = {i: s.label for i, s in ctx.sources.items()}
    texts = {i: index.text for i, index in ctx.indexes.items()}
    entity_ids = list(map(_ENTITY, mentioned))
    info: dict[int, DossierAnnotation] = {}
    for ann in mentioned:  # the first mention of each entity
        info.setdefault(ann.entity_id, ann)  # type: ignore[arg-type]
    mentions: dict[int, Counter[str]] = defaultdict(Counter)
    # counted in C: (entity, source label) pairs; a desk mentions 200 entities 25,000 times
    for (entity_id, label), n in Counter(zip(entity_ids, map(labels.__getitem__, map(_DOCUMENT, mentioned)),
                                              strict=True)).items():
        mentions[entity_id][label] = n
    # each distinct text of each entity looked at once: its surface (white space collapsed) is an alias when it
    # does not fold to the entity's name
    seen: dict[int, set[str]] = defaultdict(set)
    folded: dict[str, str] = {}

    def folded_text(text: str) -> str:
        made = folded.get(text)
        if made is None:
            made = folded[text] = fold(text)
        return made

    for entity_id, raw in dict.fromkeys(zip(entity_ids, [texts[a.document_id][a.start:a.end] for a in mentioned],
                                            strict=True)):
        surface = " ".join(raw.split())
        if folded_text(surface) != folded_text(info[entity_id].entity_name or ""):
            seen[entity_id].add(surface)
    rows = []
    for entity_id, ann in info.items():
        aliases: dict[str, str] = {}
        for alias in sorted(seen[entity_id], key=lambda a: (fold(a), a)):
            aliases.setdefault(fold(alias), alias)
        known = ann.entity_type not in (None, "", UNKNOWN)  # never a default nobody chose
        rows.append(EntityRow(
            key=ann.entity_key or f"entity-{entity_id}", name=ann.entity_name or "",
            type=(ann.entity_type or "") if known else "", type_guessed=known and bool(ann.entity_type_guessed),
            aliases=tuple(aliases.values()), mentions=tuple(sorted(mentions[entity_id].items())),
        ))
    rows.sort(key=lambda r: (-r.total, fold(r.name), r.key))
    return tuple(rows)


def _by_position(ctx: _Context, anns: list[DossierAnnotation]) -> list[DossierAnnotation]:
    return sorted(anns, key=lambda a: (ctx.label(a.document_id), a.document_id, a.start, a.end, a.id))


def _notes(ctx: _Context) -> tuple[Note, ...]:
    notes = []
    for ann in _by_position(ctx, [a for a in ctx.included.values() if a.note.strip()]):
        cleaned = clean_note_markdown(ann.note)
        if cleaned:
            notes.append(Note(quote=ctx.quote(ann.id), markdown=cleaned, anchor=f"note-{ctx.anchors[ann.id][2:]}"))
    return tuple(notes)


def _trail(ctx: _Context, project: Project) -> tuple[tuple[AuthorActivity, ...], tuple[ReviewEntry, ...], int]:
    authors = {a.id: (a.key, a.name) for a in author_records(project)}
    # by creation time then id, ordered here: a server's collation may order text otherwise
    reviews = sorted(list_reviews(project), key=attrgetter("created", "id"))
    # counted in C, (author, kind) and (author, status) pairs: a desk has 50,000 annotations
    anns = ctx.annotations.values()
    author_ids = list(map(attrgetter("author_id"), anns))
    by_kind = Counter(zip(author_ids, map(attrgetter("kind"), anns), strict=True))
    by_status = Counter(zip(author_ids, map(attrgetter("status"), anns), strict=True))
    review_counts = Counter(r.author_id for r in reviews)
    active = set(author_ids) | set(review_counts)
    activity = tuple(sorted(
        (AuthorActivity(key=authors[i][0], name=authors[i][1],
                        by_kind=tuple((k, by_kind[i, k]) for k in KINDS),
                        by_status=tuple((st, by_status[i, st]) for st in STATUSES),
                        reviews=review_counts[i])
         for i in active if i in authors),
        key=lambda a: (fold(a.name), a.key),
    ))
    entries = []
    for r in reviews:
        if r.annotation_id not in ctx.included:
            continue
        ann = ctx.annotations[r.annotation_id]
        entries.append(ReviewEntry(
            id=r.id, annotation_id=r.annotation_id, citation=ctx.quote(r.annotation_id).citation,
            annotation_author=ann.author_name, reviewer=authors.get(r.author_id, ("", "someone"))[1],
            verdict=r.verdict, comment=r.comment, created=r.created, is_reply=r.parent_id is not None,
        ))
    return activity, tuple(entries), len(reviews) - len(entries)


def _excerpts(ctx: _Context, cited: set[str]) -> tuple[Excerpt, ...]:
    out = []
    for ann in _by_position(ctx, [ctx.annotations[i] for i in cited]):
        out.append(Excerpt(quote=ctx.quote(ann.id), passage=ctx.indexes[ann.document_id].passage(ann.start, ann.end)))
    return tuple(out)


def _cited(figures: tuple[FigureSection, ...], other_figures: tuple[FigureEntry, ...],
           timeline: tuple[TimelineSection, ...], other_dates: tuple[TimelineEntry, ...],
           claims: tuple[ClaimSection, ...], other_claims: tuple[ClaimEntry, ...], notes: tuple[Note, ...],
           reviews: tuple[ReviewEntry, ...]) -> set[str]:
    """The annotations the dossier quotes somewhere: each gets its passage."""
    cited = {e.quote.annotation_id for f in figures for e in f.values}
    cited |= {e.quote.annotation_id for e in other_figures}
    cited |= {e.quote.annotation_id for t in timeline for e in t.values} | {e.quote.annotation_id for e in other_dates}
    cited |= {e.quote.annotation_id for c in claims for e in (*c.asserts, *c.denies)}
    cited |= {e.quote.annotation_id for e in other_claims}
    cited |= {n.quote.annotation_id for n in notes}
    cited |= {r.annotation_id for r in reviews}
    return cited


def dossier_title(project: Project, options: DossierOptions) -> str:
    return options.title.strip() or get_setting(project, "title").strip() or DossierText.tr(DEFAULT_TITLE)


def build_dossier(project: Project, options: DossierOptions | None = None, *, generated_at: str | None = None,
                  progress: Progress | None = None, passages: bool = True) -> Dossier:
    """The dossier of ``project``. ``generated_at`` defaults to now (UTC); pass it to get a fixed output.
    ``passages=False`` leaves the quoted passages (``excerpts``) out: only the Markdown, HTML and PDF show them,
    and a desk's make 50,000 slices of text the JSON would never write."""
    with no_cycle_collection():
        return _build(project, options, generated_at, progress, passages)


def _build(project: Project, options: DossierOptions | None, generated_at: str | None,
           progress: Progress | None, passages: bool) -> Dossier:
    options = options or DossierOptions()
    statuses = options.statuses
    total = len(_STEPS)

    def step(done: int) -> None:
        if progress is not None:
            progress(done, total)

    step(0)
    sources, indexes = _read_documents(project)
    sides = {i: (s.label, s.title, s.outlet or "", s.reliability) for i, s in sources.items()}
    step(1)
    if options.document_ids:  # a dossier of some documents: the others are not its sources
        sources = {i: s for i, s in sources.items() if i in options.document_ids}
    every = dossier_annotations(project)
    # a desk's 50,000 rows sorted out in C where the options allow (the same dictionaries, in the same order)
    if sources.keys() >= set(map(_DOCUMENT, every)):  # every annotation's document is a source
        annotations = dict(zip(map(_ID, every), every, strict=True))
    else:
        annotations = {a.id: a for a in every if a.document_id in sources}
    rows = annotations.values()
    if options.author_ids:
        included = {i: a for i, a in annotations.items() if a.status in statuses
                    and a.author_id in options.author_ids}
    else:
        included = dict(compress(annotations.items(), map(statuses.__contains__, map(_STATUS, rows))))
    left_out = Counter(zip(map(_STATUS, rows), map(_KIND, rows), strict=True))  # (status, kind): count
    for shown in [pair for pair in left_out if pair[0] in statuses]:
        del left_out[shown]
    ctx = _Context(sources=sources, indexes=indexes, annotations=annotations, included=included,
                   anchors=unique_anchors(list(included)), every=every, sides=sides,
                   author_names=dict(zip(map(_AUTHOR_ID, every), map(_AUTHOR_NAME, every), strict=True)))
    tol = tolerance(project)
    step(2)
    figures, other_figures = _figures(ctx, project, statuses, tol)
    timeline, other_dates = build_timeline(project, statuses, ctx.included, ctx.quote)
    step(3)
    claims, other_claims = _claims(ctx, project, statuses)
    step(4)
    entities = _entities(ctx) if options.include_entities else ()
    step(5)
    notes = _notes(ctx) if options.include_notes else ()
    step(6)
    activity, reviews, other_reviews = _trail(ctx, project)
    step(7)
    excerpts = _excerpts(ctx, _cited(figures, other_figures, timeline, other_dates, claims, other_claims, notes,
                                     reviews)) if passages else ()
    step(8)
    return Dossier(
        title=dossier_title(project, options), project_title=get_setting(project, "title").strip(),
        generated_at=generated_at or now_utc(), options=options,
        authors=tuple(sorted({a.author_name for a in included.values()}, key=lambda n: (fold(n), n))),
        annotation_count=len(annotations), included_count=len(included),
        sources=tuple(sorted(sources.values(), key=lambda s: (s.label, s.document_id))),
        figures=figures, other_figures=other_figures, claims=claims, other_claims=other_claims,
        entities=entities, notes=notes, activity=activity, reviews=reviews, other_reviews=other_reviews,
        excerpts=excerpts, tolerance=_tolerance_text(tol),
        reviewers=tuple(sorted({r.reviewer for r in reviews}, key=lambda n: (fold(n), n))),
        timeline=timeline, other_dates=other_dates, language=current_language(),
        left_out=tuple((status, kind, n) for (status, kind), n in sorted(left_out.items())),
    )


def _tolerance_text(value: Decimal) -> str:
    percent = format_decimal(value * 100)
    return "±" + localized.percent(percent, f"{percent}%")
