"""Writing a dossier to disk in Markdown, HTML or JSON, atomically (``services.files.write_atomically``:
a failure is a ``WriteError`` and leaves nothing half-written).

PDF needs Qt and is written by ``desktop.ui.pdf_export.write_pdf`` (also atomically).
The Markdown export writes each chart next to the .md file as ``<stem>-<measure slug>.svg`` (see
``markdown_render.chart_file_name``), the names its image links use, so the folder opens in any Markdown viewer.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.quiet_gc import no_cycle_collection
from desktop.services.files import atomic_stream, write_all_atomically, write_atomically

if TYPE_CHECKING:
    from desktop.dossier.model import Dossier

# Each format's renderer is imported when that format is written: a JSON dossier on the command line loads
# neither the Markdown, HTML nor chart code.

# "bundle": the evidence bundle, a .zip (``desktop.dossier.bundle``, written by ``desktop.ui.bundle_export``)
FORMATS = ("md", "html", "pdf", "json", "bundle")
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json",
              ".zip": "bundle"}
SUFFIXES = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json", "bundle": ".zip"}
FORMAT_NAMES = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "json": "JSON", "bundle": "ZIP"}


def format_for(path: str | Path, requested: str | None = None) -> str:
    """The format asked for, or the one the file name's extension says."""
    if requested:
        if requested not in FORMATS:
            raise ValueError(f"Unknown dossier format {requested!r} (use {', '.join(FORMATS)}).")
        return requested
    found = EXTENSIONS.get(Path(path).suffix.lower())
    if found is None:
        raise ValueError(f"Say which format to write ({', '.join(FORMATS)}): {Path(path).name} has no known extension.")
    return found


@dataclass(frozen=True)
class ExportTarget:
    """Where a dossier goes and in which format, once the file name and the chosen format are reconciled."""

    path: Path
    format: str
    chosen: str  # the format the analyst had chosen

    @property
    def switched(self) -> bool:
        """The file name's extension asked for another format than the one chosen."""
        return self.format != self.chosen


def export_target(path: str | Path, chosen: str) -> ExportTarget:
    """Never one format under another's extension: a known extension (.md .html .pdf .json ...) decides
    the format; a name without one gets the chosen format's ("brief" -> "brief.pdf",
    "brief.v2" -> "brief.v2.pdf").
    """
    if chosen not in FORMATS:
        raise ValueError(f"Unknown dossier format {chosen!r} (use {', '.join(FORMATS)}).")
    p = Path(path)
    found = EXTENSIONS.get(p.suffix.lower())
    if found is None:
        return ExportTarget(p.with_name(p.name.rstrip(".") + SUFFIXES[chosen]), chosen, chosen)
    return ExportTarget(p, found, chosen)


def render(dossier: Dossier, fmt: str, *, chart_stem: str = "dossier") -> str:
    """The dossier as text in ``fmt`` (md, html or json)."""
    from desktop.dossier.html_render import render_html
    from desktop.dossier.json_render import render_json
    from desktop.dossier.markdown_render import file_chart_line, render_markdown

    if fmt == "md":
        return render_markdown(dossier, chart_line=file_chart_line(chart_stem))
    if fmt == "html":
        return render_html(dossier)
    if fmt == "json":
        return render_json(dossier)
    raise ValueError(f"{fmt} is not a text format of the dossier.")


def write_dossier(dossier: Dossier, path: str | Path, fmt: str) -> list[Path]:
    """Write ``dossier`` as md, html or json to ``path``. Returns every file written (charts too for md).

    The Markdown and its charts are rendered first and written together (``write_all_atomically``): a failure
    leaves neither a new .md nor a stray chart. HTML is written as it is rendered, to a staged file renamed over
    ``path`` only once it is whole (``atomic_stream``).
    """
    path = Path(path)
    if fmt == "json":  # written as it is made, as the HTML: a desk's JSON is some 70 MB
        from desktop.dossier.json_render import json_bytes, json_pieces

        try:
            with atomic_stream(path) as out:
                for piece in json_pieces(dossier):
                    out.write(piece)
        except TypeError:  # a value orjson does not take (nothing was written): written whole, as json_bytes can
            write_atomically(path, json_bytes(dossier))
        return [path]
    if fmt == "html":  # written as it is made: a desk's page is some 80 MB
        from desktop.dossier.html_render import render_html_chunks

        with no_cycle_collection(), atomic_stream(path) as out:
            for chunk in render_html_chunks(dossier):
                out.write(chunk.encode("utf-8"))
        return [path]
    if fmt != "md":
        write_atomically(path, render(dossier, fmt).encode("utf-8"))
        return [path]
    from desktop.dossier.chart import section_chart
    from desktop.dossier.markdown_render import chart_file_name

    stem = path.stem
    files: list[tuple[Path, bytes]] = []
    for section in dossier.figures:
        svg = section_chart(section, dossier.tolerance)
        if svg is not None:
            files.append((path.with_name(chart_file_name(section, stem)), svg.encode("utf-8")))
    files.append((path, render(dossier, "md", chart_stem=stem).encode("utf-8")))
    write_all_atomically(files)
    return [path] + [chart for chart, _ in files[:-1]]
