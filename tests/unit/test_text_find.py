"""Finding words in a text as an analyst means them: case and accents ignored, offsets in code points."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.text_find import FindError, FindOptions, TextFinder, fold_query, skeleton

TEXT = "La Società di Scale AI; la SOCIETÀ è nata nel 2016. Straße, l’Italia e 📈 la società-madre."


def found(text, query, **options):
    finder = TextFinder(text)
    return [text[a:b] for a, b in finder.find(query, FindOptions(**options))]


def test_case_and_accents_are_ignored_by_default():
    assert found(TEXT, "societa") == ["Società", "SOCIETÀ", "società"]
    assert found(TEXT, "SOCIETÀ") == ["Società", "SOCIETÀ", "società"]


def test_offsets_are_code_points_after_a_character_outside_the_bmp():
    finder = TextFinder(TEXT)
    start, end = finder.find("madre")[0]
    assert TEXT[start:end] == "madre"
    assert start == TEXT.index("madre")


def test_match_case_keeps_case_but_still_ignores_accents():
    assert found(TEXT, "Societa", case=True) == ["Società"]


def test_whole_word_refuses_a_word_inside_another():
    assert found(TEXT, "soc") == ["Soc", "SOC", "soc"]
    assert found(TEXT, "soc", whole_word=True) == []
    assert found(TEXT, "società", whole_word=True) == ["Società", "SOCIETÀ", "società"]


def test_a_space_in_the_query_matches_any_run_of_white_space():
    assert found("Scale\u00a0AI and Scale \n AI", "scale ai") == ["Scale\u00a0AI", "Scale \n AI"]


def test_words_that_fold_to_no_ascii_letter_are_found_case_insensitively():
    assert found(TEXT, "straße") == ["Straße"]
    assert found("Москва и МОСКВА", "москва") == ["Москва", "МОСКВА"]
    assert found("在中国的投资", "中国") == ["中国"]


def test_regular_expressions_run_on_the_text_as_stored():
    assert found(TEXT, r"\d{4}", regex=True) == ["2016"]
    assert found(TEXT, "s.ciet.", regex=True) == ["Società", "SOCIETÀ", "società"]
    with pytest.raises(FindError):
        TextFinder(TEXT).find("(unclosed", FindOptions(regex=True))


def test_phrases_of_whole_words_for_the_desk_search():
    finder = TextFinder("Scale-AI, scale   ai; Scale. AI; scaleai; scala AI")
    assert [finder.text[a:b] for a, b in finder.find_words(["scale", "ai"])] == ["Scale-AI", "scale   ai", "Scale. AI"]
    assert [finder.text[a:b] for a, b in finder.find_words(["scal"], prefix=True)] == \
        ["Scale", "scale", "Scale", "scaleai", "scala"]


def test_a_letter_stored_decomposed_keeps_its_mark_in_the_match():
    text = "la societa\u0300 e"
    finder = TextFinder(text)
    [(start, end)] = finder.find_words(["societa"])
    assert text[start:end] == "societa\u0300"


@given(st.text(max_size=200))
def test_the_skeleton_has_one_byte_per_code_point(text):
    assert len(skeleton(text)) == len(text)
    assert len(skeleton(text, case=True)) == len(text)


LETTERS = "aàáAÀeéèEÉiIoOöuüUcçCnñ ßœ中国"


@given(st.text(alphabet=LETTERS + "-.,’\n", max_size=80), st.text(alphabet=LETTERS.replace(" ", ""), min_size=1, max_size=4))
def test_every_match_is_the_query_once_folded_and_none_is_missed(text, query):
    finder = TextFinder(text)
    spans = finder.find(query)
    folded_query = fold_query(query)
    if folded_query is not None:  # Latin: exactly the non-overlapping occurrences in the folded text
        assert [skeleton(text[a:b]) for a, b in spans] == [folded_query] * len(spans)
        assert len(spans) == skeleton(text).count(folded_query)
    else:  # another script or "ß": as written, case ignored
        assert [text[a:b].lower() for a, b in spans] == [query.lower()] * len(spans)
        assert len(spans) == text.lower().count(query.lower())
