"""What a dossier holds, counted and labelled for people: "10 figures on 3 measures".

A figure section is a *measure* and holds several figures; a claim section is a *proposition* and
holds several claims. The dialog's status line and the ``dossier`` command both say it this way::

    "20 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources"
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.dossier.model import Dossier


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 figure", "2 figures", "0 figures"; ``words`` for an irregular plural."""
    return f"{count} {word if count == 1 else (words or word + 's')}"


@dataclass(frozen=True)
class DossierCounts:
    included: int  # annotations shown
    annotations: int  # annotations in the project
    figures: int  # figure annotations shown, under a measure or not
    measures: int
    unassigned_figures: int
    claims: int  # claim annotations shown (asserting or denying), under a proposition or not
    propositions: int
    unassigned_claims: int
    entities: int  # entities listed
    sources: int
    pending_left_out: int = 0  # proposed or disputed annotations the statuses leave out
    pending_figures_left_out: int = 0
    pending_claims_left_out: int = 0

    @classmethod
    def of(cls, dossier: Dossier) -> DossierCounts:
        return cls(
            included=dossier.included_count, annotations=dossier.annotation_count,
            figures=sum(len(s.values) for s in dossier.figures) + len(dossier.other_figures),
            measures=len(dossier.figures), unassigned_figures=len(dossier.other_figures),
            claims=sum(len(c.asserts) + len(c.denies) for c in dossier.claims) + len(dossier.other_claims),
            propositions=len(dossier.claims), unassigned_claims=len(dossier.other_claims),
            entities=len(dossier.entities), sources=len(dossier.sources),
            pending_left_out=dossier.left_out_count(), pending_figures_left_out=dossier.left_out_count(kind="figure"),
            pending_claims_left_out=dossier.left_out_count(kind="claim"),
        )

    def annotations_text(self) -> str:
        text = f"{self.included} of {plural(self.annotations, 'annotation')}"
        if self.pending_left_out:
            text += f" ({self.pending_left_out} pending left out)"
        return text

    def figures_text(self) -> str:
        text = _grouped(self.figures, "figure", self.measures, "measure", self.unassigned_figures)
        if self.pending_figures_left_out and not self.figures:
            text += f" ({self.pending_figures_left_out} pending left out)"
        return text

    def claims_text(self) -> str:
        text = _grouped(self.claims, "claim", self.propositions, "proposition", self.unassigned_claims)
        if self.pending_claims_left_out and not self.claims:
            text += f" ({self.pending_claims_left_out} pending left out)"
        return text

    def sources_text(self) -> str:
        return plural(self.sources, "source")

    def parts(self) -> list[str]:
        return [self.annotations_text(), self.figures_text(), self.claims_text(), self.sources_text()]


def _grouped(items: int, item: str, groups: int, group: str, unassigned: int) -> str:
    """ "10 figures on 3 measures", "6 figures: 5 on 2 measures, 1 with no measure", "no figures"."""
    if items == 0:
        return f"no {item}s"
    if groups == 0:
        return f"{plural(items, item)}, none on a {group}"
    if unassigned:
        return f"{plural(items, item)}: {items - unassigned} on {plural(groups, group)}, {unassigned} with no {group}"
    return f"{plural(items, item)} on {plural(groups, group)}"


def summary_line(dossier: Dossier, separator: str = " · ") -> str:
    """ "20 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources"."""
    return separator.join(DossierCounts.of(dossier).parts())
