"""Calendar arithmetic for relative expressions: which Tuesday, which March, which summer.

Direction is one of "past", "future", "present" or None (unknown), decided by the grammar
(tense.py). Rules, all relative to the publication date ``dct``:

- a weekday equal to the publication's weekday is the publication day itself; otherwise the
  past direction gives the one in the 6 days before, the future and present directions the one
  in the 6 days after, and an unknown direction the past one (news mostly reports what happened);
- "last"/"next" + weekday always move strictly before/after (1-7 days);
- a month, quarter or season with no year: past -> the latest one not after the publication's,
  future -> the earliest one not before it, unknown -> the nearest one;
- winter is the season starting in December: January and February belong to the previous
  year's winter ("2022-WI" for a date in February 2023).
"""

from __future__ import annotations

import calendar
import datetime as dt

SEASONS = ["SP", "SU", "FA", "WI"]


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    day = min(d.day, calendar.monthrange(year, month)[1])
    return dt.date(year, month, day)


def add_years(d: dt.date, years: int) -> dt.date:
    return add_months(d, 12 * years)


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def weekday_date(
    dct: dt.date, weekday: int, direction: str | None, rel: str | None = None
) -> dt.date:
    """The date of ``weekday`` (1 = Monday ... 7 = Sunday) meant in a text published on dct."""
    back = (dct.isoweekday() - weekday) % 7
    ahead = (weekday - dct.isoweekday()) % 7
    if rel == "last":
        return dct - dt.timedelta(days=back or 7)
    if rel in ("next", "coming"):
        return dct + dt.timedelta(days=ahead or 7)
    if back == 0:
        return dct
    if direction in ("future", "present"):
        return dct + dt.timedelta(days=ahead)
    return dct - dt.timedelta(days=back)


def _pick(cur: int, cands: list[int], direction: str | None, rel: str | None) -> int:
    """Choose among ordinals (month or season counts since year 0) relative to ``cur``."""
    if rel == "last":
        return max(c for c in cands if c < cur)
    if rel in ("next", "coming"):
        return min(c for c in cands if c > cur)
    if rel == "this":
        return min(cands, key=lambda c: (abs(c - cur), c < cur))
    if direction == "past":
        return max(c for c in cands if c <= cur)
    if direction in ("future", "present"):
        return min(c for c in cands if c >= cur)
    return min(cands, key=lambda c: (abs(c - cur), c > cur))


def month_year(dct: dt.date, month: int, direction: str | None, rel: str | None = None) -> int:
    """The year of a month named without one."""
    cur = dct.year * 12 + dct.month - 1
    cands = [(dct.year + k) * 12 + month - 1 for k in (-2, -1, 0, 1, 2)]
    return _pick(cur, cands, direction, rel) // 12


def day_year(dct: dt.date, month: int, day: int, direction: str | None) -> int:
    """The year of "March 3" written without one: by direction, else the nearest."""
    cands = []
    for y in (dct.year - 1, dct.year, dct.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return dct.year
    past = [c for c in cands if c <= dct]
    future = [c for c in cands if c >= dct]
    if direction == "past" and past:
        return max(past).year
    if direction == "future" and future:
        return min(future).year
    return min(cands, key=lambda c: abs((c - dct).days)).year


def season_of(d: dt.date) -> tuple[int, int]:
    """(year, season index) of a date; Jan-Feb belong to the previous year's winter."""
    if d.month == 12:
        return d.year, 3
    if d.month <= 2:
        return d.year - 1, 3
    return d.year, (d.month - 3) // 3


def season_value(dct: dt.date, season: str, direction: str | None, rel: str | None) -> str:
    y, idx = season_of(dct)
    want = SEASONS.index(season)
    cur = y * 4 + idx
    cands = [(y + k) * 4 + want for k in (-2, -1, 0, 1, 2)]
    chosen = _pick(cur, cands, direction, rel)
    return f"{chosen // 4}-{season}"


def quarter_value(dct: dt.date, q: int, direction: str | None, rel: str | None) -> str:
    cur = dct.year * 4 + (dct.month - 1) // 3
    cands = [(dct.year + k) * 4 + q - 1 for k in (-2, -1, 0, 1, 2)]
    chosen = _pick(cur, cands, direction or "past", rel)
    return f"{chosen // 4}-Q{chosen % 4 + 1}"


def shift(dct: dt.date, unit: str, n: int) -> dt.date:
    """dct moved by n units (negative: back)."""
    if unit == "D":
        return dct + dt.timedelta(days=n)
    if unit == "W":
        return dct + dt.timedelta(weeks=n)
    if unit == "M":
        return add_months(dct, n)
    if unit == "Q":
        return add_months(dct, 3 * n)
    if unit == "Y":
        return add_years(dct, n)
    if unit == "10Y":
        return add_years(dct, 10 * n)
    if unit == "100Y":
        return add_years(dct, 100 * n)
    return dct


def at_granularity(d: dt.date, unit: str) -> str:
    """A date written at the granularity of ``unit`` (W, M, Q, Y, 10Y, 100Y, D)."""
    if unit == "W":
        return iso_week(d)
    if unit == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if unit == "Y":
        return f"{d.year:04d}"
    if unit == "10Y":
        return f"{d.year // 10:03d}"
    if unit == "100Y":
        return f"{d.year // 100:02d}"
    return d.isoformat()
