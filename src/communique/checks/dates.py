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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.time.lookup import CalendarDate, calendar_dates
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_PLANNED = words("checks/dates_planned.txt")
_MODALS = words("checks/dates_modals.txt")


@dataclass(frozen=True)
class DateFlag:
    start: int
    end: int
    message: str


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
    if auxes & _MODALS:
        return None
    if verb.lemma_.lower() in _PLANNED or any(c.lemma_ in _PLANNED for c in verb.children):
        return None
    if verb.tag_ == "VBD" or (verb.tag_ == "VBN" and auxes & {"had", "has", "have", "was"}):
        return "past"
    return None


def _said(d: CalendarDate) -> tuple[int, int]:
    """The span a flag points at: the date with its weekday, else the date proper."""
    return (d.start if d.weekday else d.date_start), d.end


def predict_date_conflicts(
    doc: Doc, text: str, published: dt.date | None, blanked: list[tuple[int, int]]
) -> list[DateFlag]:
    """Every explicit date that contradicts its weekday or its verb's tense. Dates written
    with words ("March 3, 2023", "the 7th of March"), read with the time stage's grammar; a
    date without a year is the same day in the years around the publication date (so no guess
    about the year can raise a false alarm)."""
    out: list[DateFlag] = []
    for d in calendar_dates(text):
        start, end = _said(d)
        if d.kind == "iso" or any(s <= start < e for s, e in blanked):
            continue
        dates = d.days(published)
        if not dates:
            continue
        wd = d.weekday
        if wd and all(d.weekday_index != day.weekday() for day in dates):
            real = ", ".join(
                f"{day.isoformat()} is a {calendar.day_name[day.weekday()]}" for day in dates
            )
            out.append(DateFlag(start, end, f"{text[start:end]!r}: {real}, not a {wd}"))
            continue
        if published is None or len(dates) != 1:
            continue  # the tense check needs a stated year
        flag = _tense_conflict(doc, text[start:end], d, dates[0], published)
        if flag:
            out.append(DateFlag(start, end, flag))
    return out


def _tense_conflict(
    doc: Doc, written: str, d: CalendarDate, when: dt.date, published: dt.date
) -> str | None:
    """A dated event whose verb's tense the publication date contradicts, else None."""
    verb = _governor(doc, d.date_start, d.end)
    if verb is None:
        return None
    tense = _tense(verb)
    said = f"{written!r} ({when.isoformat()})"
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
