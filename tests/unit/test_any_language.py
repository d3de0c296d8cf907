"""Any language, either direction: real Arabic, Hebrew, Chinese and Japanese articles are detected,
laid out the right way, and their names are found and suggested although CJK has no spaces."""

import pytest

from desktop.domain.fuzzy import find_mentions
from desktop.domain.language import detect_language
from desktop.domain.scripts import is_rtl
from tests.fixtures.sources.pages import ALL, ARABIC, CHINESE, HEBREW, ITALIAN, JAPANESE


@pytest.mark.parametrize("article", ALL, ids=[a.language for a in ALL])
def test_each_article_is_detected(article):
    assert detect_language(article.body_text) == article.language
    assert detect_language(article.paragraphs[0]) == article.language  # one paragraph is enough


@pytest.mark.parametrize(("article", "rtl"), [(ARABIC, True), (HEBREW, True), (ITALIAN, False), (CHINESE, False),
                                              (JAPANESE, False)])
def test_direction_by_language_or_by_the_text(article, rtl):
    assert is_rtl(article.language) is rtl
    assert is_rtl("", article.body_text) is rtl
    assert is_rtl("ar-EG") and not is_rtl("en", ARABIC.body_text)  # a language given wins


@pytest.mark.parametrize(("text", "name", "surface"), [
    (CHINESE.paragraphs[1], "汪滔", "汪滔"),
    (CHINESE.paragraphs[1], "Scale AI", "Scale AI"),
    (CHINESE.paragraphs[2], "谷歌", "谷歌"),
    (CHINESE.paragraphs[1], "超级智能实验室", "超级智能实验室"),
    (JAPANESE.paragraphs[0], "スケールAI", "スケールAI"),
    (JAPANESE.paragraphs[1], "アレクサンドル・ワン", "アレクサンドル・ワン"),
    (ARABIC.paragraphs[0], "ميتا", "ميتا"),
    (HEBREW.paragraphs[0], "מטא", "מטא"),
])
def test_names_are_found_without_spaces_and_in_rtl_text(text, name, surface):
    found = find_mentions(text, [name])
    assert found and all(text[m.start:m.end] == m.surface == surface for m in found)


def test_a_cjk_name_is_not_found_inside_a_longer_different_word():
    # "谷歌" (Google) must not match "谷物" (grain), which shares its first character
    assert find_mentions("谷物价格上涨", ["谷歌"]) == []
    assert [m.surface for m in find_mentions("公司和Scale AI合作", ["Scale AI"])] == ["Scale AI"]


def test_a_chinese_name_tagged_once_is_suggested_elsewhere_and_accepted(project, author_id):
    from desktop.services.annotations import create_annotation
    from desktop.services.documents import add_document
    from desktop.services.queries import get_annotation
    from desktop.services.suggestions import accept_mention, suggest_mentions

    first = add_document(project, CHINESE.body_text, title=CHINESE.title, language="zh").value
    second = add_document(project, "汪滔表示，Scale AI将保持独立。谷歌已暂停合作。", title="后续", language="zh").value
    start = CHINESE.body_text.index("汪滔")
    tagged = create_annotation(project, document_id=first, start=start, end=start + 2, kind="entity",
                               author_id=author_id, entity_name="汪滔").value
    entity = get_annotation(project, tagged).entity_id
    suggestions = suggest_mentions(project, entity)
    assert [(s.document_id, s.surface, s.start) for s in suggestions] == [(second, "汪滔", 0)]
    accepted = accept_mention(project, suggestions[0], author_id).value
    view = get_annotation(project, accepted)
    assert (view.quote, view.start, view.end, view.entity_id) == ("汪滔", 0, 2, entity)
