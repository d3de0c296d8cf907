"""The timeline: date measures lined up across sources, disagreements at their granularity."""

from __future__ import annotations

import json
from datetime import date

from desktop.cli import main
from desktop.domain.intervals import intervals_conflict
from desktop.domain.isodates import date_interval, span
from desktop.services.comparison import compare_measures
from desktop.services.timeline import dated_events, timeline
from tests.fixtures.timeline import ANNOUNCED, JOINED, tag_the_seed_dates


def test_dates_conflict_only_when_their_granularities_cannot_overlap():
    def clash(a, b):
        return intervals_conflict(date_interval(*a), date_interval(*b))

    assert not clash(("2024-09", None, "exact"), ("2024-09-15", None, "exact"))
    assert not clash(("2025", None, "exact"), ("2025-06-12", None, "exact"))
    assert clash(("2024", None, "exact"), ("2025-06-12", None, "exact"))
    assert clash(("2025-06-12", None, "exact"), ("2025-06-11", None, "exact"))
    assert not clash(("2025-06-11", None, "at_least"), ("2025-06-12", None, "exact"))
    assert clash(("2025-07-09", None, "at_least"), ("2025-06-12", None, "exact"))
    assert not clash(("2015", None, "about"), ("2016", None, "exact"))  # about widens by one unit
    assert clash(("2015", None, "about"), ("2017", None, "exact"))
    assert not clash(("2025-06", "2025-07", "range"), ("2025-07-20", None, "exact"))
    assert span("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))


def test_the_announcement_dates_of_000_and_004_disagree(seeded_project, author_id):
    ids = tag_the_seed_dates(seeded_project, author_id)
    measures = {m.label: m for m in timeline(seeded_project)}
    assert set(measures) == {ANNOUNCED, JOINED}

    announced = measures[ANNOUNCED]
    assert [(v.document_label, v.value, v.granularity, v.bound) for v in announced.values] == [
        ("Cryptopolitan", "2025-06-12", "day", "exact"), ("FT 2025-07-15", "2025-07-09", "day", "at_least")]
    assert announced.disagree
    assert announced.values[0].conflicts_with == (ids["wednesday"],)
    assert announced.values[0].quote == "giovedì"

    joined = measures[JOINED]  # September 2024 is less than a year before 2025-07-15; in time order
    assert [(v.document_label, v.value, v.granularity, v.bound) for v in joined.values] == [
        ("FT 2025-07-15", "2024-07-15", "day", "at_least"), ("Cryptopolitan", "2024-09", "month", "exact")]
    assert not joined.disagree
    # disagreeing measures come first
    assert [m.label for m in timeline(seeded_project)] == [ANNOUNCED, JOINED]


def test_every_dated_figure_is_an_event_and_dates_stay_out_of_compare(seeded_project, author_id):
    tag_the_seed_dates(seeded_project, author_id)
    events = dated_events(seeded_project)
    assert [e.value for e in events] == ["2016", "2024-07-15", "2024-09", "2025-06-12", "2025-07-09", "2025-07-15"]
    assert {e.document_label for e in events} == {"Cryptopolitan", "FT 2025-07-15"}
    assert compare_measures(seeded_project) == []  # date measures are the timeline's


def test_timeline_json_is_exactly_the_contract(seeded_project, author_id, capsys, tmp_path):
    tag_the_seed_dates(seeded_project, author_id)
    path = seeded_project.location
    assert main(["--project", path, "timeline", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["measures"]
    first = data["measures"][0]
    assert list(first) == ["measure", "label", "disagree", "values"]
    assert first["label"] == ANNOUNCED and first["disagree"] is True
    assert [list(v) for v in first["values"]] == [
        ["document", "label", "quote", "value", "granularity", "bound", "status"]] * 2
    assert [(v["label"], v["quote"], v["value"], v["granularity"], v["bound"], v["status"]) for v in first["values"]] == [
        ("Cryptopolitan", "giovedì", "2025-06-12", "day", "exact", "proposed"),
        ("FT 2025-07-15", "non appena mercoledì", "2025-07-09", "day", "at_least", "proposed")]
    assert main(["--project", path, "timeline"]) == 0
    assert "DISAGREE" in capsys.readouterr().out
