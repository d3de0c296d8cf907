"""Typed reads of QSettings values (QSettings.value returns ``object``)."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def settings_list(settings: QSettings, key: str) -> list[str]:
    """A list of strings saved under ``key``; [] when nothing (or something else) is there. QSettings
    gives back a one-item list as a lone string, and an empty one as None."""
    value = settings.value(key, [])
    if isinstance(value, str):
        return [value]
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    return []
