"""The fixed cost every command pays before its own work: starting Python, importing the command (SQLAlchemy,
the tables, ``desktop.cli._common``) and opening the project. Not a target of its own; it is the part of
``compare --json`` (issue 16: 1 s on the 50k desk) no command can avoid, measured stage by stage.

    .venv/bin/python bench/command_start.py [PROJECT] [--runs N]

Without PROJECT a new empty project is made in a temporary folder (opening reads only its header and schema,
so its size hardly matters; the 50k desk's integrity check runs in its own thread meanwhile). Each run is a
fresh process; two kinds:

- through the real entry (``desktop.cli.main``, ``compare --json``) up to the moment the command's project is
  open: the main thread's CPU time since the process began, and the wall time since it was spawned;
- stage by stage, each stage's main-thread CPU and wall time, in the order a command meets them: first what a
  command that only reads rows pays (``compare``, ``annotations list``: Core statements on the tables, no ORM),
  then what a command using the ORM (a Session: every write) adds.

Prints the medians of N runs (default 7) and the load average: wall times grow with the machine's load,
CPU times much less. Bytecode is cached as on a user's machine (the first run of each kind is not counted).

What it showed (session 23, SQLAlchemy 2.1, Python 3.11): about three quarters is SQLAlchemy's own import
(Core ~0.2 s, the ORM ~0.06 s); the models' declaration ~0.03 s (Mapper and Table objects, the declarative
scan only ~5 ms of it) and the first query's mapper set-up ~0.015 s. The asyncio and importlib.metadata that
SQLAlchemy imports (~0.02 s each) cannot be deferred with ``importlib.util.LazyLoader``: its import reads
``asyncio.iscoroutine`` at once, and an ``import importlib.metadata`` statement loads a lazy module on the spot.
Since then a command that only reads rows (``compare``, ``annotations list``) imports the tables
(``storage.tables``, ~0.02 s) instead of the ORM and the models, and never configures the mappers: ~0.29 s of
main-thread CPU to the open project where one using the ORM pays ~0.40 s (the 50k desk, load 1.7).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Through the real entry; the command's open_for_command is wrapped to report once the project is open.
ENTRY = """
import os, sys, time
spawned = float(os.environ["EVIDENCE_DESK_BENCH_SPAWNED"])
sys.argv = ["evidence-desk", "--project", PROJECT, "compare", "--json"]
import desktop.cli as cli
build = cli.build_parser
def build_parser(command=None):
    parser = build(command)
    import desktop.cli.compare as compare
    opened = compare.open_for_command
    def open_for_command(*args, **kwargs):
        opened(*args, **kwargs)
        print("to open", time.thread_time(), time.perf_counter() - spawned, flush=True)
        os._exit(0)
    compare.open_for_command = open_for_command
    return parser
cli.build_parser = build_parser
cli.main()
"""

# Stage by stage, as a command meets them (the collector off, as in a command's own process).
STAGES = """
import gc, os, time
gc.disable()
last = (time.thread_time(), time.perf_counter())
def stage(name):
    global last
    now = (time.thread_time(), time.perf_counter())
    print(name, now[0] - last[0], now[1] - last[1], flush=True)
    last = now
import desktop.cli
stage("desktop.cli (argparse)")
from desktop.storage.deferred_check import check_early
check_early(PROJECT)
stage("integrity check begun")
import sqlalchemy
stage("import sqlalchemy")
import desktop.storage.tables
stage("import desktop.storage.tables")
import desktop.cli._common
stage("import desktop.cli._common (rest)")
from desktop.storage.project import open_project
project = open_project(PROJECT, create=False, check_later=True)
stage("open_project")
print("-", 0, 0, flush=True)  # what follows only a command that uses the ORM (a write, a Session) pays
import sqlalchemy.orm
stage("  import sqlalchemy.orm")
import desktop.storage.models
stage("  import desktop.storage.models")
from sqlalchemy.orm import configure_mappers
configure_mappers()
stage("  mappers configured (first query)")
os._exit(0)
"""


def run(script: str, project: str, env: dict[str, str]) -> list[tuple[str, float, float]]:
    env["EVIDENCE_DESK_BENCH_SPAWNED"] = repr(time.perf_counter())
    out = subprocess.run([sys.executable, "-c", script.replace("PROJECT", repr(project))], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    rows = []
    for line in out.splitlines():
        name, cpu, wall = line.rsplit(" ", 2)
        rows.append((name, float(cpu), float(wall)))
    return rows


def medians(runs: list[list[tuple[str, float, float]]]) -> list[tuple[str, float, float]]:
    return [(name, statistics.median(r[i][1] for r in runs), statistics.median(r[i][2] for r in runs))
            for i, (name, _, _) in enumerate(runs[0])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("project", nargs="?", help="a project file (default: a new empty one)")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # bytecode cached, as on a user's machine
    with tempfile.TemporaryDirectory() as folder:
        project = args.project or str(Path(folder) / "empty.evidence")
        if not args.project:
            subprocess.run([sys.executable, "-c", f"from desktop.storage.project import open_project;"
                            f"open_project({project!r}).close()"], env=env, cwd=ROOT, check=True)
        print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        for title, script in (("through desktop.cli.main", ENTRY), ("stage by stage", STAGES)):
            run(script, project, env)  # writes any bytecode not cached yet; not counted
            rows = medians([run(script, project, env) for _ in range(args.runs)])
            print(f"\n{title} (median of {args.runs}; main-thread CPU / wall, ms)")
            for name, cpu, wall in rows:
                if name == "-":
                    print("  a command using the ORM adds:")
                    continue
                print(f"  {name:36s} {cpu * 1000:7.1f} {wall * 1000:7.1f}")
            if script is STAGES:
                core = rows[:[r[0] for r in rows].index("-")]
                print(f"  {'total without the ORM':36s} {sum(r[1] for r in core) * 1000:7.1f} "
                      f"{sum(r[2] for r in core) * 1000:7.1f}")
                print(f"  {'total with it':36s} {sum(r[1] for r in rows) * 1000:7.1f} "
                      f"{sum(r[2] for r in rows) * 1000:7.1f}")
        print(f"\nload average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
