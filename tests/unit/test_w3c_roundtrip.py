"""Round trip: export, import into a fresh project with the same documents, export again: nothing lost."""

import json

import pytest

from desktop.interchange.w3c_io import export_w3c, export_w3c_text, import_w3c, import_w3c_text
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import add_document, document_text, list_documents
from desktop.services.queries import list_annotations
from desktop.services.seeding import seed_project
from desktop.services.settings import set_setting
from desktop.storage.models import Review
from desktop.storage.project import open_project

EMOJI_TEXT = "Le 12 juin 🗓️, Meta a annoncé 💰 un investissement de 14,3 milliards de dollars dans Scale AI 🤖."


def db_state(project):
    with project.engine.connect() as conn:
        tables = [r[0] for r in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.exec_driver_sql(f'SELECT * FROM "{t}" ORDER BY 1').all() for t in tables}


def at(project, doc, quote):
    start = document_text(project, doc).index(quote)
    return {"document_id": doc, "start": start, "end": start + len(quote)}


def fill(project):
    """Two analysts, every kind and field, notes, statuses, reviews, a document with emoji."""
    giulia = ensure_author(project, "giulia-3f2a1b", "Giulia", "#d62728").value
    luca = ensure_author(project, "luca-9a1b2c", "Luca").value
    docs = [d.id for d in list_documents(project)]
    emoji = add_document(project, EMOJI_TEXT, title="Emoji", language="fr").value
    made = [
        create_annotation(project, kind="entity", author_id=giulia, entity_name="Scale AI",
                          **at(project, docs[0], "Scale AI")).value,
        create_annotation(project, kind="entity", author_id=luca, entity_name="Alexandr Wang",
                          **at(project, docs[0], "Alexandr Wang")).value,
        create_annotation(project, kind="figure", author_id=giulia, value="14000000000", unit="USD", bound="about",
                          measure_label="Meta's investment in Scale AI", attributed_to="Wall Street Journal",
                          credibility=3, **at(project, docs[0], "circa 14 miliardi di dollari")).value,
        create_annotation(project, kind="figure", author_id=luca, value="10", value_max="14", unit="USD",
                          bound="range", **at(project, docs[2], "10 miliardi")).value,
        create_annotation(project, kind="figure", author_id=luca, value="49", unit="%", bound="exact",
                          machine_read=True, **at(project, docs[0], "49%")).value,
        create_annotation(project, kind="claim", author_id=giulia,
                          proposition_label="OpenAI keeps working with Scale AI", speaker_name="Sarah Friar",
                          attributed_to="Bloomberg", credibility=2,
                          **at(project, docs[0], "OpenAI afferma che continuerà a collaborare con Scale AI")).value,
        create_annotation(project, kind="claim", author_id=luca, stance="denies",
                          proposition_label="OpenAI keeps working with Scale AI",
                          **at(project, docs[1], "OpenAI")).value,
        create_annotation(project, kind="entity", author_id=giulia, entity_name="Scale AI",
                          **at(project, emoji, "Scale AI")).value,
        create_annotation(project, kind="figure", author_id=giulia,
                          **at(project, emoji, "14,3 milliards de dollars")).value,
    ]
    update_annotation(project, made[5], note="Friar, at **VivaTech**; see also the WSJ.\nSecond line, \"quoted\".",
                      status="accepted")
    update_annotation(project, made[6], status="disputed")
    update_annotation(project, made[3], status="rejected", note="10 is the floor, not the amount")
    with project.transaction() as s:
        s.add(Review(id="7a0c1e9e-0b7e-4f0b-9a43-2f6d8c1b0001", annotation_id=made[6], author_id=giulia,
                     verdict="disputed", comment="Other outlets say the opposite.",
                     created="2026-11-21T11:00:00.000000Z"))
        s.add(Review(id="7a0c1e9e-0b7e-4f0b-9a43-2f6d8c1b0002", annotation_id=made[6], author_id=luca,
                     verdict=None, comment="Fair; keeping it disputed.", parent_id="7a0c1e9e-0b7e-4f0b-9a43-2f6d8c1b0001",
                     created="2026-11-21T11:30:00.000000Z"))
        s.add(Review(id="7a0c1e9e-0b7e-4f0b-9a43-2f6d8c1b0003", annotation_id=made[5], author_id=luca,
                     verdict="accepted", comment="", created="2026-11-21T12:00:00.000000Z"))
    return made


def fresh(tmp_path, folder):
    """A new project with the same seed documents (and the emoji one), named like the source."""
    (tmp_path / folder).mkdir()
    project = open_project(tmp_path / folder / "test.evidence")
    seed_project(project)
    add_document(project, EMOJI_TEXT, title="Emoji", language="fr")
    return project


@pytest.fixture
def target(tmp_path):
    project = fresh(tmp_path, "colleague")
    yield project
    project.close()


def comparable(view):
    """Every field of an annotation view except the database-local integer ids and row version."""
    data = view.to_json()
    for local in ("document_id", "author_id", "entity_id", "measure_id", "proposition_id", "speaker_id", "version"):
        data.pop(local)
    return data


def test_export_import_export_is_lossless(seeded_project, target, tmp_path):
    fill(seeded_project)
    first = tmp_path / "first.jsonld"
    export_w3c(seeded_project, first)
    report = import_w3c(target, first).value
    assert len(report.imported) == 9 and len(report.reviews_imported) == 3
    assert not (report.skipped or report.reanchored or report.older or report.updated)
    assert export_w3c_text(target) == first.read_text(encoding="utf-8")
    source_views = sorted(map(comparable, list_annotations(seeded_project)), key=lambda v: v["id"])
    target_views = sorted(map(comparable, list_annotations(target)), key=lambda v: v["id"])
    assert source_views == target_views


def test_the_title_travels_in_the_label_not_into_the_project(seeded_project, target):
    fill(seeded_project)
    set_setting(seeded_project, "title", "Scale AI deal")
    text = export_w3c_text(seeded_project)
    import_w3c_text(target, text)
    assert json.loads(text)["label"] == "Scale AI deal"
    assert json.loads(export_w3c_text(target))["label"] == "Meta's 49% investment in Scale AI"  # its own


def test_importing_twice_changes_nothing(seeded_project, target):
    fill(seeded_project)
    text = export_w3c_text(seeded_project)
    import_w3c_text(target, text)
    before = db_state(target)
    again = import_w3c_text(target, text).value
    assert len(again.unchanged) == 9 and len(again.reviews_unchanged) == 3
    assert not (again.imported or again.updated or again.older or again.skipped or again.reviews_imported)
    assert not again.wrote_anything
    assert db_state(target) == before


def test_importing_into_the_project_it_came_from_changes_nothing(seeded_project):
    fill(seeded_project)
    before = db_state(seeded_project)
    report = import_w3c_text(seeded_project, export_w3c_text(seeded_project)).value
    assert len(report.unchanged) == 9 and not report.authors_created
    assert db_state(seeded_project) == before


def test_a_colleagues_newer_edits_come_back(seeded_project, target):
    made = fill(seeded_project)
    import_w3c_text(target, export_w3c_text(seeded_project))
    luca = ensure_author(target, "luca-9a1b2c", "Luca").value
    update_annotation(target, made[0], author_id=luca, status="accepted", note="confirmed by 3 outlets")
    report = import_w3c_text(seeded_project, export_w3c_text(target)).value
    assert report.updated == [f"urn:uuid:{made[0]}"] and len(report.unchanged) == 8
    assert export_w3c_text(seeded_project) == export_w3c_text(target)


def test_the_emoji_document_keeps_its_spans(seeded_project, target):
    made = fill(seeded_project)
    import_w3c_text(target, export_w3c_text(seeded_project))
    views = {v.id: v for v in list_annotations(target)}
    doc = views[made[7]].document_id
    assert document_text(target, doc)[views[made[7]].start:views[made[7]].end] == "Scale AI"
    assert views[made[7]].start == EMOJI_TEXT.index("Scale AI")
