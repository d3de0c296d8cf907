"""Dossier model -> Markdown, the master format: deterministic text every other format is made from.

The Markdown uses two Python-Markdown extensions: ``tables`` and ``attr_list`` (``{#id}`` on headings,
``{: #id .class}`` after paragraphs) for the anchors citations link to. Every user string passes
through ``sanitize.md_text``; notes arrive already cleaned by ``sanitize.clean_note_markdown``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from desktop.domain import localized
from desktop.domain.slugs import slugify
from desktop.domain.words import (
    credibility_label,
    entity_type_name,
    granularity_word,
    kind_word,
    reliability_label,
    status_word,
)
from desktop.dossier.chart import has_chart
from desktop.dossier.citations import Citation, display_quote
from desktop.dossier.model import (
    ClaimEntry,
    ClaimSection,
    Dossier,
    EntityRow,
    Excerpt,
    FigureEntry,
    FigureSection,
    Quote,
    TimelineEntry,
)
from desktop.dossier.sanitize import md_text
from desktop.dossier.words import DossierText
from desktop.i18n import QT_TRANSLATE_NOOP, current_language, is_source_language
from desktop.quiet_gc import no_cycle_collection

ChartLine = Callable[[FigureSection], str | None]

CONTENTS = (
    ("sources", QT_TRANSLATE_NOOP("DossierText", "Sources")),
    ("figures", QT_TRANSLATE_NOOP("DossierText", "Key figures")),
    ("claims", QT_TRANSLATE_NOOP("DossierText", "Claims")),
    ("entities", QT_TRANSLATE_NOOP("DossierText", "Entities")),
    ("notes", QT_TRANSLATE_NOOP("DossierText", "Analysts' notes")),
    ("trail", QT_TRANSLATE_NOOP("DossierText", "Appendix A: Who annotated and reviewed what")),
    ("passages", QT_TRANSLATE_NOOP("DossierText", "Appendix B: Quoted passages")),
)
VERDICT_WORDS = {"accepted": QT_TRANSLATE_NOOP("DossierText", "accepted"),
                 "rejected": QT_TRANSLATE_NOOP("DossierText", "rejected"),
                 "disputed": QT_TRANSLATE_NOOP("DossierText", "disputed"),
                 "proposed": QT_TRANSLATE_NOOP("DossierText", "set back to proposed")}


def italic(text: str) -> str:
    return f"_{text}_"


def h2(title: str, anchor: str) -> str:
    return f"## {title} {{#{anchor}}}"


def h3(title: str, anchor: str) -> str:
    return f"### {title} {{#{anchor}}}"


def heading(anchor: str) -> str:
    """A section's title ("Key figures"), as the contents line and the section heading both say it."""
    return DossierText.tr(dict(CONTENTS)[anchor])


def chart_file_name(section: FigureSection, stem: str = "dossier") -> str:
    """The file the Markdown export writes a measure's chart to, next to the .md file.

    Named from a slug of the measure key, so a key from an imported file ("../x", "a/b") can never name a
    path outside the folder. A key that is not already its own slug gets a short hash of the key too, so two
    such keys ("a/b", "a b") never share a chart file.
    """
    key = section.measure_key
    name = slugify(key)
    if name != key:
        name = f"{name}-{hashlib.sha256(key.encode('utf-8')).hexdigest()[:8]}"
    return f"{stem}-{name}.svg"


def file_chart_line(stem: str = "dossier") -> ChartLine:
    def line(section: FigureSection) -> str | None:
        if not has_chart(section.values):
            return None
        alt = DossierText.tr("Chart: {measure}").format(measure=section.label)
        return f"![{md_text(alt)}]({chart_file_name(section, stem)})"
    return line


# --- small pieces ---------------------------------------------------------------------------------


def when(timestamp: str) -> str:
    """"2026-11-21T10:12:00.123Z" -> "2026-11-21 10:12" (UTC; "21 nov 2026, 10:12" in Italian)."""
    english = timestamp[:16].replace("T", " ") if len(timestamp) >= 16 else timestamp
    return localized.timestamp(timestamp, english)


def day(iso: str) -> str:
    """A source's publication date at its precision: ISO in English, "15 luglio 2025" in Italian."""
    return localized.iso_date(iso)


def cite(citation: Citation) -> str:
    text = md_text(citation.text)
    cited = f"[{text}](#{citation.anchor})" if citation.anchor else text
    if citation.page and citation.link:  # a PDF quote also opens its page
        cited += " " + md_link(DossierText.tr("(p. {page} ↗)").format(page=citation.page), citation.link)
    return cited


def quoted(quote: Quote) -> str:
    return f"“{md_text(display_quote(quote.text))}”"


def status_text(quote: Quote) -> str:
    status = status_word(quote.status)
    return DossierText.tr("{status} (pending)").format(status=status) if quote.pending else status


def _label_in_text(label: str) -> str:
    """A grade's label inside parentheses, in lower case ("usually reliable", "di solito affidabile"); German
    keeps its capitals (its nouns are written with one)."""
    if is_source_language():
        return label.lower()
    return label if current_language() == "de" else label[:1].lower() + label[1:]


def reliability_text(grade: str | None) -> str:
    if not grade:
        return DossierText.tr("not graded")
    return f"{grade} ({_label_in_text(reliability_label(grade))})"


def credibility_text(grade: int | None) -> str:
    if grade is None:
        return DossierText.tr("not graded")
    return f"{grade} ({_label_in_text(credibility_label(grade))})"


def type_text(entity_type: str) -> str:
    """An entity's type: the stored word in English ("organization"), the reader's word otherwise."""
    return entity_type if is_source_language() else entity_type_name(entity_type)


def entity_type_text(entity: EntityRow) -> str:
    """As the dossier prints it: "person", "person (guessed)", or "" (nobody chose, nothing suggests one)."""
    if not entity.type:
        return ""
    name = type_text(entity.type)
    return DossierText.tr("{type} (guessed)").format(type=name) if entity.type_guessed else name


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(cell or "—" for cell in row) + " |" for row in rows]
    return lines


def source_cell(entry: FigureEntry | ClaimEntry) -> str:
    label = md_text(entry.quote.citation.document)
    if entry.attributed_to:
        return DossierText.tr("{source} via {attribution}").format(source=label, attribution=md_text(entry.attributed_to))
    return label


# --- sections -------------------------------------------------------------------------------------


def left_out_text(d: Dossier) -> str:
    """ "58 annotations not yet reviewed (55 proposed, 3 disputed: 40 figures, 10 claims, 8 entities): export
    with include pending to show them, marked “(pending)”; 5 rejected": what the scope leaves out and why
    ("" when nothing is)."""
    parts = []
    pending = d.left_out_count()
    if pending:
        statuses = {"proposed": DossierText.tr("%n proposed", "", d.left_out_count(frozenset({"proposed"}))),
                    "disputed": DossierText.tr("%n disputed", "", d.left_out_count(frozenset({"disputed"})))}
        by_status = [statuses[s] for s in ("proposed", "disputed") if d.left_out_count(frozenset({s}))]
        figures, claims, entities = (d.left_out_count(kind=k) for k in ("figure", "claim", "entity"))
        by_kind = (([DossierText.tr("%n figure(s)", "", figures)] if figures else [])
                   + ([DossierText.tr("%n claim(s)", "", claims)] if claims else [])
                   + ([DossierText.tr("%n entity(s)", "", entities)] if entities else []))
        parts.append(DossierText.tr("%n annotation(s) not yet reviewed ({statuses}: {kinds}): export with *include "
                                    "pending* to show them, marked “(pending)”", "", pending).format(
            statuses=", ".join(by_status), kinds=", ".join(by_kind)))
    rejected = d.left_out_count(frozenset({"rejected"}))
    if rejected:
        parts.append(DossierText.tr("%n rejected (never shown)", "", rejected))
    return "; ".join(parts)


def _left_out_lines(d: Dossier) -> list[str]:
    text = left_out_text(d)
    return [DossierText.tr("- **Left out:** {text}").format(text=text)] if text else []


HEADER_LABELS = 20  # sources named in the header; a desk's hundreds are listed under Sources only


def _header(d: Dossier) -> list[str]:
    count = len(d.sources)
    if count > HEADER_LABELS:
        scope = DossierText.tr("%n document(s), listed under Sources", "", count)
    else:
        labels = ", ".join(md_text(s.label) for s in d.sources)
        scope = DossierText.tr("%n document(s)", "", count) + (f": {labels}" if labels else "")
    if d.options.include_pending:
        which = DossierText.tr("accepted, and proposed or disputed ones marked “(pending)”")
    else:
        which = DossierText.tr("accepted only")
    lines = [f"# {md_text(d.title)} {{#top}}", ""]
    if d.project_title:
        lines.append(DossierText.tr("- **Project:** {title}").format(title=md_text(d.project_title)))
    analysts = ", ".join(md_text(a) for a in d.authors) or DossierText.tr("none")
    lines += [
        DossierText.tr("- **Documents covered:** {scope}").format(scope=scope),
        DossierText.tr("- **Analysts:** {names}").format(names=analysts),
        *([DossierText.tr("- **Reviewed by:** {names}").format(names=", ".join(md_text(r) for r in d.reviewers))]
          if d.reviewers else []),
        DossierText.tr("- **Generated:** {when} UTC").format(when=when(d.generated_at)),
        DossierText.tr("- **Annotations included:** {which}: {included} of {total}; rejected annotations are never "
                       "included").format(which=which, included=d.included_count, total=d.annotation_count),
        *_left_out_lines(d),
        "",
        DossierText.tr("**Contents:**") + " " + " · ".join(f"[{heading(anchor)}](#{anchor})" for anchor, _ in CONTENTS),
        "",
        DossierText.tr("**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line "
                       "of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of "
                       "the whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the "
                       "start of the text, the end excluded: text[120:145]). Every quote is verbatim; a line break "
                       "inside a quote is shown as ¶. Each citation links to the quote in its passage in Appendix B."),
        "",
    ]
    return lines


def _sources(d: Dossier) -> list[str]:
    lines = [f"## {heading('sources')} {{#sources}}", ""]
    if not d.sources:
        return lines + [italic(DossierText.tr("The project has no documents.")), ""]
    lines += table(
        [DossierText.tr("Source"), DossierText.tr("Title"), DossierText.tr("Outlet"), DossierText.tr("Language"),
         DossierText.tr("Published"), DossierText.tr("Reliability")],
        ([f"**{md_text(s.label)}**", md_text(s.title), md_text(s.outlet), md_text(s.language),
          md_text(day(s.published)), reliability_text(s.reliability)] for s in d.sources),
    )
    lines += ["", h3(DossierText.tr("Fingerprints"), "fingerprints"), "",
              DossierText.tr("The SHA-256 of each stored text (UTF-8) and its length in characters (code points)."), ""]
    lines += table([DossierText.tr("Source"), DossierText.tr("Characters"), "SHA-256"],
                   ([f"**{md_text(s.label)}**", localized.number(s.characters, f"{s.characters:,}"), f"`{s.sha256}`"]
                    for s in d.sources))
    kept = [s for s in d.sources if s.original_sha256]
    if kept:
        lines += ["", h3(DossierText.tr("Originals"), "originals"), "",
                  DossierText.tr("The archived original of each source (the file as read, or the page as fetched, kept "
                                 "with the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the "
                                 "original again gives the stored text (`evidence-desk verify`)."), ""]
        lines += table([DossierText.tr("Source"), DossierText.tr("Original"), "SHA-256", DossierText.tr("Retrieved"),
                        DossierText.tr("Address")],
                       ([f"**{md_text(s.label)}**", md_text(s.original_type + (
                           ", " + DossierText.tr("%n page(s)", "", len(s.page_starts)) if s.page_starts else "")),
                         f"`{s.original_sha256}`", md_text(when(s.retrieved_at) if s.retrieved_at else "–"),
                         md_link(s.url, s.url) if s.url else "–"] for s in kept))
    return lines + [""]


def md_link(text: str, url: str) -> str:
    """A Markdown link whose address survives any character a URL or a text fragment holds."""
    safe = "".join(c if c not in " <>\n\r\t()" else f"%{ord(c):02X}" for c in url)
    return f"[{md_text(text)}](<{safe}>)"


ConflictCell = Callable[[tuple[str, ...]], str]  # the sources a figure cannot agree with -> its table cell


def conflict_cell_text(labels: tuple[str, ...]) -> str:
    return ", ".join(md_text(c) for c in labels)


def _figure_rows(entries: Iterable[FigureEntry], with_conflicts: bool,
                 conflict_cell: ConflictCell = conflict_cell_text) -> list[list[str]]:
    rows = []
    cells: dict[int, str] = {}  # equal figures share their tuple of labels: one cell each
    for e in entries:
        row = [source_cell(e), f"**{md_text(e.display)}**", quoted(e.quote), status_text(e.quote),
               cite(e.quote.citation)]
        if with_conflicts:
            cell = cells.get(id(e.conflicts_with))
            if cell is None:
                cell = cells[id(e.conflicts_with)] = conflict_cell(e.conflicts_with)
            row.append(cell)
        rows.append(row)
    return rows


def _figure(section: FigureSection, chart_line: ChartLine | None,
            conflict_cell: ConflictCell = conflict_cell_text) -> list[str]:
    lines = [f"### {md_text(section.label)} {{#{section.anchor}}}", ""]
    summary = section.summary[:1].upper() + section.summary[1:]
    css = ".summary .disagree" if section.disagree else ".summary .agree"
    lines += [f"**{md_text(summary)}**", f"{{: {css}}}", ""]
    chart = chart_line(section) if chart_line else None
    if chart:
        lines += [chart, ""]
    header = _figure_header()
    if section.disagree:
        header.append(DossierText.tr("Cannot agree with"))
    lines += table(header, _figure_rows(section.values, section.disagree, conflict_cell))
    return lines + [""]


def _figure_header() -> list[str]:
    return [DossierText.tr("Source"), DossierText.tr("Value"), DossierText.tr("Quote"), DossierText.tr("Status"),
            DossierText.tr("Citation")]


def _figures(d: Dossier, chart_line: ChartLine | None, conflict_cell: ConflictCell = conflict_cell_text) -> list[str]:
    lines = [f"## {heading('figures')} {{#figures}}", ""]
    if d.tolerance:
        lines += [DossierText.tr("A figure given as “about” a value is read as that value {tolerance}. Two figures "
                                 "cannot agree when no value fits both.").format(tolerance=md_text(d.tolerance)), ""]
    if not d.figures and not d.other_figures:
        return lines + [_none_included(d, "figure"), ""]
    for section in d.figures:
        lines += _figure(section, chart_line, conflict_cell)
    if d.other_figures:
        lines += [h3(DossierText.tr("Figures not assigned to a measure"), "figures-unassigned"), ""]
        lines += table(_figure_header(), _figure_rows(d.other_figures, False))
        lines.append("")
    return lines


def _none_included(d: Dossier, kind: str) -> str:
    """"_No figures are included: 40 figures wait for review (export with include pending to show them)._"."""
    waiting = d.left_out_count(kind=kind)
    if kind == "figure":
        text = (DossierText.tr("No figures are included: %n figure(s) wait(s) for review (export with include pending "
                               "to show them).", "", waiting) if waiting
                else DossierText.tr("No figures are included."))
    else:
        text = (DossierText.tr("No claims are included: %n claim(s) wait(s) for review (export with include pending "
                               "to show them).", "", waiting) if waiting
                else DossierText.tr("No claims are included."))
    return italic(text)


def _date_rows(entries: Iterable[TimelineEntry], with_conflicts: bool) -> list[list[str]]:
    rows = []
    for e in entries:
        row = [md_text(e.quote.citation.document), md_text(e.display), md_text(granularity_word(e.granularity or "")),
               quoted(e.quote), status_text(e.quote), cite(e.quote.citation)]
        if with_conflicts:
            row.append(md_text(", ".join(e.conflicts_with)))
        rows.append(row)
    return rows


def _timeline(d: Dossier) -> list[str]:
    lines = [h2(DossierText.tr("Timeline"), "timeline"), ""]
    if not d.timeline and not d.other_dates:
        return lines + [italic(DossierText.tr("No dates are included.")), ""]
    lines += [DossierText.tr("Each date is shown at the precision its source gives (a day, a month or a year). Two "
                             "dates cannot agree when no day fits both."), ""]
    for section in d.timeline:
        lines += [f"### {md_text(section.label)} {{#{section.anchor}}}", ""]
        lines += [DossierText.tr("**Sources disagree.**") if section.disagree else DossierText.tr("Sources agree."), ""]
        header = _date_header()
        if section.disagree:
            header.append(DossierText.tr("Cannot agree with"))
        lines += table(header, _date_rows(section.values, section.disagree))
        lines.append("")
    if d.other_dates:
        lines += [h3(DossierText.tr("Dates not assigned to a measure"), "timeline-unassigned"), ""]
        lines += table(_date_header(), _date_rows(d.other_dates, False))
        lines.append("")
    return lines


def _date_header() -> list[str]:
    return [DossierText.tr("Source"), DossierText.tr("Date"), DossierText.tr("Precision"), DossierText.tr("Quote"),
            DossierText.tr("Status"), DossierText.tr("Citation")]


def _position(entry: ClaimEntry) -> list[str]:
    details = []
    if entry.speaker:
        details.append(DossierText.tr("speaker {name}").format(name=md_text(entry.speaker)))
    if entry.attributed_to:
        details.append(DossierText.tr("attributed to {name}").format(name=md_text(entry.attributed_to)))
    details.append(DossierText.tr("source {source}, reliability {grade}").format(
        source=md_text(entry.quote.citation.document), grade=reliability_text(entry.reliability)))
    details.append(DossierText.tr("credibility {grade}").format(grade=credibility_text(entry.credibility)))
    details.append(status_text(entry.quote))
    details.append(cite(entry.quote.citation))
    return [f"- {quoted(entry.quote)}  ", f"  {' · '.join(details)}"]


def _claim(section: ClaimSection) -> list[str]:
    lines = [f"### {md_text(section.label)} {{#{section.anchor}}}", ""]

    def who(entries: tuple[ClaimEntry, ...]) -> str:
        return ", ".join(dict.fromkeys(md_text(e.quote.citation.document) for e in entries))

    if section.contested:
        lines += [DossierText.tr("**Contested:** asserted by {asserting}; denied by {denying}.").format(
                  asserting=who(section.asserts), denying=who(section.denies)),
                  "{: .summary .disagree}", ""]
    elif section.asserts:
        lines += [DossierText.tr("**Not contested:** asserted by {asserting}; no source denies it.").format(
                  asserting=who(section.asserts)),
                  "{: .summary .agree}", ""]
    else:
        lines += [DossierText.tr("**Not contested:** denied by {denying}; no source asserts it.").format(
                  denying=who(section.denies)),
                  "{: .summary .agree}", ""]
    for title, entries in ((DossierText.tr("Asserts"), section.asserts), (DossierText.tr("Denies"), section.denies)):
        if entries:
            lines += [f"**{title}** ({len(entries)})", ""]
            for entry in entries:
                lines += _position(entry)
            lines.append("")
    return lines


def _claims(d: Dossier) -> list[str]:
    lines = [f"## {heading('claims')} {{#claims}}", ""]
    if not d.claims and not d.other_claims:
        return lines + [_none_included(d, "claim"), ""]
    lines += [DossierText.tr("Contested propositions (asserted by one source, denied by another) come first."), ""]
    for section in d.claims:
        lines += _claim(section)
    if d.other_claims:
        lines += [h3(DossierText.tr("Claims not assigned to a proposition"), "claims-unassigned"), ""]
        for entry in d.other_claims:
            lines += _position(entry)
        lines.append("")
    return lines


def _entities(d: Dossier) -> list[str]:
    lines = [f"## {heading('entities')} {{#entities}}", ""]
    if not d.options.include_entities:
        return lines + [italic(DossierText.tr("Entities are left out of this dossier.")), ""]
    if not d.entities:
        return lines + [italic(DossierText.tr("No entities are included.")), ""]
    lines += table(
        [DossierText.tr("Entity"), DossierText.tr("Type"), DossierText.tr("Aliases seen"),
         DossierText.tr("Mentions by source"), DossierText.tr("Total")],
        ([f"**{md_text(e.name)}**", md_text(entity_type_text(e)) or "—", ", ".join(md_text(a) for a in e.aliases),
          ", ".join(f"{md_text(label)} ×{n}" for label, n in e.mentions), str(e.total)] for e in d.entities),
    )
    if any(e.type_guessed or not e.type for e in d.entities):
        lines += ["", "_Type: as an analyst chose it; “(guessed)” is read from the name and not confirmed; "
                      "— nobody chose one._"]
    return lines + [""]


def _notes(d: Dossier) -> list[str]:
    lines = [f"## {heading('notes')} {{#notes}}", ""]
    if not d.options.include_notes:
        return lines + [italic(DossierText.tr("Notes are left out of this dossier.")), ""]
    if not d.notes:
        return lines + [italic(DossierText.tr("No notes on the included annotations.")), ""]
    for note in d.notes:
        q = note.quote
        on = DossierText.tr("**{author}** on {quote} ({citation})").format(author=md_text(q.author), quote=quoted(q),
                                                                          citation=cite(q.citation))
        lines += [f"{on} · {kind_word(q.kind)} · {status_text(q)}",
                  f"{{: #{note.anchor} .note-head}}", ""]
        lines += [f"> {line}".rstrip() for line in note.markdown.split("\n")]
        lines.append("")
    return lines


def _trail(d: Dossier) -> list[str]:
    lines = [f"## {heading('trail')} {{#trail}}", ""]
    lines += [DossierText.tr("Every annotation in the project, whatever its status, by analyst; reviews given are "
                             "verdicts and comments."), ""]
    if d.activity:
        lines += table(
            [DossierText.tr("Analyst"), DossierText.tr("Entities"), DossierText.tr("Figures"), DossierText.tr("Claims"),
             DossierText.tr("Accepted"), DossierText.tr("Proposed"), DossierText.tr("Disputed"),
             DossierText.tr("Rejected"), DossierText.tr("Reviews")],
            ([f"**{md_text(a.name)}** ({md_text(a.key)})", *(str(n) for _, n in a.by_kind),
              *(str(n) for _, n in a.by_status), str(a.reviews)] for a in d.activity),
        )
    else:
        lines.append(italic(DossierText.tr("Nobody has annotated yet.")))
    lines += ["", h3(DossierText.tr("Review trail"), "reviews"), ""]
    if d.reviews:
        lines += table(
            [DossierText.tr("When (UTC)"), DossierText.tr("Reviewer"), DossierText.tr("Verdict"), DossierText.tr("On"),
             DossierText.tr("Comment")],
            ([when(r.created), md_text(r.reviewer), _verdict_text(r.verdict, r.is_reply),
              DossierText.tr("{citation} by {author}").format(citation=cite(r.citation),
                                                              author=md_text(r.annotation_author)),
              md_text(r.comment)] for r in d.reviews),
        )
    else:
        lines.append(italic(DossierText.tr("No reviews of the included annotations.")))
    if d.other_reviews:
        further = DossierText.tr("%n further review(s) concern annotations this dossier leaves out.", "",
                                 d.other_reviews)
        lines += ["", f"_{further}_"]
    return lines + [""]


def _verdict_text(verdict: str | None, is_reply: bool) -> str:
    if verdict is None:
        return DossierText.tr("reply") if is_reply else DossierText.tr("comment")
    english = VERDICT_WORDS.get(verdict)
    return DossierText.tr(english) if english is not None else verdict


def _excerpt(excerpt: Excerpt) -> list[str]:
    q = excerpt.quote
    p = excerpt.passage
    shown = display_quote(p.quote)
    inner = shown.strip()
    lead, tail = shown[: len(shown) - len(shown.lstrip())], shown[len(shown.rstrip()):]
    body = f"{md_text(p.before + lead)}**{md_text(inner)}**{md_text(tail + p.after)}"
    by = DossierText.tr("{kind} by {author}").format(kind=kind_word(q.kind), author=md_text(q.author))
    head = f"**{md_text(q.citation.text)}** · {by} · {status_text(q)}"
    c = q.citation
    if c.link:
        head += " · " + md_link(DossierText.tr("open p. {page}").format(page=c.page) if c.page
                                else DossierText.tr("open at the source"), c.link)
    if c.retrieved_at:
        head += " · " + DossierText.tr("retrieved {when}").format(when=md_text(when(c.retrieved_at)))
    if c.original_sha256:
        head += " · " + DossierText.tr("original SHA-256 {hash}").format(hash=f"`{c.original_sha256[:16]}…`")
    return [head, f"{{: #{q.citation.anchor} .passage-head}}", "", f"> {body}", ""]


def _passages(d: Dossier) -> list[str]:
    lines = [f"## {heading('passages')} {{#passages}}", ""]
    if not d.excerpts:
        return lines + [italic(DossierText.tr("Nothing is quoted.")), ""]
    lines += [DossierText.tr("Each quote in its passage: the line of the stored text it sits on (of a very long line, the "
                              "sentences around the quote, with … where it was cut), the quote in bold."), ""]
    titles = {s.label: s.title for s in d.sources}
    current = None
    for excerpt in d.excerpts:
        label = excerpt.quote.citation.document
        if label != current:
            current = label
            lines += [f"### {md_text(label)}: {md_text(titles.get(label, ''))}", ""]
        lines += _excerpt(excerpt)
    return lines


def render_markdown(dossier: Dossier, *, chart_line: ChartLine | None = None,
                    conflict_cell: ConflictCell = conflict_cell_text) -> str:
    """The Markdown master. ``chart_line`` gives the line that shows a measure's chart (or None for none);
    the default points at ``<stem>-<measure>.svg`` files written next to the Markdown (see ``chart_file_name``).
    ``conflict_cell`` writes the "Cannot agree with" cell (the HTML dossier puts a placeholder there and the
    cell's HTML after the conversion: at desk size those lists are most of the text).
    """
    with no_cycle_collection():
        return _render(dossier, chart_line if chart_line is not None else file_chart_line(), conflict_cell)


def _render(dossier: Dossier, chart_line: ChartLine, conflict_cell: ConflictCell) -> str:
    parts: list[str] = []
    parts += _header(dossier)
    parts += _sources(dossier)
    parts += _figures(dossier, chart_line, conflict_cell)
    parts += _timeline(dossier)
    parts += _claims(dossier)
    parts += _entities(dossier)
    parts += _notes(dossier)
    parts += _trail(dossier)
    parts += _passages(dossier)
    while parts and parts[-1] == "":
        parts.pop()
    return "\n".join(parts) + "\n"
