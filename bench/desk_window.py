"""The real main window on a desk (issue 16), measured in a process of its own (Qt offscreen).

    python bench/desk_window.py launch PROJECT            prints {"interactive_s": ...} (run it as a fresh process):
        until the window has painted and handled a key posted to it
    python bench/desk_window.py session PROJECT BIG PLAIN W3C [--only=open,tag,compare,stalls,actions]
        BIG / PLAIN: ids of the 3 MB document with 10,000 annotations and of the same text without them;
        W3C: a colleague file the window imports in the background while the event loop is watched.

``session`` prints one JSON object: opening PLAIN and BIG in a pane to the first paint (median of 3), the time
until the "Annotations in this article" list holds every row, the comparison view opened and shown, one tag
stored and painted (median of 20) while the desk's annotations exist, and the longest event-loop stall
while the import and a W3C export run in the background (each with its progress dialog appearing after the
window's own delay, as an analyst sees it), and an analyst's actions on the desk (``actions``: each one's time on
the GUI thread, until it is filled in, and the longest event-loop stall meanwhile). ``--only=`` runs some of these parts
(one measure at a time while working on it); opening and tagging also print their CPU time (``*_cpu_s``).
"""

from __future__ import annotations

import collections
import gc
import json
import os
import statistics
import sys
import tempfile
import threading
import time
import traceback

# when run by bench/desk.py: the moment it started this process (time.perf_counter is CLOCK_MONOTONIC on Linux,
# the same clock in both processes), so that the interpreter's own start counts too
START = float(os.environ.get("EVIDENCE_DESK_BENCH_SPAWNED", time.perf_counter()))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# as `evidence-desk PROJECT` does (desktop/cli/__init__.py): SQLite's check of the project file begins before the
# window's imports, then the window's module before anything of Qt (its imports run with the cycle collector
# paused, desktop/quiet_start.py, and the Qt-free core comes before PySide6)
from desktop.storage.deferred_check import check_early  # noqa: E402

check_early(sys.argv[2] if len(sys.argv) > 2 else None)
import desktop.ui.app  # noqa: E402, F401, I001
from PySide6.QtCore import QElapsedTimer, QEvent, QEventLoop, QObject, QSettings, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def _window(project_path: str, home: str):
    # the window's module is already imported (top of this file), as `evidence-desk` imports it first
    from desktop.services.profiles import save_profile
    from desktop.storage.project import open_project
    from desktop.ui.app import build_main_window, configure_application

    app = QApplication.instance() or QApplication([])
    configure_application(app)
    profile = save_profile("Bench", "#2ca02c")
    project = open_project(project_path, check_later=True)  # as evidence-desk opens it (open_start_project)
    window = build_main_window(project, profile, QSettings(f"{home}/settings.ini", QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    return app, window


def launch(project_path: str) -> None:
    """Process start until the window has painted AND answers input: a key posted to the window once it has
    painted is handled (behind whatever the window queued for the event loop's next turns)."""
    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = f"{home}/config", f"{home}/data"
        app, window = _window(project_path, home)
        window.repaint()
        painted = time.perf_counter() - START
        answered = _answer_to_a_key(app, window)
        print(json.dumps({"interactive_s": time.perf_counter() - START, "painted_s": painted,
                          "answered_s": answered, "cpu_s": time.process_time(),
                          "gui_thread_cpu_s": time.thread_time()}))
        window.close()


class _KeySeen(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and getattr(event, "key", lambda: None)() == Qt.Key.Key_Shift:
            self.seen = True
        return False


def _answer_to_a_key(app: QApplication, window) -> float:
    """Seconds until a Shift key press posted to the window's focused widget is handled (it changes nothing)."""
    target = app.focusWidget() or window
    seen = _KeySeen()
    target.installEventFilter(seen)
    app.postEvent(target, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier))
    took = _wait(app, lambda: seen.seen, limit=60.0)
    target.removeEventFilter(seen)
    return took


class StallWatch:
    """The longest gap between two ticks of a 5 ms timer: how long the event loop was kept from running.

    With ``EVIDENCE_DESK_STALL_STACKS=1`` a watcher thread also samples the GUI thread's Python stack every
    20 ms while the loop is late by more than 100 ms, and ``stop`` prints the most common stacks of the
    longest gaps to stderr: what held the GUI thread (found the comparison view building its cards)."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.clock = QElapsedTimer()
        self.longest = 0.0
        self.longest_cpu = self.longest_all_cpu = 0.0
        self._cpu, self._all_cpu = time.thread_time(), time.process_time()
        self.timer.timeout.connect(self._tick)
        self._stacks = os.environ.get("EVIDENCE_DESK_STALL_STACKS") == "1"
        self._gui = threading.get_ident()
        self._last = time.perf_counter()
        self._samples: dict[float, collections.Counter[str]] = {}
        self._watching = False
        self._held: list[tuple[float, str]] = []
        self._watcher: threading.Thread | None = None

    def start(self) -> None:
        self.longest = self.longest_cpu = self.longest_all_cpu = 0.0
        self._cpu, self._all_cpu = time.thread_time(), time.process_time()
        self.clock.start()
        self.timer.start()
        self._last = time.perf_counter()
        if self._stacks:
            self._samples = {}
            self._watching = True
            self._watcher = threading.Thread(target=self._watch, daemon=True)
            self._watcher.start()
            self._collections: list[tuple[float, int, str]] = []
            gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict[str, int]) -> None:
        """The cycle collector's pauses (it holds the GIL: every thread waits), and in which thread."""
        if phase == "start":
            self._collecting = time.thread_time()
        else:
            took = time.thread_time() - self._collecting  # CPU: a loaded machine's waits left out
            if took > 0.01:
                self._collections.append((took, info["generation"], threading.current_thread().name))

    def _tick(self) -> None:
        gap = self.clock.restart() / 1000.0
        cpu, all_cpu = time.thread_time(), time.process_time()
        if gap > self.longest:
            self.longest = gap
            self.longest_cpu = cpu - self._cpu  # the GUI thread's own CPU time in that gap
            self.longest_all_cpu = all_cpu - self._all_cpu  # and every thread's (the worker's: GIL contention?)
        self._cpu, self._all_cpu = cpu, all_cpu
        self._last = time.perf_counter()

    def _watch(self) -> None:
        """Every 20 ms: the GUI thread's stack if the loop is late. Every 2 ms: how long this thread waited
        for the GIL (and the machine) beyond its sleep; over 40 ms, the other threads' lines then (the line a
        worker was at when it let go: just after the call that held the GIL)."""
        woke = time.perf_counter()
        while self._watching:
            for _ in range(10):
                time.sleep(0.002)
                now = time.perf_counter()
                late, woke = now - woke - 0.002, now
                if late > 0.04:
                    frames = sys._current_frames()
                    lines = [self._stack(f, 2, everything=True) for ident, f in frames.items()
                             if ident != threading.get_ident()]
                    self._held.append((late, " | ".join(x for x in lines if x)))
            since = self._last
            if time.perf_counter() - since > 0.1:
                frames = sys._current_frames()
                sample = [self._stack(frames.get(self._gui), 8) or "(in Qt)"]
                sample += [f"[another thread] {self._stack(f, 3)}" for ident, f in frames.items()
                           if ident not in (self._gui, threading.get_ident())]  # a worker holding the GIL?
                self._samples.setdefault(since, collections.Counter())["\n    ".join(sample)] += 1

    @staticmethod
    def _stack(frame, depth: int, everything: bool = False) -> str:
        if frame is None:
            return ""
        def where(f: traceback.FrameSummary) -> str:
            return f.filename.rsplit("/", 1)[-1] if everything else f.filename.rsplit("/desktop/", 1)[-1]

        lines = [f"{where(f)}:{f.lineno} {f.name}"
                 for f in traceback.extract_stack(frame) if everything or "/desktop/" in f.filename]
        return "\n    ".join(lines[-depth:])

    def stop(self, name: str = "") -> float:
        self.timer.stop()
        if self._watcher is not None:
            self._watching = False
            self._watcher.join()
            self._watcher = None
            longest = sorted(self._samples.values(), key=lambda c: -sum(c.values()))[:3]
            for counter in longest:
                print(f"a stall during {name}: {sum(counter.values())} samples of the GUI thread's stack",
                      file=sys.stderr)
                for stack, n in counter.most_common(2):
                    print(f"  {n}×\n    {stack}", file=sys.stderr)
        if self._stacks:
            gc.callbacks.remove(self._collected)
            for took, generation, thread in sorted(self._collections, reverse=True)[:4]:
                print(f"  a cycle collection of generation {generation} took {took * 1000:.0f} ms of CPU in {thread}",
                      file=sys.stderr)
            for late, where in sorted(self._held, reverse=True)[:6]:
                print(f"  the watcher got the GIL {late * 1000:.0f} ms late; then: {where}", file=sys.stderr)
            self._held = []
            print(f"the longest gap during {name}: {self.longest * 1000:.0f} ms, of which the GUI thread's own "
                  f"CPU time {self.longest_cpu * 1000:.0f} ms, every thread's {self.longest_all_cpu * 1000:.0f} ms",
                  file=sys.stderr)
        return self.longest


def _wait(app: QApplication, done, limit: float = 600.0) -> float:
    started = time.perf_counter()
    while not done():
        app.processEvents()
        time.sleep(0.001)
        if time.perf_counter() - started > limit:
            raise TimeoutError("the window did not finish in time")
    return time.perf_counter() - started


def background_work(window, home: str) -> dict[str, object]:
    """The long actions the window runs off the GUI thread that the benchmark watches (name -> start)."""
    work: dict[str, object] = {}
    exchange = window.features["desktop.ui.colleague_import"]
    work["a W3C export for a colleague"] = lambda: exchange.export_path(f"{home}/export.jsonld")
    return work


PARTS = ("open", "tag", "compare", "stalls", "actions")


def session(project_path: str, big: int, plain: int, w3c: str, parts: tuple[str, ...] = PARTS) -> None:
    from desktop.domain.spans import Span  # noqa: F401 (the pane's own import, warm)

    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as home:
        os.environ["XDG_CONFIG_HOME"], os.environ["XDG_DATA_HOME"] = f"{home}/config", f"{home}/data"
        app, window = _window(project_path, home)
        window.open_document(plain)
        app.processEvents()
        if "open" in parts:
            _open_part(out, app, window, big, plain)
        if "tag" in parts:
            _tag_part(out, app, window, big, plain)
        if "compare" in parts:
            _compare_part(out, app, window)
        if "stalls" in parts:
            _stalls_part(out, app, window, home, w3c)
        if "actions" in parts:
            _actions_part(out, app, window)
        window.close()
    print(json.dumps(out))


def _open_part(out: dict[str, object], app: QApplication, window, big: int, plain: int) -> None:
    """Opening PLAIN and BIG to the first paint (median of 3), and until the list holds every row."""
    listing = window.annotation_list

    def list_loaded() -> bool:
        loading = getattr(listing, "loading", None)  # a list that fills in the background says so
        return not (loading() if callable(loading) else False)

    def open_painted(document_id: int) -> tuple[float, float, float]:
        """(to the first paint, until the list holds every row of the document, CPU to the first paint)."""
        window.open_document(plain if document_id == big else big)  # another one first
        _wait(app, lambda: listing.document_id != document_id and list_loaded())
        app.processEvents()
        started, cpu = time.perf_counter(), time.process_time()
        pane = window.open_document(document_id)
        pane.text_view().viewport().repaint()
        painted, cpu = time.perf_counter() - started, time.process_time() - cpu
        _wait(app, lambda: listing.document_id == document_id and list_loaded())
        return painted, time.perf_counter() - started, cpu

    plain_runs = [open_painted(plain) for _ in range(3)]
    big_runs = [open_painted(big) for _ in range(3)]
    out["open_plain_s"] = statistics.median(r[0] for r in plain_runs)
    out["open_big_s"] = statistics.median(r[0] for r in big_runs)
    out["open_plain_cpu_s"] = statistics.median(r[2] for r in plain_runs)
    out["open_big_cpu_s"] = statistics.median(r[2] for r in big_runs)
    out["list_filled_s"] = statistics.median(r[1] for r in big_runs)
    out["list_rows"] = listing.model.rowCount()


def _tag_part(out: dict[str, object], app: QApplication, window, big: int, plain: int) -> None:
    """One tag, stored (the service commits) and painted, on the big document while the desk exists."""
    pane = window.open_document(big)
    view = pane.text_view()
    window.panel_dock.show()  # a tag shows the annotation panel: the panes take their width first
    app.processEvents()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    view.viewport().repaint()
    text = pane.text
    times, cpus = [], []
    for i in range(20):
        first, last = pane.visible_range()  # the lines in sight now
        start = first + (last - first) // 4 + (i * 997) % max(1, (last - first) // 2)
        while not text[start:start + 12].strip() or text[start:start + 1].isspace():
            start += 1
        pane.select_range(start, start + 12)  # the analyst's drag: the caret is there (not timed)
        started, cpu = time.perf_counter(), time.process_time()
        made = window.tag_range(pane, "entity", start, start + 12)
        view.viewport().repaint()
        times.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
        if made is None or not pane.span_rects(made):
            failure = window.ops.last_failure
            raise AssertionError(f"tag {i} at {start} was not stored and painted ({made}, "
                                 f"{failure.message if failure else 'no failure'})")
        # the loop turns until it is idle, as it does between an analyst's tags: what a tag leaves for the loop's
        # next turn (the annotation list, the Review dock) is painted here, not inside the next tag's measure
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 200)
    out["tag_s"] = statistics.median(times)
    out["tag_one_cpu_s"] = statistics.median(cpus)


def _compare_part(out: dict[str, object], app: QApplication, window) -> None:
    """The comparison view, opened and shown."""
    lineup = window.features["desktop.ui.lineup.install"]
    started = time.perf_counter()
    lineup.show_compare()
    compare = lineup.compare_view()
    app.processEvents()
    compare.repaint()
    out["compare_shown_s"] = time.perf_counter() - started  # on screen, saying it is computing
    computing = getattr(compare, "computing", None)  # a view that computes off the GUI thread says so
    _wait(app, lambda: not (computing() if callable(computing) else False))
    app.processEvents()
    compare.repaint()
    out["compare_s"] = time.perf_counter() - started  # filled in: the cards in sight built and painted
    out["compare_sections"] = compare.section_count() if hasattr(compare, "section_count") else (
        len(compare.measure_sections) + len(compare.proposition_sections))
    out["compare_built"] = len(compare.measure_sections) + len(compare.proposition_sections)


def _stalls_part(out: dict[str, object], app: QApplication, window, home: str, w3c: str) -> None:
    """Long work in the background: the longest stall of the event loop."""
    watch = StallWatch()
    stalls = {}
    exchange = window.features["desktop.ui.colleague_import"]  # its progress dialog when due, as for an analyst
    watch.start()
    started = time.perf_counter()
    op = exchange.import_path(w3c)
    _wait(app, lambda: op is None or op.done)
    stalls["import"] = (watch.stop("the import"), time.perf_counter() - started)
    cpus = {"import": (watch.longest_cpu, watch.longest_all_cpu)}
    app.processEvents()
    for name, run in background_work(window, home).items():
        watch.start()
        started = time.perf_counter()
        running = run()
        _wait(app, lambda r=running: r is None or r.done)
        stalls[name] = (watch.stop(name), time.perf_counter() - started)
        cpus[name] = (watch.longest_cpu, watch.longest_all_cpu)
        app.processEvents()
    out["stalls"] = stalls
    out["stall_cpu"] = cpus  # in the longest gap: the GUI thread's CPU time and every thread's (the rest: load)


def _actions_part(out: dict[str, object], app: QApplication, window) -> None:
    """An analyst's actions on the desk: (seconds on the GUI thread in the call, seconds until filled in, the longest
    event-loop stall from the call until then and 0.3 s after), by action."""
    from desktop.services.authors import annotation_counts, list_authors
    from desktop.services.queries import list_annotations

    watch = StallWatch()
    actions: dict[str, tuple[float, float, float]] = {}

    def measure(name: str, action, done=lambda _result: True) -> None:
        app.processEvents()
        watch.start()
        started = time.perf_counter()
        result = action()
        called = time.perf_counter() - started
        _wait(app, lambda: done(result), limit=300.0)
        filled = time.perf_counter() - started
        _wait(app, lambda: time.perf_counter() - started > filled + 0.3)
        actions[name] = (called, filled, watch.stop(name))

    review = window.features["desktop.ui.review.install"]
    search, exports = window.features["desktop.ui.search.install"], window.features["desktop.ui.exports"]
    project = window.project
    linked = next(v for v in list_annotations(project, kind="claim") if v.proposition_id)  # not timed
    document_id = linked.document_id
    window.open_document(document_id)
    app.processEvents()
    measure("select a claim (its proposition's claims marked across the desk)",
            lambda: window.select_annotation(linked.id))

    def run_search() -> None:
        search.show_search()
        search.panel.query.setText(linked.quote.split()[0])
        search.panel.submit()

    measure("search the desk (Ctrl+Shift+F)", run_search)
    exports.open_dossier_dialog()
    dialog = exports.dossier_dialog
    building = getattr(dialog, "building", lambda: False)
    _wait(app, lambda: not building(), limit=900.0)
    dialog.close()
    exports.dossier_dialog = None
    measure("Export Dossier opened, its preview filled in", exports.open_dossier_dialog,
            lambda _r: not getattr(exports.dossier_dialog, "building", lambda: False)())
    exports.dossier_dialog.close()
    counts = annotation_counts(project)
    a, b = [x for x, _n in counts.most_common(2)] if len(counts) > 1 else [x.id for x in list_authors(project)[:2]]
    measure("Agreement between the two busiest analysts, filled in", lambda: review.open_agreement(a, b),
            lambda d: not getattr(d, "computing", lambda: False)())
    review.agreement.close()
    measure("Adjudicate the article open", lambda: review.open_adjudication(document_id, a, b))
    review.adjudication.close()
    out["actions"] = actions


if __name__ == "__main__":
    if sys.argv[1] == "launch":
        launch(sys.argv[2])
    else:
        only = [a.split("=", 1)[1] for a in sys.argv[6:] if a.startswith("--only=")]
        session(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5],
                tuple(only[0].split(",")) if only else PARTS)
