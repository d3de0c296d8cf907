"""Append-only journal of changes, written in the same transaction as the change itself."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from desktop.services.clock import now_iso
from desktop.storage.models import JournalEntry


def journal_row(action: str, target_type: str, target_id: object, author_id: int | None = None, *,
                at: str | None = None, **payload: Any) -> dict[str, Any]:
    """One journal entry as column values (a batch of them is inserted at once by an import, ``at`` its time)."""
    return {"at": at or now_iso(), "author_id": author_id, "action": action, "target_type": target_type,
            "target_id": str(target_id),
            "payload": _PAYLOAD.encode(payload)}


# ``json.dumps(payload, ensure_ascii=False, default=str, sort_keys=True)``, its encoder made once (an import
# writes one entry per annotation)
_PAYLOAD = json.JSONEncoder(ensure_ascii=False, default=str, sort_keys=True)


def record(
    session: Session, action: str, target_type: str, target_id: object,
    author_id: int | None = None, **payload: Any,
) -> None:
    session.add(JournalEntry(**journal_row(action, target_type, target_id, author_id, **payload)))
