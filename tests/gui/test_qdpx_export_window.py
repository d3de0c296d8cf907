"""File › Export REFI-QDA Project: notes travel as the coding's memo, and with emoji in a text the analyst
says which tool the file is for; for QualCoder, NVivo, MAXQDA and ATLAS.ti every coding is highlighted on
its exact text (checked as QualCoder's coding view does it: positions on a Qt text document)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile

import pytest
from PySide6.QtGui import QTextCursor, QTextDocument

from desktop.services.annotations import create_annotation, update_annotation
from desktop.services.documents import add_document
from desktop.services.queries import list_annotations

pytestmark = pytest.mark.gui

EXPORTS = "desktop.ui.exports"
Q = "{urn:QDA-XML:project:1.0}"
TEXT = "Intro 👋\nMeta 🚀 paid $14 billion 💰 for 49% of Scale AI.\nThe end 🏁 Scale AI"


def _qt_highlight(text: str, start: int, end: int) -> str:
    """The text QualCoder's coding view highlights for a coding's positions."""
    document = QTextDocument(text)  # kept: a cursor on a collected document selects nothing
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor.selectedText().replace("\u2029", "\n")


def _selections(path) -> list[tuple[str, int, int, str, str]]:
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        found = []
        for source in root.iter(f"{Q}TextSource"):
            text = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
            for s in source.iter(f"{Q}PlainTextSelection"):
                found.append((text, int(s.get("startPosition")), int(s.get("endPosition")), s.get("name"),
                              s.find(f"{Q}Description").text))
    return found


@pytest.mark.parametrize(("choice", "unit"), [("utf16", "utf16"), ("codepoints", "codepoints")])
def test_with_emoji_the_analyst_picks_the_tool_and_its_positions_are_right(window, gui_project, tmp_path,
                                                                           monkeypatch, choice, unit):
    doc = add_document(gui_project, TEXT, title="Emoji", language="en").value
    for quote in ("Meta", "paid $14 billion 💰 for", "49%"):
        start = TEXT.index(quote)
        made = create_annotation(gui_project, document_id=doc, start=start, end=start + len(quote), kind="claim",
                                 author_id=window.ops.author_id).value
    update_annotation(gui_project, made, window.ops.author_id, note="Check the 49% 🚀")
    exports = window.features[EXPORTS]
    asked: list[list[str]] = []
    monkeypatch.setattr(exports, "ask_positions", lambda titles: asked.append(titles) or choice)
    out = tmp_path / "for-qualcoder.qdpx"
    assert exports.export_qdpx(str(out)) == 3
    assert asked == [["Emoji"]]
    selections = _selections(out)
    for text, start, end, name, _description in selections:
        if unit == "utf16":
            assert _qt_highlight(text, start, end) == name  # what QualCoder, NVivo... show
        else:
            assert text[start:end] == name  # what QualCoder stores, and the standard
    note = next(d for _t, _s, _e, n, d in selections if n == "49%")
    assert note.startswith("Check the 49% 🚀\n\n[Evidence Desk] claim")  # the memo QualCoder reads


def test_without_emoji_nobody_is_asked(window, gui_project, tmp_path, monkeypatch):
    exports = window.features[EXPORTS]
    monkeypatch.setattr(exports, "ask_positions", lambda titles: pytest.fail("asked without a reason"))
    assert exports.export_qdpx(str(tmp_path / "plain.qdpx")) == len(list_annotations(gui_project))
