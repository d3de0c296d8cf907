"""Dates travel in the W3C interchange: ``ed:value`` is an ISO 8601 string when ``ed:unit`` is ``date``."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from desktop.interchange.w3c_io import export_w3c_text, import_w3c_text
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from tests.fixtures.timeline import documents, tag_the_seed_dates

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "desktop" / "interchange" / "schemas"
                     / "evidence-desk-annotations.schema.json").read_text(encoding="utf-8"))


def _quantities(data: dict) -> list[dict]:
    return [b for item in data["first"]["items"] for b in item["body"] if b.get("type") == "ed:Quantity"]


@pytest.fixture
def colleague(tmp_path):
    (tmp_path / "colleague").mkdir()
    project = open_project(tmp_path / "colleague" / "test.evidence")
    seed_project(project)
    yield project
    project.close()


def test_dates_are_exported_as_iso_8601_and_come_back_the_same(seeded_project, author_id, colleague):
    ids = tag_the_seed_dates(seeded_project, author_id)
    text = export_w3c_text(seeded_project)
    data = json.loads(text)
    jsonschema.validate(data, SCHEMA)
    dates = {b["ed:value"] for b in _quantities(data) if b["ed:unit"] == "date"}
    assert dates == {"2025-06-12", "2025-07-09", "2024-09", "2024-07-15", "2016", "2025-07-15"}

    report = import_w3c_text(colleague, text).value
    assert len(report.imported) == len(ids) and not report.skipped
    mine = {a.id: (a.value, a.value_max, a.unit, a.bound, a.measure_label) for a in list_annotations(seeded_project)}
    theirs = {a.id: (a.value, a.value_max, a.unit, a.bound, a.measure_label) for a in list_annotations(colleague)}
    assert theirs == mine
    assert theirs[ids["september"]] == ("2024-09", None, "date", "exact", "Droege joined Scale")
    assert export_w3c_text(colleague) == text  # lossless both ways


def test_a_date_range_round_trips(seeded_project, author_id, colleague):
    from desktop.services.annotations import create_annotation

    doc = documents(seeded_project)["000"]
    create_annotation(seeded_project, document_id=doc, start=0, end=6, kind="figure", author_id=author_id,
                      value="2025-06", value_max="2025-07", unit="date", bound="range", annotation_id="5d1c7a52-2f0e-4a57-9a66-0b4c3f1d2e7a")
    text = export_w3c_text(seeded_project)
    jsonschema.validate(json.loads(text), SCHEMA)
    import_w3c_text(colleague, text)
    (figure,) = [a for a in list_annotations(colleague) if a.id == "5d1c7a52-2f0e-4a57-9a66-0b4c3f1d2e7a"]
    assert (figure.value, figure.value_max, figure.unit, figure.bound) == ("2025-06", "2025-07", "date", "range")


def test_a_date_figure_with_a_value_that_is_no_date_is_refused_with_one_message(seeded_project, author_id,
                                                                                 colleague):
    tag_the_seed_dates(seeded_project, author_id)
    data = json.loads(export_w3c_text(seeded_project))
    body = next(b for b in _quantities(data) if b["ed:unit"] == "date")
    body["ed:value"] = "12 June"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
    outcome = None
    try:
        outcome = import_w3c_text(colleague, json.dumps(data))
    except Exception as exc:
        assert "ISO 8601" in str(exc)
    if outcome is not None:
        assert any("ISO 8601" in s.reason for s in outcome.value.skipped)
    # a number where a number belongs is still refused when it is not one
    body["ed:value"] = "2025-06-12"
    body["ed:unit"] = "USD"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA)
