"""Two windows on one PostgreSQL database, as two people: live tags, roles in the window, the connection dropping."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from desktop.services.annotations import create_annotation
from desktop.services.documents import list_documents
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from tests.fixtures.tcp_proxy import TcpProxy
from tests.fixtures.team import PG_URL, SKIP_REASON, make_team
from tests.gui.conftest import ITALIAN_SEED_TITLE, tag_phrase

pytestmark = [pytest.mark.gui, pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)]


@pytest.fixture
def team():
    team = make_team()
    admin = open_project(team.admin_url)
    seed_project(admin)
    team.italian = next(d.id for d in list_documents(admin) if d.title == ITALIAN_SEED_TITLE)
    admin.close()
    team.opened = []
    yield team
    for project in team.opened:
        project.close()
    team.drop()


@pytest.fixture
def window_as(make_window, team):
    def open_as(role: str, url: str | None = None):
        project = open_project(url or team.url(role))
        team.opened.append(project)
        window = make_window(project)
        pane = window.pane_area.panes()[0]
        window.open_document(team.italian, pane)
        return window, pane

    return open_as


def test_two_people_see_each_others_tags_live(qtbot, team, window_as):
    anna, anna_pane = window_as("annotator")
    rita, rita_pane = window_as("reviewer")
    assert anna.features["desktop.ui.team.install"].connection_label.text() == "● online"

    tagged = tag_phrase(qtbot, anna, anna_pane, "Scale AI", Qt.Key.Key_E)
    qtbot.waitUntil(lambda: tagged in rita_pane.spans() and rita.annotation_list.model.row_of(tagged) >= 0)
    theirs = tag_phrase(qtbot, rita, rita_pane, "circa 14 miliardi di dollari", Qt.Key.Key_F)
    qtbot.waitUntil(lambda: theirs in anna_pane.spans() and anna.annotation_list.model.row_of(theirs) >= 0)
    authors = {v.id: v.author_name for v in list_annotations(anna.ops.project)}
    assert authors == {tagged: team.login("annotator"), theirs: team.login("reviewer")}
    assert anna.ops.undo_stack.count() == 1 and rita.ops.undo_stack.count() == 1  # each their own

    rita.select_annotation(tagged)  # anna's: a reviewer judges it but does not change it
    assert rita.panel.value.isReadOnly() and rita.panel.entity.isReadOnly() and rita.panel.status.isEnabled()
    assert "as a reviewer you may give it a verdict" in rita.panel.access_note.text()
    rita.features["desktop.ui.review.install"].accept()
    qtbot.waitUntil(lambda: anna.annotation_list.model.view(anna.annotation_list.model.row_of(tagged)).status
                    == "accepted")


def test_the_window_hides_what_the_role_may_not_do_and_says_why(qtbot, window_as):
    anna, _pane = window_as("annotator")
    review = anna.features["desktop.ui.review.install"]
    lineup = anna.features["desktop.ui.lineup.install"]
    assert not review.actions.accept.isVisible() and not review.panel.accept_button.isVisibleTo(review.panel)
    assert not review.actions.adjudicate.isVisible() and not lineup.register.merge_action.isVisible()
    assert not anna.switch_author_action.isVisible() and not anna.document_list.may_delete
    assert anna.tag_actions["entity"].isVisible() and review.actions.comment.isVisible()
    team = anna.features["desktop.ui.team.install"]
    assert team.role_label.text().endswith("· annotator")
    box = team.explain()
    assert "an annotator" in box.text() and "Verdicts are given by reviewers and owners" in box.text()
    assert "Adjudication settles two colleagues' versions: only an owner does it" in box.text()

    otto, _pane = window_as("owner")
    review = otto.features["desktop.ui.review.install"]
    assert review.actions.accept.isVisible() and review.actions.adjudicate.isVisible()
    assert otto.features["desktop.ui.lineup.install"].register.merge_action.isVisible()


@pytest.fixture
def proxy(team):
    """The owner's way to the server, which the test can cut (set up before the window, so it goes after it)."""
    url = make_url(team.url("owner"))
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432).start()
    proxy.url = url.set(port=proxy.port).render_as_string(hide_password=False)
    yield proxy
    proxy.stop()


def test_offline_at_once_refused_while_down_and_caught_up_after(qtbot, proxy, team, window_as):
    otto, pane = window_as("owner", proxy.url)
    feature = otto.features["desktop.ui.team.install"]
    assert feature.connection_label.text() == "● online"

    proxy.cut()
    qtbot.waitUntil(lambda: feature.connection_label.text() == "● offline", timeout=5000)
    assert feature.connection_label.property("state") == "offline"
    assert "reconnects by itself" in feature.connection_label.toolTip()
    before = otto.ops.undo_stack.count()
    otto.tag_range(pane, "entity", *_offsets(pane, "Scale AI"))
    box = otto.last_message
    assert box is not None and box.icon() == QMessageBox.Icon.Warning and "cannot be reached" in box.text()
    assert otto.ops.undo_stack.count() == before  # never shown as done
    box.close()

    colleague = open_project(team.url("annotator"))  # meanwhile, a colleague works on
    start, end = _offsets(pane, "OpenAI")
    meanwhile = create_annotation(colleague, document_id=team.italian, start=start, end=end, kind="entity",
                                  author_id=team.author_id("annotator")).value
    colleague.close()
    admin = open_project(team.admin_url)
    assert [a.id for a in list_annotations(admin)] == [meanwhile]  # mine was not stored
    admin.close()

    proxy.restore()
    qtbot.waitUntil(lambda: feature.connection_label.text() == "● online", timeout=10000)
    qtbot.waitUntil(lambda: meanwhile in pane.spans(), timeout=5000)  # caught up
    assert tag_phrase(qtbot, otto, pane, "Scale AI", Qt.Key.Key_E)  # and writes again


def _offsets(pane, phrase: str) -> tuple[int, int]:
    start = pane.text.index(phrase)
    return start, start + len(phrase)
