"""Citations: paragraph numbers, passages and anchors, with blank lines, CRLF and non-ASCII text."""

from desktop.dossier.citations import ParagraphIndex, display_quote, unique_anchors

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
