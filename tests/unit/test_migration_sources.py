"""Migration 0003 on a file from 0.1 (schema 0002): originals and provenance columns appear, the five
seed articles get their short labels, and the documents are otherwise as they were."""

import sqlite3

from desktop.services.documents import list_documents
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project
from tests.fixtures.old_projects import make_old_project


def test_a_0002_project_gets_originals_and_the_seed_labels(tmp_path):
    path = tmp_path / "v01.evidence"
    project = open_project(path)
    seed_project(project)
    before = [(d.id, d.title, d.sha256) for d in list_documents(project)]
    project.close()
    make_old_project(path, "0002")
    old = sqlite3.connect(path)
    columns = {row[1] for row in old.execute("PRAGMA table_info(documents)")}
    tables = {row[0] for row in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    old.close()
    assert "label" not in columns and "originals" not in tables

    upgraded = open_project(path)
    assert upgraded.backup_path is not None and upgraded.backup_path.name.endswith(".bak-0002")
    docs = list_documents(upgraded)
    assert [(d.id, d.title, d.sha256) for d in docs] == before
    assert [d.label for d in docs] == ["Cryptopolitan", "PT news site", "IT crypto site", "FR AI blog",
                                       "FT 2025-07-15"]
    assert all(d.original_sha256 == "" and d.pages is None for d in docs)  # 0.1 kept no originals
    upgraded.close()
