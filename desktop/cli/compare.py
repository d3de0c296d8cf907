"""`compare [--json] [--include-rejected] [--tolerance 0.1]`: the sources lined up, headless."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from desktop.cli._common import CommandError, open_for_command, print_json

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it uses
    from desktop.services.comparison import MeasureComparison, PropositionComparison


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "compare", help="line the sources up: figures per measure (do they disagree?) and claims per proposition",
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--include-rejected", action="store_true", help="also count rejected annotations")
    parser.add_argument("--tolerance", metavar="T",
                        help="what 'about' allows, as a fraction (0.1 = ±10%%); default: the project setting")
    parser.set_defaults(func=_compare)


def _tolerance_text(tolerance: Decimal) -> str:
    """0.1 -> "0.10", 0.125 -> "0.125", 0 -> "0.00"."""
    text = format(tolerance, "f")
    whole, _, decimals = text.partition(".")
    decimals = decimals.rstrip("0")
    return f"{whole}.{decimals.ljust(2, '0')}"


def _decimal_text(value: Decimal | None) -> str | None:
    """``format_decimal(value)``: the exact digits, no exponent, no trailing zeros ("14000000000", "1.5", "-0").
    A finite value's exact "f" text, its trailing fractional zeros cut, is the same text at a quarter of the
    cost of normalizing it first (37,500 values a desk)."""
    if value is None:
        return None
    if not value.is_finite():
        from desktop.domain.figures.model import format_decimal

        return format_decimal(value)
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def _parse_tolerance(text: str | None) -> Decimal | None:
    if text is None:
        return None
    try:
        value = Decimal(text.strip().rstrip("%")) / (100 if text.strip().endswith("%") else 1)
    except InvalidOperation as exc:
        raise CommandError(f"--tolerance {text!r} is not a number (0.1 means ±10%).") from exc
    if not Decimal(0) <= value < Decimal(1):
        raise CommandError("--tolerance is a fraction between 0 and 1 (0.1 means ±10%).")
    return value


def _compare(args: argparse.Namespace) -> int:
    from desktop.services import settings
    from desktop.services.comparison import ALL_STATUSES, compare_measures, compare_propositions

    tolerance = _parse_tolerance(args.tolerance)
    project = open_for_command(args)
    try:
        if tolerance is None:
            tolerance = settings.tolerance(project)
        statuses = ALL_STATUSES if args.include_rejected else None
        measures = compare_measures(project, statuses=statuses, tolerance=tolerance)
        propositions = compare_propositions(project, statuses=statuses)
    finally:
        project.close()
    if args.json:
        print_json(comparison_json(tolerance, measures, propositions))
    else:
        print(comparison_text(tolerance, measures, propositions))
    return 0


def comparison_json(tolerance: Decimal, measures: list[MeasureComparison],
                    propositions: list[PropositionComparison]) -> dict[str, Any]:
    return {
        "tolerance": _tolerance_text(tolerance),
        "measures": [
            {
                "measure": m.key, "label": m.label, "unit": m.unit, "disagree": m.disagree, "summary": m.summary,
                "values": [
                    {
                        "annotation": v.annotation_id, "document": v.document_id,
                        "document_label": v.document_label, "quote": v.quote,
                        "value": _decimal_text(v.value), "value_max": _decimal_text(v.value_max),
                        "unit": v.unit, "bound": v.bound, "status": v.status,
                        "low": _decimal_text(v.low), "high": _decimal_text(v.high),
                        "conflicts_with": list(v.conflicts_with), "attributed_to": v.attributed_to,
                    }
                    for v in m.values
                ],
            }
            for m in measures
        ],
        "propositions": [
            {
                "proposition": p.key, "label": p.label, "contested": p.contested,
                "asserts": [_position_json(c) for c in p.asserts],
                "denies": [_position_json(c) for c in p.denies],
            }
            for p in propositions
        ],
    }


def _position_json(c: Any) -> dict[str, Any]:
    return {
        "annotation": c.annotation_id, "document": c.document_id, "document_label": c.document_label,
        "quote": c.quote, "speaker": c.speaker_name, "attributed_to": c.attributed_to,
        "credibility": c.credibility, "status": c.status,
    }


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def comparison_text(tolerance: Decimal, measures: list[MeasureComparison],
                    propositions: list[PropositionComparison]) -> str:
    from desktop.services.comparison import compact_figure

    lines = [f"Figures (\"about\" = ±{_plain_percent(tolerance)})"]
    if not measures:
        lines.append("  no figures are linked to a measure yet")
    for m in measures:
        verdict = "DISAGREE" if m.disagree else "agree"
        lines.append("")
        lines.append(f"{m.label} [{m.unit or 'no unit'}]  {verdict}")
        lines.append(f"  {m.summary}")
        labels = {v.annotation_id: v.document_label for v in m.values}
        for v in m.values:
            shown = compact_figure(v.value, v.value_max, v.unit, v.bound)
            clash = ", ".join(labels[i] for i in v.conflicts_with)
            lines.append(f"  {v.document_label:<5} {shown:<12} {v.status:<9} {_clip(v.quote, 44):<45}"
                         + (f" conflicts with {clash}" if clash else ""))
    lines.append("")
    lines.append("Claims")
    if not propositions:
        lines.append("  no claims are linked to a proposition yet")
    for p in propositions:
        lines.append("")
        lines.append(f"{p.label}  {'CONTESTED' if p.contested else 'not contested'}")
        for c in [*p.asserts, *p.denies]:
            who = ", ".join(x for x in (c.speaker_name, f"via {c.attributed_to}" if c.attributed_to else None) if x)
            grade = f" credibility {c.credibility}" if c.credibility else ""
            lines.append(f"  {c.stance:<8} {c.document_label:<5} {c.status:<9} {_clip(c.quote, 60)}"
                         + (f" ({who})" if who else "") + grade)
    return "\n".join(line.rstrip() for line in lines)


def _plain_percent(tolerance: Decimal) -> str:
    text = format((tolerance * 100).normalize(), "f")
    return f"{text}%"
