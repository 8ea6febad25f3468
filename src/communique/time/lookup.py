"""The time stage's public face for later stages (events above all).

The events stage takes an event's date from here: ``date_in(record, start, end)`` gives the
time expression with a calendar value inside the event's evidence (its sentence), ``times_in``
every resolved time in a character range and ``dated`` every dated one; they read
``record.times`` only.

Written dates outside the time stage's output are read here too, with the time stage's own
grammar (timex.py, through explicit.py), the one date grammar of the package: the boilerplate
stage reads page stamps and datelines with ``calendar_dates`` and ``date_pattern``, the checks
stage the dates it checks. ``month_numbers`` and ``weekday_names`` are the calendar words
(``data/time/calendar.tsv``), the one month and weekday list of the package.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.time.explicit import CalendarDate, calendar_dates, date_pattern

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Time

__all__ = [
    "CalendarDate",
    "calendar_dates",
    "date_in",
    "date_pattern",
    "dated",
    "is_calendar",
    "month_numbers",
    "times_in",
    "weekday_names",
]

_CALENDAR = re.compile(r"\d{3,4}(?:-|$)")


def times_in(record: ArticleRecord, start: int, end: int, *, overlap: bool = False) -> list[Time]:
    """The times lying inside [start, end) (or, with ``overlap``, touching it), in text order."""
    out = []
    for t in record.times:
        inside = start <= t.start and t.end <= end
        if inside or (overlap and t.start < end and start < t.end):
            out.append(t)
    return sorted(out, key=lambda t: t.start)


def is_calendar(t: Time) -> bool:
    """True for a point or period on the calendar ("2023-02-21", "2023-W08", "2022-02",
    "2023-02-22TMO"); False for durations, sets, PRESENT_REF and unresolved values."""
    return t.type in ("DATE", "TIME") and t.value is not None and bool(_CALENDAR.match(t.value))


def date_in(record: ArticleRecord, start: int, end: int) -> Time | None:
    """The first time inside [start, end) with a calendar value (the event's date), or None.
    Its ``value`` is the TIMEX3 value (e.g. "2023-02-21") and ``text`` the words ("Tuesday")."""
    return next((t for t in times_in(record, start, end) if is_calendar(t)), None)


def dated(record: ArticleRecord) -> list[Time]:
    """Every time with a DATE or TIME value (calendar or not: "PRESENT_REF" too), in text
    order."""
    return sorted(
        (t for t in record.times if t.value and t.type in ("DATE", "TIME")),
        key=lambda t: t.start,
    )


def month_numbers() -> dict[str, int]:
    """Month words, lower case, full and abbreviated ("september", "sept", "sep") -> 1..12."""
    from communique.time.lexicon import lexicon

    return dict(lexicon().months)


def weekday_names() -> list[str]:
    """The seven weekday names, lower case, Monday first (``date.weekday()`` order)."""
    from communique.time.lexicon import lexicon

    full = [(n, w) for w, n in lexicon().weekdays.items() if w.endswith("day")]
    return [w for _, w in sorted(full)]
