"""One figure as an analyst checks it (every digit) and the same figure summarised for a reader."""

from decimal import Decimal

from desktop.domain.figures.wording import figure_text, group_digits
from desktop.services.comparison import compact_figure


def test_a_figure_reads_with_every_digit_and_its_unit_as_stored():
    assert figure_text("14000000000", None, "USD", "about") == "14 000 000 000 USD (about)"
    assert figure_text("49", None, "%", "exact") == "49%"
    assert figure_text("10000", "15000", "EUR", "range") == "10 000–15 000 EUR (range)"
    assert figure_text(Decimal("12500.75"), None, None, "at_least") == "12 500.75 (at least)"
    assert figure_text(None, None, "USD", "about") == ""
    assert group_digits("2016") == "2016" and group_digits("-12345") == "-12 345"


def test_a_summary_is_compact_and_has_its_own_name():
    assert compact_figure("14000000000", None, "USD", "about") == "~$14B"
    assert compact_figure(Decimal("14300000000"), None, "EUR", "exact") == "€14.3B"
    assert compact_figure(None, None, "USD", "about") == "no value"
