"""Carry finished translations over to strings that only moved: `make translations` runs it between two lupdate runs.

When a string moves to another translation context (its code moved to another class, or a plural went to a
``Context``), lupdate marks the old entry vanished and adds the new one unfinished. This copies the vanished
entry's translation into the unfinished one with the same source text and the same kind (plural or not), and
marks it finished. Vanished entries are then dropped by lupdate's ``-no-obsolete`` run.

Usage: python scripts/carry_translations.py resources/translations/evidence_desk_it.ts [...]
"""

from __future__ import annotations

import copy
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

GONE = ("vanished", "obsolete")


def _key(message: ElementTree.Element) -> tuple[str, str, bool]:
    return (message.findtext("source") or "", message.findtext("comment") or "", message.get("numerus") == "yes")


def carry(path: Path) -> int:
    """Fill unfinished entries of ``path`` from vanished ones; returns how many were carried over."""
    tree = ElementTree.parse(path)
    root = tree.getroot()
    old: dict[tuple[str, str, bool], ElementTree.Element] = {}
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") in GONE and "".join(translation.itertext()).strip():
            old.setdefault(_key(message), translation)
    carried = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue  # (lupdate's own same-text guess also arrives unfinished: it is confirmed here)
        found = old.get(_key(message))
        if found is None:
            continue
        fresh = copy.deepcopy(found)
        fresh.attrib.pop("type", None)
        fresh.tail = translation.tail
        message[list(message).index(translation)] = fresh
        carried += 1
    if carried:
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return carried


def main(paths: list[str]) -> int:
    for name in paths:
        count = carry(Path(name))
        if count:
            print(f"{name}: {count} translation(s) carried over to moved strings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
