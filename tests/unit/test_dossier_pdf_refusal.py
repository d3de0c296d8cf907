"""A PDF dossier too long for one file is refused from a count of its quotes, before the dossier is built: the
count is the number of quotes the built dossier cites, whatever the options narrow it to."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.dossier import build as dossier_build
from desktop.dossier.build import build_dossier
from desktop.dossier.model import DossierOptions
from desktop.services.dossier_read import count_quoted
from tests.fixtures.dossier_project import build_dossier_project


@pytest.fixture
def small(project):
    return project, build_dossier_project(project)


def test_the_count_is_what_the_dossier_quotes_whatever_it_is_narrowed_to(small):
    project, ids = small
    authors = (ids["giulia"], ids["marco"])
    documents = (ids["alpha"], ids["beta"])
    options = [DossierOptions(), DossierOptions(include_pending=True), DossierOptions(include_notes=False),
               DossierOptions(include_pending=True, include_notes=False)]
    options += [DossierOptions(include_pending=True, author_ids=frozenset({a})) for a in authors]
    options += [DossierOptions(include_pending=True, document_ids=frozenset({d})) for d in documents]
    counts = []
    for opts in options:
        quoted = len(build_dossier(project, opts).excerpts)
        assert count_quoted(project, opts.statuses, author_ids=opts.author_ids, document_ids=opts.document_ids,
                            notes=opts.include_notes) == quoted, opts
        counts.append(quoted)
    assert len(set(counts)) > 1 and min(counts) > 0  # the options do narrow it


@pytest.mark.qt  # the PDF writer is Qt's
def test_a_pdf_too_long_is_refused_before_the_dossier_is_built(small, tmp_path, capsys, monkeypatch):
    from desktop.ui import pdf_export

    project, _ = small
    quoted = len(build_dossier(project, DossierOptions()).excerpts)
    monkeypatch.setattr(pdf_export, "MAX_PDF_QUOTES", quoted - 1)

    def not_built(*args, **kwargs):
        raise AssertionError("the dossier was built")

    monkeypatch.setattr(dossier_build, "build_dossier", not_built)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "dossier.pdf"
    assert main(["--project", project.location, "dossier", "--format", "pdf", "--out", str(out)]) != 0
    err = capsys.readouterr().err
    assert f"would cite {quoted} quotes" in err and "--author, --document" in err and "Traceback" not in err
    assert not list(out.parent.iterdir())  # no file, no .part
