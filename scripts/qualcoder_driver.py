"""Drive QualCoder's own REFI-QDA exporter and importer, headless, to make and check .qdpx files.

QualCoder (https://github.com/ccbogel/QualCoder, LGPL) is NOT part of Evidence Desk: this script runs its
code from a checkout you point it at, in a virtual environment of its own (QualCoder needs PyQt6,
PyMuPDF and Pillow; Evidence Desk does not). It answers QualCoder's dialogs itself (the file choosers,
the line-ending question, the message boxes) and uses QualCoder's own code for everything else:

    python3 -m venv /tmp/qcvenv && /tmp/qcvenv/bin/pip install PyQt6 pymupdf Pillow
    git clone https://github.com/ccbogel/QualCoder /tmp/QualCoder     # (any recent commit)
    QT_QPA_PLATFORM=offscreen /tmp/qcvenv/bin/python scripts/qualcoder_driver.py \\
        --qualcoder /tmp/QualCoder/src make-fixture tests/fixtures/interchange/qualcoder.qdpx
    QT_QPA_PLATFORM=offscreen /tmp/qcvenv/bin/python scripts/qualcoder_driver.py \\
        --qualcoder /tmp/QualCoder/src import some-export.qdpx            # prints what QualCoder stored, as JSON

``make-fixture`` builds a small QualCoder project the way QualCoder's coding view leaves one (positions
in its editor's units, UTF-16; coded text as Qt selects it; coding memos; a text annotation; two coders;
codes in categories, among them the Entity / Figure / Claim categories Evidence Desk maps) and exports
it with QualCoder's RefiExport. ``import`` runs QualCoder's RefiImport on a file and prints, for every
coding: its code, the text QualCoder stored ("seltext", cut by its importer), the text its coding view
highlights (the same positions on a Qt text document) and its memo; and the text annotations.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import datetime
import json
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

FIXTURE_SOURCES = {
    "Interview Giulia": (
        "Meta 🚀 pagherà circa 14 miliardi di dollari per il 49% di Scale AI.\n"
        "Alexandr Wang lascia Scale AI per guidare il laboratorio di Meta 🤖.\n"
        "OpenAI smetterà di lavorare con Scale AI, dicono due fonti."
    ),
    "Notes Marco": "Sarah Friar (OpenAI) ha detto che la collaborazione continua.\nNessuna cifra confermata.",
}
# category -> codes; None: a code at the top level
FIXTURE_CODES = {
    "Entity": ["Meta", "Scale AI", "Alexandr Wang"],
    "Figure": ["Meta's investment in Scale AI", "Meta's stake in Scale AI"],
    "Claim": ["OpenAI keeps working with Scale AI"],
    None: ["Trust in sources"],
}
# (source, code, phrase, coder, memo)
FIXTURE_CODINGS = [
    ("Interview Giulia", "Meta", "Meta", "giulia", ""),
    ("Interview Giulia", "Meta's investment in Scale AI", "circa 14 miliardi di dollari", "giulia",
     "Bloomberg says 14, the FT 15."),
    ("Interview Giulia", "Meta's stake in Scale AI", "49%", "giulia", ""),
    ("Interview Giulia", "Scale AI", "Scale AI", "giulia", ""),
    ("Interview Giulia", "Alexandr Wang", "Alexandr Wang", "marco", "Founder 🚀, now at Meta."),
    ("Interview Giulia", "OpenAI keeps working with Scale AI",
     "OpenAI smetterà di lavorare con Scale AI", "marco", "Denies it: two unnamed sources."),
    ("Notes Marco", "OpenAI keeps working with Scale AI",
     "Sarah Friar (OpenAI) ha detto che la collaborazione continua", "marco", ""),
    ("Notes Marco", "Trust in sources", "Nessuna cifra confermata", "giulia", "No figure is confirmed."),
]
# a QualCoder text annotation (a memo on a span, no code)
FIXTURE_ANNOTATIONS = [("Interview Giulia", "dicono due fonti", "giulia", "Which two sources?")]


def utf16_index(text: str, index: int) -> int:
    """A Python index as QualCoder's Qt editor counts it (an emoji is two)."""
    return index + sum(1 for char in text[:index] if ord(char) > 0xFFFF)


class _TextSink:
    """Stands in for the QTextEdit QualCoder writes its log to."""

    def __init__(self) -> None:
        self.lines: list[str] = []

    def append(self, text: str) -> None:
        self.lines.append(str(text))


def _load_qualcoder(src: Path, home: Path):
    os.environ["HOME"] = str(home)  # QualCoder keeps its settings in ~/.qualcoder
    (home / ".qualcoder").mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(src))
    import builtins

    builtins.__dict__.setdefault("_", lambda text: text)  # QualCoder's gettext hook
    from PyQt6 import QtWidgets

    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication([])
    import types

    # QualCoder's AI assistant pulls in langchain, torch and Biopython at import; the REFI-QDA code does not
    # use it, so its module is replaced by the two names qualcoder.app takes from it.
    ai = types.ModuleType("qualcoder.ai_llm")
    ai.get_default_ai_models = lambda *args, **kwargs: []
    ai.update_ai_models = lambda models, *args, **kwargs: models
    sys.modules["qualcoder.ai_llm"] = ai
    from qualcoder import app as qc_app
    from qualcoder import helpers, refi

    class _Silent:  # QualCoder's Message(...).exec() boxes
        def __init__(self, *args, **kwargs) -> None:
            pass

        def exec(self) -> int:
            return 0

    refi.Message = _Silent
    helpers.Message = _Silent
    return app, qc_app, refi


def _create_tables(src: Path, cur: sqlite3.Cursor) -> None:
    """Run the CREATE TABLE statements of QualCoder's own MainWindow.new_project (read from its source)."""
    tree = ast.parse((src / "qualcoder" / "__main__.py").read_text(encoding="utf-8"))
    new_project = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name == "new_project")
    for node in ast.walk(new_project):
        if isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "execute" and node.args:
            try:
                sql = ast.literal_eval(node.args[0])
            except ValueError:
                continue
            if isinstance(sql, str) and sql.strip().upper().startswith("CREATE TABLE"):
                cur.execute(sql)


def new_project(src: Path, qc_app, folder: Path, coder: str):
    """An empty QualCoder project at ``folder`` (a .qda folder), opened in a QualCoder App object."""
    app = qc_app.App()
    app.settings["codername"] = coder
    app.settings["directory"] = str(folder.parent)
    for sub in ("images", "audio", "video", "documents"):
        (folder / sub).mkdir(parents=True, exist_ok=True)
    app.create_connection(str(folder))
    cur = app.conn.cursor()
    _create_tables(src, cur)
    app.update_coder_names()
    cur.execute("INSERT INTO project VALUES(?,?,?,?,?,?,?,?,null,null,null)",
                ("v17", _now(), "", app.version, 0, 0, coder, ""))
    app.conn.commit()
    return app


def _now() -> str:
    return datetime.datetime(2026, 3, 2, 10, 0, 0).strftime("%Y-%m-%d %H:%M:%S")


def make_fixture(src: Path, out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="qualcoder-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        _qt, qc_app, refi = _load_qualcoder(src, home)
        app = new_project(src, qc_app, Path(tmp) / "Evidence fixture.qda", "giulia")
        cur = app.conn.cursor()
        ids: dict[str, int] = {}
        for name, text in FIXTURE_SOURCES.items():
            cur.execute("insert into source(name,fulltext,mediapath,memo,owner,date) values(?,?,?,?,?,?)",
                        (name, text, None, f"Memo of {name}", "giulia", _now()))
            ids[name] = cur.lastrowid
            (Path(app.project_path) / "documents" / name).write_text(text, encoding="utf-8")
        codes: dict[str, int] = {}
        for category, names in FIXTURE_CODES.items():
            catid = None
            if category is not None:
                cur.execute("insert into code_cat (name,memo,owner,date,supercatid) values(?,?,?,?,?)",
                            (category, f"{category} codes", "giulia", _now(), None))
                catid = cur.lastrowid
            for code in names:
                cur.execute("insert into code_name (name,memo,owner,date,catid,color) values(?,?,?,?,?,?)",
                            (code, f"What “{code}” means", "giulia", _now(), catid, "#A0C0E0"))
                codes[code] = cur.lastrowid
        for source, code, phrase, coder, memo in FIXTURE_CODINGS:
            text = FIXTURE_SOURCES[source]
            start = text.index(phrase)
            # as QualCoder's coding view stores a coding: Qt (UTF-16) positions and Qt's selected text
            pos0, pos1 = utf16_index(text, start), utf16_index(text, start + len(phrase))
            cur.execute("insert into code_text (cid,fid,seltext,pos0,pos1,owner,memo,date,important) "
                        "values(?,?,?,?,?,?,?,?,?)", (codes[code], ids[source], phrase, pos0, pos1, coder, memo,
                                                      _now(), None))
        for source, phrase, coder, memo in FIXTURE_ANNOTATIONS:
            text = FIXTURE_SOURCES[source]
            start = text.index(phrase)
            cur.execute("insert into annotation (fid,pos0,pos1,memo,owner,date) values(?,?,?,?,?,?)",
                        (ids[source], utf16_index(text, start), utf16_index(text, start + len(phrase)), memo,
                         coder, _now()))
        app.conn.commit()
        app.update_coder_names()
        out_dir = Path(tmp) / "export"
        out_dir.mkdir()
        from PyQt6 import QtWidgets

        QtWidgets.QFileDialog.getExistingDirectory = staticmethod(lambda *a, **k: str(out_dir))
        refi.RefiLineEndings.exec = lambda self: 0  # the line-ending question: QualCoder's default
        refi.RefiExport(app, _TextSink(), "project")
        made = sorted(out_dir.glob("*.qdpx"))
        if not made:
            raise SystemExit("QualCoder's exporter wrote no .qdpx")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(made[0].read_bytes())
        app.conn.close()
    print(f"{out}: written by QualCoder's RefiExport", file=sys.stderr)


def import_file(src: Path, qdpx: Path) -> dict:
    with tempfile.TemporaryDirectory(prefix="qualcoder-") as tmp:
        home = Path(tmp) / "home"
        home.mkdir()
        _qt, qc_app, refi = _load_qualcoder(src, home)
        app = new_project(src, qc_app, Path(tmp) / "Imported.qda", "checker")
        copy = Path(tmp) / qdpx.name
        copy.write_bytes(qdpx.read_bytes())
        from PyQt6 import QtGui, QtWidgets

        QtWidgets.QFileDialog.getOpenFileName = staticmethod(lambda *a, **k: (str(copy), "qdpx"))
        log = _TextSink()
        refi.RefiImport(app, log, "qdpx")
        cur = app.conn.cursor()
        sources = {fid: (name, text) for fid, name, text in cur.execute("select id, name, fulltext from source")}
        codes = dict(cur.execute("select cid, name from code_name"))
        codings = []
        for cid, fid, seltext, pos0, pos1, memo, owner in cur.execute(
                "select cid, fid, seltext, pos0, pos1, ifnull(memo,''), owner from code_text order by fid, pos0"):
            text = sources[fid][1] or ""
            document = QtGui.QTextDocument(text)  # what QualCoder's coding view shows and highlights
            cursor = QtGui.QTextCursor(document)
            cursor.setPosition(pos0)
            cursor.setPosition(pos1, QtGui.QTextCursor.MoveMode.KeepAnchor)
            shown = cursor.selectedText().replace("\u2029", "\n")
            shown = shown.encode("utf-8", "surrogatepass").decode("utf-8", "replace")  # half an emoji: "�"
            codings.append({"code": codes.get(cid), "source": sources[fid][0], "pos0": pos0, "pos1": pos1,
                            "stored": seltext, "highlighted": shown, "memo": memo, "coder": owner})
        annotations = [{"source": sources[fid][0], "pos0": p0, "pos1": p1, "memo": memo}
                       for fid, p0, p1, memo in cur.execute("select fid, pos0, pos1, memo from annotation")]
        result = {"sources": {name: text for name, text in sources.values()}, "codings": codings,
                  "annotations": annotations, "log": log.lines}
        app.conn.close()
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qualcoder", required=True, type=Path, help="QualCoder's src folder (holds qualcoder/)")
    sub = parser.add_subparsers(dest="command", required=True)
    fixture = sub.add_parser("make-fixture")
    fixture.add_argument("out", type=Path)
    check = sub.add_parser("import")
    check.add_argument("qdpx", type=Path)
    args = parser.parse_args(argv)
    with contextlib.redirect_stdout(sys.stderr):  # QualCoder prints its own messages
        if args.command == "make-fixture":
            make_fixture(args.qualcoder.resolve(), args.out)
            return 0
        result = import_file(args.qualcoder.resolve(), args.qdpx.resolve())
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
