"""Reviewing a colleague's annotations from the keyboard and the Review dock, checked in the project."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from desktop.services import review
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.queries import get_annotation
from desktop.ui.review.install import install
from tests.gui.conftest import offsets

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
FIGURE = "circa 14 miliardi di dollari"
REASON = "the 29B is the valuation"


def tag(project, document_id: int, phrase: str, kind: str, author_id: int) -> str:
    start, end = offsets(project, document_id, phrase)
    return create_annotation(project, document_id=document_id, start=start, end=end, kind=kind,
                             author_id=author_id).value


@pytest.fixture
def marco(gui_project) -> int:
    return ensure_author(gui_project, "marco-1", "Marco").value


@pytest.fixture
def figure_id(gui_project, italian_id, marco) -> str:
    return tag(gui_project, italian_id, FIGURE, "figure", marco)


@pytest.fixture
def feature(make_window, gui_project, figure_id):
    window = make_window(gui_project)
    return install(window)


def focused_pane_with(qtbot, feature, annotation_id: str):
    """Select the annotation as a click would, and give its article pane the keyboard; the Review dock
    shows it on the next turn of the event loop."""
    window = feature.window
    feature.go_to(annotation_id)
    qtbot.waitUntil(lambda: feature.panel.annotation_id == annotation_id)
    pane = window.pane_area.pane_showing(get_annotation(window.ops.project, annotation_id).document_id)
    pane.text_view().setFocus(Qt.FocusReason.MouseFocusReason)
    assert window.current_annotation() == annotation_id
    return pane


def test_a_accepts_as_the_current_author_and_ctrl_z_restores_proposed(qtbot, feature, gui_project, figure_id):
    window = feature.window
    pane = focused_pane_with(qtbot, feature, figure_id)

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_A)

    assert get_annotation(gui_project, figure_id).status == "accepted"
    last = review.reviews_of(gui_project, figure_id)[-1]
    assert (last.verdict, last.author_id) == ("accepted", window.ops.author_id)
    assert feature.panel.status_chip.text() == "ACCEPTED"
    assert window.panel.status.currentData() == "accepted"  # the annotation panel follows too

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_Z, CTRL)

    assert get_annotation(gui_project, figure_id).status == "proposed"
    assert feature.panel.status_chip.text() == "PROPOSED"
    lines = feature.panel.history.lines()
    assert lines[0].startswith("proposed by Marco")
    assert lines[1].startswith("accepted by Giulia Rossi")
    assert lines[2].startswith("verdict withdrawn by Giulia Rossi") and lines[2].endswith("(back to proposed)")


def test_r_rejects_with_the_comment_typed_in_the_review_dock(qtbot, feature, gui_project, figure_id):
    pane = focused_pane_with(qtbot, feature, figure_id)
    feature.panel.comment_box.setPlainText(REASON)

    qtbot.keyClick(pane.text_view(), Qt.Key.Key_R)

    assert get_annotation(gui_project, figure_id).status == "rejected"
    last = review.reviews_of(gui_project, figure_id)[-1]
    assert (last.verdict, last.comment) == ("rejected", REASON)
    history = "\n".join(feature.panel.history.lines())
    assert "rejected by Giulia Rossi" in history and f"'{REASON}'" in history
    assert feature.panel.comment_box.toPlainText() == ""  # used up
    assert REASON in feature.panel.thread_view.toPlainText()


def test_letters_typed_in_the_comment_box_are_text_not_verdicts(qtbot, feature, gui_project, figure_id):
    focused_pane_with(qtbot, feature, figure_id)
    box = feature.panel.comment_box
    box.setFocus()
    qtbot.keyClicks(box, "a dn r")
    assert box.toPlainText() == "a dn r"
    assert get_annotation(gui_project, figure_id).status == "proposed"
    assert review.reviews_of(gui_project, figure_id) == []


def test_letter_keys_belong_to_the_articles_and_the_table_not_to_combo_boxes(qtbot, feature, gui_project,
                                                                             figure_id):
    focused_pane_with(qtbot, feature, figure_id)
    combo = feature.window.annotation_list.author_filter
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_A)  # the combo's own type-ahead, not a verdict
    assert get_annotation(gui_project, figure_id).status == "proposed"
    table = feature.window.annotation_list.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_R)
    assert get_annotation(gui_project, figure_id).status == "rejected"


def test_d_marks_disputed_and_the_buttons_work_too(qtbot, feature, gui_project, figure_id):
    pane = focused_pane_with(qtbot, feature, figure_id)
    qtbot.keyClick(pane.text_view(), Qt.Key.Key_D)
    assert get_annotation(gui_project, figure_id).status == "disputed"
    qtbot.mouseClick(feature.panel.accept_button, Qt.MouseButton.LeftButton)
    assert get_annotation(gui_project, figure_id).status == "accepted"


def test_n_walks_the_colleagues_pending_annotations_across_documents(
        qtbot, make_window, gui_project, italian_id, marco):
    sofia = ensure_author(gui_project, "sofia-1", "Sofia").value
    closed = [d.id for d in list_documents(gui_project) if d.id != italian_id][-1]
    first = tag(gui_project, italian_id, "Meta Platforms Inc.", "entity", marco)
    second = tag(gui_project, italian_id, FIGURE, "figure", marco)
    settled = tag(gui_project, italian_id, "Sarah Friar", "entity", marco)
    review.set_verdict(gui_project, settled, sofia, "accepted")
    elsewhere = tag(gui_project, closed, document_text(gui_project, closed).split()[0], "entity", sofia)
    window = make_window(gui_project)
    feature = install(window)
    assert closed not in window.pane_area.open_documents()
    mine = tag(gui_project, italian_id, "Alexandr Wang", "entity", window.ops.author_id)  # not a colleague's
    expected = [a for _d, _s, a in sorted((get_annotation(gui_project, a).document_id,
                                           get_annotation(gui_project, a).start, a)
                                          for a in (first, second, elsewhere))]
    window.pane_area.panes()[0].text_view().setFocus()

    seen = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N)
        current = window.current_annotation()
        seen.append(current)
        pane = window.pane_area.pane_showing(get_annotation(gui_project, current).document_id)
        assert pane is not None and pane.selected_annotation == current  # its document was opened
        qtbot.waitUntil(lambda c=current: feature.panel.annotation_id == c)  # the dock follows on the next turn
        assert pane.text_view().hasFocus()  # so A / R work right away
    assert seen == [*expected, expected[0]]  # wraps around
    assert mine not in seen and settled not in seen


def test_a_reply_is_stored_under_the_comment_it_answers(qtbot, feature, gui_project, figure_id):
    focused_pane_with(qtbot, feature, figure_id)
    panel = feature.panel
    panel.comment_box.setPlainText("Is this the **stake** or the valuation? <script>alert(1)</script>")
    panel.comment_box.setFocus()
    qtbot.keyClick(panel.comment_box, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter posts
    first = review.reviews_of(gui_project, figure_id)[-1]
    assert first.verdict is None and first.parent_id is None
    assert panel.comment_box.toPlainText() == ""
    qtbot.keyClick(panel.comment_box, Qt.Key.Key_Escape)  # back to the article
    assert feature.window.pane_area.active_pane().text_view().hasFocus()

    panel.comment_box.setPlainText("first draft")
    panel.reply_target.setCurrentIndex(-1)
    panel.thread_view.anchorClicked.emit(QUrl(f"reply:{first.id}"))  # the "Reply" link under the comment
    assert panel.reply_target.currentData() == first.id
    assert panel.comment_box.hasFocus()
    panel.comment_box.setPlainText("The stake: 14 bn.")
    qtbot.mouseClick(panel.reply_button, Qt.MouseButton.LeftButton)

    reply = review.reviews_of(gui_project, figure_id)[-1]
    assert (reply.comment, reply.parent_id) == ("The stake: 14 bn.", first.id)
    nodes = review.thread(gui_project, figure_id)
    assert [n.review.id for n in nodes[0].replies] == [reply.id]
    shown = panel.thread_view.toPlainText()
    assert "The stake: 14 bn." in shown and "stake or the valuation" in shown
    assert "alert" not in shown and "<script>" not in shown  # raw HTML never reaches the view
    assert any(line.startswith("reply by Giulia Rossi") for line in panel.history.lines())


def test_the_review_menu_sits_before_help_with_its_keys(feature):
    assert install(feature.window) is feature  # installing again changes nothing
    titles = [a.text() for a in feature.window.menuBar().actions()]
    assert titles.count("&Review") == 1 and titles.index("&Review") < titles.index("&Help")
    keys = {a.text(): a.shortcut().toString() for a in feature.menu.actions() if not a.isSeparator()}
    assert keys["&Accept"] == "A" and keys["&Reject"] == "R" and keys["&Next Pending"] == "N"
    assert "Ad&judicate…" in keys and "A&greement…" in keys and "&Comment…" in keys


def test_the_review_dock_keeps_its_place_between_sessions(make_window, gui_project):
    first = install(make_window(gui_project))
    assert first.dock.isVisible()
    assert first.window.dockWidgetArea(first.dock) == Qt.DockWidgetArea.RightDockWidgetArea
    first.dock.hide()
    first.window.close()  # saves the layout

    second = install(make_window(gui_project))
    assert not second.dock.isVisible()
    second.dock.toggleViewAction().trigger()
    assert second.dock.isVisible()


def test_the_history_says_what_an_edit_set_in_words(qtbot, feature, gui_project, figure_id):
    """QA 06/09: the history read "edited by …: measure id"; it names the measure and the value."""
    focused_pane_with(qtbot, feature, figure_id)
    ops = feature.window.ops
    assert ops.update_annotation(figure_id, measure_label="Meta's investment in Scale AI")
    assert ops.update_annotation(figure_id, value="15000000000", bound="at_least")  # read as ~14B USD
    lines = feature.panel.history.lines()
    assert lines[-2].startswith("measure set to “Meta's investment in Scale AI” by Giulia Rossi")
    assert lines[-1].startswith("value 15 000 000 000 (at least) by Giulia Rossi")
    assert not any(" id" in line for line in lines)
