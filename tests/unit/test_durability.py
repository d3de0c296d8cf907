"""No Save button: what was shown as done survives a kill -9 of the process."""

import os
import signal
import subprocess
import sys
import textwrap

from desktop.services.queries import list_annotations
from desktop.storage.project import open_project


def test_an_annotation_survives_kill_9_right_after_it_was_made(tmp_path):
    path = tmp_path / "killed.evidence"
    script = textwrap.dedent(f"""
        import os, signal, sys
        from desktop.services.annotations import create_annotation, update_annotation
        from desktop.services.authors import ensure_author
        from desktop.services.seeding import seed_project
        from desktop.storage.project import open_project

        project = open_project({str(path)!r})
        seed_project(project)
        author = ensure_author(project, "giulia-k", "Giulia").value
        with project.read() as s:
            from desktop.storage.models import Document
            doc = s.query(Document).filter(Document.source_name.like("000%")).one()
            start = doc.text.index("circa 14 miliardi di dollari")
        ann = create_annotation(project, document_id=doc.id, start=start, end=start + 28, kind="figure",
                                author_id=author).value
        update_annotation(project, ann, measure_label="Meta's investment in Scale AI")
        print(ann, flush=True)   # shown as done
        os.kill(os.getpid(), signal.SIGKILL)  # no close, no checkpoint, no clean exit
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          env=dict(os.environ))
    assert done.returncode == -signal.SIGKILL, done.stderr
    annotation_id = done.stdout.strip()
    assert (tmp_path / "killed.evidence-wal").exists()  # the WAL was never checkpointed

    project = open_project(path)
    [view] = list_annotations(project)
    assert (view.id, view.quote, view.measure_label) == (
        annotation_id, "circa 14 miliardi di dollari", "Meta's investment in Scale AI")
    project.close()
