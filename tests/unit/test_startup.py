"""Which project opens: the default one built whole, a named one, and no project made by a typo."""

import pytest

from desktop.cli import main
from desktop.services import startup
from desktop.services.documents import list_documents
from desktop.services.profiles import default_project_path


def test_the_default_project_is_created_with_all_five_seed_articles():
    project = startup.open_or_create(None)
    assert len(list_documents(project)) == 5
    project.close()
    assert sorted(p.name for p in default_project_path().parent.iterdir()) == [default_project_path().name]


def test_a_first_start_that_fails_while_seeding_leaves_no_half_project(monkeypatch):
    calls = []

    def failing_seed(project):
        calls.append(project)
        raise OSError("disk full")

    monkeypatch.setattr(startup, "seed_project", failing_seed)
    with pytest.raises(OSError):
        startup.open_or_create(None)
    assert calls and not default_project_path().exists()
    assert list(default_project_path().parent.iterdir()) == []  # no temporary file left either


def test_a_mistyped_project_path_is_an_error_and_creates_nothing(tmp_path, capsys):
    typo = tmp_path / "typo.evidence"
    assert main(["--project", str(typo), "docs", "list", "--json"]) == 2
    assert "There is no project at" in capsys.readouterr().err
    assert not typo.exists()


def test_adding_documents_to_a_new_path_creates_the_project_and_says_so(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text("Meta investirà oltre 10 miliardi di dollari in Scale AI, secondo fonti vicine.",
                       encoding="utf-8")
    target = tmp_path / "new.evidence"
    assert main(["--project", str(target), "docs", "add", str(article)]) == 0
    assert "created a new project at" in capsys.readouterr().err
    assert target.exists()
