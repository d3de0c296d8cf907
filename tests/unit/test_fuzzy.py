"""Finding an entity's mentions, machine-translation damage included, on the seed articles."""


import pytest

from desktop.domain.fuzzy import Match, TokenIndex, find_mentions, osa_distance, similarity
from desktop.resources import seeds_dir


def seed_text(number: str) -> str:
    (path,) = seeds_dir().glob(f"{number}_*.txt")
    return path.read_text(encoding="utf-8")


def surfaces(matches: list[Match]) -> list[str]:
    return [m.surface for m in matches]


def test_openai_is_found_through_the_translation_damage_of_004():
    text = seed_text("004")
    found = find_mentions(text, ["OpenAI"])
    assert surfaces(found) == ["Openi", "Openai", "Openi"]
    assert all(m.score < 1 for m in found)
    assert all(m.matched_name == "OpenAI" for m in found)
    for m in found:
        assert text[m.start:m.end] == m.surface
    # the dropped letter is a weaker match than a mere change of case
    assert found[0].score < found[1].score


def test_the_exact_name_scores_one():
    text = seed_text("000")
    found = find_mentions(text, ["OpenAI", "Open AI"])
    assert found and all(m.surface == "OpenAI" and m.score == 1.0 for m in found)
    assert found[0].start == text.index("OpenAI")


def test_anthropic_is_found_as_antropic_and_antropico():
    text = seed_text("004")
    found = find_mentions(text, ["Anthropic"])
    assert surfaces(found) == ["antropico", "Antropic"]
    assert all(0.75 <= m.score < 1 for m in found)


def test_scale_ai_is_found_as_scala_ai_and_through_the_alias_scala():
    text = seed_text("004")
    without_alias = find_mentions(text, ["Scale AI"])
    assert "scala AI" in surfaces(without_alias)
    assert "scala" not in surfaces(without_alias)
    with_alias = find_mentions(text, ["Scale AI", "scala"])
    first_scala = text.index("nella scala di start-up") + len("nella ")
    hit = next(m for m in with_alias if m.start == first_scala)
    assert (hit.surface, hit.score, hit.matched_name) == ("scala", 1.0, "scala")
    # where both fit, the exact alias beats the fuzzy "scala AI" and no "AI" is left over on its own
    assert "scala AI" not in surfaces(with_alias)
    assert "AI" not in surfaces(with_alias)


def test_common_words_are_not_flagged():
    text = "L'opera di Parigi, la beta di Metaverse, un'operazione, open source e metadati."
    assert find_mentions(text, ["OpenAI"]) == []
    assert find_mentions(text, ["Meta"]) == []  # four letters: exact (folded) matches only
    assert find_mentions(seed_text("002"), ["Anthropic", "Antropic"]) == []
    # a name cut inside a word is a word: "open source" is not a damaged "Openi"
    assert surfaces(find_mentions("concorrenti open source e Openi", ["OpenAI", "Openi"])) == ["Openi"]


def test_case_and_accent_insensitive_and_word_bounded():
    text = "ÀNTHROPIC e Anthro\u0301pic (decomposed), AnthropicLabs; Anthropic."
    found = find_mentions(text, ["Anthropic"])
    assert surfaces(found) == ["ÀNTHROPIC", "Anthro\u0301pic", "Anthropic"]
    assert [m.score for m in found] == [0.95, 0.95, 1.0]
    assert all(m.start == 0 or text[m.start - 1] == " " for m in found)
    assert all(not text[m.end].isalnum() for m in found)


def test_offsets_are_code_points_even_after_emoji():
    text = "🙂🙂 OpenAI e Openi"
    found = find_mentions(text, ["OpenAI"])
    assert [(m.start, m.end) for m in found] == [(3, 9), (12, 17)]


def test_overlapping_candidates_keep_the_best_and_longest():
    text = "Meta Platforms Inc. e Meta"
    found = find_mentions(text, ["Meta", "Meta Platforms Inc."])
    assert surfaces(found) == ["Meta Platforms Inc.", "Meta"]  # the name's trailing period comes along
    assert [m.matched_name for m in found] == ["Meta Platforms Inc.", "Meta"]
    # a mention does not reach over a line break or a comma
    assert surfaces(find_mentions("Open\nAI, Open, AI", ["OpenAI"])) == []
    assert surfaces(find_mentions("Open AI", ["OpenAI"])) == ["Open AI"]


def test_a_word_added_after_the_name_does_not_join_the_mention():
    assert surfaces(find_mentions("Meta Platforms ha detto", ["Meta Platforms Inc."])) == ["Meta Platforms"]
    assert surfaces(find_mentions("la Scale si adatta", ["Scale AI"])) == []


def test_threshold_is_respected():
    assert surfaces(find_mentions("Antropico", ["Anthropic"], threshold=0.75)) == ["Antropico"]
    assert find_mentions("Antropico", ["Anthropic"], threshold=0.8) == []
    with pytest.raises(ValueError):
        find_mentions("x", ["x"], threshold=0)


def test_distance_helpers():
    assert osa_distance("openai", "openia") == 1  # one transposition
    assert osa_distance("anthropic", "antropico") == 2
    assert osa_distance("abcdef", "uvwxyz", limit=2) == 3
    assert similarity("openai", "openi") == pytest.approx(5 / 6)
    assert similarity("", "") == 1.0


def test_a_3_mb_text_with_five_names_is_scanned():
    # how fast it is belongs to `make bench`, not to a unit test
    corpus = "\n".join(seed_text(n) for n in ("000", "001", "002", "003", "004"))
    big = (corpus * (3_000_000 // len(corpus) + 1))[:3_000_000]
    names = ["OpenAI", "Open AI", "Openi", "OpenAI Inc.", "OAI"]
    index = TokenIndex(big)
    found = find_mentions(index, names)
    assert len(found) > 1000
    # the same index serves another entity without tokenising the text again
    assert find_mentions(index, ["Anthropic", "Antropic"])


def test_an_accent_that_makes_another_word_is_not_the_name():
    text = "Meta acquisirà quasi la metà delle quote; META e Meta-Platforms."
    found = find_mentions(text, ["Meta"])
    assert "metà" not in surfaces(found)
    assert surfaces(found) == ["Meta", "META", "Meta"]
    # dropping the name's accents is still only accents
    assert [(m.surface, m.score) for m in find_mentions("a Zurich", ["Zürich"])] == [("Zurich", 0.95)]


def test_a_name_ending_in_a_period_keeps_it_in_the_seed():
    text = seed_text("000")
    found = find_mentions(text, ["Meta Platforms Inc."])
    assert surfaces(found) == ["Meta Platforms Inc."]
    assert text[found[0].start:found[0].end] == "Meta Platforms Inc."
    # a name without the period does not take the sentence's full stop
    assert surfaces(find_mentions("investe Meta Platforms Inc.", ["Meta Platforms Inc"])) == ["Meta Platforms Inc"]


def test_similarity_comes_from_rapidfuzz_and_agrees_with_the_definition():
    from rapidfuzz.distance import OSA

    assert similarity("antropico", "anthropic") == pytest.approx(1 - OSA.distance("antropico", "anthropic") / 9)


def test_words_are_cut_alike_in_latin_decomposed_and_spaceless_text():
    """The index cuts a text into the words of ``WORD`` (one per character of a spaceless script)."""
    from desktop.domain.fuzzy import WORD_SPLIT, split_words

    texts = ["", "OpenAI, Scale AI.", "Zu\u0308rich e\u0301te\u0301 — l'été", "公司Scale AI投资。创始人汪滔将离开",
             "ราคา 14 ล้าน", "𠀀a_b 3\u3000x", "  \n\n", "a汪"]
    for text in texts:
        assert split_words(text) == WORD_SPLIT.split(text)
    index = TokenIndex("公司Scale AI投资。创始人汪滔将离开")
    assert index.tokens[:4] == ["公", "司", "Scale", "AI"]
    assert [m.surface for m in find_mentions(index, ["汪滔", "Scale AI"])] == ["Scale AI", "汪滔"]


def test_names_that_fold_alike_each_keep_their_own_exact_matches():
    found = find_mentions("Openai and OpenAI and OPENAI", ["OpenAI", "Openai"])
    assert [(m.surface, m.matched_name, m.score) for m in found] == [
        ("Openai", "Openai", 1.0), ("OpenAI", "OpenAI", 1.0), ("OPENAI", "OpenAI", 0.98)]
