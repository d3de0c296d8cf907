"""A team under load (issue 13), run by `make bench`:

    .venv/bin/python bench/team.py [--seconds 60] [--analysts 8] [--json]

Against a local PostgreSQL cluster (EVIDENCE_DESK_PG_URL if set, else one started for the run with
scripts/team-server.sh in a temporary folder), on a team database (``team init``, row-level security on)
holding the seed articles: 8 simulated analysts (5 annotators, 2 reviewers, 1 owner), each its own process
with its own connection and change feed, tag, edit and review for 60 s, pausing 0.2-0.6 s between actions
as a person would. Every edit names the version it was made on, as the window does.

  (a) writes lost: a write reported as done that is not in the database at the end ............ 0
  (b) p95 from one analyst's commit to another analyst's notification ........................ <= 1 s
  (c) p95 tag latency (one ``create_annotation``: the transaction, the change log, the NOTIFY) .. <= 50 ms

Refused writes (a colleague changed the row first: ``ChangedMeanwhile``/``ConflictingWrite``) are counted
apart: they were reported, not lost. Everyone starts writing once all are listening, and keeps listening until
the last colleague's last write is in and 2 s more: a notification counts as missing only if it never came,
not because a slow machine started or finished one analyst late. Prints each figure with its target and exits 1 if one is missed; where
no PostgreSQL server is installed, says so in one line and exits 0.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROLES = ("annotator",) * 5 + ("reviewer",) * 2 + ("owner",)
THINK_S = (0.2, 0.6)
TARGET_NOTIFY_MS = 1000.0
TARGET_TAG_MS = 50.0
WORDS_PER_TAG = (1, 4)


def p95(values: list[float]) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


# --- one analyst (a process of its own) --------------------------------------------------------------------

def analyst(index: int, role: str, url: str, author_id: int, seconds: float, ready: Any, writing: Any,
            out: str) -> None:
    from desktop.services.annotations import create_annotation, delete_annotation, edit_annotation
    from desktop.services.documents import document_text, list_documents
    from desktop.services.queries import get_annotation, list_annotations
    from desktop.services.review import add_comment, set_verdict
    from desktop.storage.change_feed import ChangeFeed
    from desktop.storage.errors import ChangedMeanwhile, ConflictingWrite, StorageError
    from desktop.storage.project import open_project

    rng = random.Random(1000 + index)
    project = open_project(url)
    committed: dict[int, float] = {}  # change log seq -> wall time of the commit
    project.on_committed = lambda record: committed.__setitem__(record.seq, time.time()) if record.seq else None
    feed = ChangeFeed(project)
    received: dict[int, float] = {}
    texts = {d.id: document_text(project, d.id) for d in list_documents(project)}
    mine: dict[str, str] = {}  # my live annotations -> the note I last wrote successfully
    deleted: set[str] = set()
    verdicts: list[tuple[str, str]] = []  # (review id, annotation id) I wrote
    tag_ms: list[float] = []
    counts = {"tag": 0, "edit": 0, "verdict": 0, "comment": 0, "delete": 0, "refused": 0, "failed": 0}
    ready.wait()  # every analyst connected and listening before anyone writes (however loaded the machine)
    deadline = time.time() + seconds

    def listen_until(end: float) -> None:
        """Think (or wait) until ``end``, noting each colleague's change the moment it arrives."""
        while (left := end - time.time()) > 0:
            for entry in feed.wait(left):
                received.setdefault(entry.seq, time.time())

    while time.time() < deadline:
        listen_until(time.time() + rng.uniform(*THINK_S))
        action = rng.random()
        try:
            if action < 0.45 or not mine:
                doc_id = rng.choice(list(texts))
                words = texts[doc_id].split(" ")
                first = rng.randrange(0, max(1, len(words) - 5))
                phrase = " ".join(words[first:first + rng.randint(*WORDS_PER_TAG)]).strip()
                start = texts[doc_id].find(phrase)
                if not phrase or start < 0:
                    continue
                began = time.perf_counter()
                ann = create_annotation(project, document_id=doc_id, start=start, end=start + len(phrase),
                                        kind=rng.choice(("entity", "figure", "claim")), author_id=author_id).value
                tag_ms.append((time.perf_counter() - began) * 1000.0)
                mine[ann] = ""
                counts["tag"] += 1
            elif action < 0.75:
                ann = rng.choice(list(mine))
                view = get_annotation(project, ann)
                if view is None:
                    mine.pop(ann)
                    continue
                note = f"note {index}-{counts['edit']}"
                with project.expecting({("annotations", ann): view.version}):
                    edit_annotation(project, ann, author_id, note=note)
                mine[ann] = note
                counts["edit"] += 1
            elif action < 0.9 and role in ("reviewer", "owner"):
                others = [v for v in list_annotations(project) if v.author_id != author_id]
                if not others:
                    continue
                target = rng.choice(others)
                if rng.random() < 0.6:
                    verdicts.append((set_verdict(project, target.id, author_id,
                                                 rng.choice(("accepted", "rejected", "disputed"))).value, target.id))
                    counts["verdict"] += 1
                else:
                    verdicts.append((add_comment(project, target.id, author_id, f"check {index}").value, target.id))
                    counts["comment"] += 1
            elif action >= 0.95:
                ann = rng.choice(list(mine))
                delete_annotation(project, ann, author_id)
                mine.pop(ann)
                deleted.add(ann)
                counts["delete"] += 1
        except (ChangedMeanwhile, ConflictingWrite):
            counts["refused"] += 1
        except (StorageError, ValueError):
            counts["failed"] += 1
    with writing.get_lock():
        writing.value -= 1
    # Until every colleague's last write is in (however slow under load), and 2 s more for its notification.
    give_up = time.time() + 60.0
    while writing.value > 0 and time.time() < give_up:
        listen_until(time.time() + 0.1)
    listen_until(time.time() + 2.0)
    feed.close()
    project.close()
    Path(out).write_text(json.dumps({
        "index": index, "role": role, "author_id": author_id, "committed": committed, "received": received,
        "mine": mine, "deleted": sorted(deleted), "verdicts": verdicts, "tag_ms": tag_ms, "counts": counts,
    }), encoding="utf-8")


# --- the run -----------------------------------------------------------------------------------------------

def start_cluster(folder: Path) -> tuple[str | None, str]:
    """(admin URL of the database `newsroom`, why not) from scripts/team-server.sh."""
    if not (shutil.which("initdb") or list(Path("/usr/lib/postgresql").glob("*/bin/initdb"))):
        return None, "PostgreSQL server not installed"
    done = subprocess.run([str(ROOT / "scripts" / "team-server.sh"), str(folder)], capture_output=True, text=True)
    if done.returncode != 0:
        return None, f"the local cluster did not start ({done.stderr.strip().splitlines()[-1:]})"
    url = next((line.strip() for line in done.stdout.splitlines() if line.strip().startswith("postgresql://")), "")
    return (url or None), "" if url else "no URL from team-server.sh"


def fresh_database(server_url: str) -> str:
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"bench_team_{uuid.uuid4().hex[:8]}"
    url = make_url(server_url).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, logins: list[str]) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    from desktop.storage import team_roles

    parsed = make_url(url)
    admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)')
        team_roles.drop(conn, team_roles.role_names(parsed.database or ""), logins)
    admin.dispose()


def run(server_url: str, seconds: float, analysts: int) -> dict[str, object]:
    from desktop.services.seeding import seed_project
    from desktop.services.team import add_user, init_team
    from desktop.storage.project import open_project

    url = fresh_database(server_url)
    logins: list[str] = []
    try:
        init_team(url)
        admin = open_project(url)
        seed_project(admin)
        admin.close()
        people = []
        for index in range(analysts):
            role = ROLES[index % len(ROLES)]
            login = f"analyst{index}_{url.rsplit('_', 1)[-1]}"
            added = add_user(url, login, role, f"bench-{index}-secret")
            logins.append(login)
            people.append((index, role, added.url, added.author_id))
        out = Path(tempfile.mkdtemp(prefix="evidence-desk-bench-team-"))
        context = multiprocessing.get_context("spawn")
        ready = context.Barrier(len(people), timeout=120)  # every process connected and listening first
        writing = context.Value("i", len(people))  # analysts still writing
        procs = [context.Process(target=analyst,
                                 args=(i, role, u, a, seconds, ready, writing, str(out / f"{i}.json")))
                 for i, role, u, a in people]
        for proc in procs:
            proc.start()
        for proc in procs:
            proc.join(seconds + 120)
        results = [json.loads((out / f"{i}.json").read_text(encoding="utf-8")) for i, *_ in people
                   if (out / f"{i}.json").exists()]
        shutil.rmtree(out, ignore_errors=True)
        lost = count_lost(url, results)
        delays = [(got - at) * 1000.0
                  for writer in results for seq, at in writer["committed"].items()
                  for reader in results if reader is not writer and seq in reader["received"]
                  for got in [reader["received"][seq]]]
        expected_pairs = sum(len(w["committed"]) for w in results) * (len(results) - 1)
        tag_ms = [ms for r in results for ms in r["tag_ms"]]
        counts = {key: sum(r["counts"][key] for r in results) for key in results[0]["counts"]} if results else {}
        return {
            "analysts": len(results), "seconds": seconds, "writes": sum(len(r["committed"]) for r in results),
            "counts": counts, "writes_lost": lost, "notifications": len(delays),
            "notifications_missing": expected_pairs - len(delays),
            "p95_notify_ms": p95(delays), "median_notify_ms": statistics.median(delays) if delays else float("nan"),
            "p95_tag_ms": p95(tag_ms), "median_tag_ms": statistics.median(tag_ms) if tag_ms else float("nan"),
        }
    finally:
        drop_database(url, logins)


def count_lost(url: str, results: list[dict]) -> int:  # type: ignore[type-arg]
    """Writes reported as done and not in the database: a live annotation missing or not carrying the note
    last written to it, a deleted one still there, a review missing (unless its annotation was deleted by
    its author since: reviews go with their annotation)."""
    from sqlalchemy import text

    from desktop.storage.project import open_project

    project = open_project(url)
    try:
        with project.read() as s:
            notes = dict(s.execute(text("SELECT id, note FROM annotations")).all())
            reviews = set(s.scalars(text("SELECT id FROM reviews")))
    finally:
        project.close()
    lost = 0
    gone = {ann for r in results for ann in r["deleted"]}
    for r in results:
        lost += sum(1 for ann, note in r["mine"].items() if ann not in notes or notes[ann] != note)
        lost += sum(1 for ann in r["deleted"] if ann in notes)
        lost += sum(1 for review, ann in r["verdicts"] if review not in reviews and ann not in gone)
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--analysts", type=int, default=8)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    server = os.environ.get("EVIDENCE_DESK_PG_URL")
    cluster: Path | None = None
    if not server:
        cluster = Path(tempfile.mkdtemp(prefix="evidence-desk-team-bench-"))
        server, why = start_cluster(cluster)
        if server is None:
            print(f"bench/team.py: skipped: {why} (the team benchmark needs a local PostgreSQL)")
            shutil.rmtree(cluster, ignore_errors=True)
            return 0
    try:
        figures = run(server, args.seconds, args.analysts)
    finally:
        if cluster is not None:
            subprocess.run([str(ROOT / "scripts" / "team-server.sh"), str(cluster), "stop"], capture_output=True)
            shutil.rmtree(cluster, ignore_errors=True)
    if args.json:
        print(json.dumps(figures, indent=2))
    ok = (figures["writes_lost"] == 0 and figures["p95_notify_ms"] <= TARGET_NOTIFY_MS
          and figures["p95_tag_ms"] <= TARGET_TAG_MS and figures["notifications_missing"] == 0)
    counts = figures["counts"]
    print(f"team: {figures['analysts']} analysts for {figures['seconds']:.0f} s: {figures['writes']} writes "
          f"({', '.join(f'{v} {k}' for k, v in counts.items())})")  # type: ignore[union-attr]
    print(f"  writes lost ................................ {figures['writes_lost']} (target 0)")
    print(f"  notifications missing ...................... {figures['notifications_missing']} (target 0)")
    print(f"  p95 commit -> colleague's notification ..... {figures['p95_notify_ms']:.0f} ms "
          f"(median {figures['median_notify_ms']:.0f} ms; target <= {TARGET_NOTIFY_MS:.0f} ms)")
    print(f"  p95 tag latency ............................ {figures['p95_tag_ms']:.1f} ms "
          f"(median {figures['median_tag_ms']:.1f} ms; target <= {TARGET_TAG_MS:.0f} ms)")
    print("team: all targets met" if ok else "team: TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
