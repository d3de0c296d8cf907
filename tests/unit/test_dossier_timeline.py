"""The dossier's Timeline: date measures lined up in Markdown and in the JSON's `timeline` list."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from desktop.dossier.build import build_dossier
from desktop.dossier.json_render import render_json
from desktop.dossier.markdown_render import render_markdown
from desktop.dossier.model import DossierOptions
from desktop.services.annotations import update_annotation
from tests.fixtures.timeline import ANNOUNCED, JOINED, tag_the_seed_dates

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "dossier-json-schema.json").read_text("utf-8"))
WHEN = "2026-03-05T09:00:00Z"


def test_the_timeline_section_lines_up_the_announcement_dates(seeded_project, author_id):
    tag_the_seed_dates(seeded_project, author_id)
    dossier = build_dossier(seeded_project, DossierOptions(include_pending=True), generated_at=WHEN)
    assert [t.label for t in dossier.timeline] == [ANNOUNCED, JOINED]
    announced = dossier.timeline[0]
    assert announced.disagree
    assert [(e.quote.citation.document, e.display, e.granularity, e.conflicts_with) for e in announced.values] == [
        ("Cryptopolitan", "2025-06-12", "day", ("FT 2025-07-15",)), ("FT 2025-07-15", "≥ 2025-07-09", "day", ("Cryptopolitan",))]
    assert [e.display for e in dossier.other_dates] == ["2016", "2025-07-15"]
    assert not dossier.figures and not dossier.other_figures  # dates are not amounts

    md = render_markdown(dossier)
    timeline = md[md.index("## Timeline {#timeline}"):md.index("## Claims")]
    assert f"### {ANNOUNCED}" in timeline and "**Sources disagree.**" in timeline
    assert "| Cryptopolitan | 2025-06-12 | day | “giovedì”" in timeline
    assert "### Dates not assigned to a measure" in timeline

    data = json.loads(render_json(dossier))
    jsonschema.validate(data, SCHEMA)
    first = data["timeline"][0]
    assert (first["label"], first["disagree"]) == (ANNOUNCED, True)
    assert [(v["document"], v["value"], v["granularity"], v["bound"]) for v in first["values"]] == [
        ("Cryptopolitan", "2025-06-12", "day", "exact"), ("FT 2025-07-15", "2025-07-09", "day", "at_least")]
    assert [v["value"] for v in data["unassigned_dates"]] == ["2016", "2025-07-15"]


def test_only_included_dates_count(seeded_project, author_id):
    ids = tag_the_seed_dates(seeded_project, author_id)
    update_annotation(seeded_project, ids["thursday"], status="accepted")
    dossier = build_dossier(seeded_project, generated_at=WHEN)  # accepted only
    assert [t.label for t in dossier.timeline] == [ANNOUNCED]
    assert not dossier.timeline[0].disagree  # the other source's date is not included
    assert dossier.other_dates == ()
