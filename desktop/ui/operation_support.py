"""The parts of the operation runner (``desktop.ui.operations``) that views never touch.

- :func:`describe_failure` turns an exception into the one message the analyst reads (and logs the
  traceback of anything unexpected, see :func:`log_unexpected`);
- :class:`OperationCommand` is the one undo command: it holds the inverse of the last step it ran;
- :class:`BackgroundOp` runs a long step in a worker thread and reports progress and the end to the
  GUI thread through queued signals; :class:`Progress` is what the step sees of it.
"""

from __future__ import annotations

import re
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from desktop.i18n import SOURCE_LANGUAGE, Context
from desktop.services.changes import Outcome
from desktop.services.progress import Cancelled
from desktop.storage.errors import ChangedMeanwhile, StorageError
from desktop.storage.project import ProjectError
from desktop.ui.language import current_language

if TYPE_CHECKING:
    from desktop.ui.operations import Operations

Step = Callable[[], Outcome[Any]]
StepFrom = Callable[[Outcome[Any]], Step | None]
RowKey = tuple[str, str]  # (table, id): a versioned row (``Project.recording``)
LOG_NAME = "errors.log"
REPORT_EVERY_S = 0.1  # a background step's progress goes to the GUI thread at most this often
REST_LIMIT_S = 0.5  # the longest a worker rests at one report when the window asked it to (``BackgroundOp.hold``)


@dataclass(frozen=True)
class Remote:
    """``Operations.initiator`` while a colleague's (or another window's) change is announced: views keep
    what the analyst is doing (the selection, the field being typed in) and only show the new state."""

    authors: tuple[str, ...] = ()
    count: int = 1  # how many committed changes the announcement gathers


def guarded_rows(ledger: dict[RowKey, int | None]) -> frozenset[RowKey]:
    """The rows an undo must find as this analyst left them: the annotations and reviews a step wrote, or,
    for a step on the register only, its entries (an entity a tag merely created is shared, not guarded)."""
    own = frozenset(k for k in ledger if k[0] in ("annotations", "reviews"))
    return own or frozenset(ledger)


# --- failures ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Failure:
    """Why an operation was not done. ``serious``: the analyst did nothing wrong (the database refused,
    a file could not be written, a bug): the window shows it in a message box, a refusal in the status bar."""

    title: str
    message: str
    serious: bool = False
    cancelled: bool = False
    details: str = ""  # what stays as it was, said under the message


Runner = Context("Runner")

def log_path() -> Path:
    """``errors.log`` in the user's state folder ($XDG_STATE_HOME/evidence-desk on Linux)."""
    from platformdirs import user_state_path

    return user_state_path("evidence-desk") / LOG_NAME


def log_unexpected(label: str, exc: BaseException) -> Path | None:
    """Append the traceback of ``exc`` to the error log; returns the log's path (None if it cannot be written)."""
    path = log_path()
    stamp = datetime.now().astimezone().isoformat(timespec="seconds")
    text = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {stamp} {label}\n{text}\n")
    except OSError:
        return None
    return path


def _lower_first(text: str) -> str:
    """"Tag figure" -> "tag figure" inside an English sentence; other languages keep the label as it is
    (German nouns keep their capital, and a translation puts the action where its grammar wants it)."""
    if current_language() != SOURCE_LANGUAGE:
        return text
    return text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text


def _replayed(label: str) -> tuple[str, str] | None:
    """("undo", "tag figure") when ``label`` is Edit › Undo's (or Redo's) label for a step, in the window's
    language; None for any other label."""
    for verb, template in (("undo", Runner.tr("Undo {action}")), ("redo", Runner.tr("Redo {action}"))):
        head, _, tail = template.partition("{action}")
        match = re.fullmatch(re.escape(head) + "(.*)" + re.escape(tail), label, re.DOTALL)
        if match is not None and (head or tail):
            return verb, match.group(1).strip()
    return None


def describe_failure(label: str, exc: BaseException) -> Failure:
    """The one message for ``exc`` raised by the step called ``label`` ("Tag figure", "Import b.jsonld")."""
    title = Runner.tr("Cannot {action}").format(action=_lower_first(label))
    if isinstance(exc, Cancelled):
        return Failure(title, Runner.tr("{action}: cancelled, nothing was written.").format(action=label),
                       cancelled=True)
    replayed = _replayed(label) if isinstance(exc, ChangedMeanwhile) else None
    if isinstance(exc, ChangedMeanwhile) and replayed is not None:
        verb, action = replayed
        who = exc.by or Runner.tr("A colleague")
        when = Runner.tr(" at {time} UTC").format(time=exc.at[11:16]) if len(exc.at) >= 16 else ""
        what = f"“{action}”" if action else Runner.tr("it")
        sentences = {
            ("undo", True): Runner.tr("{title}: {who} deleted it after you{when}. To undo {what} now would "
                                      "overwrite their change, so nothing was changed."),
            ("undo", False): Runner.tr("{title}: {who} changed it after you{when}. To undo {what} now would "
                                       "overwrite their change, so nothing was changed."),
            ("redo", True): Runner.tr("{title}: {who} deleted it after you{when}. To redo {what} now would "
                                      "overwrite their change, so nothing was changed."),
            ("redo", False): Runner.tr("{title}: {who} changed it after you{when}. To redo {what} now would "
                                       "overwrite their change, so nothing was changed."),
        }
        return Failure(title, sentences[(verb, exc.actual is None)].format(title=title, who=who, when=when,
                                                                            what=what), serious=True)
    if isinstance(exc, StorageError):
        return Failure(title, f"{title}: {exc}", serious=True)
    if isinstance(exc, ProjectError):
        return Failure(title, str(exc), serious=True)
    if isinstance(exc, ValueError):  # the services' refusals: written for the user
        return Failure(title, str(exc))
    if isinstance(exc, OSError):
        reason = exc.strerror or str(exc) or type(exc).__name__
        where = f" ({exc.filename})" if exc.filename else ""
        return Failure(title, Runner.tr("{title}: {reason}{where}. Nothing was written.").format(
            title=title, reason=reason, where=where), serious=True)
    log = log_unexpected(label, exc)
    where = Runner.tr(" The details are in {path}.").format(path=log) if log is not None else ""
    return Failure(title, Runner.tr("Something went wrong: “{action}” was not done and nothing was written.{where}")
                   .format(action=label, where=where), serious=True)


# --- the undo command ----------------------------------------------------------------------------------------

class OperationCommand(QUndoCommand):
    """One undoable step. Pushed only AFTER the step succeeded, so the first ``redo()`` (which
    ``QUndoStack.push`` calls) does nothing.

    ``first_undo`` reverses the step that was run; afterwards ``undo(outcome)`` gives the step that reverses
    what produced ``outcome`` and ``redo(undo_outcome)`` the step that does it again after an undo returned
    ``undo_outcome``. Each replay goes through the runner:
    if it fails (someone deleted the annotation meanwhile, the database is busy), the runner shows why and
    the command makes itself obsolete, so the stack drops a step it cannot replay.
    """

    def __init__(self, runner: Operations, text: str, first_undo: Step, undo: StepFrom, redo: StepFrom,
                 target: str | None = None, rows: frozenset[RowKey] = frozenset()) -> None:
        super().__init__(text)
        self.rows = rows  # versioned rows its steps wrote: an undo or redo expects them as the analyst left them
        self._runner = runner
        self._inverse = undo
        self._again = redo
        self._undo_step: Step = first_undo
        self._redo_step: Step | None = None
        self._skip_first_redo = True
        self.annotation_id = target  # the window selects it again after undo/redo

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        assert self._redo_step is not None
        outcome = self._runner.replay(Runner.tr("Redo {action}").format(action=_lower_first(self.text())),
                                      self._redo_step, self)
        if outcome is None:
            self.setObsolete(True)
            return
        self._undo_step = self._inverse(outcome) or self._undo_step

    def undo(self) -> None:
        outcome = self._runner.replay(Runner.tr("Undo {action}").format(action=_lower_first(self.text())),
                                      self._undo_step, self)
        if outcome is None:
            self.setObsolete(True)
            return
        self._redo_step = self._again(outcome)
        assert self._redo_step is not None, "a redo step is always known"


# --- running off the GUI thread --------------------------------------------------------------------------------

class Progress:
    """What a background step sees: ``report(done, total, text)`` after each piece of work.

    ``report`` raises :class:`~desktop.services.progress.Cancelled` once the analyst pressed Cancel; raised
    inside the step's transaction, it rolls everything back, so a cancelled step writes nothing.
    Safe to call from the worker thread (it only sets values and emits a queued signal).
    """

    def __init__(self, op: BackgroundOp) -> None:
        self._op = op
        self._shown_at: float | None = None  # when the last report went to the GUI thread
        self._shown_text = ""

    @property
    def cancelled(self) -> bool:
        return self._op.cancel_requested

    def report(self, done: int, total: int, text: str = "") -> None:
        """Checks for Cancel at every call; rests here while the window holds the step (``BackgroundOp.hold``);
        passes the figures on to the GUI thread at most every ``REPORT_EVERY_S`` (the first, the last and a
        new text always): a step that reports every few items would otherwise queue hundreds of repaints of
        the progress dialog a second."""
        self._op.rest_if_held()
        if self._op.cancel_requested:
            raise Cancelled()
        now = time.monotonic()
        if (self._shown_at is not None and now - self._shown_at < REPORT_EVERY_S and done < total
                and text == self._shown_text):
            return
        self._shown_at, self._shown_text = now, text
        self._op.progressed.emit(done, total, text)

    __call__ = report  # a Progress is what the services take (desktop.services.progress.Progress)


class BackgroundOp(QObject):
    """A step running in a worker thread. ``finished`` is emitted in the GUI thread when it is over; then
    ``outcome`` (success), ``failure`` (refused, failed or cancelled) and ``progress_shown`` are set."""

    progressed = Signal(int, int, str)  # done, total, what (emitted from the worker thread: queued)
    finished = Signal()
    _ended = Signal()

    def __init__(self, label: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.outcome: Outcome[Any] | None = None
        self.failure: Failure | None = None
        self.error: BaseException | None = None
        self.done = False
        self.progress_shown = False
        self.undo_cleared = False
        self._cancel = threading.Event()
        self._may_run = threading.Event()  # cleared by ``hold``: the worker rests at its next report
        self._may_run.set()
        self._resting = threading.Event()  # set while the worker rests
        self._thread: threading.Thread | None = None
        self._ended.connect(self._join)

    @property
    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the step to stop at its next progress report (it then writes nothing)."""
        self._cancel.set()
        self._may_run.set()  # a resting step goes on to that report at once

    # The worker and the window's thread share Python's lock (the GIL): while the worker runs Python, each of
    # the window's calls into Python (a model's data(), a widget's event(), even Qt's check of whether Python
    # overrides a virtual method) waits for it. A repaint of the whole window (a modal progress dialog appears
    # and the window turns inactive) makes hundreds of such calls: 150-350 ms with a busy worker beside it,
    # 20-30 ms without. ``hold`` lets the window have the lock to itself for such a moment.
    def hold(self) -> None:
        """Ask the worker to rest at its next progress report until ``release`` (at most ``REST_LIMIT_S``
        each time, so a hold nobody releases only slows the step down)."""
        self._may_run.clear()

    def release(self) -> None:
        self._may_run.set()

    @property
    def started(self) -> bool:
        return self._thread is not None or self.done

    @property
    def resting(self) -> bool:
        return self._resting.is_set()

    def wait_until_resting(self, timeout_s: float) -> bool:
        """In the window's thread, after ``hold``: until the worker rests (True) or ``timeout_s`` passed."""
        return self._resting.wait(timeout_s)

    def rest_if_held(self) -> None:
        """In the worker thread (``Progress.report``): rest while the window holds the step."""
        if self._may_run.is_set():
            return
        self._resting.set()
        try:
            self._may_run.wait(REST_LIMIT_S)  # the lock is let go while waiting
        finally:
            self._resting.clear()

    def stop(self) -> None:
        """Cancel, wait until the worker thread has ended (its transaction rolled back, unless it was
        already past its last progress report and committed), and report the end now (``finished``).
        For a window that is closing: no thread may go on writing to a project that is being closed."""
        self.cancel()
        self._join()

    def start(self, step: Callable[[Progress], Outcome[Any]]) -> None:
        progress = Progress(self)

        def work() -> None:
            try:
                self.rest_if_held()  # held from its start: the window first repaints (desktop/ui/progress_showing.py)
                if self.cancel_requested:
                    raise Cancelled()
                self.outcome = step(progress)
            except BaseException as exc:  # handed to the GUI thread, which decides what to show
                self.error = exc
            self._ended.emit()

        self._thread = threading.Thread(target=work, name=f"evidence-desk: {self.label}", daemon=True)
        self._thread.start()

    def _join(self) -> None:
        if self.done:  # ended already (``stop``): the worker's queued signal comes after
            return
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        self.done = True
        self.finished.emit()
