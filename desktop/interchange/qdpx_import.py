"""Importing a REFI-QDA project (.qdpx): its text sources become documents, its codings annotations,
through the same merge as a colleague's file (``services.exchange.apply_import``: one transaction).

The code tree maps to what Evidence Desk records through a :class:`CodeMapping` the analyst confirms (the
window shows it before importing; the command line takes the default, ``--as`` choosing the kind of codes
that name none). The default, :func:`default_mapping`:

- the codes Evidence Desk exports (their description holds the URN of an entity, measure or proposition)
  come back as exactly that entity, measure or proposition;
- a code under a top-level code named Entity / Entities, Figure / Figures or Claim / Claims (any case, any
  of the three languages of the seed corpus' neighbours: Entità, Cifre, Affermazioni…) is an entity of
  that name, a measure (figure) or a proposition (claim); the kind codes themselves code an annotation of
  their kind with nothing more;
- any other code is a proposition of its name, coded as a claim (``as_kind`` changes the kind: an
  entity or a measure of the code's name), its parents kept in the label only when two codes share a name.

A selection becomes one annotation per code it is coded with, on exactly its text; its memo (the
selection's Description, which QualCoder and MAXQDA write) and the notes its NoteRefs name become the note;
the coder becomes the author (by the file's user id, else by name); QualCoder's notes on a span without a
code arrive as annotations of the default kind holding the note. What cannot be kept is listed in the
report (other source types, journal entries).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.slugs import slugify
from desktop.domain.text_matching import fold
from desktop.interchange.qdpx_read import QdpxCode, QdpxError, QdpxProject, QdpxSelection, read_qdpx
from desktop.interchange.refi_qda import DESCRIPTION_MARK, KIND_URN, guid_for
from desktop.interchange.w3c_vocab import ENTITY_URN, MEASURE_URN, PROPOSITION_URN
from desktop.services.exchange import apply_import
from desktop.services.incoming import IncomingAnnotation, IncomingDocument, Skipped, SkipReason, VocabRef

if TYPE_CHECKING:
    from desktop.services.changes import Outcome
    from desktop.services.merge_report import MergeReport
    from desktop.services.progress import Progress
    from desktop.storage.project import Project

KINDS = ("entity", "figure", "claim")
SKIP = "skip"
_KIND_WORDS = {
    "entity": {"entity", "entities", "entita", "entite", "entites", "entidade", "entidades", "entidad"},
    "figure": {"figure", "figures", "cifra", "cifre", "numero", "numeri", "numbers", "chiffres", "numeros"},
    "claim": {"claim", "claims", "affermazione", "affermazioni", "affirmation", "affirmations", "afirmacao",
              "afirmacoes", "afirmacion", "afirmaciones"},
}
_URNS = {ENTITY_URN: "entity", MEASURE_URN: "figure", PROPOSITION_URN: "claim"}
_STATUS = re.compile(r"(?:^|; )status (proposed|accepted|rejected|disputed)(?:;|$)")
_STANCE = re.compile(r"(?:^|; )(asserts|denies): ")
_TYPE = re.compile(r"\((organization|person|place|product|event|other)(\?)?\)")


@dataclass(frozen=True)
class CodeTarget:
    """What coding with one code records: an annotation of ``kind`` (or nothing, ``skip``), linked to the
    entity, measure or proposition ``label`` (none for a kind code), under ``key`` when the file names one."""

    kind: str
    label: str = ""
    key: str | None = None

    @property
    def skipped(self) -> bool:
        return self.kind == SKIP


@dataclass
class CodeMapping:
    """Code guid -> target; ``default_kind`` for notes on a span without a code."""

    targets: dict[str, CodeTarget] = field(default_factory=dict)
    default_kind: str = "claim"

    def with_kind(self, code_guid: str, kind: str) -> CodeMapping:
        """The analyst's change of one code's kind (its label stays)."""
        target = self.targets[code_guid]
        targets = dict(self.targets)
        targets[code_guid] = replace(target, kind=kind, key=target.key if kind == target.kind else None)
        return CodeMapping(targets, self.default_kind)


def read_file(path: str | Path) -> QdpxProject:
    """The project in a .qdpx file; QdpxError (a message for the user) if it cannot be read."""
    path = Path(path).expanduser()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise QdpxError(f"it cannot be read ({exc.strerror or exc})") from exc
    return read_qdpx(data)


def default_mapping(project: QdpxProject, as_kind: str | None = None) -> CodeMapping:
    """The mapping proposed before the analyst looks (see the module docstring)."""
    if as_kind is not None and as_kind not in KINDS:
        raise QdpxError(f"--as must be one of {', '.join(KINDS)}, not {as_kind!r}")
    other_kind = as_kind or "claim"
    names: dict[str, int] = {}
    for code in project.codes.values():
        names[fold(code.name)] = names.get(fold(code.name), 0) + 1
    targets: dict[str, CodeTarget] = {}
    for guid, code in project.codes.items():
        targets[guid] = _target(guid, code, project, other_kind, names[fold(code.name)] > 1)
    return CodeMapping(targets, other_kind)


def _kind_word(name: str) -> str | None:
    word = fold(name).strip()
    return next((kind for kind, words in _KIND_WORDS.items() if word in words), None)


def _target(guid: str, code: QdpxCode, project: QdpxProject, other_kind: str, shared_name: bool) -> CodeTarget:
    ours = _our_urn(code.description)
    if ours is not None:
        kind, key = ours
        return CodeTarget(kind, code.name, key)
    if any(guid == guid_for(f"{KIND_URN}{kind}") for kind in KINDS):
        return CodeTarget(next(k for k in KINDS if guid == guid_for(f"{KIND_URN}{k}")))
    if len(code.path) == 1 and _kind_word(code.name):
        return CodeTarget(_kind_word(code.name) or other_kind)
    top = _kind_word(code.path[0]) if len(code.path) > 1 else None
    label = " › ".join(code.path[1:] if top else code.path) if shared_name else code.name
    return CodeTarget(top or other_kind, label)


def _our_urn(description: str) -> tuple[str, str] | None:
    """(kind, key) from an Evidence Desk code's description ("urn:evidence-desk:entity:org:meta (organization)")."""
    first = description.strip().split(" ", 1)[0]
    for prefix, kind in _URNS.items():
        if first.startswith(prefix) and len(first) > len(prefix):
            return kind, first.removeprefix(prefix)
    return None


@dataclass(frozen=True)
class QdpxPlan:
    """What an import will write: the documents, the annotations, what is left out."""

    documents: list[IncomingDocument]
    annotations: list[IncomingAnnotation]
    skipped: list[Skipped]
    notes: list[str]


def plan_import(project: QdpxProject, mapping: CodeMapping, origin: str = "") -> QdpxPlan:
    """The values ``apply_import`` writes (pure: nothing is read from or written to a database)."""
    documents = [IncomingDocument(text=s.text, title=s.name, source_name=origin or project.name)
                 for s in project.sources]
    annotations: list[IncomingAnnotation] = []
    skipped = list(project.skipped)
    notes: list[str] = []
    for source in project.sources:
        sha = _sha256(source.text)
        if source.had_bom:
            notes.append(f"{source.name}: the byte order mark at the start of its text was dropped")
        if source.reading != "code points" and source.selections:
            notes.append(f"{source.name}: positions read as {source.reading}, as the file's coded texts show")
        for selection in source.selections:
            codes = selection.codes or ()
            if not codes:
                continue
            for code_guid in codes:
                target = mapping.targets.get(code_guid)
                ref = f"{source.name} {selection.start}–{selection.end}"
                if target is None:
                    skipped.append(Skipped(ref, SkipReason.UNKNOWN_CODE, "its code is not in the file's code book"))
                    continue
                if target.skipped:
                    skipped.append(Skipped(ref, SkipReason.CODE_NOT_IMPORTED,
                                           f"its code “{project.codes[code_guid].name}” is not imported"))
                    continue
                annotations.append(_annotation(project, source.text, sha, selection, code_guid, target,
                                               len(codes) > 1))
    for note in project.span_notes:
        source = next(s for s in project.sources if s.guid == note.source)
        if not 0 <= note.start < note.end <= len(source.text):
            skipped.append(Skipped(f"note “{note.text[:30]}”", SkipReason.OUTSIDE_TEXT, "its position is outside the text"))
            continue
        user = project.users.get(note.user)
        key, name = _author(user.name if user else "", user.id if user else "", note.user)
        annotations.append(IncomingAnnotation(
            ref=f"note {note.guid}", id=_uuid(note.guid), kind=mapping.default_kind, creator_key=key,
            creator_name=name, created=_time(note.created, project), modified=_time(note.created, project),
            sha256=sha256_of(source.text), start=note.start, end=note.end, exact=source.text[note.start:note.end],
            note=note.text.strip(), stance="asserts" if mapping.default_kind == "claim" else None))
    if project.span_notes:
        notes.append(f"{len(project.span_notes)} note(s) on text without a code arrived as "
                     f"{mapping.default_kind} annotations holding the note")
    if project.other_notes:
        notes.append(f"{project.other_notes} note(s) on no text (journal entries, memos) were not imported")
    return QdpxPlan(documents, annotations, skipped, notes)


def _annotation(project: QdpxProject, text: str, sha: str, selection: QdpxSelection, code_guid: str,
                target: CodeTarget, several: bool) -> IncomingAnnotation:
    user = project.users.get(selection.user)
    key, name = _author(user.name if user else "", user.id if user else "", selection.user)
    note, ours = _split_description(selection.description)
    extra = [n.strip() for n in selection.notes if n.strip() and n.strip() != note]
    note = "\n\n".join(p for p in (note, *extra) if p)
    status = _STATUS.search(ours)
    ref = VocabRef(target.key or _key(target), target.label) if target.label else None
    fields: dict[str, object] = {}
    if target.kind == "entity" and ref is not None:
        found = _TYPE.search(ours)
        fields["entity"] = replace(ref, type=found.group(1), type_guessed=bool(found.group(2))) if found else ref
    elif target.kind == "figure" and ref is not None:
        fields["measure"] = ref
    elif target.kind == "claim":
        stance = _STANCE.search(ours)
        fields["stance"] = stance.group(1) if stance else "asserts"
        if ref is not None:
            fields["proposition"] = ref
    return IncomingAnnotation(
        ref=f"{selection.guid} ({project.codes[code_guid].name})",
        id=_uuid(f"{selection.guid}:{code_guid}") if several else _uuid(selection.guid),
        kind=target.kind, creator_key=key, creator_name=name, created=_time(selection.created, project),
        modified=_time(selection.modified, project), sha256=sha, start=selection.start, end=selection.end,
        exact=text[selection.start:selection.end], status=status.group(1) if status else "proposed", note=note,
        **fields,  # type: ignore[arg-type]
    )


def _split_description(description: str) -> tuple[str, str]:
    """(the note, Evidence Desk's own line) of a selection's Description."""
    text = description.strip()
    if DESCRIPTION_MARK in text:
        note, _mark, ours = text.rpartition(DESCRIPTION_MARK)
        return note.strip(), ours.strip()
    return text, ""


def _key(target: CodeTarget) -> str:
    prefix = {"entity": "entity:", "figure": "", "claim": ""}[target.kind]
    return f"{prefix}{slugify(target.label)}"


def _author(name: str, user_id: str, guid: str) -> tuple[str, str]:
    """(annotator key, display name) of a coder: the file's user id, else the name, else the guid."""
    if user_id and re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,119}", user_id):
        return user_id, name or user_id
    if name:
        return f"refi-{slugify(name, 40)}", name
    return f"refi-{guid[:8] or 'unknown'}", "Unknown coder"


def _uuid(guid: str) -> str:
    try:
        return str(uuid.UUID(guid))
    except ValueError:
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:refi-qda:{guid}"))


def _time(value: str, project: QdpxProject) -> str:
    from datetime import UTC, datetime

    for candidate in (value, project.created):
        try:
            moment = datetime.fromisoformat((candidate or "").strip().replace(" ", "T"))
        except ValueError:
            continue
        moment = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment
        return moment.isoformat()
    return datetime.now(UTC).isoformat()


def sha256_of(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_sha256 = sha256_of


def import_qdpx(project: Project, path: str | Path, *, mapping: CodeMapping | None = None,
                as_kind: str | None = None, progress: Progress | None = None) -> Outcome[MergeReport]:
    """Read a .qdpx file and merge it into ``project`` (one transaction). QdpxError if it cannot be read;
    ``progress`` as for ``apply_import`` (raising ``Cancelled`` from it writes nothing)."""
    path = Path(path).expanduser()
    qdpx = read_file(path)
    mapping = mapping or default_mapping(qdpx, as_kind)
    plan = plan_import(qdpx, mapping, origin=path.name)
    outcome = apply_import(project, plan.annotations, (), plan.skipped, documents=plan.documents,
                           progress=progress)
    outcome.value.notes.extend(plan.notes)
    return outcome
