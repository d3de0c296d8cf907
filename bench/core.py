"""Core (Qt-free) speed on a 3 MB article: what the unit tests check for correctness only.

    .venv/bin/python bench/core.py

Prints a Markdown table: the figure scanner (Find figures), fuzzy mention search (Find all
mentions), loading the language model and language detection on import, and aligning two authors' 20,000 spans (adjudication).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import make_document

from desktop.domain.alignment import CodedSpan, align
from desktop.domain.figures import find_figures
from desktop.domain.fuzzy import find_mentions
from desktop.domain.language import detect_language, load_model


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return result, (time.perf_counter() - start) * 1000


def main() -> int:
    text = make_document(3 * 1024 * 1024)
    rows = []
    figures, ms = timed(lambda: find_figures(text, "it"))
    rows.append(("find figures in the 3 MB article", ms, 1000, f"{len(figures):,} figures"))
    mentions, ms = timed(lambda: find_mentions(text, ["OpenAI", "Openi", "Openai", "Open AI", "OpenAI Inc."]))
    rows.append(("find mentions of an entity with 5 names", ms, 1000, f"{len(mentions):,} mentions"))
    _, ms = timed(load_model)  # once per session, on the first import (off the GUI thread for web pages)
    rows.append(("load the language model (py3langid, once)", ms, 2000, "97 languages"))
    language, ms = timed(lambda: detect_language(text))
    rows.append(("detect the language", ms, 100, language or "unsure"))
    rng = random.Random(3)
    starts = sorted(rng.randrange(0, len(text) - 500) for _ in range(20_000))
    a = [CodedSpan(f"a{i}", s, s + rng.randint(5, 300), rng.choice(("entity", "figure", "claim"))) for i, s in
         enumerate(starts)]
    b = []
    for i, s in enumerate(a):
        start = max(0, s.start + rng.randint(-5, 5))
        b.append(CodedSpan(f"b{i}", start, max(start + 1, s.end + rng.randint(-5, 5)), s.kind))
    pairs, ms = timed(lambda: align(a, b))
    rows.append(("align two authors' 20,000 spans", ms, 5000, f"{len(pairs):,} rows"))
    print("| measure | result | target | ok | found |")
    print("|---|---|---|---|---|")
    ok = True
    for name, ms, target, found in rows:
        ok &= ms <= target
        print(f"| {name} | {ms:.0f} ms | ≤ {target} ms | {'yes' if ms <= target else 'NO'} | {found} |")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
