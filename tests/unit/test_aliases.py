"""Surface forms are kept as written: a machine translation's "Openai" is an alias of "OpenAI"."""

from desktop.services.annotations import create_annotation
from desktop.services.documents import add_document
from desktop.services.register import list_entities


def test_spellings_that_differ_only_in_case_are_listed_as_aliases(project, author_id):
    text = "OpenAI e Openai e Openi e OpenAI"
    doc = add_document(project, text, title="t").value
    for start, end in ((0, 6), (9, 15), (18, 23), (26, 32)):
        create_annotation(project, document_id=doc, start=start, end=end, kind="entity", author_id=author_id,
                          entity_name="OpenAI")
    [openai] = list_entities(project)
    assert openai.name == "OpenAI"
    assert sorted(openai.aliases) == ["Openai", "Openi"]
