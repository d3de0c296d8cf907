"""Large outputs written a piece at a time (issue 16) say exactly what the whole text said: `annotations list
--json` and the W3C export, across the boundaries of their pieces; the batch checks of an import refuse
the same values with the same message; foreign ids get the same uuid5 as before."""

import importlib
import json
import uuid

import pytest

from desktop.cli import main
from desktop.domain.limits import FieldTooLong
from desktop.interchange import w3c_export
from desktop.interchange.w3c_import import read_item, uuid5_url
from desktop.interchange.w3c_io import export_w3c, w3c_collection
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.storage import field_limits
from desktop.storage.models import Annotation

annotations_cli = importlib.import_module("desktop.cli.annotations")  # the package's name is taken by __future__


def _annotate(project, count):
    author = ensure_author(project, "chunk-test", "Chunk").value
    document = list_documents(project)[0]
    text = document_text(project, document.id)
    start = made = 0
    while made < count:
        start = (start + 11) % (len(text) - 20)
        if text[start:start + 6].strip() == text[start:start + 6]:
            create_annotation(project, document_id=document.id, start=start, end=start + 6, kind="claim",
                              author_id=author, note="a note" if made % 3 else "")
            made += 1


def test_annotations_list_json_in_chunks_is_the_whole_list_as_before(seeded_project, monkeypatch, capsys):
    _annotate(seeded_project, 23)
    monkeypatch.setattr(annotations_cli, "LIST_CHUNK", 5)  # 23 rows: four full chunks and a short one
    expected = json.dumps([a.to_json() for a in list_annotations(seeded_project)], ensure_ascii=False, indent=2)
    assert main(["--project", str(seeded_project.location), "annotations", "list", "--json"]) == 0
    assert capsys.readouterr().out == expected + "\n"

    assert main(["--project", str(seeded_project.location), "annotations", "list", "--json", "--document",
                 "999999"]) == 0
    assert capsys.readouterr().out == "[]\n"


@pytest.mark.parametrize("chunk", [1, 4, 500])
def test_w3c_export_in_chunks_is_the_whole_collection_as_before(seeded_project, tmp_path, monkeypatch, chunk):
    _annotate(seeded_project, 13)
    monkeypatch.setattr(w3c_export, "PROGRESS_EVERY", chunk)
    seen = []
    out = tmp_path / "desk.jsonld"
    count = export_w3c(seeded_project, out, progress=lambda done, total, what: seen.append(done))
    assert out.read_text(encoding="utf-8") == w3c_export.dumps(w3c_collection(seeded_project))
    assert count == json.loads(out.read_text(encoding="utf-8"))["total"]
    assert seen[-1] == count and all(n % chunk == 0 for n in seen[:-1])


def test_a_foreign_id_is_stored_as_its_uuid5_and_a_uuid_as_itself():
    for raw in ("hypothesis:AbC-12", "urn:uuid:desk-0001-002", "https://example.org/a/é", "x" * 40):
        assert uuid5_url(raw) == str(uuid.uuid5(uuid.NAMESPACE_URL, raw))
    item = {"type": "Annotation", "body": [{"purpose": "tagging", "value": "claim"}],
            "target": {"source": "urn:sha256:" + "a" * 64,
                       "selector": {"type": "TextQuoteSelector", "exact": "word"}}}
    for raw, stored in (("hypothesis:AbC-12", str(uuid.uuid5(uuid.NAMESPACE_URL, "hypothesis:AbC-12"))),
                        ("urn:uuid:1B4E28BA-2FA1-11D2-883F-0016D3CCA427", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                        ("urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427", "1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
                        ("urn:uuid:short", str(uuid.uuid5(uuid.NAMESPACE_URL, "urn:uuid:short")))):
        _, stored_id, _ = read_item(1, {**item, "id": raw}, None)
        assert stored_id == stored


def test_a_batch_with_a_value_too_long_is_refused_naming_the_first_one():
    rows = [{"id": f"a{n}", "quote": "q", "unit": "USD", "attributed_to": None, "start": n} for n in range(50)]
    field_limits.check_rows(Annotation, rows)  # all fit
    rows[30]["attributed_to"] = "x" * 5000
    rows[40]["unit"] = "y" * 500
    with pytest.raises(FieldTooLong) as refused:
        field_limits.check_rows(Annotation, rows)
    with pytest.raises(FieldTooLong) as one_by_one:
        for row in rows:
            field_limits.check_values(Annotation, row)
    assert str(refused.value) == str(one_by_one.value)
    assert refused.value.column == one_by_one.value.column


def test_compare_writes_every_decimal_as_format_decimal_does():
    from decimal import Decimal

    from desktop.cli.compare import _decimal_text
    from desktop.domain.figures.model import format_decimal

    for text in ("0", "-0", "0E+5", "-0E-7", "0.000", "1E+2", "1.4E+10", "1.500", "-2.50", "1E-30", "-9.9E+30",
                 "12345678901234567890.1230", "Infinity", "-Infinity", "NaN"):
        assert _decimal_text(Decimal(text)) == format_decimal(Decimal(text)), text
    assert _decimal_text(None) is None
