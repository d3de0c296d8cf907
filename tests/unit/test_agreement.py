"""Agreement maths: a hand-worked example, Krippendorff's published examples, independent cross-checks."""

from collections import Counter
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.agreement import (
    DocumentCoding,
    UnitizedSection,
    character_categories,
    cohen_kappa,
    combined_alpha,
    contingency,
    format_coefficient,
    measure_agreement,
    unitized_disagreement,
    unitized_sections,
    units_of_kind,
)
from desktop.domain.alignment import CodedSpan

# --- the hand-worked example -------------------------------------------------------------------------
#
# Two documents, 20 and 10 characters (L = 30). A is the reference.
#
#   doc 1  A: entity [0,4) org:meta      figure [10,14) inv, "14 about"
#          B: entity [0,4) org:meta      figure [10,13) inv, "13 about"
#   doc 2  A: entity [2,6) org:scale
#          B: entity [3,6) org:scale     claim  [7,9)  p, asserts


def hand_example():
    doc1 = DocumentCoding(
        20,
        [CodedSpan("a1", 0, 4, "entity", "org:meta"), CodedSpan("a2", 10, 14, "figure", "inv", "14 about")],
        [CodedSpan("b1", 0, 4, "entity", "org:meta"), CodedSpan("b2", 10, 13, "figure", "inv", "13 about")],
    )
    doc2 = DocumentCoding(
        10,
        [CodedSpan("a3", 2, 6, "entity", "org:scale")],
        [CodedSpan("b3", 3, 6, "entity", "org:scale"), CodedSpan("b4", 7, 9, "claim", "p", "asserts")],
    )
    return [doc1, doc2]


def test_span_scores_worked_by_hand():
    result = {row.kind: row for row in measure_agreement(hand_example()).kinds}
    entity, figure, claim = result["entity"], result["figure"], result["claim"]
    # entity: |A| = 2, |B| = 2. Exact: only doc1 [0,4) -> P = R = 1/2, F1 = 2·1/(2+2) = 1/2.
    # Overlap: doc2 [2,6) and [3,6) share 3 characters -> 2 matched, P = R = F1 = 1.
    assert (entity.exact.matched, entity.exact.a, entity.exact.b) == (1, 2, 2)
    assert (entity.exact.precision, entity.exact.recall, entity.exact.f1) == (0.5, 0.5, 0.5)
    assert (entity.overlap.precision, entity.overlap.recall, entity.overlap.f1) == (1.0, 1.0, 1.0)
    # Both matched entity pairs name the same entity: label agreement 2/2; entities carry no value.
    assert (entity.label.agreeing, entity.label.pairs, entity.label_agreement) == (2, 2, 1.0)
    assert entity.value_agreement is None
    # figure: [10,14) vs [10,13): no exact match (P = R = F1 = 0), one overlap match (P = R = F1 = 1);
    # same measure (1/1) but a different reading (0/1).
    assert (figure.exact.precision, figure.exact.recall, figure.exact.f1) == (0.0, 0.0, 0.0)
    assert (figure.overlap.precision, figure.overlap.recall, figure.overlap.f1) == (1.0, 1.0, 1.0)
    assert (figure.label_agreement, figure.value_agreement) == (1.0, 0.0)
    # claim: |A| = 0, |B| = 1: precision 0/1 = 0, recall 0/0 undefined, F1 = 2·0/(0+1) = 0.
    assert (claim.exact.precision, claim.exact.recall, claim.exact.f1) == (0.0, None, 0.0)
    assert claim.label_agreement is None


def test_cohen_kappa_worked_by_hand():
    # Characters, A's category / B's category:
    #   doc1 (20): 0-3 entity/entity (4), 4-9 none/none (6), 10-12 figure/figure (3),
    #              13 figure/none (1), 14-19 none/none (6)
    #   doc2 (10): 0-1 none/none (2), 2 entity/none (1), 3-5 entity/entity (3), 6 none/none (1),
    #              7-8 none/claim (2), 9 none/none (1)
    # agreeing: 4 + 6 + 3 + 6 + 2 + 3 + 1 + 1 = 26 of N = 30, p_o = 26/30
    # margins A: entity 8, figure 4, none 18, claim 0; B: entity 7, figure 3, none 18, claim 2
    # p_e = (8·7 + 4·3 + 18·18 + 0·2) / 30² = 392/900
    # kappa = (780/900 - 392/900) / (1 - 392/900) = 388/508 = 97/127
    table = contingency(hand_example())
    assert table[("figure", "none")] == 1 and table[("none", "claim")] == 2 and table[("entity", "none")] == 1
    assert cohen_kappa(table) == Fraction(97, 127)
    assert measure_agreement(hand_example()).kappa == pytest.approx(97 / 127, abs=1e-12)


def test_unitized_alpha_worked_by_hand():
    # Krippendorff's alpha_U per kind, m = 2, L = 30 (formula in unitized_disagreement's docstring).
    #
    # entity. Segments A: doc1 U[0,4) gap[4,20); doc2 gap[0,2) U[2,6) gap[6,10).
    #                  B: doc1 U[0,4) gap[4,20); doc2 gap[0,3) U[3,6) gap[6,10).
    #   Overlapping pairs with delta² > 0: only U[2,6)/U[3,6): (2-3)² + (6-6)² = 1.
    #   D_o = 1 / 30² = 1/900.
    #   Units 4, 4 (A) and 4, 3 (B): N = 4. Gaps 16, 2, 4 (A) and 16, 3, 4 (B).
    #   l = 4: (N-1)(2·64 - 3·16 + 4)/3 = 84; gaps >= 4 give (16-3)+(4-3)+(16-3)+(4-3) = 28, ·16 = 448;
    #          532 per unit, three such units: 1596.
    #   l = 3: 3·(54 - 27 + 3)/3 = 30; gaps >= 3: 14 + 2 + 14 + 1 + 2 = 33, ·9 = 297; 327.
    #   D_e = (2/30)·(1596 + 327) / (60·59 - (12+12+12+6)) = 3846 / (30·3498) = 1923/52470
    #   alpha = 1 - (1/900)/(1923/52470) = 1 - 583/19230
    entity = unitized_disagreement(unitized_sections(hand_example(), "entity"))
    assert (entity.observed, entity.expected) == (Fraction(1, 900), Fraction(1923, 52470))
    assert entity.alpha == pytest.approx(1 - 583 / 19230, abs=1e-12)
    # figure. A: U[10,14) (l 4), gaps 10, 6 | 10.  B: U[10,13) (l 3), gaps 10, 7 | 10.  N = 2.
    #   delta²: U/U (10-10)² + (14-13)² = 1; D_o = 1/900.
    #   l = 4: 1·84/3 = 28; gaps >= 4: 7+3+7+7+4+7 = 35, ·16 = 560; 588.
    #   l = 3: 1·30/3 = 10; gaps >= 3: 8+4+8+8+5+8 = 41, ·9 = 369; 379.
    #   D_e = (2/30)·967 / (3540 - (12+6)) = 1934/(30·3522) = 967/52830
    figure = unitized_disagreement(unitized_sections(hand_example(), "figure"))
    assert (figure.observed, figure.expected) == (Fraction(1, 900), Fraction(967, 52830))
    assert figure.alpha == pytest.approx(1 - 587 / 9670, abs=1e-12)
    # claim. A: no unit, gaps 20 | 10.  B: gap 20 | gap[0,7) U[7,9) gap[9,10).  N = 1.
    #   B's unit lies inside A's gap [0,10): delta² = 2² = 4; D_o = 4/900.
    #   l = 2: (N-1)·... = 0; gaps >= 2: 19 + 9 + 19 + 6 = 53, ·4 = 212.
    #   D_e = (2/30)·212 / (3540 - 2) = 424/(30·3538) = 106/26535
    #   alpha = 1 - (4/900)/(106/26535) = 1 - 106140/95400 (negative: B alone marks claims)
    claim = unitized_disagreement(unitized_sections(hand_example(), "claim"))
    assert (claim.observed, claim.expected) == (Fraction(4, 900), Fraction(106, 26535))
    assert claim.alpha == pytest.approx(1 - 106140 / 95400, abs=1e-12)
    # Over all kinds: 1 - (1 + 1 + 4)/900 / (1923/52470 + 967/52830 + 106/26535)
    overall = 1 - Fraction(6, 900) / (Fraction(1923, 52470) + Fraction(967, 52830) + Fraction(106, 26535))
    assert combined_alpha([entity, figure, claim]) == pytest.approx(float(overall), abs=1e-12)
    assert measure_agreement(hand_example()).alpha_u == pytest.approx(float(overall), abs=1e-12)
    assert 0.88 < float(overall) < 0.89


# --- Krippendorff's published examples --------------------------------------------------------------

def _shifted(begin, pairs):
    return [(b - begin, b - begin + length) for b, length in pairs]


def test_krippendorff_2004_worked_example():
    # Krippendorff (2004), Content Analysis, 2nd ed., p. 254: continuum 150-450, categories c and k.
    # Published: c: D_o = .0144, D_e = .0532, alpha = .7286; k: D_o = 0, D_e = .0490, alpha = 1; overall .8591
    # (the book works with the rounded D values: 1 - .0144/(.0532 + .0490) = .8591).
    c = unitized_disagreement([UnitizedSection(
        300, _shifted(150, [(225, 70), (370, 30)]), _shifted(150, [(220, 80), (355, 20), (400, 20)]))])
    k = unitized_disagreement([UnitizedSection(
        300, _shifted(150, [(180, 60), (300, 50)]), _shifted(150, [(180, 60), (300, 50)]))])
    # delta² by hand: c-units (225,70)/(220,80): 5² + 5² = 50; (370,30)/(355,20): 15² + 25² = 850;
    # B's (400,20) inside A's gap (400,50): 20² = 400. D_o = 1300/300² = .01444
    assert c.observed == Fraction(1300, 300 * 300)
    assert float(c.expected) == pytest.approx(0.0532, abs=1e-4)
    assert c.alpha == pytest.approx(0.7286, abs=1e-4)
    assert k.observed == 0
    assert float(k.expected) == pytest.approx(0.0490, abs=1e-4)
    assert k.alpha == 1.0
    assert combined_alpha([c, k]) == pytest.approx(0.8591, abs=5e-4)


KRIPPENDORFF_1995 = {  # (p. 57) A coder's units, B coder's units as (begin, length) on a 24-long continuum
    "A": ([(2, 8), (14, 6)], [(4, 4), (15, 2)]),
    "B": ([(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]),
    "C": ([(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]),
    "D": ([(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)], [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]),
}


def _section_1995(name, stretch=1):
    a, b = KRIPPENDORFF_1995[name]
    scale = lambda units: [(x * stretch, (x + n) * stretch) for x, n in units]  # noqa: E731
    return [UnitizedSection(24 * stretch, scale(a), scale(b))]


@pytest.mark.parametrize("name, observed, alpha", [
    ("A", 0.03125, 0.553), ("B", 2.26736, -0.926), ("C", 0.02777, 0.679), ("D", 0.38715, 0.066),
])
def test_krippendorff_1995_examples(name, observed, alpha):
    # D_o as published (exact on the 24-unit continuum); alpha as published for a fine-grained continuum
    # (the paper's D_e carries a known misprint, so it is checked to two decimals).
    assert float(unitized_disagreement(_section_1995(name)).observed) == pytest.approx(observed, abs=1e-5)
    assert unitized_disagreement(_section_1995(name, 50_000)).alpha == pytest.approx(alpha, abs=0.02)


# --- rules and edge cases -----------------------------------------------------------------------

def test_innermost_span_decides_a_character_and_ties_go_to_the_first():
    spans = [CodedSpan("c", 0, 10, "claim"), CodedSpan("e", 2, 5, "entity"), CodedSpan("f", 4, 7, "figure")]
    # entity [2,5) and figure [4,7) are equally long: character 4 goes to the one starting first.
    assert character_categories(spans, 12) == (
        ["claim"] * 2 + ["entity"] * 3 + ["figure"] * 2 + ["claim"] * 3 + ["none"] * 2)
    same = [CodedSpan("x", 0, 3, "claim"), CodedSpan("y", 0, 3, "entity")]
    assert character_categories(same, 3) == ["entity"] * 3


def test_overlapping_units_of_one_coder_are_merged_for_alpha():
    spans = [CodedSpan("1", 0, 5, "entity"), CodedSpan("2", 3, 8, "entity"), CodedSpan("3", 8, 9, "entity"),
             CodedSpan("4", 1, 2, "claim")]
    assert units_of_kind(spans, "entity") == [(0, 8), (8, 9)]  # touching units stay two


def test_identical_coding_agrees_perfectly_and_nothing_is_undefined():
    spans = [CodedSpan("1", 0, 4, "entity", "org:x"), CodedSpan("2", 6, 9, "figure", "m", "3")]
    result = measure_agreement([DocumentCoding(12, spans, spans)])
    assert result.kappa == 1.0 and result.alpha_u == 1.0
    empty = measure_agreement([DocumentCoding(12, [], [])])
    assert empty.kappa is None and empty.alpha_u is None
    assert [row.kind for row in empty.kinds] == ["entity", "figure", "claim"]
    assert all(row.exact.f1 is None and row.alpha_u is None for row in empty.kinds)


def test_disagreement_lowers_every_measure():
    a = [CodedSpan("1", 0, 4, "entity"), CodedSpan("2", 10, 14, "entity")]
    b = [CodedSpan("1", 0, 4, "entity"), CodedSpan("2", 20, 24, "entity")]
    result = measure_agreement([DocumentCoding(30, a, b)])
    entity = result.kinds[0]
    assert entity.exact.f1 == 0.5 and result.kappa < 1 and result.alpha_u < 1


# --- independent cross-checks ----------------------------------------------------------------------

def plain_kappa(documents):
    """Cohen's kappa the long way: category of each character by scanning every span, float maths."""
    pairs = []
    for doc in documents:
        for pos in range(doc.length):
            cats = []
            for spans in (doc.a, doc.b):
                covering = [s for s in spans if s.start <= pos < s.end]
                if not covering:
                    cats.append("none")
                else:
                    order = ["entity", "figure", "claim"]
                    best = min(covering, key=lambda s: (s.end - s.start, s.start, order.index(s.kind)))
                    cats.append(best.kind)
            pairs.append(tuple(cats))
    n = len(pairs)
    p_o = sum(x == y for x, y in pairs) / n
    count_a = Counter(x for x, _ in pairs)
    count_b = Counter(y for _, y in pairs)
    p_e = sum(count_a[c] * count_b[c] for c in set(count_a) | set(count_b)) / (n * n)
    return None if p_e == 1 else (p_o - p_e) / (1 - p_e)


@st.composite
def codings(draw):
    docs = []
    for d in range(draw(st.integers(1, 3))):
        length = draw(st.integers(1, 40))
        sides = []
        for side in "ab":
            spans = []
            for i in range(draw(st.integers(0, 5))):
                start = draw(st.integers(0, length - 1))
                end = draw(st.integers(start + 1, length))
                spans.append(CodedSpan(f"{side}{d}-{i}", start, end, draw(st.sampled_from(["entity", "figure", "claim"]))))
            sides.append(spans)
        docs.append(DocumentCoding(length, *sides))
    return docs


@settings(max_examples=200, deadline=None)
@given(codings())
def test_kappa_matches_a_straightforward_implementation(documents):
    expected = plain_kappa(documents)
    got = cohen_kappa(contingency(documents))
    if expected is None:
        assert got is None
    else:
        assert float(got) == pytest.approx(expected, abs=1e-9)


def brute_force_observed(section):
    """D_o summed over ALL pairs of segments (not just the walk's neighbours), as the formula is written."""
    def segments(units):
        out, pos = [], 0
        for s, e in units:
            if s > pos:
                out.append((pos, s, False))
            out.append((s, e, True))
            pos = e
        if pos < section.length:
            out.append((pos, section.length, False))
        return out

    total = 0
    for bg, eg, ug in segments(section.a):
        for bh, eh, uh in segments(section.b):
            if min(eg, eh) <= max(bg, bh):
                continue  # no shared character
            if ug and uh:
                total += (bg - bh) ** 2 + (eg - eh) ** 2
            elif ug and bh <= bg and eg <= eh:
                total += (eg - bg) ** 2
            elif uh and bg <= bh and eh <= eg:
                total += (eh - bh) ** 2
    return Fraction(total, section.length ** 2)


@settings(max_examples=200, deadline=None)
@given(codings())
def test_observed_unitized_disagreement_matches_the_formula_over_all_pairs(documents):
    doc = documents[0]
    section = unitized_sections([doc], "entity")[0]
    assert unitized_disagreement([section]).observed == brute_force_observed(section)


# --- undefined is None, with a reason (QA 46: B with no annotations showed 0.00 and -0.05) -------------

def test_against_an_author_who_tagged_nothing_the_coefficients_are_undefined_and_say_why():
    a = [CodedSpan("1", 0, 4, "entity", "org:x"), CodedSpan("2", 10, 14, "figure", "m", "3"),
         CodedSpan("3", 20, 29, "claim", "p", "asserts")]
    result = measure_agreement([DocumentCoding(40, a, [])])
    assert [row.kind for row in result.kinds] == ["entity", "figure", "claim"]
    for row in result.kinds:
        assert (row.exact.a, row.exact.b) == (1, 0)
        assert row.exact.precision is None and row.overlap.precision is None
        assert row.why_undefined("exact.precision") == "B tagged nothing of this kind"
        assert row.exact.recall == 0.0 and row.why_undefined("exact.recall") is None  # 0 of A's 1: defined
        assert row.alpha_u is None and row.why_undefined("alpha_u") == "B tagged nothing of this kind"
        assert row.label_agreement is None and row.why_undefined("label") == "B tagged nothing of this kind"
    # The raw formula still gives a number a hair below zero; the report does not pass it off as agreement.
    raw = unitized_disagreement(unitized_sections([DocumentCoding(40, a, [])], "figure")).alpha
    assert raw is not None and raw <= 0
    assert result.kappa is None and result.why_undefined("kappa") == "B tagged nothing in these documents"
    assert result.alpha_u is None and result.why_undefined("alpha_u") == "B tagged nothing in these documents"
    swapped = measure_agreement([DocumentCoding(40, [], a)])
    assert swapped.kinds[0].why_undefined("exact.recall") == "A tagged nothing of this kind"
    assert swapped.why_undefined("kappa") == "A tagged nothing in these documents"


def test_the_hand_worked_values_are_unchanged_and_only_the_empty_kind_is_undefined():
    result = measure_agreement(hand_example())
    entity, figure, claim = result.kinds
    assert entity.alpha_u == pytest.approx(1 - 583 / 19230, abs=1e-12)
    assert figure.alpha_u == pytest.approx(1 - 587 / 9670, abs=1e-12)
    assert claim.alpha_u is None and claim.why_undefined("alpha_u") == "A tagged nothing of this kind"
    assert claim.why_undefined("exact.recall") == "A tagged nothing of this kind"
    assert claim.why_undefined("exact.precision") is None  # 0 of B's 1: defined
    assert result.kappa == pytest.approx(97 / 127, abs=1e-12)
    assert result.why_undefined("kappa") is None and result.why_undefined("alpha_u") is None
    assert entity.why_undefined("value") == "entity annotations carry no value"
    assert figure.why_undefined("label") is None


def test_reasons_for_pairs_that_cannot_be_compared():
    a = [CodedSpan("1", 0, 4, "figure"), CodedSpan("2", 10, 14, "claim", "p")]
    b = [CodedSpan("3", 0, 4, "figure"), CodedSpan("4", 20, 24, "claim", "p")]
    figure, claim = measure_agreement([DocumentCoding(30, a, b)], ("figure", "claim")).kinds
    assert figure.why_undefined("label") == "no overlapping pair where both spans have a measure"
    assert figure.why_undefined("value") == "no overlapping pair where both spans have a value read"
    assert claim.why_undefined("label") == "no span of B overlaps one of A"
    empty = measure_agreement([DocumentCoding(12, [], [])])
    assert empty.kinds[0].why_undefined("exact.f1") == "neither A nor B tagged anything of this kind"
    assert measure_agreement([]).why_undefined("kappa") == "there is no text to compare"


@pytest.mark.parametrize(("value", "text"), [
    (None, "—"), (-0.0, "0.00"), (-0.004, "0.00"), (-0.0049, "0.00"), (-0.006, "-0.01"), (-0.05, "-0.05"),
    (0.0, "0.00"), (0.5, "0.50"), (1.0, "1.00"),
])
def test_a_coefficient_a_hair_below_zero_prints_as_zero(value, text):
    assert format_coefficient(value) == text


def test_three_digits_too():
    assert format_coefficient(-0.0004, 3) == "0.000" and format_coefficient(-0.0006, 3) == "-0.001"
