"""Dossier model -> Markdown, the master format: deterministic text every other format is made from.

The Markdown uses two Python-Markdown extensions: ``tables`` and ``attr_list`` (``{#id}`` on headings,
``{: #id .class}`` after paragraphs) for the anchors citations link to. Every user string passes
through ``sanitize.md_text``; notes arrive already cleaned by ``sanitize.clean_note_markdown``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

from desktop.domain.kinds import CREDIBILITY_LABELS, RELIABILITY_LABELS
from desktop.domain.slugs import slugify
from desktop.dossier.chart import has_chart
from desktop.dossier.citations import Citation, display_quote
from desktop.dossier.model import (
    ClaimEntry,
    ClaimSection,
    Dossier,
    Excerpt,
    FigureEntry,
    FigureSection,
    Quote,
    TimelineEntry,
)
from desktop.dossier.sanitize import md_text

ChartLine = Callable[[FigureSection], str | None]

CONTENTS = (
    ("sources", "Sources"),
    ("figures", "Key figures"),
    ("claims", "Claims"),
    ("entities", "Entities"),
    ("notes", "Analysts' notes"),
    ("trail", "Appendix A: Who annotated and reviewed what"),
    ("passages", "Appendix B: Quoted passages"),
)
VERDICT_WORDS = {"accepted": "accepted", "rejected": "rejected", "disputed": "disputed",
                 "proposed": "set back to proposed"}


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
        return f"![Chart: {md_text(section.label)}]({chart_file_name(section, stem)})"
    return line


# --- small pieces ---------------------------------------------------------------------------------


def when(timestamp: str) -> str:
    """"2026-11-21T10:12:00.123Z" -> "2026-11-21 10:12" (UTC)."""
    return timestamp[:16].replace("T", " ") if len(timestamp) >= 16 else timestamp


def cite(citation: Citation) -> str:
    text = md_text(citation.text)
    cited = f"[{text}](#{citation.anchor})" if citation.anchor else text
    if citation.page and citation.link:  # a PDF quote also opens its page
        cited += " " + md_link(f"(p. {citation.page} ↗)", citation.link)
    return cited


def quoted(quote: Quote) -> str:
    return f"“{md_text(display_quote(quote.text))}”"


def status_text(quote: Quote) -> str:
    return f"{quote.status} (pending)" if quote.pending else quote.status


def reliability_text(grade: str | None) -> str:
    if not grade:
        return "not graded"
    return f"{grade} ({RELIABILITY_LABELS.get(grade, '').lower()})"


def credibility_text(grade: int | None) -> str:
    if grade is None:
        return "not graded"
    return f"{grade} ({CREDIBILITY_LABELS.get(grade, '').lower()})"


def table(header: Iterable[str], rows: Iterable[Iterable[str]]) -> list[str]:
    head = list(header)
    lines = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    lines += ["| " + " | ".join(cell or "—" for cell in row) + " |" for row in rows]
    return lines


def source_cell(entry: FigureEntry | ClaimEntry) -> str:
    label = md_text(entry.quote.citation.document)
    return f"{label} via {md_text(entry.attributed_to)}" if entry.attributed_to else label


# --- sections -------------------------------------------------------------------------------------


def left_out_text(d: Dossier) -> str:
    """ "58 annotations not yet reviewed (55 proposed, 3 disputed: 40 figures, 10 claims, 8 entities): export
    with include pending to show them, marked “(pending)”; 5 rejected": what the scope leaves out and why
    ("" when nothing is)."""
    parts = []
    pending = d.left_out_count()
    if pending:
        by_status = [f"{n} {s}" for s in ("proposed", "disputed") if (n := d.left_out_count(frozenset({s})))]
        by_kind = [f"{n} {word if n == 1 else words}" for k, word, words in
                   (("figure", "figure", "figures"), ("claim", "claim", "claims"), ("entity", "entity", "entities"))
                   if (n := d.left_out_count(kind=k))]
        noun = "annotation" if pending == 1 else "annotations"
        parts.append(f"{pending} {noun} not yet reviewed ({', '.join(by_status)}: {', '.join(by_kind)}): export "
                     "with *include pending* to show them, marked “(pending)”")
    rejected = d.left_out_count(frozenset({"rejected"}))
    if rejected:
        parts.append(f"{rejected} rejected (never shown)")
    return "; ".join(parts)


def _left_out_lines(d: Dossier) -> list[str]:
    text = left_out_text(d)
    return [f"- **Left out:** {text}"] if text else []


def _header(d: Dossier) -> list[str]:
    labels = ", ".join(md_text(s.label) for s in d.sources)
    count = len(d.sources)
    scope = f"{count} document{'s' if count != 1 else ''}" + (f": {labels}" if labels else "")
    if d.options.include_pending:
        which = "accepted, and proposed or disputed ones marked “(pending)”"
    else:
        which = "accepted only"
    lines = [f"# {md_text(d.title)} {{#top}}", ""]
    if d.project_title:
        lines.append(f"- **Project:** {md_text(d.project_title)}")
    lines += [
        f"- **Documents covered:** {scope}",
        f"- **Analysts:** {', '.join(md_text(a) for a in d.authors) or 'none'}",
        *([f"- **Reviewed by:** {', '.join(md_text(r) for r in d.reviewers)}"] if d.reviewers else []),
        f"- **Generated:** {when(d.generated_at)} UTC",
        f"- **Annotations included:** {which}: {d.included_count} of {d.annotation_count}; "
        "rejected annotations are never included",
        *_left_out_lines(d),
        "",
        "**Contents:** " + " · ".join(f"[{title}](#{anchor})" for anchor, title in CONTENTS),
        "",
        "**Citations** read `002 ¶3 · doc. 120–145`: source 002, paragraph 3 (each non-blank line "
        "of the stored text is a paragraph, counted from 1); the quote is characters 120 up to 145 of the "
        "whole document (“doc.”), not of the paragraph (Unicode code points counted from 0 at the start of the "
        "text, the end excluded: text[120:145]). Every quote is verbatim; a line break inside a quote is "
        "shown as ¶. Each citation links to the quote in its passage in Appendix B.",
        "",
    ]
    return lines


def _sources(d: Dossier) -> list[str]:
    lines = ["## Sources {#sources}", ""]
    if not d.sources:
        return lines + ["_The project has no documents._", ""]
    lines += table(
        ["Source", "Title", "Outlet", "Language", "Published", "Reliability"],
        ([f"**{md_text(s.label)}**", md_text(s.title), md_text(s.outlet), md_text(s.language),
          md_text(s.published), reliability_text(s.reliability)] for s in d.sources),
    )
    lines += ["", "### Fingerprints {#fingerprints}", "",
              "The SHA-256 of each stored text (UTF-8) and its length in characters (code points).", ""]
    lines += table(["Source", "Characters", "SHA-256"],
                   ([f"**{md_text(s.label)}**", f"{s.characters:,}", f"`{s.sha256}`"] for s in d.sources))
    kept = [s for s in d.sources if s.original_sha256]
    if kept:
        lines += ["", "### Originals {#originals}", "",
                  "The archived original of each source (the file as read, or the page as fetched, kept with "
                  "the whole HTTP exchange), its SHA-256 and when it was retrieved. Extracting the original again "
                  "gives the stored text (`evidence-desk verify`).", ""]
        lines += table(["Source", "Original", "SHA-256", "Retrieved", "Address"],
                       ([f"**{md_text(s.label)}**", md_text(s.original_type + (f", {len(s.page_starts)} pages"
                                                                                 if s.page_starts else "")),
                         f"`{s.original_sha256}`", md_text(s.retrieved_at or "–"),
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
    header = ["Source", "Value", "Quote", "Status", "Citation"]
    if section.disagree:
        header.append("Cannot agree with")
    lines += table(header, _figure_rows(section.values, section.disagree, conflict_cell))
    return lines + [""]


def _figures(d: Dossier, chart_line: ChartLine | None, conflict_cell: ConflictCell = conflict_cell_text) -> list[str]:
    lines = ["## Key figures {#figures}", ""]
    if d.tolerance:
        lines += [f"A figure given as “about” a value is read as that value {md_text(d.tolerance)}. Two "
                  "figures cannot agree when no value fits both.", ""]
    if not d.figures and not d.other_figures:
        return lines + [_none_included(d, "figure", "figures"), ""]
    for section in d.figures:
        lines += _figure(section, chart_line, conflict_cell)
    if d.other_figures:
        lines += ["### Figures not assigned to a measure {#figures-unassigned}", ""]
        lines += table(["Source", "Value", "Quote", "Status", "Citation"], _figure_rows(d.other_figures, False))
        lines.append("")
    return lines


def _none_included(d: Dossier, kind: str, nouns: str) -> str:
    """"_No figures are included: 40 figures wait for review (left out: include pending)._"."""
    waiting = d.left_out_count(kind=kind)
    if waiting:
        noun = kind if waiting == 1 else nouns
        return (f"_No {nouns} are included: {waiting} {noun} {'waits' if waiting == 1 else 'wait'} for review "
                "(export with include pending to show them)._")
    return f"_No {nouns} are included._"


def _date_rows(entries: Iterable[TimelineEntry], with_conflicts: bool) -> list[list[str]]:
    rows = []
    for e in entries:
        row = [md_text(e.quote.citation.document), md_text(e.display), md_text(e.granularity or ""),
               quoted(e.quote), status_text(e.quote), cite(e.quote.citation)]
        if with_conflicts:
            row.append(md_text(", ".join(e.conflicts_with)))
        rows.append(row)
    return rows


def _timeline(d: Dossier) -> list[str]:
    lines = ["## Timeline {#timeline}", ""]
    if not d.timeline and not d.other_dates:
        return lines + ["_No dates are included._", ""]
    lines += ["Each date is shown at the precision its source gives (a day, a month or a year). Two dates "
              "cannot agree when no day fits both.", ""]
    for section in d.timeline:
        lines += [f"### {md_text(section.label)} {{#{section.anchor}}}", ""]
        lines += ["**Sources disagree.**" if section.disagree else "Sources agree.", ""]
        header = ["Source", "Date", "Precision", "Quote", "Status", "Citation"]
        if section.disagree:
            header.append("Cannot agree with")
        lines += table(header, _date_rows(section.values, section.disagree))
        lines.append("")
    if d.other_dates:
        lines += ["### Dates not assigned to a measure {#timeline-unassigned}", ""]
        lines += table(["Source", "Date", "Precision", "Quote", "Status", "Citation"], _date_rows(d.other_dates, False))
        lines.append("")
    return lines


def _position(entry: ClaimEntry) -> list[str]:
    details = []
    if entry.speaker:
        details.append(f"speaker {md_text(entry.speaker)}")
    if entry.attributed_to:
        details.append(f"attributed to {md_text(entry.attributed_to)}")
    details.append(f"source {md_text(entry.quote.citation.document)}, reliability {reliability_text(entry.reliability)}")
    details.append(f"credibility {credibility_text(entry.credibility)}")
    details.append(status_text(entry.quote))
    details.append(cite(entry.quote.citation))
    return [f"- {quoted(entry.quote)}  ", f"  {' · '.join(details)}"]


def _claim(section: ClaimSection) -> list[str]:
    lines = [f"### {md_text(section.label)} {{#{section.anchor}}}", ""]

    def who(entries: tuple[ClaimEntry, ...]) -> str:
        return ", ".join(dict.fromkeys(md_text(e.quote.citation.document) for e in entries))

    if section.contested:
        lines += [f"**Contested:** asserted by {who(section.asserts)}; denied by {who(section.denies)}.",
                  "{: .summary .disagree}", ""]
    elif section.asserts:
        lines += [f"**Not contested:** asserted by {who(section.asserts)}; no source denies it.",
                  "{: .summary .agree}", ""]
    else:
        lines += [f"**Not contested:** denied by {who(section.denies)}; no source asserts it.",
                  "{: .summary .agree}", ""]
    for title, entries in (("Asserts", section.asserts), ("Denies", section.denies)):
        if entries:
            lines += [f"**{title}** ({len(entries)})", ""]
            for entry in entries:
                lines += _position(entry)
            lines.append("")
    return lines


def _claims(d: Dossier) -> list[str]:
    lines = ["## Claims {#claims}", ""]
    if not d.claims and not d.other_claims:
        return lines + [_none_included(d, "claim", "claims"), ""]
    lines += ["Contested propositions (asserted by one source, denied by another) come first.", ""]
    for section in d.claims:
        lines += _claim(section)
    if d.other_claims:
        lines += ["### Claims not assigned to a proposition {#claims-unassigned}", ""]
        for entry in d.other_claims:
            lines += _position(entry)
        lines.append("")
    return lines


def _entities(d: Dossier) -> list[str]:
    lines = ["## Entities {#entities}", ""]
    if not d.options.include_entities:
        return lines + ["_Entities are left out of this dossier._", ""]
    if not d.entities:
        return lines + ["_No entities are included._", ""]
    lines += table(
        ["Entity", "Type", "Aliases seen", "Mentions by source", "Total"],
        ([f"**{md_text(e.name)}**", md_text(e.type_text) or "—", ", ".join(md_text(a) for a in e.aliases),
          ", ".join(f"{md_text(label)} ×{n}" for label, n in e.mentions), str(e.total)] for e in d.entities),
    )
    if any(e.type_guessed or not e.type for e in d.entities):
        lines += ["", "_Type: as an analyst chose it; “(guessed)” is read from the name and not confirmed; "
                      "— nobody chose one._"]
    return lines + [""]


def _notes(d: Dossier) -> list[str]:
    lines = ["## Analysts' notes {#notes}", ""]
    if not d.options.include_notes:
        return lines + ["_Notes are left out of this dossier._", ""]
    if not d.notes:
        return lines + ["_No notes on the included annotations._", ""]
    for note in d.notes:
        q = note.quote
        lines += [f"**{md_text(q.author)}** on {quoted(q)} ({cite(q.citation)}) · {q.kind} · {status_text(q)}",
                  f"{{: #{note.anchor} .note-head}}", ""]
        lines += [f"> {line}".rstrip() for line in note.markdown.split("\n")]
        lines.append("")
    return lines


def _trail(d: Dossier) -> list[str]:
    lines = ["## Appendix A: Who annotated and reviewed what {#trail}", ""]
    lines += ["Every annotation in the project, whatever its status, by analyst; reviews given are verdicts "
              "and comments.", ""]
    if d.activity:
        lines += table(
            ["Analyst", "Entities", "Figures", "Claims", "Accepted", "Proposed", "Disputed", "Rejected", "Reviews"],
            ([f"**{md_text(a.name)}** ({md_text(a.key)})", *(str(n) for _, n in a.by_kind),
              *(str(n) for _, n in a.by_status), str(a.reviews)] for a in d.activity),
        )
    else:
        lines.append("_Nobody has annotated yet._")
    lines += ["", "### Review trail {#reviews}", ""]
    if d.reviews:
        lines += table(
            ["When (UTC)", "Reviewer", "Verdict", "On", "Comment"],
            ([when(r.created), md_text(r.reviewer),
              ("reply" if r.is_reply else "comment") if r.verdict is None else VERDICT_WORDS.get(r.verdict, r.verdict),
              f"{cite(r.citation)} by {md_text(r.annotation_author)}", md_text(r.comment)] for r in d.reviews),
        )
    else:
        lines.append("_No reviews of the included annotations._")
    if d.other_reviews:
        n = d.other_reviews
        lines += ["", f"_{n} further review{'s' if n != 1 else ''} concern{'' if n != 1 else 's'} annotations "
                  "this dossier leaves out._"]
    return lines + [""]


def _excerpt(excerpt: Excerpt) -> list[str]:
    q = excerpt.quote
    p = excerpt.passage
    shown = display_quote(p.quote)
    inner = shown.strip()
    lead, tail = shown[: len(shown) - len(shown.lstrip())], shown[len(shown.rstrip()):]
    body = f"{md_text(p.before + lead)}**{md_text(inner)}**{md_text(tail + p.after)}"
    head = f"**{md_text(q.citation.text)}** · {q.kind} by {md_text(q.author)} · {status_text(q)}"
    c = q.citation
    if c.link:
        head += " · " + md_link(f"open p. {c.page}" if c.page else "open at the source", c.link)
    if c.retrieved_at:
        head += f" · retrieved {md_text(c.retrieved_at)}"
    if c.original_sha256:
        head += f" · original SHA-256 `{c.original_sha256[:16]}…`"
    return [head, f"{{: #{q.citation.anchor} .passage-head}}", "", f"> {body}", ""]


def _passages(d: Dossier) -> list[str]:
    lines = ["## Appendix B: Quoted passages {#passages}", ""]
    if not d.excerpts:
        return lines + ["_Nothing is quoted._", ""]
    lines += ["Each quote in its passage: the line of the stored text it sits on, the quote in bold.", ""]
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
    chart_line = chart_line if chart_line is not None else file_chart_line()
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
