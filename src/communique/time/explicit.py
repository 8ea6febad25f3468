"""Explicit calendar dates, read with the time stage's own grammar.

"March 3, 2024", "3 March 2024", "Tuesday, Dec. 19, 2023", "the 7th of March", "2024-03-05":
the patterns of kinds iso, mdy, dmy, md and dm in timex.py, with their blocks, are the package's
one way to read a written date. The stages that read dates outside the time stage (the
boilerplate stage's page stamps and datelines, the date checks) take them from here, through
``time/lookup.py``: ``calendar_dates(text)`` finds them, ``date_pattern()`` is the same grammar
without named groups, for embedding in another line grammar (a dateline, a stamp line).

One widening, for page furniture only: ``short_weekdays=True`` lets the weekday before a date be
abbreviated ("Tue March 5, 2024", "Tues., Dec. 19"), by overriding the {WDOPT} block; the time
stage itself keeps to full weekday names.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from communique.time.lexicon import lexicon
from communique.time.timex import blocks, capitalised, fill, pattern

#: The kinds of an explicit calendar date, in the order tried at one place: a date with its
#: year before the same date without it.
KINDS = ("iso", "mdy", "dmy", "md", "dm")
_GROUP = re.compile(r"\(\?P<(\w+)>")


@dataclass(frozen=True)
class CalendarDate:
    """One written date: its span (with any weekday before it), where the date proper starts
    (its first number or month name), and what it says. ``year`` is None when not written;
    ``weekday`` is the weekday word as written before it ("Tuesday", "Tue."), else None."""

    start: int
    end: int
    date_start: int
    kind: str
    year: int | None
    month: int
    day: int
    weekday: str | None = None

    @property
    def weekday_index(self) -> int | None:
        """The written weekday as ``date.weekday()`` counts it (Monday 0), or None."""
        if self.weekday is None:
            return None
        return lexicon().weekdays[self.weekday.rstrip(".").lower()] - 1

    def days(self, around: dt.date | None = None) -> list[dt.date]:
        """The real days it can be: the one day when the year is written; without one, the same
        month and day in the year before, of and after ``around`` (none without it). A day that
        does not exist ("30 February") is left out."""
        if self.year is not None:
            years = [self.year]
        else:
            years = [around.year + k for k in (-1, 0, 1)] if around else []
        out = []
        for y in years:
            try:
                out.append(dt.date(y, self.month, self.day))
            except ValueError:
                continue
        return out


def _blocks(short_weekdays: bool) -> dict[str, str]:
    out = dict(blocks())
    if short_weekdays:
        names = capitalised(list(lexicon().weekdays))
        out["WDOPT"] = rf"(?:(?P<wdx>(?:{names})\.?)\s*,?\s+)?"
    return out


def _kind_text(kind: str, short_weekdays: bool) -> str:
    return fill(pattern(kind), _blocks(short_weekdays))


@lru_cache(maxsize=2)
def _finder(short_weekdays: bool) -> re.Pattern[str]:
    """One regex, an alternative per kind; each kind's groups renamed "<group>_<kind>"."""
    alts = []
    for kind in KINDS:
        text = _GROUP.sub(rf"(?P<\1_{kind}>", _kind_text(kind, short_weekdays))
        alts.append(f"(?P<{kind}>{text})")
    # every date starts with a capital (weekday, month), a digit or "the": a cheap first test
    return re.compile(r"(?<!\w)(?=[A-Z\d]|the[^\S\n])(?:" + "|".join(alts) + ")")


@lru_cache(maxsize=2)
def date_pattern(short_weekdays: bool = False) -> str:
    """The grammar of one explicit date as regex text without named groups, to embed in
    another pattern. Month and weekday names are matched capitalised (Title or UPPER case)."""
    alts = [_GROUP.sub("(?:", _kind_text(kind, short_weekdays)) for kind in KINDS]
    return "(?:" + "|".join(alts) + ")"


def _month(word: str) -> int:
    return lexicon().months[word.rstrip(".").lower()]


def _read(m: re.Match[str]) -> CalendarDate:
    kind = next(k for k in KINDS if m.group(k) is not None)
    g = {
        name.rpartition("_")[0]: (value, m.start(name))
        for name, value in m.groupdict().items()
        if value is not None and name.endswith("_" + kind)
    }
    month = int(g["m"][0]) if kind == "iso" else _month(g["month"][0])
    return CalendarDate(
        start=m.start(),
        end=m.end(),
        date_start=min(g[k][1] for k in ("month", "m", "d", "y") if k in g),
        kind=kind,
        year=int(g["y"][0]) if "y" in g else None,
        month=month,
        day=int(g["d"][0]),
        weekday=g["wdx"][0] if "wdx" in g else None,
    )


def calendar_dates(text: str, short_weekdays: bool = False) -> list[CalendarDate]:
    """Every explicit calendar date in ``text``, in text order, none overlapping (the first to
    start wins; at one place, a date with its year before the same date without it)."""
    return [_read(m) for m in _finder(short_weekdays).finditer(text)]
