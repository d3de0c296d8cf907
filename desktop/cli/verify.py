"""`verify PATH`: check an evidence bundle (no project needed), or a dossier JSON against --project."""

from __future__ import annotations

import argparse

from desktop.cli._common import CommandError, open_for_command


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser(
        "verify", help="check an evidence bundle, or a dossier JSON against --project",
        description="Check that every quote is the stored text at its offsets, that every text is what its "
                    "archived original extracts to, and that every hash matches. Prints 'N of N citations "
                    "verified' and exits 0, or names each mismatch and exits 1.",
    )
    parser.add_argument("path", metavar="PATH", help="an evidence bundle (.zip) or a dossier JSON")
    parser.set_defaults(func=_verify)


def _verify(args: argparse.Namespace) -> int:
    import zipfile
    from pathlib import Path

    from desktop.dossier.verify import VerifyError, verify_against_project, verify_bundle

    path = Path(args.path)
    if not path.exists():
        raise CommandError(f"There is no file at {path}.")
    try:
        if zipfile.is_zipfile(path):
            result = verify_bundle(path)
        else:
            if not args.project:
                raise CommandError(f"{path.name} is not a bundle: give --project to check a dossier JSON "
                                   "against its project")
            result = verify_against_project(path, open_for_command(args))
    except VerifyError as exc:
        raise CommandError(str(exc)) from exc
    for mismatch in result.mismatches:
        print(f"MISMATCH {mismatch}")
    print(result.summary() + ("" if result.ok else f"; {len(result.mismatches)} mismatch"
                                                  f"{'es' if len(result.mismatches) != 1 else ''}"))
    return 0 if result.ok else 1
