"""The dossier's own words (headings, labels, sentences) in the dossier's language.

Every string is marked ``DossierText.tr(…)`` (lupdate collects them into the same catalogues as the window);
which language they come out in is ``desktop.i18n``'s business: the window's, or the one ``dossier --lang``
and the export dialog choose with ``with language("it"):`` around building and writing.
"""

from __future__ import annotations

from desktop.i18n import Context, current_language

DossierText = Context("DossierText")


def html_lang() -> str:
    """The ``lang`` attribute of the page: the dossier's language ("it")."""
    return current_language()
