"""The PDF's body font names the fallback fonts its text needs, and draws every character as before."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from desktop.ui.pdf_export import body_font
from desktop.ui.pdf_fonts import drawn_with, with_fallbacks

pytestmark = pytest.mark.gui

MIXED = "Reuters: 株式を取得した · 这笔交易 · Gödel – “quoted” ¶ €5 billion"


def test_each_character_is_drawn_with_the_font_it_was_drawn_with_before(qapp):
    font = body_font()
    named = with_fallbacks(font, ["<p>", MIXED, "</p>"])
    chars = sorted(set(MIXED))
    for bold in (False, True):
        before, after = QFont(font), QFont(named)
        before.setBold(bold)
        after.setBold(bold)
        assert drawn_with(after, chars) == drawn_with(before, chars)
    assert named.families()[0] == font.family()


def test_a_fallback_font_that_draws_the_text_is_named_after_the_body_font(qapp):
    chars = sorted(set("株式を取得した这笔交易"))
    families = {family for family, _style in drawn_with(body_font(), chars)}
    if families <= {"", body_font().family()}:
        pytest.skip("no font on this machine draws CJK text apart from the body font")
    named = with_fallbacks(body_font(), [MIXED])
    assert named.families()[1:] and set(named.families()[1:]) <= families


def test_ascii_text_keeps_the_body_font_as_it_is(qapp):
    font = body_font()
    assert with_fallbacks(font, ["<p>plain text</p>"]).families() == font.families()
