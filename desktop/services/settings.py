"""Project settings (stored in the project file, so the whole team shares them)."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from sqlalchemy import select

from desktop.i18n import Context
from desktop.services.changes import Changes, Outcome
from desktop.storage.project import Project
from desktop.storage.tables import project_info

DEFAULTS = {
    "title": "",
    "tolerance": "0.10",  # "about v" means v ± 10% when comparing figures
}

Settings = Context("Settings")


def get_setting(project: Project, key: str) -> str:
    info = project_info.c  # a read of one value needs no ORM (``compare`` never imports it)
    with project.read_core() as connection:
        value = connection.execute(select(info.value).where(info.key == key)).scalar_one_or_none()
        return value if value is not None else DEFAULTS.get(key, "")


def set_setting(project: Project, key: str, value: str, author_id: int | None = None) -> Outcome[str]:
    """Returns the previous value (for undo). Journaled: a tolerance change changes every verdict."""
    from desktop.services.journal import record
    from desktop.storage.models import ProjectInfo

    with project.transaction() as s:
        row = s.get(ProjectInfo, key)
        old = row.value if row is not None else DEFAULTS.get(key, "")
        if row is None:
            s.add(ProjectInfo(key=key, value=value))
        else:
            row.value = value
        record(s, "update", "setting", key, author_id, old=old, new=value)
        return Outcome(old, Changes(settings=True))


def tolerance(project: Project) -> Decimal:
    try:
        value = Decimal(get_setting(project, "tolerance"))
    except InvalidOperation:
        value = Decimal(DEFAULTS["tolerance"])
    return value if value >= 0 else Decimal(DEFAULTS["tolerance"])


def set_tolerance(project: Project, value: Decimal) -> Outcome[str]:
    if value < 0 or value >= 1:
        raise ValueError(Settings.tr("The tolerance is a fraction between 0 and 1 (0.10 means ±10%)."))
    return set_setting(project, "tolerance", str(value))
