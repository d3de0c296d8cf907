"""Citations: paragraph numbers, passages and anchors, with blank lines, CRLF and non-ASCII text."""

from desktop.dossier.citations import (
    PASSAGE_CONTEXT,
    PASSAGE_MAX,
    ParagraphIndex,
    display_quote,
    unique_anchors,
)

TEXT = "Title line\n\nFirst para with café 🚀 here.\r\nSecond para.\n   \nThird\u2028fourth"


def test_paragraphs_are_non_blank_lines_counted_from_one():
    index = ParagraphIndex(TEXT)
    assert [TEXT[s:e] for s, e in index.spans] == [
        "Title line", "First para with café 🚀 here.", "Second para.", "Third", "fourth"]
    assert index.paragraph_of(0, 5) == 1
    start = TEXT.index("🚀")
    assert index.paragraph_of(start, start + 1) == 2  # code points: the emoji is one character
    second = TEXT.index("Second")
    assert index.paragraph_of(second, second + 6) == 3
    assert index.paragraph_of(TEXT.index("fourth"), len(TEXT)) == 5


def test_only_the_documented_line_breaks_end_a_paragraph_and_white_space_lines_are_not_paragraphs():
    # a vertical tab, form feed, NEL or no-break space is white space inside a line, never a line break; a line of
    # nothing but white space (however long, however exotic) is not a paragraph
    text = ("one\x0btwo\x85three\n \u00a0\u3000\t\x0c\n" + " " * 100_000 + "\r\r\n\u2029 four\u00a0 \n\u2028"
            + "\u00a0" * 10 + "\n\x1cfive\x1d")
    index = ParagraphIndex(text)
    assert [text[s:e] for s, e in index.spans] == ["one\x0btwo\x85three", " four\u00a0 ", "\x1cfive\x1d"]
    assert index.paragraph_of(text.index("three"), len(text)) == 1
    assert index.paragraph_of(text.index("four") - 1, len(text)) == 2  # its first word's paragraph
    assert index.paragraph_of(text.index("five"), len(text)) == 3


def test_a_quote_starting_on_white_space_belongs_to_the_paragraph_of_its_first_word():
    index = ParagraphIndex(TEXT)
    start = TEXT.index("\r\nSecond")
    assert index.paragraph_of(start, start + 8) == 3


def test_passage_is_the_line_around_the_quote_and_spans_lines_when_the_quote_does():
    index = ParagraphIndex(TEXT)
    start = TEXT.index("café")
    passage = index.passage(start, start + 4)
    assert (passage.before, passage.quote, passage.after) == ("First para with ", "café", " 🚀 here.")
    start = TEXT.index("here")
    end = TEXT.index("para.", start) + 4
    passage = index.passage(start, end)
    assert passage.before == "First para with café 🚀 "
    assert passage.quote == TEXT[start:end]
    assert passage.after == "."


def test_display_quote_shows_line_breaks_as_pilcrows():
    assert display_quote("one\r\n\ntwo  \nthree") == "one ¶ two ¶ three"
    assert display_quote("no break") == "no break"


def test_anchors_are_short_unique_and_stable():
    ids = [f"00000000-0000-4000-8000-{n:012d}" for n in range(200)]
    anchors = unique_anchors(ids)
    assert len(set(anchors.values())) == 200
    assert all(a.startswith("q-") and len(a) >= 10 for a in anchors.values())
    assert unique_anchors(list(reversed(ids))) == anchors


def _unmarked(passage) -> str:
    return (passage.before.removeprefix("…").lstrip() + passage.quote + passage.after.removesuffix("…").rstrip())


def test_a_very_long_line_is_cut_to_the_sentences_around_the_quote():
    line = " ".join(f"Sentence {i} says the stake was worth {i} billion dollars." for i in range(200))
    text = "Title\n" + line + "\nLast line."
    start = text.index("Sentence 100 says")
    passage = ParagraphIndex(text).passage(start, start + len("Sentence 100 says"))
    assert passage.before.startswith("… Sentence ") and passage.before.endswith("dollars. ")
    assert passage.after.endswith("dollars. …")
    assert len(passage.before) <= PASSAGE_CONTEXT + 2 and len(passage.after) <= PASSAGE_CONTEXT + 2
    assert _unmarked(passage) in text  # the words shown are the stored text's own, in order


def test_chinese_written_as_one_run_is_cut_at_its_full_stops():
    text = "".join(f"梅塔公司向Scale AI投资{i}亿美元。" for i in range(400))
    start = text.index("梅塔公司向Scale AI投资200亿")
    passage = ParagraphIndex(text).passage(start, start + 5)
    assert passage.before.startswith("…梅塔") and passage.after.endswith("美元。…")
    assert len(passage.before) <= PASSAGE_CONTEXT + 1 and len(passage.after) <= PASSAGE_CONTEXT + 1
    assert _unmarked(passage) in text


def test_a_long_line_without_sentences_or_spaces_is_cut_where_the_context_ends():
    text = "x" * (2 * PASSAGE_MAX)
    passage = ParagraphIndex(text).passage(PASSAGE_MAX, PASSAGE_MAX + 10)
    assert passage.before == "…" + "x" * PASSAGE_CONTEXT and passage.after == "x" * PASSAGE_CONTEXT + "…"


def test_a_line_of_news_paragraph_length_is_shown_whole():
    line = " ".join(f"Sentence {i} is short." for i in range(60))
    assert len(line) < PASSAGE_MAX
    start = line.index("Sentence 30")
    passage = ParagraphIndex(line).passage(start, start + 11)
    assert passage.before + passage.quote + passage.after == line
