"""An AST check that every user-visible string in desktop/ui goes through Qt's translation machinery.

A string literal with words in it, passed to something that shows text (``setText``, ``setToolTip``,
``QAction``, ``addAction``, ``QMessageBox``, ``showMessage``, ``QLabel`` ... see ``SINKS``), must sit
inside ``self.tr()`` / ``ClassName.tr()`` / ``QCoreApplication.translate()`` (or a ``Context.tr()``
from ``desktop.i18n``). Also checked, because lupdate would silently miss the string:

- ``tr()`` inside an f-string, or an f-string as the text of ``tr()``;
- keyword arguments to ``tr()`` / ``translate()`` (lupdate reads positional ones only);
- a plural through ``self.tr(text, "", n)`` (PySide looks the plural up under the instance's own class,
  so a subclass loses it) or through ``translate(ctx, text, "", n)`` (lupdate does not mark it numerus):
  write ``ClassName.tr(text, "", n)``;
- ``Name = Context("Other")``: lupdate takes the context from the variable's name.

A literal that is not for translation (a brand name, a file pattern) is kept with a trailing
``# i18n: ok`` comment on its line.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "desktop" / "ui"

TR_NAMES = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}
# Methods and constructors whose string arguments a user reads.
SINKS = {
    # QWidget / QAction / QMenu / item views
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setWindowTitle", "setPlaceholderText",
    "setTitle", "setIconText", "setAccessibleName", "setAccessibleDescription", "setLabelText",
    "setCancelButtonText", "setInformativeText", "setDetailedText", "setHtml", "setMarkdown",
    "showMessage", "addAction", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "addItem", "addItems", "insertItem", "setItemText", "setItemData", "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels", "setHeaderLabels", "setSpecialValueText", "setPrefix", "setSuffix",
    "addButton", "setButtonText", "addRow", "addSection", "showText", "setNameFilter", "setNameFilters",
    "setWindowIconText", "setDefaultAction",
    # QMessageBox / QInputDialog / QFileDialog statics
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt",
    "getDouble", "getMultiLineText", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory",
    # constructors
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QToolButton",
    "QDockWidget", "QToolBar", "QMessageBox", "QProgressDialog", "QTreeWidgetItem", "QStandardItem",
    "QTableWidgetItem", "QListWidgetItem", "QCommandLinkButton", "QWidgetAction",
    # Evidence Desk's own: message boxes, the status bar, operation labels (Edit › Undo "…", failures)
    "message_box", "confirm", "show_status", "show_failure", "run", "run_in_background", "macro", "refuse",
    "make_action", "_action", "action", "warn", "inform", "ask", "emit", "Failure",
}
STRING_METHODS = {"format", "join", "replace", "strip", "capitalize", "upper", "lower", "title"}
WORDS = re.compile(r"[^\W\d_]{2,}")
MARKUP = re.compile(r"<[^>]*>|&\w+;|\{[^}]*\}|%\d|%n")
OK_MARK = "# i18n: ok"


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    text: str
    advice: str

    def __str__(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}: {self.text}\n    -> {self.advice}"


KEYS = re.compile(r"((Ctrl|Shift|Alt|Meta)\+)*(F\d{1,2}|[A-Z0-9=+-]|PgUp|PgDown|Del|Return|Enter|Esc|Backspace|Tab|"
                  r"Space|Home|End|Up|Down|Left|Right|Ins)")


def has_words(text: str) -> bool:
    """Words a person reads: not markup, placeholders or a key sequence ("Ctrl+Shift+F")."""
    if KEYS.fullmatch(text.strip()):
        return False
    return bool(WORDS.search(MARKUP.sub(" ", text)))


def _callee(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _is_tr(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and _callee(node) in TR_NAMES


def _shown(node: ast.expr) -> str:
    text = ast.unparse(node)
    return text if len(text) <= 100 else text[:97] + "..."


class Checker(ast.NodeVisitor):
    def __init__(self, path: Path, source: str, sinks: bool = True) -> None:
        self.path = path
        self.sinks = sinks  # check what reaches widgets (desktop/ui); the tr() rules hold everywhere
        self.lines = source.splitlines()
        self.findings: list[Finding] = []
        self._in_fstring = 0

    def _exempt(self, node: ast.AST) -> bool:
        first = getattr(node, "lineno", 0)
        last = getattr(node, "end_lineno", first) or first
        return any(OK_MARK in self.lines[i - 1] for i in range(first, last + 1) if 0 < i <= len(self.lines))

    def add(self, node: ast.AST, advice: str) -> None:
        if not self._exempt(node):
            self.findings.append(Finding(self.path, getattr(node, "lineno", 0), _shown(node), advice))  # type: ignore[arg-type]

    # -- untranslated text reaching a sink --------------------------------------------------------
    def untranslated(self, node: ast.expr) -> list[ast.expr]:
        if isinstance(node, ast.Constant):
            return [node] if isinstance(node.value, str) and has_words(node.value) else []
        if isinstance(node, ast.JoinedStr):
            literal = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
            found = [node] if has_words(literal) else []
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    found += self.untranslated(value.value)
            return found
        if isinstance(node, ast.Call):
            if _is_tr(node):
                return []
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in STRING_METHODS:
                found = [] if _is_tr(func.value) else self.untranslated(func.value)
                for arg in node.args:
                    found += self.untranslated(arg)
                for keyword in node.keywords:
                    found += self.untranslated(keyword.value)
                return found
            return []
        if isinstance(node, ast.BinOp):
            return self.untranslated(node.left) + self.untranslated(node.right)
        if isinstance(node, ast.IfExp):
            return self.untranslated(node.body) + self.untranslated(node.orelse)
        if isinstance(node, ast.BoolOp):
            return [n for value in node.values for n in self.untranslated(value)]
        if isinstance(node, (ast.List, ast.Tuple)):
            return [n for element in node.elts for n in self.untranslated(element)]
        return []

    def visit_Call(self, node: ast.Call) -> None:
        name = _callee(node)
        if name in TR_NAMES:
            self.check_tr(node, name)
        elif self.sinks and name in SINKS:
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                for literal in self.untranslated(arg):
                    if isinstance(literal, ast.JoinedStr):
                        advice = (f"an f-string reaches {name}(): write self.tr(\"… {{name}} …\").format(name=…) "
                                  "(or QCoreApplication.translate(\"Context\", …) outside a QObject class)")
                    else:
                        advice = (f"the text reaches {name}() untranslated: wrap it in self.tr(…) "
                                  "(or QCoreApplication.translate(\"Context\", …) outside a QObject class)")
                    self.add(literal, advice + "; then run `make translations` and translate the new "
                                               "entries in resources/translations/*.ts")
        self.generic_visit(node)

    def check_tr(self, node: ast.Call, name: str) -> None:
        text_index = 1 if name in ("translate", "QT_TRANSLATE_NOOP") else 0
        literal_text = len(node.args) > text_index and isinstance(node.args[text_index], ast.Constant)
        if self._in_fstring and literal_text:
            self.add(node, "lupdate does not see tr()/translate() inside an f-string: put the translated text in "
                           "a variable first, or use tr(\"… {name} …\").format(name=…)")
        if node.keywords:
            self.add(node, "lupdate reads positional arguments only: write tr(text, disambiguation, n) / "
                           "translate(context, text, disambiguation, n) without keywords")
        if len(node.args) > text_index and isinstance(node.args[text_index], ast.JoinedStr):
            self.add(node, "an f-string as the text of tr() is never found in the catalogue: use "
                           "tr(\"… {name} …\").format(name=…)")
        if name in ("QT_TRANSLATE_NOOP", "QT_TR_NOOP") and not literal_text:
            self.add(node, f"{name}() marks a literal for lupdate: a variable here is never extracted")
        func = node.func
        if name == "tr" and len(node.args) >= 3 and isinstance(func, ast.Attribute) \
                and isinstance(func.value, ast.Name) and func.value.id == "self":
            self.add(node, "a plural through self.tr() is lost in subclasses (PySide looks it up under the "
                           "instance's class): write ClassName.tr(\"%n thing(s)\", \"\", n)")
        if name == "translate" and literal_text and len(node.args) >= 4 and not (
                isinstance(node.args[3], ast.Constant) and isinstance(node.args[3].value, int)):
            self.add(node, "lupdate does not mark translate(context, text, disambiguation, n) as a plural: write "
                           "ClassName.tr(\"%n thing(s)\", \"\", n) or a desktop.i18n Context's .tr()")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        self._in_fstring += 1
        self.generic_visit(node)
        self._in_fstring -= 1

    def visit_Assign(self, node: ast.Assign) -> None:
        value = node.value
        if isinstance(value, ast.Call) and _callee(value) == "Context" and value.args \
                and isinstance(value.args[0], ast.Constant) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id != value.args[0].value:
            self.add(node, f"lupdate takes the context from the name before .tr(): write "
                           f"{value.args[0].value} = Context({value.args[0].value!r})")
        self.generic_visit(node)


def check_file(path: Path, sinks: bool = True) -> list[Finding]:
    source = path.read_text(encoding="utf-8")
    checker = Checker(path, source, sinks)
    checker.visit(ast.parse(source, filename=str(path)))
    return checker.findings


def check_tree(folder: Path = UI, sinks: bool = True) -> list[Finding]:
    return [finding for path in sorted(folder.rglob("*.py")) for finding in check_file(path, sinks)]


def check_project() -> list[Finding]:
    """desktop/ui: untranslated text reaching a widget; all of desktop/: tr() calls lupdate would miss."""
    core = [f for path in sorted((ROOT / "desktop").rglob("*.py")) if UI not in path.parents
            for f in check_file(path, sinks=False)]
    return check_tree(UI) + core


if __name__ == "__main__":  # python -m tests.unit.translatable: every finding, for a developer
    for finding in check_project():
        print(finding)
