"""The register dock in the real window: merging, renaming, aliases, types, all undoable."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.services import register
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.queries import get_annotation
from desktop.ui.lineup.labels import document_labels
from tests.fixtures.lineup import INVESTMENT, seed_documents, tag_seed_lineup
from tests.gui.conftest import register_listed, shown_register

pytestmark = pytest.mark.gui

FEATURE = "desktop.ui.lineup.install"
CTRL = Qt.KeyboardModifier.ControlModifier


def _tag(project, author: int, number: str, quote: str, entity_id: int) -> str:
    doc_id, text = seed_documents(project)[number]
    start = text.index(quote)
    return create_annotation(project, document_id=doc_id, start=start, end=start + len(quote), kind="entity",
                             author_id=author, entity_id=entity_id).value


@pytest.fixture
def two_openais(gui_project, profile) -> dict[str, object]:
    """"OpenAI" tagged in 000 and its machine-translated "Openi" in 004, as two entities."""
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    openai = register.create_entity(gui_project, "OpenAI").value
    openi = register.create_entity(gui_project, "Openi").value
    return {"openai": openai, "openi": openi,
            "OpenAI/000": _tag(gui_project, author, "000", "OpenAI", openai),
            "Openi/004": _tag(gui_project, author, "004", "Openi", openi)}


def _click_row(qtbot, tab, name: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    proxy = tab.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == name)
    rect = tab.table.visualRect(proxy.index(row, 0))
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _names(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_merging_openi_into_openai_moves_its_mentions_and_ctrl_z_restores_it(qtbot, make_window, gui_project,
                                                                             two_openais):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    tab = panel.entities
    assert _names(tab) == ["OpenAI", "Openi"]
    _click_row(qtbot, tab, "OpenAI")
    _click_row(qtbot, tab, "Openi", CTRL)  # picked second: folds into the first
    panel.merge_action.trigger()

    assert get_annotation(gui_project, two_openais["Openi/004"]).entity_id == two_openais["openai"]
    assert [r.name for r in register.list_entities(gui_project)] == ["OpenAI"]
    register_listed(qtbot, window)
    assert _names(tab) == ["OpenAI"]  # ONE organisation, with both spellings
    labels = document_labels(gui_project)
    row = tab.model.item(0)
    assert row.aliases == ["Openi"] and row.total == 2
    mentions = tab.proxy.index(0, tab.model.column_of("Mentions")).data()
    assert mentions == " · ".join(f"{labels[d]}:1" for d in sorted(row.mentions_per_document,
                                                                      key=labels.__getitem__))
    assert mentions.startswith("Cryptopolitan:1") and "FT 2025-07-15:1" in mentions

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert get_annotation(gui_project, two_openais["Openi/004"]).entity_id == two_openais["openi"]
    assert sorted(r.name for r in register.list_entities(gui_project)) == ["OpenAI", "Openi"]
    register_listed(qtbot, window)
    assert _names(tab) == ["OpenAI", "Openi"]


def test_the_filter_finds_an_entity_by_any_of_its_names(qtbot, make_window, gui_project, two_openais):
    register.add_alias(gui_project, two_openais["openai"], "オープンAI")
    window = make_window(gui_project)
    tab = shown_register(qtbot, window).entities
    tab.filter_box.setText("オープン")
    assert _names(tab) == ["OpenAI"]
    tab.filter_box.setText("openi")
    assert _names(tab) == ["Openi"]


def test_f2_renames_in_place_and_the_old_name_stays_an_alias(qtbot, make_window, gui_project, two_openais):
    window = make_window(gui_project)
    tab = shown_register(qtbot, window).entities
    _click_row(qtbot, tab, "OpenAI")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # not the window's F2 (edit annotation)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "OpenAI"
    editor.setText("OpenAI Inc.")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: register.get_entity(gui_project, two_openais["openai"]).name != "OpenAI")
    row = register.get_entity(gui_project, two_openais["openai"])
    assert row.name == "OpenAI Inc." and "OpenAI" in row.aliases
    register_listed(qtbot, window)
    assert "OpenAI Inc." in _names(tab)
    window.undo()
    assert register.get_entity(gui_project, two_openais["openai"]).name == "OpenAI"


def test_aliases_type_and_split_are_undoable_steps(qtbot, make_window, gui_project, two_openais):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    tab = panel.entities
    openai = two_openais["openai"]
    _click_row(qtbot, tab, "OpenAI")
    assert panel.add_alias("Open AI")
    assert "Open AI" in register.get_entity(gui_project, openai).aliases
    register_listed(qtbot, window)
    assert "Open AI" in tab.proxy.index(tab.proxy.mapFromSource(
        tab.model.index(tab.model.row_of(openai), 0)).row(), tab.model.column_of("Aliases")).data()
    assert panel.set_type("product")
    assert register.get_entity(gui_project, openai).type == "product"
    window.undo()
    window.undo()
    row = register.get_entity(gui_project, openai)
    assert row.type == "unknown" and "Open AI" not in row.aliases  # nobody had chosen its type
    register_listed(qtbot, window)

    _click_row(qtbot, tab, "Openi")
    asked: list[list[str]] = []
    panel.ask_item = lambda _title, _label, items: asked.append(items)  # the analyst cancels
    assert not panel.merge_selected()  # one row selected: asks which entity to fold it into
    assert asked == [["OpenAI"]]
    assert register.get_entity(gui_project, two_openais["openi"]) is not None  # no answer given: nothing done
    panel.ask_item = lambda _title, _label, items: "OpenAI" if "OpenAI" in items else None
    assert panel.merge_selected()
    assert get_annotation(gui_project, two_openais["Openi/004"]).entity_id == openai
    register_listed(qtbot, window)

    tab.select_ids([openai])
    new_id = panel.split_alias("Openi")  # the other way: "Openi" is its own entity again, with its mention
    assert new_id is not None
    assert get_annotation(gui_project, two_openais["Openi/004"]).entity_id == new_id
    register_listed(qtbot, window)  # selected once it is listed
    assert tab.current_id() == new_id
    window.undo()
    assert get_annotation(gui_project, two_openais["Openi/004"]).entity_id == openai
    assert "Openi" in register.get_entity(gui_project, openai).aliases


def test_refusals_are_reported_and_nothing_is_pushed(qtbot, make_window, gui_project, two_openais):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    _click_row(qtbot, panel.entities, "Openi")
    depth = window.ops.undo_stack.count()
    with qtbot.waitSignal(window.ops.failed) as failed:
        panel.add_alias("OPENAI")  # already the name of another entity
    assert "merge the two instead" in failed.args[0]
    assert window.ops.undo_stack.count() == depth


def test_measures_and_propositions_tabs_flag_disagreement_and_create_merge(qtbot, make_window, gui_project,
                                                                            profile):
    author = ensure_author(gui_project, profile.key, profile.name, profile.colour).value
    ids = tag_seed_lineup(gui_project, author)
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    measures = panel.measures
    panel.tabs.setCurrentWidget(measures)  # the comparison behind the flags loads when the tab is opened
    register_listed(qtbot, window)
    flag = measures.model.column_of("Disagree")
    flags = {measures.proxy.index(r, 0).data(): measures.proxy.index(r, flag).data()
             for r in range(measures.proxy.rowCount())}
    assert flags[INVESTMENT] == "⚠ disagree" and flags["Meta's stake in Scale AI"] == "agree"
    assert "1 ⚠" in panel.tabs.tabText(1)  # seen from any tab
    props = panel.propositions
    panel.tabs.setCurrentWidget(props)
    register_listed(qtbot, window)
    assert props.proxy.index(0, props.model.column_of("Contested")).data() == "⚠ contested"
    assert (props.proxy.index(0, 1).data(), props.proxy.index(0, 2).data()) == ("2", "1")

    panel.tabs.setCurrentWidget(measures)
    new_id = panel.create_item("measure", "Investment by Meta")
    register_listed(qtbot, window)  # selected once it is listed
    assert new_id is not None and measures.current_id() == new_id
    measures.select_ids([measures.model.item(measures.model.row_of(new_id)).id,
                         next(r.id for r in measures.model.rows() if r.label == INVESTMENT)])
    assert measures.selected_ids()[0] == new_id and len(measures.selected_ids()) == 2
    assert panel.merge_selected(), window.statusBar().currentMessage()  # the old one folds into the new one
    register_listed(qtbot, window)
    assert get_annotation(gui_project, ids["investment/003"]).measure_label == "Investment by Meta"
    window.undo()
    assert get_annotation(gui_project, ids["investment/003"]).measure_label == INVESTMENT
    window.undo()  # and the creation
    assert [r.label for r in register.list_measures(gui_project)].count("Investment by Meta") == 0


def test_source_labels_are_the_comparisons(gui_project):
    from desktop.services.comparison import document_label
    from desktop.services.documents import add_document
    from desktop.storage.models import Document

    extra = add_document(gui_project, "A note without a number.", title="Notes", source_name="notes.txt").value
    labels = document_labels(gui_project)
    with gui_project.read() as s:
        expected = {d.id: document_label(d.id, d.source_name, d.label) for d in s.query(Document)}
    assert labels == expected
    assert sorted(labels.values())[:5] == ["Cryptopolitan", "FR AI blog", "FT 2025-07-15", "IT crypto site",
                                           "Notes"] and labels[extra] == "Notes"


def _total(tab, name: str) -> int:
    return next(tab.model.item(r).total for r in range(tab.model.rowCount()) if tab.model.item(r).name == name)


def test_a_tag_made_while_the_register_is_out_of_sight_is_counted_when_it_comes_into_sight(
        qtbot, make_window, gui_project, two_openais, monkeypatch):
    window = make_window(gui_project)
    feature = window.features[FEATURE]
    feature.register_dock.show()
    feature.register_dock.raise_()
    tab = feature.register.entities
    qtbot.waitUntil(lambda: _names(tab) == ["OpenAI", "Openi"])
    assert _total(tab, "OpenAI") == 1
    window.documents_dock.raise_()  # the register goes behind Documents
    qtbot.waitUntil(lambda: feature.register.visibleRegion().isEmpty())
    listed: list[int] = []
    real = register.list_entities
    monkeypatch.setattr(register, "list_entities", lambda *a, **k: listed.append(1) or real(*a, **k))

    doc_id, text = seed_documents(gui_project)["000"]
    start = text.index("OpenAI")
    start = text.index(" ", start + 10) + 1  # another word of the article, linked to OpenAI
    made = window.ops.tag(doc_id, "entity", start, start + 4)
    assert made is not None and window.ops.update_annotation(made, entity_id=two_openais["openai"])
    qtbot.wait(400)  # longer than the register's reload delay
    assert listed == []  # nobody looks at it: the desk's mentions are not counted again on every tag

    feature.register_dock.raise_()
    qtbot.waitUntil(lambda: _total(tab, "OpenAI") == 2)
    assert listed == [1]


class _HeldListing:
    """``register.list_entities`` in a worker thread held until ``release()`` (at most a few seconds): the
    register's listing under way."""

    def __init__(self, monkeypatch) -> None:
        self.calls = 0
        self.finished = 0
        self._go = threading.Event()
        real = register.list_entities

        def held(*args, **kwargs):
            if threading.current_thread() is threading.main_thread():
                return real(*args, **kwargs)  # not the register's listing (the marks' name of an entity)
            self.calls += 1
            self._go.wait(5)
            try:
                return real(*args, **kwargs)
            finally:
                self.finished += 1

        monkeypatch.setattr(register, "list_entities", held)

    def release(self) -> None:
        self._go.set()


def test_while_the_register_is_listed_its_rows_stay_and_the_window_goes_on(qtbot, make_window, gui_project,
                                                                          two_openais, monkeypatch):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    tab = panel.entities
    _click_row(qtbot, tab, "OpenAI")
    _click_row(qtbot, tab, "Openi", CTRL)
    held = _HeldListing(monkeypatch)
    owner = QObject()
    ticks: list[int] = []
    QTimer.singleShot(0, owner, lambda: ticks.append(held.finished))
    panel.merge_action.trigger()  # the merge is stored; the register is listed again

    qtbot.waitUntil(lambda: ticks != [])
    assert ticks == [0]  # the window's event loop ran while the listing was under way
    assert panel.computing()
    assert _names(tab) == ["OpenAI", "Openi"]  # the rows shown until the new ones are there
    held.release()
    qtbot.waitUntil(lambda: _names(tab) == ["OpenAI"])
    assert tab.model.item(0).aliases == ["Openi"]


def test_changes_made_while_the_register_is_listed_are_listed_in_one_run_after_it(qtbot, make_window,
                                                                                   gui_project, two_openais,
                                                                                   monkeypatch):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    tab = panel.entities
    _click_row(qtbot, tab, "OpenAI")
    held = _HeldListing(monkeypatch)
    for alias in ("Open AI", "OpenAI Inc", "Open-AI"):  # each one listed the register again, at once
        assert panel.add_alias(alias)
    held.release()
    register_listed(qtbot, window)
    assert held.calls == 2  # the run under way, then one for the changes made meanwhile
    row = tab.model.item(tab.model.row_of(two_openais["openai"]))
    assert row.aliases == ["Open AI", "Open-AI", "OpenAI Inc"]
    assert tab.selected_ids() == [two_openais["openai"]]


def test_closing_the_window_while_the_register_is_listed_waits_for_its_thread(qtbot, make_window, gui_project,
                                                                             two_openais, monkeypatch):
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    _click_row(qtbot, panel.entities, "Openi")
    held = _HeldListing(monkeypatch)
    assert panel.add_alias("Open I")
    assert panel.computing()
    qtbot.waitUntil(lambda: held.calls == 1)
    threading.Timer(0.3, held.release).start()  # the listing ends by itself a moment later
    window.close()  # waits for it; no thread goes on reading the project
    assert held.finished == 1
    assert not [t for t in threading.enumerate() if t.name.startswith("evidence-desk: register")]
    assert not panel.computing()


def test_a_listing_keeps_where_the_table_is_scrolled_to(qtbot, make_window, gui_project, two_openais):
    for n in range(60):
        register.create_entity(gui_project, f"Zeta {n:02d}")
    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    tab = panel.entities
    _click_row(qtbot, tab, "OpenAI")  # the first row
    bar = tab.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())  # the analyst reads the end of the list
    assert panel.add_alias("Open AI")
    register_listed(qtbot, window)
    assert "Open AI" in tab.model.item(tab.model.row_of(two_openais["openai"])).aliases
    assert bar.value() == bar.maximum()
    assert tab.selected_ids() == [two_openais["openai"]]


def test_a_listing_that_fails_is_said_once_and_the_rows_stay(qtbot, make_window, gui_project, two_openais,
                                                            monkeypatch):
    from desktop.storage.errors import StorageError

    window = make_window(gui_project)
    panel = shown_register(qtbot, window)
    _click_row(qtbot, panel.entities, "OpenAI")

    real = register.list_entities

    def broken(*args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            return real(*args, **kwargs)  # not the register's listing
        raise StorageError("the database went away")

    monkeypatch.setattr(register, "list_entities", broken)
    with qtbot.waitSignal(window.ops.failed) as failed:
        assert panel.add_alias("Open AI")
    assert "the database went away" in failed.args[0]
    register_listed(qtbot, window)
    assert _names(panel.entities) == ["OpenAI", "Openi"]
