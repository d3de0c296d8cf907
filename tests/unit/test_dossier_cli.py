"""`evidence-desk --project P dossier --format … --out FILE`: headless, atomic, options honoured."""

from __future__ import annotations

import json

import pytest

from desktop.cli import main
from tests.fixtures.dossier_project import build_dossier_project


@pytest.fixture
def small(project):
    build_dossier_project(project)
    return project


def run(project, *args):
    return main(["--project", project.location, "dossier", *args])


def test_json_and_html(small, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    assert run(small, "--format", "json", "--out", str(out / "d.json"), "--include-pending", "--title", "Brief") == 0
    data = json.loads((out / "d.json").read_text(encoding="utf-8"))
    assert data["title"] == "Brief" and data["scope"]["include_pending"] is True
    assert "dossier written" in capsys.readouterr().err
    assert run(small, "--out", str(out / "d.html")) == 0  # format from the extension
    assert (out / "d.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in out.iterdir()) == ["d.html", "d.json"]  # no temporary files left


def test_markdown_writes_its_charts_beside_it(small, tmp_path):
    target = tmp_path / "brief.md"
    assert run(small, "--format", "md", "--out", str(target), "--generated-at", "2026-03-05T09:00:00Z") == 0
    text = target.read_text(encoding="utf-8")
    charts = sorted(p.name for p in tmp_path.glob("brief-*.svg"))
    assert len(charts) == 2
    for name in charts:
        assert f"]({name})" in text
        assert (tmp_path / name).read_text(encoding="utf-8").startswith("<svg")


def test_replaces_an_existing_file_and_reports_errors(small, tmp_path, capsys):
    target = tmp_path / "d.json"
    target.write_text("old", encoding="utf-8")
    assert run(small, "--format", "json", "--out", str(target)) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "evidence-desk-dossier/1"
    assert run(small, "--format", "json", "--out", str(tmp_path / "missing" / "d.json")) == 2
    assert "not written" in capsys.readouterr().err
    assert run(small, "--out", str(tmp_path / "d.txt")) == 2
