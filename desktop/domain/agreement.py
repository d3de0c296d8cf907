"""Inter-annotator agreement between two authors, A (the reference) and B. Pure maths, no storage.

Inputs are, per document, its length in code points and both authors' :class:`CodedSpan` lists.
Everything is pooled over the documents given (micro-averaged: counts are summed, not ratios).

Per kind (entity, figure, claim):

- **Span precision / recall / F1 of B against A.** ``exact``: same kind and identical boundaries,
  matched one to one. ``overlap``: same kind and at least one shared character, matched one to one,
  greedily, best intersection-over-union first (:func:`desktop.domain.alignment.match_overlapping`).
  precision = matched / |B|, recall = matched / |A|, F1 = 2·matched / (|A| + |B|) (the harmonic mean of
  the two, and 0 rather than undefined when nothing matched). A ratio with a zero denominator is None:
  precision when B tagged nothing of the kind, recall when A did, F1 when neither did.
- **Label agreement**: over overlap-matched pairs where both spans carry a label (entity, measure or
  proposition key), the proportion with the same label. **Value agreement**: likewise for the value
  (a figure's value, value_max, unit and bound together; a claim's stance).
- **Krippendorff's unitized alpha** for that kind, see :func:`unitized_disagreement`.

Overall:

- **Cohen's kappa over characters.** Each character of each document gets one category per author:
  the kind of the span of that author covering it, or ``none``. When several spans of one author cover
  a character, the *innermost* wins: the shortest span; between spans of equal length the one that
  starts first, then entity before figure before claim. Kappa is computed on the contingency table of
  all characters of all documents: kappa = (p_o - p_e) / (1 - p_e).
- **Krippendorff's unitized alpha over all kinds**: alpha_U = 1 - sum_k D_o(k) / sum_k D_e(k), as in
  Krippendorff (2004: 254), the kinds being his categories.

**Undefined is None, never a number.** Besides a zero denominator (no spans, no pairs, no characters),
a coefficient that would compare someone's coding with an empty one is None: alpha_U of a kind when A
or B marked no unit of it, and kappa and the overall alpha_U when A or B tagged nothing at all in the
documents. Such a number (typically 0 or a little below) only restates how much the other person
tagged. ``why_undefined`` says in words why a value is None ("B tagged nothing of this kind").
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction
from itertools import accumulate
from typing import Any

from desktop.domain.alignment import CodedSpan, match_exact, match_overlapping
from desktop.domain.kinds import Kind

KINDS: tuple[str, ...] = tuple(k.value for k in Kind)  # entity, figure, claim
NONE = "none"
# What a label and a value are, per kind, for the reasons a proportion is undefined.
LABEL_WORDS = {"entity": "an entity", "figure": "a measure", "claim": "a proposition"}
VALUE_WORDS = {"figure": "a value read", "claim": "a stance"}


def nothing_tagged(a: int, b: int, scope: str = "of this kind") -> str | None:
    """ "B tagged nothing of this kind" when a side has no span (None when both have some)."""
    if a == 0 and b == 0:
        return f"neither A nor B tagged anything {scope}"
    if b == 0:
        return f"B tagged nothing {scope}"
    if a == 0:
        return f"A tagged nothing {scope}"
    return None


@dataclass(frozen=True)
class DocumentCoding:
    """One document as both authors coded it."""

    length: int
    a: Sequence[CodedSpan] = ()
    b: Sequence[CodedSpan] = ()


@dataclass(frozen=True)
class SpanScores:
    matched: int
    a: int
    b: int

    @property
    def precision(self) -> float | None:
        return self.matched / self.b if self.b else None

    @property
    def recall(self) -> float | None:
        return self.matched / self.a if self.a else None

    @property
    def f1(self) -> float | None:
        return 2 * self.matched / (self.a + self.b) if self.a + self.b else None

    def why_undefined(self, measure: str) -> str | None:
        """Why ``measure`` (precision, recall or f1) is None; None when it has a value."""
        if getattr(self, measure) is not None:
            return None
        return nothing_tagged(self.a, self.b)  # a zero denominator: a side with no span

    def to_json(self) -> dict[str, Any]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "matched": self.matched, "a": self.a, "b": self.b}


@dataclass(frozen=True)
class Proportion:
    agreeing: int
    pairs: int

    @property
    def value(self) -> float | None:
        return self.agreeing / self.pairs if self.pairs else None


@dataclass(frozen=True)
class KindAgreement:
    kind: str
    exact: SpanScores
    overlap: SpanScores
    label: Proportion
    value: Proportion
    alpha_u: float | None

    @property
    def label_agreement(self) -> float | None:
        return self.label.value

    @property
    def value_agreement(self) -> float | None:
        return self.value.value

    def why_undefined(self, measure: str) -> str | None:
        """Why ``measure`` is None, in words; None when it has a value.

        ``measure``: "alpha_u", "label", "value", or "exact.precision", "overlap.f1" and the like.
        """
        if "." in measure:
            boundaries, ratio = measure.split(".")
            scores: SpanScores = getattr(self, boundaries)
            return scores.why_undefined(ratio)
        if measure == "alpha_u":
            return None if self.alpha_u is not None else nothing_tagged(self.exact.a, self.exact.b) or (
                "no disagreement is possible")
        proportion: Proportion = getattr(self, measure)
        if proportion.value is not None:
            return None
        empty = nothing_tagged(self.overlap.a, self.overlap.b)
        if empty:
            return empty
        if self.overlap.matched == 0:
            return "no span of B overlaps one of A"
        if measure == "value" and self.kind not in VALUE_WORDS:
            return f"{self.kind} annotations carry no value"
        words = LABEL_WORDS if measure == "label" else VALUE_WORDS
        return f"no overlapping pair where both spans have {words.get(self.kind, 'one')}"


@dataclass(frozen=True)
class Agreement:
    kinds: tuple[KindAgreement, ...]
    kappa: float | None
    alpha_u: float | None
    characters: int
    documents: int = 0

    @property
    def spans_a(self) -> int:
        return sum(row.exact.a for row in self.kinds)

    @property
    def spans_b(self) -> int:
        return sum(row.exact.b for row in self.kinds)

    def why_undefined(self, measure: str) -> str | None:
        """Why "kappa" or "alpha_u" (over all kinds) is None, in words; None when it has a value."""
        if getattr(self, measure) is not None:
            return None
        if self.characters == 0:
            return "there is no text to compare"
        return nothing_tagged(self.spans_a, self.spans_b, "in these documents") or "no disagreement is possible"


def format_coefficient(value: float | None, digits: int = 2) -> str:
    """ "0.85"; "—" when undefined; a value that rounds to zero is "0.00", never "-0.00"."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text[1:] if text.startswith("-") and not text.strip("-0.") else text


# --- span matching --------------------------------------------------------------------------------

def span_scores(documents: Iterable[DocumentCoding], kind: str) -> tuple[SpanScores, SpanScores, Proportion, Proportion]:
    """(exact, overlap, label agreement, value agreement) of one kind, pooled over the documents."""
    exact = overlap = n_a = n_b = 0
    label_same = label_pairs = value_same = value_pairs = 0
    for doc in documents:
        a = [s for s in doc.a if s.kind == kind]
        b = [s for s in doc.b if s.kind == kind]
        n_a += len(a)
        n_b += len(b)
        exact += len(match_exact(a, b))
        pairs = match_overlapping(a, b)
        overlap += len(pairs)
        for x, y in pairs:
            if x.label is not None and y.label is not None:
                label_pairs += 1
                label_same += x.label == y.label
            if x.value is not None and y.value is not None:
                value_pairs += 1
                value_same += x.value == y.value
    return (SpanScores(exact, n_a, n_b), SpanScores(overlap, n_a, n_b),
            Proportion(label_same, label_pairs), Proportion(value_same, value_pairs))


# --- Cohen's kappa over characters -----------------------------------------------------------------

def character_categories(spans: Iterable[CodedSpan], length: int, kinds: Sequence[str] = KINDS) -> list[str]:
    """The category of each character: the kind of the innermost span covering it, or ``none``."""
    order = {k: i for i, k in enumerate(kinds)}
    chosen = [s for s in spans if s.kind in order]
    # Paint the longest first so inner spans overwrite outer ones; among spans of equal length the
    # preferred one (earliest start, then kind order) is painted last.
    chosen.sort(key=lambda s: (-s.length, -s.start, -order[s.kind]))
    cats = [NONE] * length
    for span in chosen:
        if span.end > length:
            raise ValueError(f"span {span.start}-{span.end} is past the end of a {length}-character text")
        cats[span.start:span.end] = [span.kind] * span.length
    return cats


def contingency(documents: Iterable[DocumentCoding], kinds: Sequence[str] = KINDS) -> Counter[tuple[str, str]]:
    """How many characters A put in category x and B in category y, pooled over documents."""
    table: Counter[tuple[str, str]] = Counter()
    for doc in documents:
        table.update(zip(character_categories(doc.a, doc.length, kinds),
                         character_categories(doc.b, doc.length, kinds), strict=True))
    return table


def cohen_kappa(table: Counter[tuple[str, str]]) -> Fraction | None:
    """Cohen (1960): kappa = (N·agree - sum_c a_c·b_c) / (N² - sum_c a_c·b_c); None when undefined."""
    n = sum(table.values())
    agree = sum(count for (x, y), count in table.items() if x == y)
    margin_a: Counter[str] = Counter()
    margin_b: Counter[str] = Counter()
    for (x, y), count in table.items():
        margin_a[x] += count
        margin_b[y] += count
    chance = sum(margin_a[c] * margin_b[c] for c in margin_a)
    denominator = n * n - chance
    if denominator == 0:
        return None
    return Fraction(n * agree - chance, denominator)


# --- Krippendorff's unitized alpha ----------------------------------------------------------------

@dataclass(frozen=True)
class UnitizedSection:
    """A stretch of the continuum (one document) and the units each coder marked in it for one category.

    Units are (start, end) pairs, end exclusive, relative to the section, sorted and not overlapping
    within one coder (touching is fine).
    """

    length: int
    a: Sequence[tuple[int, int]]
    b: Sequence[tuple[int, int]]


@dataclass(frozen=True)
class UnitizedDisagreement:
    observed: Fraction
    expected: Fraction

    @property
    def alpha(self) -> float | None:
        return None if self.expected == 0 else float(1 - self.observed / self.expected)


def units_of_kind(spans: Iterable[CodedSpan], kind: str) -> list[tuple[int, int]]:
    """One coder's units of a kind: its spans of that kind, overlapping ones merged into their union."""
    units: list[list[int]] = []
    for s in sorted((s for s in spans if s.kind == kind), key=lambda s: (s.start, s.end)):
        if units and s.start < units[-1][1]:
            units[-1][1] = max(units[-1][1], s.end)
        else:
            units.append([s.start, s.end])
    return [(a, b) for a, b in units]


def _segments(length: int, units: Sequence[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The section cut into the coder's units (True) and the gaps between them (False)."""
    segments: list[tuple[int, int, bool]] = []
    pos = 0
    for start, end in units:
        if not (pos <= start < end <= length):
            raise ValueError(f"unit {start}-{end} overlaps another or lies outside 0-{length}")
        if start > pos:
            segments.append((pos, start, False))
        segments.append((start, end, True))
        pos = end
    if pos < length:
        segments.append((pos, length, False))
    return segments


def _squared_distance(g: tuple[int, int, bool], h: tuple[int, int, bool]) -> int:
    """Krippendorff's delta² between two overlapping segments g (coder A) and h (coder B)."""
    (bg, eg, unit_g), (bh, eh, unit_h) = g, h
    if unit_g and unit_h:
        return (bg - bh) ** 2 + (eg - eh) ** 2
    if unit_g and bh <= bg and eg <= eh:  # A's unit lies inside B's gap
        return (eg - bg) ** 2
    if unit_h and bg <= bh and eh <= eg:  # B's unit lies inside A's gap
        return (eh - bh) ** 2
    return 0


def unitized_disagreement(sections: Sequence[UnitizedSection]) -> UnitizedDisagreement:
    """Observed and expected disagreement of Krippendorff's alpha_U for one category, two coders.

    Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological Methodology
    25, 47-76; in the corrected form of Krippendorff, K. (2004). Content Analysis: An Introduction to
    Its Methodology, 2nd ed., Sage, sec. 11.6 (worked example p. 254).

    Each coder i cuts the continuum (length L, the documents laid end to end, a gap never crossing a
    document boundary) into segments g with begin b_ig and length l_ig: units of the category
    (w_ig = 1) and gaps (w_ig = 0). For overlapping segments g of coder i and h of coder j:

        delta²(ig, jh) = (b_ig - b_jh)² + (b_ig + l_ig - b_jh - l_jh)²  both units
                       = l_ig²                                     g a unit inside the gap h
                       = l_jh²                                     h a unit inside the gap g
                       = 0                                         otherwise

        D_o = sum_i sum_{j≠i} sum_g sum_h delta²(ig, jh) / (m (m-1) L²)

        D_e = (2/L) sum_i sum_g w_ig [ (N-1) (2 l_ig³ - 3 l_ig² + l_ig) / 3
                                        + l_ig² sum_j sum_h (1 - w_jh) (l_jh - l_ig + 1) [l_jh >= l_ig] ]
              / ( m L (m L - 1) - sum_i sum_g w_ig l_ig (l_ig - 1) )

    with m = 2 coders and N the number of units of the category marked by all coders together.
    alpha_U = 1 - D_o / D_e. Both are returned as exact fractions.
    """
    total = sum(s.length for s in sections)
    m = 2
    observed = 0
    unit_lengths: list[int] = []
    gap_lengths: list[int] = []
    for section in sections:
        seg_a = _segments(section.length, section.a)
        seg_b = _segments(section.length, section.b)
        for segs in (seg_a, seg_b):
            for start, end, unit in segs:
                (unit_lengths if unit else gap_lengths).append(end - start)
        i = j = 0
        while i < len(seg_a) and j < len(seg_b):  # both partition the section: walk them together
            g, h = seg_a[i], seg_b[j]
            observed += _squared_distance(g, h)
            if g[1] <= h[1]:
                i += 1
            if h[1] <= g[1]:
                j += 1
    if total == 0:
        return UnitizedDisagreement(Fraction(0), Fraction(0))
    # Unordered pairs counted once above; the sum over i != j counts each twice, m(m-1) = 2.
    d_o = Fraction(2 * observed, m * (m - 1) * total * total)

    n_units = len(unit_lengths)
    gaps = sorted(gap_lengths)
    suffix_sums = list(accumulate(reversed(gaps)))[::-1] + [0]  # suffix_sums[k] = sum(gaps[k:])
    numerator = 0
    for length in unit_lengths:
        k = bisect_left(gaps, length)  # gaps[k:] are the gaps at least as long as the unit
        fitting = (suffix_sums[k]) - (length - 1) * (len(gaps) - k)
        numerator += (n_units - 1) * length * (length - 1) * (2 * length - 1) // 3 + length * length * fitting
    denominator = m * total * (m * total - 1) - sum(u * (u - 1) for u in unit_lengths)
    d_e = Fraction(2 * numerator, total * denominator) if denominator else Fraction(0)
    return UnitizedDisagreement(d_o, d_e)


def unitized_sections(documents: Iterable[DocumentCoding], kind: str) -> list[UnitizedSection]:
    return [UnitizedSection(doc.length, units_of_kind(doc.a, kind), units_of_kind(doc.b, kind))
            for doc in documents]


def combined_alpha(disagreements: Iterable[UnitizedDisagreement]) -> float | None:
    """alpha_U over several categories: 1 - sum D_o / sum D_e (Krippendorff 2004: 254)."""
    items = list(disagreements)
    expected = sum((d.expected for d in items), Fraction(0))
    observed = sum((d.observed for d in items), Fraction(0))
    return None if expected == 0 else float(1 - observed / expected)


# --- everything together --------------------------------------------------------------------------

def measure_agreement(documents: Sequence[DocumentCoding], kinds: Sequence[str] = KINDS) -> Agreement:
    """All the measures of the module docstring, for B against A over the given documents."""
    rows = []
    disagreements = []
    for kind in kinds:
        exact, overlap, label, value = span_scores(documents, kind)
        unitized = unitized_disagreement(unitized_sections(documents, kind))
        disagreements.append(unitized)
        alpha = unitized.alpha if exact.a and exact.b else None  # against an empty coding: undefined
        rows.append(KindAgreement(kind, exact, overlap, label, value, alpha))
    both_tagged = any(row.exact.a for row in rows) and any(row.exact.b for row in rows)
    kappa = cohen_kappa(contingency(documents, kinds)) if both_tagged else None
    return Agreement(
        kinds=tuple(rows), kappa=None if kappa is None else float(kappa),
        alpha_u=combined_alpha(disagreements) if both_tagged else None,
        characters=sum(d.length for d in documents), documents=len(documents),
    )
