"""A Word file (.docx bytes) -> its text (python-docx), refusing corrupt files and zip bombs.

Before python-docx sees the file, the ZIP directory is checked: a member that would expand past
``MAX_MEMBER_BYTES``, a total past ``MAX_TOTAL_BYTES``, or a compression ratio past ``MAX_RATIO``
is a zip bomb and is refused without being expanded.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.sources.errors import UnreadableDocument

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument

MAX_MEMBER_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024
MAX_RATIO = 200
MAX_MEMBERS = 2000


@dataclass(frozen=True)
class WordText:
    text: str
    title: str = ""
    author: str = ""


def extractor_version() -> str:
    from importlib.metadata import version

    return f"python-docx {version('python-docx')}"


def check_zip(data: bytes) -> None:
    """Refuse a ZIP that is not one, or that would expand into far more than it holds."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise UnreadableDocument(f"This Word file holds {len(members)} parts, too many to be real: "
                                         "it was not opened.")
            total = 0
            for info in members:
                total += info.file_size
                ratio = info.file_size / max(info.compress_size, 1)
                if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or (
                        info.file_size > 1024 * 1024 and ratio > MAX_RATIO):
                    raise UnreadableDocument(
                        "This Word file would expand to far more than it holds (a zip bomb): it was not opened."
                    )
            names = {info.filename for info in members}
            if "word/document.xml" not in names:
                raise UnreadableDocument("This is a ZIP archive but not a Word document (no word/document.xml).")
            bad = archive.testzip()
            if bad is not None:
                raise UnreadableDocument(f"This Word file is corrupt (the part {bad} is damaged).")
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument("This Word file is corrupt (it is not a valid ZIP archive).") from exc
    except (zipfile.LargeZipFile, NotImplementedError, OSError, EOFError) as exc:
        raise UnreadableDocument(f"This Word file cannot be read ({exc}).") from exc


def extract_docx(data: bytes) -> WordText:
    check_zip(data)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        text = "\n".join(_blocks(document)).strip("\n")
        props = document.core_properties
        title, author = props.title or "", props.author or ""
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, OSError) as exc:
        raise UnreadableDocument(f"This Word file is corrupt and cannot be read ({exc}).") from exc
    except Exception as exc:  # lxml.etree.XMLSyntaxError and friends: a damaged part
        raise UnreadableDocument(f"This Word file is corrupt and cannot be read ({type(exc).__name__}).") from exc
    if not text.strip():
        raise UnreadableDocument("This Word file holds no text.")
    return WordText(text=text, title=" ".join(title.split()), author=" ".join(author.split()))


def _blocks(document: DocxDocument) -> list[str]:
    """Paragraphs and table rows, in the order they stand in the body."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                cells: list[str] = []
                for cell in row.cells:
                    value = cell.text.strip()
                    if value and (not cells or cells[-1] != value):  # merged cells repeat their text
                        cells.append(value)
                lines.append("\t".join(cells))
    return lines
