"""The agreement window shows the numbers of the agreement report, for the authors and documents chosen."""

from __future__ import annotations

import pytest

from desktop.services.agreement_report import agreement
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import list_documents
from desktop.ui.review.agreement_panel import EXACT_F1, MEASURES, OVERLAP_F1, format_score
from desktop.ui.review.install import install
from tests.gui.conftest import offsets

pytestmark = pytest.mark.gui


def tag(project, document_id: int, phrase: str, kind: str, author_id: int, **fields) -> str:
    start, end = offsets(project, document_id, phrase)
    return create_annotation(project, document_id=document_id, start=start, end=end, kind=kind,
                             author_id=author_id, **fields).value


@pytest.fixture
def authors(gui_project, italian_id) -> tuple[int, int]:
    marco = ensure_author(gui_project, "marco-1", "Marco").value
    sofia = ensure_author(gui_project, "sofia-1", "Sofia").value
    p, d = gui_project, italian_id
    tag(p, d, "Meta Platforms Inc.", "entity", marco, entity_name="Meta")
    tag(p, d, "Meta Platforms Inc.", "entity", sofia, entity_name="Meta")
    tag(p, d, "Sarah Friar", "entity", marco)
    tag(p, d, "Sarah Friar, direttrice finanziaria di OpenAI", "entity", sofia)
    tag(p, d, "Alexandr Wang", "entity", sofia)
    tag(p, d, "circa 14 miliardi di dollari", "figure", marco)
    other = next(doc.id for doc in list_documents(p) if doc.id != d)
    tag(p, other, "Scale AI", "entity", marco)
    return marco, sofia


@pytest.fixture
def dialog(qtbot, make_window, gui_project, authors):
    feature = install(make_window(gui_project))
    dialog = feature.open_agreement(*authors)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.computing())
    return dialog


def test_the_table_shows_the_reports_f1_kappa_and_alpha(dialog, gui_project):
    report = agreement(gui_project, "marco-1", "sofia-1")
    entity = next(r for r in report.rows if r.kind == "entity")
    # Marco: Meta, Sarah Friar, Scale AI; Sofia: Meta, a longer Sarah Friar, Alexandr Wang.
    assert entity.exact.f1 == pytest.approx(2 * 1 / 6)
    assert entity.overlap.f1 == pytest.approx(2 * 2 / 6)
    assert dialog.cell_text("entity", EXACT_F1) == format_score(entity.exact.f1) == "0.33"
    assert dialog.cell_text("entity", OVERLAP_F1) == format_score(entity.overlap.f1) == "0.67"
    assert dialog.cell_text("figure", MEASURES.index("Annotations by A")) == "1"
    assert dialog.cell_text("figure", MEASURES.index("Annotations by B")) == "0"
    overall = dialog.overall.text()
    assert f"<b>{format_score(report.kappa)}</b>" in overall and f"<b>{format_score(report.alpha_u)}</b>" in overall
    assert dialog.chart.rows() == [(r.kind, r.exact.f1, r.overlap.f1) for r in report.rows]
    dialog.chart.grab()  # paint: one bar per number, as tall as the number
    bars = {(kind, series): rect for kind, series, rect in dialog.chart.bars}
    assert bars[("entity", "overlap")].height() == pytest.approx(2 * bars[("entity", "exact")].height(), rel=0.02)


def test_fewer_documents_and_swapped_authors(dialog, gui_project, italian_id, qtbot):
    dialog.choose(document_ids=[italian_id])
    qtbot.waitUntil(lambda: not dialog.computing())
    assert dialog.report.document_ids == (italian_id,)
    report = agreement(gui_project, "marco-1", "sofia-1", [italian_id])
    entity = next(r for r in report.rows if r.kind == "entity")
    assert dialog.cell_text("entity", EXACT_F1) == format_score(entity.exact.f1) == "0.40"  # 2·1 / (2 + 3)

    dialog.swap()
    qtbot.waitUntil(lambda: not dialog.computing())
    swapped = agreement(gui_project, "sofia-1", "marco-1", [italian_id])
    precision = MEASURES.index("Exact precision")
    assert dialog.report.author_a.key == "sofia-1"
    assert dialog.cell_text("entity", precision) == format_score(swapped.rows[0].exact.precision) == "0.50"


def test_the_same_author_twice_is_refused_politely(dialog, qtbot):
    dialog.author_b.setCurrentIndex(dialog.author_a.currentIndex())
    qtbot.waitUntil(lambda: not dialog.computing())
    assert dialog.report is None
    assert dialog.table.columnCount() == 0
    assert "two different authors" in dialog.overall.text()


def test_against_an_author_who_tagged_nothing_the_panel_shows_a_dash_and_says_why(
        qtbot, make_window, gui_project, authors):
    marco, _sofia = authors
    quinn = ensure_author(gui_project, "quinn-1", "Quinn Analyst").value
    dialog = install(make_window(gui_project)).open_agreement(marco, quinn)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: not dialog.computing())
    alpha, precision, recall = (MEASURES.index(m) for m in ("Krippendorff's αU", "Exact precision", "Exact recall"))
    for kind, column in (("entity", 0), ("figure", 1)):
        assert dialog.cell_text(kind, alpha) == "—"  # was "-0.00", "-0.05"
        assert dialog.cell_text(kind, precision) == "—"
        assert dialog.cell_text(kind, recall) == "0.00"  # none of Marco's spans found: a real zero
        tip = dialog.table.item(alpha, column).toolTip()
        assert "Not defined: B tagged nothing of this kind" in tip and "B = Quinn Analyst" in tip
        assert "B tagged nothing of this kind" in dialog.table.item(recall, column).toolTip()
    overall = dialog.overall.text()
    assert "κ (characters): <b>—</b>" in overall and "B tagged nothing in these documents" in overall
    assert "-0.0" not in overall


def test_the_report_is_computed_off_the_window_thread_and_the_window_says_so_meanwhile(
        qtbot, make_window, gui_project, authors, monkeypatch):
    import threading

    from desktop.ui.review import agreement_panel

    computed_in: list[threading.Thread] = []

    def recording(*args, **kwargs):
        computed_in.append(threading.current_thread())
        return agreement(*args, **kwargs)

    monkeypatch.setattr(agreement_panel, "agreement", recording)
    dialog = install(make_window(gui_project)).open_agreement(*authors)
    assert dialog.computing() and "Computing…" in dialog.overall.text() and dialog.report is None
    qtbot.waitUntil(lambda: not dialog.computing())
    assert computed_in and threading.main_thread() not in computed_in
    assert len(computed_in) == 1  # opened with two authors chosen: computed once, not for each choice made
    assert dialog.report is not None and "Cohen" in dialog.overall.text()


def test_a_hidden_agreement_window_computes_nothing_until_it_is_shown_again(
        qtbot, make_window, gui_project, authors, monkeypatch):
    """An import that adds an author reloads the window's choices: a hidden window leaves the report (seconds on a
    desk) for when it is shown."""
    from desktop.ui.review import agreement_panel

    dialog = install(make_window(gui_project)).open_agreement(*authors)
    qtbot.waitUntil(lambda: not dialog.computing())
    dialog.close()
    computed: list[tuple[str, str]] = []
    monkeypatch.setattr(agreement_panel, "agreement",
                        lambda project, a, b, documents: computed.append((a, b)) or agreement(project, a, b, documents))
    dialog.reload_choices()  # as a change of authors or documents does
    assert not dialog.computing() and computed == []
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.computing())
    assert computed == [("marco-1", "sofia-1")] and dialog.report is not None
    dialog.close()
