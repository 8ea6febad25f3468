"""Word sets kept as data, not code: ``data/<stage>/<name>.txt``, one word or phrase a line
(a line starting with ``#`` is a comment), each file listed in its folder's SOURCES.md.

``words("time/tense_future_heads.txt")`` reads a file once per process (cached).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

__all__ = ["words"]


@cache
def words(path: str) -> frozenset[str]:
    """The words of ``data/<path>``."""
    text = resources.files("communique").joinpath(f"data/{path}").read_text(encoding="utf-8")
    lines = (ln.strip() for ln in text.splitlines() if not ln.startswith("#"))
    return frozenset(ln for ln in lines if ln)
