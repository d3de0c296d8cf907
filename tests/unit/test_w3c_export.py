"""W3C export: every key the spec asks for, quotes that match the stored text, code points, determinism."""

import json
from pathlib import Path

import jsonschema
import pytest

from desktop.domain.offsets import Utf16Map
from desktop.interchange.w3c_io import export_w3c, export_w3c_text
from desktop.services import register
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents, update_document
from desktop.services.settings import set_setting
from desktop.storage.models import Review

SCHEMA = Path(__file__).resolve().parents[2] / "desktop" / "interchange" / "schemas" / "evidence-desk-annotations.schema.json"


def span(project, doc_id, quote, nth=0):
    text = document_text(project, doc_id)
    start = -1
    for _ in range(nth + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def annotate(project, author_id):
    """One of each kind, with every field the spec carries."""
    doc = list_documents(project)[0].id
    register.create_entity(project, "Scale AI", "organization")  # typed by the analyst
    s, e = span(project, doc, "Scale AI")
    entity = create_annotation(project, document_id=doc, start=s, end=e, kind="entity", author_id=author_id,
                               entity_name="Scale AI").value
    s, e = span(project, doc, "circa 14 miliardi di dollari")
    figure = create_annotation(project, document_id=doc, start=s, end=e, kind="figure", author_id=author_id,
                               value="14000000000", unit="USD", bound="about",
                               measure_label="Meta's investment in Scale AI", attributed_to="Wall Street Journal",
                               credibility=3).value
    s, e = span(project, doc, "OpenAI afferma che continuerà a collaborare con Scale AI")
    claim = create_annotation(project, document_id=doc, start=s, end=e, kind="claim", author_id=author_id,
                              proposition_label="OpenAI keeps working with Scale AI", speaker_name="Sarah Friar",
                              attributed_to="Bloomberg", credibility=2).value
    update_annotation(project, claim, note="Friar said it at **VivaTech**.", status="accepted")
    return {"entity": entity, "figure": figure, "claim": claim, "document": doc}


def items(project, **kw):
    return json.loads(export_w3c_text(project, **kw))["first"]["items"]


def by_id(project, **kw):
    return {item["id"].removeprefix("urn:uuid:"): item for item in items(project, **kw)}


def test_export_is_a_collection_with_every_key_the_spec_requires(seeded_project, author_id):
    annotate(seeded_project, author_id)
    set_setting(seeded_project, "title", "Scale AI deal")
    data = json.loads(export_w3c_text(seeded_project))
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    assert data["@context"] == ["http://www.w3.org/ns/anno.jsonld", {"ed": "urn:evidence-desk:vocab#"}]
    assert data["type"] == "AnnotationCollection"
    assert data["label"] == "Scale AI deal"
    assert data["total"] == len(data["first"]["items"]) == 3
    assert data["first"]["type"] == "AnnotationPage" and data["first"]["startIndex"] == 0
    for item in data["first"]["items"]:
        assert item["type"] == "Annotation" and item["motivation"] == "classifying"
        assert item["creator"] == {"id": "urn:evidence-desk:annotator:giulia-test", "type": "Person", "name": "Giulia"}
        assert item["created"] <= item["modified"]
        assert item["body"][0]["purpose"] == "tagging"


def test_the_label_falls_back_to_the_project_file_name(seeded_project, author_id):
    from desktop.services.settings import set_setting

    annotate(seeded_project, author_id)
    assert json.loads(export_w3c_text(seeded_project))["label"] == "Meta's 49% investment in Scale AI"
    set_setting(seeded_project, "title", "")  # no title: the file name (tests/conftest: test.evidence)
    assert json.loads(export_w3c_text(seeded_project))["label"] == "test"


def test_quote_selectors_match_the_stored_text_and_positions(seeded_project, author_id):
    annotate(seeded_project, author_id)
    docs = {d.sha256: d.id for d in list_documents(seeded_project)}
    assert len(items(seeded_project)) == 3
    for item in items(seeded_project):
        target = item["target"]
        assert target["source"] == f"urn:sha256:{target['ed:sha256']}"
        text = document_text(seeded_project, docs[target["ed:sha256"]])
        position, quote = target["selector"]
        assert position["type"] == "TextPositionSelector" and quote["type"] == "TextQuoteSelector"
        start, end = position["start"], position["end"]
        assert text[start:end] == quote["exact"]
        assert len(quote["prefix"]) <= 32 and len(quote["suffix"]) <= 32
        assert text[start - len(quote["prefix"]):start] == quote["prefix"]
        assert text[end:end + len(quote["suffix"])] == quote["suffix"]


def test_positions_count_code_points_in_a_document_with_emoji(project, author_id):
    text = "Meta 🚀 paid 💰 $14 billion to Scale AI 🤝 on Thursday."
    doc = add_document(project, text, title="emoji").value
    start = text.index("Scale AI")
    create_annotation(project, document_id=doc, start=start, end=start + 8, kind="entity", author_id=author_id)
    (item,) = items(project)
    position, quote = item["target"]["selector"]
    assert (position["start"], position["end"]) == (start, start + 8)
    assert Utf16Map(text).to_utf16(start) == start + 2  # a UTF-16 exporter would have written 2 more
    assert quote["exact"] == "Scale AI"
    assert quote["prefix"] == text[max(0, start - 32):start] and "💰" in quote["prefix"]
    assert quote["suffix"] == " 🤝 on Thursday."


def test_a_document_with_a_url_is_named_by_its_url(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    doc = list_documents(seeded_project)[0]
    update_document(seeded_project, doc.id, url="https://example.org/openai-scale")
    assert len(items(seeded_project)) == 3
    for item in items(seeded_project):
        assert item["target"]["source"] == "https://example.org/openai-scale"
        assert item["target"]["ed:sha256"] == doc.sha256
    assert made


def test_each_kind_carries_its_own_body(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    found = by_id(seeded_project)

    entity = found[made["entity"]]["body"]
    assert entity[0] == {"type": "TextualBody", "purpose": "tagging", "value": "entity"}
    assert entity[1] == {"type": "SpecificResource", "purpose": "identifying",
                         "source": "urn:evidence-desk:entity:org:scale-ai", "ed:label": "Scale AI",
                         "ed:entityType": "organization"}
    assert len(entity) == 2  # no note, no commenting body

    quantity = found[made["figure"]]["body"][1]
    assert quantity == {
        "type": "ed:Quantity", "purpose": "describing", "ed:value": "14000000000", "ed:valueMax": None,
        "ed:unit": "USD", "ed:bound": "about",
        "ed:measure": "urn:evidence-desk:measure:meta-s-investment-in-scale-ai",
        "ed:measureLabel": "Meta's investment in Scale AI", "ed:machineRead": False,
        "ed:attributedTo": "Wall Street Journal", "ed:credibility": 3,
    }

    claim_item = found[made["claim"]]
    assert claim_item["ed:status"] == "accepted"
    claim = claim_item["body"][1]
    assert claim["type"] == "ed:Claim" and claim["purpose"] == "classifying"
    assert claim["ed:proposition"].startswith("urn:evidence-desk:proposition:")
    assert claim["ed:propositionLabel"] == "OpenAI keeps working with Scale AI"
    assert claim["ed:stance"] == "asserts"
    assert claim["ed:speaker"] == "urn:evidence-desk:entity:person:sarah-friar"
    assert claim["ed:speakerLabel"] == "Sarah Friar"
    assert claim["ed:attributedTo"] == "Bloomberg" and claim["ed:credibility"] == 2
    assert claim_item["body"][2] == {"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
                                     "value": "Friar said it at **VivaTech**."}


def test_reviews_are_exported_after_the_annotations_they_target(seeded_project, author_id):
    made = annotate(seeded_project, author_id)
    luca = ensure_author(seeded_project, "luca-1", "Luca").value
    with seeded_project.transaction() as s:
        s.add(Review(id="0d8c9a52-52b5-4f57-9a3c-0cbbd1f1a001", annotation_id=made["claim"], author_id=luca,
                     verdict="disputed", comment="Bloomberg does not say that.", created="2026-11-21T11:00:00.000000Z"))
        s.add(Review(id="0d8c9a52-52b5-4f57-9a3c-0cbbd1f1a002", annotation_id=made["claim"], author_id=author_id,
                     verdict=None, comment="It does, third paragraph.",
                     parent_id="0d8c9a52-52b5-4f57-9a3c-0cbbd1f1a001", created="2026-11-21T11:05:00.000000Z"))
    exported = items(seeded_project)
    assert [i["motivation"] for i in exported] == ["classifying"] * 3 + ["assessing", "replying"]
    verdict, reply = exported[3:]
    assert verdict["target"] == reply["target"] == f"urn:uuid:{made['claim']}"
    assert verdict["creator"]["id"] == "urn:evidence-desk:annotator:luca-1"
    assert verdict["body"] == [
        {"type": "TextualBody", "purpose": "assessing", "value": "disputed"},
        {"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
         "value": "Bloomberg does not say that."},
    ]
    assert reply["body"][0]["value"] == "It does, third paragraph."
    assert reply["ed:inReplyTo"] == "urn:uuid:0d8c9a52-52b5-4f57-9a3c-0cbbd1f1a001"
    jsonschema.validate(json.loads(export_w3c_text(seeded_project)), json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_output_is_deterministic_and_sorted(seeded_project, author_id):
    annotate(seeded_project, author_id)
    second_doc = list_documents(seeded_project)[1].id
    s, e = span(seeded_project, second_doc, "Meta")
    create_annotation(seeded_project, document_id=second_doc, start=s, end=e, kind="entity", author_id=author_id)
    first, again = export_w3c_text(seeded_project), export_w3c_text(seeded_project)
    assert first == again
    keys = [(i["target"]["source"], i["target"]["selector"][0]["start"], i["target"]["selector"][0]["end"], i["id"])
            for i in json.loads(first)["first"]["items"]]
    assert keys == sorted(keys)
    assert first.endswith("}\n") and "\n  " in first  # indented, one trailing newline
    assert "à" in first  # ensure_ascii=False: accents as they are


def test_author_filter_keeps_one_analysts_annotations(seeded_project, author_id):
    annotate(seeded_project, author_id)
    luca = ensure_author(seeded_project, "luca-1", "Luca").value
    doc = list_documents(seeded_project)[1].id
    s, e = span(seeded_project, doc, "Meta")
    mine = create_annotation(seeded_project, document_id=doc, start=s, end=e, kind="entity", author_id=luca).value
    assert set(by_id(seeded_project, author="Luca")) == {mine}
    assert set(by_id(seeded_project, author="luca-1")) == {mine}
    assert len(by_id(seeded_project, author="giulia-test")) == 3
    with pytest.raises(LookupError):
        export_w3c_text(seeded_project, author="nobody")


def test_export_writes_the_file(seeded_project, author_id, tmp_path):
    annotate(seeded_project, author_id)
    out = tmp_path / "out.jsonld"
    assert export_w3c(seeded_project, out) == 3
    assert json.loads(out.read_text(encoding="utf-8"))["total"] == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []  # no temporary file left
