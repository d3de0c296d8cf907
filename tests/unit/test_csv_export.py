"""CSV export: a BOM for spreadsheets, every field of an annotation, quoting that survives commas and newlines."""

import csv
import io
from dataclasses import fields

from desktop.interchange.csv_export import COLUMNS, annotations_csv
from desktop.interchange.project_exports import csv_bytes, export_csv
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.queries import AnnotationView, list_annotations


def annotate(project, author_id):
    docs = [d.id for d in list_documents(project)]
    text = document_text(project, docs[0])
    start = text.index("circa 14 miliardi di dollari")
    figure = create_annotation(project, document_id=docs[0], start=start, end=start + 28, kind="figure",
                               author_id=author_id, value="14000000000", unit="USD", bound="about",
                               machine_read=True, measure_label="Meta's investment").value
    start = text.index('"Non vogliamo')
    claim = create_annotation(project, document_id=docs[0], start=start, end=text.index("verificarsi") + 12,
                              kind="claim", author_id=author_id, speaker_name="Sarah Friar").value
    update_annotation(project, claim, note='Line one, with a comma\nline two with "quotes"')
    weird = add_document(project, "Alpha,\r\nBeta \"gamma\" ; délta 😀", title="Weird, \"title\"").value
    entity = create_annotation(project, document_id=weird, start=0, end=13, kind="entity", author_id=author_id).value
    return figure, claim, entity


def rows_of(data):
    assert data.startswith(b"\xef\xbb\xbf")  # the UTF-8 BOM
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_header_has_every_annotation_field_plus_the_document(seeded_project, author_id):
    annotate(seeded_project, author_id)
    data, _ = csv_bytes(seeded_project)
    header = next(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert header == list(COLUMNS)
    assert set(header) == {f.name for f in fields(AnnotationView)} | {"document_label", "document_sha256", "document_url"}
    assert header.index("document_sha256") == header.index("document_title") + 1


def test_one_row_per_annotation_with_every_value(seeded_project, author_id):
    figure, claim, entity = annotate(seeded_project, author_id)
    data, count = csv_bytes(seeded_project)
    rows = rows_of(data)
    assert count == len(rows) == 3
    views = {v.id: v for v in list_annotations(seeded_project)}
    shas = {d.id: d.sha256 for d in list_documents(seeded_project)}
    for row in rows:
        view = views[row["id"]]
        for name, value in view.to_json().items():
            expected = "" if value is None else ("true" if value is True else "false" if value is False else str(value))
            assert row[name] == expected, name
        assert row["document_sha256"] == shas[view.document_id]
    by_id = {r["id"]: r for r in rows}
    assert by_id[figure]["value"] == "14000000000" and by_id[figure]["machine_read"] == "true"
    assert by_id[figure]["measure_label"] == "Meta's investment"
    assert by_id[claim]["note"] == 'Line one, with a comma\nline two with "quotes"'
    assert by_id[claim]["speaker_name"] == "Sarah Friar"
    assert by_id[claim]["entity_id"] == "" and by_id[claim]["machine_read"] == "false"
    assert by_id[entity]["quote"] == "Alpha,\r\nBeta "
    assert by_id[entity]["document_title"] == 'Weird, "title"'


def test_rfc_4180_quoting_and_line_ends(seeded_project, author_id):
    annotate(seeded_project, author_id)
    text = csv_bytes(seeded_project)[0].decode("utf-8-sig")
    assert text.split("\r\n", 1)[0].startswith("id,document_id,document_title,document_sha256")
    assert '"Weird, ""title"""' in text  # a comma and quotes: quoted, quotes doubled
    assert text.endswith("\r\n")


def test_rows_come_in_document_then_position_order():
    def view(ident, doc, start):
        values = {f.name: None for f in fields(AnnotationView)}
        values.update(id=ident, document_id=doc, document_title="t", start=start, end=start + 1, quote="q",
                      prefix="", suffix="", kind="entity", author_id=1, author_key="k", author_name="n",
                      created="c", modified="m", status="proposed", note="", machine_read=False)
        return AnnotationView(**values)

    class Doc:
        url = ""
        sha256 = "0" * 64
        label = "FT 2025-07-15"

    views = [view("c", 2, 0), view("b", 1, 9), view("a", 1, 3), view("d", 1, 3)]
    rows = rows_of(annotations_csv(views, {1: Doc(), 2: Doc()}))
    assert [r["id"] for r in rows] == ["a", "d", "b", "c"]


def test_author_filter_and_file_output(seeded_project, author_id, tmp_path):
    annotate(seeded_project, author_id)
    luca = ensure_author(seeded_project, "luca-1", "Luca").value
    create_annotation(seeded_project, document_id=list_documents(seeded_project)[1].id, start=0, end=6,
                      kind="entity", author_id=luca)
    out = tmp_path / "a.csv"
    assert export_csv(seeded_project, out, author="Luca") == 1
    assert [r["author_key"] for r in rows_of(out.read_bytes())] == ["luca-1"]
    assert export_csv(seeded_project, out) == 4
