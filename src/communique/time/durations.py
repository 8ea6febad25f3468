"""Values of durations, sets, vague references and clock times.

"two years" -> P2Y, "a 12-hour shift" -> PT12H, "the past five trading days" -> P5D, "for
years" -> PXY, "every week" -> SET P1W, "annually" -> SET P1Y, "now" -> PRESENT_REF,
"3 p.m." -> the day's date + T15:00 (UTC/GMT written as Z).
"""

from __future__ import annotations

import datetime as dt

from communique.time import dates as D
from communique.time.lexicon import lexicon
from communique.time.numbers import parse_number
from communique.time.timex import Found
from communique.wordlists import words

UNIT = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "10Y",
    "century": "100Y",
    "centurie": "100Y",
    "annum": "Y",
    "weekend": "WE",
}
TIME_UNITS = {"second", "minute", "hour"}
REL = {
    "this": 0,
    "current": 0,
    "present": 0,
    "same": 0,
    "last": -1,
    "past": -1,
    "previous": -1,
    "next": 1,
    "coming": 1,
    "upcoming": 1,
    "following": 1,
}
VAGUE = words("time/durations_vague.txt")
_VAGUE_CODE = {"10Y": "DE", "100Y": "CE", "2W": "W"}
_ZULU = {"UTC", "GMT", "Z"}

Result = tuple[str | None, str]


def number(text: str | None) -> int | float | None:
    """The count in "two", "a", "18", "two and a half"; None for "several", "a few"."""
    if text is None:
        return None
    t = " ".join(text.lower().split())
    if t in VAGUE:
        return None
    if t == "a couple of":
        return 2
    return parse_number(t)


def _fmt(n: int | float) -> str:
    return str(int(n)) if float(n).is_integer() else str(n)


def duration(n: int | float | None, unit: str) -> str:
    """TIMEX3 duration value: P2Y, PT6H, P10Y for a decade; PXY when the count is vague."""
    code = UNIT[unit]
    time = "T" if unit in TIME_UNITS else ""
    if n is None:
        return f"P{time}X{_VAGUE_CODE.get(code, code)}"
    if code == "2W":
        n, code = n * 2, "W"
    elif code in ("10Y", "100Y"):
        n, code = n * int(code[:-1]), "Y"
    return f"P{time}{_fmt(n)}{code}"


def _unit(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and w[:-1] in UNIT else w


def span_duration(f: Found) -> Result | None:
    g = f.groups
    if f.kind == "annual":
        return "P1Y", "DURATION"
    if f.kind == "duration":
        if g["unit"].lower() in ("second", "quarter") and g["dur"].lower() in ("a", "an"):
            return None  # "a second day" is an ordinal, "a quarter of its dealers" a share
        n = number(g["dur"])
        return (duration(n, _unit(g["unit"])), "DURATION") if n is not None else None
    if f.kind == "offset":
        n = number(g.get("n"))
        if n is not None:
            return duration(n, _unit(g["unit"])), "DURATION"
        return None, "DATE"
    if f.kind == "vague":
        unit = _unit(g["unit"])
        if g.get("q", "").lower().startswith(("the next", "the coming")):
            return "FUTURE_REF", "DATE"
        return duration(None, unit), "DURATION"
    return None


def span_set(f: Found) -> Result | None:
    g = f.groups
    lex = lexicon()
    if f.kind == "setwd":
        return f"XXXX-WXX-{lex.weekdays[g['wd'].lower()]}", "SET"
    if "adv" in g:
        return lex.sets[g["adv"].lower()], "SET"
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "").lower()
    if unit in lex.parts_of_day:
        return f"XXXX-XX-XXT{lex.parts_of_day[unit]}", "SET"
    if unit == "weekend":
        return "XXXX-WXX-WE", "SET"
    return duration(2 if g.get("other") else 1, _unit(unit)), "SET"


def span_ref(f: Found) -> Result:
    word = " ".join(f.groups["ref"].lower().split())
    word = word[3:] if word.startswith("in ") else word
    refs = lexicon().refs
    if word in refs:
        return refs[word], "DATE"
    return ("FUTURE_REF" if "future" in word else "PAST_REF"), "DATE"


def span_clock(
    f: Found, dct: dt.date | None, day: dt.date | None, direction: str | None
) -> Result | None:
    """A clock time on its day: the day it names, else ``day`` (the sentence's), else dct."""
    g = f.groups
    if "noon" in g:
        h, mi = (0, 0) if g["noon"].lower() == "midnight" else (12, 0)
    else:
        h, mi = int(g["h"]), int(g.get("mi") or 0)
        ampm = (g.get("ampm") or "").lower().replace(".", "")
        if ampm and not 1 <= h <= 12:
            return None
        if ampm == "pm" and h < 12:
            h += 12
        elif ampm == "am" and h == 12:
            h = 0
        if h > 23:
            return None
    if dct is not None and g.get("day"):
        day = dct + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(g["day"].lower(), 0))
    elif dct is not None and g.get("wd"):
        day = D.weekday_date(dct, lexicon().weekdays[g["wd"].lower()], direction)
    day = day or dct
    if day is None:
        return None, "TIME"
    zone = "Z" if g.get("tz") in _ZULU else ""
    return f"{day.isoformat()}T{h:02d}:{mi:02d}{zone}", "TIME"
