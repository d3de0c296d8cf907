"""The annotation panel (right dock): edits the selected annotation, one undoable step per field.

A field is committed when the analyst finishes with it (Enter, Tab, focus elsewhere, a combo
choice; the note also after a short pause in typing) through ``Operations.update_annotation``.
Ctrl+Z / Ctrl+Shift+Z inside a field are the window's undo/redo, not the field's private one: the
pending edit is committed first, so undo reverts exactly the last field.

The Status combo is not a field edit: choosing a status gives a verdict by the current author in the
review trail (``Operations.set_status``: a review row, "accepted by …" in the history; "Proposed" sets
it back to proposed), and Ctrl+Z withdraws it.

A colleague's change (``Remote`` initiator) shows at once, but never under the analyst's fingers: the field
being typed in keeps what is typed. An edit names the version it was made on (``expected``): if the
colleague changed that very field, committing it raises a conflict the window shows with both values.
On a team database ``access`` makes the fields read-only where the analyst's role may not change them,
and says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.figures.wording import group_digits
from desktop.domain.kinds import KIND_HEX, Bound, Kind, Stance, Status
from desktop.domain.words import (
    bound_word,
    credibility_labels,
    kind_name,
    stance_name,
    status_name,
    unit_word,
)
from desktop.services.changes import Changes
from desktop.services.queries import AnnotationView
from desktop.ui.accessibility import describe_controls
from desktop.ui.colours import readable_on
from desktop.ui.completion import VocabularyCompleters
from desktop.ui.entity_type_chooser import EntityTypeChooser
from desktop.ui.operation_support import Remote
from desktop.ui.operations import Operations, field_value
from desktop.ui.panel_fields import (
    FocusOut,
    QuoteLabel,
    WindowUndoKeys,
    combo_editor,
    fit_digits,
    narrow_combo,
    pair_row,
    set_combo,
    set_text,
    style_form,
)

UNITS = ("USD", "EUR", "BRL", "GBP", "%", "date", "years", "months", "days", "age", "none")
# The units that are words are stored in English (the figure parser's vocabulary), shown in the reader's language.
UNIT_WORDS = ("date", "years", "months", "days", "age", "none")
NOTE_IDLE_MS = 1200
QUOTE_LINES = 3  # the quote box shows at most this many lines
NOTE_MIN_HEIGHT = 60
REVEAL_MARGIN = 12  # pixels kept around a field scrolled into view
# Figure fields: editing any of them means the value is no longer the parser's reading.
_HAND_FIELDS = frozenset({"value", "value_max", "unit", "bound"})


class AnnotationPanel(QWidget):
    """Shows one annotation (or a hint when none is selected) and commits each edited field.

    The editor's fields (some 120 widgets) are built when the first annotation is shown, or when one of them is
    asked for (``__getattr__``): the window opens with the hint, and its first paint does not build, polish and
    lay out a form nobody sees yet. The entity type's actions exist from the start (Edit › Entity Type)."""

    returnToPane = Signal()  # Enter in the measure/entity/proposition field: back to the text
    annotationLoaded = Signal(object)  # str | None

    # the editor page and its fields (``_build_editor``)
    editor_page: QWidget
    kind_chip: QLabel
    author: QLabel
    quote: QuoteLabel
    access_note: QLabel
    kind: QComboBox
    status: QComboBox
    entity_box: QGroupBox
    entity: QLineEdit
    figure_box: QGroupBox
    value: QLineEdit
    value_max: QLineEdit
    unit: QComboBox
    bound: QComboBox
    measure: QLineEdit
    machine: QLabel
    claim_box: QGroupBox
    proposition: QLineEdit
    stance: QComboBox
    speaker: QLineEdit
    attributed_to: QLineEdit
    credibility: QComboBox
    note: QPlainTextEdit

    def __init__(self, operations: Operations, completers: VocabularyCompleters,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self._ops = operations
        self._completers = completers
        self._view: AnnotationView | None = None
        self._edit_base: AnnotationView | None = None  # the version an edit in progress was begun on
        self.access: Any = None  # desktop.services.team.Access on a team database (None: nothing is locked)
        self._open_to_all = False  # the fields were last set for ``access`` None (all editable, no note)
        self._revealing: QWidget | None = None  # the field (or the hint) to keep on screen
        self._undo_keys = WindowUndoKeys(self)
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_IDLE_MS)
        self._note_timer.timeout.connect(self.commit_note)
        self._build()
        self.load(None)

    # --- construction ----------------------------------------------------------------------------
    def _build(self) -> None:
        """The stack with the hint; the entity type's chooser (its actions are in the Edit menu from the start),
        placed in the editor when that is built."""
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.hint = QLabel(
            self.tr("<p><b>No annotation selected.</b></p>"
            "<p>Select text in an article and press <b>E</b> (entity), <b>F</b> (figure) or "
            "<b>C</b> (claim), or click a highlight to edit it here.</p>")
        )
        self.hint.setObjectName("panelHint")
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack.addWidget(self.hint)
        self._pages: list[QWidget] = [self.hint]
        self.entity_type = EntityTypeChooser(self._ops, self._commit_entity_name, self)
        self.entity_type.hide()  # until the editor places it (``_build_editor``)

    if not TYPE_CHECKING:  # to mypy the fields are the attributes declared above
        def __getattr__(self, name: str) -> Any:
            """A field of the editor asked for before any annotation was shown: the editor is built now."""
            if name in _EDITOR_PARTS and "editor_page" not in vars(self):
                self._build_editor()
                return vars(self)[name]
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '{name}'")

    def _build_editor(self) -> None:
        """Compact, most used first: on a 900 px high window the key fields of every kind show without
        scrolling (kind and status, then value/unit/bound/measure, the entity, or the proposition,
        stance and speaker); the note comes last."""
        page = QWidget()
        page.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)  # not shown yet (``_show_page``)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self.stack.addWidget(page)
        self._pages.append(page)
        self.editor_page = page

        self.kind_chip = QLabel()
        self.kind_chip.setObjectName("kindChip")
        self.author = QLabel()
        self.author.setObjectName("authorLabel")
        self.author.setToolTip(self.tr("Author"))
        header = QHBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.kind_chip)
        header.addWidget(QLabel(self.tr("by")))
        header.addWidget(self.author, 1)
        layout.addLayout(header)
        self.quote = QuoteLabel(QUOTE_LINES)
        self.quote.setObjectName("quoteLabel")
        layout.addWidget(self.quote)
        self.access_note = QLabel()
        self.access_note.setObjectName("accessNote")
        self.access_note.setWordWrap(True)
        self.access_note.hide()
        layout.addWidget(self.access_note)

        common = QFormLayout()
        style_form(common)
        self.kind = self._combo("kind", [(kind_name(k.value), k.value) for k in Kind])
        self.status = self._combo("status", [(status_name(s.value), s.value) for s in Status])
        common.addRow(self.tr("Kind"), pair_row(self.kind, self.tr("Status"), self.status))
        layout.addLayout(common)

        # entity
        self.entity_box = QGroupBox()
        form = QFormLayout(self.entity_box)
        style_form(form)
        self.entity = self._line("entity_name", self.tr("Canonical name, e.g. Meta"), self._completers.entity, back=True)
        form.addRow(self.tr("Entity"), self.entity)
        form.addRow(self.tr("Type"), self.entity_type)
        self.entity_type.show()
        layout.addWidget(self.entity_box)

        # figure
        self.figure_box = QGroupBox()
        form = QFormLayout(self.figure_box)
        style_form(form)
        self.value = self._line("value", self.tr("e.g. 14 000 000 000"))
        self.value_max = self._line("value_max", self.tr("upper end"))
        fit_digits(self.value)
        fit_digits(self.value_max)
        self.unit = QComboBox()
        self.unit.setObjectName("unit")
        self.unit.setEditable(True)
        narrow_combo(self.unit, 4)
        for unit in UNITS:
            self.unit.addItem(self.unit_text(unit), unit)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.activated.connect(lambda _i: self._commit_unit())
        combo_editor(self.unit).editingFinished.connect(self._commit_unit)
        combo_editor(self.unit).installEventFilter(self._undo_keys)
        self.bound = self._combo("bound", [(bound_word(b.value), b.value) for b in Bound])
        self.measure = self._line("measure_label", self.tr("What it measures, e.g. Meta's stake in Scale AI"),
                                  self._completers.measure, back=True)
        self.machine = QLabel()
        self.machine.setObjectName("machineRead")
        self.machine.setWordWrap(True)
        form.addRow(self.tr("Value"), pair_row(self.value, self.tr("Unit"), self.unit))
        form.addRow(self.tr("Bound"), pair_row(self.bound, self.tr("Up to"), self.value_max))
        form.addRow(self.tr("Measure"), self.measure)
        form.addRow("", self.machine)
        layout.addWidget(self.figure_box)

        # claim
        self.claim_box = QGroupBox()
        form = QFormLayout(self.claim_box)
        style_form(form)
        self.proposition = self._line("proposition_label", self.tr("What is claimed, in your words"),
                                      self._completers.proposition, back=True)
        self.stance = self._combo("stance", [(stance_name(s.value), s.value) for s in Stance])
        self.speaker = self._line("speaker_name", self.tr("Who says it"), self._completers.speaker)
        self.attributed_to = self._line("attributed_to", self.tr("Source the text credits, e.g. Bloomberg"))
        self.credibility = self._combo(
            "credibility", [(self.tr("not graded"), None)]
            + [(f"{g} · {label}", g) for g, label in credibility_labels().items()]
        )
        form.addRow(self.tr("Proposition"), self.proposition)
        self.stance.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        form.addRow(self.tr("Stance"), pair_row(self.stance, self.tr("Speaker"), self.speaker, (0, 1)))
        form.addRow(self.tr("Attributed to"), self.attributed_to)
        form.addRow(self.tr("Credibility"), self.credibility)
        layout.addWidget(self.claim_box)

        note_label = QLabel(self.tr("Note (Markdown)"))
        note_label.setObjectName("sectionLabel")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Why it matters, what to check…"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(NOTE_MIN_HEIGHT)
        self.note.installEventFilter(self._undo_keys)
        self.note.installEventFilter(FocusOut(self.commit_note, self))
        self.note.textChanged.connect(self._note_edited)
        layout.addWidget(note_label)
        layout.addWidget(self.note, 1)
        describe_controls(page)  # as the window's controls were when it was built

    def _line(self, field: str, placeholder: str, completer: QCompleter | None = None,
              back: bool = False) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(field)
        edit.setPlaceholderText(placeholder)
        edit.setClearButtonEnabled(True)
        if completer is not None:
            edit.setCompleter(completer)
        edit.installEventFilter(self._undo_keys)
        edit.editingFinished.connect(lambda: self._commit_line(field, edit))
        if back:
            edit.returnPressed.connect(lambda: self._return_pressed(field, edit))
        return edit

    def _combo(self, field: str, items: list[tuple[str, Any]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(field)
        narrow_combo(combo)
        for label, data in items:
            combo.addItem(label, data)
        combo.activated.connect(lambda _i: self._commit_combo(field, combo))
        return combo

    # --- loading ---------------------------------------------------------------------------------
    @property
    def annotation_id(self) -> str | None:
        return self._view.id if self._view else None

    def load(self, annotation_id: str | None) -> None:
        """Show ``annotation_id`` (committing a pending note of the previous one first)."""
        if self._view is not None and annotation_id != self._view.id:
            self.commit_pending()
        view = self._ops.reads.get(annotation_id) if annotation_id else None
        self._edit_base = None
        self._show(view)
        self.annotationLoaded.emit(view.id if view else None)

    def apply_changes(self, changes: Changes) -> None:
        if self._view is None:
            return
        if self._view.id in changes.annotations or changes.entities or changes.measures or changes.propositions \
                or changes.authors:
            remote = isinstance(self._ops.initiator, Remote)
            typed = self._typed() if remote else {}
            before = self._view
            view = self._ops.reads.get(self._view.id)
            self._show(view)
            if view is None:
                self.annotationLoaded.emit(None)
            elif typed:
                self._keep_typed(typed, before, view)

    # --- a colleague's change while the analyst types -----------------------------------------------
    def _typed(self) -> dict[str, tuple[QWidget, str, int]]:
        """The fields holding text not yet stored: field -> (widget, text, cursor position)."""
        view = self._view
        if view is None:
            return {}
        typed: dict[str, tuple[QWidget, str, int]] = {}
        if self.note.toPlainText() != view.note:
            typed["note"] = (self.note, self.note.toPlainText(), self.note.textCursor().position())
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit):
            field = "unit" if focused is self.unit.lineEdit() else focused.objectName()
            if field in _LINE_FIELDS or field == "unit":
                stored = (view.unit or "") if field == "unit" else self._stored(field)
                if focused.text().strip() != stored:
                    typed[field] = (focused, focused.text(), focused.cursorPosition())
        return typed

    def _keep_typed(self, typed: dict[str, tuple[QWidget, str, int]], before: AnnotationView,
                    now: AnnotationView) -> None:
        """Put back what the analyst is typing; if the colleague changed that same field, the edit stays on
        the version it was begun on, so committing it shows the conflict instead of overwriting theirs."""
        for field, (widget, text, position) in typed.items():
            if isinstance(widget, QPlainTextEdit):
                widget.blockSignals(True)
                widget.setPlainText(text)
                cursor = widget.textCursor()
                cursor.setPosition(min(position, len(text)))
                widget.setTextCursor(cursor)
                widget.blockSignals(False)
                self._note_timer.start()
            elif isinstance(widget, QLineEdit):
                widget.blockSignals(True)
                widget.setText(text)
                widget.setCursorPosition(position)
                widget.blockSignals(False)
            if field_value(before, field) != field_value(now, field):
                self._edit_base = self._edit_base or before

    def _apply_access(self, view: AnnotationView) -> None:
        """Fields read-only where the role may not change them (a colleague's annotation), with the reason."""
        access = self.access
        if access is None and self._open_to_all:
            return  # nothing is locked, as for the annotation shown before: every field is as it was
        self._open_to_all = access is None
        editable = access is None or access.may_edit(view.author_id)
        for edit in (self.entity, self.value, self.value_max, self.measure, self.proposition, self.speaker,
                     self.attributed_to):
            edit.setReadOnly(not editable)
        self.note.setReadOnly(not editable)
        for combo in (self.kind, self.unit, self.bound, self.stance, self.credibility):
            combo.setEnabled(editable)
        self.status.setEnabled(access is None or access.may("verdict"))
        reason = "" if editable else access.why_not_edit(view.author_name)
        if editable and access is not None and not access.may("verdict"):
            reason = access.why_not("verdict")
        self.access_note.setText(self.tr("Read-only here: {reason}").format(reason=reason) if reason and not editable
                                 else reason)
        tip = access.summary() if access is not None else ""
        if self.access_note.toolTip() != tip:
            self.access_note.setToolTip(tip)
        self.access_note.setVisible(bool(reason))

    def _show(self, view: AnnotationView | None) -> None:
        self._view = view
        if view is None:
            self._note_timer.stop()
            self.entity_type.show_view(None)
            self._show_page(self.hint)
            return
        self._show_page(self.editor_page)
        colour = KIND_HEX.get(view.kind, "#888")
        self.kind_chip.setText(kind_name(view.kind).upper())
        self.kind_chip.setAccessibleName(kind_name(view.kind))
        chip_style = f"background: {colour}; color: {readable_on(colour)};"
        if self.kind_chip.styleSheet() != chip_style:  # a style sheet set again polishes the chip again
            self.kind_chip.setStyleSheet(chip_style)
        self.quote.set_quote(view.quote)
        set_combo(self.kind, view.kind)
        set_combo(self.status, view.status)
        self.author.setText(view.author_name)
        self.entity_box.setVisible(view.kind == Kind.ENTITY)
        self.figure_box.setVisible(view.kind == Kind.FIGURE)
        self.claim_box.setVisible(view.kind == Kind.CLAIM)
        set_text(self.entity, view.entity_name)
        self.entity_type.show_view(view)
        set_text(self.value, _grouped(view.value))  # "10 000 000 000", as the rest of the app writes it
        set_text(self.value_max, _grouped(view.value_max))
        set_text(combo_editor(self.unit), self.unit_text(view.unit) if view.unit else "")
        set_combo(self.bound, view.bound or Bound.EXACT.value)
        set_text(self.measure, view.measure_label)
        if view.kind == Kind.FIGURE:
            if view.value is None and view.unit == "date":
                self.machine.setText(self.tr("A relative date counts from the publication date, which this document "
                                     "lacks (Edit › Document Metadata); or type the date above (YYYY-MM-DD)."))
            elif view.value is None:
                self.machine.setText(self.tr("The parser could not read a value: type it above."))
            elif view.machine_read:
                self.machine.setText(self.tr("⚙ Machine-read: {value}").format(value=view.figure_text))
            else:
                self.machine.setText(self.tr("✎ Entered by hand: {value}").format(value=view.figure_text))
            self.machine.setProperty("machine", bool(view.machine_read))
            self.machine.style().unpolish(self.machine)
            self.machine.style().polish(self.machine)
        set_text(self.proposition, view.proposition_label)
        set_combo(self.stance, view.stance or Stance.ASSERTS.value)
        set_text(self.speaker, view.speaker_name)
        set_text(self.attributed_to, view.attributed_to)
        set_combo(self.credibility, view.credibility)
        self._apply_access(view)
        if self.note.toPlainText() != view.note:
            self.note.blockSignals(True)
            self.note.setPlainText(view.note)
            self.note.blockSignals(False)
        self._note_timer.stop()

    def _show_page(self, page: QWidget) -> None:
        """Only the page shown counts for the panel's size: the hint is not as tall as the editor, so
        the scroll area cannot stay scrolled down past it (it would look blank)."""
        if self.stack.currentWidget() is page and page.sizePolicy().verticalPolicy() == QSizePolicy.Policy.Preferred:
            return  # shown already: laying the dock out again would repaint it whole
        for other in self._pages:
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        self.stack.updateGeometry()
        if page is self.hint:
            self.reveal(self.hint)

    # --- focus -----------------------------------------------------------------------------------
    def focus_field(self, name: str) -> None:
        """Put the cursor in a field ('entity', 'measure', 'proposition', 'value', 'note'...) and scroll
        the panel so the field is on screen."""
        if self._view is None:
            return
        widget = {
            "entity": self.entity, "measure": self.measure, "proposition": self.proposition,
            "value": self.value, "note": self.note, "speaker": self.speaker,
        }.get(name)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()
        self.reveal(widget)

    def scroll_area(self) -> QScrollArea | None:
        """The scroll area the panel is shown in (see ``scroll_area_for``), if any."""
        widget = self.parentWidget()
        while widget is not None and not isinstance(widget, QScrollArea):
            widget = widget.parentWidget()
        return widget

    def reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view, now and again once the layout has settled (a box just shown
        has no place yet; the scroll area resizes the panel a few events later)."""
        self._revealing = widget
        self._reveal_now()
        QTimer.singleShot(0, self, self._reveal_now)

    def _reveal_now(self) -> None:
        widget, area = self._revealing, self.scroll_area()
        if widget is None or area is None or not widget.isVisibleTo(self):
            return
        if widget is not self.hint and widget.window().focusWidget() is not widget:
            self._revealing = None  # the analyst moved on: leave the scrolling to them
            return
        # Not ensureWidgetVisible(): it does not scroll while the caret shows, even if the field is cut.
        centre = widget.mapTo(self, widget.rect().center())
        area.ensureVisible(centre.x(), centre.y(), 0, widget.height() // 2 + REVEAL_MARGIN)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reveal_now()  # the layout settled (or the dock was resized): keep the field on screen

    # --- commits ---------------------------------------------------------------------------------
    def commit_pending(self) -> None:
        """Commit what is typed but not yet stored (the note, the field with the cursor)."""
        self.commit_note()
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and focused.hasFocus():
            if focused is combo_editor(self.unit):
                self._commit_unit()
            elif focused.objectName() in _LINE_FIELDS:
                self._commit_line(focused.objectName(), focused)

    def commit_note(self) -> None:
        self._note_timer.stop()
        if self._view is None:
            return
        text = self.note.toPlainText()
        if text != self._view.note:
            self._update(note=text)

    def _commit_entity_name(self) -> None:
        if self.entity.hasFocus():
            self._commit_line("entity_name", self.entity)

    def _note_edited(self) -> None:
        if self._view is not None:
            self._note_timer.start()

    def _stored(self, field: str) -> str:
        view = self._view
        assert view is not None
        attribute = {"entity_name": "entity_name", "measure_label": "measure_label",
                     "proposition_label": "proposition_label", "speaker_name": "speaker_name"}.get(field, field)
        value = getattr(view, attribute)
        if field in ("value", "value_max"):
            return _grouped(value)
        return "" if value is None else str(value)

    def _commit_line(self, field: str, edit: QLineEdit) -> None:
        if self._view is None:
            return
        text = edit.text().strip()
        if text == self._stored(field):
            return
        value: Any = text or None
        if not self._update(**{field: value}):
            set_text(edit, self._stored(field))

    def _return_pressed(self, field: str, edit: QLineEdit) -> None:
        completer = edit.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None and popup.isVisible():
            return  # Enter picked a completion; the next Enter goes back
        self._commit_line(field, edit)
        self.returnToPane.emit()

    def _commit_combo(self, field: str, combo: QComboBox) -> None:
        if self._view is None:
            return
        value = combo.currentData()
        stored = getattr(self._view, field)
        if field == "bound":
            stored = stored or Bound.EXACT.value
        if value == stored:
            return
        if field == "status":  # a verdict in the review trail, not a field edit
            done = self._ops.set_status(self._view.id, value)
        else:
            done = self._update(**{field: value})
        if not done:
            set_combo(combo, stored)

    def _commit_unit(self) -> None:
        if self._view is None:
            return
        text = self.unit.currentText().strip()
        code = self.unit_code(text)
        unit = None if code in ("", "none") else code
        if unit == self._view.unit:
            if code == "none":
                set_text(combo_editor(self.unit), "")
            return
        if not self._update(unit=unit):
            set_text(combo_editor(self.unit), self.unit_text(self._view.unit) if self._view.unit else "")

    def unit_text(self, unit: str) -> str:
        """How a unit reads ("anni" for "years" in Italian); currencies and % read the same everywhere."""
        return unit_word(unit)

    def unit_code(self, text: str) -> str:
        """The stored unit for what the analyst typed or picked: a unit word in either language, or as typed."""
        folded = text.strip().casefold()
        for code in UNIT_WORDS:
            if folded in (code, self.unit_text(code).casefold()):
                return code
        return text.strip()

    def _update(self, **fields: Any) -> bool:
        assert self._view is not None
        if self._view.kind == Kind.FIGURE and _HAND_FIELDS & set(fields) and self._view.machine_read:
            fields["machine_read"] = False
        base, self._edit_base = self._edit_base or self._view, None
        return self._ops.update_annotation(self._view.id, expected=base, **fields)


def _grouped(value: str | None) -> str:
    """A stored figure value as the field shows it: digits grouped by thousands (a date stays a date)."""
    return "" if value is None else group_digits(value)


_EDITOR_PARTS = frozenset(AnnotationPanel.__annotations__)  # the editor's parts, declared on the class
_LINE_FIELDS = frozenset({"entity_name", "value", "value_max", "measure_label", "proposition_label",
                          "speaker_name", "attributed_to"})


def scroll_area_for(panel: AnnotationPanel) -> QScrollArea:
    """The panel in a vertical scroll area (what the Annotation dock shows); the panel scrolls it to
    the field it puts the cursor in."""
    scroll = QScrollArea()
    scroll.setObjectName("panelScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(panel)
    return scroll
