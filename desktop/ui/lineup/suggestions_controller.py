"""Suggestions you accept with one key: possible mentions of an entity, figures the parser read.

The controller holds the suggestions being reviewed (never stored: they become annotations only
when accepted), draws them in every pane showing their document (dashed outlines), keeps one
current, and answers the panes' Enter (accept) and Backspace (reject). After either, the next
suggestion becomes current, opening its document in the active pane if no pane shows it, and the
keyboard follows it there. Accepting is one undoable step (Ctrl+Z deletes the annotation and the
suggestion comes back). When annotations change, suggestions they now cover disappear.

Each search keeps its own suggestions: a new search (mentions of another entity, the figures of
another article) becomes the one shown, and the unreviewed suggestions of the previous ones are kept,
said in the status bar and offered in the Suggestions dock's search picker (``searches()``,
``switch_to``). Running the same search again starts it afresh.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.domain import localized
from desktop.i18n import Context
from desktop.services.changes import Changes, Outcome
from desktop.services.documents import list_documents
from desktop.services.progress import Progress
from desktop.services.queries import list_annotations

SuggestionsControllerCounts = Context("SuggestionsControllerCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use

if TYPE_CHECKING:  # the register and the suggestions are imported at the first search, not at start-up
    from desktop.storage.project import Project
    from desktop.ui.article_pane import ArticlePane
    from desktop.ui.lineup.lineup_operations import LineupOperations
    from desktop.ui.lineup.suggestion_text import Suggestion
    from desktop.ui.main_window import MainWindow


BACKGROUND_CHARACTERS = 1_000_000  # text searched at once in the GUI thread; more goes to a worker thread


def total_characters(project: Project, document_id: int | None = None) -> int:
    """Characters a search reads: one document's, or the whole desk's."""
    return sum(d.char_count for d in list_documents(project) if document_id is None or d.id == document_id)


def _kind_of(suggestion: Suggestion) -> str:
    from desktop.services.suggestions import MentionSuggestion

    return "entity" if isinstance(suggestion, MentionSuggestion) else "figure"


@dataclass
class SavedSearch:
    """A search put aside while another is shown: its unreviewed suggestions and how to accept them."""

    key: str
    title: str
    items: list[Suggestion]
    entity_name: str
    measure_id: int | None


class SuggestionsController(QObject):
    listChanged = Signal()  # the suggestions (or their title) changed
    currentChanged = Signal(object)  # suggestion id | None

    def __init__(self, window: MainWindow, lineup: LineupOperations, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.lineup = lineup
        self._items: list[Suggestion] = []
        self._current: str | None = None
        self._accepted: dict[str, tuple[str, Suggestion]] = {}  # annotation id -> (search, suggestion) it came from
        self._key = ""  # the search shown ("mentions:3", "figures:12", "proposed:…")
        self._saved: dict[str, SavedSearch] = {}  # other searches with unreviewed suggestions
        self.title = ""
        self.entity_name = ""
        self.measure_id: int | None = None  # accepted figures get this measure
        for pane in window.pane_area.panes():
            self._wire(pane)
        window.pane_area.paneAdded.connect(self._wire)
        window.documentShown.connect(lambda pane, _doc: self._push(pane))
        window.ops.changed.connect(self._on_changed)
        window.ops.projectReplaced.connect(self.clear)

    # --- reading ---------------------------------------------------------------------------------
    def items(self) -> list[Suggestion]:
        return list(self._items)

    def current(self) -> Suggestion | None:
        return self._find(self._current)

    def current_id(self) -> str | None:
        return self._current

    def _find(self, suggestion_id: str | None) -> Suggestion | None:
        return next((s for s in self._items if s.id == suggestion_id), None) if suggestion_id else None

    # --- finding ---------------------------------------------------------------------------------
    def find_mentions(self, entity_id: int) -> int:
        """Suggest every untagged place that looks like the entity, in every document; returns how many (-1:
        a desk too large to search at once, searched in a worker thread: the list fills when it is done)."""
        from desktop.services import register
        from desktop.services.suggestions import suggest_mentions

        project = self.window.project
        try:
            name = register.get_entity(project, entity_id).name
        except register.RegisterError as exc:
            self.window.ops.refuse(self.tr("Find mentions"), exc)
            return 0

        def shown(found: list[Suggestion]) -> int:
            kept = self._set(found, self.tr("Mentions of “{name}”").format(name=name), f"mentions:{entity_id}",
                             entity_name=name)
            if found:
                self.window.show_status(SuggestionsControllerCounts.tr(
                    "%n possible mention(s) of {name}: Enter accepts, Backspace rejects, then the next one comes", "",
                    len(found)).format(name=name) + kept)
            else:
                self.window.show_status(self.tr("No untagged mention of {name} found.").format(name=name) + kept)
            return len(found)

        return self._search(self.tr("Find mentions"),
                            lambda progress: suggest_mentions(project, entity_id, progress=progress),
                            shown, total_characters(project))

    def find_figures(self, document_id: int | None = None) -> int:
        """Suggest the figures the parser reads in a document (default: the active pane's); returns how many
        (-1: a long document, read in a worker thread: the list fills when it is done)."""
        if document_id is None:
            pane = self.window.pane_area.active_pane()
            document_id = pane.document_id if pane is not None else None
        if document_id is None:
            self.window.show_status(self.tr("Open an article first, then look for its figures."))
            return 0
        project = self.window.project
        summary = self.window.document_model.summary(document_id)
        title = summary.title if summary else self.tr("document {id}").format(id=document_id)

        def shown(found: list[Suggestion]) -> int:
            kept = self._set(found, self.tr("Figures in “{title}”").format(title=title), f"figures:{document_id}")
            self.window.show_status((SuggestionsControllerCounts.tr(
                "%n untagged figure(s) found: Enter accepts, Backspace rejects", "", len(found))
                if found else self.tr("No untagged figure found in this article.")) + kept)
            return len(found)

        from desktop.services.suggestions import suggest_figures

        size = total_characters(project, document_id)
        return self._search(self.tr("Find figures"), lambda progress: suggest_figures(project, document_id, progress=progress),
                            shown, size)

    def _search(self, label: str, search: Callable[[Progress | None], list[Any]],
                shown: Callable[[list[Suggestion]], int], characters: int) -> int:
        """Run ``search``: here when the text is short, in a worker thread (progress, Cancel) when it is long,
        so the window never stops for it. ``search`` is handed the progress to report to (None here)."""
        from desktop.services.suggestions import SuggestionError

        if characters < BACKGROUND_CHARACTERS:
            try:
                return shown(search(None))
            except SuggestionError as exc:
                self.window.ops.refuse(label, exc)
                return 0

        def step(progress: Progress) -> Outcome[list[Any]]:
            progress(0, 0, f"{label}…")
            found = search(progress)
            progress(1, 1, "")
            return Outcome(found, Changes())

        # a million characters or more: always a plural, the digits grouped as the window's language does
        self.window.show_status(self.tr("{action}: reading {count} characters…").format(
            action=label, count=localized.number(characters, f"{characters:,}")))
        self.window.ops.run_in_background(label, step, done=lambda outcome: shown(outcome.value))
        return -1

    def propose(self, found: Sequence[Suggestion], title: str, entity_name: str = "") -> int:
        """Suggestions made elsewhere (the batch search's hits of a name), reviewed like the others:
        Enter accepts, Backspace rejects. Returns how many."""
        self._set(found, title, f"proposed:{title}", entity_name=entity_name)
        return len(found)

    def _set(self, found: Sequence[Suggestion], title: str, key: str, entity_name: str = "") -> str:
        """Show a search's suggestions; the unreviewed ones of the search shown before are kept.
        Returns what the status line adds about the searches kept ("" when none)."""
        if self._items and key != self._key:
            self._saved[self._key] = SavedSearch(self._key, self.title, list(self._items), self.entity_name,
                                                 self.measure_id)
        self._saved.pop(key, None)  # the same search again starts afresh
        if key != self._key:
            self.measure_id = None
        self._key = key
        self.entity_name = entity_name
        self._show(found, title)
        return self._kept_text()

    def _kept_text(self) -> str:
        kept = [s for s in self._saved.values() if s.items]
        if not kept:
            return ""
        waiting = sum(len(s.items) for s in kept)
        names = ", ".join(s.title for s in kept)
        return SuggestionsControllerCounts.tr(" Still to review: %n suggestion(s) of {names} (kept: pick the search in "
                                              "the Suggestions dock).", "", waiting).format(names=names)

    def searches(self) -> list[tuple[str, str, int]]:
        """(key, title, suggestions left) of the search shown, then of the others kept."""
        shown = [(self._key, self.title, len(self._items))] if self._key else []
        return shown + [(s.key, s.title, len(s.items)) for s in self._saved.values() if s.items]

    def switch_to(self, key: str) -> bool:
        """Show a kept search again (the one shown is kept in its turn)."""
        saved = self._saved.pop(key, None)
        if saved is None:
            return key == self._key
        if self._items:
            self._saved[self._key] = SavedSearch(self._key, self.title, list(self._items), self.entity_name,
                                                 self.measure_id)
        self._key, self.entity_name, self.measure_id = saved.key, saved.entity_name, saved.measure_id
        self._show(saved.items, saved.title)
        return True

    def _show(self, found: Sequence[Suggestion], title: str) -> None:
        self._items = sorted(found, key=lambda s: (s.document_id, s.start, s.end))
        self.title = title
        self._current = None
        self._push_all()
        self.listChanged.emit()
        first = self._first_to_review()
        if first is not None:
            self.make_current(first.id, focus=True)
        else:
            self.currentChanged.emit(None)

    def _first_to_review(self) -> Suggestion | None:
        """The first in the active pane's article, else in any open article, else the first of all."""
        if not self._items:
            return None
        panes = self.window.pane_area.panes()
        active = self.window.pane_area.active_pane()
        ordered = ([active] if active is not None else []) + [p for p in panes if p is not active]
        for pane in ordered:
            hit = next((s for s in self._items if s.document_id == pane.document_id), None)
            if hit is not None:
                return hit
        return self._items[0]

    def clear(self) -> None:
        self._items = []
        self._saved.clear()
        self._key = ""
        self._accepted.clear()
        self._current = None
        self.title = ""
        self._push_all()
        self.listChanged.emit()
        self.currentChanged.emit(None)

    # --- panes -----------------------------------------------------------------------------------
    def _wire(self, pane: ArticlePane) -> None:
        pane.suggestionActivated.connect(self._on_activated)
        pane.suggestionClicked.connect(lambda suggestion_id: self.make_current(suggestion_id, reveal=False))
        self._push(pane)

    def _push(self, pane: ArticlePane) -> None:
        spans = []
        if self._items:
            from desktop.ui.lineup.suggestion_text import suggested_span

            spans = [suggested_span(s, self.entity_name) for s in self._items if s.document_id == pane.document_id]
        pane.set_suggestions(spans)
        current = self.current()
        if current is not None and current.document_id == pane.document_id and \
                self.window.pane_area.pane_showing(current.document_id) is pane:
            pane.set_current_suggestion(current.id)

    def _push_all(self) -> None:
        for pane in self.window.pane_area.panes():
            self._push(pane)

    def make_current(self, suggestion_id: str | None, reveal: bool = True, focus: bool = False) -> None:
        """Make a suggestion current: its pane outlines it thicker and brings it on screen (opening
        its document in the active pane if no pane shows it); ``focus`` puts the keyboard there."""
        suggestion = self._find(suggestion_id)
        self._current = suggestion.id if suggestion is not None else None
        target = None
        if suggestion is not None:
            target = self.window.pane_area.pane_showing(suggestion.document_id)
            if target is None:
                target = self.window.open_document(suggestion.document_id)
        for pane in self.window.pane_area.panes():
            if pane is target:
                if reveal or pane.current_suggestion != self._current:
                    pane.set_current_suggestion(self._current)
            elif pane.current_suggestion is not None:
                pane.set_current_suggestion(None)
        if target is not None and focus:
            target.text_view().setFocus(Qt.FocusReason.OtherFocusReason)
        self.currentChanged.emit(self._current)

    def _on_activated(self, suggestion_id: str, accepted: bool) -> None:
        if accepted:
            self.accept(suggestion_id)
        else:
            self.reject(suggestion_id)

    # --- deciding --------------------------------------------------------------------------------
    def _next_after(self, suggestion: Suggestion) -> str | None:
        """The one after ``suggestion`` in document/offset order (wrapping), other than itself."""
        rest = [s for s in self._items if s.id != suggestion.id]
        if not rest:
            return None
        key = (suggestion.document_id, suggestion.start, suggestion.end)
        after = next((s for s in rest if (s.document_id, s.start, s.end) > key), None)
        return (after or rest[0]).id

    def accept(self, suggestion_id: str | None = None) -> str | None:
        """Accept one (default: the current one); returns the new annotation's id."""
        suggestion = self._find(suggestion_id or self._current)
        if suggestion is None:
            self.window.show_status(self.tr("No suggestion to accept."))
            return None
        from desktop.services.suggestions import FigureSuggestion, MentionSuggestion

        following = self._next_after(suggestion)
        focus = self._pane_has_focus()
        measure_id = self.measure_id if isinstance(suggestion, FigureSuggestion) else None
        annotation_id = self.lineup.accept(suggestion, measure_id)
        if annotation_id is None:
            return None
        self._accepted[annotation_id] = (self._key, suggestion)
        self._drop({suggestion.id})
        done = (SuggestionsControllerCounts.tr("Accepted mention “{text}” (%n left; Ctrl+Z undoes)", "", len(self._items))
                if isinstance(suggestion, MentionSuggestion) else
                SuggestionsControllerCounts.tr("Accepted figure “{text}” (%n left; Ctrl+Z undoes)", "", len(self._items)))
        self.window.show_status(done.format(text=suggestion.surface))
        self.make_current(following if self._find(following) else None, focus=focus)
        return annotation_id

    def reject(self, suggestion_id: str | None = None) -> bool:
        """Drop one (default: the current one); nothing is written."""
        suggestion = self._find(suggestion_id or self._current)
        if suggestion is None:
            return False
        following = self._next_after(suggestion)
        focus = self._pane_has_focus()
        self._drop({suggestion.id})
        self.window.show_status(SuggestionsControllerCounts.tr("Rejected “{text}” (%n left)", "", len(self._items)).format(
            text=suggestion.surface))
        self.make_current(following, focus=focus)
        return True

    def accept_all(self) -> list[str]:
        from desktop.services.suggestions import FigureSuggestion

        items = list(self._items)
        if not items:
            return []
        measure_id = self.measure_id if any(isinstance(s, FigureSuggestion) for s in items) else None
        created = self.lineup.accept_many(items, measure_id)
        if created:
            self._accepted.update((a, (self._key, s)) for a, s in zip(created, items, strict=True))
            self._drop({s.id for s in items})
            self.make_current(None)
            self.window.show_status(SuggestionsControllerCounts.tr("Accepted %n suggestion(s) (Ctrl+Z undoes them together)",
                                                             "", len(created)))
        return created

    def reject_all(self) -> int:
        count = len(self._items)
        self._items = []
        self._push_all()
        self.listChanged.emit()
        self.make_current(None)
        if count:
            self.window.show_status(SuggestionsControllerCounts.tr("Rejected %n suggestion(s)", "", count)
                                    + self._kept_text())
        return count

    def _pane_has_focus(self) -> bool:
        focus = self.window.focusWidget()
        return any(focus is p.text_view() for p in self.window.pane_area.panes())

    def _drop(self, ids: set[str]) -> None:
        before = len(self._items)
        self._items = [s for s in self._items if s.id not in ids]
        if len(self._items) == before:
            return
        if self._current in ids:
            self._current = None
        self._push_all()
        self.listChanged.emit()

    # --- the project changed ---------------------------------------------------------------------
    def _on_changed(self, changes: Changes) -> None:
        saved = [s for s in self._saved.values() if s.items]
        if not (self._items or self._accepted or saved) or not (changes.annotations or changes.documents):
            return
        if changes.documents:
            gone = {s.id for s in self._items if self.window.document_model.summary(s.document_id) is None}
            self._drop(gone)
            for search in saved:
                search.items = [s for s in search.items if self.window.document_model.summary(s.document_id)]
        if not changes.annotations:
            return
        views = list_annotations(self.window.project, annotation_ids=sorted(changes.annotations))
        covered = {s.id for s in self._items for v in views
                   if v.document_id == s.document_id and v.kind == _kind_of(s) and v.start < s.end and s.start < v.end}
        self._drop(covered)
        for search in saved:  # tagged since, in any search: no longer a suggestion
            search.items = [s for s in search.items if not any(
                v.document_id == s.document_id and v.kind == _kind_of(s) and v.start < s.end and s.start < v.end
                for v in views)]
        present = {v.id for v in views}
        shown = {s.id for s in self._items}
        restored: list[Suggestion] = []
        for annotation_id in sorted(changes.annotations):  # undone: the suggestion is back in its search
            if annotation_id not in self._accepted or annotation_id in present:
                continue
            key, suggestion = self._accepted[annotation_id]
            if key == self._key and suggestion.id not in shown:
                restored.append(suggestion)
            elif key in self._saved and suggestion.id not in {s.id for s in self._saved[key].items}:
                self._saved[key].items.append(suggestion)
        if restored:
            self._items = sorted(self._items + restored, key=lambda s: (s.document_id, s.start, s.end))
            self._push_all()
            self.listChanged.emit()
            self.make_current(restored[0].id)
        elif saved:
            self.listChanged.emit()  # the kept searches' counts in the dock's picker
