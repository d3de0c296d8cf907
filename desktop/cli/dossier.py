"""`dossier --format md|html|pdf|json --out FILE`: the evidence dossier, written headless (without --out, a
Markdown, HTML or JSON dossier goes to standard output)."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli._common import CommandError, keep_until_exit, open_for_command
from desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, language

if TYPE_CHECKING:
    from desktop.dossier.model import DossierOptions
    from desktop.storage.project import Project

FORMATS = ("md", "html", "pdf", "json", "bundle")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "dossier", help="export the evidence dossier (Markdown, HTML, PDF, JSON or a verifiable bundle)",
        description="Write the evidence dossier of the project. By default only accepted annotations are "
                    "included; rejected ones never are.",
    )
    parser.add_argument("--format", choices=FORMATS,
                        help="md, html, pdf, json, or bundle (a .zip with the dossier in HTML, PDF and JSON, the "
                             "stored texts, the archived originals and a manifest of their SHA-256; default: "
                             "from the --out extension)")
    parser.add_argument("--out", metavar="FILE",
                        help="the file to write (replaced atomically); without it, an md, html or json dossier is "
                             "written to standard output")
    parser.add_argument("--include-pending", action="store_true",
                        help="also include proposed and disputed annotations, marked (pending)")
    parser.add_argument("--title", metavar="T", help="the dossier's title (default: the project title)")
    parser.add_argument("--no-entities", action="store_true", help="leave the entities section out")
    parser.add_argument("--no-notes", action="store_true", help="leave the analysts' notes out")
    parser.add_argument("--lang", default=SOURCE_LANGUAGE, choices=sorted(LANGUAGES), metavar="LANG",
                        help="the dossier's language: its headings, labels and sentences, and how numbers and dates "
                             "are written (" + ", ".join(f"{code} {name}" for code, name in LANGUAGES.items())
                             + "; default en). Quotes stay verbatim; JSON keys stay English")
    parser.add_argument("--author", action="append", metavar="NAME_OR_KEY",
                        help="only this analyst's annotations (repeat for several)")
    parser.add_argument("--document", action="append", type=int, metavar="ID",
                        help="only this document (its id in `docs list`; repeat for several)")
    parser.add_argument("--generated-at", metavar="ISO", help=argparse.SUPPRESS)  # fixed timestamp, for tests
    parser.set_defaults(func=_dossier)


def _dossier(args: argparse.Namespace) -> int:
    from desktop.dossier.build import build_dossier
    from desktop.dossier.counts import summary_line
    from desktop.dossier.files import format_for, write_dossier
    from desktop.quiet_gc import no_cycle_collection

    if args.out is None:
        if args.format not in ("md", "html", "json"):
            raise CommandError("say where to write it: --out FILE (standard output takes --format md, html or "
                               "json)")
        return _to_stdout(args)
    if args.format == "bundle" or (args.format is None and args.out.lower().endswith(".zip")):
        return _bundle(args)
    try:
        fmt = format_for(args.out, args.format)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    project = open_for_command(args)
    options = _options(project, args)
    if fmt == "pdf":
        _refuse_too_long(project, options)
    try:
        # the dossier's words, numbers and dates in its language (the messages here stay English); no cycle
        # collection from building to written: a collection between the two walks a desk's million objects
        with language(args.lang), no_cycle_collection():
            dossier = build_dossier(project, options, generated_at=args.generated_at, passages=fmt != "json")
            if fmt == "pdf":
                from desktop.ui.pdf_export import write_pdf  # Qt only when a PDF is asked for

                pages = write_pdf(dossier, args.out)
                detail = f"PDF, {pages} page{'s' if pages != 1 else ''}"
            else:
                written = write_dossier(dossier, args.out, fmt)
                charts = len(written) - 1
                detail = (f"Markdown, {charts} chart file{'s' if charts != 1 else ''} beside it" if fmt == "md"
                          else fmt.upper())
    except OSError as exc:  # the writers leave nothing half-written; any file-system failure is one line
        raise CommandError(f"the dossier was not written: {exc}") from exc
    language_note = "" if args.lang == SOURCE_LANGUAGE else f", in {LANGUAGES[args.lang]}"
    print(f"{args.out}: dossier written ({summary_line(dossier)}; {detail}{language_note})", file=sys.stderr)
    keep_until_exit(dossier)
    return 0


def _to_stdout(args: argparse.Namespace) -> int:
    from desktop.dossier.build import build_dossier
    from desktop.dossier.counts import summary_line
    from desktop.dossier.files import render
    from desktop.dossier.markdown_render import render_markdown

    project = open_for_command(args)
    options = _options(project, args)
    with language(args.lang):
        dossier = build_dossier(project, options, generated_at=args.generated_at, passages=args.format != "json")
        # Markdown on standard output has no files beside it for its charts: they are left out
        text = (render_markdown(dossier, chart_line=lambda _section: None) if args.format == "md"
                else render(dossier, args.format))
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    language_note = "" if args.lang == SOURCE_LANGUAGE else f", in {LANGUAGES[args.lang]}"
    print(f"dossier written to standard output ({summary_line(dossier)}{language_note})", file=sys.stderr)
    keep_until_exit(dossier)
    return 0


def _refuse_too_long(project: Project, options: DossierOptions) -> None:
    """A PDF too long for one file refused from a count of its quotes, before the dossier is built (a desk's
    dossier takes seconds to build; the count, a fraction of one)."""
    from desktop.services.dossier_read import count_quoted
    from desktop.ui.pdf_export import check_pdf_quotes

    check_pdf_quotes(count_quoted(project, options.statuses, author_ids=options.author_ids,
                                  document_ids=options.document_ids, notes=options.include_notes))


def _options(project: Project, args: argparse.Namespace) -> DossierOptions:
    """The options the command line gives, the analysts and documents named checked against the project."""
    from desktop.dossier.model import DossierOptions

    authors: frozenset[int] = frozenset()
    if args.author:  # the analysts and documents looked up (through the ORM) only when some are named
        from desktop.services.authors import find_author

        authors = frozenset(find_author(project, name).id for name in args.author)
    documents = frozenset(args.document or ())
    unknown: frozenset[int] = frozenset()
    if documents:
        from desktop.services.documents import list_documents

        unknown = documents - {d.id for d in list_documents(project)}
    if unknown:
        raise CommandError(f"there is no document {', '.join(map(str, sorted(unknown)))} in the project "
                           "(`docs list` shows their ids)")
    return DossierOptions(title=args.title or "", include_pending=args.include_pending,
                          include_entities=not args.no_entities, include_notes=not args.no_notes,
                          author_ids=authors, document_ids=documents)


def _bundle(args: argparse.Namespace) -> int:
    from desktop.dossier.build import build_dossier
    from desktop.dossier.counts import summary_line
    from desktop.ui.bundle_export import write_bundle  # Qt only when a bundle (its PDF) is asked for

    project = open_for_command(args)
    options = _options(project, args)
    _refuse_too_long(project, options)  # the bundle holds the PDF
    with language(args.lang):
        dossier = build_dossier(project, options, generated_at=args.generated_at)
        try:
            texts, kept = write_bundle(project, dossier, args.out)
        except OSError as exc:
            raise CommandError(f"the bundle was not written: {exc}") from exc
    print(f"{args.out}: evidence bundle written ({summary_line(dossier)}; {texts} texts, "
          f"{kept} archived originals)", file=sys.stderr)
    return 0
