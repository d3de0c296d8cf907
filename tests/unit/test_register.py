"""The register: entities, aliases, measures and propositions renamed, merged, split, and undone."""

import json

import pytest
from sqlalchemy import select

from desktop.services import register
from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.queries import get_annotation, list_annotations
from desktop.storage.models import Annotation, JournalEntry


def doc_ids(project):
    from desktop.services.documents import list_documents

    return {d.title[:3]: d.id for d in list_documents(project)}


def tag(project, author_id, doc_id, text, quote, kind="entity", occurrence=0, **fields):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return create_annotation(project, document_id=doc_id, start=start, end=start + len(quote), kind=kind,
                             author_id=author_id, **fields).value


@pytest.fixture
def doc(project):
    from desktop.services.documents import add_document

    text = ("OpenAI afferma che collaborerà. Openi e Openai sono la stessa OpenAI. "
            "Sarah Friar di OpenAI ha parlato. Meta investe 14 miliardi.")
    return add_document(project, text, title="Test", language="it").value, text


def journal(project, action, target_type):
    with project.read() as s:
        return [json.loads(e.payload) | {"target": e.target_id}
                for e in s.scalars(select(JournalEntry).where(JournalEntry.action == action,
                                                              JournalEntry.target_type == target_type))]


def entity_by_name(project, name):
    return next(e for e in register.list_entities(project) if e.name == name)


def test_merge_moves_mentions_and_speakers_and_keeps_the_name_as_alias(project, author_id, doc):
    doc_id, text = doc
    openai = register.create_entity(project, "OpenAI").value
    openi = register.create_entity(project, "Openi", aliases=["Open-i"]).value
    a1 = tag(project, author_id, doc_id, text, "OpenAI", entity_id=openai)
    a2 = tag(project, author_id, doc_id, text, "Openi", entity_id=openi)
    a3 = tag(project, author_id, doc_id, text, "Openai", entity_id=openi)
    claim = tag(project, author_id, doc_id, text, "Sarah Friar di OpenAI ha parlato", kind="claim",
                speaker_id=openi)
    modified_before = get_annotation(project, a2).modified

    outcome = register.merge_entities(project, openai, openi, author_id)

    assert {get_annotation(project, a).entity_id for a in (a1, a2, a3)} == {openai}
    assert get_annotation(project, claim).speaker_id == openai
    kept = entity_by_name(project, "OpenAI")
    assert set(kept.aliases) == {"Openi", "Open-i"}
    assert kept.total == 3 and kept.mentions_per_document == {doc_id: 3}
    assert [e.name for e in register.list_entities(project)] == ["OpenAI"]
    assert outcome.changes.entities == {openai, openi}
    assert outcome.changes.annotations == {a2, a3, claim}
    assert outcome.value.annotation_ids == {a2, a3, claim}
    assert outcome.value.merged.name == "Openi"
    (entry,) = journal(project, "merge", "entity")
    assert entry["target"] == str(openai) and entry["merged"] == openi and len(entry["annotations"]) == 3

    # undo: the merged entity comes back with its id, key, aliases and its annotations
    register.unmerge(project, outcome.value, author_id)
    assert get_annotation(project, a2).entity_id == openi
    assert get_annotation(project, a2).modified == modified_before
    assert get_annotation(project, a3).entity_id == openi
    assert get_annotation(project, claim).speaker_id == openi
    assert get_annotation(project, a1).entity_id == openai
    assert entity_by_name(project, "OpenAI").aliases == []
    restored = entity_by_name(project, "Openi")
    assert (restored.id, restored.aliases, restored.total) == (openi, ["Open-i"], 2)


def test_merge_with_itself_or_a_missing_entity_changes_nothing(project, author_id):
    one = register.create_entity(project, "OpenAI").value
    with pytest.raises(register.RegisterError):
        register.merge_entities(project, one, one)
    with pytest.raises(register.RegisterError):
        register.merge_entities(project, one, 999)
    assert [e.name for e in register.list_entities(project)] == ["OpenAI"]
    assert journal(project, "merge", "entity") == []


def test_rename_keeps_the_old_name_as_an_alias_and_can_be_undone(project, author_id, doc):
    doc_id, text = doc
    eid = register.create_entity(project, "Open AI").value
    tag(project, author_id, doc_id, text, "OpenAI", entity_id=eid)
    before = register.rename_entity(project, eid, "OpenAI", author_id)
    row = entity_by_name(project, "OpenAI")
    assert row.aliases == ["Open AI"] and row.total == 1
    assert list_annotations(project)[0].entity_name == "OpenAI"
    register.restore_entity(project, before.value)
    row = register.get_entity(project, eid)
    assert (row.name, row.aliases) == ("Open AI", [])


def test_rename_to_another_entitys_name_is_refused(project):
    register.create_entity(project, "OpenAI")
    meta = register.create_entity(project, "Meta", aliases=["Meta Platforms Inc."]).value
    with pytest.raises(register.RegisterError, match="already"):
        register.rename_entity(project, meta, "openai")
    with pytest.raises(register.RegisterError):
        register.create_entity(project, "META PLATFORMS INC.")
    # renaming to one of its own aliases swaps them
    register.rename_entity(project, meta, "Meta Platforms Inc.")
    assert register.get_entity(project, meta).aliases == ["Meta"]


def test_split_alias_makes_an_entity_and_its_mentions_follow(project, author_id, doc):
    doc_id, text = doc
    openai = register.create_entity(project, "OpenAI", "organization", aliases=["Openi", "Open AI"]).value
    exact = tag(project, author_id, doc_id, text, "OpenAI", entity_id=openai)
    damaged = tag(project, author_id, doc_id, text, "Openi", entity_id=openai)
    case = tag(project, author_id, doc_id, text, "Openai", entity_id=openai)

    new_id = register.split_alias(project, openai, "openi", author_id).value

    new = register.get_entity(project, new_id)
    assert (new.name, new.type, new.total) == ("Openi", "organization", 1)
    assert new.key.startswith("org:")
    assert get_annotation(project, damaged).entity_id == new_id
    assert get_annotation(project, exact).entity_id == openai
    assert get_annotation(project, case).entity_id == openai
    assert register.get_entity(project, openai).aliases == ["Open AI"]
    with pytest.raises(register.RegisterError):
        register.split_alias(project, openai, "Nope")

    # undo: merging back
    register.merge_entities(project, openai, new_id)
    assert get_annotation(project, damaged).entity_id == openai
    assert register.get_entity(project, openai).aliases == ["Open AI", "Openi"]


def test_aliases_and_types(project, author_id):
    openai = register.create_entity(project, "OpenAI").value
    meta = register.create_entity(project, "Meta", "organization").value
    assert register.add_alias(project, openai, "Openi", author_id).value is True
    assert register.add_alias(project, openai, "OPENI").value is False  # folds like a known alias
    with pytest.raises(register.RegisterError, match="Meta"):
        register.add_alias(project, openai, "meta")
    assert register.remove_alias(project, openai, "openi", author_id).value is True
    assert register.get_entity(project, openai).aliases == []
    before = register.set_entity_type(project, meta, "person", author_id).value
    assert (before.type, before.type_guessed) == ("organization", False)
    row = register.get_entity(project, meta)
    assert row.type == "person" and row.key == "org:meta"  # the stable key stays
    with pytest.raises(ValueError):
        register.set_entity_type(project, meta, "planet")
    assert [e["alias"] for e in journal(project, "add_alias", "entity")] == ["Openi"]


def test_delete_and_undelete_an_entity(project, author_id, doc):
    doc_id, text = doc
    eid = register.create_entity(project, "OpenAI", aliases=["Openi"]).value
    ann = tag(project, author_id, doc_id, text, "OpenAI", entity_id=eid)
    deleted = register.delete_entity(project, eid, author_id)
    assert get_annotation(project, ann).entity_id is None
    assert register.list_entities(project) == []
    register.undelete(project, deleted.value)
    row = register.get_entity(project, eid)
    assert (row.name, row.aliases, row.total) == ("OpenAI", ["Openi"], 1)


def test_measures_create_rename_merge_unmerge(project, author_id, doc):
    doc_id, text = doc
    investment = register.create_measure(project, "Meta's investment in Scale AI", "USD", author_id).value
    stake = register.create_measure(project, "Investimento di Meta", "").value
    fig = tag(project, author_id, doc_id, text, "14 miliardi", kind="figure", value="14000000000", unit="USD",
              bound="exact", measure_id=stake)
    with pytest.raises(register.RegisterError):
        register.create_measure(project, "meta's INVESTMENT in scale ai")
    old = register.rename_measure(project, stake, "Meta investment (Italian)").value
    assert old.label == "Investimento di Meta"
    assert register.set_measure_unit(project, investment, "EUR").value.unit == "USD"

    merge = register.merge_measures(project, investment, stake, author_id)
    assert get_annotation(project, fig).measure_id == investment
    rows = register.list_measures(project)
    assert [(r.label, r.unit, r.total) for r in rows] == [("Meta's investment in Scale AI", "EUR", 1)]
    assert merge.changes.annotations == {fig}

    register.unmerge(project, merge.value)
    assert get_annotation(project, fig).measure_id == stake
    assert {r.label for r in register.list_measures(project)} == {"Meta's investment in Scale AI",
                                                                   "Meta investment (Italian)"}
    register.restore_measure(project, old)
    assert {r.label for r in register.list_measures(project)} == {"Meta's investment in Scale AI",
                                                                   "Investimento di Meta"}


def test_propositions_count_stances_and_merge(project, author_id, doc):
    doc_id, text = doc
    keeps = register.create_proposition(project, "OpenAI keeps working with Scale AI").value
    dup = register.create_proposition(project, "OpenAI continues with Scale").value
    c1 = tag(project, author_id, doc_id, text, "OpenAI afferma che collaborerà", kind="claim",
             proposition_id=keeps)
    c2 = tag(project, author_id, doc_id, text, "Openi e Openai sono la stessa OpenAI", kind="claim",
             proposition_id=dup, stance="denies")
    merge = register.merge_propositions(project, keeps, dup, author_id)
    (row,) = register.list_propositions(project)
    assert (row.label, row.asserts, row.denies, row.total) == ("OpenAI keeps working with Scale AI", 1, 1, 2)
    assert get_annotation(project, c2).proposition_id == keeps
    renamed = register.rename_proposition(project, keeps, "OpenAI stays with Scale AI").value
    assert renamed.label == "OpenAI keeps working with Scale AI"
    register.unmerge(project, merge.value)
    assert get_annotation(project, c2).proposition_id == dup
    assert get_annotation(project, c1).proposition_id == keeps
    assert len(register.list_propositions(project)) == 2


def test_unmerge_leaves_annotations_relinked_since_alone(project, author_id, doc):
    doc_id, text = doc
    a = register.create_entity(project, "OpenAI").value
    b = register.create_entity(project, "Openi").value
    c = register.create_entity(project, "Anthropic").value
    ann = tag(project, author_id, doc_id, text, "Openi", entity_id=b)
    merge = register.merge_entities(project, a, b)
    update_annotation(project, ann, entity_id=c)  # a later decision
    register.unmerge(project, merge.value)
    assert get_annotation(project, ann).entity_id == c
    with project.read() as s:
        assert s.scalar(select(Annotation.entity_id).where(Annotation.id == ann)) == c


def test_name_of_names_one_item_of_each_kind_and_none_once_it_is_gone(project):
    entity = register.create_entity(project, "OpenAI").value
    measure = register.create_measure(project, "Investment in Scale AI", "USD").value
    proposition = register.create_proposition(project, "OpenAI keeps working with Scale AI").value
    assert register.name_of(project, "entity", entity) == "OpenAI"
    assert register.name_of(project, "measure", measure) == "Investment in Scale AI"
    assert register.name_of(project, "proposition", proposition) == "OpenAI keeps working with Scale AI"
    register.delete_measure(project, measure)
    assert register.name_of(project, "measure", measure) is None
