"""The dossier of a small project: golden Markdown, JSON against its schema, byte-identical rebuilds,
verbatim quotes, what is included, and HTML that is safe and self-contained."""

from __future__ import annotations

import html
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest

from desktop.dossier.build import build_dossier
from desktop.dossier.citations import display_quote
from desktop.dossier.files import write_dossier
from desktop.dossier.html_render import render_html
from desktop.dossier.json_render import json_bytes, render_json
from desktop.dossier.markdown_render import render_markdown
from desktop.dossier.model import DossierOptions
from desktop.services.annotations import update_annotation
from desktop.services.documents import document_text
from tests.fixtures.dossier_project import aid, build_dossier_project, span

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "dossier" / "small.md"
SCHEMA = json.loads((ROOT / "docs" / "dossier-json-schema.json").read_text(encoding="utf-8"))
WHEN = "2026-03-05T09:00:00Z"


@pytest.fixture
def small(project):
    return build_dossier_project(project)


def build(project, **options):
    return build_dossier(project, DossierOptions(**options), generated_at=WHEN)


class Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def all_quotes(data: dict) -> list[dict]:
    found = []
    for figure in data["figures"]:
        found += figure["values"]
    for claim in data["claims"]:
        found += claim["asserts"] + claim["denies"]
    return found + data["unassigned_figures"] + data["unassigned_claims"] + data["notes"]


def test_markdown_matches_the_golden_file(small, project):
    markdown = render_markdown(build(project))
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(markdown, encoding="utf-8")
    assert markdown == GOLDEN.read_text(encoding="utf-8"), "run with UPDATE_GOLDEN=1 to accept the new output"


def test_markdown_and_json_are_byte_identical_across_builds_except_generated_at(small, project):
    first = build(project)
    second = build_dossier(project, DossierOptions(), generated_at="2027-01-01T00:00:00Z")
    assert render_markdown(first).replace("2026-03-05 09:00", "X") == render_markdown(second).replace(
        "2027-01-01 00:00", "X")
    assert render_json(first) == render_json(build(project))
    one, two = json.loads(render_json(first)), json.loads(render_json(second))
    assert one.pop("generated_at") != two.pop("generated_at")
    assert one == two


@pytest.mark.parametrize("options", [{}, {"include_pending": True}, {"include_entities": False, "include_notes": False}])
def test_the_json_file_is_written_as_it_is_made_and_is_the_whole_dump_byte_for_byte(small, project, tmp_path, options):
    """``dossier --format json --out`` writes each list's elements as they are dumped (a desk's is 70 MB): the
    file is orjson's whole indented dump of the dossier, empty lists, nested objects and line breaks in notes
    and quotes included."""
    dossier = build(project, **options)
    written = write_dossier(dossier, tmp_path / "dossier.json", "json")
    assert written == [tmp_path / "dossier.json"]
    whole = json_bytes(dossier)
    assert (tmp_path / "dossier.json").read_bytes() == whole == render_json(dossier).encode("utf-8")
    assert json.loads(whole)["figures"]


def test_json_validates_against_the_schema(small, project):
    for include_pending in (False, True):
        data = json.loads(render_json(build(project, include_pending=include_pending)))
        jsonschema.Draft202012Validator.check_schema(SCHEMA)
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)
    data["figures"][0]["values"][0]["value"] = 14  # a number, not a decimal string
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, SCHEMA, cls=jsonschema.Draft202012Validator)


def test_every_quote_is_verbatim_and_cited_in_every_format(small, project):
    dossier = build(project, include_pending=True)
    data = json.loads(render_json(dossier))
    quotes = all_quotes(data)
    assert len(quotes) >= 8
    texts = {doc_id: document_text(project, doc_id) for doc_id in small["texts"]}
    markdown = render_markdown(dossier)
    page_text = html.unescape("".join(parse(render_html(dossier)).text))
    for q in quotes:
        c = q["citation"]
        assert q["quote"] == texts[c["document_id"]][c["start"]:c["end"]]
        assert c["text"] == f"{c['document']} ¶{c['paragraph']} · doc. {c['start']}–{c['end']}"
        assert display_quote(q["quote"]) in page_text
        assert f"(#{c['anchor']})" in markdown
    claim = next(q for q in quotes if q["quote"].startswith("denied that"))
    assert claim["citation"]["paragraph"] == 3  # "A spokesperson denied…" is the third line of BETA


def test_offsets_are_code_points_after_an_emoji(small, project):
    data = json.loads(render_json(build(project)))
    stake = next(v for f in data["figures"] for v in f["values"] if v["quote"] == "60% stake")
    assert (stake["citation"]["start"], stake["citation"]["end"]) == span(document_text(project, small["beta"]),
                                                                          "60% stake")


def test_accepted_only_by_default_pending_marked_rejected_never(small, project):
    default = json.loads(render_json(build(project)))
    statuses = {q["status"] for q in all_quotes(default)}
    assert statuses == {"accepted"}
    assert default["scope"]["statuses"] == ["accepted"]
    pending = build(project, include_pending=True)
    data = json.loads(render_json(pending))
    assert {q["status"] for q in all_quotes(data)} == {"accepted", "proposed", "disputed"}
    assert all(q["pending"] == (q["status"] != "accepted") for q in all_quotes(data))
    markdown = render_markdown(pending)
    assert "proposed (pending)" in markdown and "disputed (pending)" in markdown
    assert "Dana Reyes" not in [e["name"] for e in data["entities"]]  # its only mention was rejected
    assert "rejected" not in {q["status"] for q in all_quotes(data)}


def test_figures_claims_entities_and_trail(small, project):
    data = json.loads(render_json(build(project)))
    price, stake = data["figures"]
    assert price["label"] == "Acme's price for Widget Co" and price["disagree"] is True
    assert stake["disagree"] is False
    assert [v["conflicts_with"] for v in price["values"]] == [["Wire"], ["DL 2026-03-02"]]
    claim = data["claims"][0]
    assert claim["contested"] is True
    assert claim["asserts"][0]["speaker"] == "Dana Reyes" and claim["denies"][0]["attributed_to"] == "a spokesperson"
    acme = data["entities"][0]
    assert (acme["name"], acme["mentions"], acme["total"], acme["aliases"]) == (
        "Acme", {"DL 2026-03-02": 2, "Wire": 1}, 3, ["Acme Corp"])
    assert [r["id"] for r in data["reviews"]] == ["r001", "r002", "r003", "r004"]
    assert data["other_reviews"] == 2
    giulia = next(a for a in data["activity"] if a["name"] == "Giulia")
    assert giulia["by_status"] == {"accepted": 6, "proposed": 1, "disputed": 1, "rejected": 1}


def test_options_leave_out_entities_and_notes(small, project):
    data = json.loads(render_json(build(project, include_entities=False, include_notes=False, title="Brief")))
    assert data["title"] == "Brief" and data["entities"] == [] and data["notes"] == []
    markdown = render_markdown(build(project, include_entities=False, include_notes=False))
    assert "_Entities are left out of this dossier._" in markdown and "**Check**" not in markdown


ATTACKS = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))")


def assert_inert(page: str) -> None:
    elements = parse(page).elements
    assert {"html", "body", "svg", "a"} <= {tag for tag, _ in elements}  # the page was read, not nothing
    assert not [tag for tag, _ in elements if tag in ("script", "iframe", "object", "embed")]
    for _tag, attrs in elements:
        assert not [name for name in attrs if name.startswith("on")]
        for name in ("href", "src", "xlink:href"):
            assert not (attrs.get(name) or "").strip().lower().startswith(("javascript:", "data:text"))


def test_html_is_safe_with_hostile_notes(small, project):
    update_annotation(project, aid(1), note="Look: " + " ".join(ATTACKS))
    page = render_html(build(project))
    assert "<script" not in page and "onerror" not in page and "javascript:" not in page
    assert "Look:" in page
    assert_inert(page)


def test_html_is_safe_with_hostile_labels_and_attribution(small, project):
    for attack in ATTACKS:
        update_annotation(project, aid(2), measure_label=f"Price {attack}", attributed_to=attack)
        update_annotation(project, aid(6), proposition_label=f"Claim {attack}")
        page = render_html(build(project))
        assert "<script" not in page
        assert_inert(page)
        assert html.escape(f"Price {attack}", quote=False) in page  # shown as text, not run


def test_html_page_is_standalone(small, project):
    page = render_html(build(project))
    elements = parse(page).elements
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page and "Content-Security-Policy" in page
    assert [tag for tag, _ in elements].count("svg") == 2  # both charts inline
    assert not [tag for tag, _ in elements if tag in ("link", "img", "script")]
    for _tag, attrs in elements:
        assert not re.match(r"\s*(https?:)?//", attrs.get("src") or "")
    anchors = {attrs["id"] for _tag, attrs in elements if attrs.get("id")}
    links = [attrs["href"][1:] for tag, attrs in elements if tag == "a" and (attrs.get("href") or "").startswith("#")]
    assert links and set(links) <= anchors  # every citation lands on its passage


def test_a_value_orjson_does_not_take_is_written_whole_and_no_piece_is_left(small, project, tmp_path, monkeypatch):
    from desktop.dossier import json_render

    made = json_render.dossier_to_dict(build(project))
    made["other_reviews"] = 2**70  # beyond orjson's 64-bit integers: json writes it
    monkeypatch.setattr(json_render, "dossier_to_dict", lambda _dossier: made)
    folder = tmp_path / "out"
    folder.mkdir()
    write_dossier(build(project), folder / "dossier.json", "json")
    assert [p.name for p in folder.iterdir()] == ["dossier.json"]
    assert (folder / "dossier.json").read_text(encoding="utf-8") == json.dumps(made, ensure_ascii=False,
                                                                                  indent=2) + "\n"
