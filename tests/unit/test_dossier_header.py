"""The dossier's header names the documents it covers, and a desk's hundreds only by their count."""

from __future__ import annotations

from desktop.dossier.build import build_dossier
from desktop.dossier.markdown_render import HEADER_LABELS, render_markdown
from desktop.dossier.model import DossierOptions
from desktop.services.documents import add_document


def _header_line(project) -> str:
    text = render_markdown(build_dossier(project, DossierOptions()), chart_line=lambda _section: None)
    return next(line for line in text.splitlines() if line.startswith("- **Documents covered:**"))


def test_a_few_documents_are_named_in_the_header(project):
    for n in range(3):
        add_document(project, f"Article {n} says something.", title=f"Article {n}", label=f"SRC{n}")
    assert _header_line(project) == "- **Documents covered:** 3 documents: SRC0, SRC1, SRC2"


def test_a_desk_of_documents_is_counted_in_the_header_and_listed_under_sources(project):
    for n in range(HEADER_LABELS + 1):
        add_document(project, f"Article {n} says something.", title=f"Article {n}", label=f"SRC{n}")
    line = _header_line(project)
    assert line == f"- **Documents covered:** {HEADER_LABELS + 1} documents, listed under Sources"
    assert "SRC0" not in line
