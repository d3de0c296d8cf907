"""Smoke-test the PyInstaller bundle (`make bundle`) as a user would run it, in a throw-away home:
the command line answers, a PDF dossier of the seed project is written, a PDF encrypted with AES is added, a bad
project gives one line on stderr and a non-zero exit, and the window comes up offscreen, stays up for a moment and closes cleanly.

    python scripts/bundle_smoke.py build/dist/evidence-desk/evidence-desk
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_UP_MS = 3000  # how long the window stays up before it closes itself (EVIDENCE_DESK_QUIT_AFTER_MS)
TIMEOUT_S = 120


def run(binary: Path, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(binary), *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S)


def check(condition: bool, what: str, result: subprocess.CompletedProcess[str] | None = None) -> None:
    if not condition:
        detail = f"\nexit {result.returncode}\nstdout: {result.stdout}\nstderr: {result.stderr}" if result else ""
        sys.exit(f"bundle smoke test FAILED: {what}{detail}")
    print(f"bundle smoke: {what}")


def _aes_pdf() -> bytes:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from tests.fixtures.sources.make import make_encrypted_pdf

    return make_encrypted_pdf([["Testo protetto."]], password="", algorithm="AES-256")


def main(binary: Path) -> int:
    check(binary.is_file() and os.access(binary, os.X_OK), f"{binary} is an executable")
    with tempfile.TemporaryDirectory(prefix="evidence-desk-bundle-") as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHON"))}
        env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=str(home / "runtime"))
        for name in ("CONFIG", "DATA", "CACHE", "STATE"):
            env[f"XDG_{name}_HOME"] = str(home / name.lower())
        (home / "runtime").mkdir(mode=0o700)

        version = run(binary, "--version", env=env)
        check(version.returncode == 0 and version.stdout.startswith("evidence-desk "), "--version answers", version)

        pdf = home / "seed dossier.pdf"
        dossier = run(binary, "dossier", "--format", "pdf", "--out", str(pdf), env=env)
        check(dossier.returncode == 0 and pdf.read_bytes().startswith(b"%PDF"),
              "a PDF dossier of the seed project is written", dossier)
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            check("page 1 of" in text, "its pages have their footers")

        protected = home / "protected.pdf"  # AES, an owner password only: read with the bundled cryptography
        protected.write_bytes(_aes_pdf())
        added = run(binary, "--project", str(home / "smoke.evidence"), "docs", "add", str(protected), env=env)
        check(added.returncode == 0 and "Traceback" not in added.stderr,
              "a PDF encrypted with AES that opens without a password is added", added)

        missing = run(binary, "--project", str(home / "nowhere.evidence"), "dossier", "--out", str(home / "x.md"),
                      env=env)
        check(missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1
              and "Traceback" not in missing.stderr, "a missing project is one line on stderr", missing)

        # a profile, as the first start's dialog would save it (same code, same file)
        subprocess.run([sys.executable, "-c", "from desktop.services.profiles import save_profile;"
                        "save_profile('Smoke Test', '#2ca02c')"], env={**env, "PATH": os.environ["PATH"]},
                       check=True, cwd=Path(__file__).resolve().parent.parent)
        started = time.monotonic()
        window = run(binary, env={**env, "EVIDENCE_DESK_QUIT_AFTER_MS": str(WINDOW_UP_MS)})
        up = time.monotonic() - started
        check(window.returncode == 0 and "Traceback" not in window.stderr,
              f"the window came up offscreen and closed cleanly after {up:.1f} s", window)
        check(up >= WINDOW_UP_MS / 1000, "it stayed up until it was closed")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    raise SystemExit(main(Path(sys.argv[1])))
