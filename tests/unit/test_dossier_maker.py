"""``model.maker``: the quick constructor a desk's dossier makes its quotes, citations and entries with gives the
very object the dataclass's own constructor gives."""

from __future__ import annotations

import dataclasses

import pytest

from desktop.dossier.citations import Citation
from desktop.dossier.model import FigureEntry, Quote, maker


def test_made_objects_equal_those_the_dataclass_makes_and_stay_frozen():
    citation = Citation("002", 7, 3, 120, 145, "q-1a2b3c4d", "https://example.org/a", "", None, "ab" * 32, "2025")
    quote_values = ("a-1", "fourteen billion", citation, "accepted", "figure", "Giulia")
    quote = maker(Quote)(*quote_values)
    assert quote == Quote(*quote_values) and hash(quote) == hash(Quote(*quote_values))
    assert repr(quote) == repr(Quote(*quote_values)) and type(quote) is Quote
    assert maker(Citation)(*dataclasses.astuple(citation, tuple_factory=list)) == citation
    entry = maker(FigureEntry)(quote, "14", None, "USD", "about", "~$14B", None, "B", "12.6", "15.4", ("003",))
    assert entry.conflicts_with == ("003",) and entry.quote is quote and entry.display == "~$14B"
    with pytest.raises(dataclasses.FrozenInstanceError):
        entry.value = "15"  # type: ignore[misc]


def test_every_field_must_be_given():
    with pytest.raises(TypeError):
        maker(Quote)("a-1", "text")


def test_only_plain_dataclasses():
    @dataclasses.dataclass(frozen=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            assert self.value >= 0

    with pytest.raises(TypeError):
        maker(Checked)
