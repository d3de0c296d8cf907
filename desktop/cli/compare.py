"""`compare [--json] [--include-rejected] [--tolerance 0.1]`: the sources lined up, headless."""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable, Iterable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from desktop.cli._common import CommandError, json_bytes, keep_until_exit, open_for_command, settle_checks
from desktop.quiet_gc import no_cycle_collection

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
    if value.is_nan():  # Decimal reads "nan", which no comparison takes
        raise CommandError(f"--tolerance {text!r} is not a number (0.1 means ±10%).")
    if not Decimal(0) <= value < Decimal(1):
        raise CommandError("--tolerance is a fraction between 0 and 1 (0.1 means ±10%).")
    return value


def _compare(args: argparse.Namespace) -> int:
    from desktop.services import settings
    from desktop.services.comparison import ALL_STATUSES, compare_all

    tolerance = _parse_tolerance(args.tolerance)
    project = open_for_command(args)
    # A desk's comparison is some 100,000 objects, all kept until the output is written and none in a cycle:
    # the collector's passes over them would find nothing (a fifth of the command's time).
    with no_cycle_collection():
        try:
            if tolerance is None:
                tolerance = settings.tolerance(project)
            statuses = ALL_STATUSES if args.include_rejected else None
            measures, propositions = compare_all(project, statuses=statuses, tolerance=tolerance)
        finally:
            project.close()
        settle_checks()  # nothing is printed from a file its integrity check finds damaged
        if args.json:
            print_comparison_json(tolerance, measures, propositions)
        else:
            print(comparison_text(tolerance, measures, propositions))
        keep_until_exit(measures, propositions)
    return 0


def comparison_json(tolerance: Decimal, measures: list[MeasureComparison],
                    propositions: list[PropositionComparison]) -> dict[str, Any]:
    return {
        "tolerance": _tolerance_text(tolerance),
        "measures": _measures_json(measures),
        "propositions": [_proposition_json(p) for p in propositions],
    }


def _measures_json(measures: list[MeasureComparison]) -> list[dict[str, Any]]:
    texts = _decimal_texts()
    return [_measure_json(m, texts) for m in measures]


def _measure_json(m: MeasureComparison, texts: _DecimalTexts, conflicts_mark: int | None = None) -> dict[str, Any]:
    """A measure as JSON; with ``conflicts_mark``, each value's "conflicts_with" is that number instead (see
    ``_measure_bytes``)."""
    return {
        "measure": m.key, "label": m.label, "unit": m.unit, "disagree": m.disagree, "summary": m.summary,
        "values": [
            {
                "annotation": v.annotation_id, "document": v.document_id,
                "document_label": v.document_label, "quote": v.quote,
                "value": texts[v.value], "value_max": texts[v.value_max],
                "unit": v.unit, "bound": v.bound, "status": v.status,
                "low": texts[v.low], "high": texts[v.high],
                # a tuple is written as the same JSON list (by orjson and json alike), without a copy
                "conflicts_with": v.conflicts_with if conflicts_mark is None else conflicts_mark,
                "attributed_to": v.attributed_to,
            }
            for v in m.values
        ],
    }


_CONFLICTS_MARK = 0
_MARKED = b'"conflicts_with": 0'


def _measure_pieces(m: MeasureComparison, texts: _DecimalTexts) -> list[bytes]:
    """``json_bytes([[_measure_json(m, texts)]])``, the same bytes in pieces, with each DISTINCT list of conflicting ids
    encoded once: a desk's figures each name some 250 others (3 million ids, 95 MB of the 100), yet values with
    equal intervals share one tuple of ids (``conflicting``). The measure is encoded with a number in place of
    every "conflicts_with" list, and the lists are put in after. The marked key cannot come out of a string: in
    one, every quote is escaped. The pieces are written as they are, never joined (``_write_list``)."""
    encoded = json_bytes([[_measure_json(m, texts, _CONFLICTS_MARK)]])
    parts = encoded.split(_MARKED)
    if len(parts) != len(m.values) + 1:  # not expected: then the plain way
        return [json_bytes([[_measure_json(m, texts)]])]
    if not m.values:
        return [encoded]
    head = parts[0]
    newline = b"\n" + head[head.rindex(b"\n") + 1:]  # a line break and the indentation of the values' keys
    lists: dict[int, tuple[bytes, ...]] = {}  # by the tuple's id: the tuples live as long as ``m``
    encode = _ids_encoder(m, newline)
    pieces = [head]
    for v, rest in zip(m.values, parts[1:], strict=True):
        ids = v.conflicts_with
        written = lists.get(id(ids))
        if written is None:
            written = lists[id(ids)] = encode(ids)
        pieces += written
        pieces.append(rest)
    return pieces


_PLAIN_IDS = re.compile(r"[ !#-\[\]-~]*")  # printable ASCII but the quote and the backslash: JSON writes it as it is


def _ids_encoder(m: MeasureComparison, newline: bytes) -> Callable[[tuple[str, ...]], tuple[bytes, ...]]:
    """How a value's "conflicts_with" key and list of ids is written at the indentation ``newline`` gives: in
    pieces, the bytes of ``b'"conflicts_with": ' + json_bytes(ids)`` with that indentation. The ids a value
    conflicts with are those of other values of ``m``: when none of them needs escaping in JSON (a UUID never
    does), the list is its ids joined between the separators, in one C call, between an opening and a closing
    piece made once; else each is encoded as JSON."""
    empty = (b'"conflicts_with": []',)
    if _PLAIN_IDS.fullmatch("".join(v.annotation_id for v in m.values)):
        text = newline.decode()
        between = f"\",{text}  \""
        opening, closing = b'"conflicts_with": [' + newline + b'  "', b'"' + newline + b"]"

        def joined(ids: tuple[str, ...]) -> tuple[bytes, ...]:
            return (opening, between.join(ids).encode(), closing) if ids else empty

        return joined

    def encoded(ids: tuple[str, ...]) -> tuple[bytes, ...]:
        return (b'"conflicts_with": ' + json_bytes(ids).replace(b"\n", newline),)  # ids hold no raw line break

    return encoded


class _DecimalTexts(dict[Decimal | None, str | None]):
    """``_decimal_text`` by value, each made once: a desk's values repeat (37,500 a desk, a few hundred distinct),
    and a lookup is a dictionary's own, no call. Zero is not kept (-0 equals 0 as a key, yet is written "-0")."""

    def __missing__(self, value: Decimal) -> str | None:
        found = _decimal_text(value)
        if value:
            self[value] = found
        return found


def _decimal_texts() -> _DecimalTexts:
    texts = _DecimalTexts()
    texts[None] = None
    return texts


def _proposition_json(p: PropositionComparison) -> dict[str, Any]:
    return {
        "proposition": p.key, "label": p.label, "contested": p.contested,
        "asserts": [_position_json(c) for c in p.asserts],
        "denies": [_position_json(c) for c in p.denies],
    }


def print_comparison_json(tolerance: Decimal, measures: list[MeasureComparison],
                          propositions: list[PropositionComparison]) -> None:
    """``print_json(comparison_json(...))``, the same bytes, written a measure and a proposition at a time:
    a desk's comparison is 100 MB of JSON, never held whole."""
    out = sys.stdout.buffer
    sys.stdout.flush()
    head = json_bytes({"tolerance": _tolerance_text(tolerance), "measures": [], "propositions": []})
    # b'{\n  "tolerance": "0.10",\n  "measures": [],\n  "propositions": []\n}'
    tolerance_part = head[: head.index(b'"measures"')]
    out.write(tolerance_part)
    texts = _decimal_texts()
    _write_list(out, b'"measures": ', (_measure_pieces(m, texts) for m in measures))
    out.write(b",\n  ")
    _write_list(out, b'"propositions": ', ([json_bytes([[_proposition_json(p)]])] for p in propositions))
    out.write(b"\n}\n")
    out.flush()


_NESTED_HEAD, _NESTED_TAIL = b"[\n  [\n    ", b"\n  ]\n]"


def _write_list(out: Any, key: bytes, items: Iterable[list[bytes]]) -> None:
    """``key`` and a list of objects, as they sit one level down in an indented object: each item given as the
    pieces of ``json_bytes([[item]])``."""
    out.write(key)
    first = True
    for pieces in items:
        # encoded two lists deep, the item is indented as it sits in the whole document: no pass over its
        # bytes to indent them again (100 MB for a desk)
        assert pieces[0].startswith(_NESTED_HEAD) and pieces[-1].endswith(_NESTED_TAIL)
        shown: list[bytes | memoryview]
        if len(pieces) == 1:
            shown = [memoryview(pieces[0])[len(_NESTED_HEAD):-len(_NESTED_TAIL)]]
        else:
            shown = [memoryview(pieces[0])[len(_NESTED_HEAD):], *pieces[1:-1],
                     memoryview(pieces[-1])[:-len(_NESTED_TAIL)]]
        _write_pieces(out, [b"[\n    " if first else b",\n    ", *shown])
        first = False
    out.write(b"[]" if first else b"\n  ]")


def _write_pieces(out: Any, pieces: list[bytes | memoryview]) -> None:
    """``out.write`` of each piece, in order. Where ``out`` is a file, the pieces go to it in one ``os.writev``
    (a few at a time), from where they lie: a measure's 2 MB are not copied into a joined whole or the buffer."""
    try:
        fd = out.fileno()
    except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation is both of the latter
        fd = None
    if fd is None or not hasattr(os, "writev"):
        for piece in pieces:
            out.write(piece)
        return
    out.flush()
    for at in range(0, len(pieces), _IOV_MAX):
        _writev_all(fd, pieces[at:at + _IOV_MAX])


_IOV_MAX = 1024  # the least a POSIX system takes in one writev (Linux: exactly this)


def _writev_all(fd: int, pieces: list[bytes | memoryview]) -> None:
    """``os.writev`` until every piece is written (a write may stop short)."""
    while pieces:
        written = os.writev(fd, pieces)
        if written == sum(map(len, pieces)):  # all of it (into a file, always): no piece counted in Python
            return
        if written == 0:
            raise OSError(f"could not write to file descriptor {fd}")
        done = 0
        while done < len(pieces) and written >= len(pieces[done]):
            written -= len(pieces[done])
            done += 1
        pieces = pieces[done:]
        if pieces and written:
            pieces[0] = memoryview(pieces[0])[written:]


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
    from desktop.services.comparison.amounts import compact_memo

    compact = compact_memo()  # compact_figure once per distinct figure
    lines = [f"Figures (\"about\" = ±{_plain_percent(tolerance)})"]
    if not measures:
        lines.append("  no figures are linked to a measure yet")
    for m in measures:
        verdict = "DISAGREE" if m.disagree else "agree"
        lines.append("")
        lines.append(f"{m.label} [{m.unit or 'no unit'}]  {verdict}")
        lines.append(f"  {m.summary}")
        label_of = {v.annotation_id: v.document_label for v in m.values}.__getitem__
        clash_texts: dict[int, str] = {}  # equal intervals share one tuple of ids: its text made once
        for v in m.values:
            shown = compact(v)
            clash = clash_texts.get(id(v.conflicts_with))
            if clash is None:
                clash = clash_texts[id(v.conflicts_with)] = ", ".join(map(label_of, v.conflicts_with))
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
