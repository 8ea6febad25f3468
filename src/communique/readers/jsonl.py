"""JSON Lines: one article per line, ``{"text": ...}`` or ``{"html": ...}`` with optional
``id``, ``title``, ``published``, ``url``, ``source``.

The file is streamed line by line (a million-line file never sits in memory, and a line longer
than the size bound is skipped without being held whole). A bad line costs one error naming
``file:line``; the lines after it carry on. Blank lines are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, BinaryIO

from communique.errors import CommuniqueError, ConfigError, InputError
from communique.readers.common import check_english
from communique.readers.html import html_article
from communique.readers.text import DEFAULT_MAX_BYTES, first_line
from communique.types import RawArticle

_CHUNK = 1 << 20
_OPTIONAL = ("id", "title", "published", "url", "source")


def _lines(stream: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; bytes is None for a line over ``limit`` bytes, whose
    rest is read past in chunks without being kept."""
    lineno = 0
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                rest = stream.readline(_CHUNK)
                if not rest or rest.endswith(b"\n"):
                    break
            yield lineno, None
            continue
        yield lineno, line


def _bad(name: str, reason: str) -> InputError:
    return InputError("E107", input=name, reason=reason)


# Values that data exports write for "no date" (pandas writes NaT): the date is unknown.
_NO_DATE = frozenset({"", "nat", "nan", "none", "null", "unknown", "n/a"})


def _published(value: Any, name: str) -> str | None:
    """The ISO date of a ``published`` field; None for an explicit "no date" value."""
    if isinstance(value, str) and value.strip().casefold() in _NO_DATE:
        return None
    if not isinstance(value, str):
        raise _bad(name, "'published' must be a string YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        raise _bad(name, f"'published' {value!r} is not a YYYY-MM-DD date") from None


def parse_line(line: bytes, name: str, *, min_english: float = 0.0) -> RawArticle:
    """One article from one JSON line (raises InputError)."""
    try:
        obj = json.loads(line)
    except UnicodeDecodeError:
        raise _bad(name, "the line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _bad(name, f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(obj, dict):
        raise _bad(name, f"expected a JSON object, got {type(obj).__name__}")
    text, page = obj.get("text"), obj.get("html")
    for key in _OPTIONAL:
        if obj.get(key) is not None and not isinstance(obj[key], str | int):
            raise _bad(name, f"{key!r} must be a string")
    if isinstance(text, str):
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if not text.strip():
            raise InputError("E101", input=name)
        check_english(text, name, min_english)
        raw = RawArticle(text=text, input=name, title=first_line(text))
    elif isinstance(page, str):
        raw = html_article(page, name, min_english=min_english)
    else:
        raise _bad(name, "no 'text' or 'html' string field")
    if obj.get("title") is not None:
        raw.title = str(obj["title"]).strip() or raw.title
    published = _published(obj["published"], name) if obj.get("published") is not None else None
    if published:
        raw.published, raw.published_from = published, "metadata"
    for key in ("id", "url", "source"):
        if obj.get(key) is not None:
            setattr(raw, key, str(obj[key]))
    return raw


def read_jsonl_stream(
    stream: BinaryIO,
    name: str,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    min_english: float = 0.0,
) -> Iterator[RawArticle | CommuniqueError]:
    """Each line's article, or the error that stopped that line, in file order."""
    for lineno, line in _lines(stream, max_bytes):
        where = f"{name}:{lineno}"
        if line is None:
            yield InputError("E104", input=where, size=f"more than {max_bytes}", limit=max_bytes)
            continue
        if not line.strip():
            continue
        try:
            yield parse_line(line, where, min_english=min_english)
        except ConfigError:
            raise  # a missing dependency stops the run
        except CommuniqueError as exc:
            yield exc
