"""The knowledge base, built once per content and then read back from a pickle.

Why: building the knowledge base from its CSV files (some 14,000 entries, 25,000 indexed
names; ``kb.kb``) takes about 0.8 s, which every CLI call, worker and service start paid;
unpickling the built object takes about 0.2 s. No library is needed for this: ``hashlib``
names the content, ``pickle`` stores it, ``os.replace`` makes the write atomic.

- Key: SHA-256 over the name and bytes of every file under ``data/actors`` and the source of
  the modules that build the knowledge base, so any change to the data or the code builds
  afresh.
- Place: ``$COMMUNIQUE_CACHE_DIR``, else ``$XDG_CACHE_HOME/communique``, else
  ``~/.cache/communique``; ``COMMUNIQUE_CACHE_DIR=off`` turns the cache off.
- Safety: written to a temporary file and renamed, so parallel workers never read half a
  file; a cache that cannot be read or written is ignored (the knowledge base is built as
  before). The pickle is the user's own file in the user's own cache directory.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

__all__ = ["cache_dir", "cached", "content_key", "data_files"]

T = TypeVar("T")
_BUILDERS = ("kb.py", "coverage.py", "kbcache.py")


def cache_dir() -> Path | None:
    """Where the pickle lives, or None when the cache is off."""
    chosen = os.environ.get("COMMUNIQUE_CACHE_DIR")
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off", "0", "none") else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "communique"


def data_files() -> list[tuple[str, Traversable]]:
    """Every file under ``data/actors`` by its path there, in a fixed order. Walked through
    ``importlib.resources`` (a namespace package's folder is a MultiplexedPath, which
    ``Path(str(...))`` does not name)."""
    out: list[tuple[str, Traversable]] = []
    todo: list[tuple[str, Traversable]] = [("", resources.files("communique.data.actors"))]
    while todo:
        prefix, folder = todo.pop()
        for item in folder.iterdir():
            name = f"{prefix}{item.name}"
            if item.is_dir():
                todo.append((f"{name}/", item))
            elif item.is_file():
                out.append((name, item))
    return sorted(out, key=lambda x: x[0])


def content_key() -> str:
    """SHA-256 of the knowledge base's data files and of the code that builds it."""
    h = hashlib.sha256()
    for name, f in data_files():
        h.update(name.encode())
        h.update(f.read_bytes())
    here = Path(__file__).parent
    for name in _BUILDERS:
        h.update((here / name).read_bytes())
    return h.hexdigest()


def cached(build: Callable[[], T]) -> T:
    """``build()``'s result, read from the cache when one was written for this content."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"kb-{content_key()[:24]}.pickle"
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # type: ignore[no-any-return]
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    _write(path, value)
    return value


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    except OSError:
        return  # an unwritable cache is no error: the next process builds again
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except (OSError, pickle.PicklingError):
        Path(tmp).unlink(missing_ok=True)
