"""The seed corpus: the five Scale AI articles, imported verbatim with their manifest metadata."""

from __future__ import annotations

import hashlib
import json

from desktop.resources import seeds_dir
from desktop.services.changes import Changes, Outcome
from desktop.services.documents import DuplicateDocumentError, OriginalData, add_document
from desktop.services.settings import get_setting, set_setting
from desktop.storage.project import Project


def seed_project(project: Project) -> Outcome[list[int]]:
    """Add every seed article not already in the project. Returns the new document ids."""
    folder = seeds_dir()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    added: list[int] = []
    changes = Changes()
    for entry in manifest["documents"]:
        raw = (folder / entry["file"]).read_bytes()
        original = OriginalData(kind="file", data=raw, sha256=hashlib.sha256(raw).hexdigest(), mime="text/plain",
                                size=len(raw), filename=entry["file"], extractor="verbatim", extraction="text")
        try:
            outcome = add_document(
                project, raw.decode("utf-8"), title=entry["title"], language=entry["language"],
                outlet=entry.get("outlet", ""), url=entry.get("url", ""),
                published=entry.get("published", ""), source_name=entry["file"], label=entry.get("label", ""),
                original=original,
            )
        except DuplicateDocumentError:
            continue
        added.append(outcome.value)
        changes |= outcome.changes
    if not get_setting(project, "title") and manifest.get("title"):
        changes |= set_setting(project, "title", manifest["title"]).changes
    return Outcome(added, changes)
