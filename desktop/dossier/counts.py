"""What a dossier holds, counted and labelled for people: "10 figures on 3 measures".

A figure section is a *measure* and holds several figures; a claim section is a *proposition* and
holds several claims. The dialog's status line and the ``dossier`` command both say it this way::

    "20 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources"
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.dossier.model import Dossier
from desktop.dossier.words import DossierText


def plural(count: int, word: str, words: str | None = None) -> str:
    """ "1 figure", "2 figures", "0 figures"; ``words`` for an irregular plural (English only: the dossier's
    own counts go through ``DossierText.tr`` with Qt's plural forms)."""
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
        text = DossierText.tr("{included} of %n annotation(s)", "", self.annotations).format(included=self.included)
        if self.pending_left_out:
            text += DossierText.tr(" (%n pending left out)", "", self.pending_left_out)
        return text

    def figures_text(self) -> str:
        text = self._figures_grouped()
        if self.pending_figures_left_out and not self.figures:
            text += DossierText.tr(" (%n pending left out)", "", self.pending_figures_left_out)
        return text

    def claims_text(self) -> str:
        text = self._claims_grouped()
        if self.pending_claims_left_out and not self.claims:
            text += DossierText.tr(" (%n pending left out)", "", self.pending_claims_left_out)
        return text

    def _figures_grouped(self) -> str:
        items, groups, unassigned = self.figures, self.measures, self.unassigned_figures
        if items == 0:
            return DossierText.tr("no figures")
        figures = DossierText.tr("%n figure(s)", "", items)
        if groups == 0:
            return DossierText.tr("{figures}, none on a measure").format(figures=figures)
        measures = DossierText.tr("%n measure(s)", "", groups)
        if unassigned:
            return DossierText.tr("{figures}: {assigned} on {measures}, {unassigned} with no measure").format(
                figures=figures, assigned=items - unassigned, measures=measures, unassigned=unassigned)
        return DossierText.tr("{figures} on {measures}").format(figures=figures, measures=measures)

    def _claims_grouped(self) -> str:
        items, groups, unassigned = self.claims, self.propositions, self.unassigned_claims
        if items == 0:
            return DossierText.tr("no claims")
        claims = DossierText.tr("%n claim(s)", "", items)
        if groups == 0:
            return DossierText.tr("{claims}, none on a proposition").format(claims=claims)
        propositions = DossierText.tr("%n proposition(s)", "", groups)
        if unassigned:
            return DossierText.tr("{claims}: {assigned} on {propositions}, {unassigned} with no proposition").format(
                claims=claims, assigned=items - unassigned, propositions=propositions, unassigned=unassigned)
        return DossierText.tr("{claims} on {propositions}").format(claims=claims, propositions=propositions)

    def sources_text(self) -> str:
        return DossierText.tr("%n source(s)", "", self.sources)

    def parts(self) -> list[str]:
        return [self.annotations_text(), self.figures_text(), self.claims_text(), self.sources_text()]


def summary_line(dossier: Dossier, separator: str = " · ") -> str:
    """ "20 of 21 annotations · 10 figures on 3 measures · 3 claims on 1 proposition · 5 sources"."""
    return separator.join(DossierCounts.of(dossier).parts())
