"""A pytest plugin that makes Qt impossible to import, for the headless run of the unit tests:

    python -m pytest -p tests.qt_blocker -p no:pytest-qt tests/unit

The core (domain, storage, services, dossier, interchange, cli) must work on a machine without Qt
(a server, a CI box without display libraries). import-linter checks the import graph; this run
checks the code as it runs, lazy imports included: any ``import PySide6`` fails with
ModuleNotFoundError, exactly as where PySide6 is not installed.
"""

from __future__ import annotations

import importlib.abc
import importlib.machinery
import sys
from collections.abc import Sequence
from types import ModuleType

import pytest

BLOCKED = ("PySide6", "shiboken6")


class QtBlocker(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if fullname.split(".", 1)[0] in BLOCKED:
            raise ModuleNotFoundError(f"No module named {fullname!r} (Qt is blocked in the headless run)",
                                      name=fullname)
        return None


def install() -> None:
    loaded = sorted(m for m in sys.modules if m.split(".", 1)[0] in BLOCKED)
    if loaded:
        raise RuntimeError(f"Qt was imported before the blocker was installed: {', '.join(loaded)}")
    sys.meta_path.insert(0, QtBlocker())


install()


def pytest_report_header(config: pytest.Config) -> str:
    return "headless: PySide6 and shiboken6 cannot be imported in this run"
