"""Team work in the window (a feature, ``desktop.ui.features``).

- Live: colleagues' and other windows' changes reach every view within a fraction of a second
  (``LiveUpdates``), without touching the undo history or the field being typed in.
- The status bar shows the connection (online / offline, PostgreSQL) and the analyst's team role.
- A conflict (an edited field a colleague changed meanwhile) opens ``ConflictDialog``.
- On a team database the window hides what the role may not do (``apply_access``); Team › What Can I Do
  Here? says what the role allows and why the rest is hidden.
- Opening a file another window has open says so at once; the window notes its own session while open.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QToolButton

from desktop.i18n import QT_TRANSLATE_NOOP, Context
from desktop.services import presence
from desktop.services.team import Access, membership
from desktop.storage.errors import StorageError
from desktop.ui.operations import EditConflict
from desktop.ui.team.conflict_dialog import ConflictDialog
from desktop.ui.team.live import LiveUpdates

if TYPE_CHECKING:
    from desktop.storage.project import Project
    from desktop.ui.main_window import MainWindow

TeamCounts = Context("TeamCounts")  # plurals ("%n …"): a Context's tr() is typed for class-level use
FEATURE_NAME = "teamFeature"
STATUS_TEXT = {"online": QT_TRANSLATE_NOOP("TeamFeature", "● online"),
               "offline": QT_TRANSLATE_NOOP("TeamFeature", "● offline"), "local": ""}
HEARTBEAT_MS = presence.HEARTBEAT_S * 1000
_last_note: threading.Thread | None = None  # the process's windows note themselves in the order they opened


class _Note(threading.Thread):
    """This session noted (a commit: SQLite's FULL sync of the log) and the other sessions read, off the GUI
    thread; after the note of a window opened before (so that the later window sees the earlier one)."""

    def __init__(self, project: Project, author_id: int | None,
                 done: Callable[[list[presence.OtherSession] | None], None]) -> None:
        super().__init__(name="evidence-desk: presence", daemon=True)
        self._project = project
        self._author_id = author_id
        self._done = done
        self._before = _last_note

    def run(self) -> None:
        if self._before is not None:
            self._before.join()
            self._before = None  # no chain of every note the process made
        others: list[presence.OtherSession] | None = None
        try:
            presence.join(self._project, self._author_id)
            others = presence.others(self._project) if not self._project.read_only else []
        except StorageError:
            pass  # as if nobody else had it open
        finally:
            self._done(others)


def install(window: MainWindow) -> TeamFeature:
    existing = window.findChild(TeamFeature, FEATURE_NAME)
    return existing if existing is not None else TeamFeature(window)


class TeamFeature(QObject):
    _joined = Signal(object, object)  # (project, its other sessions or None if they could not be read)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName(FEATURE_NAME)
        self.window = window
        self.ops = window.ops
        self._joining: _Note | None = None
        self._joined.connect(self._on_joined)  # queued: emitted by the presence thread
        self.conflict_dialog: ConflictDialog | None = None
        self.others: list[presence.OtherSession] = []
        self.hidden: list[tuple[str, str]] = []  # (what, why) hidden for the role

        status = window.statusBar()
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionStatus")
        self.role_label = QLabel()
        self.role_label.setObjectName("teamRole")
        self.presence_label = QLabel()
        self.presence_label.setObjectName("presenceNotice")
        self.presence_label.hide()
        status.addPermanentWidget(self.presence_label)
        status.addPermanentWidget(self.connection_label)
        status.addPermanentWidget(self.role_label)

        self.menu = QMenu(self.tr("&Team"), window)
        self.menu.setObjectName("teamMenu")
        self.explain_action = QAction(self.tr("What Can I Do Here?"), window)
        self.explain_action.setObjectName("explainAccessAction")
        self.explain_action.setStatusTip(self.tr("Your role in the team, what it allows, and why some actions are "
                                                 "hidden"))
        self.explain_action.triggered.connect(lambda _checked=False: self.explain())
        self.who_action = QAction(self.tr("Who Else Has It Open?"), window)
        self.who_action.triggered.connect(lambda _checked=False: self.show_others())
        self.menu.addAction(self.explain_action)
        self.menu.addAction(self.who_action)
        from desktop.ui.review.review_menu import insert_before_help

        insert_before_help(window.menuBar(), self.menu)

        self.live = LiveUpdates(self.ops, self)
        self.live.statusChanged.connect(self._show_connection)
        self.ops.conflict.connect(self.show_conflict)
        self.ops.projectReplaced.connect(self._project_replaced)
        window.annotationSelected.connect(self._selected)
        window.installEventFilter(self)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._project = self.ops.project
        lineup = getattr(window, "features", {}).get("desktop.ui.lineup.install")
        if lineup is not None:  # the Register is built when first shown: its actions are hidden for the role then
            lineup.registerBuilt.connect(lambda _panel: self.apply_access())
        self._start()

    # --- the project -----------------------------------------------------------------------------------
    def _start(self) -> None:
        project = self.ops.project
        self._project = project
        self.access = Access(membership(project))
        self.window.panel.access = self.access if self.access.member.team else None
        self.apply_access()
        self._show_connection(self.live.status)
        # Noting this session is a write (a commit, with the disk's sync): after the window's first paint, and
        # by a thread of its own, so that the window answers meanwhile
        QTimer.singleShot(0, self, lambda: self._join(project))

    def _join(self, project: Project) -> None:
        if project is not self.ops.project:
            return  # another project was opened meanwhile: its own _start joins it
        global _last_note
        note = self._joining = _last_note = _Note(project, self.ops.author_id,
                                                  lambda others: self._tell_joined(project, others))
        note.start()

    def _tell_joined(self, project: Project, others: list[presence.OtherSession] | None) -> None:
        try:
            self._joined.emit(project, others)  # queued to the GUI thread
        except RuntimeError:  # the window was deleted meanwhile: nobody to tell
            pass

    def _wait_for_join(self) -> None:
        """The session's note written (before it is removed, so that no note outlives the window)."""
        if self._joining is not None:
            self._joining.join()
            self._joining = None

    def _on_joined(self, project: Project, others: list[presence.OtherSession] | None) -> None:
        if project is not self.ops.project:
            return
        self.others = others or []  # None: could not be read (the storage's error), as if nobody else had it open
        if project.dialect == "postgresql":
            self._heartbeat.start()
        else:
            self._heartbeat.stop()
        if project.dialect != "postgresql":
            self._tell_others()

    def _project_replaced(self) -> None:
        self._wait_for_join()
        presence.leave(self._project)
        self.live.follow(self.ops.project)
        self._start()
        self.window.panel.load(self.window.current_annotation())

    def _beat(self) -> None:
        if self.live.status == "online":
            try:
                presence.beat(self.ops.project)
            except StorageError:
                pass

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.live.stop()
            self._heartbeat.stop()
            # A background import holds the write lock: cancel it first (the window would end it next anyway),
            # so that closing the session neither waits for it nor lets it finish.
            self.ops.finish_background()
            self._wait_for_join()
            presence.leave(self.ops.project)
        return False

    # --- other windows -----------------------------------------------------------------------------------
    def _tell_others(self) -> None:
        """A file another window (or process) has open: say so at once, without taking the focus (a notice in
        the status bar that stays while the other window does, and the status line), and that each window
        sees the other's work."""
        if not self.others:
            self.presence_label.hide()
            return
        import socket

        here = socket.gethostname()
        lines = "\n".join(o.describe(here) for o in self.others)
        count = len(self.others)
        self.presence_label.setText(TeamCounts.tr("Also open in %n other window(s)", "", count))
        self.presence_label.setToolTip(f"{lines}.\n" + self.tr(
            "What either window changes shows in the other within a second; each window's undo stays its own, and "
            "two edits of the same field ask which to keep."))
        self.presence_label.show()
        self.window.show_status(self.tr("Another window has {project} open ({who}): what it changes shows here as "
                                        "it happens.").format(project=self.ops.project.name, who=lines))

    def show_others(self) -> None:
        import socket

        self.others = presence.others(self.ops.project)
        here = socket.gethostname()
        text = "<br>".join(o.describe(here) for o in self.others) or self.tr("Nobody else has the project open.")
        self.window.message_box(QMessageBox.Icon.Information, self.tr("Who else has it open"), text)

    # --- the connection and the role ------------------------------------------------------------------
    def _show_connection(self, status: str) -> None:
        label = self.connection_label
        label.setText(self.tr(STATUS_TEXT[status]) if STATUS_TEXT.get(status) else "")
        label.setVisible(bool(STATUS_TEXT.get(status)))
        label.setProperty("state", status)
        label.style().unpolish(label)
        label.style().polish(label)
        feed = self.live.feed
        if status == "offline":
            reason = feed.offline_reason if feed is not None else ""
            label.setToolTip(self.tr("The database server cannot be reached{reason}. Nothing can be stored until it is "
                                     "back; Evidence Desk reconnects by itself and then shows what colleagues "
                                     "changed meanwhile.").format(reason=f" ({reason})" if reason else ""))
            self.window.show_status(self.tr("Offline: the database cannot be reached. Changes are refused until it "
                                            "is back; reconnecting…"), error=True)
        elif status == "online":
            label.setToolTip(self.tr("Connected: colleagues' changes show here as they happen."))
            if self.live.status == "online" and getattr(self, "_was_offline", False):
                self.window.show_status(self.tr("Back online: what colleagues changed meanwhile is shown."))
        self._was_offline = status == "offline"
        label.repaint()

    def apply_access(self) -> None:
        """Hide what the role may not do (and remember why, for What Can I Do Here?)."""
        access = self.access
        member = access.member
        self.role_label.setVisible(member.team)
        self.role_label.setText(f"{member.login} · {member.role}" if member.team else "")
        self.role_label.setToolTip(access.summary())
        self.menu.menuAction().setVisible(member.team or self.ops.project.dialect == "postgresql")
        features = getattr(self.window, "features", {})
        review = features.get("desktop.ui.review.install")
        lineup = features.get("desktop.ui.lineup.install")
        colleague = features.get("desktop.ui.colleague_import")
        register = lineup.built_register() if lineup is not None else None  # built later: registerBuilt
        table: list[tuple[str, str, list[object]]] = [
            ("verdict", self.tr("Accept, Reject, Mark Disputed"), [
                *(getattr(getattr(review, "actions", None), n, None) for n in ("accept", "reject", "dispute")),
                *(getattr(getattr(review, "panel", None), n, None)
                  for n in ("accept_button", "reject_button", "dispute_button"))]),
            ("adjudicate", self.tr("Adjudicate…"), [getattr(getattr(review, "actions", None), "adjudicate", None)]),
            ("register_edit", self.tr("Rename, Type, Add Alias, Remove Alias, Unit (register)"), [
                *(getattr(register, n, None) for n in ("rename_action", "add_alias_action", "remove_alias_action",
                                                        "unit_action")), self._type_button(register)]),
            ("register_merge", self.tr("Merge…, Split Alias Off… (register)"), [
                getattr(register, "merge_action", None), getattr(register, "split_alias_action", None)]),
            ("colleague_import", self.tr("Import Colleague's Annotations…, Resolve Conflicts…"), [
                getattr(colleague, "import_action", None), getattr(colleague, "conflicts_action", None)]),
            ("switch_author", self.tr("Switch Author…"), [self.window.switch_author_action]),
        ]
        self.hidden = []
        for action_name, words, items in table:
            allowed = access.may(action_name)
            for item in items:
                if item is not None:
                    item.setVisible(allowed)  # type: ignore[attr-defined]
            if not allowed:
                self.hidden.append((words, access.why_not(action_name)))
        allowed = access.may("delete_document")
        self.window.document_list.may_delete = allowed
        if not allowed:
            self.hidden.append((self.tr("Delete… (documents)"), access.why_not("delete_document")))
        self._selected(self.window.current_annotation())

    @staticmethod
    def _type_button(register: object) -> object:
        menu = getattr(register, "type_menu", None)
        if register is None or menu is None:
            return None
        return next((b for b in register.findChildren(QToolButton) if b.menu() is menu), None)  # type: ignore[attr-defined]

    def _selected(self, annotation_id: object) -> None:
        """Delete Annotation only where the role may delete the selected one."""
        if not self.access.member.team:
            return
        from desktop.services.queries import get_annotation

        view = get_annotation(self.ops.project, str(annotation_id)) if annotation_id else None
        allowed = view is None or self.access.may_edit(view.author_id)
        self.window.delete_action.setEnabled(allowed)
        self.window.delete_action.setToolTip(self.tr("Delete the selected annotation") if allowed
                                             else self.access.why_not_edit(view.author_name if view else ""))

    def explain(self) -> QMessageBox:
        access = self.access
        hidden = "".join(f"<li><b>{what}</b>: {why}</li>" for what, why in self.hidden)
        details = ("<p>" + self.tr("Hidden for your role:") + f"</p><ul>{hidden}</ul>" if hidden
                   else "<p>" + self.tr("Nothing is hidden for your role.") + "</p>")
        if access.member.team and access.role != "owner":
            details += "<p>" + self.tr("Annotations by colleagues open read-only in the Annotation panel. The "
                                       "database itself enforces these rules, whatever program connects.") + "</p>"
        return self.window.message_box(QMessageBox.Icon.Information, self.tr("What can I do here?"),
                                       f"<p>{access.summary()}</p>{details}")

    # --- conflicts --------------------------------------------------------------------------------------
    def show_conflict(self, conflict: EditConflict) -> ConflictDialog:
        dialog = ConflictDialog(conflict, self._keep_mine, self._keep_theirs, self.window)
        self.conflict_dialog = dialog
        dialog.open()
        self.window.show_status(self.tr("{who} changed this annotation meanwhile: choose which version to keep.")
                                .format(who=conflict.by or self.tr("A colleague")), error=True)
        return dialog

    def _keep_mine(self, conflict: EditConflict) -> None:
        from desktop.services.queries import get_annotation

        theirs = get_annotation(self.ops.project, conflict.annotation_id) or conflict.theirs
        self.ops.update_annotation(conflict.annotation_id, expected=theirs, **conflict.fields)
        self.window.panel.load(self.window.current_annotation())

    def _keep_theirs(self, conflict: EditConflict) -> None:
        self.window.panel.load(self.window.current_annotation())
        self.window.show_status(self.tr("Kept the version of {who}.").format(who=conflict.by or self.tr("your colleague")))
