"""PySide6's import hook told, without reading their source, that Evidence Desk's modules use no Qt features.

Once PySide6 is loaded, its import hook (``shibokensupport.feature.feature_imported``) asks of every module
imported after it whether it uses PySide6, to know whether ``from __feature__ import snake_case`` could apply
to it, and answers by reading the module's whole source (``inspect.getsource``, through ``linecache``, which
then keeps it): some 400 files at start-up (the window's own, SQLAlchemy's, Python's), tens of milliseconds of CPU.
Our modules never select a feature, so they are answered "uses PySide6" (0: no feature selected, what the
scan answers for a module that names PySide6) from their name; Python's and the core libraries' modules "does
not use PySide6" (-1), as the scan would. Any other module is scanned as before. If PySide6 no longer has this hook,
nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

OURS = "desktop."
# Python's own modules and the core's libraries never use PySide6 (the scan answers False for them): a name
# imported from one of them after PySide6 loaded (``from typing import ...``, SQLAlchemy's lazy submodules)
# had its module's source read too, some 250 files and 1 MB.
NEVER_QT = frozenset(sys.stdlib_module_names) | {"sqlalchemy", "alembic", "typing_extensions", "platformdirs",
                                                 "mako", "markupsafe", "psycopg", "psycopg2"}


def skip_source_scan_of_our_modules() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or scan is None or getattr(scan, "skips_ours", False):
        return

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name.startswith(OURS):
            return True
        if name.partition(".")[0] in NEVER_QT:
            return False  # what the scan answers for them, without reading them
        return bool(scan(module))

    uses_pyside.skips_ours = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
