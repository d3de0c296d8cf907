"""Test isolation: Qt offscreen, user folders in tmp_path, projects opened only through open_project()."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt
# The window speaks the system's language: tests read English unless one chooses another (View › Language).
os.environ["LANGUAGE"] = "en"

import pytest
from hypothesis import settings

from desktop.services.authors import ensure_author
from desktop.services.seeding import seed_project
from desktop.storage.project import open_project

# Property tests draw the same examples on every run (no test fails by chance); a run that looks for new
# counter-examples says so: HYPOTHESIS_PROFILE=explore.
settings.register_profile("repeatable", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=5000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


@pytest.fixture(autouse=True)
def qt_application_first(request):
    """A test that needs Qt gets pytest-qt's QApplication before its code can make a bare QGuiApplication
    (the PDF writer does, for the command line): a window test run after it in the same session would abort."""
    if request.node.get_closest_marker("qt") is not None:
        request.getfixturevalue("qapp")


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Settings, profiles and the default project live under tmp_path, never in the real home."""
    home = tmp_path / "home"
    for var, sub in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                     ("XDG_CACHE_HOME", "cache"), ("XDG_STATE_HOME", "state")):
        path = home / sub
        path.mkdir(parents=True)
        monkeypatch.setenv(var, str(path))
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    runtime.chmod(0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def project(tmp_path):
    proj = open_project(tmp_path / "test.evidence")
    yield proj
    proj.close()


@pytest.fixture
def author_id(project):
    return ensure_author(project, "giulia-test", "Giulia", "#d62728").value


@pytest.fixture
def seeded_project(project):
    seed_project(project)
    return project


@pytest.fixture
def web_server():
    """A loopback HTTP server in this process (tests/fixtures/sources/server.py); never the internet."""
    from tests.fixtures.sources.server import LoopbackServer

    server = LoopbackServer().start()
    yield server
    server.stop()
