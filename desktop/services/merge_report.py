"""What merging a colleague's file did, item by item, and the ONE way it is written out for a person
(the command line prints :meth:`MergeReport.lines`; the window shows the counts and
:meth:`MergeReport.detail_lines`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop.services.incoming import Skipped, SkipReason


@dataclass
class MergeReport:
    """What an import did, item by item (refs as written in the file).

    ``imported`` new annotations; ``updated`` newer versions applied; ``unchanged`` same ``modified``;
    ``older`` not applied (the project has a newer version); ``kept_yours`` you changed it since your last
    exchange and they did not; ``conflicts`` both of you changed it (``conflicts_recorded``: of which this
    import wrote the Conflict row; the others were waiting already); ``reanchored`` found again by their
    quote (``moves`` says where); ``skipped`` not imported, with the reason; ``name_clashes`` new authors
    whose display name is already used by another annotator key (kept apart); ``documents_added`` their
    documents we did not have. Nothing is ever deleted: an annotation missing from their file stays as it is.
    """

    imported: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    older: list[Skipped] = field(default_factory=list)
    reanchored: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    reviews_imported: list[str] = field(default_factory=list)
    reviews_unchanged: list[str] = field(default_factory=list)
    authors_created: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kept_yours: list[Skipped] = field(default_factory=list)
    conflicts: list[Skipped] = field(default_factory=list)
    conflicts_recorded: list[str] = field(default_factory=list)
    name_clashes: list[str] = field(default_factory=list)
    documents_added: list[str] = field(default_factory=list)
    moves: dict[str, str] = field(default_factory=dict)  # re-anchored ref -> where its quote was found

    @property
    def wrote_anything(self) -> bool:
        return bool(self.imported or self.updated or self.reviews_imported or self.conflicts_recorded
                    or self.documents_added)

    def skipped_for(self, *codes: SkipReason) -> list[Skipped]:
        return [s for s in self.skipped if s.code in codes]

    @property
    def needs_kind(self) -> list[Skipped]:
        """Skipped because their tags name no kind (or several): a kind given on import would take them."""
        return [s for s in self.skipped if s.code.needs_kind]

    # --- written out -----------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for name in ("imported", "updated", "unchanged", "older", "reanchored", "skipped", "reviews_imported",
                     "reviews_unchanged", "authors_created", "notes", "kept_yours", "conflicts",
                     "conflicts_recorded", "name_clashes", "documents_added"):
            value = getattr(self, name)
            data[name] = [v.to_json() if isinstance(v, Skipped) else v for v in value]
        data["counts"] = {
            "imported": len(self.imported), "updated": len(self.updated), "unchanged": len(self.unchanged),
            "older": len(self.older), "reanchored": len(self.reanchored), "skipped": len(self.skipped),
            "reviews_imported": len(self.reviews_imported), "reviews_unchanged": len(self.reviews_unchanged),
        }
        data["merge_counts"] = {
            "kept_yours": len(self.kept_yours), "conflicts": len(self.conflicts),
            "conflicts_recorded": len(self.conflicts_recorded), "name_clashes": len(self.name_clashes),
            "documents_added": len(self.documents_added),
        }
        return data

    def summary(self) -> str:
        """One line: the counts."""
        return (f"Imported {len(self.imported)}, updated {len(self.updated)}, unchanged {len(self.unchanged)}, "
                f"older (not applied) {len(self.older)}, re-anchored {len(self.reanchored)}, "
                f"skipped {len(self.skipped)}.")

    def item_lines(self) -> list[str]:
        """Every item that needs a word, named: conflicts, kept yours, older, re-anchored, skipped, added."""
        out = [f"conflict: {item.ref}: {item.reason}" for item in self.conflicts]
        out += [f"kept yours: {item.ref}: {item.reason}" for item in self.kept_yours]
        out += [f"older, not applied: {item.ref}: {item.reason}" for item in self.older]
        out += [f"re-anchored: {ref}" + (f": {self.moves[ref]}" if ref in self.moves else "")
                for ref in self.reanchored]
        out += [f"skipped: {item.ref}: {item.reason}" for item in self.skipped]
        out += [f"document added: {title}" for title in self.documents_added]
        return out

    def note_lines(self) -> list[str]:
        """New authors, name clashes and other notes."""
        out = ["New authors: " + ", ".join(self.authors_created)] if self.authors_created else []
        out += [clash[0].upper() + clash[1:] for clash in self.name_clashes]
        out += [f"Note: {note}" for note in self.notes if note not in self.name_clashes]
        return out

    def detail_lines(self) -> list[str]:
        return self.item_lines() + self.note_lines()

    def lines(self) -> list[str]:
        """The report as a person reads it: the counts, then every item that needs a word, then the notes."""
        out = [self.summary()]
        if self.kept_yours or self.conflicts:
            out.append(f"Kept yours (newer) {len(self.kept_yours)}, conflicts {len(self.conflicts)}.")
        if self.documents_added:
            out.append(f"Documents added: {len(self.documents_added)}.")
        if self.reviews_imported or self.reviews_unchanged:
            out.append(f"Reviews: imported {len(self.reviews_imported)}, unchanged {len(self.reviews_unchanged)}.")
        return out + ["  " + line for line in self.item_lines()] + self.note_lines()
