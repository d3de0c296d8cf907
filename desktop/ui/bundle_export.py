"""The evidence bundle written to a file: the dossier as HTML, PDF (``pdf_export``, hence Qt) and JSON, with the
stored texts and archived originals of its sources (``desktop.dossier.bundle``). The command line's
``dossier --format bundle`` and the Export Dossier dialog both write it here.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.dossier.bundle import build_bundle, bundle_sources
from desktop.dossier.html_render import render_html
from desktop.dossier.model import Dossier
from desktop.services.files import write_atomically
from desktop.storage.project import Project
from desktop.ui.pdf_export import Progress, write_pdf


def write_bundle(project: Project, dossier: Dossier, path: str | Path, *, progress: Progress | None = None
                 ) -> tuple[int, int]:
    """Write the bundle to ``path`` atomically (a failure or a cancel, ``progress`` raising while the PDF is
    printed, leaves no file). Returns (sources, archived originals). In the dossier's language: the caller's
    ``desktop.i18n.language``. A dossier too long for one PDF is refused (``PdfTooLarge``) before any work."""
    sources = bundle_sources(project, dossier)
    with tempfile.TemporaryDirectory(prefix="evidence-bundle-") as folder:
        pdf_path = Path(folder) / "dossier.pdf"
        write_pdf(dossier, pdf_path, progress=progress)
        pdf = pdf_path.read_bytes()
    write_atomically(path, build_bundle(dossier, render_html(dossier), pdf, sources))
    return len(sources), sum(1 for s in sources.values() if s.original is not None)
