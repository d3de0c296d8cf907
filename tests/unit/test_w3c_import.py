"""W3C import: what is accepted, how targets are found, what is skipped, and that a bad file writes nothing."""

import copy
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.domain.figures import ParsedFigure
from desktop.domain.kinds import Bound
from desktop.interchange.files import ExchangeFileError
from desktop.interchange.w3c_import import W3CImportError, annotation_items, parse_w3c
from desktop.interchange.w3c_io import export_w3c_text, import_w3c, import_w3c_text
from desktop.services import exchange, import_values
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author, list_authors
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation, list_annotations
from desktop.storage.models import Author, Entity, Review

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "interchange"
SEED0_SHA = "e24dda5256938143d0718e0f92e36235fed126f46011cca9993bc3074591d56a"


def db_state(project):
    """Every row of every table: what a refused or idempotent import must leave exactly as it was."""
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}


def annotation(ident="urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10", kind="entity", *, exact="VivaTech",
               start=200, end=208, prefix="", suffix="", source=f"urn:sha256:{SEED0_SHA}", sha=SEED0_SHA,
               modified="2026-11-21T10:15:02.000000Z", creator=("luca-9a1b2c", "Luca"), extra_bodies=()):
    target = {"selector": [{"type": "TextPositionSelector", "start": start, "end": end},
                           {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}]}
    if source is not None:
        target["source"] = source
    if sha is not None:
        target["ed:sha256"] = sha
    return {
        "id": ident, "type": "Annotation", "motivation": "classifying",
        "creator": {"id": f"urn:evidence-desk:annotator:{creator[0]}", "type": "Person", "name": creator[1]},
        "created": "2026-11-21T10:12:00.000000Z", "modified": modified, "ed:status": "proposed",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": kind}, *extra_bodies],
        "target": target,
    }


def collection(*items):
    return json.dumps({"@context": ["http://www.w3.org/ns/anno.jsonld", {"ed": "urn:evidence-desk:vocab#"}],
                       "type": "AnnotationCollection", "label": "t", "total": len(items),
                       "first": {"type": "AnnotationPage", "startIndex": 0, "items": list(items)}})


# --- shapes ------------------------------------------------------------------------------------------------


def test_a_collection_a_page_an_array_and_one_annotation_are_all_accepted():
    item = annotation()
    page = {"type": "AnnotationPage", "items": [item]}
    shapes = [json.loads(collection(item)), page, [item], item]
    assert [len(annotation_items(shape)) for shape in shapes] == [1, 1, 1, 1]
    parsed = [parse_w3c(json.dumps(shape)).annotations for shape in shapes]
    assert all(p == parsed[0] for p in parsed)
    assert parsed[0][0].id == "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10"
    assert parsed[0][0].kind == "entity" and parsed[0][0].exact == "VivaTech"


def test_a_collection_with_a_next_page_is_read_to_the_end():
    second = annotation("urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11")
    data = json.loads(collection(annotation()))
    data["first"]["next"] = {"type": "AnnotationPage", "items": [second]}
    assert len(parse_w3c(json.dumps(data)).annotations) == 2


# --- files that cannot be imported at all: one error, nothing written --------------------------------------


def test_malformed_json_names_line_and_column_and_writes_nothing(seeded_project):
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError) as err:
        import_w3c(seeded_project, FIXTURES / "malformed.json")
    message = str(err.value)
    assert "malformed.json" in message and "not valid JSON" in message
    assert "line 8, column 6" in message
    assert db_state(seeded_project) == before


def test_a_json_file_that_is_not_annotations_is_refused(seeded_project):
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError, match="not an annotation collection.*FeatureCollection"):
        import_w3c(seeded_project, FIXTURES / "not_a_collection.json")
    for text in ('"just a string"', "42", '{"hello": "world"}'):
        with pytest.raises(W3CImportError, match="not an annotation collection"):
            import_w3c_text(seeded_project, text)
    assert db_state(seeded_project) == before


@pytest.mark.parametrize("data, says", [
    (b"", "the file is empty: there are no annotations in it"),
    (b" \n\t ", "the file is empty: there are no annotations in it"),
    (b"not a zip, not JSON", "it is not a file of annotations: not W3C Web Annotations (JSON-LD), an Evidence Desk "
                             "project or a REFI-QDA project (.qdpx)"),
    (b"{}", "found a JSON object with nothing in it)"),
    (b'{"start": ' + b"9" * 5000 + b"}", "not valid JSON: it holds a number of more than 4,300 digits"),
], ids=["empty", "white-space", "not-json", "empty-object", "long-number"])
def test_a_file_with_nothing_to_read_says_what_it_is(seeded_project, tmp_path, data, says):
    path = tmp_path / "colleague.qdpx"
    path.write_bytes(data)
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError) as err:
        import_w3c(seeded_project, path)
    assert says in str(err.value) and "Expecting value" not in str(err.value)
    assert "sys.set_int_max_str_digits" not in str(err.value)
    assert db_state(seeded_project) == before


@pytest.mark.parametrize("creator, says", [
    (5, '"creator" is a JSON number, not an object or an IRI'),
    ([1, 2], '"creator[0]" is a JSON number, not an object or an IRI'),
    ([{"id": 7}], '"creator[0].id" must be an IRI string'),
    ({"id": "urn:x", "name": ["Luca"]}, '"creator.name" must be a string'),
])
def test_a_creator_of_the_wrong_type_is_named_where_it_is(seeded_project, creator, says):
    item = annotation()
    item["creator"] = creator
    with pytest.raises(W3CImportError) as err:
        import_w3c_text(seeded_project, collection(item))
    assert says in str(err.value)


DEEP = 5_000  # levels: over the limit of 1,000; the streaming parser's memory grows with the square of the depth


@pytest.mark.parametrize("text", [
    "[" * DEEP + "]" * DEEP,
    "\ufeff" + "[" * DEEP + "]" * DEEP,
    '{"a": ' * DEEP + "1" + "}" * DEEP,
    '{"type": "AnnotationPage", "items": [' + "[" * DEEP + "]" * DEEP + "]}",
    collection(annotation()).replace('"value": "entity"', '"value": ' + "[" * DEEP + "]" * DEEP, 1),
    collection(annotation())[:-1] + ', "more": ' + "[" * DEEP + "]" * DEEP + "}",
], ids=["list", "bom", "objects", "page", "in-an-item", "after-the-items"])
def test_json_nested_too_deeply_is_refused_before_it_is_parsed(seeded_project, tmp_path, text):
    """Nested 100,000 deep (200 KB), the file took the streaming parser minutes and gigabytes before the fix."""
    path = tmp_path / "deep.jsonld"
    path.write_text(text, encoding="utf-8")
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError, match=r"nested too deeply"):
        import_w3c(seeded_project, path)
    assert db_state(seeded_project) == before


def test_brackets_inside_strings_are_not_nesting(seeded_project, tmp_path):
    item = annotation()
    item["label"] = "[{" * DEEP
    path = tmp_path / "brackets.jsonld"
    path.write_text(collection(item), encoding="utf-8")
    assert import_w3c(seeded_project, path).value.imported == [item["id"]]


def test_a_field_of_the_wrong_type_refuses_the_whole_file(seeded_project):
    """Item 1 is fine, item 2 has a text where a position belongs: nothing at all is imported."""
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError) as err:
        import_w3c(seeded_project, FIXTURES / "wrong_types.json")
    assert "item 2" in str(err.value) and "target.selector[0].start" in str(err.value)
    assert db_state(seeded_project) == before


@pytest.mark.parametrize("bad_body, field", [
    ({"type": "ed:Quantity", "purpose": "describing", "ed:value": "fourteen"}, "ed:value"),
    ({"type": "ed:Quantity", "purpose": "describing", "ed:value": "14", "ed:bound": "roughly"}, "ed:bound"),
    ({"type": "ed:Quantity", "purpose": "describing", "ed:value": "14", "ed:machineRead": "yes"}, "ed:machineRead"),
    ({"type": "ed:Claim", "purpose": "classifying", "ed:stance": "maybe"}, "ed:stance"),
    ({"type": "ed:Claim", "purpose": "classifying", "ed:credibility": 9}, "ed:credibility"),
])
def test_values_outside_the_vocabulary_are_refused(seeded_project, bad_body, field):
    kind = "figure" if bad_body["type"] == "ed:Quantity" else "claim"
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError, match=field):
        import_w3c_text(seeded_project, collection(annotation(), annotation(
            "urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", kind, extra_bodies=[bad_body])))
    assert db_state(seeded_project) == before


def test_a_bad_status_or_timestamp_is_refused(seeded_project):
    bad_status = annotation()
    bad_status["ed:status"] = "maybe"
    bad_time = annotation()
    bad_time["modified"] = "yesterday"
    for item, field in ((bad_status, "ed:status"), (bad_time, "modified")):
        with pytest.raises(W3CImportError, match=field):
            import_w3c_text(seeded_project, collection(item))


def test_a_file_over_the_size_limit_is_refused_before_reading(seeded_project, tmp_path):
    """The limit guards against hostile input (4 GB), not real desks: a desk's own export is far below it."""
    big = tmp_path / "huge.jsonld"
    with big.open("wb") as fh:
        fh.truncate(4 * 1024 ** 3 + 1)  # sparse: costs nothing, is over 4 GB
    before = db_state(seeded_project)
    with pytest.raises(ExchangeFileError, match="4,294,967,297 bytes, over the import limit of 4 GB"):
        import_w3c(seeded_project, big)
    small = tmp_path / "small.jsonld"
    small.write_text(collection(annotation()), encoding="utf-8")
    with pytest.raises(ExchangeFileError, match="import limit"):
        import_w3c(seeded_project, small, max_bytes=100)
    assert db_state(seeded_project) == before


def test_a_failure_in_the_middle_writes_nothing(seeded_project, monkeypatch):
    """The first annotation is applied, then the second one fails: the first one is rolled back too."""
    calls = []
    real = exchange.import_one_annotation

    def failing(run, item):
        calls.append(item.ref)
        if len(calls) == 2:
            raise RuntimeError("disk on fire")
        real(run, item)

    monkeypatch.setattr(exchange, "import_one_annotation", failing)
    before = db_state(seeded_project)
    with pytest.raises(RuntimeError):
        import_w3c_text(seeded_project, collection(
            annotation(), annotation("urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", creator=("marta-1", "Marta"))))
    assert len(calls) == 2
    assert db_state(seeded_project) == before


def test_an_unknown_document_and_an_invalid_value_in_the_second_item_write_nothing(seeded_project):
    second = annotation("urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", "figure", source="https://nowhere.example",
                        sha=None, exact="not anywhere",
                        extra_bodies=[{"type": "ed:Quantity", "purpose": "describing", "ed:value": "1,000,000"}])
    before = db_state(seeded_project)
    with pytest.raises(W3CImportError, match="item 2"):
        import_w3c_text(seeded_project, collection(annotation(), second))
    assert db_state(seeded_project) == before


# --- finding the document and the span ---------------------------------------------------------------------


def test_target_found_by_sha256_when_the_source_is_unknown(seeded_project):
    item = annotation(source="https://mirror.example/article", sha=SEED0_SHA)
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.imported == [item["id"]]
    view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert view.document_id == list_documents(seeded_project)[0].id
    assert (view.start, view.end, view.quote) == (200, 208, "VivaTech")


def test_target_found_by_url(seeded_project):
    from desktop.services.documents import update_document

    doc = list_documents(seeded_project)[2]
    update_document(seeded_project, doc.id, url="https://example.org/meta-scale")
    start = document_text(seeded_project, doc.id).index("Meta")
    item = annotation(source="https://example.org/meta-scale", sha=None, exact="Meta", start=start, end=start + 4)
    assert import_w3c_text(seeded_project, collection(item)).value.imported
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").document_id == doc.id


def test_target_found_by_its_quote_alone(seeded_project):
    text = document_text(seeded_project, list_documents(seeded_project)[0].id)
    start = text.index("Non vogliamo congelare")
    item = annotation(source=None, sha=None, exact="Non vogliamo congelare", start=start, end=start + 22,
                      prefix=text[start - 10:start], suffix=text[start + 22:start + 30])
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.imported and not report.reanchored
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").quote == "Non vogliamo congelare"


def test_a_quote_in_several_documents_without_a_source_is_skipped_with_a_reason(seeded_project):
    item = annotation(source=None, sha=None, exact="Scale AI", start=0, end=8)
    report = import_w3c_text(seeded_project, collection(item)).value
    assert not report.imported
    assert [s.reason for s in report.skipped] == ["its quote 'Scale AI' is not found in exactly one document"]
    assert list_annotations(seeded_project) == []


def test_an_unknown_document_is_skipped_with_a_reason(seeded_project):
    item = annotation(source="https://elsewhere.example/a", sha="0" * 64, exact="Mistral AI")
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.skipped[0].reason == "its document is not in this project (source https://elsewhere.example/a)"


def test_an_unknown_source_falls_back_to_a_quote_found_in_one_document(seeded_project):
    item = annotation(source="https://elsewhere.example/a", sha="0" * 64, exact="VivaTech")
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.imported == [item["id"]]
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").document_id == \
        list_documents(seeded_project)[0].id


def test_a_wrong_position_is_re_anchored_by_the_quote(seeded_project):
    text = document_text(seeded_project, list_documents(seeded_project)[0].id)
    real = text.index("Sarah Friar")
    item = annotation(exact="Sarah Friar", start=real + 50, end=real + 61, prefix=text[real - 32:real],
                      suffix=text[real + 11:real + 43])
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.imported == report.reanchored == [item["id"]]
    view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert (view.start, view.end) == (real, real + 11)
    assert view.prefix == text[real - 32:real]


def test_re_anchoring_prefers_the_occurrence_with_matching_context(seeded_project):
    text = document_text(seeded_project, list_documents(seeded_project)[0].id)
    occurrences = [i for i in range(len(text)) if text.startswith("Scale AI", i)]
    assert len(occurrences) > 2
    third = occurrences[2]
    item = annotation(exact="Scale AI", start=0, end=8, prefix=text[third - 20:third], suffix=text[third + 8:third + 28])
    import_w3c_text(seeded_project, collection(item))
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").start == third


def test_a_quote_that_is_not_in_the_document_is_skipped(seeded_project):
    item = annotation(exact="Mistral AI", start=200, end=210)
    report = import_w3c_text(seeded_project, collection(item)).value
    assert report.skipped[0].ref == item["id"]
    assert "'Mistral AI' is not in" in report.skipped[0].reason
    assert list_annotations(seeded_project) == []


# --- versions, authors, vocabulary -------------------------------------------------------------------------


def test_a_newer_modified_updates_and_an_older_one_is_reported(seeded_project):
    first = annotation(modified="2026-11-21T10:15:02.000000Z")
    import_w3c_text(seeded_project, collection(first))
    newer = copy.deepcopy(first)
    newer["modified"] = "2026-11-22T08:00:00.000000Z"
    newer["ed:status"] = "accepted"
    newer["body"].append({"type": "TextualBody", "purpose": "commenting", "format": "text/markdown",
                          "value": "checked"})
    report = import_w3c_text(seeded_project, collection(newer)).value
    assert report.updated == [first["id"]]
    view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert (view.status, view.note, view.modified) == ("accepted", "checked", "2026-11-22T08:00:00.000000Z")

    older = copy.deepcopy(first)
    older["ed:status"] = "rejected"
    before = db_state(seeded_project)
    report = import_w3c_text(seeded_project, collection(older)).value
    assert [o.ref for o in report.older] == [first["id"]]
    assert "newer version" in report.older[0].reason
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").status == "accepted"
    assert db_state(seeded_project) == before


def test_a_local_edit_newer_than_the_file_is_kept(seeded_project, author_id):
    doc = list_documents(seeded_project)[0].id
    ann = create_annotation(seeded_project, document_id=doc, start=200, end=208, kind="entity",
                            author_id=author_id).value
    exported = export_w3c_text(seeded_project)
    update_annotation(seeded_project, ann, status="rejected")
    report = import_w3c_text(seeded_project, exported).value
    assert len(report.older) == 1
    assert get_annotation(seeded_project, ann).status == "rejected"


def test_creators_are_matched_by_key_never_by_name(seeded_project, author_id):
    # a known key under another display name: the same author, not renamed
    renamed = annotation(creator=("giulia-test", "Giulia R."))
    import_w3c_text(seeded_project, collection(renamed))
    assert [(a.key, a.name) for a in list_authors(seeded_project)] == [("giulia-test", "Giulia")]
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").author_id == author_id

    # a new key with a display name already taken: a second author, kept apart and mentioned
    namesake = annotation("urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", creator=("giulia-77aa00", "Giulia"),
                          exact="Sarah Friar", start=231, end=242)
    report = import_w3c_text(seeded_project, collection(namesake)).value
    assert report.authors_created == ["Giulia (giulia-77aa00)"]
    assert any("same name" in note and "giulia-test" in note for note in report.notes)
    with seeded_project.read() as s:
        assert sorted(s.scalars(select(Author.key).where(Author.name == "Giulia"))) == ["giulia-77aa00", "giulia-test"]


def test_entities_measures_and_propositions_are_reused_or_created_by_key(seeded_project):
    with seeded_project.transaction() as s:
        s.add(Entity(key="org:scale-ai", name="Scale AI (ours)", type="organization"))
    entity_body = {"type": "SpecificResource", "purpose": "identifying", "source": "urn:evidence-desk:entity:org:scale-ai",
                   "ed:label": "Scale AI", "ed:entityType": "organization"}
    text = document_text(seeded_project, list_documents(seeded_project)[0].id)
    start = text.index("Scale AI")
    known = annotation(exact="Scale AI", start=start, end=start + 8, extra_bodies=[entity_body])
    claim_body = {"type": "ed:Claim", "purpose": "classifying",
                  "ed:proposition": "urn:evidence-desk:proposition:openai-continues-with-scale",
                  "ed:propositionLabel": "OpenAI keeps working with Scale AI", "ed:stance": "denies",
                  "ed:speaker": "urn:evidence-desk:entity:person:sarah-friar", "ed:speakerLabel": "Sarah Friar",
                  "ed:attributedTo": "Bloomberg", "ed:credibility": 2}
    claim = annotation("urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", "claim", exact="Sarah Friar", start=231,
                       end=242, extra_bodies=[claim_body])
    report = import_w3c_text(seeded_project, collection(known, claim)).value
    assert len(report.imported) == 2
    entity_view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert (entity_view.entity_key, entity_view.entity_name) == ("org:scale-ai", "Scale AI (ours)")  # reused
    claim_view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11")
    assert claim_view.proposition_key == "openai-continues-with-scale"
    assert claim_view.proposition_label == "OpenAI keeps working with Scale AI"
    assert (claim_view.speaker_key, claim_view.speaker_name) == ("person:sarah-friar", "Sarah Friar")
    assert (claim_view.stance, claim_view.attributed_to, claim_view.credibility) == ("denies", "Bloomberg", 2)
    with seeded_project.read() as s:
        assert s.scalar(select(Entity.type).where(Entity.key == "person:sarah-friar")) == "person"


def test_a_figure_without_a_quantity_is_read_by_the_figure_parser(seeded_project, monkeypatch):
    seen = []

    def fake_parser(text, lang="en", reference=None):
        seen.append((text, lang))
        return ParsedFigure(value=Decimal("14000000000"), unit="USD", bound=Bound.ABOUT)

    monkeypatch.setattr(import_values, "parse_figure", fake_parser)
    text = document_text(seeded_project, list_documents(seeded_project)[0].id)
    start = text.index("circa 14 miliardi di dollari")
    item = annotation(kind="figure", exact="circa 14 miliardi di dollari", start=start, end=start + 28)
    import_w3c_text(seeded_project, collection(item))
    assert seen == [("circa 14 miliardi di dollari", "it")]  # the document's language
    view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert (view.value, view.unit, view.bound, view.machine_read) == ("14000000000", "USD", "about", True)


def test_a_hypothesis_figure_is_read_by_the_real_figure_parser(seeded_project):
    import_w3c(seeded_project, FIXTURES / "hypothesis_export.json")
    (figure,) = list_annotations(seeded_project, kind="figure")
    assert (figure.value, figure.unit, figure.bound, figure.machine_read) == ("14000000000", "USD", "about", True)


def test_a_figure_with_a_quantity_keeps_its_values(seeded_project, monkeypatch):
    monkeypatch.setattr(import_values, "parse_figure", lambda *a: pytest.fail("the parser must not run"))
    quantity = {"type": "ed:Quantity", "purpose": "describing", "ed:value": "10", "ed:valueMax": "14",
                "ed:unit": "USD", "ed:bound": "range", "ed:measure": "urn:evidence-desk:measure:meta-investment",
                "ed:measureLabel": "Meta's investment", "ed:machineRead": False}
    item = annotation(kind="figure", exact="VivaTech", extra_bodies=[quantity])
    import_w3c_text(seeded_project, collection(item))
    view = get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10")
    assert (view.value, view.value_max, view.bound, view.machine_read) == ("10", "14", "range", False)
    assert (view.measure_key, view.measure_label) == ("meta-investment", "Meta's investment")


# --- foreign tools ------------------------------------------------------------------------------------------


def test_a_hypothesis_export_imports_its_tagged_annotations_and_counts_the_rest(seeded_project):
    report = import_w3c(seeded_project, FIXTURES / "hypothesis_export.json").value
    assert report.imported == ["https://hypothes.is/a/Kx7pQm1aEe-9Zl3v0Yc2Ww", "https://hypothes.is/a/Lm2QfW1aEe-aQ8dH4cTzPg"]
    assert report.reanchored == ["https://hypothes.is/a/Lm2QfW1aEe-aQ8dH4cTzPg"]  # its position was off by 15
    reasons = {s.ref: s.reason for s in report.skipped}
    assert "tags name none of entity, figure, claim" in reasons["https://hypothes.is/a/Pq9ZtW1aEe-bb2Xy7nQwLA"]
    assert "'to-check'" in reasons["https://hypothes.is/a/Pq9ZtW1aEe-bb2Xy7nQwLA"]
    assert reasons["hyp-row-7781"].startswith("its document is not in this project")
    views = {v.kind: v for v in list_annotations(seeded_project)}
    assert views["claim"].quote == "Non vogliamo congelare l'ecosistema"
    assert views["claim"].note == "Friar's quote, via Bloomberg."
    assert views["claim"].author_key == "acct:marta_r@hypothes.is" and views["claim"].author_name == "marta_r"
    assert views["claim"].modified == "2025-06-14T09:15:02.504113Z"
    assert views["figure"].quote == "circa 14 miliardi di dollari"


def test_as_kind_takes_the_annotations_that_name_no_kind(seeded_project):
    report = import_w3c(seeded_project, FIXTURES / "hypothesis_export.json", as_kind="entity").value
    assert len(report.imported) == 3 and len(report.skipped) == 1
    kinds = sorted(v.kind for v in list_annotations(seeded_project))
    assert kinds == ["claim", "entity", "figure"]  # explicit tags win over --as


def test_foreign_ids_get_stable_uuids_so_a_second_import_changes_nothing(seeded_project):
    import_w3c(seeded_project, FIXTURES / "hypothesis_export.json")
    ids = sorted(v.id for v in list_annotations(seeded_project))
    assert ids and all(len(i) == 36 for i in ids)
    before = db_state(seeded_project)
    report = import_w3c(seeded_project, FIXTURES / "hypothesis_export.json").value
    assert len(report.unchanged) == 2 and not report.imported and not report.updated
    assert db_state(seeded_project) == before


# --- reviews -----------------------------------------------------------------------------------------------


def test_reviews_are_imported_once_and_need_their_annotation(seeded_project):
    item = annotation()
    verdict = {"id": "urn:uuid:9f1e2d3c-4b5a-4697-8877-665544332211", "type": "Annotation", "motivation": "assessing",
               "creator": {"id": "urn:evidence-desk:annotator:marta-1", "type": "Person", "name": "Marta"},
               "created": "2026-11-21T12:00:00.000000Z",
               "body": [{"type": "TextualBody", "purpose": "assessing", "value": "accepted"},
                        {"type": "TextualBody", "purpose": "commenting", "format": "text/markdown", "value": "ok"}],
               "target": item["id"]}
    orphan = copy.deepcopy(verdict)
    orphan["id"] = "urn:uuid:9f1e2d3c-4b5a-4697-8877-665544332212"
    orphan["target"] = "urn:uuid:00000000-0000-4000-8000-000000000000"
    report = import_w3c_text(seeded_project, collection(item, verdict, orphan)).value
    assert report.reviews_imported == [verdict["id"]]
    assert [s.ref for s in report.skipped] == [orphan["id"]]
    with seeded_project.read() as s:
        review = s.get(Review, "9f1e2d3c-4b5a-4697-8877-665544332211")
        assert (review.annotation_id, review.verdict, review.comment) == (
            "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10", "accepted", "ok")
    assert get_annotation(seeded_project, "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10").status == "proposed"
    again = import_w3c_text(seeded_project, collection(item, verdict)).value
    assert again.reviews_unchanged == [verdict["id"]] and not again.reviews_imported


def test_the_report_reads_well(seeded_project):
    ensure_author(seeded_project, "luca-9a1b2c", "Luca")
    report = import_w3c(seeded_project, FIXTURES / "hypothesis_export.json").value
    lines = report.lines()
    assert lines[0] == ("Imported 2, updated 0, unchanged 0, older (not applied) 0, re-anchored 1, skipped 2.")
    assert any(line.startswith("  skipped: hyp-row-7781: its document is not in this project") for line in lines)
    data = report.to_json()
    assert data["counts"] == {"imported": 2, "updated": 0, "unchanged": 0, "older": 0, "reanchored": 1,
                              "skipped": 2, "reviews_imported": 0, "reviews_unchanged": 0}
    json.dumps(data)  # serialisable


def test_ids_used_more_than_once_are_named_once_each_in_file_order_read_whole_or_streamed(seeded_project, tmp_path):
    first, second = "urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f11", "urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f12"
    text = collection(annotation(second), annotation(first), annotation(), annotation(first), annotation(second),
                      annotation(first))
    path = tmp_path / "doubled.jsonld"
    path.write_text(text, encoding="utf-8")
    before = db_state(seeded_project)
    messages = []
    for attempt in (lambda: import_w3c_text(seeded_project, text), lambda: import_w3c(seeded_project, path)):
        with pytest.raises(W3CImportError) as caught:
            attempt()
        messages.append(str(caught.value))
    assert db_state(seeded_project) == before
    for message in messages:
        assert "2 id(s) name more than one item" in message
        assert message.count(second) == 1 and message.count(first) == 1
        assert message.index(second) < message.index(first)  # as the file lists them
        assert "3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10" not in message  # used once: not named
