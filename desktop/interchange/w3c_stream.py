"""A W3C Web Annotation file read as a STREAM: one item at a time, so memory does not grow with the file.

    items = W3CItems(path, as_kind=None)
    for annotation in items:        # IncomingAnnotation, in file order
        ...
    items.reviews, items.skipped    # complete once the loop is over
    items.done, items.total         # bytes read so far, bytes in all (for progress)

The file is parsed incrementally (ijson, its C backend): an AnnotationCollection (every file Evidence Desk
writes), an AnnotationPage or a plain JSON array yields its items one by one. Only what is needed to tell
the shape is read first (the top-level ``type`` and ``total``, until the list of items begins). Other
shapes (one Annotation, Hypothesis' ``{"rows": [...]}``, a collection whose ``type`` comes after its items)
are read whole, as before, within :data:`MAX_WHOLE_FILE_BYTES`.

Limits guard against hostile input, not real desks: a streamed file may be up to
:data:`~desktop.interchange.files.MAX_IMPORT_BYTES`; items are checked one by one as ``w3c_import`` checks
them, with the same messages. Duplicate ids are found as the stream goes: the second item with an id is not
yielded, and once the file is read :class:`W3CImportError` names every doubled id (raised inside the
import's transaction, it rolls everything back).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from desktop.interchange.files import (
    MAX_IMPORT_BYTES,
    MAX_WHOLE_FILE_BYTES,
    ExchangeFileError,
    file_size,
    read_limited,
)
from desktop.interchange.w3c_import import (
    SeenIds,
    W3CImportError,
    annotation_items,
    check_kind,
    load_json,
    page_items,
    parse_w3c,
    read_item,
)
from desktop.services.incoming import IncomingAnnotation, IncomingReview, Skipped

SNIFF_EVENTS = 20_000  # parser events read to find where the items are before reading the file whole
MAX_DEPTH = 1_000  # nesting refused, as the JSON reader refuses it for a file read whole
# The streaming parser keeps the path of every open level, so memory grows with the square of the depth: 20,000
# levels ("[[[[...", 40 KB) take a gigabyte. Brackets read since the last item (raw bytes: a bound on how much
# deeper the parser can be) over this many have the file's depth counted exactly, once (``_Watched``).
SUSPECT_OPENINGS = 2_000
_STREAMED = {"items": "AnnotationPage", "first.items": "AnnotationCollection"}


@dataclass(frozen=True)
class Shape:
    prefix: str | None  # the list of items ("" the whole file, "items", "first.items"); None: read it whole
    total: int | None = None  # the collection's "total", when it says one
    offset: int = 0  # bytes to skip first (a UTF-8 byte order mark)


class W3CItems:
    """The annotations of a W3C file, one at a time (see the module docstring)."""

    def __init__(self, path: str | Path, *, as_kind: str | None = None, max_bytes: int = MAX_IMPORT_BYTES,
                 max_whole_bytes: int = MAX_WHOLE_FILE_BYTES) -> None:
        check_kind(as_kind)
        self.path = Path(path)
        self.as_kind = as_kind
        self.total = file_size(self.path, max_bytes)
        self.max_whole_bytes = max_whole_bytes
        self.reviews: list[IncomingReview] = []
        self.skipped: list[Skipped] = []
        self.count = 0  # items read
        self._fh: BinaryIO | None = None
        self._done = 0
        self._escapes = _Watched(None)
        self._whole_read = False

    @property
    def done(self) -> int:
        """Bytes of the file read so far."""
        if self._fh is not None and not self._fh.closed:
            self._done = min(self.total, self._fh.tell())
        return self._done

    def __iter__(self) -> Iterator[IncomingAnnotation]:
        seen = SeenIds()
        for index, raw in enumerate(self._raw_items(), start=1):
            if self._escapes.lone:
                self._refuse_lone_surrogate()
            result, stored_id, ref = read_item(index, raw, self.as_kind, check_surrogates=self._whole_read)
            self.count = index
            if not seen.add(stored_id, ref):
                continue  # refused below, once every doubled id is known
            if isinstance(result, IncomingAnnotation):
                yield result
            elif isinstance(result, IncomingReview):
                self.reviews.append(result)
            else:
                self.skipped.append(result)
        self._done = self.total
        seen.refuse()

    # -- reading ---------------------------------------------------------------------------------

    def _raw_items(self) -> Iterator[Any]:
        try:
            with self.path.open("rb") as fh:
                self._fh = fh
                shape = sniff(fh)
                if shape.prefix is None:
                    self._whole_read = True
                    yield from self._whole()
                    return
                fh.seek(shape.offset)
                count = 0
                self._escapes = watched = _Watched(fh)
                for item in ijson.items(watched, f"{shape.prefix}.item".lstrip("."), use_float=True):
                    count += 1
                    watched.item_read()
                    yield item
                if shape.prefix == "first.items" and shape.total != count:
                    yield from self._next_pages(fh, shape.offset)
        except (ijson.JSONError, _TooDeep) as exc:
            self._refuse_malformed(exc)
        except OSError as exc:
            raise ExchangeFileError(f"{self.path.name}: {exc.strerror or exc}") from exc
        finally:
            self._fh = None

    def _next_pages(self, fh: BinaryIO, offset: int) -> Iterator[Any]:
        """A collection with more pages than its first (or no ``total``): the pages after the first."""
        fh.seek(offset)
        following = next(iter(ijson.items(fh, "first.next", use_float=True)), None)
        if following is not None:
            yield from page_items(following, "next")

    def _refuse_malformed(self, exc: Exception) -> None:
        """The parser stopped: the JSON reader says where (line and column) when the file is small enough to
        read whole; otherwise the parser's words and the byte it reached."""
        if isinstance(exc, _TooDeep):
            raise W3CImportError(f"not valid JSON: nested too deeply (more than {MAX_DEPTH:,} levels)") from exc
        if self.total <= self.max_whole_bytes:
            load_json(read_limited(self.path, self.max_whole_bytes))
        raise W3CImportError(f"not valid JSON: {_first_line(exc)} (near byte {self.done:,})") from exc

    def _refuse_lone_surrogate(self) -> None:
        """A lone surrogate escape is in the file: read whole, the item and field holding it are named."""
        if self.total <= self.max_whole_bytes:
            parse_w3c(read_limited(self.path, self.max_whole_bytes), as_kind=self.as_kind)
        raise W3CImportError(f"it holds a lone surrogate or NUL escape (near byte {self.done:,}), which is not text")

    def _whole(self) -> Iterator[Any]:
        text = read_limited(self.path, self.max_whole_bytes)
        yield from annotation_items(load_json(text))


class _Watched:
    """A binary file that notes whether the bytes read so far hold a LONE surrogate escape (``\\uD800`` without
    its pair), which the parser would quietly turn into "?", or a NUL (``\\u0000``, which PostgreSQL refuses in
    text): the file must be refused, naming the item (``W3CItems._refuse_lone_surrogate``). The parser reads ahead
    of the items it yields, so the flag is up before the item holding one is yielded."""

    _LONE = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])"
                       rb"|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u0000")
    _KEEP = 12  # bytes of a pair of escapes: examined with the next chunk

    def __init__(self, fh: BinaryIO | None) -> None:
        self.fh = fh
        self.lone = False
        self._context = b""  # examined already, kept for the look-behind
        self._pending = b""  # not examined yet
        self._openings = 0  # "[" and "{" in the bytes read since the last item ended (strings' included)
        self._last_chunk = 0  # ... in the last chunk read, where the next item may begin
        self._depth_checked = False

    def item_read(self) -> None:
        """An item ended: the parser is back at the list's depth, within the last chunk read."""
        self._openings = self._last_chunk

    def read(self, size: int = -1) -> bytes:
        assert self.fh is not None
        chunk = self.fh.read(size)
        if not self._depth_checked:
            self._last_chunk = chunk.count(b"[") + chunk.count(b"{")
            self._openings += self._last_chunk
            if self._openings > SUSPECT_OPENINGS:  # before the parser sees the chunk
                self._depth_checked = True
                if too_deep(getattr(self.fh, "name", None)):
                    raise _TooDeep()
        if not self.lone:
            buf = self._context + self._pending + chunk
            start, end = len(self._context), (len(buf) - self._KEEP if chunk else len(buf))
            if b"\\ud" in buf or b"\\uD" in buf or b"\\u0000" in buf:  # searched only where one could be
                self.lone = any(start <= m.start() < end for m in self._LONE.finditer(buf))
            self._context, self._pending = buf[max(0, end - self._KEEP):max(0, end)], buf[max(0, end):]
        return chunk


class _TooDeep(Exception):
    """The file nests deeper than MAX_DEPTH."""


def too_deep(path: str | Path | None, limit: int = MAX_DEPTH) -> bool:
    """Whether the JSON file nests deeper than ``limit``: read with the parser that keeps no paths (a malformed
    file is left to the reader to name)."""
    if path is None:
        return False
    depth = 0
    try:
        with open(path, "rb") as fh:
            if fh.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
                fh.seek(0)
            for event, _ in ijson.basic_parse(fh, use_float=True):
                if event == "start_map" or event == "start_array":
                    depth += 1
                    if depth > limit:
                        return True
                elif event == "end_map" or event == "end_array":
                    depth -= 1
    except (ijson.JSONError, OSError):
        return False
    return False


def sniff(fh: BinaryIO) -> Shape:
    """Where the items of the file start, read from its first parser events (the file is left anywhere)."""
    head = fh.read(len(codecs.BOM_UTF8))
    offset = len(codecs.BOM_UTF8) if head == codecs.BOM_UTF8 else 0
    fh.seek(offset)
    types: set[str] = set()
    total: int | None = None
    try:  # (the parser takes a chunk at a time: _Watched counts a chunk's depth before the parser sees it)
        for n, (prefix, event, value) in enumerate(ijson.parse(_Watched(fh), use_float=True)):
            if n > SNIFF_EVENTS:
                break
            if prefix == "" and event == "start_array":
                return Shape("", None, offset)
            if prefix in ("type", "type.item") and event == "string":
                types.add(value)
            elif prefix == "total" and event == "number" and isinstance(value, int):
                total = value
            elif event == "start_array" and prefix in _STREAMED:
                return Shape(prefix, total, offset) if _STREAMED[prefix] in types else Shape(None)
    except ijson.JSONError:
        pass  # read whole, the JSON reader says where the mistake is
    return Shape(None)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:200]
