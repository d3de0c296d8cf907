"""`evidence-desk agreement --authors A B [--documents ...] [--json]` on the seed project."""

import json

import pytest

from desktop.cli import main
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents


@pytest.fixture
def coded(seeded_project, author_id):
    """Giulia (reference) and Marco tag the Italian article on the investment; Marco also a Portuguese one."""
    project = seeded_project
    marco = ensure_author(project, "marco-test", "Marco").value
    docs = [d.id for d in list_documents(project)]
    it, pt = docs[2], docs[1]
    text = document_text(project, it)

    def at(doc_id, quote):
        start = document_text(project, doc_id).index(quote)
        return start, start + len(quote)

    def tag(author, doc_id, start_end, kind, **fields):
        start, end = start_end
        return create_annotation(project, document_id=doc_id, start=start, end=end, kind=kind,
                                 author_id=author, **fields).value

    meta = at(it, "Meta")
    fig = at(it, "10 miliardi di dollari")
    scale = text.index("Scale AI", fig[1])
    # entities: the same "Meta" (same entity) and "Scale AI" with different boundaries
    tag(author_id, it, meta, "entity", entity_name="Meta Platforms")
    tag(marco, it, meta, "entity", entity_name="Meta Platforms")
    tag(author_id, it, (scale, scale + 8), "entity", entity_name="Scale AI")
    tag(marco, it, (scale, scale + 5), "entity", entity_name="Scale AI")
    # figure: Giulia "10 miliardi di dollari", Marco "oltre 10 miliardi di dollari": overlap, other bound
    tag(author_id, it, fig, "figure", measure_label="Meta's investment in Scale AI")
    tag(marco, it, at(it, "oltre 10 miliardi di dollari"), "figure", measure_label="Meta's investment in Scale AI")
    # a claim only Giulia tagged, in another document
    tag(author_id, pt, at(pt, "OpenAI"), "claim", proposition_label="OpenAI ends its work with Scale AI")
    return project, it, pt


def run(project, capsys, *args):
    code = main(["--project", project.location, "agreement", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_json_reports_each_kind_and_the_overall_coefficients(coded, capsys):
    project, it, pt = coded
    code, out, _ = run(project, capsys, "--authors", "giulia-test", "Marco", "--json")
    assert code == 0
    data = json.loads(out)
    assert data["author_a"]["name"] == "Giulia" and data["author_b"]["key"] == "marco-test"
    assert data["documents"] == sorted([it, pt])
    kinds = {row["kind"]: row for row in data["kinds"]}
    assert list(kinds) == ["entity", "figure", "claim"]
    entity, figure, claim = kinds["entity"], kinds["figure"], kinds["claim"]
    assert entity["exact"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5, "matched": 1, "a": 2, "b": 2}
    assert entity["overlap"]["f1"] == 1.0 and entity["label_agreement"] == 1.0
    assert figure["exact"]["matched"] == 0 and figure["overlap"]["matched"] == 1
    assert figure["label_agreement"] == 1.0
    assert figure["value_agreement"] == 0.0  # "10 miliardi" exact vs "oltre 10 miliardi" at least
    assert claim["exact"] == {"precision": None, "recall": 0.0, "f1": 0.0, "matched": 0, "a": 1, "b": 0}
    assert 0 < data["kappa"] < 1 and data["alpha_u"] < 1
    assert set(entity) >= {"kind", "exact", "overlap", "label_agreement", "value_agreement"}


def test_documents_narrow_the_comparison(coded, capsys):
    project, it, pt = coded
    _, out, _ = run(project, capsys, "--authors", "giulia-test", "marco-test", "--documents", str(it), "--json")
    data = json.loads(out)
    assert data["documents"] == [it]
    assert {row["kind"]: row["exact"]["a"] for row in data["kinds"]}["claim"] == 0
    assert data["characters"] == len(document_text(project, it))


def test_human_output_is_a_table(coded, capsys):
    project, _, _ = coded
    code, out, _ = run(project, capsys, "--authors", "Giulia", "urn:evidence-desk:annotator:marco-test")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Marco (marco-test) against Giulia (giulia-test) as reference: 2 documents")
    row = next(line for line in lines if line.startswith("entity"))
    assert row.split()[:6] == ["entity", "2", "2", "0.500", "0.500", "0.500"]
    claim = next(line for line in lines if line.startswith("claim"))
    assert claim.split()[:6] == ["claim", "1", "0", "—", "0.000", "0.000"]
    assert any(line.startswith("Cohen's kappa over characters:") for line in lines)
    assert any(line.startswith("Krippendorff's unitized alpha:") for line in lines)


def test_an_ambiguous_name_is_refused_with_the_keys_to_use(coded, capsys):
    project, _, _ = coded
    ensure_author(project, "marco-other", "Marco")
    code, out, err = run(project, capsys, "--authors", "Giulia", "Marco")
    assert code == 2 and out == ""
    assert "2 authors are called 'Marco'" in err and "marco-test" in err and "marco-other" in err


def test_unknown_authors_and_documents_are_reported(coded, capsys):
    project, _, _ = coded
    code, _, err = run(project, capsys, "--authors", "Giulia", "nobody")
    assert code == 2 and "No author with key or name 'nobody'" in err
    code, _, err = run(project, capsys, "--authors", "Giulia", "Marco", "--documents", "999")
    assert code == 2 and "No document 999" in err
    code, _, err = run(project, capsys, "--authors", "Giulia", "giulia-test")
    assert code == 2 and "same author" in err


def test_an_author_who_tagged_nothing_gives_undefined_not_zero(coded, capsys):
    project, it, _ = coded
    ensure_author(project, "quinn", "Quinn Analyst")
    code, out, _ = run(project, capsys, "--authors", "giulia-test", "quinn", "--json")
    assert code == 0
    data = json.loads(out)
    assert [row["kind"] for row in data["kinds"]] == ["entity", "figure", "claim"]
    for row in data["kinds"]:
        assert row["alpha_u"] is None and row["exact"]["precision"] is None
        assert row["undefined"]["alpha_u"] == "B tagged nothing of this kind"
        assert row["exact"]["recall"] == 0.0  # none of Giulia's spans found: that is a number
    assert data["kappa"] is None and data["alpha_u"] is None
    assert data["undefined"] == {"kappa": "B tagged nothing in these documents",
                                 "alpha_u": "B tagged nothing in these documents"}
    assert "-0.0" not in out

    code, out, _ = run(project, capsys, "--authors", "giulia-test", "quinn")
    lines = out.splitlines()
    entity = next(line for line in lines if line.startswith("entity"))
    assert entity.split()[-1] == "—"  # αU
    assert "-0.00" not in out
    assert "Cohen's kappa over characters: — (undefined: B tagged nothing in these documents)" in lines
    assert any(line.strip().startswith("entity: B tagged nothing of this kind") for line in lines)
