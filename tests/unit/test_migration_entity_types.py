"""Migration 0005 on a project from before it: a type nobody chose is no longer a decision."""

import sqlite3

from desktop.services import register
from desktop.storage.migrate import downgrade_on, migration_engine
from desktop.storage.project import open_project
from desktop.storage.schema import revision_number


def test_a_0004_project_keeps_chosen_types_and_drops_the_organization_default(tmp_path):
    path = tmp_path / "old.evidence"
    project = open_project(path)
    meta = register.create_entity(project, "Meta", "organization").value  # created: not a choice
    scale = register.create_entity(project, "Scale AI", "product").value
    register.set_entity_type(project, scale, "organization")  # the analyst chose it
    friar = register.create_entity(project, "Sarah Friar", "person").value  # as a claim's speaker was
    wang = register.create_entity(project, "Alexandr Wang", "organization").value
    register.set_entity_type(project, wang, "person")
    project.close()
    engine = migration_engine(path)
    try:
        with engine.begin() as conn:
            downgrade_on(conn, "0004")
            conn.exec_driver_sql(f"PRAGMA user_version={revision_number('0004')}")
    finally:
        engine.dispose()
    old = sqlite3.connect(path)
    assert "type_guessed" not in {row[1] for row in old.execute("PRAGMA table_info(entities)")}
    old.execute("UPDATE entities SET type = 'organization' WHERE type = 'unknown'")  # as 0.1 wrote it
    old.commit()
    triggers = {row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    old.close()

    upgraded = open_project(path)
    rows = {r.id: (r.type, r.type_guessed) for r in register.list_entities(upgraded)}
    assert rows == {meta: ("unknown", False), scale: ("organization", False), friar: ("person", True),
                    wang: ("person", False)}
    upgraded.close()
    again = sqlite3.connect(path)
    assert {row[0] for row in again.execute("SELECT name FROM sqlite_master WHERE type='trigger'")} == triggers
    again.close()
