"""Physical floors for the desk benchmark: the least any implementation has to do, run as a process of its own.

    python bench/desk_floor.py start PROJECT                    start Python, import the command line, open the project
    python bench/desk_floor.py import EMPTY FULL W3C            + load the JSON, executemany the same rows (one transaction)
    python bench/desk_floor.py read PROJECT OUTPUT KIND         + read the rows the action reads, write OUTPUT's bytes

Prints the seconds it took (wall, from the interpreter's start to the end).
"""

from __future__ import annotations

import time

START = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sqlite3  # noqa: E402
import sys  # noqa: E402

import desktop.cli._common  # noqa: E402, F401  (what every command imports)
from desktop.storage.project import open_project  # noqa: E402

READS = {
    "annotations": "SELECT a.*, d.title, au.key, au.name, e.key, e.name, m.key, m.label, p.key, p.label "
                   "FROM annotations a JOIN documents d ON d.id = a.document_id JOIN authors au ON au.id = a.author_id "
                   "LEFT JOIN entities e ON e.id = a.entity_id LEFT JOIN measures m ON m.id = a.measure_id "
                   "LEFT JOIN propositions p ON p.id = a.proposition_id ORDER BY a.document_id, a.start",
    "compare": "SELECT a.id, a.document_id, a.quote, a.value, a.value_max, a.unit, a.bound, a.status, m.key "
               "FROM annotations a JOIN measures m ON m.id = a.measure_id WHERE a.kind IN ('figure', 'claim') "
               "UNION ALL SELECT a.id, a.document_id, a.quote, a.stance, NULL, NULL, NULL, a.status, p.key "
               "FROM annotations a JOIN propositions p ON p.id = a.proposition_id",
    "dossier": "SELECT id, text FROM documents",
}


def main() -> None:
    kind = sys.argv[1]
    project = open_project(sys.argv[2])
    if kind == "import":
        empty, full, w3c = sys.argv[2], sys.argv[3], sys.argv[4]
        project.close()
        with open(w3c, "rb") as fh:
            json.load(fh)
        source = sqlite3.connect(full)
        cursor = source.execute("SELECT * FROM annotations")
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
        target = sqlite3.connect(empty)
        with target:
            target.executemany(f"INSERT INTO annotations ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                               rows)
    elif kind == "read":
        output, what = sys.argv[3], sys.argv[4]
        connection = sqlite3.connect(sys.argv[2])
        connection.execute(READS["annotations" if what != "compare" else "compare"]).fetchall()
        if what == "dossier":
            connection.execute(READS["dossier"]).fetchall()
        with open(output, "rb") as src, open(os.devnull, "wb") as sink:
            while chunk := src.read(1 << 20):
                sink.write(chunk)
    print(json.dumps({"seconds": time.perf_counter() - START}))


if __name__ == "__main__":
    main()
