"""Suggested mentions and figures: computed across the project, stored only when accepted."""

from decimal import Decimal

import pytest

from desktop.services import register
from desktop.services.annotations import create_annotation
from desktop.services.documents import document_text
from desktop.services.queries import get_annotation, list_annotations
from desktop.services.suggestions import (
    FigureSuggestion,
    SuggestionError,
    accept_all,
    accept_figure,
    accept_mention,
    suggest_figures,
    suggest_mentions,
)
from tests.fixtures.lineup import tag_seed_lineup

DOC_004 = 5  # seed documents are added in manifest order: ids 1..5 = files 000..004


def entity_id(project, name):
    return next(e.id for e in register.list_entities(project) if e.name == name)


def test_mentions_of_openai_across_the_seeds_skip_what_is_tagged(seeded_project, author_id):
    ids = tag_seed_lineup(seeded_project, author_id)
    openai = entity_id(seeded_project, "OpenAI")
    before = len(list_annotations(seeded_project))

    found = suggest_mentions(seeded_project, openai)

    assert len(list_annotations(seeded_project)) == before  # nothing stored
    assert {s.document_id for s in found} == {1, 2, 3, 4, 5}
    in_004 = [s for s in found if s.document_id == DOC_004]
    text = document_text(seeded_project, DOC_004)
    # "Openi" (first) and "Openai" are tagged already; the second "Openi" is left to suggest
    assert [s.surface for s in in_004] == ["Openi"]
    assert in_004[0].start == text.index("Openi", text.index("Openai"))
    assert in_004[0].score == 1.0  # tagging "Openi" made it an alias
    tagged = {(a.document_id, a.start) for a in list_annotations(seeded_project, kind="entity")
              if a.entity_id == openai}
    assert all((s.document_id, s.start) not in tagged for s in found)
    first = get_annotation(seeded_project, ids["OpenAI/000"])
    assert all(not (s.document_id == 1 and s.start < first.end and first.start < s.end) for s in found)
    for s in found:
        assert s.id == f"m:{openai}:{s.document_id}:{s.start}:{s.end}"
        assert document_text(seeded_project, s.document_id)[s.start:s.end] == s.surface
    assert suggest_mentions(seeded_project, openai) == found  # deterministic


def test_fuzzy_mentions_are_suggested_with_a_score_below_one(seeded_project, author_id):
    anthropic = register.create_entity(seeded_project, "Anthropic").value
    found = suggest_mentions(seeded_project, anthropic)
    assert [(s.document_id, s.surface) for s in found] == [(DOC_004, "antropico"), (DOC_004, "Antropic")]
    assert all(s.score < 1 and s.matched_name == "Anthropic" for s in found)
    assert suggest_mentions(seeded_project, anthropic, document_ids=[1, 2]) == []


def test_accepting_a_mention_tags_it_and_it_is_no_longer_suggested(seeded_project, author_id):
    anthropic = register.create_entity(seeded_project, "Anthropic").value
    first, second = suggest_mentions(seeded_project, anthropic)
    outcome = accept_mention(seeded_project, first, author_id)
    ann = get_annotation(seeded_project, outcome.value)
    assert (ann.kind, ann.entity_id, ann.quote, ann.start) == ("entity", anthropic, "antropico", first.start)
    assert outcome.changes.annotations == {outcome.value}
    assert suggest_mentions(seeded_project, anthropic) == [second]
    assert register.list_entities(seeded_project)[0].total == 1


def test_a_stale_suggestion_is_refused(seeded_project, author_id):
    anthropic = register.create_entity(seeded_project, "Anthropic").value
    (first, _second) = suggest_mentions(seeded_project, anthropic)
    moved = first.__class__(**{**first.__dict__, "start": first.start + 1})
    with pytest.raises(SuggestionError):
        accept_mention(seeded_project, moved, author_id)
    assert list_annotations(seeded_project) == []


def test_figures_read_by_the_parser_are_suggested_and_accepted_machine_read(seeded_project, author_id):
    text = document_text(seeded_project, DOC_004)
    found = suggest_figures(seeded_project, DOC_004)
    fifteen = next(s for s in found if s.surface == "circa $ 15 miliardi")
    assert (fifteen.value, fifteen.unit, fifteen.bound) == (Decimal("15000000000"), "USD", "about")
    assert fifteen.id == f"f:{DOC_004}:{fifteen.start}:{fifteen.end}"
    assert text[fifteen.start:fifteen.end] == fifteen.surface
    assert any(s.surface == "49 %" and s.unit == "%" for s in found)
    assert list_annotations(seeded_project) == []

    accepted = accept_figure(seeded_project, fifteen, author_id).value
    ann = get_annotation(seeded_project, accepted)
    assert (ann.value, ann.unit, ann.bound, ann.machine_read) == ("15000000000", "USD", "about", True)
    assert fifteen.id not in {s.id for s in suggest_figures(seeded_project, DOC_004)}


def test_figures_already_tagged_are_not_suggested(seeded_project, author_id):
    text = document_text(seeded_project, DOC_004)
    start = text.index("49 %")
    before = suggest_figures(seeded_project, DOC_004)
    assert [s for s in before if s.start < start + 4 and start < s.end]  # suggested while untagged
    create_annotation(seeded_project, document_id=DOC_004, start=start, end=start + 4, kind="figure",
                      author_id=author_id, value="49", unit="%", bound="exact")
    after = suggest_figures(seeded_project, DOC_004)
    assert after and len(after) == len(before) - 1  # only that one went
    assert all(not (s.start < start + 4 and start < s.end) for s in after)


def test_accept_all_checks_every_suggestion_first(seeded_project, author_id):
    anthropic = register.create_entity(seeded_project, "Anthropic").value
    mentions = suggest_mentions(seeded_project, anthropic)
    bogus = FigureSuggestion("f:5:0:3", DOC_004, 0, 3, "xyz", Decimal(1), None, None, "exact")
    with pytest.raises(SuggestionError):
        accept_all(seeded_project, [*mentions, bogus], author_id)
    assert list_annotations(seeded_project) == []
    outcome = accept_all(seeded_project, mentions, author_id)
    assert len(outcome.value) == 2 and outcome.changes.annotations == set(outcome.value)
    assert suggest_mentions(seeded_project, anthropic) == []


def test_find_figures_in_a_long_article_reports_how_far_it_read_and_stops_when_cancelled(project, author_id):
    from desktop.services.documents import add_document
    from desktop.services.progress import Cancelled

    text = "Meta paid about $14 billion for 49% of Scale AI in 2025. " * 4000  # 228,000 characters
    doc = add_document(project, text=text, title="Long", language="en").value
    seen: list[tuple[int, int]] = []
    found = suggest_figures(project, doc, progress=lambda done, total, _what: seen.append((done, total)))
    assert len(found) == 3 * 4000
    assert seen[0] == (0, len(text)) and seen[-1] == (len(text), len(text))
    middle = [done for done, _total in seen[1:-1]]
    assert middle and middle == sorted(middle) and all(0 < done < len(text) for done in middle)

    def cancel_at_half(done: int, total: int, _what: str) -> None:
        if done > total // 2:
            raise Cancelled()

    with pytest.raises(Cancelled):
        suggest_figures(project, doc, progress=cancel_at_half)


def test_a_figure_overlapping_any_tagged_figure_is_not_suggested(project, author_id):
    from desktop.services.documents import add_document

    text = "Revenue rose 15% to $3 billion; costs fell 7% and 2,500 jobs went, of 12,000."
    doc = add_document(project, text=text, title="Figures", language="en").value
    everything = suggest_figures(project, doc)
    # tag a long span covering the first two figures and a short one inside the last
    last = everything[-1]
    create_annotation(project, document_id=doc, start=0, end=everything[1].end, kind="figure",
                      author_id=author_id)
    create_annotation(project, document_id=doc, start=last.start + 1, end=last.start + 2, kind="figure",
                      author_id=author_id)
    after = suggest_figures(project, doc)
    assert [s.id for s in after] == [s.id for s in everything[2:-1]]
