"""Qt's UTF-16 positions <-> the model's code points, checked against UTF-16 itself at every position,
emoji (astral characters, two UTF-16 units) at the start, in the middle, side by side and at the end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.offsets import Utf16Map

TEXTS = [
    "",
    "plain text, no emoji",
    "😀",
    "😀 at the start",
    "at the end 😀",
    "a😀b",
    "two 😀😀 side by side",
    "Meta 🇺🇸 pays 💵 $14B for 49% 📈 of Scale AI",
    "𝐁old math letters and CJK 漢字 and RTL ملف",
]


def units_before(text: str, cp: int) -> int:
    """UTF-16 units before code point ``cp``: the definition the map must agree with."""
    return len(text[:cp].encode("utf-16-le")) // 2


def codepoint_at(text: str, u16: int) -> int:
    """The code point at UTF-16 position ``u16``; inside a surrogate pair, the next character."""
    for cp in range(len(text) + 1):
        if units_before(text, cp) >= u16:
            return cp
    raise AssertionError("past the end")


@pytest.mark.parametrize("text", TEXTS)
def test_every_code_point_maps_to_its_utf16_position(text):
    u16 = Utf16Map(text)
    assert u16.utf16_length == len(text.encode("utf-16-le")) // 2
    assert [u16.to_utf16(cp) for cp in range(len(text) + 1)] == \
        [units_before(text, cp) for cp in range(len(text) + 1)]


@pytest.mark.parametrize("text", TEXTS)
def test_every_utf16_position_maps_back_and_a_low_surrogate_snaps_forward(text):
    u16 = Utf16Map(text)
    positions = range(u16.utf16_length + 1)
    assert [u16.to_codepoint(p) for p in positions] == [codepoint_at(text, p) for p in positions]


@pytest.mark.parametrize("text", TEXTS)
def test_astral_between_counts_the_emoji_inside_a_range(text):
    u16 = Utf16Map(text)
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            expected = sum(1 for ch in text[start:end] if ord(ch) > 0xFFFF)
            assert u16.astral_between(start, end) == expected, (start, end)


def test_a_selection_starting_or_ending_at_an_emoji_keeps_the_emoji():
    text = "Meta 💵 deal"
    u16 = Utf16Map(text)
    emoji = text.index("💵")
    assert (u16.to_utf16(emoji), u16.to_utf16(emoji + 1)) == (5, 7)  # the emoji is two units wide
    assert u16.to_codepoint(5) == emoji and u16.to_codepoint(7) == emoji + 1
    assert u16.to_codepoint(6) == emoji + 1  # half an emoji is not a position: snap past it


astral_text = st.text(alphabet=st.sampled_from(["a", " ", "é", "漢", "😀", "💵", "𝐁"]), max_size=40)


@given(astral_text)
def test_round_trip_and_order_on_any_text(text):
    u16 = Utf16Map(text)
    assert [u16.to_utf16(cp) for cp in range(len(text) + 1)] == \
        [units_before(text, cp) for cp in range(len(text) + 1)]
    for cp in range(len(text) + 1):
        assert u16.to_codepoint(u16.to_utf16(cp)) == cp


def _stored_narrow(piece: str) -> bool:
    """Python keeps this string at one or two bytes a character (no character outside the BMP)."""
    return all(ord(ch) <= 0xFFFF for ch in piece)


@pytest.mark.parametrize("text", TEXTS)
def test_narrow_pieces_join_back_to_the_text(text):
    pieces = Utf16Map(text).narrow_pieces(text)
    assert "".join(pieces) == text
    assert all(pieces) or pieces == [""]


def test_narrow_pieces_keep_the_emoji_apart_from_long_plain_runs():
    plain = "Meta investe circa 14 miliardi di dollari. " * 20  # 860 characters
    text = plain + "😀" + plain + "📈🚀" + plain
    pieces = Utf16Map(text).narrow_pieces(text)
    assert pieces == [plain, "😀", plain, "📈🚀", plain]
    assert [_stored_narrow(p) for p in pieces] == [True, False, True, False, True]


def test_emoji_close_together_share_one_piece():
    text = "a😀" + "b" * 10 + "😀c" + "d" * 1000
    assert Utf16Map(text).narrow_pieces(text, gap=256) == ["a", "😀" + "b" * 10 + "😀", "c" + "d" * 1000]


@given(st.lists(st.sampled_from(["x", "é", "漢", "😀", "\n", "𝔼"]), max_size=600).map("".join),
       st.integers(min_value=1, max_value=40))
def test_narrow_pieces_cut_any_text_into_pieces_that_join_back(text, gap):
    pieces = Utf16Map(text).narrow_pieces(text, gap=gap)
    assert "".join(pieces) == text
    # a piece with an emoji starts and ends with one; the others hold none
    for piece in pieces:
        if not _stored_narrow(piece):
            assert ord(piece[0]) > 0xFFFF and ord(piece[-1]) > 0xFFFF


def test_narrow_pieces_refuse_another_text():
    with pytest.raises(ValueError):
        Utf16Map("abc").narrow_pieces("abcd")
