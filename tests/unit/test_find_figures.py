"""find_figures: every amount, percentage, count and year in an article, with its whole span."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.figures import FoundFigure, ParsedFigure, find_figures, parse_figure
from desktop.domain.kinds import Bound

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
MANIFEST = json.loads((SEEDS / "manifest.json").read_text(encoding="utf-8"))
LANGS = {d["file"][:3]: d["language"] for d in MANIFEST["documents"]}
FILES = {d["file"][:3]: d["file"] for d in MANIFEST["documents"]}


def seed(number: str) -> str:
    return (SEEDS / FILES[number]).read_text(encoding="utf-8")


def quoted(text: str, found: list[FoundFigure]) -> list[tuple[str, str, str | None, str | None, str]]:
    rows = []
    for f in found:
        j = f.figure.to_json()
        rows.append((text[f.start:f.end], j["value"], j["value_max"], j["unit"], j["bound"]))
    return rows


EXPECTED = {
    "000": [
        ("49%", "49", None, "%", "exact"),
        ("oltre 29 miliardi di dollari", "29000000000", None, "USD", "at_least"),
        ("2016", "2016", None, None, "exact"),
        ("circa 14 miliardi di dollari", "14000000000", None, "USD", "about"),
        ("oltre 100.000", "100000", None, None, "at_least"),
    ],
    "001": [],  # the Portuguese article has no figure at all
    "002": [
        ("oltre 10 miliardi di dollari", "10000000000", None, "USD", "at_least"),
        ("oltre 10 miliardi di dollari", "10000000000", None, "USD", "at_least"),
        ("14 miliardi di dollari", "14000000000", None, "USD", "exact"),
        ("2024", "2024", None, None, "exact"),
        ("2019", "2019", None, None, "exact"),
        ("2025", "2025", None, None, "exact"),
        ("12%", "12", None, "%", "exact"),
        ("oltre il 40%", "40", None, "%", "at_least"),
        ("circa 870 milioni di dollari", "870000000", None, "USD", "about"),
        ("2024", "2024", None, None, "exact"),
        ("2 miliardi di dollari", "2000000000", None, "USD", "exact"),
        ("2025", "2025", None, None, "exact"),
        ("oltre 250", "250", None, None, "at_least"),
    ],
    "003": [
        ("29 milliards de dollars", "29000000000", None, "USD", "exact"),
        ("49 %", "49", None, "%", "exact"),
        ("2016", "2016", None, None, "exact"),
        ("plus de 100 000", "100000", None, None, "at_least"),
    ],
    "004": [
        ("2025", "2025", None, None, "exact"),  # "Mar. Lug 15th, 2025": "15th" is an ordinal
        ("circa $ 15 miliardi", "15000000000", None, "USD", "about"),
        ("49 %", "49", None, "%", "exact"),
        ("circa $ 28 miliardi", "28000000000", None, "USD", "about"),
        ("quasi $ 2 TN", "2000000000000", None, "USD", "at_most"),
        ("2016", "2016", None, None, "exact"),
        ("$ 650 milioni", "650000000", None, "USD", "exact"),
        ("$ 2,7 miliardi", "2700000000", None, "USD", "exact"),
    ],
}


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_finds_every_figure_of_the_seed_articles(number):
    text = seed(number)
    assert quoted(text, find_figures(text, LANGS[number])) == EXPECTED[number]


@pytest.mark.parametrize("number", [n for n in sorted(EXPECTED) if EXPECTED[n]])  # 001 has no figure
def test_each_span_read_alone_says_the_same(number):
    text, lang = seed(number), LANGS[number]
    found = find_figures(text, lang)
    assert found
    for f in found:
        assert parse_figure(text[f.start:f.end], lang) == f.figure


def test_names_ages_ordinals_and_models_are_not_figures():
    text = seed("002") + "\n" + seed("004") + "\n" + seed("000")
    quotes = [text[f.start:f.end] for f in find_figures(text, "it")]
    # "il 28enne", "di 28 anni", "Llama 4", "15th", "tra il 60° e il 70°"
    assert not set(quotes) & {"28", "28enne", "4", "Llama 4", "15", "15th", "60", "60°", "70", "70°"}
    assert "circa $ 28 miliardi" in quotes  # while 28 billion is found where it is money
    assert "Llama 4" in text and "il 28enne" in text and "60°" in text


def test_offsets_are_code_points():
    text = "🙂\u00a0Meta: oltre 29\u00a0miliardi di dollari. 🙂🙂 Il 49\u202f%."
    found = find_figures(text, "it")
    assert [text[f.start:f.end] for f in found] == ["oltre 29\u00a0miliardi di dollari", "49\u202f%"]
    assert found[0].start == 8  # the emoji is one code point (two UTF-16 units)
    assert found[1].start == text.index("49")


def test_a_figure_never_runs_over_a_line_break():
    found = find_figures("sono 10\nmiliardi", "it")
    assert found == []  # "10" alone is a bare two-digit number, "miliardi" no number


def test_bare_small_numbers_are_skipped_but_bound_or_unit_keeps_them():
    text = "Llama 4 ha 12 livelli; oltre 10 dipendenti; il 5%; Boeing 737; COVID-19; F-35; 28-year-old"
    assert quoted(text, find_figures(text, "it")) == [
        ("oltre 10", "10", None, None, "at_least"),
        ("5%", "5", None, "%", "exact"),
        ("737", "737", None, None, "exact"),
    ]


def test_ranges_span_their_opener():
    text = "Il round vale tra 10 e 15 miliardi di dollari; la quota tra il 10 e il 15%."
    assert quoted(text, find_figures(text, "it")) == [
        ("tra 10 e 15 miliardi di dollari", "10000000000", "15000000000", "USD", "range"),
        ("tra il 10 e il 15%", "10", "15", "%", "range"),
    ]


def _italian_corpus(min_chars: int) -> tuple[str, list[tuple[int, str, ParsedFigure]]]:
    """Italian seed articles over and over, with the figures each copy should yield at its offset."""
    block_parts, expected_local = [], []
    offset = 0
    for number in ("000", "002", "004"):
        text = seed(number) + "\n\n"
        for f in find_figures(text, "it"):
            expected_local.append((offset + f.start, text[f.start:f.end], f.figure))
        block_parts.append(text)
        offset += len(text)
    block = "".join(block_parts)
    copies = min_chars // len(block) + 1
    expected = [(i * len(block) + start, quote, figure)
                for i in range(copies) for start, quote, figure in expected_local]
    return block * copies, expected


def test_a_three_megabyte_text_gives_every_figure_of_every_copy():
    text, expected = _italian_corpus(3_000_000)
    assert len(text) >= 3_000_000
    found = find_figures(text, "it")
    per_copy = len(EXPECTED["000"]) + len(EXPECTED["002"]) + len(EXPECTED["004"])
    assert len(expected) % per_copy == 0 and len(expected) // per_copy > 100
    assert len(found) == len(expected)
    for f, (start, quote, figure) in zip(found, expected, strict=True):
        assert (f.start, text[f.start:f.end], f.figure) == (start, quote, figure)
    # the last copy is read as well as the first
    assert text[found[-1].start:found[-1].end] == "$ 2,7 miliardi"
    assert found[-1].figure == ParsedFigure(Decimal(2_700_000_000), None, "USD", Bound.EXACT)


@pytest.mark.parametrize(("text", "lang"), [
    ("circa il 2016", "it"), ("circa l'2016", "it"), ("oltre il 2016", "it"), ("around the 2016", "en"),
    ("tra il 2016 e 2018", "it"),
])
def test_a_year_with_words_before_it_is_found_as_the_date_its_selection_reads(text, lang):
    found = find_figures(text, lang)
    assert [(f.start, f.end) for f in found] == [(0, len(text))]
    assert found[0].figure.unit == "date"
    assert found[0].figure == parse_figure(text, lang)


def test_a_bare_year_in_running_text_stays_a_number():
    found = find_figures("Meta ha pagato 14 miliardi nel 2025", "it")
    assert [f.figure.value for f in found] == [Decimal(14_000_000_000), Decimal(2025)]
    assert found[1].figure.unit is None


FRAGMENTS = [
    "circa ", "oltre ", "il ", "tra ", " e ", "quasi ", "$", "$ ", "R$", "€", " ", "\u00a0", "-", "+", "%",
    " %", ".", ",", "°", "1", "12", "100", "000", "2016", "2,7", "100.000", " miliardi", " di dollari",
    "bn", "m", " TN", " de ", " à ", "between ", " and ", "l'", "x", "\n", "🙂", "enne",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=20).map("".join),
       st.sampled_from(["it", "pt", "fr", "en", "de", "xx"]))
def test_spans_are_ordered_disjoint_and_read_alone_the_same(text, lang):
    last = 0
    for f in find_figures(text, lang):
        assert last <= f.start < f.end <= len(text)
        last = f.end
        assert parse_figure(text[f.start:f.end], lang) == f.figure


def test_a_currency_before_the_number_is_read_across_any_horizontal_space():
    text = "US $\u00a05 milioni, R$\t2 bi, €  3 milioni, USD\u202f7 million; $\n5 m"
    assert [(text[f.start:f.end], f.figure.unit) for f in find_figures(text, "pt")] == [
        ("US $\u00a05 milioni", "USD"), ("R$\t2 bi", "BRL"), ("€  3 milioni", "EUR"), ("USD\u202f7 million", "USD")]


def test_the_same_number_reads_with_the_words_around_each_occurrence():
    """A number met again is read again with its own currency, bound and sign."""
    text = "5 milioni di dollari; € 5 milioni; circa 5 milioni; -5 milioni; 5 m; $5 m; 5 m di euro"
    rows = [(text[f.start:f.end], f.figure.to_json()["value"], f.figure.unit, f.figure.bound.value)
            for f in find_figures(text, "it")]
    assert rows == [
        ("5 milioni di dollari", "5000000", "USD", "exact"),
        ("€ 5 milioni", "5000000", "EUR", "exact"),
        ("circa 5 milioni", "5000000", None, "about"),
        ("-5 milioni", "-5000000", None, "exact"),
        ("$5 m", "5000000", "USD", "exact"),
        ("5 m di euro", "5000000", "EUR", "exact"),
    ]
