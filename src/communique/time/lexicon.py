"""The time stage's word tables (data/time/*.tsv), loaded once per process.

The tables are data, not code, so that a new currency or a new count noun is a one-line edit of
a TSV file; see data/time/SOURCES.md for where each list comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


def _rows(name: str) -> list[list[str]]:
    raw = resources.files("communique.data").joinpath("time").joinpath(name).read_text("utf-8")
    out = []
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out


def rows(name: str) -> list[list[str]]:
    """The rows of a data/time table, comments and blank lines left out."""
    return _rows(name)


def _table(name: str) -> dict[str, dict[str, str]]:
    """kind -> {word: value} for a three-column table (value '' where a row has none)."""
    out: dict[str, dict[str, str]] = {}
    for row in _rows(name):
        kind, word = row[0], row[1]
        out.setdefault(kind, {})[word] = row[2] if len(row) > 2 else ""
    return out


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    seasons: dict[str, str]
    parts_of_day: dict[str, str]
    units: dict[str, str]
    sets: dict[str, str]
    refs: dict[str, str]
    holidays: dict[str, str]
    number_units: dict[str, int]
    number_tens: dict[str, int]
    scales: dict[str, int]
    fractions: dict[str, float]
    groups: dict[str, int | None]
    ordinals: dict[str, int]
    currency_symbols: dict[str, str]
    currency_names: dict[str, str]
    people: frozenset[str]
    count_units: dict[str, str]
    measures: frozenset[str]
    invariant: frozenset[str]
    approx: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cal = _table("calendar.tsv")
    num = _table("numbers.tsv")
    cur = _table("currencies.tsv")
    cnt = _table("counts.tsv")
    return Lexicon(
        months={k: int(v) for k, v in cal["month"].items()},
        weekdays={k: int(v) for k, v in cal["weekday"].items()},
        seasons=cal["season"],
        parts_of_day=cal["partofday"],
        units=cal["unit"],
        sets=cal["set"],
        refs=cal["ref"],
        holidays=cal["holiday"],
        number_units={k: int(v) for k, v in num["unit"].items()},
        number_tens={k: int(v) for k, v in num["tens"].items()},
        scales={k: int(v) for k, v in {**num["multiplier"], **num["scale"]}.items()},
        fractions={k: float(v) for k, v in num["fraction"].items()},
        groups={k: (int(v) if v else None) for k, v in num["group"].items()},
        ordinals={k: int(v) for k, v in num["ordinal"].items()},
        currency_symbols=cur["symbol"],
        currency_names=cur["name"],
        people=frozenset(cnt["people"]),
        count_units=cnt.get("unit", {}),
        measures=frozenset(cnt.get("measure", {})),
        invariant=frozenset(cnt.get("invariant", {})),
        approx=frozenset(cnt["approx"]),
    )
