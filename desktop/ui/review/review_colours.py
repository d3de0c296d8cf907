"""Colours of review states and of alignment match types (shared by the dock, the dialogs, legends)."""

from __future__ import annotations

STATUS_HEX = {
    "proposed": "#6b7280",  # grey: waiting for review
    "accepted": "#15803d",  # green
    "rejected": "#b91c1c",  # red
    "disputed": "#b45309",  # amber
}
STATUS_MARKS = {"proposed": "", "accepted": "✓", "rejected": "✗", "disputed": "⚑"}
ACTION_HEX = {"created": "#2563eb", "edited": "#6b7280", "deleted": "#6b7280", "restored": "#6b7280",
              "withdrawn": "#6b7280", "comment": "#7c3aed", "reply": "#7c3aed"}

# Alignment rows: (background, strong colour for legends and the middle column).
MATCH_HEX = {
    "exact": ("#dcfce7", "#15803d"),
    "disagree": ("#fef3c7", "#b45309"),
    "overlap": ("#dbeafe", "#1d4ed8"),
    "only_a": ("#f3f4f6", "#6b7280"),
    "only_b": ("#f3f4f6", "#6b7280"),
}
MATCH_LABELS = {"exact": "exact", "disagree": "disagree", "overlap": "overlap", "only_a": "only A",
                "only_b": "only B"}


def status_hex(status: str) -> str:
    return STATUS_HEX.get(status, STATUS_HEX["proposed"])
