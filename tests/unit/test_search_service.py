"""The desk search over a real project: what analysts type, and an index that follows every write."""

from __future__ import annotations

import pytest

from desktop.services import register
from desktop.services.annotations import create_annotation, delete_annotation, edit_annotation
from desktop.services.documents import add_document, delete_document, document_text, list_documents
from desktop.services.review import add_comment
from desktop.services.search import (
    COMMENTS,
    ENTITIES,
    NOTES,
    TEXT,
    QueryError,
    SearchFilters,
    batch_csv,
    batch_search,
    search,
)
from desktop.storage.project import open_project
from tests.fixtures.search_index import remove_search_index

SEEDS = ["Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog", "FT 2025-07-15"]


def labels(result):
    return [d.label for d in result.documents]


def quotes(project, result):
    return [document_text(project, d.document_id)[h.start:h.end] for d in result.documents for h in d.hits]


def test_societa_finds_societa_with_its_accent(seeded_project):
    result = search(seeded_project, "societa")
    assert result.total == 3
    assert set(quotes(seeded_project, result)) == {"società"}


def test_scale_ai_as_a_phrase_is_in_all_five_seeds(seeded_project):
    result = search(seeded_project, '"Scale AI"')
    assert labels(result) == SEEDS
    assert {q.lower() for q in quotes(seeded_project, result)} == {"scale ai"}


def test_boolean_prefix_and_case(seeded_project):
    assert labels(search(seeded_project, "Openi")) == ["FT 2025-07-15"]  # the machine translation's damage
    assert "FT 2025-07-15" not in labels(search(seeded_project, "Meta NOT Openi"))
    assert labels(search(seeded_project, "Openi OR Droege")) == ["Cryptopolitan", "PT news site", "FR AI blog", "FT 2025-07-15"]
    prefixed = search(seeded_project, "droeg*")
    assert {q.lower() for q in quotes(seeded_project, prefixed)} == {"droege"}
    assert search(seeded_project, "DROEGE").total == search(seeded_project, "droege").total > 0


def test_snippets_mark_the_hit_on_one_line(seeded_project):
    result = search(seeded_project, "societa")
    snippet = result.snippet(result.documents[0].hits[0])
    assert snippet.match == "società"
    assert "**società**" in snippet.marked()
    assert "\n" not in snippet.marked()


def test_a_query_with_nothing_to_find_is_a_user_message(seeded_project):
    with pytest.raises(QueryError):
        search(seeded_project, "  ")


def test_the_index_follows_imports_and_deletions(project):
    assert search(project, "Droege").total == 0
    doc = add_document(project, "Jason Droege guida ora Scale AI.", title="t", language="it").value
    assert labels(search(project, "droege")) == ["t"]  # no outlet, date or address: the label is the title
    delete_document(project, doc)
    assert search(project, "droege").total == 0


def test_a_write_rolled_back_leaves_the_index_as_it_was(project):
    from desktop.storage.models import Document

    with pytest.raises(RuntimeError), project.transaction() as s:
        s.add(Document(title="x", text="Droege rolled back", sha256="0" * 64, char_count=18, imported="now"))
        s.flush()
        raise RuntimeError("interrupted")
    assert search(project, "Droege").total == 0


def test_notes_comments_and_entity_names_are_searched_when_asked(project, author_id):
    doc = add_document(project, "Meta investirà oltre 10 miliardi in Scale AI.", title="t").value
    ann = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author_id).value
    edit_annotation(project, ann, author_id, note="Verificare con la società madre")
    add_comment(project, ann, author_id, "Fonte: comunicato stampa di Menlo Park")
    entity = register.create_entity(project, "Meta Platforms", author_id=author_id).value
    register.add_alias(project, entity, "Facebook", author_id)

    assert search(project, "societa").total == 0  # not in the text
    notes = search(project, "societa", scopes=(NOTES,))
    [hit] = notes.documents[0].hits
    assert (hit.source, hit.annotation_id, hit.text[hit.start:hit.end]) == ("note", ann, "società")
    comment = search(project, "menlo park", scopes=(COMMENTS,))
    assert comment.documents[0].hits[0].source == "comment"
    entities = search(project, "facebook", scopes=(ENTITIES,))
    assert [(e.entity_id, e.hits[0].source) for e in entities.entities] == [(entity, "alias")]

    edit_annotation(project, ann, author_id, note="nothing to see")
    assert search(project, "societa", scopes=(NOTES,)).total == 0
    edit_annotation(project, ann, author_id, note="di nuovo la società")
    delete_annotation(project, ann, author_id)  # its note and its comments go with it
    assert search(project, "societa OR menlo", scopes=(NOTES, COMMENTS)).total == 0
    register.rename_entity(project, entity, "Meta", author_id)  # the old name stays as an alias
    assert [h.source for h in search(project, "meta", scopes=(ENTITIES,)).entities[0].hits] == ["entity", "alias"]
    assert [h.source for h in search(project, "platforms", scopes=(ENTITIES,)).entities[0].hits] == ["alias"]


def test_deleting_a_document_takes_its_notes_out_of_the_index(project, author_id):
    doc = add_document(project, "Meta e Scale AI", title="t").value
    ann = create_annotation(project, document_id=doc, start=0, end=4, kind="entity", author_id=author_id).value
    edit_annotation(project, ann, author_id, note="annotated: Menlo Park")
    assert search(project, "menlo", scopes=(NOTES,)).total == 1
    delete_document(project, doc)
    assert search(project, "menlo", scopes=(NOTES, TEXT)).total == 0


def test_filters_language_outlet_dates_and_annotation_kind(project, author_id):
    a = add_document(project, "Scale AI vale 29 miliardi.", title="a", language="it", outlet="Il Sole",
                     published="2025-06-12").value
    b = add_document(project, "Scale AI vaut 29 milliards.", title="b", language="fr", outlet="Le Monde",
                     published="2025-07-01").value
    c = add_document(project, "Scale AI is worth 29 billion.", title="c", language="en").value
    assert [d.document_id for d in search(project, "scale").documents] == [a, b, c]
    assert [d.document_id for d in search(project, "scale", filters=SearchFilters(languages=frozenset({"fr"}))).documents] == [b]
    assert [d.document_id for d in search(project, "scale", filters=SearchFilters(outlets=frozenset({"Il Sole"}))).documents] == [a]
    june = SearchFilters(published_from="2025-06-01", published_to="2025-06-30")
    assert [d.document_id for d in search(project, "scale", filters=june).documents] == [a]
    create_annotation(project, document_id=b, start=0, end=8, kind="entity", author_id=author_id)
    tagged = search(project, "scale", filters=SearchFilters(kinds=frozenset({"entity"})))
    assert [d.document_id for d in tagged.documents] == [b]
    untagged = search(project, "scale", filters=SearchFilters(kinds=frozenset({"untagged"})))
    assert [d.document_id for d in untagged.documents] == [a, c]


def test_chinese_and_japanese_text_is_found_without_spaces(project):
    doc = add_document(project, "Meta在中国的投资很大。スケールAIの株式を取得した。", title="zh").value
    text = document_text(project, doc)
    for query in ("中国", "中国的投资", "株式", "スケール"):
        result = search(project, query)
        assert [d.document_id for d in result.documents] == [doc], query
        hit = result.documents[0].hits[0]
        assert text[hit.start:hit.end] == query


def test_a_batch_shows_which_seeds_mention_whom(seeded_project):
    names = ["Meta", "Scale AI", "OpenAI", "Alexandr Wang", "Jason Droege", "Google", "Openi", "Bloomberg",
             "Mark Zuckerberg", "Nessuno Quinonce"]
    result = batch_search(seeded_project, names)
    by_label = {d.document_id: d.label for d in result.documents}
    rows = {row.line: {by_label[d] for d in row.counts} for row in result.rows}
    assert rows["Scale AI"] == set(SEEDS)
    assert rows["Openi"] == {"FT 2025-07-15"}
    assert rows["Nessuno Quinonce"] == set()
    assert rows["Jason Droege"] == {"Cryptopolitan", "PT news site", "FR AI blog", "FT 2025-07-15"}
    csv_text = batch_csv(result)
    assert csv_text.splitlines()[0] == "term,query,total hits,documents," + ",".join(SEEDS)
    assert csv_text.splitlines()[2].startswith('Scale AI,"""Scale AI""",40,5,')


def test_an_existing_project_gets_the_index_through_the_migration_with_progress(tmp_path, author_id):
    path = tmp_path / "old.evidence"
    project = open_project(path)
    project.close()
    remove_search_index(path)  # then fill it as an old version would
    from sqlalchemy import create_engine
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        assert "search_text" not in {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master")}
        for i in range(60):
            conn.exec_driver_sql(
                "INSERT INTO documents (id, title, language, outlet, url, published, text, sha256, char_count, "
                "source_name, imported) VALUES (?, 't', 'it', '', '', '', ?, ?, 10, '', 'now')",
                (i + 1, f"Documento {i}: la società Scale AI", f"{i:064d}"))
    engine.dispose()
    reports = []
    upgraded = open_project(path, progress=lambda done, total, what: reports.append((done, total)))
    assert upgraded.backup_path is not None  # the old file was kept, as for every upgrade
    assert reports[0] == (0, 60) and reports[-1] == (60, 60) and len(reports) > 3
    assert search(upgraded, '"societa scale"').total == 60
    upgraded.close()


def test_list_documents_is_unaffected_by_the_index(seeded_project):
    assert len(list_documents(seeded_project)) == 5


def test_the_index_follows_a_text_replaced_in_place(project):
    """Re-anchoring on a new version of a document rewrites its text: the index follows in that transaction."""
    from sqlalchemy import update

    from desktop.services.document_text import sha256_of
    from desktop.storage.models import Document

    doc = add_document(project, "Prima versione: Droege.", title="t").value
    assert search(project, "droege").total == 1
    new_text = "Seconda versione: Wang e la società."
    with project.transaction() as s:
        s.execute(update(Document).where(Document.id == doc)
                  .values(text=new_text, sha256=sha256_of(new_text), char_count=len(new_text)))
    assert search(project, "droege").total == 0
    result = search(project, "societa")
    assert [new_text[h.start:h.end] for h in result.documents[0].hits] == ["società"]


def test_an_upgrade_cut_short_after_its_tables_were_made_completes_the_next_time(tmp_path):
    path = tmp_path / "cut.evidence"
    project = open_project(path)
    add_document(project, "La società Scale AI", title="t")
    project.close()
    remove_search_index(path)
    import sqlite3

    conn = sqlite3.connect(path)  # what a first attempt left, its DDL committed statement by statement
    conn.execute("CREATE VIRTUAL TABLE search_text USING fts5(text, content='documents', content_rowid='id', "
                 "tokenize='unicode61 remove_diacritics 2')")
    conn.execute("INSERT INTO search_text(rowid, text) SELECT id, text FROM documents")
    conn.commit()
    conn.close()
    again = open_project(path)
    assert search(again, '"societa scale"').total == 1  # indexed once, not twice
    again.close()
