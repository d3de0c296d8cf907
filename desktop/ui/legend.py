"""View › Legend (and the end of the F1 sheet): what the highlights in an article mean.

Every sample is drawn by the article view itself (``ArticleTextView`` with its ``HighlightPainter``)
over a few words of the seed articles, so the legend cannot drift from what the panes paint: kind
colours, underline lanes for overlapping annotations, the author's bar, the selected outline,
suggestions' dashed outlines, marks in other articles, find-bar matches; then each author's colour
in this project, and the marks the panel and the comparison use.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.match_list import MatchList
from desktop.domain.offsets import Utf16Map
from desktop.domain.span_index import SpanIndex
from desktop.domain.spans import Span, SuggestedSpan
from desktop.ui.article_view import ArticleTextView
from desktop.ui.highlight_painter import HighlightPainter

SAMPLE_SIZE = QSize(250, 34)
AUTHOR = 1  # the sample's author id (the bar is drawn in the first author's colour)
SAMPLE_AUTHOR_COLOUR = "#d62728"


@dataclass(frozen=True)
class Sample:
    """A few words as an article shows them, and what the marks on them mean."""

    key: str
    title: str
    meaning: str
    text: str
    spans: tuple[tuple[str, str], ...] = ()  # (phrase, kind): annotations, in painting order
    suggestions: tuple[tuple[str, str], ...] = ()  # (phrase, kind): dashed outlines
    selected: str | None = None  # the phrase of the selected annotation
    marked: str | None = None  # the phrase of an annotation marked because it is selected elsewhere
    finds: tuple[str, ...] = ()
    author_bar: bool = False
    current_suggestion: str | None = None


SAMPLES: tuple[Sample, ...] = (
    Sample("entity", "Entity", "A name tagged with E: blue fill and underline.",
           "dopo che Meta ha annunciato", (("Meta", "entity"),)),
    Sample("figure", "Figure", "An amount, share or date tagged with F: orange.",
           "investe circa 14 miliardi", (("circa 14 miliardi", "figure"),)),
    Sample("claim", "Claim", "A statement tagged with C: bluish green.",
           "Meta acquisirà il 49%", (("Meta acquisirà il 49%", "claim"),)),
    Sample("lanes", "Overlapping annotations",
           "One underline per annotation, a few pixels apart: here an entity inside a claim.",
           "Sarah Friar ha sottolineato", (("Sarah Friar ha sottolineato", "claim"), ("Sarah Friar", "entity"))),
    Sample("author", "Author's bar",
           "A short bar where an annotation starts, in its author's colour (authors below).",
           "una quota del 49% in Scale", (("49%", "figure"),), author_bar=True),
    Sample("selected", "Selected annotation", "A dark outline: the annotation the panel shows.",
           "dopo che Meta ha annunciato", (("Meta", "entity"),), selected="Meta"),
    Sample("suggestion", "Suggestion",
           "A dashed outline: proposed by Find All Mentions or Find Figures, not yet an annotation. "
           "The thicker one is current: Enter accepts it, Backspace rejects it.",
           "Openi e OpenAI", suggestions=(("Openi", "entity"), ("OpenAI", "entity")), current_suggestion="Openi"),
    Sample("marked", "Same thing elsewhere",
           "Purple borders: a mention of the entity, measure or proposition selected in another article "
           "(F3 goes to the next).",
           "investimento di Meta in Scale", (("Meta", "entity"),), marked="Meta"),
    Sample("find", "Find match", "Yellow: a match of the find bar (Ctrl+F); the current one is outlined.",
           "Scale AI e Scale", finds=("Scale AI", "Scale")),
)

OTHER_MARKS: tuple[tuple[str, str], ...] = (
    ("person?", "In the panel and the register: a type guessed from the name, not confirmed (Alt+1 … Alt+6)."),
    ("⚙ Machine-read", "In the panel: the figure's value was read by the parser; ✎ typed by hand."),
    ("(pending)", "In the dossier and Compare: proposed or disputed, not yet accepted by a reviewer."),
    ("⚠ Sources disagree", "In Compare and the register: two values that cannot both be true."),
    ("⚠ Contested", "In Compare: one source asserts what another denies."),
)


def _find(text: str, phrase: str, after: int = 0) -> tuple[int, int]:
    start = text.index(phrase, after)
    return start, start + len(phrase)


def sample_view(sample: Sample, author_colour: str = SAMPLE_AUTHOR_COLOUR) -> ArticleTextView:
    """A one-line article view painting ``sample`` as a pane would."""
    painter = HighlightPainter()
    view = ArticleTextView(painter)
    view.setObjectName(f"legendSample_{sample.key}")
    view.setPlainText(sample.text)
    view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    view.setFixedSize(SAMPLE_SIZE)
    view.document().setDocumentMargin(6)
    spans = []
    for n, (phrase, kind) in enumerate(sample.spans):
        start, end = _find(sample.text, phrase)
        spans.append(Span(f"a{n}", start, end, kind, AUTHOR if sample.author_bar else 0))
    painter.reset(Utf16Map(sample.text), spans)
    painter.author_colours = {AUTHOR: QColor(author_colour)} if sample.author_bar else {}
    suggestions, after = [], 0
    for n, (phrase, kind) in enumerate(sample.suggestions):
        start, end = _find(sample.text, phrase, after)
        after = end
        suggestions.append(SuggestedSpan(f"s{n}", start, end, kind, phrase))
        if phrase == sample.current_suggestion:
            painter.current_suggestion_id = f"s{n}"
    painter.suggestions = SpanIndex(suggestions)
    by_phrase = {phrase: f"a{n}" for n, (phrase, _kind) in enumerate(sample.spans)}
    painter.selected_id = by_phrase.get(sample.selected or "")
    painter.marked = frozenset({by_phrase[sample.marked]}) if sample.marked else frozenset()
    finds, after = [], 0
    for phrase in sample.finds:
        start, end = _find(sample.text, phrase, after)
        after = end
        finds.append((start, end))
    painter.finds = MatchList(finds)
    painter.current_find = 0 if finds else None
    return view


def sample_image(sample: Sample, author_colour: str = SAMPLE_AUTHOR_COLOUR) -> QImage:
    """The sample as a picture (the F1 sheet shows these)."""
    view = sample_view(sample, author_colour)
    view.ensurePolished()
    image = view.grab().toImage()
    view.deleteLater()
    return image


def _chip(colour: str) -> QLabel:
    chip = QLabel()
    chip.setFixedSize(14, 14)
    chip.setStyleSheet(f"background: {colour}; border-radius: 7px;")
    return chip


class LegendDialog(QDialog):
    """The legend, non-modal; ``set_authors`` fills the author colours of the current project."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendDialog")
        self.setWindowTitle("Legend: what the highlights mean")
        self.samples: dict[str, ArticleTextView] = {}
        body = QWidget()
        grid = QGridLayout(body)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        row = 0
        grid.addWidget(self._heading("In an article"), row, 0, 1, 2)
        row += 1
        for sample in SAMPLES:
            view = sample_view(sample)
            self.samples[sample.key] = view
            grid.addWidget(view, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(self._meaning(sample.title, sample.meaning), row, 1)
            row += 1
        grid.addWidget(self._heading("Authors in this project"), row, 0, 1, 2)
        row += 1
        self.authors = QWidget()
        self.authors.setObjectName("legendAuthors")
        self.authors_layout = QGridLayout(self.authors)
        self.authors_layout.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.authors, row, 0, 1, 2)
        row += 1
        grid.addWidget(self._heading("Elsewhere"), row, 0, 1, 2)
        row += 1
        for mark, meaning in OTHER_MARKS:
            label = QLabel(mark)
            label.setStyleSheet("font-weight: 600;")
            grid.addWidget(label, row, 0)
            grid.addWidget(self._meaning("", meaning), row, 1)
            row += 1
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(700, 720)

    @staticmethod
    def _heading(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 700; padding-top: 6px;")
        return label

    @staticmethod
    def _meaning(title: str, meaning: str) -> QLabel:
        label = QLabel(f"<b>{html.escape(title)}</b> {html.escape(meaning)}" if title else html.escape(meaning))
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def set_authors(self, authors: Sequence[tuple[str, str]]) -> None:
        """(name, colour) of each author: their bar, underline-free, as a chip with the name."""
        while self.authors_layout.count():
            item = self.authors_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for n, (name, colour) in enumerate(authors):
            self.authors_layout.addWidget(_chip(colour), n, 0)
            self.authors_layout.addWidget(QLabel(name), n, 1)
        if not authors:
            self.authors_layout.addWidget(QLabel("No annotations yet."), 0, 1)
        self.authors_layout.setColumnStretch(1, 1)

    def author_names(self) -> list[str]:
        return [w.text() for w in self.authors.findChildren(QLabel) if w.text()]


def legend_html(document: QTextDocument, authors: Sequence[tuple[str, str]]) -> str:
    """The legend for a rich-text view: sample pictures added to ``document`` as resources."""
    rows = ["<p style='margin-top:14px'><b>What the highlights mean</b> (View › Legend)</p>",
            "<table cellspacing='0' cellpadding='3'>"]
    for sample in SAMPLES:
        url = f"legend://{sample.key}"
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(url), sample_image(sample))
        rows.append(f"<tr><td style='padding-left:12px; padding-right:12px'><img src='{url}'></td>"
                    f"<td><b>{html.escape(sample.title)}</b> {html.escape(sample.meaning)}</td></tr>")
    for name, colour in authors:
        rows.append(f"<tr><td style='padding-left:12px'><span style='color:{colour}'>█</span> "
                    f"{html.escape(name)}</td><td>this author's bar and colour</td></tr>")
    for mark, meaning in OTHER_MARKS:
        rows.append(f"<tr><td style='padding-left:12px'><b>{html.escape(mark)}</b></td>"
                    f"<td>{html.escape(meaning)}</td></tr>")
    rows.append("</table>")
    return "".join(rows)
