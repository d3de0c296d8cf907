"""`scripts/team-server.sh DIR`: a throw-away local cluster a newcomer tries team work on, as the README says."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.services.team import membership
from desktop.storage.project import open_project

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "scripts" / "team-server.sh"
INSTALLED = bool(list(Path("/usr/lib/postgresql").glob("*/bin/initdb")) or shutil.which("initdb"))

pytestmark = [pytest.mark.postgres,
              pytest.mark.skipif(not INSTALLED, reason="PostgreSQL server binaries not installed")]


@pytest.fixture
def cluster_dir():
    # Not tmp_path: the server runs as the postgres user, who cannot enter pytest's private folders.
    folder = Path(tempfile.mkdtemp(prefix="evidence-desk-team-server-"))
    yield folder
    subprocess.run([str(SCRIPT), str(folder), "stop"], capture_output=True, check=False)
    shutil.rmtree(folder, ignore_errors=True)


def test_the_script_starts_a_cluster_that_becomes_a_team_in_two_commands(cluster_dir, capsys, monkeypatch):
    started = subprocess.run([str(SCRIPT), str(cluster_dir)], capture_output=True, text=True, check=False)
    assert started.returncode == 0, started.stderr
    admin_url = next(line.strip() for line in started.stdout.splitlines() if line.strip().startswith("postgresql://"))
    password = (cluster_dir / "admin-password").read_text(encoding="utf-8").strip()
    assert (cluster_dir / "admin-password").stat().st_mode & 0o077 == 0  # the administrator's only
    assert "team init" in started.stdout and "stop" in started.stdout

    assert main(["team", "init", admin_url]) == 0
    monkeypatch.setattr("sys.stdin", _Lines("a-long-enough-password\n"))
    assert main(["team", "add-user", "giulia", "--role", "reviewer", "--url", admin_url, "--password-stdin"]) == 0
    user_url = capsys.readouterr().out.strip().splitlines()[-1]
    assert user_url.startswith("postgresql://giulia:") and password not in user_url  # hers, not the admin's

    project = open_project(user_url)
    try:
        member = membership(project)
        assert member.team and member.role == "reviewer" and member.login == "giulia"
    finally:
        project.close()

    again = subprocess.run([str(SCRIPT), str(cluster_dir)], capture_output=True, text=True, check=False)
    assert again.returncode == 0 and admin_url in again.stdout  # already running: the same server, the same URL
    stopped = subprocess.run([str(SCRIPT), str(cluster_dir), "stop"], capture_output=True, text=True, check=False)
    assert stopped.returncode == 0 and "Stopped" in stopped.stdout


class _Lines:
    def __init__(self, text: str) -> None:
        self._lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self._lines.pop(0) if self._lines else ""
