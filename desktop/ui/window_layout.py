"""Where the window's docks go, and what the window remembers of its layout between runs (QSettings):
its geometry, where its docks are, the widths of the article panes, the documents open in them.

The default layout (a first start, a layout saved before the defaults last changed, or a dock the saved
layout does not know yet) leaves most of the window to the article panes: on the left, Documents with
the Register as a second tab; on the right, the Annotation panel above the Review dock; at the bottom,
the annotation list with Suggestions, Mentions, Conflicts and Compare Sources as tabs, the last two
closed until asked for. Sizes follow the window's size when it is first shown.

``present_at_bottom`` brings a bottom tab forward with a share of the window's height and gives the
height back when the tab is closed (Compare Sources, Conflicts); ``roomy_when_floating`` gives a dock
that is floated a useful size, centred on the window.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow

from desktop.ui.pane_area import PaneArea
from desktop.ui.recent_projects import OpenDocuments
from desktop.ui.settings_values import settings_list

DEFAULT_SIZE = (1440, 900)
SMALLEST_SCREEN = QSize(1000, 700)  # below this the first size is not fitted to the screen
LAYOUT_VERSION = 2  # saved dock layouts older than this are replaced by the default one

LEFT_TABS = ("documentsDock", "registerDock")
RIGHT_STACK = ("annotationDock", "reviewDock")  # one above the other, the panel first
BOTTOM_TABS = ("annotationListDock", "suggestionsDock", "mentionsDock", "searchDock", "conflictsDock",
               "compareDock", "timelineDock")
CLOSED_AT_FIRST = frozenset({"searchDock", "conflictsDock", "compareDock", "timelineDock"})
GROUPS: tuple[tuple[Qt.DockWidgetArea, tuple[str, ...], bool], ...] = (  # area, docks, tabbed
    (Qt.DockWidgetArea.LeftDockWidgetArea, LEFT_TABS, True),
    (Qt.DockWidgetArea.RightDockWidgetArea, RIGHT_STACK, False),
    (Qt.DockWidgetArea.BottomDockWidgetArea, BOTTOM_TABS, True),
)
PANEL_SHARE = 0.52  # of the right column, for the Annotation panel (the Review dock gets the rest)
_PENDING = "dockPlacePending"  # dynamic property: placed in a window not shown yet, to be tabbed when it is


def _key(name: str) -> str:
    return f"window/{name}"


@dataclass(frozen=True)
class DefaultSizes:
    left: int  # width of the Documents / Register column
    right: int  # width of the Annotation / Review column
    bottom: int  # height of the annotation list and its tabs


def default_sizes(width: int, height: int) -> DefaultSizes:
    """The docks' first sizes for a window of ``width`` × ``height``: the article panes keep the rest."""
    return DefaultSizes(left=_clamp(round(width * 0.22), 280, 340), right=_clamp(round(width * 0.24), 330, 380),
                        bottom=_clamp(round(height * 0.23), 180, 240))


def _clamp(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def first_size(window: QMainWindow) -> QSize:
    """The default size, made to fit the screen the window opens on."""
    size = QSize(*DEFAULT_SIZE)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return size
    available = screen.availableGeometry().size()
    if available.width() < SMALLEST_SCREEN.width() or available.height() < SMALLEST_SCREEN.height():
        return size  # no real desktop is this small (a headless test screen): keep the default
    return size.boundedTo(QSize(int(available.width() * 0.96), int(available.height() * 0.92)))


# --- placing docks --------------------------------------------------------------------------------------
def docks_of(window: QMainWindow) -> dict[str, QDockWidget]:
    direct = Qt.FindChildOption.FindDirectChildrenOnly  # a window's docks are its children: not the whole tree
    return {d.objectName(): d for d in window.findChildren(QDockWidget, options=direct) if d.parentWidget() is window}


def _group_of(name: str) -> tuple[Qt.DockWidgetArea, tuple[str, ...], bool] | None:
    return next(((area, names, tabbed) for area, names, tabbed in GROUPS if name in names), None)


def _settled_neighbours(window: QMainWindow, dock: QDockWidget) -> tuple[list[QDockWidget], list[QDockWidget]]:
    """The other docks of ``dock``'s group docked in its area: (all of them, those listed before it)."""
    area, names, _tabbed = _group_of(dock.objectName()) or (None, (), False)
    present = docks_of(window)
    settled = [present[n] for n in names if n != dock.objectName() and n in present
               and not present[n].isFloating() and window.dockWidgetArea(present[n]) == area]
    before = [d for d in settled if names.index(d.objectName()) < names.index(dock.objectName())]
    return settled, before


def in_place(window: QMainWindow, dock: QDockWidget) -> bool:
    """Is ``dock`` where the default layout puts it (in its area, tabbed with its group if that is tabbed)?"""
    group = _group_of(dock.objectName())
    if group is None or dock.isFloating() or window.dockWidgetArea(dock) != group[0]:
        return False
    _settled, before = _settled_neighbours(window, dock)  # the first of a group leads, the others join it
    return not group[2] or not before or bool(set(window.tabifiedDockWidgets(dock)) & set(before))


def place_dock(window: QMainWindow, dock: QDockWidget) -> bool:
    """Put ``dock`` in its default place, tabbed with (or below) the docks of its group already there,
    shown unless it starts closed. False for a dock the default layout does not name.

    A dock to be tabbed in a window not shown yet waits, closed, for the window to be shown
    (``place_pending``): Qt 6.11 leaves a stray tab bar drawn over the docks when tab groups are made in
    two areas of a window that was never shown."""
    group = _group_of(dock.objectName())
    if group is None:
        return False
    area, _names, tabbed = group
    dock.setProperty(_PENDING, None)
    if not in_place(window, dock):
        settled, before = _settled_neighbours(window, dock)
        if dock.isFloating():
            dock.setFloating(False)
        window.addDockWidget(area, dock)
        if tabbed and settled and not window.isVisible():
            dock.setProperty(_PENDING, True)
            dock.hide()
            return True
        if tabbed and settled:
            window.tabifyDockWidget(before[-1] if before else settled[0], dock)
        elif not tabbed and before:
            window.splitDockWidget(before[-1], dock, Qt.Orientation.Vertical)
    dock.setVisible(dock.objectName() not in CLOSED_AT_FIRST)
    return True


def place_pending(window: QMainWindow) -> None:
    """Tab the docks placed before the window was shown; the first tab of each group in front."""
    present = docks_of(window)
    pending = {name for name, dock in present.items() if dock.property(_PENDING)}
    if not pending:
        return
    for _area, names, tabbed in GROUPS:
        if not pending & set(names):
            continue
        for name in names:
            if name in pending:
                place_dock(window, present[name])
        if tabbed:
            first = next((present[n] for n in names if n in present and not present[n].isHidden()), None)
            if first is not None:
                first.raise_()


def forget_pending(window: QMainWindow) -> None:
    for dock in docks_of(window).values():
        dock.setProperty(_PENDING, None)


def arrange_defaults(window: QMainWindow) -> None:
    """Every dock the default layout names in its place (tabbed now, or once the window is shown)."""
    for _area, names, tabbed in GROUPS:
        present = docks_of(window)
        for name in names:
            if name in present:
                place_dock(window, present[name])
        first = next((present[n] for n in names if n in present and not present[n].isHidden()), None)
        if tabbed and first is not None:
            first.raise_()


def apply_default_sizes(window: QMainWindow) -> None:
    """The docks' first sizes, from the window's size (call once it has it)."""
    sizes = default_sizes(window.width(), window.height())
    present = docks_of(window)

    def shown(names: tuple[str, ...]) -> list[QDockWidget]:
        return [present[n] for n in names if n in present and not present[n].isHidden()
                and not present[n].isFloating()]

    for names, size, orientation in ((LEFT_TABS, sizes.left, Qt.Orientation.Horizontal),
                                     (RIGHT_STACK, sizes.right, Qt.Orientation.Horizontal),
                                     (BOTTOM_TABS, sizes.bottom, Qt.Orientation.Vertical)):
        docks = shown(names)
        if docks:
            window.resizeDocks(docks[:1], [size], orientation)
    stack = [d for d in shown(RIGHT_STACK) if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea]
    if len(stack) == 2:
        column = sum(d.height() for d in stack)
        panel = round(column * PANEL_SHARE)
        window.resizeDocks(stack, [panel, column - panel], Qt.Orientation.Vertical)


# --- docks shown on demand --------------------------------------------------------------------------------
_GIVE_BACK = "bottomHeightBefore"  # dynamic property: the bottom area's height before the dock took its share
_WIRED = "bottomGiveBackWired"


def _bottom_docks(window: QMainWindow, in_front: bool = True) -> list[QDockWidget]:
    """The docks open at the bottom (``in_front``: only the tabs in front)."""
    return [d for d in docks_of(window).values()
            if not d.isHidden() and not d.isFloating()
            and window.dockWidgetArea(d) == Qt.DockWidgetArea.BottomDockWidgetArea
            and (not in_front or not d.visibleRegion().isEmpty())]


def bottom_height(window: QMainWindow) -> int:
    """How tall the bottom dock area is now (0 when nothing is docked there)."""
    return max((d.height() for d in _bottom_docks(window)), default=0)


def present_at_bottom(window: QMainWindow, dock: QDockWidget, share: float) -> None:
    """Show ``dock`` in front. Docked at the bottom, its area gets ``share`` of the height it shares with
    the article panes (if it had less) until the dock is closed or floated; then the tab that was in
    front comes back with the height it had. A dock the analyst floated or moved elsewhere is just shown
    there."""
    at_bottom = not dock.isFloating() and window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    saved = dock.property(_GIVE_BACK)  # still known when the dock comes back from floating
    if not saved:
        front = [d for d in _bottom_docks(window) if d is not dock]
        saved = (bottom_height(window), front[0].objectName() if front else "")
    central_widget = window.centralWidget()
    central = central_widget.height() if central_widget is not None else 0
    now = bottom_height(window)
    dock.show()
    dock.raise_()
    target = round((central + now) * share)
    if not at_bottom or now >= target:
        return
    dock.setProperty(_GIVE_BACK, saved)
    if not dock.property(_WIRED):
        dock.setProperty(_WIRED, True)
        check = lambda *_: QTimer.singleShot(0, dock, lambda: _after_move(window, dock))  # noqa: E731 (once settled)
        dock.toggleViewAction().toggled.connect(check)
        dock.topLevelChanged.connect(check)
    QTimer.singleShot(0, dock, lambda: window.resizeDocks([dock], [target], Qt.Orientation.Vertical))


def on_screen(dock: QDockWidget) -> bool:
    """Open, and the tab in front (a tab behind another is "visible" to Qt but not on screen)."""
    return dock.isVisible() and not dock.visibleRegion().isEmpty()


def _after_move(window: QMainWindow, dock: QDockWidget) -> None:
    """Closed: the height goes back for good. Floated: back too, until the dock is docked again."""
    if dock.isHidden():
        _give_height_back(window, dock, forget=True)
    elif dock.isFloating():
        _give_height_back(window, dock, forget=False)


def _give_height_back(window: QMainWindow, dock: QDockWidget, forget: bool) -> None:
    """The tab that was in front before ``dock`` took its share, with its height; ``forget``: for good
    (closed), else the dock may come back and take its share again (floated)."""
    saved = dock.property(_GIVE_BACK)
    if forget:
        dock.setProperty(_GIVE_BACK, None)
    if not saved:
        return
    height, name = saved
    front = docks_of(window).get(name)
    if front is not None and not front.isHidden() and not front.isFloating() \
            and window.dockWidgetArea(front) == Qt.DockWidgetArea.BottomDockWidgetArea:
        front.raise_()
        QTimer.singleShot(0, front, lambda: resize_dock(window, front, int(height), Qt.Orientation.Vertical))


def resize_dock(window: QMainWindow, dock: QDockWidget, size: int, orientation: Qt.Orientation) -> None:
    """``resizeDocks`` for one dock, so that the dock itself ends up ``size`` (a tab group's size counts
    its tab bar)."""
    asked = size
    for _attempt in range(3):  # the tab bar's height, and a minimum on the way, are only seen afterwards
        window.resizeDocks([dock], [asked], orientation)
        layout = window.layout()
        if layout is not None:
            layout.activate()
        got = dock.height() if orientation == Qt.Orientation.Vertical else dock.width()
        if got == size:
            return
        asked += size - got


def make_roomy(window: QMainWindow, dock: QDockWidget, size: QSize) -> None:
    """A floating ``dock`` at least ``size`` (within the screen), centred on the window."""
    if not dock.isFloating():
        return
    wanted = dock.size().expandedTo(size)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None and screen.availableGeometry().width() >= SMALLEST_SCREEN.width():
        wanted = wanted.boundedTo(screen.availableGeometry().size())
    centre = window.frameGeometry().center()
    dock.setGeometry(centre.x() - wanted.width() // 2, centre.y() - wanted.height() // 2,
                     wanted.width(), wanted.height())


def roomy_when_floating(window: QMainWindow, dock: QDockWidget, size: QSize) -> None:
    """Whenever ``dock`` is floated, make it at least ``size``, centred on the window."""
    dock.topLevelChanged.connect(
        lambda floating: floating and QTimer.singleShot(0, dock, lambda: make_roomy(window, dock, size)))


# --- memory -----------------------------------------------------------------------------------------------
class WindowLayout(QObject):
    def __init__(self, window: QMainWindow, pane_area: PaneArea, settings: QSettings) -> None:
        super().__init__(window)
        self._window = window
        self._pane_area = pane_area
        self._settings = settings
        self._size_when_shown = False
        self._sized_for = QSize()
        self.open_documents = OpenDocuments(settings)
        window.installEventFilter(self)

    def restore(self) -> None:
        """Geometry, docks and splitter as last saved; the default layout the first time (and for docks
        the saved layout does not know), sized once the window is shown."""
        window = self._window
        geometry = self._settings.value(_key("geometry"))
        if geometry:
            window.restoreGeometry(QByteArray(geometry))
        else:
            window.resize(first_size(window))
        state = self._settings.value(_key("state"))
        version = self._settings.value(_key("layoutVersion"), 0, type=int)
        if state and isinstance(version, int) and version >= LAYOUT_VERSION \
                and window.restoreState(QByteArray(state)):
            forget_pending(window)  # where the analyst left them
            known = set(self._placed())
            for name, dock in docks_of(window).items():
                if name not in known:
                    place_dock(window, dock)
        else:
            arrange_defaults(window)
            self._size_when_shown = True
            if window.isVisible():
                QTimer.singleShot(0, self, self._apply_default_sizes)
        splitter = self._settings.value(_key("splitter"))
        if splitter:
            self._pane_area.restore_state(splitter)

    @property
    def default_sizes_pending(self) -> bool:
        """True until the default layout got its sizes from the shown window (False when restored)."""
        return self._size_when_shown

    def _placed(self) -> list[str]:
        return settings_list(self._settings, _key("placedDocks"))

    def _apply_default_sizes(self) -> None:
        self._size_when_shown = False
        self._sized_for = self._window.size()
        apply_default_sizes(self._window)

    def _size_again_if_resized(self) -> None:
        """The window was given another size as it came up (a window manager's): the docks' sizes follow it."""
        if self._window.size() != self._sized_for:
            self._apply_default_sizes()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Show:
            place_pending(self._window)
            if self._size_when_shown:
                # now, as it is shown (its size and layout are set): the first paint has the docks' sizes,
                # not a second paint of the whole window on the next turn
                self._apply_default_sizes()
                QTimer.singleShot(0, self, self._size_again_if_resized)
        return False

    def save(self, location: str) -> None:
        """Keep the layout and the documents open in the panes of the project at ``location``."""
        self._settings.setValue(_key("geometry"), self._window.saveGeometry())
        self._settings.setValue(_key("state"), self._window.saveState())
        self._settings.setValue(_key("layoutVersion"), LAYOUT_VERSION)
        self._settings.setValue(_key("placedDocks"), sorted(docks_of(self._window)))
        self._settings.setValue(_key("splitter"), self._pane_area.save_state())
        self.remember_documents(location)
        self._settings.sync()

    def remembered_documents(self, location: str) -> list[int | None]:
        return self.open_documents.get(location)

    def remember_documents(self, location: str) -> None:
        self.open_documents.set(location, self._pane_area.open_documents())
