"""The regular expressions of one language, built once from the vocabulary, each compiled when first used.

A figure is read in two steps (see scanner.py): the *core* is matched forward from the first digit
(number, scale, currency or percent, an optional second number of a range, a "+"); the words
*before* it (a currency symbol, a bound such as "oltre", a range opener such as "tra") are matched
backwards from the digit in a short window. Matching only where digits are keeps a scan of a long
article fast: the text between figures is never touched by the big alternations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from desktop.domain.figures.digits import number_pattern
from desktop.domain.figures.separators import apostrophe_groups, decimal_comma
from desktop.domain.figures.vocabulary import (
    ARTICLES,
    BOUNDS,
    CURRENCY_PREFIXES,
    CURRENCY_SUFFIXES,
    DOLLAR_QUALIFIERS,
    PERCENT_WORDS,
    RANGE_JOINERS,
    RANGE_OPENERS,
    SCALES,
    SCALES_NEEDING_CURRENCY,
    M,
    Word,
    for_language,
)
from desktop.domain.kinds import Bound

HSP = r"[^\S\r\n]"  # horizontal space: a figure never runs over a line break
_NOT_WORD_BEFORE = r"(?<![^\W\d_])"  # not glued to a preceding letter
_WHOLE_WORD = r"(?![^\W_])"
_FLAGS = 0  # the scanner matches a lower-cased copy of the text: literal branches are fastest


@lru_cache(maxsize=4096)
def key(text: str) -> str:
    """How a matched word is looked up: lower case, one plain space, one kind of apostrophe. Cached: an
    article writes the same few words ("miliardi", "di dollari", "circa") again and again."""
    return " ".join(text.lower().replace("’", "'").split())


def _word_regex(text: str) -> str:
    out = []
    for c in text:
        if c == " ":
            out.append(HSP + "+")
        elif c in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(c))
    if text[-1].isalnum():
        out.append(_WHOLE_WORD)  # a whole word: "m" is not the start of "mila"
    return "".join(out)


def _alternation(texts: Iterable[str]) -> str:
    """The words, longest first; a run of whole words shares one end-of-word check ("(?:a|b)(?!x)" tries
    exactly what "(?:a(?!x)|b(?!x))" does, in the same order), which halves what ``re`` compiles."""
    unique = sorted({key(t) for t in texts}, key=lambda t: (-len(t), t))  # longest first
    runs: list[tuple[bool, list[str]]] = []  # (whole words, their regexes without the check)
    for t in unique:
        regex = _word_regex(t)
        whole = regex.endswith(_WHOLE_WORD)
        regex = regex.removesuffix(_WHOLE_WORD)
        if runs and runs[-1][0] == whole:
            runs[-1][1].append(regex)
        else:
            runs.append((whole, [regex]))
    return "(?:" + "|".join(f"(?:{'|'.join(rs)}){_WHOLE_WORD}" if whole else "|".join(rs)
                            for whole, rs in runs) + ")"


def _reversed_alternation(texts: Iterable[str]) -> str:
    """The words spelt backwards, for matching a reversed window (see ``Grammar.bound_before``)."""
    unique = sorted({key(t)[::-1] for t in texts}, key=lambda t: (-len(t), t))
    return "(?:" + "|".join(_word_regex(t).removesuffix(_WHOLE_WORD) for t in unique) + ")"


@dataclass(frozen=True)
class Grammar:
    """The regular expressions of one language, each compiled the first time it is used: compiling them
    all takes tens of milliseconds, and a selection with one number never needs the range's."""

    lang: str
    sources: Mapping[str, str] = field(repr=False, compare=False)  # the regexes below, not yet compiled
    scales: dict[str, tuple[int, bool]]  # key -> (power of ten, needs a currency)
    prefix_currencies: dict[str, str]
    prefix_currency_ends: frozenset[str]  # the last character of every prefix currency, as matched
    suffix_currencies: dict[str, str]
    bounds: dict[str, Bound]

    def _compiled(self, name: str) -> re.Pattern[str]:
        return re.compile(self.sources[name], _FLAGS)

    @cached_property
    def core_range(self) -> re.Pattern[str]:
        return self._compiled("core_range")

    @cached_property
    def core_single(self) -> re.Pattern[str]:
        return self._compiled("core_single")

    @cached_property
    def core_number(self) -> re.Pattern[str]:
        return self._compiled("core_number")

    @cached_property
    def currency_before(self) -> re.Pattern[str]:
        return self._compiled("currency_before")

    @cached_property
    def bound_before(self) -> re.Pattern[str]:
        """Matched at position 0 of the REVERSED text before a number: one attempt, whatever the
        window, instead of a search trying every position of it. "oltre il 40" -> " li ertlo"."""
        return self._compiled("bound_before")

    @cached_property
    def opener_before(self) -> re.Pattern[str]:
        return self._compiled("opener_before")


def _table(words: Iterable[Word[M]]) -> dict[str, M]:
    return {key(w.text): w.meaning for w in words}


def _part(t: str, lang: str, scale: str, main_scale: str, percent: str, currency: str,
          guard_tail: bool) -> str:
    """One number with its scale and its currency or percent; ``t`` tags the groups ("1" or "2")."""
    number = number_pattern(f"n{t}", spaces_group=decimal_comma(lang), apostrophes=apostrophe_groups(lang))
    if guard_tail:  # "15-06-2025", "10:30", "9/11" are dates and times, not figures
        number += r"(?![-–/:][0-9])"
    qualifier = _alternation(DOLLAR_QUALIFIERS)
    return (
        number
        + rf"(?:(?:{HSP}*|-)(?P<s{t}>{scale})(?:{HSP}+(?P<ss{t}>{main_scale}))?)?"
        + rf"(?:{HSP}*(?:(?P<p{t}>{percent})"
        + rf"|(?:(?:di|de|do|of){HSP}+|d['’]{HSP}*)?(?P<c{t}>{currency})(?:{HSP}+{qualifier})?))?"
    )


_END = r"(?:(?<=[%$€£+.])|(?![^\W_]))"  # a figure ends on a symbol or before a non-word character


@lru_cache(maxsize=16)
def grammar_for(lang: str) -> Grammar:
    scale_words = for_language(SCALES, lang)
    short_words = for_language(SCALES_NEEDING_CURRENCY, lang)
    scale = _alternation(w.text for w in [*scale_words, *short_words])
    main_scale = _alternation(w.text for w in scale_words)
    percent = _alternation(PERCENT_WORDS)
    suffix_words = for_language(CURRENCY_SUFFIXES, lang)
    currency = _alternation(w.text for w in suffix_words)
    prefix_words = for_language(CURRENCY_PREFIXES, lang)
    prefix = _alternation(w.text for w in prefix_words)
    articles = _alternation(ARTICLES)
    after_article = rf"(?:{articles}{HSP}+|l['’]{HSP}*)?"
    joiners = _alternation(RANGE_JOINERS)
    plus = r"(?P<plus>\+)?"

    part1 = _part("1", lang, scale, main_scale, percent, currency, guard_tail=False)
    part1_alone = _part("1", lang, scale, main_scale, percent, currency, guard_tail=True)
    part2 = _part("2", lang, scale, main_scale, percent, currency, guard_tail=True)
    separator = rf"(?:{HSP}*[-–—]{HSP}*|{HSP}+(?P<joiner>{joiners}){HSP}+{after_article})"
    second_currency = rf"(?:(?P<cp2>{prefix}){HSP}*)?"

    bound_words = for_language(BOUNDS, lang)
    # backwards: [article] gap bound, then no letter (the bound starts a word). After a bound that
    # ends in a letter a space is needed ("oltre 29"); after "~", "≥" or an apostrophe it is not.
    reversed_article = rf"(?:{HSP}+{_reversed_alternation(ARTICLES)}|{HSP}*['’]l)?"
    reversed_gap = rf"(?:{HSP}+(?=[^\W\d_])|{HSP}*(?![^\W\d_]))"
    reversed_bound = _reversed_alternation(w.text for w in bound_words)
    openers = _alternation(RANGE_OPENERS)
    return Grammar(
        lang=lang,
        sources={
            "core_range": part1 + separator + second_currency + part2 + plus + _END,
            "core_single": part1_alone + plus + _END,
            "core_number": number_pattern("n1", decimal_comma(lang), apostrophe_groups(lang))
            + r"(?![-–/:][0-9])" + plus + _END,
            "currency_before": rf"(?:{_NOT_WORD_BEFORE}|(?<=[~≈≥≤<>]))(?P<cur>{prefix}){HSP}*\Z",
            "bound_before": rf"{reversed_article}{reversed_gap}(?P<bound>{reversed_bound})(?![^\W\d_])",
            "opener_before": rf"{_NOT_WORD_BEFORE}(?P<opener>{openers}){HSP}+{after_article}\Z",
        },
        scales={**{k: (p, False) for k, p in _table(scale_words).items()},
                **{k: (p, True) for k, p in _table(short_words).items()}},
        prefix_currencies=_table(prefix_words),
        prefix_currency_ends=frozenset(c for w in prefix_words for c in {w.text[-1].lower(), w.text[-1].upper()}),
        suffix_currencies=_table(suffix_words),
        bounds=_table(bound_words),
    )
