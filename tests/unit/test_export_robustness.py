"""Exports that must not break on odd input or a failing output: unsafe measure keys (dossier charts, W3C
import), a broken standard output (no exchange recorded), a .qdpx that does not depend on the machine's
active profile, and one behaviour for the atomic writers (permissions, error type, nothing left behind)."""

from __future__ import annotations

import io
import json
import os
import re
import stat
import xml.etree.ElementTree as ET
import zipfile

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.dossier.files import write_dossier
from desktop.dossier.markdown_render import chart_file_name
from desktop.dossier.model import FigureSection
from desktop.interchange.project_exports import EXPORTING_USER, qdpx_bytes
from desktop.interchange.refi_qda import NS, guid_for
from desktop.interchange.w3c_import import parse_w3c, safe_key
from desktop.interchange.w3c_io import export_w3c_text, import_w3c_text, write_w3c
from desktop.services import files as file_writer
from desktop.services.annotations import create_annotation
from desktop.services.authors import ensure_author
from desktop.services.documents import document_text, list_documents
from desktop.services.files import WriteError
from desktop.services.profiles import save_profile
from desktop.services.read_models import vocabulary_entries
from desktop.services.seeding import seed_project
from desktop.storage.models import Annotation, Measure
from desktop.storage.project import open_project

CREATED = "2026-11-21T12:00:00.000000Z"
EVIL = "../../evil/x"
SAFE = "^[A-Za-z0-9:._-]+$"


def run(project, *args):
    return main(["--project", project.location, *map(str, args)])


def figures(project, author_id, measure="Meta's investment in Scale AI"):
    """Two figures of one measure in two seed articles, so the dossier draws a chart for it."""
    docs = [d.id for d in list_documents(project)]
    made = []
    for doc, quote, value in ((docs[0], "circa 14 miliardi di dollari", "14000000000"),
                              (docs[2], "10 miliardi", "10000000000")):
        start = document_text(project, doc).index(quote)
        made.append(create_annotation(project, document_id=doc, start=start, end=start + len(quote), kind="figure",
                                      author_id=author_id, value=value, unit="USD", bound="exact",
                                      measure_label=measure).value)
    with project.transaction() as s:  # accepted, so the default dossier includes them
        for ident in made:
            s.get(Annotation, ident).status = "accepted"
    return made


def rename_measure(project, key):
    """A key as an import before the fix could have stored it."""
    with project.transaction() as s:
        s.scalar(select(Measure)).key = key


def exchanged(project):
    with project.read() as s:
        return list(s.scalars(select(Annotation.exchanged_modified)))


# --- item 5: unsafe measure keys -----------------------------------------------------------------------------


def test_a_measure_key_with_slashes_gives_a_chart_inside_the_folder(seeded_project, author_id, tmp_path, capsys):
    figures(seeded_project, author_id)
    rename_measure(seeded_project, EVIL)
    out = tmp_path / "out"
    out.mkdir()
    assert run(seeded_project, "dossier", "--out", out / "brief.md") == 0
    assert "1 chart file beside it" in capsys.readouterr().err
    charts = sorted(p.name for p in out.glob("*.svg"))
    assert len(charts) == 1 and charts[0].startswith("brief-evil-x-")
    assert f"]({charts[0]})" in (out / "brief.md").read_text(encoding="utf-8")
    assert not (tmp_path / "evil").exists() and not list(tmp_path.glob("*.svg"))


def test_chart_names_are_slugs_and_keys_that_slug_alike_stay_apart():
    def name(key):
        return chart_file_name(FigureSection(measure_key=key, label="L", unit="", disagree=False, summary="",
                                             values=(), anchor="a"), "brief")

    assert name("metas-investment-in-scale-ai") == "brief-metas-investment-in-scale-ai.svg"  # ours: unchanged
    assert name("a/b") != name("a b") and name("a/b").startswith("brief-a-b-")
    assert "/" not in name(EVIL) and ".." not in name(EVIL)


def test_a_failed_markdown_export_is_one_line_and_leaves_no_file(seeded_project, author_id, tmp_path, monkeypatch,
                                                                 capsys):
    figures(seeded_project, author_id)
    real_fsync = os.fsync
    synced = []

    def fsync_full_on_the_markdown(fd):  # the chart is staged, then the disk is full for the .md
        synced.append(fd)
        if len(synced) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(file_writer.os, "fsync", fsync_full_on_the_markdown)
    assert run(seeded_project, "dossier", "--out", tmp_path / "brief.md") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("evidence-desk: the dossier was not written")
    assert "No space left on device" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".svg", ".part")) == []


def test_an_unexpected_os_error_in_the_dossier_command_is_one_line(seeded_project, tmp_path, monkeypatch, capsys):
    import desktop.dossier.build as build

    def unreadable(*args, **kwargs):
        raise PermissionError(13, "Permission denied", "resources/dossier.css")

    monkeypatch.setattr(build, "build_dossier", unreadable)
    assert run(seeded_project, "dossier", "--out", tmp_path / "d.html") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Permission denied" in err
    assert not (tmp_path / "d.html").exists()


def measure_item(project, key, label=None):
    doc = list_documents(project)[0]
    text = document_text(project, doc.id)
    quote = "circa 14 miliardi di dollari"
    start = text.index(quote)
    body = {"type": "ed:Quantity", "purpose": "classifying", "ed:value": "14000000000", "ed:unit": "USD",
            "ed:bound": "about", "ed:measure": f"urn:evidence-desk:measure:{key}"}
    if label is not None:
        body["ed:measureLabel"] = label
    return {"id": "urn:uuid:3b0f7a8e-9d61-4c55-a3c1-7d2a9e4b6f10", "type": "Annotation",
            "creator": {"id": "urn:evidence-desk:annotator:luca", "name": "Luca"},
            "created": CREATED, "modified": CREATED,
            "body": [{"type": "TextualBody", "purpose": "tagging", "value": "figure"}, body],
            "target": {"source": f"urn:sha256:{doc.sha256}",
                       "selector": [{"type": "TextPositionSelector", "start": start, "end": start + len(quote)},
                                    {"type": "TextQuoteSelector", "exact": quote}]}}


def collection(*items):
    return json.dumps({"type": "AnnotationCollection", "total": len(items),
                       "first": {"type": "AnnotationPage", "items": list(items)}})


def test_an_unsafe_imported_key_is_slugified_and_keeps_its_label(seeded_project):
    import_w3c_text(seeded_project, collection(measure_item(seeded_project, EVIL, "Evil measure")))
    import_w3c_text(seeded_project, collection(measure_item(seeded_project, EVIL, "Evil measure")))  # again
    with seeded_project.read() as s:
        measures = [(m.key, m.label) for m in s.scalars(select(Measure))]
    assert len(measures) == 1  # the same file gives the same key: the second import finds it
    key, label = measures[0]
    assert key.startswith("evil-x-") and label == "Evil measure"
    assert key == safe_key(EVIL)


def test_an_unsafe_key_without_a_label_becomes_the_label():
    parsed = parse_w3c(collection({
        "type": "Annotation", "body": [{"type": "TextualBody", "purpose": "tagging", "value": "entity"},
                                       {"type": "SpecificResource", "source": "urn:evidence-desk:entity:org:Acme/Inc"}],
        "target": {"source": "https://example.com/a", "selector": {"type": "TextQuoteSelector", "exact": "Acme"}},
    }))
    entity = parsed.annotations[0].entity
    assert entity.key.startswith("org:acme-inc-")  # the type prefix survives
    assert entity.label == "org:Acme/Inc"


@pytest.mark.parametrize("key", ["metas-investment-in-scale-ai", "org:scale-ai", "person:sarah-friar-2",
                                 "Q42", "v1.2_draft"])
def test_safe_keys_are_kept_as_they_are(key):
    assert safe_key(key) == key


@pytest.mark.parametrize("key", [EVIL, "a b", "..", "ünïcode", "x" * 150 + "/" + ":/" * 40])
def test_unsafe_keys_become_safe_and_short_enough(key):
    made = safe_key(key)
    assert made != key and made.strip(".:") and len(made) <= 200
    assert re.fullmatch(SAFE, made)


def test_our_own_keys_come_back_unchanged_from_a_round_trip(seeded_project, author_id, tmp_path):
    figures(seeded_project, author_id, measure="Meta's 49% stake / Scale AI (v2)")
    docs = [d.id for d in list_documents(seeded_project)]
    start = document_text(seeded_project, docs[0]).index("Scale AI")
    create_annotation(seeded_project, document_id=docs[0], start=start, end=start + 8, kind="entity",
                      author_id=author_id, entity_name="Scale AI / Meta")
    other = open_project(tmp_path / "other.evidence")
    seed_project(other)
    import_w3c_text(other, export_w3c_text(seeded_project))
    ours = vocabulary_entries(seeded_project)
    assert [e.key for group in vocabulary_entries(other) for e in group] == [e.key for g in ours for e in g]
    assert export_w3c_text(other) == export_w3c_text(seeded_project)
    other.close()


# --- item 8: the exchange is recorded only once the output is out --------------------------------------------


class BrokenStdout:
    """A standard output whose reader went away."""

    def __init__(self):
        self.buffer = self

    def write(self, data):
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_pipe_records_no_exchange_and_fails(seeded_project, author_id, monkeypatch, capsys):
    figures(seeded_project, author_id)
    monkeypatch.setattr("sys.stdout", BrokenStdout())
    assert run(seeded_project, "annotations", "export", "--format", "w3c", "--out", "-") != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Broken pipe" in err and "exchange was not recorded" in err
    assert exchanged(seeded_project) == [None, None]


def test_a_flush_that_fails_records_no_exchange(seeded_project, author_id):
    figures(seeded_project, author_id)

    class FullDisk(io.BytesIO):
        def flush(self):
            raise OSError(28, "No space left on device")

    with pytest.raises(OSError, match="No space"):
        write_w3c(seeded_project, FullDisk(), mark_exchanged=True)
    assert exchanged(seeded_project) == [None, None]


def test_standard_output_that_takes_it_records_the_exchange(seeded_project, author_id, capsys):
    figures(seeded_project, author_id)
    assert run(seeded_project, "annotations", "export", "--format", "w3c", "--out", "-") == 0
    assert json.loads(capsys.readouterr().out)["total"] == 2
    assert None not in exchanged(seeded_project)


def test_a_broken_pipe_on_csv_output_is_an_error_too(seeded_project, author_id, monkeypatch, capsys):
    figures(seeded_project, author_id)
    monkeypatch.setattr("sys.stdout", BrokenStdout())
    assert run(seeded_project, "annotations", "export", "--format", "csv", "--out", "-") != 0
    assert "standard output failed" in capsys.readouterr().err


# --- item 11: the .qdpx depends on its arguments, not on the machine's profile -------------------------------


def creator(data: bytes) -> str | None:
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("project.qde"))
    assert root.tag == f"{{{NS}}}Project"
    return root.get("creatingUserGUID")


def test_the_same_creating_user_gives_the_same_bytes_whatever_profile_is_active(seeded_project, author_id):
    figures(seeded_project, author_id)
    ensure_author(seeded_project, "marco-1", "Marco")
    save_profile("Giulia", key="giulia-test")
    as_giulia_profile = qdpx_bytes(seeded_project, creating_user="marco-1", created=CREATED)[0]
    save_profile("Marco", key="marco-1")
    as_marco_profile = qdpx_bytes(seeded_project, creating_user="marco-1", created=CREATED)[0]
    save_profile("Someone else")
    assert qdpx_bytes(seeded_project, creating_user="marco-1", created=CREATED)[0] == as_giulia_profile
    assert as_marco_profile == as_giulia_profile
    assert creator(as_giulia_profile) == guid_for("urn:evidence-desk:annotator:marco-1")


def test_without_a_known_creating_user_the_first_author_or_evidence_desk_is_named(seeded_project, author_id,
                                                                                 tmp_path):
    ensure_author(seeded_project, "aaron-0", "Aaron")
    first = guid_for("urn:evidence-desk:annotator:aaron-0")  # sorted by key, before giulia-test
    assert creator(qdpx_bytes(seeded_project, created=CREATED)[0]) == first
    assert creator(qdpx_bytes(seeded_project, creating_user="nobody", created=CREATED)[0]) == first
    empty = open_project(tmp_path / "empty.evidence")
    data = qdpx_bytes(empty, created=CREATED)[0]
    root = ET.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("project.qde"))
    users = [u.get("name") for u in root.iter(f"{{{NS}}}User")]
    assert users == ["Evidence Desk"]
    assert creator(data) == guid_for(f"urn:evidence-desk:annotator:{EXPORTING_USER.key}")
    empty.close()


def test_the_command_line_exports_as_the_active_profile(seeded_project, author_id, tmp_path):
    ensure_author(seeded_project, "marco-1", "Marco")
    for key in ("giulia-test", "marco-1"):
        save_profile(key, key=key)
        out = tmp_path / f"{key}.qdpx"
        assert run(seeded_project, "export", "qdpx", "--out", out) == 0
        assert creator(out.read_bytes()) == guid_for(f"urn:evidence-desk:annotator:{key}")


# --- item 18: the two atomic writers behave alike ------------------------------------------------------------


WRITERS = [(file_writer.write_atomically, file_writer, WriteError)]  # the one atomic writer


@pytest.mark.parametrize("write, module, error", WRITERS)
def test_writers_keep_an_existing_mode_and_give_a_new_file_the_umask_mode(write, module, error, tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("old", encoding="utf-8")
    kept.chmod(0o600)
    write(kept, b"new")
    assert kept.read_bytes() == b"new" and stat.S_IMODE(kept.stat().st_mode) == 0o600
    previous = os.umask(0o027)
    try:
        write(tmp_path / "new.txt", b"x")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


@pytest.mark.parametrize("write, module, error", WRITERS)
def test_writers_raise_one_os_error_type_and_leave_nothing(write, module, error, tmp_path, monkeypatch):
    assert issubclass(error, OSError)
    with pytest.raises(error, match="the folder .* does not exist"):
        write(tmp_path / "missing" / "x.txt", b"x")
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "keep.txt"
    target.write_text("previous", encoding="utf-8")

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(module.os, "fsync", full)
    with pytest.raises(error, match=r"cannot write .*keep\.txt: No space left on device"):
        write(target, b"new")
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in folder.iterdir()) == ["keep.txt"]


def test_a_markdown_dossier_and_its_charts_are_written_together(seeded_project, author_id, tmp_path, monkeypatch):
    from desktop.dossier.build import build_dossier
    from desktop.dossier.model import DossierOptions

    figures(seeded_project, author_id)
    dossier = build_dossier(seeded_project, DossierOptions())
    replaced = []
    real_replace = os.replace

    def replace_but_fail_on_the_markdown(src, dst):
        if str(dst).endswith(".md"):
            raise PermissionError(13, "Permission denied")
        replaced.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(file_writer.os, "replace", replace_but_fail_on_the_markdown)
    with pytest.raises(WriteError, match="brief.md: Permission denied"):
        write_dossier(dossier, tmp_path / "brief.md", "md")
    assert replaced  # the chart was renamed in place before the .md failed ...
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".md", ".svg", ".part")) == []  # ... and removed


@pytest.mark.parametrize("make, says", [
    (lambda p: os.mkfifo(p), "not a regular file"),
    (lambda p: p.mkdir(), "is a folder"),
])
def test_writers_refuse_a_pipe_or_a_folder_and_leave_it_in_place(make, says, tmp_path):
    """Renaming over a named pipe (or, for root, /dev/null) would put a plain file in its place."""
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.md"
    make(target)
    kind = stat.S_IFMT(target.stat().st_mode)
    with pytest.raises(WriteError, match=says):
        file_writer.write_atomically(target, b"x")
    with pytest.raises(WriteError, match=says), file_writer.atomic_stream(target) as fh:
        fh.write(b"x")
    assert stat.S_IFMT(target.stat().st_mode) == kind
    assert sorted(p.name for p in folder.iterdir()) == ["out.md"]


def test_the_dossier_command_does_not_replace_a_named_pipe(seeded_project, tmp_path, capsys):
    fifo = tmp_path / "dossier.md"
    os.mkfifo(fifo)
    assert run(seeded_project, "dossier", "--out", fifo) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a regular file" in err
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_writers_write_through_a_symbolic_link_and_keep_it(tmp_path):
    """Renaming over the link replaced it with a plain file, and the file it points to kept its old content."""
    shared = tmp_path / "shared"
    shared.mkdir()
    real = shared / "dossier.md"
    real.write_text("old", encoding="utf-8")
    folder = tmp_path / "mine"
    folder.mkdir()
    link = folder / "dossier.md"
    link.symlink_to(real)
    file_writer.write_atomically(link, b"new")
    assert link.is_symlink() and real.read_bytes() == b"new"
    with file_writer.atomic_stream(link) as fh:
        fh.write(b"newer")
    assert link.is_symlink() and real.read_bytes() == b"newer"
    assert sorted(p.name for p in folder.iterdir()) == ["dossier.md"]
    assert sorted(p.name for p in shared.iterdir()) == ["dossier.md"]
