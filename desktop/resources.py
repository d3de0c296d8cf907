"""Find bundled files (resources/, seeds/) from a wheel, an editable checkout or a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root_for(name: str) -> Path:
    candidates = [
        _PACKAGE_DIR / f"_{name}",  # installed wheel (hatchling force-include)
        _PACKAGE_DIR.parent / name,  # editable install or a plain checkout
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / name)  # PyInstaller
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"Evidence Desk cannot find its {name}/ folder (looked in {', '.join(map(str, candidates))})")


def resource_path(*parts: str) -> Path:
    return _root_for("resources").joinpath(*parts)


def seeds_dir() -> Path:
    return _root_for("seeds")
