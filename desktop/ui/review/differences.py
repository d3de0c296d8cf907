"""What differs between two authors' versions of one passage, in words: the field and both values
("measure: Scale AI valuation ≠ Meta's investment in Scale AI"), so the adjudication table names the
difference it flags instead of leaving it in the part of the reading a column cuts."""

from __future__ import annotations

from desktop.services.queries import AnnotationView
from desktop.ui.colours import kind_label

NONE = "—"


def _short(text: str, limit: int = 48) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _fields(view: AnnotationView) -> list[tuple[str, str]]:
    """(field, value) pairs of what the annotation records, in the order a reader checks them."""
    if view.kind == "figure":
        return [("value", view.figure_text or "not read"), ("measure", view.measure_label or ""),
                ("attributed to", view.attributed_to or "")]
    if view.kind == "entity":
        return [("entity", view.entity_name or "")]
    if view.kind == "claim":
        return [("proposition", view.proposition_label or ""), ("stance", view.stance or ""),
                ("speaker", view.speaker_name or ""), ("attributed to", view.attributed_to or "")]
    return []


def _span(a: AnnotationView, b: AnnotationView) -> tuple[str, str] | None:
    """How the passages differ: what one adds to the other, or both extents."""
    if (a.start, a.end) == (b.start, b.end):
        return None
    for longer, shorter, who in ((b, a, "B"), (a, b, "A")):
        if longer.start <= shorter.start and shorter.end <= longer.end:
            before = " ".join(longer.quote[: shorter.start - longer.start].split())
            after = " ".join(longer.quote[len(longer.quote) - (longer.end - shorter.end):].split()) \
                if longer.end > shorter.end else ""
            added = " … ".join(f"“{_short(part, 40)}”" for part in (before, after) if part)
            return f"{who} adds {added}" if added else f"{who} is longer", ""
    return f"A {a.start}–{a.end}", f"B {b.start}–{b.end}"


def differences(a: AnnotationView, b: AnnotationView) -> list[tuple[str, str, str]]:
    """(field, A's value, B's value) for every field on which the two versions differ."""
    found: list[tuple[str, str, str]] = []
    if a.kind != b.kind:
        found.append(("kind", kind_label(a.kind), kind_label(b.kind)))
    else:
        found += [(field, value, theirs) for (field, value), (_f, theirs) in zip(_fields(a), _fields(b), strict=True)
                  if value != theirs]
    span = _span(a, b)
    if span is not None:
        found.append(("span", *span))
    return found


def difference_text(a: AnnotationView | None, b: AnnotationView | None) -> str:
    """One line for the table: "measure: Scale AI valuation ≠ Meta's investment in Scale AI · …"."""
    if a is None or b is None:
        return ""
    parts = []
    for field, mine, theirs in differences(a, b):
        parts.append(f"{field}: {mine}" if field == "span" and not theirs
                     else f"{field}: {mine or NONE} ≠ {theirs or NONE}")
    return " · ".join(parts)


def difference_tip(a: AnnotationView | None, b: AnnotationView | None) -> str:
    """The same, one field a line, each value in full."""
    if a is None or b is None:
        return ""
    lines = []
    for field, mine, theirs in differences(a, b):
        lines.append(f"{field}: {mine}" if field == "span" and not theirs
                     else f"{field}\n  A ({a.author_name}): {mine or NONE}\n  B ({b.author_name}): {theirs or NONE}")
    return "\n".join(lines)
