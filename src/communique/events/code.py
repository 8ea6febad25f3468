"""From a CAMEO code to its PLOVER type, Goldstein weight and QuadClass (data tables)."""

from __future__ import annotations

from functools import lru_cache

from communique.events.lexicon import _lines, lexicon


def plover(cameo: str) -> str | None:
    """PLOVER type of a CAMEO code by the longest prefix in the crosswalk; None for statements."""
    walk = lexicon().crosswalk
    for n in range(len(cameo), 1, -1):
        if cameo[:n] in walk:
            return walk[cameo[:n]]
    return None


def goldstein(cameo: str) -> float | None:
    table = lexicon().goldstein
    for n in range(len(cameo), 1, -1):
        key = cameo[:n] if n > 2 else cameo[:2] + "0"
        if key in table:
            return table[key]
    return None


def quad_class(cameo: str) -> int | None:
    return lexicon().quad.get(cameo[:2])


@lru_cache(maxsize=1)
def default_codes() -> dict[str, str]:
    """PLOVER type -> its most general CAMEO code (``plover_defaults.tsv``, in file order)."""
    return {row[0]: row[1] for row in _lines("plover_defaults.tsv")}


def plover_types() -> list[str]:
    """The 16 PLOVER event types, in the order of ``plover_defaults.tsv`` (the one list)."""
    return list(default_codes())
