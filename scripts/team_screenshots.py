"""Screenshots of team work: an annotator's window (what the role hides, a colleague's annotation read-only,
What Can I Do Here?), a window gone offline, and the conflict dialog.

    scripts/with-postgres.sh .venv/bin/python scripts/team_screenshots.py docs/screenshots

Needs a PostgreSQL server (EVIDENCE_DESK_PG_URL, as `make test` gives); makes and drops its own database.
Runs on any Qt platform: under Xvfb (QT_QPA_PLATFORM=xcb) or offscreen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(out_dir: str) -> int:
    if not os.environ.get("EVIDENCE_DESK_PG_URL"):
        print("team_screenshots: EVIDENCE_DESK_PG_URL not set (run it under scripts/with-postgres.sh)", file=sys.stderr)
        return 1
    home = tempfile.mkdtemp(prefix="evidence-desk-team-shots-")
    os.environ.update(XDG_CONFIG_HOME=f"{home}/config", XDG_DATA_HOME=f"{home}/data")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from desktop.services.annotations import create_annotation
    from desktop.services.documents import list_documents
    from desktop.services.profiles import save_profile
    from desktop.services.seeding import seed_project
    from desktop.storage.project import open_project
    from desktop.ui.app import build_main_window, configure_application
    from tests.fixtures.tcp_proxy import TcpProxy
    from tests.fixtures.team import make_team

    app = QApplication([])
    configure_application(app)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    team = make_team()
    proxy = None
    windows = []
    try:
        admin = open_project(team.admin_url)
        seed_project(admin)
        italian = next(d.id for d in list_documents(admin) if d.title.startswith("OpenAI continuerà"))
        text = next(d for d in list_documents(admin) if d.id == italian)
        admin.close()

        def settle(rounds: int = 15) -> None:
            for _ in range(rounds):
                app.processEvents()

        def window_for(url: str, name: str):
            profile = save_profile(name, "#1f77b4")
            project = open_project(url)
            window = build_main_window(project, profile, QSettings(f"{home}/{name}.ini", QSettings.Format.IniFormat))
            window.resize(1500, 950)
            window.show()
            window.open_document(italian, window.pane_area.panes()[0])
            windows.append(window)
            settle()
            return window

        # a reviewer's figure, seen by an annotator: read-only, verdicts hidden
        rita = open_project(team.url("reviewer"))
        body = rita_text = _text(rita, italian)
        start = body.index("circa 14 miliardi di dollari")
        figure = create_annotation(rita, document_id=italian, start=start, end=start + 28, kind="figure",
                                   author_id=team.author_id("reviewer"), measure_label="Meta's investment").value
        rita.close()
        del text, rita_text
        anna = window_for(team.url("annotator"), "Anna")
        anna.select_annotation(figure)
        settle()
        anna.grab().save(str(out / "team-annotator.png"))
        box = anna.features["desktop.ui.team.install"].explain()
        settle()
        box.grab().save(str(out / "team-what-can-i-do.png"))
        box.close()

        # offline
        from sqlalchemy.engine import make_url

        url = make_url(team.url("owner"))
        proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432).start()
        otto = window_for(url.set(port=proxy.port).render_as_string(hide_password=False), "Otto")
        proxy.cut()
        feature = otto.features["desktop.ui.team.install"]
        for _ in range(200):
            settle(1)
            if feature.connection_label.text() == "● offline":
                break
            import time

            time.sleep(0.02)
        pane = otto.pane_area.panes()[0]
        start = pane.text.index("Scale AI")
        otto.tag_range(pane, "entity", start, start + len("Scale AI"))
        settle()
        otto.grab().save(str(out / "team-offline.png"))
        if otto.last_message is not None:
            otto.last_message.grab().save(str(out / "team-offline-refused.png"))
            otto.last_message.close()
        proxy.restore()

        # a conflict: the owner edits the value the reviewer changed meanwhile
        otto_view = None
        for _ in range(300):
            settle(1)
            if feature.connection_label.text() == "● online":
                break
            import time

            time.sleep(0.02)
        otto.select_annotation(figure)
        settle()
        otto_view = otto.panel._view
        rita = open_project(team.url("reviewer"))
        from desktop.services.annotations import update_annotation

        update_annotation(rita, figure, team.author_id("reviewer"), value="14300000000")
        rita.close()
        otto.ops.update_annotation(figure, expected=otto_view, value="15000000000")
        settle()
        dialog = otto.features["desktop.ui.team.install"].conflict_dialog
        if dialog is not None:
            dialog.grab().save(str(out / "team-conflict.png"))
            otto.grab().save(str(out / "team-conflict-window.png"))
        print(f"team_screenshots: written to {out}")
        return 0
    finally:
        for window in windows:
            window.close()
            window.ops.project.close()
        if proxy is not None:
            proxy.stop()
        team.drop()


def _text(project, document_id: int) -> str:
    from desktop.services.documents import document_text

    return document_text(project, document_id)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
