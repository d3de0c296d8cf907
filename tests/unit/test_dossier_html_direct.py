"""The HTML dossier is written straight from the model (``html_body``), no longer by one Markdown pass over the
whole dossier: it must be the page the Markdown master gives through Python-Markdown and nh3, heading for
heading, quote for quote, link for link, with hostile text in every place a user can put some."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from desktop.dossier.build import build_dossier
from desktop.dossier.chart import has_chart
from desktop.dossier.html_render import markdown_to_clean_html, render_html_body, render_html_pieces
from desktop.dossier.markdown_render import render_markdown
from desktop.dossier.model import DossierOptions
from desktop.i18n import language
from desktop.services.annotations import update_annotation
from desktop.services.documents import update_document
from tests.fixtures.dossier_project import aid, build_dossier_project

WHEN = "2026-03-05T09:00:00Z"
HOSTILE = ("<script>alert(1)</script> *star* _under_ `tick` | pipe \\ back [x](javascript:alert(1)) {: #id .c} "
           "&amp; &copy; a\u00a0b\nnext line # 1. - > <img src=x onerror=alert(1)>")


class Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs).get("href")))


def through_markdown(dossier) -> str:
    """The body as the Markdown path made it, each chart a paragraph naming its measure."""
    master = render_markdown(dossier, chart_line=lambda s: f"CHART {s.anchor}" if has_chart(s.values) else None)
    return markdown_to_clean_html(master)


def direct(dossier) -> str:
    return render_html_body(dossier, lambda section, _svg: f'<p dir="auto">CHART {section.anchor}</p>')


@pytest.mark.parametrize("lang", ["en", "it"])
@pytest.mark.parametrize("pending", [False, True])
def test_direct_html_is_the_markdown_html(project, lang, pending):
    build_dossier_project(project)
    with language(lang):
        dossier = build_dossier(project, DossierOptions(include_pending=pending), generated_at=WHEN)
        page = direct(dossier)
        assert page == through_markdown(dossier)
    assert page.count("<h3") >= 6 and page.count('href="#q-') >= 10 and "<blockquote" in page


def test_direct_html_escapes_hostile_text_as_markdown_did(project):
    ids = build_dossier_project(project)
    update_document(project, ids["beta"], title=f"Title {HOSTILE}", outlet=HOSTILE)
    update_annotation(project, aid(2), measure_label=f"Price {HOSTILE}", attributed_to=HOSTILE)
    update_annotation(project, aid(6), proposition_label=f"Claim {HOSTILE}")
    update_annotation(project, aid(1), note=f"Look: {HOSTILE}")
    dossier = build_dossier(project, DossierOptions(include_pending=True), generated_at=WHEN)
    page = direct(dossier)
    assert page == through_markdown(dossier)
    tags = Tags()
    tags.feed(page)
    assert not {"script", "img"} & {tag for tag, _ in tags.found}
    assert not [href for _, href in tags.found if href and not href.startswith(("#", "https://"))]
    assert "&lt;script&gt;alert(1)&lt;/script&gt; *star* _under_ `tick` | pipe \\ back" in page


def test_pieces_cut_before_headings_and_join_to_the_body(project):
    build_dossier_project(project)
    dossier = build_dossier(project, DossierOptions(), generated_at=WHEN)
    pieces = list(render_html_pieces(dossier, max_chars=2000))
    assert len(pieces) > 2
    assert "".join(pieces) == render_html_body(dossier)
    assert all(piece.startswith(("<h2", "<h3")) for piece in pieces[1:])
