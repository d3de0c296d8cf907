"""Colours of review states and of alignment match types (shared by the dock, the dialogs, legends)."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate

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
MATCH_LABELS = {"exact": QT_TRANSLATE_NOOP("Review", "exact"), "disagree": QT_TRANSLATE_NOOP("Review", "disagree"),
                "overlap": QT_TRANSLATE_NOOP("Review", "overlap"), "only_a": QT_TRANSLATE_NOOP("Review", "only A"),
                "only_b": QT_TRANSLATE_NOOP("Review", "only B")}


def match_label(match: str) -> str:
    """"exact", "disagree", "only A"... in the reader's language."""
    english = MATCH_LABELS.get(match)
    return translate("Review", english) if english is not None else match


def status_hex(status: str) -> str:
    return STATUS_HEX.get(status, STATUS_HEX["proposed"])
