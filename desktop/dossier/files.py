"""Writing a dossier to disk in Markdown, HTML or JSON, atomically (temporary file, then os.replace).

PDF needs Qt and is written by ``desktop.ui.pdf_export.write_pdf`` (also atomically).
The Markdown export writes each chart next to the .md file as ``<stem>-<measure>.svg``, the names
its image links use, so the folder opens in any Markdown viewer.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from desktop.dossier.chart import section_chart
from desktop.dossier.html_render import render_html
from desktop.dossier.json_render import render_json
from desktop.dossier.markdown_render import chart_file_name, file_chart_line, render_markdown
from desktop.dossier.model import Dossier

FORMATS = ("md", "html", "pdf", "json")
EXTENSIONS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json"}
SUFFIXES = {"md": ".md", "html": ".html", "pdf": ".pdf", "json": ".json"}
FORMAT_NAMES = {"md": "Markdown", "html": "HTML", "pdf": "PDF", "json": "JSON"}


class DossierWriteError(OSError):
    """The dossier could not be written; the message is for the user. Nothing half-written is left."""


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


def write_atomically(path: str | Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, then rename it over ``path`` in one step."""
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise DossierWriteError(f"Cannot write {path}: the folder {folder} does not exist.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise DossierWriteError(f"Cannot write in {folder}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        if isinstance(exc, OSError):
            raise DossierWriteError(f"Cannot write {path}: {exc.strerror or exc}") from exc
        raise


def render(dossier: Dossier, fmt: str, *, chart_stem: str = "dossier") -> str:
    """The dossier as text in ``fmt`` (md, html or json)."""
    if fmt == "md":
        return render_markdown(dossier, chart_line=file_chart_line(chart_stem))
    if fmt == "html":
        return render_html(dossier)
    if fmt == "json":
        return render_json(dossier)
    raise ValueError(f"{fmt} is not a text format of the dossier.")


def write_dossier(dossier: Dossier, path: str | Path, fmt: str) -> list[Path]:
    """Write ``dossier`` as md, html or json to ``path``. Returns every file written (charts too for md)."""
    path = Path(path)
    written: list[Path] = []
    if fmt == "md":
        stem = path.stem
        for section in dossier.figures:
            svg = section_chart(section, dossier.tolerance)
            if svg is not None:
                chart_path = path.with_name(chart_file_name(section, stem))
                write_atomically(chart_path, svg.encode("utf-8"))
                written.append(chart_path)
        write_atomically(path, render(dossier, "md", chart_stem=stem).encode("utf-8"))
    else:
        write_atomically(path, render(dossier, fmt).encode("utf-8"))
    written.insert(0, path)
    return written
