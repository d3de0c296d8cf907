"""The article pane: keyboard tagging in code points, clicks, suggestions, painting what is visible."""

from __future__ import annotations

import gc
import random
import sys
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMainWindow

from desktop.domain.kinds import KIND_HEX
from desktop.domain.spans import Span, SuggestedSpan
from desktop.ui.article_pane import ArticlePane

pytestmark = pytest.mark.gui

ARTICLE = (
    "Meta investe circa 14 miliardi di dollari in Scale AI.\n"
    "La società di Alexandr Wang è valutata oltre 29 miliardi; OpenAI però si allontana.\n"
    "\n"
    "Secondo Bloomberg, l'accordo darà a Meta il 49% della startup.\n"
)
EMOJI = "Meta 😀 investe circa 14 miliardi 🚀 di dollari"


@pytest.fixture
def pane(qtbot):
    widget = ArticlePane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    with qtbot.waitExposed(widget):
        widget.show()
    return widget


def span_of(text: str, needle: str, sid: str, kind: str = "entity", author: int = 1, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(sid, start, start + len(needle), kind, author)


def painted(pane: ArticlePane) -> None:
    pane.text_view().viewport().repaint()


# -- tagging with the keyboard ----------------------------------------------------------------------


def test_pressing_f_on_a_selection_requests_a_figure_tag(pane, qtbot):
    pane.show_document(1, "Meta e Scale AI", ARTICLE, [])
    start = ARTICLE.index("14 miliardi")
    pane.select_range(start, start + len("14 miliardi"))
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_F)
    assert blocker.args == ["figure", start, start + len("14 miliardi")]


@pytest.mark.parametrize(("key", "kind"), [(Qt.Key.Key_E, "entity"), (Qt.Key.Key_C, "claim")])
def test_e_and_c_request_entity_and_claim(pane, qtbot, key, kind):
    pane.show_document(1, "t", ARTICLE, [])
    start = ARTICLE.index("Scale AI")
    pane.select_range(start, start + 8)
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(pane.text_view(), key)
    assert blocker.args == [kind, start, start + 8]


def test_white_space_around_the_selection_is_trimmed(pane, qtbot):
    pane.show_document(1, "t", ARTICLE, [])
    start = ARTICLE.index("Scale AI")
    pane.select_range(start - 1, start + 9)  # " Scale AI." with the space before it
    assert ARTICLE[start - 1] == " "
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)
    assert blocker.args == ["entity", start, start + 9]
    assert ARTICLE[blocker.args[1]:blocker.args[2]] == "Scale AI."


def test_selection_across_a_line_break_keeps_model_offsets(pane, qtbot):
    pane.show_document(1, "t", ARTICLE, [])
    start = ARTICLE.index("Scale AI.")
    end = ARTICLE.index("La società") + len("La società")
    pane.select_range(start, end)
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_C)
    assert ARTICLE[blocker.args[1]:blocker.args[2]] == "Scale AI.\nLa società"


def test_tag_keys_without_a_selection_or_with_modifiers_do_nothing(pane, qtbot):
    pane.show_document(1, "t", ARTICLE, [])
    with qtbot.assertNotEmitted(pane.tagRequested, wait=50):
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)
        pane.select_range(0, 4)
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    # a selection of white space only is not taggable
    blank = ARTICLE.index("\n\n")
    pane.select_range(blank, blank + 2)
    assert pane.selected_range() is None
    with qtbot.assertNotEmitted(pane.tagRequested, wait=50):
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)


def test_tag_keys_beat_window_shortcuts_only_when_they_apply(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    pane = ArticlePane()
    window.setCentralWidget(pane)
    fired: list[str] = []
    for key in ("E", "Return"):
        action = QAction(key, window)
        action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda _c=False, k=key: fired.append(k))
        window.addAction(action)
    window.resize(700, 500)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    pane.show_document(1, "t", ARTICLE, [])
    view = pane.text_view()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_E)  # nothing selected: the window's shortcut gets the key
    qtbot.keyClick(view, Qt.Key.Key_Return)  # no current suggestion: same
    assert fired == ["E", "Return"]
    pane.select_range(0, 4)
    with qtbot.waitSignal(pane.tagRequested, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_E)
    pane.set_suggestions([SuggestedSpan("s", 5, 12, "claim", "investe")])
    pane.set_current_suggestion("s")
    with qtbot.waitSignal(pane.suggestionActivated, timeout=1000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert fired == ["E", "Return"]


def test_text_is_read_only(pane, qtbot):
    pane.show_document(1, "t", ARTICLE, [])
    qtbot.keyClicks(pane.text_view(), "xyz")
    assert pane.text_view().toPlainText() == ARTICLE


def test_context_menu_offers_tagging_for_a_selection(pane, qtbot):
    pane.show_document(1, "t", ARTICLE, [])
    view = pane.text_view()
    menu = view.build_context_menu()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert not any(t.startswith("Tag as") for t in texts)
    menu.deleteLater()

    start = ARTICLE.index("Bloomberg")
    pane.select_range(start, start + len("Bloomberg"))
    menu = view.build_context_menu()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    assert texts[:3] == ["Tag as entity (E)", "Tag as figure (F)", "Tag as claim (C)"]
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        menu.actions()[2].trigger()
    assert blocker.args == ["claim", start, start + len("Bloomberg")]
    menu.deleteLater()


# -- code points versus UTF-16 ----------------------------------------------------------------------


def test_emoji_do_not_shift_tag_offsets(pane, qtbot):
    pane.show_document(7, "emoji", EMOJI, [])
    for needle, key, kind in (("14 miliardi", Qt.Key.Key_F, "figure"), ("dollari", Qt.Key.Key_E, "entity")):
        start = EMOJI.index(needle)
        pane.select_range(start, start + len(needle))
        # Qt counts the emoji as two positions: the widget's selection is really further on
        assert pane.text_view().textCursor().selectionStart() > start
        with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
            qtbot.keyClick(pane.text_view(), key)
        assert blocker.args == [kind, start, start + len(needle)]
        assert EMOJI[blocker.args[1]:blocker.args[2]] == needle


def test_selection_made_in_the_widget_converts_to_code_points(pane):
    pane.show_document(7, "emoji", EMOJI, [])
    view = pane.text_view()
    u16 = EMOJI.encode("utf-16-le")
    start16 = u16.index("dollari".encode("utf-16-le")) // 2
    cursor = QTextCursor(view.document())
    cursor.setPosition(start16)
    cursor.setPosition(start16 + len("dollari"), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    start = EMOJI.index("dollari")
    assert pane.selected_range() == (start, start + len("dollari"))


def test_spans_after_an_emoji_are_painted_on_the_right_characters(pane):
    spans = [span_of(EMOJI, "investe", "before-rocket"), span_of(EMOJI, "dollari", "after-rocket", "figure")]
    pane.show_document(7, "emoji", EMOJI, spans)
    view = pane.text_view()
    u16 = EMOJI.encode("utf-16-le")
    for span, needle in zip(spans, ("investe", "dollari"), strict=True):
        start16 = u16.index(needle.encode("utf-16-le")) // 2
        assert start16 != span.start  # the emoji really shift UTF-16 positions
        rects = pane.span_rects(span.id)
        assert len(rects) == 1
        left = QTextCursor(view.document())
        left.setPosition(start16)
        right = QTextCursor(view.document())
        right.setPosition(start16 + len(needle))
        assert rects[0].left() == pytest.approx(view.cursorRect(left).left(), abs=1.0)
        assert rects[0].right() == pytest.approx(view.cursorRect(right).left(), abs=1.0)
        assert rects[0].top() == pytest.approx(view.cursorRect(left).top(), abs=1.0)


def test_a_long_article_with_emoji_is_shown_whole_from_its_start(pane):
    plain = "La società è valutata oltre 29 miliardi; OpenAI però si allontana. " * 12
    paragraphs = [plain + ("📈 " if i % 3 == 0 else "") + plain + ("🚀😀" if i % 5 == 0 else "") for i in range(120)]
    text = "\n\n".join(paragraphs) + "\r\nfine 𝔼"
    first = "Un altro articolo\nche si legge fino in fondo.\n" * 200
    pane.show_document(1, "first", first, [])
    pane.text_view().verticalScrollBar().setValue(pane.text_view().verticalScrollBar().maximum())
    pane.show_document(2, "emoji", text, [])
    view = pane.text_view()
    document = view.document()
    # the text as stored, one Qt block per line ("\r" shown as a space), and nothing of the first article
    assert document.toPlainText() == text.replace("\r", " ")
    assert document.blockCount() == text.count("\n") + 1
    assert document.characterCount() == len(text.encode("utf-16-le")) // 2 + 1
    # opened at its start, caret there, nothing to undo
    assert view.textCursor().position() == 0
    assert view.verticalScrollBar().value() == 0
    assert pane.visible_range()[0] == 0
    assert not document.isUndoAvailable()
    # offsets after many emoji still land on their characters
    needle = "fine"
    start = text.index(needle)
    pane.select_range(start, start + len(needle))
    assert view.textCursor().selectedText() == needle
    assert pane.selected_range() == (start, start + len(needle))


# -- clicks -----------------------------------------------------------------------------------------


def test_clicking_a_span_reports_the_innermost_annotation(pane, qtbot):
    outer = span_of(ARTICLE, "Meta investe circa 14 miliardi di dollari", "claim-1", "claim")
    inner = span_of(ARTICLE, "14 miliardi di dollari", "figure-1", "figure")
    pane.show_document(1, "t", ARTICLE, [outer, inner])
    viewport = pane.text_view().viewport()

    inner_rect = pane.span_rects("figure-1")[0]
    with qtbot.waitSignal(pane.annotationClicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=inner_rect.center().toPoint())
    assert blocker.args == ["figure-1"]

    outer_rect = pane.span_rects("claim-1")[0]
    only_outer = QPoint(int(outer_rect.left()) + 5, int(outer_rect.center().y()))
    with qtbot.waitSignal(pane.annotationClicked, timeout=1000) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=only_outer)
    assert blocker.args == ["claim-1"]


def test_clicking_plain_text_or_dragging_reports_nothing(pane, qtbot):
    span = span_of(ARTICLE, "Bloomberg", "e-1")
    pane.show_document(1, "t", ARTICLE, [span])
    viewport = pane.text_view().viewport()
    plain = pane.range_rects(0, 4)[0].center().toPoint()
    with qtbot.assertNotEmitted(pane.annotationClicked, wait=50):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=plain)
        rect = pane.span_rects("e-1")[0]
        qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left()) + 2, int(rect.center().y())))
        qtbot.mouseMove(viewport, QPoint(int(rect.right()) + 60, int(rect.center().y())))
        qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton,
                           pos=QPoint(int(rect.right()) + 60, int(rect.center().y())))


# -- suggestions ------------------------------------------------------------------------------------


def test_enter_accepts_and_backspace_rejects_the_current_suggestion(pane, qtbot):
    start = ARTICLE.index("oltre 29 miliardi")
    suggestion = SuggestedSpan("sug-1", start, start + len("oltre 29 miliardi"), "figure", "29000000000, at least")
    pane.show_document(1, "t", ARTICLE, [])
    pane.set_suggestions([suggestion])
    view = pane.text_view()
    with qtbot.assertNotEmitted(pane.suggestionActivated, wait=50):
        qtbot.keyClick(view, Qt.Key.Key_Return)  # no current suggestion yet
    pane.set_current_suggestion("sug-1")
    with qtbot.waitSignal(pane.suggestionActivated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["sug-1", True]
    with qtbot.waitSignal(pane.suggestionActivated, timeout=1000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Backspace)
    assert blocker.args == ["sug-1", False]
    pane.set_suggestions([])  # the current one went away
    assert pane.current_suggestion is None
    with qtbot.assertNotEmitted(pane.suggestionActivated, wait=50):
        qtbot.keyClick(view, Qt.Key.Key_Return)


def test_suggestions_are_outlined_not_filled(pane):
    start = ARTICLE.index("OpenAI")
    pane.show_document(1, "t", ARTICLE, [])
    painted(pane)
    before = pane.text_view().viewport().grab().toImage()
    pane.set_suggestions([SuggestedSpan("sug-2", start, start + 6, "entity", "OpenAI (0.9)")])
    painted(pane)
    items = {it.span.id: it for it in pane.text_view().painted_items()}
    assert items["sug-2"].role == "suggestion"
    after = pane.text_view().viewport().grab().toImage()
    rect = items["sug-2"].rects[0]
    # the outline is drawn in the entity colour ...
    border = [after.pixelColor(x, int(rect.top()) + dy)
              for x in range(int(rect.left()), int(rect.right())) for dy in range(0, 3)]
    assert any(_near(c, QColor(KIND_HEX["entity"])) for c in border)
    # ... and the inside is left exactly as it was: no fill
    inside = rect.adjusted(3, 3, -3, -3)
    assert all(before.pixelColor(x, y) == after.pixelColor(x, y)
               for x in range(int(inside.left()), int(inside.right()))
               for y in range(int(inside.top()), int(inside.bottom())))


# -- painting ---------------------------------------------------------------------------------------


def _near(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) <= tolerance


def test_annotations_are_filled_with_their_kind_colour(pane):
    claim = span_of(ARTICLE, "Secondo Bloomberg", "c-1", "claim")
    pane.show_document(1, "t", ARTICLE, [claim])
    painted(pane)
    image = pane.text_view().viewport().grab().toImage()
    background = image.pixelColor(2, 2)
    rect = pane.span_rects("c-1")[0]
    # top edge of the line box: above the glyphs, so only the fill is there
    sample = image.pixelColor(int(rect.center().x()), int(rect.top()) + 1)
    assert not _near(sample, background, tolerance=10)
    assert sample.green() > sample.red()  # the claim colour is a bluish green
    # and outside the span there is no fill
    outside = pane.range_rects(0, 4)[0]
    assert _near(image.pixelColor(int(outside.center().x()), int(outside.top()) + 1), background, 10)


def test_a_claims_wavy_underline_runs_the_whole_span_and_waves(pane):
    claim = span_of(ARTICLE, "La società di Alexandr Wang è valutata oltre 29 miliardi", "c-1", "claim")
    pane.show_document(1, "t", ARTICLE, [claim])
    painted(pane)
    image = pane.text_view().viewport().grab().toImage()
    item = pane.text_view().painted_items()[0]
    rect, baseline = item.rects[0], item.baselines[0]
    centre = round(baseline + 2.0)  # lane 0: two pixels under the baseline
    ink = QColor(KIND_HEX["claim"])

    def inked_rows(x: int) -> list[int]:
        return [y for y in range(centre - 4, centre + 5) if _near(image.pixelColor(x, y), ink, 90)]

    columns = range(int(rect.left()) + 1, int(rect.right()) - 1)
    # every six pixels (one period) of the span's width, from its start to its end, has the wave ...
    assert all(any(inked_rows(x) for x in columns[i:i + 6]) for i in range(0, len(columns) - 6, 6))
    # ... going above and below its centre line, not a straight rule
    tops = {min(rows) for x in columns if (rows := inked_rows(x))}
    assert max(tops) - min(tops) >= 2
    # and it stops where the claim ends
    after = range(int(rect.right()) + 3, int(rect.right()) + 12)
    assert not any(inked_rows(x) for x in after)


def test_hidden_authors_are_not_painted(pane):
    mine = span_of(ARTICLE, "Scale AI", "mine", "entity", author=1)
    theirs = span_of(ARTICLE, "Bloomberg", "theirs", "entity", author=2)
    pane.show_document(1, "t", ARTICLE, [mine, theirs])
    assert pane.painted_span_ids() == {"mine", "theirs"}
    pane.set_visible_authors({1})
    painted(pane)
    assert {it.span.id for it in pane.text_view().painted_items()} == {"mine"}
    assert pane.span_rects("theirs") == []
    # and a click on a hidden span is not a click on an annotation
    rect = pane.range_rects(theirs.start, theirs.end)[0]
    assert pane.text_view().items_at(rect.center()) == []
    pane.set_visible_authors(None)
    assert pane.painted_span_ids() == {"mine", "theirs"}


def test_add_remove_and_update_spans_change_what_is_painted(pane):
    pane.show_document(1, "t", ARTICLE, [])
    assert pane.painted_span_ids() == set()
    span = span_of(ARTICLE, "Alexandr Wang", "w-1")
    pane.add_span(span)
    painted(pane)
    assert {it.span.id for it in pane.text_view().painted_items()} == {"w-1"}
    pane.update_span(Span("w-1", span.start, span.end, "claim", 1))
    painted(pane)
    assert pane.text_view().painted_items()[0].span.kind == "claim"
    pane.remove_span("w-1")
    painted(pane)
    assert pane.text_view().painted_items() == []


def test_overlapping_annotations_get_separate_underline_lanes(pane):
    spans = [span_of(ARTICLE, "Meta investe circa 14 miliardi", "a", "claim"),
             span_of(ARTICLE, "14 miliardi di dollari", "b", "figure"),
             span_of(ARTICLE, "miliardi", "c", "entity")]
    pane.show_document(1, "t", ARTICLE, spans)
    lanes = {it.span.id: it.lane for it in pane.text_view().current_items()}
    assert len(set(lanes.values())) == 3


def test_select_annotation_scrolls_a_far_span_into_view(pane):
    paragraphs = [f"Paragrafo {i}: la società è cresciuta del {i % 97}% nell'anno." for i in range(3000)]
    text = "\n".join(paragraphs)
    far = span_of(text, "Paragrafo 2900:", "far", "claim")
    pane.show_document(1, "long", text, [far])
    assert pane.span_rects("far") == []
    pane.select_annotation("far")
    pane.text_view().viewport().repaint()
    rects = pane.span_rects("far")
    assert rects and 0 <= rects[0].top() and rects[0].bottom() <= pane.text_view().viewport().height()
    assert pane.selected_annotation == "far"
    pane.select_annotation(None)
    assert pane.selected_annotation is None


def test_selected_and_marked_spans_are_drawn_differently(pane):
    a = span_of(ARTICLE, "Scale AI", "a")
    b = span_of(ARTICLE, "Bloomberg", "b")
    pane.show_document(1, "t", ARTICLE, [a, b])
    painted(pane)
    before = pane.text_view().viewport().grab().toImage()
    pane.select_annotation("a", scroll=False)
    pane.set_marked({"b"})
    painted(pane)
    after = pane.text_view().viewport().grab().toImage()

    def changed(rect) -> bool:
        return any(before.pixelColor(x, y) != after.pixelColor(x, y)
                   for x in range(int(rect.left()) - 1, int(rect.right()) + 2)
                   for y in range(int(rect.top()), int(rect.bottom()) + 1))

    assert changed(pane.span_rects("a")[0]) and changed(pane.span_rects("b")[0])
    plain = pane.range_rects(0, 4)[0]
    assert not changed(plain)


def test_ten_thousand_spans_paint_only_what_is_visible(pane):
    rng = random.Random(4)
    sentences = ["La società ha investito circa 14 miliardi di dollari.",
                 "Le rapport de Bloomberg cite des sources anonymes.",
                 "A empresa foi avaliada em 29 bilhões de dólares."]
    text = "\n".join(" ".join(rng.choice(sentences) for _ in range(6)) for _ in range(2000))
    spans = []
    for i in range(10_000):
        start = rng.randrange(0, len(text) - 200)
        spans.append(Span(f"s{i}", start, start + rng.randint(3, 150), rng.choice(["entity", "figure", "claim"]),
                          1 + i % 3))
    pane.show_document(1, "big", text, spans)
    pane.set_author_colours({1: "#d62728", 2: "#9467bd"})
    view = pane.text_view()
    painted(pane)
    first = pane.text_view().painted_items()
    assert 0 < len(first) < 1000
    start, end = pane.visible_range()
    expected = {s.id for s in spans if s.start < end and s.end > start}
    assert {it.span.id for it in first} <= expected
    bar = view.verticalScrollBar()
    for _ in range(5):
        bar.setValue(bar.value() + bar.pageStep())
        painted(pane)
    assert pane.visible_range()[0] > start
    assert pane.text_view().painted_items()


def test_focus_and_close_signals(pane, qtbot):
    pane.show_document(1, "Un titolo", ARTICLE, [])
    pane.text_view().clearFocus()
    with qtbot.waitSignal(pane.focusedIn, timeout=1000):
        pane.text_view().setFocus(Qt.FocusReason.MouseFocusReason)
        pane.activateWindow()
    with qtbot.waitSignal(pane.closeRequested, timeout=1000):
        pane.findChild(type(pane._close_button), "closeArticle").click()


def test_clear_and_document_id(pane):
    assert pane.document_id is None
    pane.show_document(3, "Un titolo", ARTICLE, [span_of(ARTICLE, "Meta", "m")])
    assert pane.document_id == 3
    assert pane.title == "Un titolo"
    pane.clear()
    assert pane.document_id is None
    assert pane.text_view().toPlainText() == ""
    assert pane.painted_span_ids() == set()


def test_a_closed_pane_frees_its_article_and_annotations_at_once(qtbot):
    """No reference cycle holds a closed pane: its text and annotations go when it goes, not when
    Python's cycle collector next walks the heap (a full walk, felt as a pause, after every closed article)."""
    spans = [span_of(ARTICLE, "Meta", "m"), span_of(ARTICLE, "Bloomberg", "b", "claim")]
    was_enabled = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        pane = ArticlePane()
        pane.resize(500, 300)
        pane.show_document(1, "t", ARTICLE, spans)
        pane.show()
        pane.open_find()
        pane.find_bar.field.setText("Meta")  # the find bar has matches too
        painted(pane)
        highlights = weakref.ref(pane.highlighter())
        controller = weakref.ref(pane.find_controller)
        pane.close()
        shiboken6.delete(pane)
        del pane
        assert highlights() is None
        assert controller() is None
    finally:
        if was_enabled:
            gc.enable()


def test_carriage_returns_do_not_shift_offsets(pane, qtbot):
    text = "Prima riga\r\nSeconda riga con Meta\r\nTerza"
    pane.show_document(1, "crlf", text, [])
    start = text.index("Meta")
    pane.select_range(start, start + 4)
    with qtbot.waitSignal(pane.tagRequested, timeout=1000) as blocker:
        qtbot.keyClick(pane.text_view(), Qt.Key.Key_E)
    assert blocker.args == ["entity", start, start + 4]


def test_click_position_uses_viewport_coordinates(pane, qtbot):
    """The hit test works after scrolling too (rects follow the scroll offset)."""
    text = "\n".join(f"Riga {i} con Meta e Scale AI." for i in range(400))
    target = span_of(text, "Riga 300 con Meta", "r300", "claim")
    pane.show_document(1, "t", text, [target])
    pane.select_range(target.start, target.end)
    pane.text_view().centerCursor()
    pane.select_range(target.end, target.end)
    rect = pane.span_rects("r300")[0]
    assert pane.text_view().verticalScrollBar().value() > 0
    with qtbot.waitSignal(pane.annotationClicked, timeout=1000) as blocker:
        qtbot.mouseClick(pane.text_view().viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == ["r300"]
    hits = pane.text_view().items_at(QPointF(rect.center()))
    assert [h.span.id for h in hits] == ["r300"]


def test_painting_does_not_drain_references_to_none(pane):
    """Painting calls many void Qt methods; PySide6 6.12.0 on Python 3.11 drops a reference to None
    on each, so a reading session soon aborts the interpreter ("none_dealloc: deallocating None").
    Python >= 3.12 makes None immortal (its count then stays huge and this passes)."""
    spans = [span_of(ARTICLE, "Scale AI", "a"), span_of(ARTICLE, "Bloomberg", "b", "claim")]
    pane.show_document(1, "t", ARTICLE, spans)
    pane.select_annotation("a", scroll=False)
    view = pane.text_view()
    view.viewport().repaint()
    before = sys.getrefcount(None)
    for _ in range(100):
        view.viewport().repaint()
    lost = before - sys.getrefcount(None)
    assert lost < 100, (f"{lost} references to None lost in 100 paints: this PySide6 build corrupts the "
                        "interpreter (known with PySide6 6.12.0 on Python 3.11); use PySide6-Essentials < 6.12")
