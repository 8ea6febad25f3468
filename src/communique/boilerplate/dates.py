"""Dates written in datelines and page timestamps ("Feb 21, 2023", "21 February 2023",
"2023-02-21"), parsed to ISO. A date without a year gives nothing: no guessing.

The date itself is read with the time stage's grammar (``time/lookup.py``: ``date_pattern``,
``calendar_dates``), widened to abbreviated weekdays ("Tue March 5, 2024") as pages write them;
the small regexes here match only what stands around it on a stamp line: the label, a clock
time before it, a clock time and zone after it.
"""

from __future__ import annotations

import re

from communique.time.lookup import CalendarDate, calendar_dates, date_pattern

#: One date, with or without a year, as regex text without named groups (for line grammars).
DATE = date_pattern(short_weekdays=True)
_LABEL = (
    r"(?:first\s+|originally\s+)?(?:published|posted|updated|last\s+updated|last\s+modified|"
    r"modified)(?:\s+on)?\s*:?\s*"
)
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
_TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|UTC[+-]?\d*))?)?"
_ZONE = r"(?:\s*,?\s*(?:UK|US|ET|EST|EDT|GMT|BST|CET|UTC))?\.?"

# Whole lines that state when the page was published or updated: "Published: 21 February
# 2023", "Updated March 3, 2024 at 10:05 a.m. ET", "Saturday 23 December 2023 05:39, UK".
# Label, clock and zone are case-free; the date keeps the time stage's capitalised names.
STAMP_RX = re.compile(
    rf"(?i:(?P<label>{_LABEL}|)(?:{_CLOCK},?\s+)?)(?P<date>{DATE})(?i:{_TIME}{_ZONE})"
)


def _iso(d: CalendarDate) -> str | None:
    """The ISO day of a date with its year, or None (no year: no guess; no such day)."""
    days = d.days()  # without a year and a date to place it by, no day
    return days[0].isoformat() if days else None


def stamp(line: str) -> tuple[str, str | None] | None:
    """For a whole line that is a publication/update stamp: (label kind, ISO date or None).
    The label kind is 'published', 'updated' or '' (a bare date line)."""
    m = STAMP_RX.fullmatch(line.strip())
    if m is None:
        return None
    label = m.group("label").lower()
    kind = (
        "updated"
        if ("updated" in label or "modified" in label)
        else ("published" if label.strip() else "")
    )
    date = m.group("date")
    found = calendar_dates(date, short_weekdays=True)
    whole = bool(found) and (found[0].start, found[0].end) == (0, len(date))
    return kind, _iso(found[0]) if whole else None


def first_date(text: str) -> str | None:
    """The ISO date of the first full date (with a year) in ``text``."""
    return next((iso for d in calendar_dates(text, True) if (iso := _iso(d))), None)
