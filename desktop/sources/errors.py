"""Why a source was not added: one sentence for the user, and nothing stored."""

from __future__ import annotations


class SourceRefused(Exception):
    """A page or a file that cannot become a document; ``str(exc)`` is the message for the user."""


class FetchFailed(SourceRefused):
    """The page could not be fetched: a network error, a timeout, an HTTP error, too many redirects."""


class WrongContentType(SourceRefused):
    pass


class TooLarge(SourceRefused):
    pass


class Cancelled(SourceRefused):
    def __init__(self, message: str = "Cancelled: nothing was added.") -> None:
        super().__init__(message)


class NoArticle(SourceRefused):
    """A page in which no article was found. ``full_text`` is the page's whole visible text, which the
    analyst may add instead (``extraction="full"``)."""

    def __init__(self, message: str, full_text: str = "") -> None:
        super().__init__(message)
        self.full_text = full_text


class EmptySource(SourceRefused):
    """No text at all: an empty page, a page of scripts and styles."""


class UnreadableDocument(SourceRefused):
    """A PDF without a text layer, an encrypted or broken PDF, a corrupt DOCX, a zip bomb, a bad e-mail."""

