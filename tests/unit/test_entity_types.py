"""Entity types: chosen by the analyst, guessed from the name (marked as a guess), or unknown."""

import pytest

from desktop.domain.entity_types import guess_type, looks_like_person, type_label
from desktop.dossier.build import build_dossier
from desktop.dossier.markdown_render import render_markdown
from desktop.services import register
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.queries import get_annotation


@pytest.mark.parametrize("name", ["Sarah Friar", "Alexandr Wang", "Mark Zuckerberg", "Ursula von der Leyen",
                                  "Jean-Luc Mélenchon", "Conor O'Brien", "Luiz Inácio Lula da Silva"])
def test_a_persons_name_looks_like_one(name):
    assert looks_like_person(name)


@pytest.mark.parametrize("name", ["Scale AI", "OpenAI", "Meta", "Financial Times", "Wall Street Journal",
                                  "Meta Platforms Inc.", "Bank of America", "NVIDIA", "Google Cloud", "UE",
                                  "Meta's investment", "2025 Summit"])
def test_an_organisations_name_does_not(name):
    assert not looks_like_person(name)


def test_a_known_name_lends_its_type_and_the_guess_says_why():
    guess = guess_type("Wang", [("Alexandr Wang", "person"), ("Scale AI", "organization")])
    assert (guess.type, guess.reason) == ("person", "like “Alexandr Wang”, a person")
    assert guess_type("Scale AI Inc", [("Scale AI", "organization")]).type == "organization"
    assert guess_type("Meta", [("Meta Platforms", "organization"), ("Meta Smith", "person")]) is None  # they disagree
    assert guess_type("Meta", []) is None
    assert type_label("person", True) == "person?" and type_label("unknown", False) == "unknown"


def _tag(project, author_id, document_id, text, quote, **fields):
    start = text.index(quote)
    return create_annotation(project, document_id=document_id, start=start, end=start + len(quote),
                             kind="entity", author_id=author_id, **fields).value


@pytest.fixture
def doc(project):
    from desktop.services.documents import add_document

    text = "Sarah Friar di OpenAI ha parlato con Alexandr Wang. Wang guida Scale AI; Meta investe."
    return add_document(project, text, title="Test", language="it").value, text


def test_a_new_entity_starts_unknown_or_guessed_never_organization(project, author_id, doc):
    doc_id, text = doc
    friar = _tag(project, author_id, doc_id, text, "Sarah Friar", entity_name="Sarah Friar")
    meta = _tag(project, author_id, doc_id, text, "Meta", entity_name="Meta")
    friar_view, meta_view = get_annotation(project, friar), get_annotation(project, meta)
    assert (friar_view.entity_type, friar_view.entity_type_guessed) == ("person", True)
    assert (meta_view.entity_type, meta_view.entity_type_guessed) == ("unknown", False)


def test_choosing_a_type_confirms_it_and_undo_puts_the_guess_back(project, author_id, doc):
    doc_id, text = doc
    friar = get_annotation(project, _tag(project, author_id, doc_id, text, "Sarah Friar", entity_name="Sarah Friar"))
    before = register.set_entity_type(project, friar.entity_id, "person", author_id)
    assert not register.get_entity(project, friar.entity_id).type_guessed
    register.restore_entity(project, before.value, author_id)
    row = register.get_entity(project, friar.entity_id)
    assert (row.type, row.type_guessed, row.type_label) == ("person", True, "person?")


def test_an_alias_of_a_typed_entity_guides_the_guess(project, author_id, doc):
    doc_id, text = doc
    wang = register.create_entity(project, "Alexandr Wang", "person").value
    short = get_annotation(project, _tag(project, author_id, doc_id, text, "Wang guida", entity_name="Wang"))
    assert short.entity_id != wang
    assert (short.entity_type, short.entity_type_guessed) == ("person", True)


def test_the_dossier_prints_chosen_types_marks_guesses_and_never_a_default(project, author_id, doc):
    doc_id, text = doc
    friar = _tag(project, author_id, doc_id, text, "Sarah Friar", entity_name="Sarah Friar")
    wang = _tag(project, author_id, doc_id, text, "Alexandr Wang", entity_name="Alexandr Wang")
    meta = _tag(project, author_id, doc_id, text, "Meta", entity_name="Meta")
    scale = _tag(project, author_id, doc_id, text, "Scale AI", entity_name="Scale AI")
    register.set_entity_type(project, get_annotation(project, wang).entity_id, "person", author_id)
    register.set_entity_type(project, get_annotation(project, scale).entity_id, "organization", author_id)
    for annotation_id in (friar, wang, meta, scale):
        update_annotation(project, annotation_id, status="accepted")
    dossier = build_dossier(project)
    rows = {e.name: (e.type, e.type_guessed) for e in dossier.entities}
    assert rows == {"Sarah Friar": ("person", True), "Alexandr Wang": ("person", False), "Meta": ("", False),
                    "Scale AI": ("organization", False)}
    markdown = render_markdown(dossier)
    assert "| **Alexandr Wang** | person |" in markdown
    assert "| **Sarah Friar** | person (guessed) |" in markdown
    assert "| **Meta** | — |" in markdown
    assert "organization" not in markdown.split("| **Meta** |")[1].split("\n")[0]


def test_a_guess_travels_as_a_guess_to_a_colleague(project, author_id, doc, tmp_path):
    from desktop.interchange.w3c_io import export_w3c_text, import_w3c_text
    from desktop.services.documents import add_document
    from desktop.storage.project import open_project

    doc_id, text = doc
    friar = get_annotation(project, _tag(project, author_id, doc_id, text, "Sarah Friar", entity_name="Sarah Friar"))
    meta = get_annotation(project, _tag(project, author_id, doc_id, text, "Meta", entity_name="Meta"))
    wang = get_annotation(project, _tag(project, author_id, doc_id, text, "Alexandr Wang", entity_name="Alexandr Wang"))
    register.set_entity_type(project, wang.entity_id, "person", author_id)
    exported = export_w3c_text(project)
    colleague = open_project(tmp_path / "colleague.evidence")
    try:
        add_document(colleague, text, title="Test", language="it")
        import_w3c_text(colleague, exported)
        rows = {r.name: (r.type, r.type_guessed) for r in register.list_entities(colleague)}
    finally:
        colleague.close()
    assert rows == {"Sarah Friar": ("person", True), "Meta": ("unknown", False), "Alexandr Wang": ("person", False)}
    assert (friar.entity_key, meta.entity_key) == ("person:sarah-friar", "entity:meta")
