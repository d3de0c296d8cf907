"""Access enforced by the database: each role connects and tries, in plain SQL, what it may not do.

The rules (migration 0006, ``team init``) are row-level security and the ``ed_guard_*`` triggers; a
refusal is SQLSTATE 42501 with a sentence for the user, and through the services it is ``NotAllowed``.
"""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import DBAPIError

from desktop.services.annotations import create_annotation, delete_annotation, update_annotation
from desktop.services.documents import add_document
from desktop.services.review import add_comment, set_verdict
from desktop.services.team import membership
from desktop.storage.errors import NotAllowed
from desktop.storage.project import open_project
from tests.fixtures.team import PG_URL, SKIP_REASON, make_team

pytestmark = [pytest.mark.postgres, pytest.mark.skipif(not PG_URL, reason=SKIP_REASON)]
TEXT = "Meta investirà 14 miliardi di dollari in Scale AI, che resta indipendente, dice Alexandr Wang."


@pytest.fixture(scope="module")
def team():
    team = make_team()
    admin = open_project(team.admin_url)
    doc = add_document(admin, TEXT, title="Scale AI").value
    admin.close()
    team.doc = doc
    projects = {role: open_project(team.url(role)) for role in ("annotator", "reviewer", "owner")}
    team.projects = projects

    def tag(role: str, phrase: str, kind: str = "entity") -> str:
        start = TEXT.index(phrase)
        return create_annotation(projects[role], document_id=doc, start=start, end=start + len(phrase), kind=kind,
                                 author_id=team.author_id(role)).value

    team.tag = tag
    team.anna_tag = tag("annotator", "Meta")
    team.rita_tag = tag("reviewer", "Scale AI")
    team.entity_in_use = update_annotation(projects["annotator"], team.anna_tag, team.author_id("annotator"),
                                           entity_name="Meta Platforms").changes.entities
    set_verdict(projects["reviewer"], team.anna_tag, team.author_id("reviewer"), "disputed", "Which Meta?")
    yield team
    for project in projects.values():
        project.close()
    team.drop()


def attempt(team, role: str, sql: str, **params) -> str | None:
    """Run ``sql`` as ``role`` in a transaction that is rolled back; the refusal's message, or None if done."""
    engine = create_engine(team.url(role).replace("postgresql://", "postgresql+psycopg://"))
    try:
        with engine.connect() as conn:
            try:
                result = conn.execute(text(sql), params)
                count = result.rowcount
            except DBAPIError as exc:
                assert getattr(exc.orig, "sqlstate", None) == "42501", exc
                return str(exc.orig.diag.message_primary)
            finally:
                conn.rollback()
            assert count != 0, f"{sql} matched no row: the test would prove nothing"
            return None
    finally:
        engine.dispose()


def insert_annotation(author_id: int, doc: int, status: str = "proposed") -> str:
    return ("INSERT INTO annotations (id, document_id, start, \"end\", quote, prefix, suffix, kind, author_id, "
            "created, modified, status, note, machine_read) VALUES ('00000000-0000-4000-8000-00000000abcd', "
            f"{doc}, 0, 4, 'Meta', '', '', 'entity', {author_id}, 'x', 'x', '{status}', '', false)")


def insert_review(author_id: int, annotation_id: str, verdict: str | None) -> str:
    value = "NULL" if verdict is None else f"'{verdict}'"
    return ("INSERT INTO reviews (id, annotation_id, author_id, verdict, comment, created) VALUES "
            f"('00000000-0000-4000-8000-00000000beef', '{annotation_id}', {author_id}, {value}, 'ok', 'x')")


def test_each_login_has_its_role(team):
    for role in ("annotator", "reviewer", "owner"):
        member = membership(team.projects[role])
        assert member.team and member.role == role and member.author_id == team.author_id(role)


def test_an_annotator_changes_only_their_own_annotations(team):
    rita, anna = team.rita_tag, team.anna_tag
    a, r = team.author_id("annotator"), team.author_id("reviewer")
    forbidden = {
        "edit a colleague's": f"UPDATE annotations SET note = 'mine now' WHERE id = '{rita}'",
        "move a colleague's span": f"UPDATE annotations SET start = 1 WHERE id = '{rita}'",
        "delete a colleague's": f"DELETE FROM annotations WHERE id = '{rita}'",
        "tag in a colleague's name": insert_annotation(r, team.doc),
        "take over a colleague's": f"UPDATE annotations SET author_id = {a} WHERE id = '{rita}'",
        "give away their own": f"UPDATE annotations SET author_id = {r} WHERE id = '{anna}'",
        "give a verdict by status": f"UPDATE annotations SET status = 'accepted' WHERE id = '{anna}'",
        "tag as accepted": insert_annotation(a, team.doc, "accepted"),
        "give a verdict": insert_review(a, anna, "accepted"),
        "comment on a colleague's": insert_review(a, rita, None),
        "review in a colleague's name": insert_review(r, anna, None),
        "rename a register entry": "UPDATE entities SET name = 'Meta Inc' WHERE name = 'Meta Platforms'",
        "delete a register entry in use": "DELETE FROM entities WHERE name = 'Meta Platforms'",
        "delete a document": f"DELETE FROM documents WHERE id = {team.doc}",
        "change a setting": "INSERT INTO project_info (key, value) VALUES ('tolerance', '0.9')",
        "journal an adjudication": ("INSERT INTO journal (at, author_id, action, target_type, target_id, payload) "
                                    f"VALUES ('x', {a}, 'adjudicate', 'annotation', '{anna}', '{{}}')"),
        "rewrite the journal": "UPDATE journal SET action = 'nothing'",
        "add an author": "INSERT INTO authors (key, name, colour, created) VALUES ('ghost', 'Ghost', '#000000', 'x')",
        "rename a colleague": f"UPDATE authors SET name = 'R.' WHERE id = {r}",
    }
    for what, sql in forbidden.items():
        assert attempt(team, "annotator", sql), f"an annotator could {what}"
    allowed = {
        "edit their own": f"UPDATE annotations SET note = 'checked', version = version + 1 WHERE id = '{anna}'",
        "tag in their name": insert_annotation(a, team.doc),
        "rename themselves": f"UPDATE authors SET name = 'Anna B.' WHERE id = {a}",
        "add a document": "INSERT INTO documents (title, language, outlet, url, published, text, sha256, char_count, "
                          "source_name, imported, author, label, retrieved_at, page_starts) VALUES ('t', 'it', '', "
                          "'', '', 'testo', 'ab', 5, '', 'x', '', '', '', '')",
    }
    for what, sql in allowed.items():
        assert attempt(team, "annotator", sql) is None, f"an annotator could not {what}"


def test_a_reviewer_gives_verdicts_but_does_not_change_spans_or_fields(team):
    anna, rita = team.anna_tag, team.rita_tag
    a, r = team.author_id("annotator"), team.author_id("reviewer")
    forbidden = {
        "edit a colleague's field": f"UPDATE annotations SET note = 'better' WHERE id = '{anna}'",
        "move a colleague's span": f"UPDATE annotations SET start = 1, \"end\" = 5 WHERE id = '{anna}'",
        "edit a colleague's field with a verdict": (
            f"UPDATE annotations SET status = 'accepted', kind = 'claim' WHERE id = '{anna}'"),
        "delete a colleague's": f"DELETE FROM annotations WHERE id = '{anna}'",
        "tag in a colleague's name": insert_annotation(a, team.doc),
        "review in a colleague's name": insert_review(a, anna, "accepted"),
        "rewrite a review": "UPDATE reviews SET comment = 'never mind'",
        "delete a review": "DELETE FROM reviews",
        "journal a register merge": ("INSERT INTO journal (at, author_id, action, target_type, target_id, payload) "
                                     f"VALUES ('x', {r}, 'merge', 'entity', '1', '{{}}')"),
        "delete a register entry in use": "DELETE FROM entities WHERE name = 'Meta Platforms'",
        "delete a document": f"DELETE FROM documents WHERE id = {team.doc}",
    }
    for what, sql in forbidden.items():
        assert attempt(team, "reviewer", sql), f"a reviewer could {what}"
    allowed = {
        "give a verdict": (f"UPDATE annotations SET status = 'accepted', modified = 'now', version = version + 1 "
                           f"WHERE id = '{anna}'"),
        "record the verdict": insert_review(r, anna, "accepted"),
        "comment": insert_review(r, anna, None),
        "edit their own": f"UPDATE annotations SET note = 'mine', start = 1 WHERE id = '{rita}'",
        "rename a register entry": "UPDATE entities SET name = 'Meta Inc' WHERE name = 'Meta Platforms'",
    }
    for what, sql in allowed.items():
        assert attempt(team, "reviewer", sql) is None, f"a reviewer could not {what}"


def test_an_owner_does_everything(team):
    anna = team.anna_tag
    o = team.author_id("owner")
    allowed = {
        "edit anyone's": f"UPDATE annotations SET note = 'fixed', start = 1 WHERE id = '{anna}'",
        "delete anyone's": f"DELETE FROM annotations WHERE id = '{anna}'",
        "adjudicate": ("INSERT INTO journal (at, author_id, action, target_type, target_id, payload) "
                       f"VALUES ('x', {o}, 'adjudicate', 'annotation', '{anna}', '{{}}')"),
        "merge away an entity in use": "DELETE FROM entities WHERE name = 'Meta Platforms'",
        "delete a document": f"DELETE FROM documents WHERE id = {team.doc}",
        "change a setting": "INSERT INTO project_info (key, value) VALUES ('tolerance', '0.9')",
    }
    for what, sql in allowed.items():
        assert attempt(team, "owner", sql) is None, f"an owner could not {what}"


def test_through_the_services_a_refusal_is_one_message_and_nothing_is_stored(team):
    anna, rita = team.projects["annotator"], team.projects["reviewer"]
    with pytest.raises(NotAllowed, match="only your own annotations"):
        update_annotation(anna, team.rita_tag, team.author_id("annotator"), note="mine now")
    with pytest.raises(NotAllowed, match="not give verdicts"):
        set_verdict(anna, team.rita_tag, team.author_id("annotator"), "accepted")
    with pytest.raises(NotAllowed, match="not change its span or its fields"):
        update_annotation(rita, team.anna_tag, team.author_id("reviewer"), note="better")
    review = set_verdict(rita, team.anna_tag, team.author_id("reviewer"), "disputed", "Which Meta?").value
    assert review
    reply = add_comment(anna, team.anna_tag, team.author_id("annotator"), "Meta Platforms Inc.", parent_id=review)
    assert reply.value


def test_an_annotator_deletes_their_own_annotation_with_its_reviews(team):
    anna, rita = team.projects["annotator"], team.projects["reviewer"]
    mine = team.tag("annotator", "Alexandr Wang")
    set_verdict(rita, mine, team.author_id("reviewer"), "accepted")
    add_comment(rita, mine, team.author_id("reviewer"), "Good catch")
    deleted = delete_annotation(anna, mine, team.author_id("annotator"))
    assert len(deleted.value["reviews"]) == 2
