"""A plain tag hands back its new annotation as a read of it gives it (the window shows that view instead of
reading the row back): every field, for each kind, whether the document's text was remembered or not."""

import pytest
from sqlalchemy import select

from desktop.services import text_cache
from desktop.services.annotations import create_annotation
from desktop.services.documents import add_document
from desktop.services.queries import get_annotation
from desktop.storage.models import Document

TEXT = ("Sarah Friar di OpenAI ha parlato con Alexandr Wang il 3 marzo 2024. Le entrate sono salite a "
        "3,7 miliardi di dollari. Sarah Friar sostiene che la crescita continuerà.")


@pytest.fixture
def doc(project):
    return add_document(project, TEXT, title="Le entrate di OpenAI", language="it",
                        published="2024-03-04").value


def _tag(project, author_id, document_id, quote, kind, nth=0, **fields):
    start = TEXT.index(quote) if nth == 0 else TEXT.index(quote, TEXT.index(quote) + 1)
    return create_annotation(project, document_id=document_id, start=start, end=start + len(quote), kind=kind,
                             author_id=author_id, **fields)


@pytest.mark.parametrize("remembered", [False, True], ids=["text read in SQL", "text remembered"])
def test_a_plain_tags_view_is_what_reading_it_back_gives(project, author_id, doc, remembered):
    _tag(project, author_id, doc, "Sarah Friar", "entity", entity_name="Sarah Friar")  # a known entity
    if remembered:
        with project.read() as s:
            sha256 = s.scalar(select(Document.sha256).where(Document.id == doc))
        text_cache.remember(project, doc, sha256, TEXT)
    tags = [_tag(project, author_id, doc, "Sarah Friar", "entity", nth=1),  # names the entity above
            _tag(project, author_id, doc, "Alexandr Wang", "entity"),  # names none
            _tag(project, author_id, doc, "3,7 miliardi di dollari", "figure"),
            _tag(project, author_id, doc, "3 marzo 2024", "figure"),
            _tag(project, author_id, doc, "la crescita continuerà", "claim")]
    for outcome in tags:
        assert set(outcome.views) == {outcome.value}
        assert outcome.views[outcome.value] == get_annotation(project, outcome.value)
    named = tags[0].views[tags[0].value]
    assert (named.entity_name, named.author_name, named.document_title) == ("Sarah Friar", "Giulia",
                                                                          "Le entrate di OpenAI")
    assert tags[2].views[tags[2].value].value is not None  # the figure was read


def test_a_tag_with_fields_is_read_back_instead(project, author_id, doc):
    outcome = _tag(project, author_id, doc, "Alexandr Wang", "entity", entity_name="Alexandr Wang")
    assert outcome.views == {}
