"""Why a project could not be opened: each message is one line written for the user.

``desktop.storage.project`` re-exports these; import them from there.
"""

from __future__ import annotations


class ProjectError(Exception):
    """A project could not be opened (or created); nothing was written. The message is meant for the user."""


class NotAProjectError(ProjectError):
    """The file or database is not an Evidence Desk project, or is damaged beyond opening."""


class NewerProjectError(ProjectError):
    """The project was made by a newer version of Evidence Desk."""
