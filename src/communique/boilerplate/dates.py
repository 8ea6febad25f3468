"""Dates written in datelines and page timestamps ("Feb 21, 2023", "21 February 2023",
"2023-02-21"), parsed to ISO. A date without a year gives nothing: no guessing."""

from __future__ import annotations

import datetime as dt
import re

from communique.time.lookup import month_numbers

_MONTHS = month_numbers()  # the time stage's calendar words
MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_DAY = r"(?:3[01]|[0-2]?\d)(?!\d)(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}(?!\d)"
# One date, with or without a year; named groups feed to_iso().
DATE = (
    rf"(?:{WEEKDAY}\s+)?(?:"
    rf"(?P<md_m>{MONTH})\s+(?P<md_d>{_DAY})(?:,?\s+(?P<md_y>{_YEAR}))?"
    rf"|(?P<dm_d>{_DAY})\s+(?P<dm_m>{MONTH}),?(?:\s+(?P<dm_y>{_YEAR}))?"
    rf"|(?P<iso_y>{_YEAR})-(?P<iso_m>[01]\d)-(?P<iso_d>[0-3]\d)"
    r")"
)
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?"
TIME = r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Z]{2,5}|UTC[+-]?\d*))?)?"
DATE_RX = re.compile(DATE, re.IGNORECASE)

# Whole lines that state when the page was published or updated: "Published: 21 February
# 2023", "Updated March 3, 2024 at 10:05 a.m. ET", "Saturday 23 December 2023 05:39, UK".
STAMP_RX = re.compile(
    rf"(?P<label>(?:first\s+|originally\s+)?(?:published|posted|updated|last\s+updated|"
    rf"last\s+modified|modified)(?:\s+on)?\s*:?\s*|)"
    rf"(?:{_CLOCK},?\s+)?(?P<date>{DATE}){TIME}(?:\s*,?\s*(?:UK|US|ET|EST|EDT|GMT|BST|CET|UTC))?\.?",
    re.IGNORECASE,
)


def _int(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def to_iso(m: re.Match[str]) -> str | None:
    """The ISO date of a DATE match, or None when it has no year or is no real day."""
    g = m.groupdict()
    if g.get("iso_y"):
        y, mo, d = int(g["iso_y"]), int(g["iso_m"]), int(g["iso_d"])
    elif g.get("md_m"):
        if not g.get("md_y"):
            return None
        y, mo, d = int(g["md_y"]), _MONTHS[g["md_m"].rstrip(".").lower()], _int(g["md_d"])
    elif g.get("dm_m"):
        if not g.get("dm_y"):
            return None
        y, mo, d = int(g["dm_y"]), _MONTHS[g["dm_m"].rstrip(".").lower()], _int(g["dm_d"])
    else:
        return None
    try:
        return dt.date(y, mo, d).isoformat()
    except ValueError:
        return None


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
    return kind, to_iso(m)


def first_date(text: str) -> str | None:
    """The ISO date of the first full date (with a year) in ``text``."""
    for m in DATE_RX.finditer(text):
        iso = to_iso(m)
        if iso:
            return iso
    return None
