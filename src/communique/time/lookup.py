"""The time stage's public face for later stages (events above all).

The events stage takes an event's date from here: ``date_in(record, start, end)`` gives the
time expression with a calendar value inside the event's evidence (its sentence), and
``times_in`` every resolved time in a character range. Both read ``record.times`` only.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Time

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
