"""Benchmark of the article pane on a long document: `make bench`.

Run as ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/run.py [--json]``. It builds a ~3 MB
multilingual article and 10,000 annotations, then measures, in one process:

  (a) opening the article in a pane without annotations, until the first paint is done
  (b) the same with the 10,000 annotations (<= 300 ms and <= 2x (a))
  (c) tagging one more span: add_span until it is painted (median of 20, <= 16 ms)
  (d) page down: scroll one page and paint (median of 20, <= 8 ms)
  (f) the full open path from a real project file: read spans and text through the services,
      show them, paint
  (g) jumping to an annotation near the end of the article (select_annotation + paint)
  (e) peak memory of the whole process (< 250 MB)
  (h) a sanity check of the Qt binding: void Qt calls must not drop references to None (PySide6
      6.12.0 on Python 3.11 does, and the interpreter then aborts: "none_dealloc")

Prints a Markdown table (or JSON with --json) and exits with 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))  # the helpers next to this file

import shiboken6
from corpus import make_document, make_spans
from project_setup import make_project
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from sqlalchemy import select
from timing import median_ms, peak_rss_mb, timed

from desktop.domain.spans import Span
from desktop.services.annotations import create_annotation, spans_of_document
from desktop.services.documents import document_text
from desktop.storage.models import Annotation
from desktop.ui.article_pane import ArticlePane

PANE_SIZE = (900, 760)  # about half of a 1920x1080 screen: two articles side by side
REPEATS = 20
OPEN_REPEATS = 3


@dataclass
class Result:
    measure: str
    value: float
    unit: str
    target: str
    ok: bool | None  # None: no target, reported for information


class Bench:
    def __init__(self, app: QApplication, text: str, spans: list[Span]) -> None:
        self.app = app
        self.text = text
        self.spans = spans
        self.panes: list[ArticlePane] = []

    # -- opening ---------------------------------------------------------------------------------

    def open_pane(self, spans: list[Span], title: str = "Benchmark article") -> ArticlePane:
        """What a user waits for: a pane made, the article shown, the first paint done."""
        pane = ArticlePane()
        pane.resize(*PANE_SIZE)
        pane.show_document(1, title, self.text, spans)
        pane.show()
        self.app.processEvents()
        pane.text_view().viewport().repaint()
        return pane

    def close_pane(self, pane: ArticlePane) -> None:
        """Close and really delete a pane (outside an event loop, deleteLater would never run)."""
        pane.close()
        self.app.processEvents()
        shiboken6.delete(pane)

    def open_ms(self, spans: list[Span]) -> float:
        """Median time to open the article (fresh pane each time), in ms."""
        times = []
        for _ in range(OPEN_REPEATS):
            pane, ms = timed(lambda: self.open_pane(spans))
            times.append(ms)
            self.close_pane(pane)
        return statistics.median(times)

    # -- interaction -----------------------------------------------------------------------------

    def tag_ms(self, pane: ArticlePane) -> float:
        """Median time from add_span of a span on screen to the repaint that shows it."""
        start, end = pane.visible_range()
        rng = random.Random(5)
        viewport = pane.text_view().viewport()
        new_spans = []
        for i in range(REPEATS):
            a = rng.randrange(start, max(start + 1, end - 30))
            new_spans.append(Span(f"tag-{i}", a, a + rng.randint(4, 30), rng.choice(("entity", "figure", "claim")), 1))

        def tag(i: int) -> None:
            pane.add_span(new_spans[i])
            viewport.repaint()

        ms = median_ms(tag, REPEATS)
        missing = [s.id for s in new_spans if not pane.span_rects(s.id)]
        if missing:
            raise AssertionError(f"tagged spans were not painted: {missing[:3]}")
        return ms

    def page_down_ms(self, pane: ArticlePane) -> float:
        """Median time to scroll one page and paint it."""
        view = pane.text_view()
        bar = view.verticalScrollBar()
        viewport = view.viewport()
        first = pane.visible_range()[0]

        def page_down(_i: int) -> None:
            bar.setValue(bar.value() + bar.pageStep())
            viewport.repaint()

        ms = median_ms(page_down, REPEATS)
        if pane.visible_range()[0] <= first:
            raise AssertionError("page down did not move")
        return ms

    def jump_ms(self, pane: ArticlePane) -> float:
        """Time to select an annotation near the end of the article and paint it centred."""
        target = max(self.spans, key=lambda s: s.start)
        _, ms = timed(lambda: (pane.select_annotation(target.id), pane.text_view().viewport().repaint()))
        if not pane.span_rects(target.id):
            raise AssertionError("the annotation jumped to is not on screen")
        return ms

    def project_open_ms(self, directory: Path) -> tuple[float, float, float]:
        """(set-up ms, open ms, tag ms): the real open path, from the project file to the first paint;
        then tagging as the window does it: the service stores the annotation (one committed
        transaction, fsync'd), the pane adds its span and paints."""
        (project, document_id), setup_ms = timed(lambda: make_project(directory / "bench.evidence",
                                                                       self.text, self.spans))
        try:
            def open_from_project() -> ArticlePane:
                spans = [Span(*row) for row in spans_of_document(project, document_id)]
                text = document_text(project, document_id)
                pane = ArticlePane()
                pane.resize(*PANE_SIZE)
                pane.show_document(document_id, "Benchmark article", text, spans)
                pane.show()
                self.app.processEvents()
                pane.text_view().viewport().repaint()
                if len(pane.spans()) != len(self.spans):
                    raise AssertionError("the project did not give back every annotation")
                return pane

            times = []
            for _ in range(OPEN_REPEATS):
                pane, ms = timed(open_from_project)
                times.append(ms)
                self.close_pane(pane)
            pane = open_from_project()
            tag_ms = self.stored_tag_ms(project, document_id, pane)
            self.close_pane(pane)
        finally:
            project.close()
        return setup_ms, statistics.median(times), tag_ms

    def stored_tag_ms(self, project, document_id: int, pane: ArticlePane) -> float:
        """Median time to tag a visible span: create_annotation (committed) + add_span + repaint."""
        start, end = pane.visible_range()
        rng = random.Random(7)
        viewport = pane.text_view().viewport()
        made: list[str] = []

        def tag(_i: int) -> None:
            a = rng.randrange(start, max(start + 1, end - 30))
            kind = rng.choice(("entity", "claim"))
            outcome = create_annotation(project, document_id=document_id, start=a, end=a + rng.randint(4, 30),
                                        kind=kind, author_id=1)
            made.append(outcome.value)
            pane.add_span(_span_of(project, outcome.value))
            viewport.repaint()

        ms = median_ms(tag, REPEATS)
        if any(not pane.span_rects(i) for i in made):
            raise AssertionError("stored tags were not painted")
        return ms


def run(size_bytes: int, span_count: int) -> tuple[dict, list[Result]]:
    app = QApplication.instance() or QApplication([])
    text, gen_ms = timed(lambda: make_document(size_bytes))
    spans = make_spans(text, span_count)
    bench = Bench(app, text, spans)
    # warm up fonts and glyph caches on a small article, so (a) does not pay them alone
    bench.close_pane(_warm_up(bench))

    results: list[Result] = []
    open_plain = bench.open_ms([])
    open_spans = bench.open_ms(spans)
    results.append(Result("(a) open 3 MB article, no annotations, to first paint", open_plain, "ms", "—", None))
    results.append(Result(f"(b) open with {span_count:,} annotations, to first paint", open_spans, "ms",
                          "≤ 300 ms", open_spans <= 300))
    ratio = open_spans / open_plain if open_plain else float("inf")
    results.append(Result("(b/a) cost of the annotations when opening", ratio, "x", "≤ 2x", ratio <= 2.0))

    pane = bench.open_pane(spans)
    view = pane.text_view()
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the middle of the article, where spans are as dense as anywhere
    view.viewport().repaint()
    on_screen = len(view.painted_items())
    tag = bench.tag_ms(pane)
    results.append(Result("(c) tag a span: add_span to painted (median of 20)", tag, "ms", "≤ 16 ms", tag <= 16))
    page = bench.page_down_ms(pane)
    results.append(Result("(d) page down: scroll and paint (median of 20)", page, "ms", "≤ 8 ms", page <= 8))
    jump = bench.jump_ms(pane)
    results.append(Result("(g) jump to an annotation near the end, painted", jump, "ms", "≤ 50 ms", jump <= 50))
    bench.close_pane(pane)

    with tempfile.TemporaryDirectory() as tmp:
        setup_ms, project_ms, stored_tag = bench.project_open_ms(Path(tmp))
    results.append(Result("(f) open from a project: spans_of_document + text + show + paint", project_ms, "ms",
                          "≤ 400 ms", project_ms <= 400))
    results.append(Result("(c') tag a span, stored and painted: service commit + add_span + paint (median)",
                          stored_tag, "ms", "≤ 16 ms", stored_tag <= 16))

    lost = none_references_lost()
    results.append(Result("(h) Qt binding keeps None's reference count (lost per 1,000 void calls)", lost, "refs",
                          "0", lost == 0))
    peak = peak_rss_mb()
    results.append(Result("(e) peak memory of the whole process (ru_maxrss)", peak, "MB", "< 250 MB", peak < 250))
    info = {
        "document_characters": len(text),
        "document_utf8_bytes": len(text.encode("utf-8")),
        "document_paragraphs": text.count("\n\n") + 1,
        "annotations": len(spans),
        "annotations_on_screen": on_screen,
        "pane_size": list(PANE_SIZE),
        "generate_document_ms": round(gen_ms, 1),
        "project_setup_ms": round(setup_ms, 1),
        "qt_platform": QApplication.platformName(),
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "python": sys.version.split()[0],
    }
    return info, results


def _span_of(project, annotation_id: str) -> Span:
    """The span as the window builds it after a tag: read back from the project."""
    with project.read() as s:
        row = s.execute(select(Annotation.id, Annotation.start, Annotation.end, Annotation.kind,
                               Annotation.author_id).where(Annotation.id == annotation_id)).one()
    return Span(*row)


def none_references_lost(calls: int = 1000) -> int:
    """References to None lost by ``calls`` void Qt calls (0 with a sound binding or Python >= 3.12)."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(calls):
        probe.setObjectName("probe")
    return max(0, before - sys.getrefcount(None))


def _warm_up(bench: Bench) -> ArticlePane:
    small = Bench(bench.app, bench.text[:20_000], [s for s in bench.spans if s.end <= 20_000])
    return small.open_pane(small.spans)


def markdown(info: dict, results: list[Result]) -> str:
    lines = [
        f"Article pane benchmark: {info['document_utf8_bytes'] / 1e6:.2f} MB "
        f"({info['document_characters']:,} characters, {info['document_paragraphs']:,} paragraphs), "
        f"{info['annotations']:,} annotations, pane {info['pane_size'][0]}x{info['pane_size'][1]}, "
        f"Qt platform {info['qt_platform']}; load average {info['load_average_1min']} on {info['cpus']} CPUs "
        "(timings are wall clock: a busy machine inflates them).",
        "",
        "| measure | result | target | ok |",
        "|---|---|---|---|",
    ]
    for r in results:
        if r.unit == "x":
            value = f"{r.value:.2f} x"
        elif r.unit == "refs":
            value = f"{r.value:.0f}"
        else:
            value = f"{r.value:.1f} {r.unit}"
        ok = "—" if r.ok is None else ("yes" if r.ok else "**NO**")
        lines.append(f"| {r.measure} | {value} | {r.target} | {ok} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None, report: Callable[[str], None] = print) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--megabytes", type=float, default=3.0, help="size of the article (UTF-8), default 3")
    parser.add_argument("--spans", type=int, default=10_000, help="number of annotations, default 10000")
    args = parser.parse_args(argv)
    info, results = run(int(args.megabytes * 1024 * 1024), args.spans)
    if args.json:
        report(json.dumps({"info": info, "results": [asdict(r) for r in results]}, ensure_ascii=False, indent=2))
    else:
        report(markdown(info, results))
    return 0 if all(r.ok is not False for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
