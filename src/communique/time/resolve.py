"""Resolving the matches of one document: plausibility, direction, anchors, values.

``resolve_times(doc, published)`` is the stage's time half: timex.find() proposes matches,
plausible() drops the ones the parse rules out, tense.direction() reads the governing verb for
the kinds that need it, and normalise/durations give each its TIMEX3 value. The date last
resolved is the anchor of anaphoric expressions ("the same day", "three days later"); a clock
time takes the day of its sentence, else the story's day (see _clock_day).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from communique.time import complement, durations, normalise, tense
from communique.time.modifiers import widen
from communique.time.plausible import plausible, word_before
from communique.time.timex import Found, find
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Kinds whose value depends on the direction of the governing verb.
_DIRECTED = {
    "weekday",
    "month",
    "md",
    "dm",
    "season",
    "quarter",
    "qnum",
    "half",
    "holiday",
    "relunit",
    "theweekend",
    "myrel",
}
_EXPLICIT = {
    "iso",
    "slash",
    "mdy",
    "dmy",
    "md",
    "dm",
    "my",
    "year",
    "yy",
    "decade",
    "century",
    "seasony",
}
_RELATIVE = {
    "relunit",
    "weekday",
    "month",
    "deictic",
    "podrel",
    "season",
    "ago",
    "holiday",
    "anaday",
    "theweekend",
    "theyear",
    "theoffset",
    "myrel",
    "inthe",
    "later",
}
_DURATION = {"duration", "offset", "vague", "annual"}
# How a present-tense verb points, per kind: a weekday "meets on Thursday" is coming; a month
# "as of February, the store accounts for" is the nearest; a quarter's results are past.
_PRESENT_AS = {
    "weekday": "present",
    "quarter": "past",
    "qnum": "past",
    "half": "past",
    "theweekend": "present",
}
_SET = {"set", "setwd"}
_CLOCK = {"clock", "clock24", "clockmil", "noon"}
# Words before a bare 4-digit number that make it a year ("in 2009", "since 1991").


def value_of(
    f: Found, c: normalise.Context, text: str, sentence_day: dt.date | None
) -> tuple[str | None, str] | None:
    """(value, type) of one match, or None when it is not a time expression after all."""
    if f.kind in _EXPLICIT:
        return normalise.explicit(f, c)
    if f.kind in ("quarter", "qnum", "half"):
        return normalise.period(f, c, text)
    if f.kind in _RELATIVE:
        return normalise.relative(f, c, text)
    if f.kind in _DURATION:
        return durations.span_duration(f)
    if f.kind in _SET:
        return durations.span_set(f)
    if f.kind == "ref":
        return durations.span_ref(f)
    if f.kind in _CLOCK:
        return durations.span_clock(f, c.dct, sentence_day, c.direction)
    return None


_YEARS = {"year": 1, "decade": 10, "century": 100}


def _years_later(f: Found, year: int) -> tuple[str, str] | None:
    """ "A year later", "a decade earlier" after a year named alone ("in 2019"): that year
    moved by the count, as a year; other units and "from now" are left to normalise.py."""
    if f.kind != "later":
        return None
    unit, word = f.groups.get("unit", "").lower(), f.groups.get("dir", "").lower()
    n = durations.number(f.groups.get("n"))
    if unit not in _YEARS or n is None or word.startswith(("from", "hence")):
        return None
    step = -1 if word in ("earlier", "before") else 1
    return str(year + step * int(n) * _YEARS[unit]), "DATE"


_ANAPHORIC = re.compile(
    r"(?i)(?:the|that)\s+(?:(next|following|previous|prior|preceding|same)\s+year|year\s+(before|after))"
)
_STEP = {"next": 1, "following": 1, "after": 1, "previous": -1, "prior": -1, "preceding": -1}
_SPAN_PREPS = words("time/resolve_span_preps.txt")


def _anaphoric_year(phrase: str, before: str, year: int | None) -> tuple[str, str] | None:
    """ "He sued the next year", "The following year it burned", "that same year" after a year
    named alone: TimeML reads them from the story's year, not the publication's ("over the next
    year" is a span ahead and stays a duration)."""
    if phrase.lower().startswith("same year") and before in ("that", "the"):
        phrase = f"{before} {phrase}"  # the grammar matched "same year" of "that same year"
    m = _ANAPHORIC.search(phrase)
    if year is None or m is None or before in _SPAN_PREPS:
        return None
    return str(year + _STEP.get((m.group(1) or m.group(2)).lower(), 0)), "DATE"


def _day_of(value: str | None) -> dt.date | None:
    if value and re.fullmatch(r"\d{4}-\d\d-\d\d(T.*)?", value):
        return dt.date.fromisoformat(value[:10])
    return None


def resolve_times(
    doc: Doc, published: dt.date | None, text: str | None = None
) -> list[tuple[Found, str | None, str]]:
    """(match, value, type) for every time expression in the doc, in text order (``text`` is
    ``doc.text``, passed when the caller has it: building it walks every token)."""
    text = doc.text if text is None else text
    out: list[tuple[Found, str | None, str]] = []
    anchor: dt.date | None = None
    year: int | None = None  # a year named after the last full date
    days: list[tuple[int, int, dt.date]] = []  # (char offset, sentence start, day) of each date
    clocks: list[tuple[int, Found]] = []
    for f in find(text):
        if not plausible(f, doc, text):
            continue
        before = word_before(text, f.start)
        direction = _direction(doc, f, before) if f.kind in _DIRECTED else None
        c = normalise.Context(published, direction, anchor, before)
        if f.kind in _CLOCK:
            clocks.append((len(out), f))
            out.append((f, None, "TIME"))
            continue
        res: tuple[str | None, str] | None = (
            _years_later(f, year) if year is not None else None
        ) or _anaphoric_year(text[f.start : f.end], before, year)
        res = res or value_of(f, c, text[f.start : f.end], None)
        if res is None:
            continue
        out.append((f, res[0], res[1]))
        day = _day_of(res[0])
        if day is not None:
            anchor, year = day, None
            days.append((f.start, doc[_tok(doc, f.start)].sent.start, day))
        elif res[0] and re.fullmatch(r"\d{4}", res[0]):
            year = int(res[0])  # "closed in 2019. A year later": the year is the anchor
    for idx, f in clocks:
        sday = _clock_day(doc, f, days, published)
        direction = tense.direction(doc, f.start, f.end)
        res = value_of(f, normalise.Context(published, direction, anchor), "", sday)
        out[idx] = (f, res[0], res[1]) if res else (f, None, "DROP")
    return [
        (replace(f, start=widen(text, f.start, f.end, k)), v, k) for f, v, k in out if k != "DROP"
    ]


def _clock_day(
    doc: Doc, f: Found, days: list[tuple[int, int, dt.date]], published: dt.date | None
) -> dt.date | None:
    """The day of a clock time: a date in its sentence; else the last date before it within a
    week of publication (the story's day: "returned on Saturday ... resumed at 6 a.m."); else
    None (the publication day)."""
    sent = doc[_tok(doc, f.start)].sent.start
    same = [d for _, s, d in days if s == sent]
    if same:
        return same[0]
    if published is None:
        return None
    recent = [d for start, _, d in days if start < f.start and abs((d - published).days) <= 7]
    return recent[-1] if recent else None


def _direction(doc: Doc, f: Found, before: str) -> str | None:
    """The verb's direction, read per kind; "since March" is past, "until Friday" ahead."""
    direction = tense.direction(doc, f.start, f.end)
    if direction in ("past", None) and complement.future_complement(doc, f.start, f.end):
        direction = "future"  # "called for protests on Thursday": the protests lie ahead
    if before == "since":
        return "past"
    if before in ("until", "till") and direction != "past":
        return "future"
    if direction == "present":
        return _PRESENT_AS.get(f.kind)
    return direction


def _tok(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0
