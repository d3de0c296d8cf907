"""Features installed on the main window after it is built.

Each feature module has ``install(window) -> object`` and adds its own docks, menus and actions
through the window's public attributes and signals (``annotationSelected``, ``documentShown``,
``pane_area.paneAdded``, ``ops.changed``), so the window itself stays wiring only. A feature
imports its heavy parts (dossier, interchange, comparison) when first used, not at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDockWidget

from desktop.ui.accessibility import DialogsDescribed, describe_controls

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

FEATURE_MODULES = (
    "desktop.ui.exports",  # File > Export dossier / REFI-QDA / CSV
    "desktop.ui.lineup.install",  # entity register, suggestions, comparison view, cross-article marks
    "desktop.ui.review.install",  # verdicts, history, adjudication, agreement, author filter
    "desktop.ui.colleague_import",  # import a colleague's annotations, conflicts
    "desktop.ui.search.install",  # Search menu: find in the article (Ctrl+F), the Search dock, batch search
    "desktop.ui.view_options",  # View › Zoom, Theme, Language (reading comfort, remembered per user)
    "desktop.ui.team.install",  # live changes, the connection, conflicts, what a role may do (last: hides others')
)


def install_features(window: MainWindow) -> dict[str, object]:
    installed: dict[str, object] = {}
    window.features = installed  # filled as they install: a later feature finds the earlier ones here
    for name in FEATURE_MODULES:
        installed[name] = importlib.import_module(name).install(window)  # a missing feature is an error
    window.restore_layout()  # the saved layout knows the features' docks too
    describe_controls(window)
    DialogsDescribed(window)
    for dock in window.findChildren(QDockWidget):  # some docks build their content when first shown
        dock.visibilityChanged.connect(lambda visible, d=dock: describe_controls(d) if visible else None)
    return installed
