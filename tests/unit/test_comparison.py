"""Lining the seed sources up: which figures clash, which claims are contested; grading."""

import dataclasses
from decimal import Decimal

import pytest

from desktop.services import settings
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.comparison import (
    ALL_STATUSES,
    compact_figure,
    compare_all,
    compare_measures,
    compare_propositions,
    document_label,
    outlet_hint,
)
from desktop.services.documents import add_document, document_text, get_document
from desktop.services.grading import set_credibility, set_reliability
from desktop.services.queries import get_annotation
from tests.fixtures.lineup import INVESTMENT, OPENAI_KEEPS_WORKING, STAKE, VALUATION, tag_seed_lineup


@pytest.fixture
def lineup(seeded_project, author_id):
    return tag_seed_lineup(seeded_project, author_id)


def measure(project, label, **kwargs):
    return next(m for m in compare_measures(project, **kwargs) if m.label == label)


def by_annotation(comparison):
    return {v.annotation_id: v for v in comparison.values}


def test_the_investment_figures_disagree_29b_against_14b_and_15b(seeded_project, lineup):
    investment = measure(seeded_project, INVESTMENT)
    assert investment.disagree is True
    assert investment.unit == "USD"
    assert investment.summary == "sources disagree: $10B+ (IT crypto site), ~$14B (Cryptopolitan, via WSJ), ~$15B (FT 2025-07-15, FT), $29B (FR AI blog)"
    values = by_annotation(investment)
    assert set(values[lineup["investment/003"]].conflicts_with) == {lineup["investment/000"], lineup["investment/004"]}
    assert values[lineup["investment/000"]].conflicts_with == (lineup["investment/003"],)
    assert values[lineup["investment/004"]].conflicts_with == (lineup["investment/003"],)
    assert values[lineup["investment/002"]].conflicts_with == ()  # $10B+ agrees with every other
    # ordered by label
    assert [v.document_label for v in investment.values] == ["Cryptopolitan", "FR AI blog", "FT 2025-07-15",
                                                             "IT crypto site"]
    fourteen = values[lineup["investment/000"]]
    assert (fourteen.low, fourteen.high) == (Decimal("12600000000"), Decimal("15400000000"))
    assert (fourteen.value, fourteen.bound, fourteen.attributed_to) == (Decimal("14000000000"), "about",
                                                                      "Wall Street Journal")
    assert fourteen.quote == "circa 14 miliardi di dollari" and fourteen.author_name == "Giulia"
    ten = values[lineup["investment/002"]]
    assert (ten.low, ten.high) == (Decimal("10000000000"), None)


def test_the_stake_sources_agree(seeded_project, lineup):
    stake = measure(seeded_project, STAKE)
    assert stake.disagree is False
    assert stake.summary == "sources agree: 49% (Cryptopolitan, FR AI blog, FT 2025-07-15), ≤50% (Cryptopolitan)"
    assert all(v.conflicts_with == () for v in stake.values)
    half = by_annotation(stake)[lineup["stake-half/000"]]
    assert (half.low, half.high) == (None, Decimal("50"))


def test_disagreeing_measures_come_first_then_by_label(seeded_project, lineup):
    assert [m.label for m in compare_measures(seeded_project)] == [INVESTMENT, STAKE, VALUATION]


def test_the_openai_proposition_is_contested(seeded_project, lineup):
    (prop,) = compare_propositions(seeded_project)
    assert prop.label == OPENAI_KEEPS_WORKING and prop.contested is True
    assert [c.document_label for c in prop.asserts] == ["Cryptopolitan", "FR AI blog"]
    assert [c.document_label for c in prop.denies] == ["PT news site"]
    first = prop.asserts[0]
    assert (first.speaker_name, first.attributed_to, first.stance) == ("Sarah Friar", "Bloomberg", "asserts")
    assert first.quote.startswith("OpenAI afferma che continuerà a collaborare con Scale AI")
    assert prop.denies[0].quote == "a OpenAI anunciou que está encerrando sua colaboração com a Scale AI"


def test_rejected_annotations_are_left_out_unless_asked_for(seeded_project, author_id, lineup):
    update_annotation(seeded_project, lineup["investment/003"], author_id, status="rejected")
    update_annotation(seeded_project, lineup["claim/001"], author_id, status="rejected")
    investment = measure(seeded_project, INVESTMENT)
    assert investment.disagree is False
    assert lineup["investment/003"] not in by_annotation(investment)
    assert investment.summary.startswith("sources agree: $10B+ (IT crypto site), ~$14B (Cryptopolitan, via WSJ)")
    (prop,) = compare_propositions(seeded_project)
    assert prop.contested is False and prop.denies == []

    everything = measure(seeded_project, INVESTMENT, statuses=ALL_STATUSES)
    assert everything.disagree is True
    assert by_annotation(everything)[lineup["investment/003"]].status == "rejected"
    (prop,) = compare_propositions(seeded_project, statuses=ALL_STATUSES)
    assert prop.contested is True
    accepted_only = compare_measures(seeded_project, statuses=frozenset({"accepted"}))
    assert accepted_only == []


def test_tolerance_decides_whether_about_figures_clash(seeded_project, lineup):
    strict = measure(seeded_project, INVESTMENT, tolerance=Decimal(0))
    assert lineup["investment/004"] in by_annotation(strict)[lineup["investment/000"]].conflicts_with
    settings.set_tolerance(seeded_project, Decimal(0))
    assert lineup["investment/004"] in by_annotation(measure(seeded_project, INVESTMENT))[
        lineup["investment/000"]].conflicts_with
    loose = measure(seeded_project, STAKE, tolerance=Decimal("0.5"))
    assert loose.disagree is False


def test_other_units_and_missing_values_are_listed_not_compared(seeded_project, author_id, lineup):
    text = "Un investimento di 3 miliardi di euro, forse. Cifra ignota."
    doc = add_document(seeded_project, text, title="Extra", language="it").value
    euro = create_annotation(seeded_project, document_id=doc, start=19, end=37, kind="figure", author_id=author_id,
                             value="3000000000", unit="EUR", bound="exact", measure_label=INVESTMENT).value
    unknown = create_annotation(seeded_project, document_id=doc, start=46, end=58, kind="figure",
                                author_id=author_id, value=None, measure_label=INVESTMENT).value
    investment = measure(seeded_project, INVESTMENT)
    values = by_annotation(investment)
    assert values[euro].document_label == "Extra"  # no outlet, date or address: the title's first words
    assert values[euro].conflicts_with == () and values[euro].low == Decimal("3000000000")
    assert values[unknown].value is None and (values[unknown].low, values[unknown].high) == (None, None)
    assert all(euro not in v.conflicts_with for v in investment.values)
    assert investment.summary.endswith("; not compared (unit differs): €3B (Extra); no value read: Extra")
    assert [v.document_label for v in investment.values].count("Extra") == 2


def test_compare_all_lines_up_the_same_as_measures_and_propositions_apart(seeded_project, author_id, lineup):
    """``compare`` reads figures and claims in one pass: the same line-up, whatever statuses and authors."""
    other = ensure_author(seeded_project, "marco-test", "Marco").value
    doc = 4
    start = document_text(seeded_project, doc).index("29 milliards de dollars")
    create_annotation(seeded_project, document_id=doc, start=start, end=start + 23, kind="figure", author_id=other,
                      value="29000000000", unit="USD", bound="exact", measure_label=VALUATION)
    update_annotation(seeded_project, lineup["investment/003"], author_id, status="rejected")
    update_annotation(seeded_project, lineup["claim/001"], author_id, status="rejected")
    for kwargs in ({}, {"statuses": ALL_STATUSES}, {"statuses": frozenset({"accepted"})},
                   {"author_ids": frozenset({other})}, {"author_ids": frozenset({author_id}), "tolerance": Decimal(0)}):
        measures, propositions = compare_all(seeded_project, **kwargs)
        assert measures == compare_measures(seeded_project, **kwargs)
        kwargs.pop("tolerance", None)
        assert propositions == compare_propositions(seeded_project, **kwargs)
    measures, propositions = compare_all(seeded_project, statuses=ALL_STATUSES)
    assert [m.label for m in measures][:1] == [INVESTMENT] and measures[0].disagree
    assert propositions[0].contested and [c.status for c in propositions[0].denies] == ["rejected"]



def test_each_value_and_position_is_its_dataclass_made_the_usual_way(seeded_project, lineup):
    """Values and positions are filled at once, not through their dataclass's __init__: they hold exactly its
    fields, and equal the instances __init__ makes of the same fields."""
    measures, propositions = compare_all(seeded_project, statuses=ALL_STATUSES)
    values = [v for m in measures for v in m.values]
    positions = [c for p in propositions for c in [*p.asserts, *p.denies]]
    assert values and positions
    for made in [*values, *positions]:
        names = [f.name for f in dataclasses.fields(made)]
        assert list(vars(made)) == names
        assert type(made)(**{name: getattr(made, name) for name in names}) == made

def test_author_filter(seeded_project, author_id, lineup):
    other = ensure_author(seeded_project, "marco-test", "Marco").value
    doc = 4  # 003, the seed documents are added in manifest order
    quote = "29 milliards de dollars"
    start = document_text(seeded_project, doc).index(quote)
    create_annotation(seeded_project, document_id=doc, start=start, end=start + len(quote), kind="figure",
                      author_id=other, value="29000000000", unit="USD", bound="exact", measure_label=VALUATION)
    giulia_only = measure(seeded_project, VALUATION, author_ids=frozenset({author_id}))
    assert len(giulia_only.values) == 2 and not giulia_only.disagree
    marco_only = measure(seeded_project, VALUATION, author_ids=frozenset({other}))
    assert [v.author_name for v in marco_only.values] == ["Marco"]
    assert measure(seeded_project, VALUATION).summary == "sources agree: ~$28B (FT 2025-07-15), $29B (FR AI blog), $29B+ (Cryptopolitan)"


def test_grades_show_in_the_comparison_and_return_old_values(seeded_project, author_id, lineup):
    assert set_reliability(seeded_project, 5, "b", author_id).value is None
    assert set_reliability(seeded_project, 5, "A").value == "B"
    with pytest.raises(ValueError):
        set_reliability(seeded_project, 5, "G")
    assert set_credibility(seeded_project, lineup["claim/001"], 5, author_id).value is None
    assert set_credibility(seeded_project, lineup["claim/001"], 4).value == 5
    with pytest.raises(ValueError):
        set_credibility(seeded_project, lineup["claim/001"], 7)
    assert get_annotation(seeded_project, lineup["claim/001"]).credibility == 4
    assert by_annotation(measure(seeded_project, INVESTMENT))[lineup["investment/004"]].reliability == "A"
    (prop,) = compare_propositions(seeded_project)
    assert prop.denies[0].credibility == 4
    assert set_reliability(seeded_project, 5, None).value == "A"
    assert get_document(seeded_project, 5).reliability is None


def test_compact_figures_and_labels():
    d = Decimal
    assert compact_figure(d("10000000000"), None, "USD", "at_least") == "$10B+"
    assert compact_figure(d("14000000000"), None, "USD", "about") == "~$14B"
    assert compact_figure(d("29000000000"), None, "USD", "exact") == "$29B"
    assert compact_figure(d("50"), None, "%", "at_most") == "≤50%"
    assert compact_figure(d("10000000000"), d("15000000000"), "USD", "range") == "$10B–$15B"
    assert compact_figure(d("3000000"), None, "EUR", "exact") == "€3M"
    assert compact_figure(d("2700000000"), None, "USD", None) == "$2.7B"
    assert compact_figure(d("650000000"), None, "USD", "exact") == "$650M"
    assert compact_figure(d("100000"), None, None, "at_least") == "100,000+"
    assert compact_figure(None, None, "USD", "exact") == "no value"
    assert document_label(3, "002_e96dbdf1825bca02.txt") == "002"  # a document stored without a label
    assert document_label(3, "002_e96dbdf1825bca02.txt", "IT crypto site") == "IT crypto site"
    assert document_label(7, "article.html") == "D7"
    assert outlet_hint("Financial Times, machine-translated into Italian (inferred: ...)") == "FT"
    assert outlet_hint("Unnamed French-language AI blog; cites a Bloomberg report") is None
