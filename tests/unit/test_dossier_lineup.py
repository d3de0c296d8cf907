"""The seed project lined up as an analyst would: the dossier shows the $10B–$29B clash, the agreed 49%
stake and the contested OpenAI proposition, every quote verbatim from the article."""

from __future__ import annotations

import json
import re

import pytest

from desktop.domain.figures import format_decimal
from desktop.dossier.build import build_dossier
from desktop.dossier.html_render import render_html
from desktop.dossier.json_render import render_json
from desktop.dossier.markdown_render import render_markdown
from desktop.dossier.model import DossierOptions
from desktop.services.annotations import update_annotation
from desktop.services.comparison import compare_measures, compare_propositions, statuses_for
from desktop.services.documents import document_text
from tests.fixtures.lineup import INVESTMENT, OPENAI_KEEPS_WORKING, STAKE, tag_seed_lineup


@pytest.fixture
def lineup(seeded_project, author_id):
    return tag_seed_lineup(seeded_project, author_id)


def dossier_json(project, **options) -> dict:
    return json.loads(render_json(build_dossier(project, DossierOptions(**options), generated_at="2026-01-01T00:00:00Z")))


def check_lineup(data: dict, project) -> None:
    figures = {f["label"]: f for f in data["figures"]}
    investment, stake = figures[INVESTMENT], figures[STAKE]
    assert investment["disagree"] is True and stake["disagree"] is False
    assert data["figures"][0]["label"] == INVESTMENT  # disagreements first
    assert {v["document"]: v["display"] for v in investment["values"]} == {
        "Cryptopolitan": "~$14B", "IT crypto site": "$10B+", "FR AI blog": "$29B", "FT 2025-07-15": "~$15B"}
    assert investment["summary"].startswith("sources disagree:") and "$29B (FR AI blog)" in investment["summary"]
    assert stake["summary"].startswith("sources agree")
    claim = next(c for c in data["claims"] if c["label"] == OPENAI_KEEPS_WORKING)
    assert claim["contested"] is True and data["claims"][0] is claim
    assert sorted(p["document"] for p in claim["asserts"]) == ["Cryptopolitan", "FR AI blog"]
    assert [p["document"] for p in claim["denies"]] == ["PT news site"]
    for f in data["figures"]:
        for v in f["values"]:
            c = v["citation"]
            assert v["quote"] == document_text(project, c["document_id"])[c["start"]:c["end"]]


def test_pending_lineup(lineup, seeded_project):
    assert dossier_json(seeded_project)["figures"] == []  # nothing accepted yet: nothing shown
    data = dossier_json(seeded_project, include_pending=True)
    check_lineup(data, seeded_project)
    assert {v["status"] for f in data["figures"] for v in f["values"]} == {"proposed"}


def test_accepted_lineup(lineup, seeded_project):
    for annotation_id in lineup.values():
        update_annotation(seeded_project, annotation_id, status="accepted")
    data = dossier_json(seeded_project)
    check_lineup(data, seeded_project)
    entities = {e["name"]: e for e in data["entities"]}
    assert entities["OpenAI"]["mentions"] == {"Cryptopolitan": 1, "FT 2025-07-15": 2}
    assert "Openi" in entities["OpenAI"]["aliases"]


def test_seed_html_has_no_remote_assets_and_markdown_cites_every_figure(lineup, seeded_project):
    dossier = build_dossier(seeded_project, DossierOptions(include_pending=True))
    page = render_html(dossier)
    assert not re.search(r"""\b(src|href)\s*=\s*["']?\s*(https?:)?//""", page)
    assert page.count("<svg") == 3  # investment, stake, valuation
    markdown = render_markdown(dossier)
    assert "(pending)" in markdown and "Cryptopolitan ¶9 · doc. 1805–1833" in markdown


def test_the_dossier_lines_up_what_compare_lines_up(lineup, seeded_project):
    """The dossier lines its sections up from the rows it has read itself, not through compare_measures: the
    verdicts, summaries, intervals and claims must still be Compare's, with a rejected figure and a rejected
    claim left out of both."""
    update_annotation(seeded_project, lineup["investment/003"], status="rejected")
    update_annotation(seeded_project, lineup["claim/003"], status="rejected")
    statuses = statuses_for(include_pending=True)
    measures = compare_measures(seeded_project, statuses=statuses)
    propositions = compare_propositions(seeded_project, statuses=statuses)
    data = dossier_json(seeded_project, include_pending=True)
    assert [(f["label"], f["disagree"], f["summary"]) for f in data["figures"]] == [
        (m.label, m.disagree, m.summary) for m in measures]
    assert [[(v["annotation"], v["low"], v["high"]) for v in f["values"]] for f in data["figures"]] == [
        [(v.annotation_id, None if v.low is None else format_decimal(v.low),
          None if v.high is None else format_decimal(v.high)) for v in m.values] for m in measures]
    assert lineup["investment/003"] not in {v["annotation"] for f in data["figures"] for v in f["values"]}
    assert [(c["label"], c["contested"], [p["annotation"] for p in c["asserts"]],
             [p["annotation"] for p in c["denies"]]) for c in data["claims"]] == [
        (p.label, p.contested, [c.annotation_id for c in p.asserts], [c.annotation_id for c in p.denies])
        for p in propositions]
