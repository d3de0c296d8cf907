"""Make the README screenshots: the seed project tagged as an analyst lines the sources up.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py docs/screenshots

Builds a throw-away project (seed articles + tests/fixtures/lineup.py), opens the real window at
1600x1000 and saves PNGs of the workbench (two articles side by side, all three kinds tagged,
a figure selected), of the comparison view, of search (the find bar and the Search dock),
and of an Arabic article (added from its web page) beside an Italian one, both tagged.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str) -> int:
    home = tempfile.mkdtemp(prefix="evidence-desk-shots-")
    os.environ.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services.profiles import save_profile
    from desktop.services.seeding import seed_project
    from desktop.storage.project import open_project
    from desktop.ui.app import build_main_window, configure_application
    from tests.fixtures.lineup import tag_seed_lineup

    app = QApplication([])
    configure_application(app)
    profile = save_profile("Giulia Rossi", "#d62728")
    project = open_project(Path(home) / "Scale AI deal.evidence")
    seed_project(project)
    from desktop.services.authors import ensure_author

    author = ensure_author(project, profile.key, profile.name, profile.colour).value
    ids = tag_seed_lineup(project, author)
    window = build_main_window(project, profile, QSettings(f"{home}/settings.ini", QSettings.Format.IniFormat))
    window.resize(1600, 1000)
    window.show()
    docs = {d.source_name[:3]: d.id for d in _documents(project)}
    panes = window.pane_area.panes()
    window.open_document(docs["000"], panes[0])
    window.open_document(docs["004"], panes[1])
    window.select_annotation(ids["claim/000"])  # the top of 000: a claim, entities and figures
    panes[0].text_view().verticalScrollBar().setValue(0)
    window.select_annotation(ids["investment/004"])  # a figure in 004; 000's investment is marked
    for _ in range(5):
        app.processEvents()
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out / "workbench.png"))

    lineup = window.features["desktop.ui.lineup.install"]
    lineup.show_compare()
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "compare.png"))

    lineup.compare_dock.close()  # the find bar in 000, the Search dock below
    for _ in range(10):
        app.processEvents()  # the tab that was in front before Compare comes back first
    panes[0].setFocus()
    panes[0].open_find()
    panes[0].find_bar.field.setText("Scale AI")
    search = window.features["desktop.ui.search.install"]
    search.show_search()
    search.panel.query.setText('"Scale AI" OR societa')
    search.panel.submit()
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "search.png"))

    panes[0].find_bar.hide()
    arabic = _add_arabic_article(project, author, home)
    window.document_model.load(project)
    window.open_document(docs["000"], panes[0])
    window.open_document(arabic, panes[1])
    window.select_annotation(ids["claim/000"])
    panes[0].text_view().verticalScrollBar().setValue(0)
    window.document_list.select_document(arabic)
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "arabic-italian.png"))
    window.close()
    project.close()
    print(f"screenshots written to {out}")
    return 0


def _add_arabic_article(project, author: int, home: str) -> int:
    """The Arabic test article, read from its page as a web fetch would (trafilatura), and tagged."""
    from desktop.services.annotations import create_annotation
    from desktop.services.documents import document_text
    from desktop.services.importing import import_file
    from tests.fixtures.sources.pages import ARABIC, article_html

    page = Path(home) / "meta-scale-ai-ar.html"
    page.write_bytes(article_html(ARABIC))
    doc = import_file(project, page, url="https://news.example/2025/meta-scale-ai-ar").value
    text = document_text(project, doc)
    for phrase, kind, fields in (
        ("ميتا", "entity", {"entity_name": "Meta"}),
        ("أربعة عشر مليار دولار", "figure", {"value": "14000000000", "unit": "USD", "bound": "about",
                                            "measure_label": "Meta's investment in Scale AI"}),
        ("ألكسندر وانغ", "entity", {"entity_name": "Alexandr Wang"}),
        ("وتدرس شركتا أوبن إيه آي وغوغل تقليص تعاونهما مع سكيل بعد الإعلان", "claim", {}),
    ):
        start = text.index(phrase)
        create_annotation(project, document_id=doc, start=start, end=start + len(phrase), kind=kind,
                          author_id=author, **fields)
    return doc


def _documents(project):
    from sqlalchemy import select

    from desktop.storage.models import Document

    with project.read() as s:
        return list(s.scalars(select(Document)))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
