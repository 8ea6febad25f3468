"""`date_conflict`: a date the article gives that cannot be right.

Two general contradictions, both on explicit calendar dates (a relative date such as "on
Tuesday" is resolved from the publication date and so cannot contradict it by itself):
a weekday next to a date that falls on another weekday ("on Tuesday, March 3, 2023"), and a
verb's tense against the publication date (an event told in the past tense dated after
publication, or one told in the future tense dated well before it).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.time.lookup import month_numbers, weekday_names
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_MONTHS = month_numbers()  # the time stage's calendar words
_WEEKDAYS = weekday_names()
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_MON2 = _MON.replace("mon>", "mon2>")
_DATE = (
    rf"(?:{_MON}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{{4}}))?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON2}(?:,?\s+(?P<year2>\d{{4}}))?)"
)
_WEEKDAY = r"(?P<wd>" + "|".join(_WEEKDAYS) + r")"
_DATE_RE = re.compile(rf"(?:\b{_WEEKDAY},?\s+(?:the\s+)?)?\b{_DATE}\b", re.IGNORECASE)
_PLANNED = words("checks/dates_planned.txt")


@dataclass(frozen=True)
class DateFlag:
    start: int
    end: int
    message: str


def _resolve(m: re.Match[str], published: dt.date | None) -> list[dt.date]:
    """The dates the phrase can mean: one with a year; without one, the same day in the years
    around the publication date (so no guess about the year can raise a false alarm)."""
    mon_s = m.group("mon") or m.group("mon2")
    if not mon_s[:1].isupper():  # "may 3" is no date
        return []
    mon, day = _MONTHS[mon_s.lower()], int(m.group("day") or m.group("day2"))
    year_s = m.group("year") or m.group("year2")
    if year_s:
        years = [int(year_s)]
    else:
        years = [published.year + k for k in (-1, 0, 1)] if published else []
    out = []
    for y in years:
        try:
            out.append(dt.date(y, mon, day))
        except ValueError:
            continue
    return out


def _governor(doc: Doc, start: int, end: int) -> Token | None:
    """The verb an "on <date>" phrase (or a bare date) modifies directly ("arrived on March 3,
    2023"); None for deadlines and spans ("by", "until", "through") and anything less direct."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ == "npadvmod" and tok.head.pos_ in ("VERB", "AUX"):
        return tok.head
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "on" and prep.head.pos_ in ("VERB", "AUX"):
        return prep.head
    return None


def _tense(verb: Token) -> str | None:
    """past | future | None (anything else: present, modal, planned, reported)."""
    auxes = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if auxes & {"will", "shall", "'ll"}:
        return "future"
    if auxes & {"would", "could", "might", "may", "should", "must", "to"}:
        return None
    if verb.lemma_.lower() in _PLANNED or any(c.lemma_ in _PLANNED for c in verb.children):
        return None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"had", "has", "have", "was"}):
        return "past"
    return None


def predict_date_conflicts(
    doc: Doc, text: str, published: dt.date | None, blanked: list[tuple[int, int]]
) -> list[DateFlag]:
    """Every explicit date that contradicts its weekday or its verb's tense."""
    out: list[DateFlag] = []
    for m in _DATE_RE.finditer(text):
        if any(s <= m.start() < e for s, e in blanked):
            continue
        dates = _resolve(m, published)
        if not dates:
            continue
        wd = m.group("wd")
        if wd and all(_WEEKDAYS.index(wd.lower()) != d.weekday() for d in dates):
            real = ", ".join(
                f"{d.isoformat()} is a {calendar.day_name[d.weekday()]}" for d in dates
            )
            out.append(DateFlag(m.start(), m.end(), f"{m.group(0)!r}: {real}, not a {wd}"))
            continue
        if published is None or len(dates) != 1:
            continue  # the tense check needs a stated year
        flag = _tense_conflict(doc, m, dates[0], published)
        if flag:
            out.append(DateFlag(m.start(), m.end(), flag))
    return out


def _tense_conflict(doc: Doc, m: re.Match[str], when: dt.date, published: dt.date) -> str | None:
    """A dated event whose verb's tense the publication date contradicts, else None."""
    verb = _governor(doc, m.start("mon") if m.group("mon") else m.start(), m.end())
    if verb is None:
        return None
    tense = _tense(verb)
    said = f"{m.group(0)!r} ({when.isoformat()})"
    if tense == "past" and when > published:
        return (
            f"{said} is told in the past tense ({verb.text!r}) but falls after the "
            f"publication date {published.isoformat()}"
        )
    if tense == "future" and when < published - dt.timedelta(days=1):
        return (
            f"{said} is told in the future tense but falls before the publication date "
            f"{published.isoformat()}"
        )
    return None
