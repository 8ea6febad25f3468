"""The checks stage's data, read once per process: the tables under ``data/checks/`` (see
SOURCES.md there)."""

from __future__ import annotations

import csv
from functools import cache, lru_cache
from importlib import resources

__all__ = ["counted", "title_aliases", "tenure_verbs", "words"]


def _lines(name: str) -> list[str]:
    path = resources.files("communique").joinpath(f"data/checks/{name}")
    with path.open(encoding="utf-8") as fh:
        return [ln.rstrip("\n") for ln in fh if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-word-a-line list of ``data/checks/`` (``#`` starts a comment line)."""
    return frozenset(ln.strip() for ln in _lines(name))


def counted() -> frozenset[str]:
    """Lemmas of the nouns whose counts are compared (counted.txt)."""
    return words("counted.txt")


def tenure_verbs() -> frozenset[str]:
    """Verbs that end or take over an office (tenure_verbs.txt)."""
    return words("tenure_verbs.txt")


@lru_cache(maxsize=1)
def title_aliases() -> dict[str, str]:
    """Variant wording of an office -> its canonical wording (titles.tsv)."""
    rows = csv.DictReader(_lines("titles.tsv"), delimiter="\t")
    return {r["variant"].strip(): r["canonical"].strip() for r in rows}
