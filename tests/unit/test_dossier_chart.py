"""The comparison chart: a nice scale, one row per source, a mark per bound, conflicts in the warning colour."""

import xml.etree.ElementTree as ET
from decimal import Decimal

from desktop.dossier.chart import NORMAL, WARNING, chart_height, nice_ticks, render_chart
from desktop.dossier.citations import Citation
from desktop.dossier.model import FigureEntry, Quote
from desktop.services.comparison import compact_amount, compact_figure

SVG = "{http://www.w3.org/2000/svg}"


def entry(label, value, bound="exact", *, value_max=None, low=None, high=None, conflict=False, unit="USD",
          attributed=None, status="accepted"):
    citation = Citation(label, 1, 1, 0, 3, f"q-{label}")
    return FigureEntry(
        quote=Quote(f"id-{label}", "abc", citation, status, "figure", "Giulia"), value=value, value_max=value_max,
        unit=unit, bound=bound, display=compact_figure(value, value_max, unit, bound), attributed_to=attributed,
        reliability=None, low=low, high=high, conflicts_with=("x",) if conflict else (),
    )


def lineup():
    return [
        entry("002", "10000000000", "at_least", low="10000000000", conflict=True),
        entry("000", "14000000000", "about", low="12600000000", high="15400000000", conflict=True,
              attributed="WSJ"),
        entry("004", "15000000000", "about", low="13500000000", high="16500000000", conflict=True,
              attributed="FT"),
        entry("003", "29000000000", low="29000000000", high="29000000000", conflict=True),
    ]


def texts(root):
    return [t.text for t in root.iter(f"{SVG}text")]


def test_nice_ticks():
    assert nice_ticks(Decimal(0), Decimal("29e9")) == [Decimal(n) * 10**10 for n in range(4)]
    assert nice_ticks(Decimal(0), Decimal(49)) == [Decimal(n * 10) for n in range(6)]
    assert nice_ticks(Decimal(5), Decimal(5))[0] <= 5 <= nice_ticks(Decimal(5), Decimal(5))[-1]


def test_amount_and_figure_summaries():
    assert compact_amount(Decimal("14000000000"), "USD") == "$14B"
    assert compact_amount(Decimal("14300000000"), "EUR") == "€14.3B"
    assert compact_amount(Decimal("0"), "USD") == "$0"
    assert compact_amount(Decimal("49"), "%") == "49%"
    assert compact_figure("10000000000", None, "USD", "at_least") == "$10B+"
    assert compact_figure("14000000000", None, "USD", "about") == "~$14B"
    assert compact_figure("1000000", "2000000", "USD", "range") == "$1M–$2M"


def test_chart_has_a_row_per_source_a_dollar_axis_and_a_legend():
    svg = render_chart(lineup(), title="Meta's investment", tolerance_text="±10%")
    root = ET.fromstring(svg)
    assert root.get("width") == "640"
    assert int(root.get("height")) >= chart_height(4)
    labels = texts(root)
    for label in ("002", "000", "via WSJ", "004", "via FT", "003", "$10B+", "~$14B", "~$15B", "$29B"):
        assert label in labels
    assert ["$0", "$10B", "$20B", "$30B"] == [t for t in labels if t in ("$0", "$10B", "$20B", "$30B")]
    for legend in ("exact", "about ±10%", "at least", "cannot agree with another source"):
        assert legend in labels
    assert root.find(f"{SVG}title").text == "Meta's investment"


def test_marks_depend_on_the_bound_and_conflicts_use_the_warning_colour():
    svg = render_chart(lineup())
    root = ET.fromstring(svg)
    circles = [c for c in root.iter(f"{SVG}circle")]
    # one dot per conflicting row, and the legend's swatch
    assert sum(1 for c in circles if c.get("stroke") == WARNING) == 4 + 1
    tolerance_bars = [r for r in root.iter(f"{SVG}rect") if r.get("fill-opacity") == "0.22" and r.get("fill") == WARNING]
    assert len(tolerance_bars) == 2  # the two "about" values
    arrows = [p for p in root.iter(f"{SVG}polygon") if p.get("fill") == WARNING]
    assert len(arrows) == 1  # "at least" runs to the end of the axis


def test_agreeing_values_are_drawn_in_the_normal_colour_and_pending_hollow():
    rows = [entry(label, "49", low="49", high="49", unit="%", status=status)
            for label, status in (("000", "accepted"), ("003", "accepted"), ("004", "proposed"))]
    root = ET.fromstring(render_chart(rows))
    circles = list(root.iter(f"{SVG}circle"))
    assert len(circles) >= len(rows) and all(c.get("stroke") == NORMAL for c in circles)  # rows, legend
    assert sum(1 for c in circles if c.get("fill") == "#ffffff") == 2  # the pending row and its legend
    assert "50%" in texts(root) and "pending (hollow)" in texts(root)


def test_range_and_missing_values():
    rows = [entry("001", "5000000000", "range", value_max="9000000000", low="5000000000", high="9000000000"),
            entry("005", None)]
    root = ET.fromstring(render_chart(rows))
    assert "no value" in texts(root) and "$5B–$9B" in texts(root)
    assert render_chart([entry("005", None)]) is None
