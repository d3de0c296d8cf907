"""The dossier's counts, as the dialog and the `dossier` command say them: figures and claims are
annotations, measures and propositions are what they are grouped under; never one for the other."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.dossier.build import build_dossier
from desktop.dossier.counts import DossierCounts, plural, summary_line
from desktop.dossier.files import export_target
from desktop.dossier.model import DossierOptions
from desktop.services.annotations import update_annotation
from tests.fixtures.lineup import tag_seed_lineup


@pytest.fixture
def lineup(seeded_project, author_id):
    return tag_seed_lineup(seeded_project, author_id)


def test_the_seed_lineup_counts_figures_claims_measures_and_propositions(lineup, seeded_project):
    dossier = build_dossier(seeded_project, DossierOptions(include_pending=True))
    counts = DossierCounts.of(dossier)
    assert (counts.figures, counts.measures, counts.claims, counts.propositions) == (10, 3, 3, 1)
    assert summary_line(dossier) == (
        "21 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources")


def test_counts_follow_what_is_included(lineup, seeded_project):
    for key in ("investment/000", "investment/002", "stake/000", "claim/000", "claim/001"):
        update_annotation(seeded_project, lineup[key], status="accepted")
    dossier = build_dossier(seeded_project, DossierOptions())
    assert summary_line(dossier) == (
        "5 of 21 annotations (16 pending left out) · 3 figures on 2 measures · 2 claims on 1 proposition · 5 sources")


def test_figures_without_a_measure_are_counted_and_said(lineup, seeded_project):
    update_annotation(seeded_project, lineup["valuation/000"], measure_label="")
    update_annotation(seeded_project, lineup["valuation/004"], measure_label="")
    update_annotation(seeded_project, lineup["claim/003"], proposition_label="")
    text = summary_line(build_dossier(seeded_project, DossierOptions(include_pending=True)))
    assert "10 figures: 8 on 2 measures, 2 with no measure" in text
    assert "3 claims: 2 on 1 proposition, 1 with no proposition" in text


def test_an_empty_project_says_none(project):
    assert summary_line(build_dossier(project)) == "0 of 0 annotations · no figures · no claims · 0 sources"


def test_plural():
    assert [plural(n, "measure") for n in (0, 1, 2)] == ["0 measures", "1 measure", "2 measures"]
    assert plural(2, "analysis", "analyses") == "2 analyses"


def test_the_command_says_the_counts(lineup, seeded_project, tmp_path, capsys):
    out = tmp_path / "d.json"
    assert main(["--project", seeded_project.location, "dossier", "--out", str(out), "--include-pending"]) == 0
    err = capsys.readouterr().err
    assert "10 figures on 3 measures · 3 claims on 1 proposition" in err
    assert "figure(s)" not in err and "claim(s)" not in err


@pytest.mark.parametrize(("name", "chosen", "written", "fmt"), [
    ("brief.pdf", "pdf", "brief.pdf", "pdf"),
    ("brief.pdf", "json", "brief.pdf", "pdf"),  # the extension wins: never JSON inside a .pdf
    ("brief.JSON", "md", "brief.JSON", "json"),
    ("brief.htm", "pdf", "brief.htm", "html"),
    ("brief", "json", "brief.json", "json"),  # no extension: the chosen format's
    ("brief.v2", "md", "brief.v2.md", "md"),  # an unknown extension is kept, the format's added
    ("brief.", "html", "brief.html", "html"),
])
def test_export_target_never_writes_one_format_under_another_extension(tmp_path, name, chosen, written, fmt):
    target = export_target(tmp_path / name, chosen)
    assert (target.path.name, target.format) == (written, fmt)
    assert target.switched == (fmt != chosen)
