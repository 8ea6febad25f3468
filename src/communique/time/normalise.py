"""TIMEX3 values for found expressions, resolved against the publication date.

``normalise(found, text, ctx)`` returns ``(value, type)``, or None when the match turns out not
to be a time expression. A relative expression with no publication date keeps ``value`` None;
explicit dates ("21 February 2023") resolve without one. Conventions (documented choices):

- "a year ago" keeps month granularity (the same month a year before: "2022-02"); "N years
  ago" with N > 1 gives the year; weeks and days ago give the day.
- "the coming year" / "the next month" (with "the", no number) is a DURATION whose value is
  the range "START/END" from the publication date; "the past year" is the duration "P1Y".
- vague amounts of time: as a duration ("for years", "recent months") "PXY"/"PXM"; as an
  offset from an unstated event ("just days after", "hours after") the value is None.
- "02/03/2023" is read in US order (month/day), as English news mostly writes; a first number
  over 12 is read as the day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from communique.time import dates as D
from communique.time.durations import REL, TIME_UNITS, UNIT, duration, number
from communique.time.lexicon import lexicon
from communique.time.timex import Found
from communique.wordlists import words

_DECADE_CUES = words("time/normalise_decade_cues.txt")
_SPANNING = words("time/normalise_spanning.txt")
Result = tuple[str | None, str]


@dataclass
class Context:
    """What a value depends on: the publication date, the verb's direction, the last date."""

    dct: dt.date | None
    direction: str | None = None
    anchor: dt.date | None = None
    before: str = ""  # the word before the expression, lower-case ("over", "since")


def _day(d: dt.date, pod: str | None) -> Result:
    if pod:
        return f"{d.isoformat()}T{lexicon().parts_of_day[pod.lower()]}", "TIME"
    return d.isoformat(), "DATE"


def _month_num(word: str) -> int:
    return lexicon().months[word.lower().rstrip(".")]


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def explicit(f: Found, c: Context) -> Result | None:
    g = f.groups
    if f.kind == "iso":
        iso = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        if iso is None:
            return None
        if "hh" in g:
            return f"{iso.isoformat()}T{g['hh']}:{g['mi']}", "TIME"
        return iso.isoformat(), "DATE"
    if f.kind == "slash":
        a, b, y = int(g["a"]), int(g["b"]), int(g["y"])
        y = y + (2000 if y < 50 else 1900) if y < 100 else y
        mon, dom = (b, a) if a > 12 else (a, b)
        day = _safe_date(y, mon, dom)
        return (day.isoformat(), "DATE") if day else None
    if f.kind in ("mdy", "dmy"):
        day = _safe_date(int(g["y"]), _month_num(g["month"]), int(g["d"]))
        return (day.isoformat(), "DATE") if day else None
    if f.kind in ("md", "dm"):
        mon, dom = _month_num(g["month"]), int(g["d"])
        if not 1 <= dom <= 31:
            return None
        if c.dct is None:
            return None, "DATE"
        day = _safe_date(D.day_year(c.dct, mon, dom, c.direction), mon, dom)
        return (day.isoformat(), "DATE") if day else None
    if f.kind == "my":
        return f"{g['y']}-{_month_num(g['month']):02d}", "DATE"
    if f.kind == "year":
        return (f"FY{g['y']}" if g.get("fy") else g["y"]), "DATE"
    if f.kind == "yy":
        yy = int(g["yy"])
        pivot = (c.dct.year % 100 + 5) if c.dct else 30
        return f"{(2000 if yy <= pivot else 1900) + yy}", "DATE"
    if f.kind == "decade":
        if len(g["dec"]) == 2 and not g.get("the") and c.before not in _DECADE_CUES:
            return None  # "in their 30s" is an age; "the 70s and 80s" are decades
        dec = g["dec"].lstrip("'’")
        if len(dec) == 2:
            dec = (
                "20" if c.dct and int(dec) <= c.dct.year % 100 - 10 and int(dec) < 30 else "19"
            ) + dec
        return dec[:3], "DATE"
    if f.kind == "century":
        return f"{int(g['c']) - 1:02d}", "DATE"
    if f.kind == "seasony":
        return f"{g['y']}-{lexicon().seasons[g['season'].lower()]}", "DATE"
    return None


def _year_of(g: dict[str, str], c: Context) -> int | None:
    if "y" in g:
        return int(g["y"])
    rel = " ".join(g.get("yrel", "").lower().split()).replace("the ", "")
    if rel and c.dct:
        return c.dct.year + REL.get(rel, 0)
    return None


def period(f: Found, c: Context, text: str) -> Result | None:
    """Quarters and halves of a year."""
    g = f.groups
    if f.kind == "qnum":
        q = int(g.get("q") or g["q2"])
        if "y" in g:
            return f"{g['y']}-Q{q}", "DATE"
        return (D.quarter_value(c.dct, q, c.direction, None), "DATE") if c.dct else (None, "DATE")
    ordw = g["ord"].lower()
    if f.kind == "quarter":
        if ordw in ("last", "final") and not text.lower().startswith("the"):
            return relunit({"rel": "last", "unit": "quarter"}, c, text)
        q = lexicon().ordinals[ordw]
        year = _year_of(g, c)
        if year is not None:
            return f"{year}-Q{q}", "DATE"
        return (D.quarter_value(c.dct, q, c.direction, None), "DATE") if c.dct else (None, "DATE")
    h = lexicon().ordinals[ordw]
    year = _year_of(g, c)
    if year is None and c.dct is not None:
        cur_h = 1 if c.dct.month <= 6 else 2
        year = c.dct.year if h <= cur_h or c.direction == "future" else c.dct.year - 1
    return (f"{year}-H{h}" if year else None), "DATE"


def relunit(g: dict[str, str], c: Context, text: str) -> Result | None:
    """ "last month", "this week", "next year", "the past year", "the coming year"."""
    rel, unit = g["rel"].lower(), g["unit"].lower()
    lex = lexicon()
    if unit in lex.seasons:
        if c.dct is None:
            return None, "DATE"
        r = {"past": "last", "previous": "last", "coming": "next", "upcoming": "next"}.get(rel, rel)
        r = "this" if r in ("current", "present", "same") else r
        return D.season_value(c.dct, lex.seasons[unit], c.direction, r), "DATE"
    code = UNIT[unit]
    spanning = c.before in _SPANNING
    if g.get("the") and rel in ("past", "last") and unit != "weekend" and spanning:
        return duration(1, unit), "DURATION"
    base = c.dct
    if g.get("the") and rel in ("previous", "following", "same") or unit == "day":
        base = c.anchor or c.dct
    if base is None:
        return None, "DATE"
    if unit == "day":  # "the next day", "the previous day": a step from the date last named
        return D.shift(base, "D", REL.get(rel, 0)).isoformat(), "DATE"
    if g.get("the") and rel in ("next", "coming", "upcoming") and unit != "weekend":
        return f"{base.isoformat()}/{D.shift(base, code, 1).isoformat()}", "DURATION"
    if unit == "weekend":
        return f"{D.iso_week(base + dt.timedelta(weeks=REL.get(rel, 0)))}-WE", "DATE"
    return D.at_granularity(D.shift(base, code, REL.get(rel, 0)), code), "DATE"


def relative(f: Found, c: Context, text: str) -> Result | None:
    g = f.groups
    lex = lexicon()
    if f.kind == "relunit":
        return relunit(g, c, text)
    if f.kind == "weekday":
        rel = (g.get("rel") or "").lower() or None
        rel = "last" if rel == "past" else rel
        if c.dct is None:
            return None, ("TIME" if g.get("pod") else "DATE")
        day = D.weekday_date(c.dct, lex.weekdays[g["wd"].lower()], c.direction, rel)
        return _day(day, g.get("pod"))
    if f.kind == "month":
        m = _month_num(g["month"])
        rel = (g.get("rel") or "").lower() or None
        if c.dct is None:
            return None, "DATE"
        return f"{D.month_year(c.dct, m, c.direction, rel)}-{m:02d}", "DATE"
    if f.kind in ("deictic", "podrel"):
        if c.dct is None:
            return None, "DATE"
        word = (g.get("deic") or g.get("rel") or "").lower()
        shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
        pod = "night" if word == "tonight" else g.get("pod")
        return _day(c.dct + dt.timedelta(days=shift), pod)
    if f.kind == "season":
        s = g["season"].lower()
        if s == "fall" and not g.get("rel"):
            return None
        if c.dct is None:
            return None, "DATE"
        return D.season_value(c.dct, lex.seasons[s], c.direction, None), "DATE"
    if f.kind == "ago":
        n = number(g.get("n"))
        unit = g["unit"].lower().rstrip("s")
        if unit in TIME_UNITS:  # "hours ago", "30 minutes ago": the publication day
            return (c.dct.isoformat() if c.dct else None), "DATE"
        if n is None:
            return "PAST_REF", "DATE"
        if c.dct is None:
            return None, "DATE"
        code = UNIT[unit]
        back = D.shift(c.dct, code, -int(n))
        gran = {"Y": "M" if n == 1 else "Y", "W": "D", "10Y": "Y", "100Y": "Y"}.get(code, code)
        return D.at_granularity(back, gran), "DATE"
    if f.kind == "later":
        return _later(g, c)
    if f.kind in ("anaday", "theweekend", "theyear", "theoffset", "myrel", "inthe"):
        return _anaphoric(f, c)
    if f.kind == "holiday":
        md = lex.holidays[" ".join(g["hol"].lower().replace("’", "'").split())]
        if "y" in g:
            return f"{g['y']}-{md}", "DATE"
        if c.dct is None:
            return None, "DATE"
        m, d = (int(x) for x in md.split("-"))
        return f"{D.day_year(c.dct, m, d, c.direction)}-{md}", "DATE"
    return None


def _anaphoric(f: Found, c: Context) -> Result:
    """ "the same day" (the date last mentioned, else the publication day), "the weekend",
    "the end of the year", "October of next year"."""
    if c.dct is None:
        return None, "DATE"
    if f.kind == "anaday":  # the day last named ("on Monday ... rose on the day"), else today
        return (c.anchor or c.dct).isoformat(), "DATE"
    if f.kind == "theweekend":
        # Past: the last weekend (this one once it has begun); otherwise the coming one.
        if c.direction == "past" or (c.direction is None and c.dct.isoweekday() < 5):
            back = c.dct.isoweekday() < 6
        else:
            back = False
        return f"{D.iso_week(c.dct - dt.timedelta(weeks=int(back)))}-WE", "DATE"
    if f.kind in ("theyear", "inthe"):
        code = UNIT[f.groups["unit"].lower()]
        return D.at_granularity(c.dct, code), "DATE"
    if f.kind == "theoffset":  # "the day before": a step from the date last mentioned
        code = UNIT[f.groups["unit"].lower()]
        step = -1 if f.groups["dir"].lower() in ("before", "earlier") else 1
        return D.at_granularity(D.shift(c.anchor or c.dct, code, step), code), "DATE"
    year = c.dct.year + REL[f.groups["yrel"].lower()]
    return f"{year}-{_month_num(f.groups['month']):02d}", "DATE"


def _later(g: dict[str, str], c: Context) -> Result:
    """ "three days later", "a year earlier" (from the date last mentioned), "two weeks from
    now" (from the publication date): a date at the unit's granularity."""
    n, unit = number(g["n"]), g["unit"].lower()
    word = g["dir"].lower()
    base = c.dct if word.startswith(("from", "hence")) else (c.anchor or c.dct)
    if base is None or n is None:
        return None, "DATE"
    if unit in TIME_UNITS:
        return base.isoformat(), "DATE"
    code = UNIT[unit]
    day = D.shift(base, code, int(n) * (-1 if word == "earlier" else 1))
    return D.at_granularity(day, {"W": "D", "10Y": "Y", "100Y": "Y"}.get(code, code)), "DATE"
