"""`agreement --authors A B [--documents 1 2] [--json]`: how far B agrees with A (the reference)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli._common import CommandError, open_for_command, print_json

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it uses
    from desktop.domain.agreement import KindAgreement
    from desktop.services.agreement_report import AgreementReport


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "agreement", help="inter-annotator agreement of two authors",
        description="Agreement of author B against author A as reference: span precision/recall/F1 "
                    "(exact and overlapping boundaries), label and value agreement (a figure's value, "
                    "a claim's stance), Cohen's kappa over characters and Krippendorff's unitized alpha.",
    )
    parser.add_argument("--authors", nargs=2, required=True, metavar=("A", "B"),
                        help="annotator keys, annotator URNs or unique display names; A is the reference")
    parser.add_argument("--documents", nargs="+", type=int, metavar="ID",
                        help="document ids (default: every document either author annotated)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(func=_agreement)


def _agreement(args: argparse.Namespace) -> int:
    from desktop.services.agreement_report import AgreementError, agreement

    project = open_for_command(args)
    try:
        report = agreement(project, args.authors[0], args.authors[1], args.documents)
    except (LookupError, AgreementError) as exc:
        raise CommandError(str(exc)) from exc
    finally:
        project.close()
    if args.json:
        print_json(report.to_json())
    else:
        print(render_table(report))
    return 0


def _num(x: float | None, width: int = 6) -> str:
    from desktop.domain.agreement import format_coefficient

    return f"{format_coefficient(x, 3):>{width}}"


def render_table(report: AgreementReport) -> str:
    a, b = report.author_a, report.author_b
    docs = len(report.document_ids)
    lines = [
        f"{b.name} ({b.key}) against {a.name} ({a.key}) as reference: "
        f"{docs} document{'s' if docs != 1 else ''}, {report.result.characters} characters",
        "",
        f"{'':<8}{'':>5}{'':>5}  {'exact boundaries':^20}  {'overlapping':^20}  {'agreement':^13}  {'':>6}",
        f"{'kind':<8}{'A':>5}{'B':>5}  {'P':>6}{'R':>7}{'F1':>7}  {'P':>6}{'R':>7}{'F1':>7}  "
        f"{'label':>6}{'value':>7}  {'αU':>6}",
    ]
    for row in report.rows:
        ex, ov = row.exact, row.overlap
        lines.append(
            f"{row.kind:<8}{ex.a:>5}{ex.b:>5}  {_num(ex.precision)} {_num(ex.recall)} {_num(ex.f1)}  "
            f"{_num(ov.precision)} {_num(ov.recall)} {_num(ov.f1)}  "
            f"{_num(row.label_agreement)} {_num(row.value_agreement)}  {_num(row.alpha_u)}"
        )
    result = report.result
    lines += [
        "",
        f"Cohen's kappa over characters: {_num(report.kappa, 0)}{_why(result.why_undefined('kappa'))}",
        f"Krippendorff's unitized alpha: {_num(report.alpha_u, 0)}{_why(result.why_undefined('alpha_u'))}",
        "(— = undefined; value = a figure's value or a claim's stance)",
    ]
    reasons = [f"  {row.kind}: {why}" for row in report.rows if (why := _kind_reason(row))]
    if reasons:
        lines += ["", "Undefined (—):", *reasons]
    return "\n".join(lines)


def _why(reason: str | None) -> str:
    return f" (undefined: {reason})" if reason else ""


def _kind_reason(row: KindAgreement) -> str:
    """Why a kind's row has "—" cells: one reason per distinct cause, e.g. "B tagged nothing of this kind"."""
    from desktop.services.agreement_report import KIND_MEASURES

    reasons: dict[str, list[str]] = {}
    for measure in KIND_MEASURES:
        why = row.why_undefined(measure)
        if why:
            reasons.setdefault(why, []).append(MEASURE_NAMES[measure])
    return "; ".join(f"{why} ({', '.join(names)})" for why, names in reasons.items())


MEASURE_NAMES = {"exact.precision": "exact P", "exact.recall": "exact R", "exact.f1": "exact F1",
                 "overlap.precision": "overlap P", "overlap.recall": "overlap R", "overlap.f1": "overlap F1",
                 "label": "label", "value": "value", "alpha_u": "αU"}
