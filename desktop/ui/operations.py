"""The operation runner: every write the window makes goes through ``Operations``.

A write is a *step*: a function with no arguments that calls ONE service (one transaction) and returns
its ``Outcome`` (value + ``Changes``). The runner runs it, and only if it succeeded pushes the undo
step, announces ``changed`` and a status line. If it raised, nothing is pushed and the analyst reads
one message (never a traceback), so the undo stack always matches the project.

    ops.run(label, step, undo=None, redo=None, target=None, initiator=None, message=None,
            clears_undo=False) -> Outcome | None
        label       how the action reads: Edit › Undo "<label>", "Cannot <label>: …"
        step        () -> Outcome
        undo        (outcome) -> step that reverses it (or None: nothing to undo); None: not undoable
        redo        (outcome of the undo) -> step that does it again; default: ``step`` again
        target      annotation id (or (outcome) -> id) the window selects after undo/redo
        initiator   the view that asked; ``ops.initiator`` names it while ``changed`` is emitted
        message     status line after success: text, or (outcome) -> text
        clears_undo an action that cannot be undone ends the undo history when it changed anything
        details     said under a failure's message box ("<project> is still open.")
    ops.run_in_background(label, step, done=None, initiator=None, show_after_ms=1000,
                          clears_undo=False) -> BackgroundOp | None
        step is (progress) -> Outcome and runs in a worker thread (no Qt in it!); a progress dialog
        with Cancel appears after ``show_after_ms``. ``progress(done, total, text)`` raises
        ``Cancelled`` once Cancel was pressed, which rolls the step's transaction back.
        ``done(outcome)`` runs in the GUI thread after ``changed``; watch ``op.finished``.
    with ops.macro(label): ...   several runs as ONE undo step
    ops.refuse(label, exc)       the same one message for something that is not a write (a lookup)

A write that has to wait for another writer (an import in another window or process holds the project)
keeps waiting; storage tells the runner (``Project.on_busy``) and the runner emits ``waiting`` with what is in
progress, which the window shows in its status bar at once.

Failures (see ``operation_support.describe_failure``): a service's ``ValueError`` is a refusal, shown in
the status bar; a ``StorageError`` (database busy, read-only, conflicting write, connection lost), a
``ProjectError`` or an ``OSError`` is shown in a message box; anything else is logged with its
traceback to ``errors.log`` in the user's state folder and shown as a plain message. Every failure
is emitted once on ``failed`` (its text), with ``ops.last_failure`` (title, serious?) for the window.
While a background step runs, other writes are refused with "… is in progress".

Working with colleagues (``desktop.ui.team``): every step runs inside ``Project.recording()``, and the runner
remembers the version each row was left at by THIS window (``versions``). An undo or redo first checks (in
its transaction) that the rows its command wrote are still as this window left them: if a colleague changed
one since, it is refused with a message saying who and when, never applied blindly. An edit may name the
version it was made on (``expect``): if a colleague changed a field the analyst edited, ``conflict`` is
emitted with both values for the window to ask which to keep. A colleague's change is announced on
``changed`` too, with a ``Remote`` initiator (``announce_remote``), and never touches the undo history.
While the database cannot be reached (``offline_reason``), every write is refused at once with a message.

Feature operation sets (``ReviewOperations``, ``LineupOperations``) are thin methods over ``run``;
the window's own actions (tag, edit, verdicts, delete, documents, projects) are below.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.domain.words import kind_word, status_name
from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.quick_switch import quick_switching
from desktop.quiet_gc import no_cycle_collection
from desktop.services import annotations as annotation_service
from desktop.services import documents as document_service
from desktop.services import review as review_service
from desktop.services.change_places import with_holding
from desktop.services.changes import Changes, Outcome
from desktop.services.queries import AnnotationView, get_annotation
from desktop.storage.errors import ChangedMeanwhile, ConnectionLost
from desktop.storage.project import BusyWait, Project
from desktop.ui.annotation_list import describe_annotation
from desktop.ui.annotation_reads import AnnotationReads
from desktop.ui.operation_support import (
    BackgroundOp,
    Failure,
    OperationCommand,
    Progress,
    Remote,
    RowKey,
    Step,
    StepFrom,
    describe_failure,
    guarded_rows,
)
from desktop.ui.progress_showing import show_when_due, start_settled

if TYPE_CHECKING:  # imported when the analyst first imports
    from desktop.services.importing import ImportedText, ImportReport

PROGRESS_AFTER_MS = 1000
Message = str | Callable[[Outcome[Any]], str | None] | None
Target = str | Callable[[Outcome[Any]], str | None] | None

# What a background step says it is at (``progress(done, total, what)`` in the services), under the step's name.
PROGRESS_PHASES = {
    "documents": QT_TRANSLATE_NOOP("Operations", "{action}: documents…"),
    "annotations": QT_TRANSLATE_NOOP("Operations", "{action}: annotations…"),
    "reviews": QT_TRANSLATE_NOOP("Operations", "{action}: reviews…"),
}

# How an edit reads in Edit > Undo "..." and in the status bar.
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Operations", "status"),
    "note": QT_TRANSLATE_NOOP("Operations", "note"),
    "entity_id": QT_TRANSLATE_NOOP("Operations", "entity"),
    "entity_name": QT_TRANSLATE_NOOP("Operations", "entity"),
    "value": QT_TRANSLATE_NOOP("Operations", "value"),
    "value_max": QT_TRANSLATE_NOOP("Operations", "upper value"),
    "unit": QT_TRANSLATE_NOOP("Operations", "unit"),
    "bound": QT_TRANSLATE_NOOP("Operations", "bound"),
    "measure_id": QT_TRANSLATE_NOOP("Operations", "measure"),
    "measure_label": QT_TRANSLATE_NOOP("Operations", "measure"),
    "machine_read": QT_TRANSLATE_NOOP("Operations", "machine-read flag"),
    "proposition_id": QT_TRANSLATE_NOOP("Operations", "proposition"),
    "proposition_label": QT_TRANSLATE_NOOP("Operations", "proposition"),
    "stance": QT_TRANSLATE_NOOP("Operations", "stance"),
    "speaker_id": QT_TRANSLATE_NOOP("Operations", "speaker"),
    "speaker_name": QT_TRANSLATE_NOOP("Operations", "speaker"),
    "attributed_to": QT_TRANSLATE_NOOP("Operations", "attribution"),
    "credibility": QT_TRANSLATE_NOOP("Operations", "credibility"),
    "kind": QT_TRANSLATE_NOOP("Operations", "kind"),
    "title": QT_TRANSLATE_NOOP("Operations", "title"),
    "language": QT_TRANSLATE_NOOP("Operations", "language"),
    "outlet": QT_TRANSLATE_NOOP("Operations", "outlet"),
    "url": QT_TRANSLATE_NOOP("Operations", "URL"),
    "published": QT_TRANSLATE_NOOP("Operations", "publication date"),
    "reliability": QT_TRANSLATE_NOOP("Operations", "reliability"),
}
VERDICT_LABELS = {"accepted": QT_TRANSLATE_NOOP("Operations", "Accept annotation"),
                  "rejected": QT_TRANSLATE_NOOP("Operations", "Reject annotation"),
                  "disputed": QT_TRANSLATE_NOOP("Operations", "Dispute annotation"),
                  "proposed": QT_TRANSLATE_NOOP("Operations", "Reopen annotation")}
OFFLINE_MESSAGE = QT_TRANSLATE_NOOP("Operations", "You are offline: the database server cannot be reached, so nothing "
                                                  "was stored. Evidence Desk reconnects by itself; try again once the "
                                                  "status bar says online.")
ConflictHandler = Callable[[ChangedMeanwhile], bool]


class EditConflict:
    """An edit made on a version a colleague has changed since: the fields both touched, with both values."""

    def __init__(self, annotation_id: str, fields: dict[str, Any], base: AnnotationView, theirs: AnnotationView,
                 refusal: ChangedMeanwhile) -> None:
        self.annotation_id = annotation_id
        self.fields = fields  # what the analyst wrote (field -> value)
        self.base = base  # the annotation as the analyst saw it
        self.theirs = theirs  # as it is now
        self.by = refusal.by or theirs.author_name
        self.at = refusal.at

    def clashes(self) -> list[str]:
        """The edited fields the colleague changed too."""
        return [f for f in self.fields if f != "machine_read" and field_value(self.base, f) != field_value(self.theirs, f)]


def field_value(view: AnnotationView, field: str) -> Any:
    """An edited field's value as the view shows it (named fields: the entity name, the measure label...)."""
    value = getattr(view, field, None)
    return "" if value is None else value


def _fields_label(fields: Iterable[str]) -> str:
    """"measure", "note, status": how an edit reads in Edit › Undo and the status bar."""
    labels: list[str] = []
    for name in fields:
        english = FIELD_LABELS.get(name)
        label = QCoreApplication.translate("Operations", english) if english is not None else name
        if label not in labels and name != "machine_read":
            labels.append(label)
    return ", ".join(labels) or QCoreApplication.translate("Operations", "fields")


class Operations(QObject):
    """The project, the current author, the undo stack, and the one way to write."""

    changed = Signal(object)  # desktop.services.changes.Changes
    failed = Signal(str)  # the one message for the user: the action was not done
    message = Signal(str)  # a short status-bar line after an action
    projectReplaced = Signal()  # another project was opened: every view reloads
    waiting = Signal(str)  # a write waits for another writer: "Waiting: An import of … is in progress (since …)."
    authorChanged = Signal(int)
    conflict = Signal(object)  # EditConflict: a colleague changed what the analyst edited; the window asks
    connectionLost = Signal(str)  # a step failed because the database went away (the message)

    def __init__(self, project: Project, author_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project = project
        self._author_id = author_id
        self.undo_stack = QUndoStack(self)
        self.reads = AnnotationReads(lambda: self._project, self)  # annotations read once per change
        self.undo_stack.setUndoLimit(500)
        self.last_failure: Failure | None = None
        self.background: BackgroundOp | None = None  # the step running in a worker thread, if any
        self._initiator: object = None
        self.versions: dict[RowKey, int | None] = {}  # versioned rows as THIS window last left them
        self.offline_reason = ""  # set while the database cannot be reached (desktop.ui.team); "" online
        self._watch(project)

    # --- state -----------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self._project

    @property
    def author_id(self) -> int:
        return self._author_id

    @property
    def initiator(self) -> object:
        """While ``changed`` is emitted: the view that asked for the change (None for undo/redo)."""
        return self._initiator

    def set_author(self, author_id: int) -> None:
        if author_id != self._author_id:
            self._author_id = author_id
            self.authorChanged.emit(author_id)

    def replace_project(self, project: Project, author_id: int) -> Project:
        """Work on another project from now on; returns the previous one (the caller closes it)."""
        previous = self._project
        self.undo_stack.clear()  # its commands point into the old project
        self.versions.clear()
        self._project = project
        self._author_id = author_id
        self._watch(project)
        self.projectReplaced.emit()
        return previous

    # --- the runner ------------------------------------------------------------------------------
    def run(self, label: str, step: Step, *, undo: StepFrom | None = None, redo: StepFrom | None = None,
            target: Target = None, initiator: object = None, message: Message = None,
            clears_undo: bool = False, details: str = "", expect: Mapping[RowKey, int | None] | None = None,
            on_conflict: ConflictHandler | None = None) -> Outcome[Any] | None:
        """Run ``step`` now; see the module docstring. Returns its outcome, or None if it failed.

        ``expect``: rows the step must find at these versions (else ``ChangedMeanwhile``, which
        ``on_conflict`` may handle: it returns True when it did, and nothing is reported)."""
        if self._refuse_while_busy(label):
            return None
        try:
            outcome, ledger = self._recorded(step, expect)
        except Exception as exc:  # every failure becomes one message (describe_failure)
            if isinstance(exc, ChangedMeanwhile) and on_conflict is not None and on_conflict(exc):
                return None
            self._failed(replace(describe_failure(label, exc), details=details), exc)
            return None
        changes = outcome.changes
        inverse = undo(outcome) if undo is not None and not changes.empty else None
        if undo is not None and inverse is not None:
            chosen = target(outcome) if callable(target) else target
            self.undo_stack.push(OperationCommand(self, label, inverse, undo, redo or (lambda _undone: step),
                                                  chosen, guarded_rows(ledger)))
        elif clears_undo and not changes.empty:
            self.undo_stack.clear()  # earlier steps may point at what this one changed
        self._announce(changes, initiator, outcome.views)
        text = message(outcome) if callable(message) else message
        if text:
            self.message.emit(text)
        return outcome

    def replay(self, label: str, step: Step, command: OperationCommand | None = None) -> Outcome[Any] | None:
        """Undo or redo one step (``OperationCommand`` calls this); None if it failed (already reported).

        The rows ``command`` wrote must be as this window last left them: a colleague's later change to one
        of them refuses the undo (``ChangedMeanwhile``, said with who and when)."""
        rows = command.rows if command is not None else frozenset()
        expect = {row: self.versions[row] for row in rows if row in self.versions}
        try:
            outcome, ledger = self._recorded(step, expect)
        except Exception as exc:  # see run()
            self._failed(describe_failure(label, exc), exc)
            return None
        if command is not None:
            command.rows = command.rows | guarded_rows(ledger)
        self._announce(outcome.changes, None)
        return outcome

    def _recorded(self, step: Step, expect: Mapping[RowKey, int | None] | None) -> tuple[Outcome[Any], dict[RowKey, int | None]]:
        """Run ``step``, expecting ``expect``; remember the versions it left."""
        project = self._project
        with project.recording() as ledger, project.expecting(expect or {}):
            outcome = step()
        self.versions.update(ledger)
        return outcome, ledger

    def announce_remote(self, changes: Changes, origin: Remote) -> None:
        """A colleague's (or another window's) committed change: the views update, the undo history stays."""
        self._announce(changes, origin)

    def _failed(self, failure: Failure, exc: BaseException) -> None:
        if isinstance(exc, ConnectionLost):
            self.connectionLost.emit(str(exc))
        self._report(failure)

    @contextmanager
    def macro(self, label: str) -> Iterator[None]:
        """Several ``run`` calls as ONE undo step (one Ctrl+Z undoes them all)."""
        self.undo_stack.beginMacro(label)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def run_in_background(self, label: str, step: Callable[[Progress], Outcome[Any]], *,
                          done: Callable[[Outcome[Any]], object] | None = None, initiator: object = None,
                          show_after_ms: int = PROGRESS_AFTER_MS, clears_undo: bool = False) -> BackgroundOp | None:
        """Run a long step in a worker thread with a progress dialog (Cancel writes nothing); see the module
        docstring. Returns the running op (watch ``finished``), or None if another one is running."""
        if self._refuse_while_busy(label):
            return None
        op = BackgroundOp(label, self)
        dialog = self._progress_dialog(op, show_after_ms)
        op.finished.connect(lambda: self._background_done(op, dialog, done, initiator, clears_undo))
        self.background = op
        project = self._project

        def step_and_places(progress: Progress) -> Outcome[Any]:  # in the worker thread
            # a full collection there holds the GIL: the window would wait; and the window's thread gets the
            # GIL back within a millisecond at each of its callbacks (desktop/quick_switch.py)
            with no_cycle_collection(), quick_switching():
                return with_holding(project, step(progress))  # and where its changes are, read there too

        start_settled(op, step_and_places)  # once the window has repainted (desktop/ui/progress_showing.py)
        return op

    def finish_background(self) -> None:
        """Cancel the step running in a worker thread, if any, wait for its thread to end and report its end
        (the window is closing); other writes may run again afterwards."""
        if self.background is not None:
            self.background.stop()

    def refuse(self, label: str, exc: Exception, *, serious: bool = False) -> None:
        """Say why something that is not a write (finding suggestions, a lookup) could not be done: the same
        one message as a failed step; ``serious``: in a message box even for a refusal (a file the analyst
        chose to import cannot be read, as when the import itself fails)."""
        failure = describe_failure(label, exc)
        self._report(replace(failure, serious=True) if serious and not failure.cancelled else failure)

    def undo(self) -> None:
        if not self._refuse_offline("Undo"):
            self.undo_stack.undo()

    def redo(self) -> None:
        if not self._refuse_offline("Redo"):
            self.undo_stack.redo()

    def _refuse_offline(self, label: str) -> bool:
        """Offline, an undo or redo is refused before the history moves (a failed replay would drop it)."""
        if not self.offline_reason:
            return False
        self._report(describe_failure(label, ConnectionLost(self.tr(OFFLINE_MESSAGE))))
        return True

    # --- the runner's parts ----------------------------------------------------------------------
    def _watch(self, project: Project) -> None:
        project.on_busy = self._on_busy

    def _on_busy(self, wait: BusyWait) -> bool:
        """Storage tells us a write is waiting for another writer (a long import elsewhere): say so on
        ``waiting`` and go on waiting (storage gives up by itself after its limit, as DatabaseBusy).
        Called in whichever thread writes; from a worker thread the signal is queued to the window."""
        self.waiting.emit(wait.message)
        return True

    def _announce(self, changes: Changes, initiator: object, views: Mapping[str, AnnotationView] | None = None) -> None:
        if changes.empty:
            return
        self.reads.forget()  # a colleague's or another window's change: what was read may be older
        if views:
            self.reads.remember(views)  # what the step itself knows (a tag's new annotation): not read back
        previous, self._initiator = self._initiator, initiator
        try:
            self.changed.emit(changes)
        finally:
            self._initiator = previous

    def _report(self, failure: Failure) -> None:
        self.last_failure = failure
        if failure.cancelled:
            self.message.emit(failure.message)
        else:
            self.failed.emit(failure.message)

    def _refuse_while_busy(self, label: str) -> bool:
        if self._refuse_offline(label):
            return True
        if self.background is None:
            return False
        self._report(describe_failure(label, ValueError(
            self.tr("{action} is in progress: wait until it is done, then try again.").format(
                action=self.background.label))))
        return True

    def _progress_dialog(self, op: BackgroundOp, show_after_ms: int) -> QProgressDialog:
        parent = self.parent()
        dialog = QProgressDialog(f"{op.label}…", self.tr("Cancel"), 0, 0,
                                 parent if isinstance(parent, QWidget) else None)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(op.label)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def cancel() -> None:
            op.cancel()
            dialog.setLabelText(self.tr("{action}: cancelling…").format(action=op.label))

        def progressed(done: int, total: int, text: str) -> None:
            if total > 0 and dialog.maximum() != total:
                dialog.setMaximum(total)
            if total > 0:
                dialog.setValue(min(done, total))
            if text and not op.cancel_requested:  # the step's name kept, with what it is at in the analyst's language
                phase = PROGRESS_PHASES.get(text)
                dialog.setLabelText(self.tr(phase).format(action=op.label) if phase else text)
            op.progress_shown = op.progress_shown or dialog.isVisible()

        dialog.canceled.connect(cancel)
        op.progressed.connect(progressed)
        show_when_due(dialog, op, show_after_ms)  # with the worker resting while the window repaints
        op.progress_shown = dialog.isVisible()
        return dialog

    def _background_done(self, op: BackgroundOp, dialog: QProgressDialog,
                         done: Callable[[Outcome[Any]], object] | None, initiator: object,
                         clears_undo: bool) -> None:
        op.progress_shown = op.progress_shown or dialog.isVisible()
        dialog.canceled.disconnect()
        dialog.close()
        dialog.deleteLater()
        self.background = None
        if op.error is not None or op.outcome is None:
            error = op.error if isinstance(op.error, Exception) else RuntimeError(f"{op.label} stopped")  # i18n: ok
            failure = describe_failure(op.label, error)
            # The analyst waited for it: any failure but a cancel is worth a message box.
            op.failure = failure if failure.cancelled else replace(failure, serious=True)
            self._report(op.failure)
            return
        changes = op.outcome.changes
        if clears_undo and not changes.empty:
            op.undo_cleared = self.undo_stack.count() > 0
            self.undo_stack.clear()
        self._announce(changes, initiator)
        if done is not None:
            done(op.outcome)

    # --- annotations -----------------------------------------------------------------------------
    def tag(self, document_id: int, kind: str, start: int, end: int, initiator: object = None) -> str | None:
        """Tag [start, end) (code points) as ``kind``; returns the new annotation id, or None on refusal.

        Undo deletes it (keeping a snapshot); redo restores the snapshot, so the id never changes and
        the reviews given in between come back with it."""
        p, a = self._project, self._author_id

        def described(outcome: Outcome[Any]) -> str | None:
            view = self.reads.get(outcome.value)  # read once: the panes, list and panel use it too
            return self.tr("Tagged {annotation}").format(annotation=describe_annotation(view)) if view else None

        outcome = self.run(
            self.tr("Tag {kind}").format(kind=kind_word(kind)),
            lambda: annotation_service.create_annotation(p, document_id=document_id, start=start, end=end,
                                                         kind=kind, author_id=a),
            undo=lambda o: lambda: annotation_service.delete_annotation(p, o.value, a),
            redo=lambda deleted: lambda: annotation_service.restore_annotation(p, deleted.value, a),
            target=lambda o: o.value, initiator=initiator, message=described)
        return None if outcome is None else outcome.value

    def update_annotation(self, annotation_id: str, *, expected: AnnotationView | None = None, **fields: Any) -> bool:
        """Edit fields of an annotation as ONE undoable step. False if refused (see ``failed``).

        Undo puts the annotation back exactly as it was (``restore_fields``: the values the edit replaced,
        ``modified`` included) and removes the entity, measure, proposition or alias the edit created if
        nothing uses it any more. ``status`` is not a field: it goes through the review trail
        (:meth:`set_verdict`); given with other fields, both make one step (one Ctrl+Z undoes both).

        ``expected``: the annotation as the analyst saw it when editing. If a colleague changed it since,
        the edit goes on top of their change when they touched other fields only; when they changed an
        edited field too, nothing is written and ``conflict`` carries both values (False is returned).
        """
        status = fields.pop("status", None)
        if not fields:
            return True if status is None else self.set_status(annotation_id, status)
        p, a = self._project, self._author_id
        view = get_annotation(p, annotation_id) if status is not None else None
        with_verdict = view is not None and view.status != status
        label = _fields_label([*fields, "status"] if with_verdict else fields)

        def edit() -> Outcome[Any]:
            return annotation_service.edit_annotation(p, annotation_id, a, **fields)

        def inverse(outcome: Outcome[Any]) -> Step | None:
            edited = outcome.value
            if not edited.previous:  # nothing changed (an alias may have been recorded): nothing to undo
                return None
            return lambda: annotation_service.restore_fields(p, annotation_id, edited.previous, a, edited.created)

        edit_label = self.tr("Edit {fields}").format(fields=label)
        merged: list[Outcome[Any] | None] = []

        def on_conflict(refusal: ChangedMeanwhile) -> bool:
            theirs = get_annotation(p, annotation_id) if refusal.key == annotation_id else None
            if expected is None or theirs is None:
                return False  # deleted meanwhile, or another row: the ordinary message
            conflict = EditConflict(annotation_id, dict(fields), expected, theirs, refusal)
            if conflict.clashes():
                self.conflict.emit(conflict)
                return True
            merged.append(self.run(edit_label, edit, undo=inverse, target=annotation_id,
                                   expect={("annotations", annotation_id): theirs.version}))
            return True

        expect = {("annotations", annotation_id): expected.version} if expected is not None and expected.version else None
        with self.macro(edit_label) if with_verdict else _no_macro():
            outcome = self.run(edit_label, edit, undo=inverse, target=annotation_id, expect=expect,
                               on_conflict=on_conflict)
            if outcome is None and merged:
                outcome = merged[0]
            if outcome is None:
                return False
            done = True if status is None else self.set_status(annotation_id, str(status))
        if outcome.value.previous:
            self.message.emit(self.tr("Changed {fields}").format(fields=label))
        return done

    def set_status(self, annotation_id: str, status: str) -> bool:
        """Accept, reject, dispute (or set back to proposed) as a verdict in the review trail. False if refused."""
        view = get_annotation(self._project, annotation_id)
        if view is not None and view.status == status:
            return True
        return self.set_verdict(annotation_id, status) is not None

    def set_verdict(self, annotation_id: str, verdict: str, comment: str = "",
                    initiator: object = None) -> str | None:
        """A verdict by the current author, journalled; returns the review id, None if refused.

        Reviews are append-only: Ctrl+Z withdraws the verdict (``revert_verdict`` appends a review that
        restores the previous status), Ctrl+Shift+Z gives it again."""
        p, a = self._project, self._author_id

        def said(outcome: Outcome[Any]) -> str | None:
            view = get_annotation(p, annotation_id)
            if view is None:
                return None
            return self.tr("{status} {annotation} (Ctrl+Z withdraws it)").format(
                status=status_name(verdict), annotation=describe_annotation(view))

        outcome = self.run(
            self.tr(VERDICT_LABELS[verdict]) if verdict in VERDICT_LABELS else verdict,
            lambda: review_service.set_verdict(p, annotation_id, a, verdict, comment),
            undo=lambda o: lambda: review_service.revert_verdict(p, o.value, a),
            target=annotation_id, initiator=initiator, message=said)
        return None if outcome is None else outcome.value

    def delete_annotation(self, annotation_id: str, initiator: object = None) -> bool:
        """Delete an annotation; Ctrl+Z restores it (same id, fields, dates, reviews and conflict rows)."""
        p, a = self._project, self._author_id

        def said(outcome: Outcome[Any]) -> str:
            snapshot = outcome.value
            quote = snapshot["quote"]
            short = quote if len(quote) <= 40 else quote[:39] + "…"
            return self.tr("Deleted {kind} “{quote}” (Ctrl+Z brings it back)").format(
                kind=kind_word(snapshot["kind"]), quote=short)

        view = get_annotation(p, annotation_id)
        outcome = self.run(
            self.tr("Delete {kind}").format(kind=kind_word(view.kind)) if view else self.tr("Delete annotation"),
            lambda: annotation_service.delete_annotation(p, annotation_id, a),
            undo=lambda o: lambda: annotation_service.restore_annotation(p, o.value, a),
            redo=lambda _restored: lambda: annotation_service.delete_annotation(p, annotation_id, a),
            target=annotation_id, initiator=initiator, message=said)
        return outcome is not None

    # --- documents -------------------------------------------------------------------------------
    def update_document(self, document_id: int, **fields: Any) -> bool:
        """Edit a document's metadata as one undoable step (undo puts the previous values back)."""
        p, a = self._project, self._author_id
        names = list(fields)
        outcome = self.run(
            self.tr("Edit document {fields}").format(fields=_fields_label(names)),
            lambda: document_service.update_document(p, document_id, a, **fields),
            undo=lambda o: (lambda: document_service.update_document(p, document_id, a, **o.value)) if o.value else None,
            redo=lambda _o: lambda: document_service.update_document(p, document_id, a, **fields),
            message=lambda o: self.tr("Changed document {fields}").format(fields=_fields_label(o.value))
            if o.value else None)
        return outcome is not None

    def delete_document(self, document_id: int) -> bool:
        """Delete a document and its annotations. Not undoable: it also clears the undo history."""
        p, a = self._project, self._author_id
        outcome = self.run(self.tr("Delete document"), lambda: document_service.delete_document(p, document_id, a),
                           clears_undo=True, message=self.tr("Deleted the document and its annotations"))
        return outcome is not None

    def import_files(self, paths: Sequence[str], progress: Callable[[int, int, str], object] | None = None,
                     full_text: bool = False) -> ImportReport | None:
        """Import text files as documents (not undoable); returns the service's ImportReport, None if it failed.

        ``progress(done, total, name)`` is called before each file; returning False stops the import.
        """
        from desktop.services import importing  # only when the analyst imports

        p, a = self._project, self._author_id

        def step() -> Outcome[ImportReport]:
            report = importing.import_files(p, [str(path) for path in paths], progress, author_id=a,
                                            full_text=full_text)
            return Outcome(report, report.changes)

        outcome = self.run(self.tr("Import documents"), step, message=lambda o: o.value.summary())
        return None if outcome is None else outcome.value

    def add_fetched(self, doc: ImportedText, known: tuple[str, ...]) -> int | None:
        """Store a fetched page (``services.web.prepare_exchange``) as a document (not undoable)."""
        from desktop.services import web  # only when the analyst adds a page
        from desktop.services.importing import ImportRefused

        p, a = self._project, self._author_id

        def step() -> Outcome[Any]:
            try:
                result = web.store_page(p, doc, known, author_id=a)
            except ImportRefused as exc:  # a refusal with a sentence for the user, not a failure
                raise ValueError(str(exc)) from exc
            added = frozenset() if result.document_id is None else frozenset({result.document_id})
            return Outcome(result, Changes(documents=added))

        page = known[0] if known else self.tr("The page")
        outcome = self.run(self.tr("Add the page"), step, message=lambda o: f"{page}: {o.value.outcome_text()}")
        return None if outcome is None else outcome.value.document_id


@contextmanager
def _no_macro() -> Iterator[None]:
    yield
