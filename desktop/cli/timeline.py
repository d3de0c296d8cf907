"""`timeline [--json] [--include-rejected]`: every date measure, each source's date at its granularity."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli._common import open_for_command, print_json

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it uses
    from desktop.services.timeline import DateMeasure


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "timeline", help="line the sources' dates up: one row per date measure (do they disagree?)")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--include-rejected", action="store_true", help="also count rejected annotations")
    parser.set_defaults(func=_timeline)


def _timeline(args: argparse.Namespace) -> int:
    from desktop.services.comparison import ALL_STATUSES
    from desktop.services.timeline import timeline, timeline_json

    project = open_for_command(args)
    try:
        measures = timeline(project, statuses=ALL_STATUSES if args.include_rejected else None)
    finally:
        project.close()
    if args.json:
        print_json(timeline_json(measures))
    else:
        print(timeline_text(measures))
    return 0


def timeline_text(measures: list[DateMeasure]) -> str:
    lines = ["Dates"]
    if not measures:
        lines.append("  no dates are linked to a measure yet")
    for m in measures:
        lines.append("")
        lines.append(f"{m.label}  {'DISAGREE' if m.disagree else 'agree'}")
        labels = {v.annotation_id: v.document_label for v in m.values}
        for v in m.values:
            shown = v.iso_text or "no date"
            if v.bound not in ("exact", "range"):
                shown = {"about": "~", "at_least": "≥ ", "at_most": "≤ "}.get(v.bound, "") + shown
            clash = ", ".join(labels[i] for i in v.conflicts_with)
            quote = " ".join(v.quote.split())
            quote = quote if len(quote) <= 44 else quote[:43] + "…"
            lines.append(f"  {v.document_label:<5} {shown:<24} {v.status:<9} {quote:<45}"
                         + (f" conflicts with {clash}" if clash else ""))
    return "\n".join(lines)
