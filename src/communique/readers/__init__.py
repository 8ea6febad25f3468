"""Readers: one module per input kind, each yielding RawArticle or the InputError that stopped
one input. ``read(paths)`` dispatches on the path:

- a file by its suffix: ``.txt``/``.text`` text, ``.html``/``.htm`` HTML, ``.jsonl``/``.ndjson``
  JSON Lines (streamed), ``.json`` one JSON object or a list of them (read whole, size-bounded);
  any other suffix is sniffed from its first bytes (HTML, JSON Lines, else text);
- a directory recursively, in sorted path order, taking only the suffixes above except
  ``.json`` (directories often hold JSON metadata that is not articles); hidden files and
  folders are skipped;
- ``-`` for stdin, sniffed like an unknown suffix (JSON Lines on stdin streams too).

Every error names its input and the batch carries on.
"""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from communique.errors import CommuniqueError, ConfigError, InputError
from communique.readers.common import SNIFF, check_size, read_bounded, read_stream_bounded
from communique.readers.common import sniff_kind as sniff_kind
from communique.readers.html import html_article, read_html_file
from communique.readers.jsonl import parse_line, read_jsonl_stream
from communique.readers.text import read_text_file, text_article
from communique.types import RawArticle

Item = RawArticle | CommuniqueError
KINDS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
DIRECTORY_KINDS = {s for s, k in KINDS.items() if k != "json"}


def read(
    paths: Iterable[str],
    *,
    max_bytes: int | None = None,
    min_english: float | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Item]:
    """Articles (or the error that stopped each input) from files, directories and ``-``.

    ``max_bytes`` bounds each input (each line of a JSON Lines file); ``min_english`` is the
    language identifier's probability of English needed to keep a text (0 turns the check
    off). Both default to the settings (``COMMUNIQUE_MAX_BYTES``, ``COMMUNIQUE_MIN_ENGLISH``).
    """
    if max_bytes is None or min_english is None:
        from communique.settings import load_settings

        s = load_settings()
        max_bytes = s.max_bytes if max_bytes is None else max_bytes
        min_english = s.min_english if min_english is None else min_english
    for p in paths:
        if p == "-":
            yield from read_stream(stdin or sys.stdin.buffer, "<stdin>", max_bytes, min_english)
            continue
        path = Path(p)
        if path.is_dir():
            for f in walk(path):
                yield from read_file(f, max_bytes, min_english)
        elif path.is_file():
            yield from read_file(path, max_bytes, min_english)
        else:
            yield InputError("E100", input=p)


def walk(root: Path) -> list[Path]:
    """Article files under ``root``, recursively, sorted; hidden entries skipped."""
    found = []
    for f in root.rglob("*"):
        rel = f.relative_to(root).parts
        if any(part.startswith(".") for part in rel):
            continue
        if f.suffix.lower() in DIRECTORY_KINDS and f.is_file():
            found.append(f)
    return sorted(found)


def read_file(path: Path, max_bytes: int, min_english: float) -> Iterator[Item]:
    """One file's articles by its kind; an unreadable file is one E111 error."""
    try:
        yield from _read_file(path, max_bytes, min_english)
    except OSError as exc:
        yield InputError("E111", input=str(path), reason=exc.strerror or type(exc).__name__)


def _read_file(path: Path, max_bytes: int, min_english: float) -> Iterator[Item]:
    kind = KINDS.get(path.suffix.lower())
    if kind is None:
        with path.open("rb") as fh:
            kind = sniff_kind(fh.read(SNIFF))
    if kind == "text":
        yield read_text_file(path, max_bytes=max_bytes, min_english=min_english)
    elif kind == "html":
        yield read_html_file(path, max_bytes=max_bytes, min_english=min_english)
    elif kind == "jsonl":
        with path.open("rb") as fh:
            yield from read_jsonl_stream(
                fh, str(path), max_bytes=max_bytes, min_english=min_english
            )
    else:
        yield from read_json_file(path, max_bytes, min_english)


def read_json_file(path: Path, max_bytes: int, min_english: float) -> Iterator[Item]:
    """A ``.json`` file: one article object, or a list of them (``file:index`` names each)."""
    name = str(path)
    try:
        data = read_bounded(path, max_bytes)
        obj = json.loads(data)
    except CommuniqueError as exc:
        yield exc
        return
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        yield InputError("E107", input=name, reason=f"not valid JSON ({exc})")
        return
    items = obj if isinstance(obj, list) else [obj]
    for i, item in enumerate(items):
        where = f"{name}:{i}" if isinstance(obj, list) else name
        try:
            yield parse_line(json.dumps(item).encode(), where, min_english=min_english)
        except CommuniqueError as exc:
            yield exc


def read_stream(stream: BinaryIO, name: str, max_bytes: int, min_english: float) -> Iterator[Item]:
    """stdin: JSON Lines stream line by line; text and HTML are read whole (bounded)."""
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type,type-var]
    kind = sniff_kind(buffered.peek(SNIFF)[:SNIFF])
    if kind == "jsonl":
        yield from read_jsonl_stream(buffered, name, max_bytes=max_bytes, min_english=min_english)
        return
    try:
        data = read_stream_bounded(buffered, max_bytes, name)
        if kind == "html":
            yield html_article(data, name, min_english=min_english)
        else:
            yield text_article(data, name, min_english=min_english)
    except ConfigError:
        raise  # a missing dependency stops the run
    except CommuniqueError as exc:
        yield exc


__all__ = ["read", "read_file", "read_stream", "walk", "check_size"]
