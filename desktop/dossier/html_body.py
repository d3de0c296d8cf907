"""Dossier model -> the HTML body, written directly (no Markdown pass over the whole dossier).

The HTML is the one the Markdown master (``markdown_render``) gives through Python-Markdown and the nh3
allow-list (``markdown_to_clean_html``): the same headings and anchors, tables, quotes, citation
links and passages, block for block. A desk's dossier is tens of megabytes of Markdown, which Python-Markdown
reads at well under a megabyte a second; here every user string is escaped as it is written instead:

- user text (quotes, labels, names, comments) through ``text``: HTML-escaped, line breaks shown as one space,
  as ``sanitize.md_text`` and the Markdown renderer show them;
- the dossier's own words (translations, which may hold Markdown such as ``**Left out:**``) through
  ``template``: converted ONCE per distinct string by the Markdown path and cached, placeholders filled with
  already escaped HTML;
- an analyst's note (cleaned Markdown, ``sanitize.clean_note_markdown``) and one-off prose (the header)
  through ``markdown_to_clean_html``, cached per note;
- links other than the dossier's own ``#anchors`` through the nh3 allow-list, as before.

``body_blocks`` yields the body as (starts a section, block of HTML) pairs; ``html_render`` joins them and cuts
the pieces the PDF lays out one at a time.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Iterator

from desktop.domain import localized
from desktop.domain.words import granularity_word, kind_word, status_word
from desktop.dossier import markdown_render as md
from desktop.dossier.citations import Citation, display_quote
from desktop.dossier.model import (
    ClaimEntry,
    ClaimSection,
    Dossier,
    Excerpt,
    FigureEntry,
    FigureSection,
    Note,
    Quote,
    TimelineEntry,
)
from desktop.dossier.sanitize import clean_html
from desktop.dossier.words import DossierText

ChartHtml = Callable[[FigureSection], str | None]  # a measure's chart as HTML, or None for none
ConflictHtml = Callable[[tuple[str, ...]], str]  # the "Cannot agree with" cell
Block = tuple[bool, str]  # (starts a section: ## or ###, the block's HTML)

MARKDOWN_EXTENSIONS = ("tables", "attr_list")
_TEXT_BLOCK = re.compile(r"<(p|li|td|th|blockquote|h[1-6])(?=[ >])")


def markdown_to_clean_html(text: str) -> str:
    """Markdown of the dossier as cleaned HTML; every block of text says ``dir="auto"``, so an Arabic or Hebrew
    quote runs right to left in a left-to-right dossier (and the other way round)."""
    import markdown  # here: a JSON dossier never needs it

    cleaned = clean_html(markdown.markdown(text, extensions=list(MARKDOWN_EXTENSIONS), output_format="html"))
    return _TEXT_BLOCK.sub(r'<\1 dir="auto"', cleaned)


_BREAKS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_FIELD = re.compile(r"\{(\w+)\}")
_SLOT = re.compile(r"EDSLOT([0-9]+)X")


def _escape(value: str) -> str:
    if "\n" in value or "\r" in value or "\u2028" in value or "\u2029" in value:
        value = _BREAKS.sub(" ", value)
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if "\u00a0" in value:  # as nh3 writes it
        value = value.replace("\u00a0", "&nbsp;")
    return value.replace("\x00", "") if "\x00" in value else value


_short_text = functools.lru_cache(maxsize=65536)(_escape)  # labels, names, units come back thousands of times


def text(value: str) -> str:
    """A user string as HTML text: what ``md_text`` and the Markdown renderer make of it (line breaks shown as one
    space, ``&``, ``<``, ``>`` escaped, no-break spaces as ``&nbsp;``, NUL dropped)."""
    return _short_text(value) if len(value) <= 200 else _escape(value)


def _markdown_inline(markdown_text: str) -> str | None:
    """One line of the dossier's own Markdown as inline HTML (None when it is not one paragraph)."""
    converted = markdown_to_clean_html(markdown_text)
    if converted.startswith('<p dir="auto">') and converted.endswith("</p>") and converted.count("<p") == 1:
        return converted[len('<p dir="auto">'):-len("</p>")]
    return None


@functools.lru_cache(maxsize=4096)
def template(words: str) -> str:
    """The dossier's own words (a translation, ``{name}`` placeholders, perhaps some Markdown) as an HTML format
    string: ``template(t).format(name=html)`` is what the Markdown path made of ``t.format(name=md)``."""
    names: list[str] = []

    def slot(match: re.Match[str]) -> str:
        names.append(match.group(1))
        return f"EDSLOT{len(names) - 1}X"

    marked = _FIELD.sub(slot, words)
    converted = _markdown_inline(marked)
    if converted is None:  # not inline Markdown (say a leading "- "): its plain text
        converted = text(marked)
    converted = converted.replace("{", "{{").replace("}", "}}")
    return _SLOT.sub(lambda m: "{" + names[int(m.group(1))] + "}", converted)


def words(value: str) -> str:
    """The dossier's own words with no placeholder (a status, a kind, a grade), as inline HTML."""
    return template(value.replace("{", "{{").replace("}", "}}")).format()


def fill(words_: str, **values: str) -> str:
    """``template(words_)`` filled with HTML values."""
    return template(words_).format(**values)


@functools.lru_cache(maxsize=4096)
def note_html(markdown_text: str) -> str:
    return markdown_to_clean_html(markdown_text)


def paragraph(inner: str, *, classes: str = "", anchor: str = "") -> str:
    attrs = (f' class="{classes}"' if classes else "") + (f' id="{anchor}"' if anchor else "")
    return f'<p dir="auto"{attrs}>{inner}</p>'


def prose(markdown_lines: Iterable[str]) -> str:
    """One-off Markdown of the dossier (the header, a "nothing included" line) through the Markdown path."""
    return markdown_to_clean_html("\n".join(markdown_lines))


def heading(level: int, title_html: str, anchor: str = "") -> str:
    attr = f' id="{anchor}"' if anchor else ""
    return f'<h{level} dir="auto"{attr}>{title_html}</h{level}>'


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> str:
    """Header cells and rows of cells, all HTML; an empty cell shows "—" (as ``markdown_render.table``)."""
    out = ["<table>\n<thead>\n<tr>\n"]
    out += [f'<th dir="auto">{cell.strip()}</th>\n' for cell in header]
    out.append("</tr>\n</thead>\n<tbody>")
    for row in rows:
        out.append("\n<tr>\n")
        out += [f'<td dir="auto">{(cell or "—").strip()}</td>\n' for cell in row]
        out.append("</tr>")
    out.append("\n</tbody>\n</table>")
    return "".join(out)


def _href(url: str) -> str:
    """As ``markdown_render.md_link`` writes the address: characters that would end it percent-encoded."""
    return "".join(c if c not in " <>\n\r\t()" else f"%{ord(c):02X}" for c in url)


@functools.lru_cache(maxsize=8192)
def link(text_html: str, url: str) -> str:
    """A link out of the dossier, through the nh3 allow-list (http, https, mailto, relative; else no href)."""
    return clean_html(f'<a href="{html.escape(_href(url))}">{text_html}</a>')


def anchor_link(text_html: str, anchor: str) -> str:
    return f'<a href="#{anchor}" rel="noopener noreferrer">{text_html}</a>'


# --- the pieces markdown_render writes, as HTML ---------------------------------------------------------------

_CITATION_TEXT: dict[int, tuple[Citation, str]] = {}  # by id(): a render's citations, alive meanwhile
_MADE: dict[tuple[object, ...], str] = {}  # pieces a render writes thousands of times over a few values


def citation_text(citation: Citation) -> str:
    """``text(citation.text)``, made once per citation in a render (its table row and its passage both show it)."""
    made = _CITATION_TEXT.get(id(citation))
    if made is None or made[0] is not citation:
        made = _CITATION_TEXT[id(citation)] = (citation, text(citation.text))
    return made[1]


def cite(citation: Citation) -> str:
    shown = citation_text(citation)
    cited = anchor_link(shown, citation.anchor) if citation.anchor else shown
    if citation.page and citation.link:
        cited += " " + link(text(DossierText.tr("(p. {page} ↗)").format(page=citation.page)), citation.link)
    return cited


def quoted(quote: Quote) -> str:
    return f"“{text(display_quote(quote.text))}”"


def status_text(quote: Quote) -> str:
    key = ("status", quote.status, quote.pending)
    made = _MADE.get(key)
    if made is None:
        status = words(status_word(quote.status))
        made = _MADE[key] = fill(DossierText.tr("{status} (pending)"), status=status) if quote.pending else status
    return made


def source_cell(entry: FigureEntry | ClaimEntry) -> str:
    label = text(entry.quote.citation.document)
    if entry.attributed_to:
        return fill(DossierText.tr("{source} via {attribution}"), source=label, attribution=text(entry.attributed_to))
    return label


def conflict_cell_html(labels: tuple[str, ...]) -> str:
    return html.escape(", ".join(labels), quote=False)


def _section_heading(anchor: str) -> Block:
    return True, heading(2, words(md.heading(anchor)), anchor)


def _header(d: Dossier) -> Iterator[Block]:
    yield False, prose(md._header(d))


def _sources(d: Dossier) -> Iterator[Block]:
    yield _section_heading("sources")
    if not d.sources:
        yield False, prose([md.italic(DossierText.tr("The project has no documents."))])
        return
    yield False, table(
        [words(DossierText.tr("Source")), words(DossierText.tr("Title")), words(DossierText.tr("Outlet")),
         words(DossierText.tr("Language")), words(DossierText.tr("Published")), words(DossierText.tr("Reliability"))],
        ([f"<strong>{text(s.label)}</strong>", text(s.title), text(s.outlet), text(s.language),
          text(md.day(s.published)), words(md.reliability_text(s.reliability))] for s in d.sources))
    yield True, heading(3, words(DossierText.tr("Fingerprints")), "fingerprints")
    yield False, paragraph(words(DossierText.tr(
        "The SHA-256 of each stored text (UTF-8) and its length in characters (code points).")))
    yield False, table([words(DossierText.tr("Source")), words(DossierText.tr("Characters")), "SHA-256"],
                       ([f"<strong>{text(s.label)}</strong>", text(localized.number(s.characters, f"{s.characters:,}")),
                         f"<code>{text(s.sha256)}</code>"] for s in d.sources))
    kept = [s for s in d.sources if s.original_sha256]
    if kept:
        yield True, heading(3, words(DossierText.tr("Originals")), "originals")
        yield False, paragraph(words(DossierText.tr(
            "The archived original of each source (the file as read, or the page as fetched, kept with the whole HTTP "
            "exchange), its SHA-256 and when it was retrieved. Extracting the original again gives the stored text "
            "(`evidence-desk verify`).")))
        yield False, table(
            [words(DossierText.tr("Source")), words(DossierText.tr("Original")), "SHA-256",
             words(DossierText.tr("Retrieved")), words(DossierText.tr("Address"))],
            ([f"<strong>{text(s.label)}</strong>",
              text(s.original_type
                   + (", " + DossierText.tr("%n page(s)", "", len(s.page_starts)) if s.page_starts else "")),
              f"<code>{text(s.original_sha256)}</code>", text(md.when(s.retrieved_at) if s.retrieved_at else "–"),
              link(text(s.url), s.url) if s.url else "–"] for s in kept))


def _figure_header() -> list[str]:
    return [words(h) for h in md._figure_header()]


def _figure_rows(entries: Iterable[FigureEntry], conflict_cell: ConflictHtml | None) -> Iterator[list[str]]:
    cells: dict[int, str] = {}  # equal figures share their tuple of labels: one cell each
    for e in entries:
        q = e.quote
        row = [source_cell(e), f"<strong>{text(e.display)}</strong>", quoted(q), status_text(q), cite(q.citation)]
        if conflict_cell is not None:
            cell = cells.get(id(e.conflicts_with))
            if cell is None:
                cell = cells[id(e.conflicts_with)] = conflict_cell(e.conflicts_with)
            row.append(cell)
        yield row


def _figure(section: FigureSection, chart: ChartHtml, conflict_cell: ConflictHtml) -> Iterator[Block]:
    yield True, heading(3, text(section.label), section.anchor)
    summary = section.summary[:1].upper() + section.summary[1:]
    css = "summary disagree" if section.disagree else "summary agree"
    yield False, paragraph(f"<strong>{text(summary)}</strong>", classes=css)
    shown = chart(section)
    if shown:
        yield False, shown
    header = _figure_header()
    if section.disagree:
        header.append(words(DossierText.tr("Cannot agree with")))
    yield False, table(header, _figure_rows(section.values, conflict_cell if section.disagree else None))


def _figures(d: Dossier, chart: ChartHtml, conflict_cell: ConflictHtml) -> Iterator[Block]:
    yield _section_heading("figures")
    if d.tolerance:
        yield False, paragraph(fill(DossierText.tr("A figure given as “about” a value is read as that value "
                                                   "{tolerance}. Two figures cannot agree when no value fits both."),
                                    tolerance=text(d.tolerance)))
    if not d.figures and not d.other_figures:
        yield False, prose([md._none_included(d, "figure")])
        return
    for section in d.figures:
        yield from _figure(section, chart, conflict_cell)
    if d.other_figures:
        yield True, heading(3, words(DossierText.tr("Figures not assigned to a measure")), "figures-unassigned")
        yield False, table(_figure_header(), _figure_rows(d.other_figures, None))


def _date_rows(entries: Iterable[TimelineEntry], with_conflicts: bool) -> Iterator[list[str]]:
    for e in entries:
        row = [text(e.quote.citation.document), text(e.display), text(granularity_word(e.granularity or "")),
               quoted(e.quote), status_text(e.quote), cite(e.quote.citation)]
        if with_conflicts:
            row.append(text(", ".join(e.conflicts_with)))
        yield row


def _timeline(d: Dossier) -> Iterator[Block]:
    yield True, heading(2, words(DossierText.tr("Timeline")), "timeline")
    if not d.timeline and not d.other_dates:
        yield False, prose([md.italic(DossierText.tr("No dates are included."))])
        return
    yield False, paragraph(words(DossierText.tr(
        "Each date is shown at the precision its source gives (a day, a month or a year). Two dates cannot agree when "
        "no day fits both.")))
    header = [words(h) for h in md._date_header()]
    for section in d.timeline:
        yield True, heading(3, text(section.label), section.anchor)
        verdict = DossierText.tr("**Sources disagree.**") if section.disagree else DossierText.tr("Sources agree.")
        yield False, paragraph(words(verdict))
        yield False, table(header + ([words(DossierText.tr("Cannot agree with"))] if section.disagree else []),
                           _date_rows(section.values, section.disagree))
    if d.other_dates:
        yield True, heading(3, words(DossierText.tr("Dates not assigned to a measure")), "timeline-unassigned")
        yield False, table(header, _date_rows(d.other_dates, False))


def _position(entry: ClaimEntry) -> str:
    q = entry.quote
    details = []
    if entry.speaker:
        details.append(fill(DossierText.tr("speaker {name}"), name=text(entry.speaker)))
    if entry.attributed_to:
        details.append(fill(DossierText.tr("attributed to {name}"), name=text(entry.attributed_to)))
    key: tuple[object, ...] = ("source", q.citation.document, entry.reliability)
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = fill(DossierText.tr("source {source}, reliability {grade}"),
                                 source=text(q.citation.document), grade=words(md.reliability_text(entry.reliability)))
    details.append(made)
    key = ("credibility", entry.credibility)
    made = _MADE.get(key)
    if made is None:
        made = _MADE[key] = fill(DossierText.tr("credibility {grade}"),
                                 grade=words(md.credibility_text(entry.credibility)))
    details.append(made)
    details.append(status_text(q))
    details.append(cite(q.citation))
    return f'<li dir="auto">{quoted(q)}<br>\n  {" · ".join(details)}</li>'


def _positions(entries: Iterable[ClaimEntry]) -> str:
    return "<ul>\n" + "\n".join(_position(e) for e in entries) + "\n</ul>"


def _claim(section: ClaimSection) -> Iterator[Block]:
    yield True, heading(3, text(section.label), section.anchor)

    def who(entries: tuple[ClaimEntry, ...]) -> str:
        return ", ".join(dict.fromkeys(text(e.quote.citation.document) for e in entries))

    if section.contested:
        summary = fill(DossierText.tr("**Contested:** asserted by {asserting}; denied by {denying}."),
                       asserting=who(section.asserts), denying=who(section.denies))
    elif section.asserts:
        summary = fill(DossierText.tr("**Not contested:** asserted by {asserting}; no source denies it."),
                       asserting=who(section.asserts))
    else:
        summary = fill(DossierText.tr("**Not contested:** denied by {denying}; no source asserts it."),
                       denying=who(section.denies))
    yield False, paragraph(summary, classes="summary disagree" if section.contested else "summary agree")
    for title, entries in ((DossierText.tr("Asserts"), section.asserts), (DossierText.tr("Denies"), section.denies)):
        if entries:
            yield False, paragraph(f"<strong>{words(title)}</strong> ({len(entries)})")
            yield False, _positions(entries)


def _claims(d: Dossier) -> Iterator[Block]:
    yield _section_heading("claims")
    if not d.claims and not d.other_claims:
        yield False, prose([md._none_included(d, "claim")])
        return
    yield False, paragraph(words(DossierText.tr("Contested propositions (asserted by one source, denied by another) "
                                                "come first.")))
    for section in d.claims:
        yield from _claim(section)
    if d.other_claims:
        yield True, heading(3, words(DossierText.tr("Claims not assigned to a proposition")), "claims-unassigned")
        yield False, _positions(d.other_claims)


def _entities(d: Dossier) -> Iterator[Block]:
    yield _section_heading("entities")
    if not d.options.include_entities:
        yield False, prose([md.italic(DossierText.tr("Entities are left out of this dossier."))])
        return
    if not d.entities:
        yield False, prose([md.italic(DossierText.tr("No entities are included."))])
        return
    yield False, table(
        [words(DossierText.tr("Entity")), words(DossierText.tr("Type")), words(DossierText.tr("Aliases seen")),
         words(DossierText.tr("Mentions by source")), words(DossierText.tr("Total"))],
        ([f"<strong>{text(e.name)}</strong>", text(md.entity_type_text(e)) or "—", ", ".join(text(a) for a in e.aliases),
          ", ".join(f"{text(label)} ×{n}" for label, n in e.mentions), str(e.total)] for e in d.entities))
    if any(e.type_guessed or not e.type for e in d.entities):
        yield False, prose(["_Type: as an analyst chose it; “(guessed)” is read from the name and not confirmed; "
                            "— nobody chose one._"])


def _note(note: Note) -> Iterator[Block]:
    q = note.quote
    on = fill(DossierText.tr("**{author}** on {quote} ({citation})"), author=text(q.author), quote=quoted(q),
              citation=cite(q.citation))
    yield False, paragraph(f"{on} · {words(kind_word(q.kind))} · {status_text(q)}", classes="note-head",
                           anchor=note.anchor)
    yield False, f'<blockquote dir="auto">\n{note_html(note.markdown)}\n</blockquote>'


def _notes(d: Dossier) -> Iterator[Block]:
    yield _section_heading("notes")
    if not d.options.include_notes:
        yield False, prose([md.italic(DossierText.tr("Notes are left out of this dossier."))])
        return
    if not d.notes:
        yield False, prose([md.italic(DossierText.tr("No notes on the included annotations."))])
        return
    for note in d.notes:
        yield from _note(note)


def _trail(d: Dossier) -> Iterator[Block]:
    yield _section_heading("trail")
    yield False, paragraph(words(DossierText.tr(
        "Every annotation in the project, whatever its status, by analyst; reviews given are verdicts and comments.")))
    if d.activity:
        yield False, table(
            [words(DossierText.tr(h)) for h in ("Analyst", "Entities", "Figures", "Claims", "Accepted", "Proposed",
                                                "Disputed", "Rejected", "Reviews")],
            ([f"<strong>{text(a.name)}</strong> ({text(a.key)})", *(str(n) for _, n in a.by_kind),
              *(str(n) for _, n in a.by_status), str(a.reviews)] for a in d.activity))
    else:
        yield False, prose([md.italic(DossierText.tr("Nobody has annotated yet."))])
    yield True, heading(3, words(DossierText.tr("Review trail")), "reviews")
    if d.reviews:
        yield False, table(
            [words(DossierText.tr(h)) for h in ("When (UTC)", "Reviewer", "Verdict", "On", "Comment")],
            ([text(md.when(r.created)), text(r.reviewer), words(md._verdict_text(r.verdict, r.is_reply)),
              fill(DossierText.tr("{citation} by {author}"), citation=cite(r.citation),
                   author=text(r.annotation_author)),
              text(r.comment)] for r in d.reviews))
    else:
        yield False, prose([md.italic(DossierText.tr("No reviews of the included annotations."))])
    if d.other_reviews:
        further = DossierText.tr("%n further review(s) concern annotations this dossier leaves out.", "", d.other_reviews)
        yield False, prose([f"_{further}_"])


def _by_whom(q: Quote) -> str:
    """ " · claim by Giulia · accepted" """
    by = fill(DossierText.tr("{kind} by {author}"), kind=words(kind_word(q.kind)), author=text(q.author))
    return f" · {by} · {status_text(q)}"


def _excerpt(excerpt: Excerpt, by_whom: dict[tuple[str, str, str], str]) -> str:
    q = excerpt.quote
    p = excerpt.passage
    shown = display_quote(p.quote)
    inner = shown.strip()
    lead, tail = shown[: len(shown) - len(shown.lstrip())], shown[len(shown.rstrip()):]
    # each passage's own words: escaped without the cache of the labels and names that come back
    body = f"{_escape(p.before + lead)}<strong>{_escape(inner)}</strong>{_escape(tail + p.after)}".strip()
    key = (q.kind, q.author, q.status)
    middle = by_whom.get(key)
    if middle is None:  # a few analysts, kinds and statuses: made once each
        middle = by_whom[key] = _by_whom(q)
    c = q.citation
    head = f"<strong>{citation_text(c)}</strong>{middle}"
    if c.link:
        where = DossierText.tr("open p. {page}").format(page=c.page) if c.page else DossierText.tr("open at the source")
        head += " · " + link(text(where), c.link)
    if c.retrieved_at:
        head += " · " + fill(DossierText.tr("retrieved {when}"), when=text(md.when(c.retrieved_at)))
    if c.original_sha256:
        head += " · " + fill(DossierText.tr("original SHA-256 {hash}"),
                             hash=f"<code>{text(c.original_sha256[:16])}…</code>")
    return (paragraph(head, classes="passage-head", anchor=c.anchor)
            + f'\n<blockquote dir="auto">\n{paragraph(body)}\n</blockquote>')


def _passages(d: Dossier) -> Iterator[Block]:
    yield _section_heading("passages")
    if not d.excerpts:
        yield False, prose([md.italic(DossierText.tr("Nothing is quoted."))])
        return
    yield False, paragraph(words(DossierText.tr(
        "Each quote in its passage: the line of the stored text it sits on (of a very long line, the sentences around "
        "the quote, with … where it was cut), the quote in bold.")))
    titles = {s.label: s.title for s in d.sources}
    by_whom: dict[tuple[str, str, str], str] = {}
    current = None
    for excerpt in d.excerpts:
        label = excerpt.quote.citation.document
        if label != current:
            current = label
            yield True, heading(3, f"{text(label)}: {text(titles.get(label, ''))}")
        yield False, _excerpt(excerpt, by_whom)


def body_blocks(dossier: Dossier, chart: ChartHtml, conflict_cell: ConflictHtml = conflict_cell_html) -> Iterator[Block]:
    """The dossier's HTML body block by block, in the order of the Markdown master."""
    _CITATION_TEXT.clear()  # made in this render's language
    _MADE.clear()
    try:
        yield from _header(dossier)
        yield from _sources(dossier)
        yield from _figures(dossier, chart, conflict_cell)
        yield from _timeline(dossier)
        yield from _claims(dossier)
        yield from _entities(dossier)
        yield from _notes(dossier)
        yield from _trail(dossier)
        yield from _passages(dossier)
    finally:
        _CITATION_TEXT.clear()
        _MADE.clear()
