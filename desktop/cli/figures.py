"""`figures parse TEXT --lang it [--json]` and `figures find FILE --lang it`: the figure parser, headless.

Neither opens a project.
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from desktop.cli._common import CommandError

_PARSE_HELP = """\
Read one figure ("circa 14 miliardi di dollari", "15 luglio 2025", "nove anni") and print what it says.

A date prints its ISO 8601 value, "unit": "date" and its granularity (day, month, year); a relative
date ("giovedì", "tre mesi fa") is counted from --reference-date, and without it has no value and a
"reason". A duration prints "unit": "years", "months" or "days"; an age "unit": "age". When the
parser is unsure it prints "value": null and the reason, never a guess. TEXT may start with a minus
sign ("-3,5%").

With TEXT "-", read one expression per line from standard input and print one JSON object per
line, in the same order; a line that holds no figure (an empty line too) prints `null`, and the
command still exits 0. With a single TEXT that holds no figure, it exits 1.
"""


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    figures = subparsers.add_parser("figures", help="read amounts, percentages and bounds out of text")
    sub = figures.add_subparsers(dest="figures_command", metavar="ACTION", required=True)

    parse = sub.add_parser("parse", help="read one figure expression", description=_PARSE_HELP,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    parse.add_argument("text", metavar="TEXT", help='the expression, or "-" for one expression per line on stdin')
    parse.add_argument("--lang", default="en", help="language of the text: it, pt, fr, en, de, es (default: en)")
    parse.add_argument("--json", action="store_true", help="print the figure as one JSON object")
    parse.add_argument("--reference-date", metavar="YYYY-MM-DD", type=_reference_date,
                       help="the date relative dates count from (the document's publication date)")
    # "-3,5%", "-$2.5", "-1.234,5" are the figure, not options: only the options above start with "-"
    parse._negative_number_matcher = re.compile(r"^-(?!-)|^−")
    parse._has_negative_number_optionals = []
    parse.set_defaults(func=_parse)

    find = sub.add_parser("find", help="list every figure in a text file (JSON lines)",
                          description="Print one JSON object per figure found: start, end (code points, "
                                      "end exclusive), quote, value, value_max, unit, bound.")
    find.add_argument("file", metavar="FILE", help='a UTF-8 text file, or "-" for standard input')
    find.add_argument("--lang", default="en", help="language of the text: it, pt, fr, en, de (default: en)")
    find.set_defaults(func=_find)


def _reference_date(text: str) -> str:
    from desktop.domain.isodates import parse_reference

    if parse_reference(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)")
    return text


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False)


def _parse(args: argparse.Namespace) -> int:
    from desktop.domain.figures import parse_figure

    if args.text == "-":
        for line in sys.stdin:
            figure = parse_figure(line.rstrip("\r\n"), args.lang, args.reference_date)
            print(_dumps(figure.to_json() if figure else None))
        return 0
    figure = parse_figure(args.text, args.lang, args.reference_date)
    if figure is None:
        raise CommandError(f"no figure found in {args.text!r} (language {args.lang})", exit_code=1)
    print(_dumps(figure.to_json()) if args.json else describe(figure.to_json()))
    return 0


def describe(data: dict[str, str | None]) -> str:
    """One line for a person: 'about 14000000000 USD', 'range 10 – 15 %', 'exact 2025-06 date (month)'."""
    if data["value"] is None:
        return f"no value: {data.get('reason') or 'unreadable'}"
    amount = data["value"] if data["value_max"] is None else f"{data['value']} – {data['value_max']}"
    unit = f" {data['unit']}" if data["unit"] else ""
    granularity = f" ({data['granularity']})" if data.get("granularity") else ""
    return f"{data['bound']} {amount}{unit}{granularity}".replace("_", " ")


def _find(args: argparse.Namespace) -> int:
    from desktop.domain.figures import find_figures

    if args.file == "-":
        text = sys.stdin.read()
    else:
        try:
            with open(args.file, encoding="utf-8") as handle:
                text = handle.read()
        except UnicodeDecodeError as exc:
            raise CommandError(f"cannot read {args.file}: it is not UTF-8 text (byte {exc.start:,}); save it as "
                               "UTF-8 and try again", exit_code=1) from exc
        except OSError as exc:  # the system's words, without "[Errno 2]" and the path again
            raise CommandError(f"cannot read {args.file}: {exc.strerror or exc}", exit_code=1) from exc
    for found in find_figures(text, args.lang):
        print(_dumps({"start": found.start, "end": found.end, "quote": text[found.start:found.end],
                      **found.figure.to_json()}))
    return 0
