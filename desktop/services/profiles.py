"""The user's own profile (name, colour, stable key), kept in the user config directory, not in projects."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import platformdirs

from desktop.services.authors import free_colour, new_author_key

APP_NAME = "evidence-desk"


@dataclass(frozen=True)
class Profile:
    key: str
    name: str
    colour: str


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_project_path() -> Path:
    return data_dir() / "Scale AI deal.evidence"


def _profiles_file() -> Path:
    return config_dir() / "profiles.json"


def load_profiles() -> tuple[list[Profile], str | None]:
    """All profiles on this machine and the key of the active one."""
    path = _profiles_file()
    if not path.exists():
        return [], None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        profiles = [Profile(**p) for p in data.get("profiles", [])]
        return profiles, data.get("active")
    except (ValueError, TypeError, OSError):
        return [], None


def active_profile() -> Profile | None:
    profiles, active = load_profiles()
    for p in profiles:
        if p.key == active:
            return p
    return profiles[0] if profiles else None


def save_profile(name: str, colour: str | None = None, key: str | None = None) -> Profile:
    """Create or update a profile and make it the active one."""
    profiles, _ = load_profiles()
    existing = next((p for p in profiles if p.key == key), None) if key else None
    profile = Profile(
        key=key or new_author_key(name),
        name=name.strip() or "Analyst",
        colour=colour or (existing.colour if existing else free_colour(p.colour for p in profiles)),
    )
    profiles = [p for p in profiles if p.key != profile.key] + [profile]
    _write({"profiles": [asdict(p) for p in profiles], "active": profile.key})
    return profile


def switch_profile(key: str) -> Profile:
    profiles, _ = load_profiles()
    for p in profiles:
        if p.key == key:
            _write({"profiles": [asdict(q) for q in profiles], "active": key})
            return p
    raise LookupError(f"No profile {key!r}")


def _write(data: dict[str, Any]) -> None:
    path = _profiles_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")
    os.replace(tmp, path)
