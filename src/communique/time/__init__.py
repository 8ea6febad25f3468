"""The time stage: every time expression resolved to a TIMEX3 value, every figure parsed.

Entry point ``run(doc, record, ctx)`` writes ``record.times`` and ``record.amounts``. Later
stages read the resolved times through :mod:`communique.time.lookup` (``times_in``,
``date_in``), never through this module's internals.

How a time is made: timex.find() matches a regular grammar over the (boilerplate-blanked) text;
checks that need the parse are made here (is "2009" a year or a count? is "May" the month?);
tense.direction() reads the governing verb; normalise/durations turn the match into a value
against the publication date ``ctx.published``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from communique.record import Time, make_span
from communique.time import durations, normalise, tense
from communique.time.timex import Found, find

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.pipeline import Context
    from communique.record import ArticleRecord

__all__ = ["run", "resolve_times"]

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
_YEAR_CUES = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "and",
    "or",
    "between",
    "the",
    "for",
    "fiscal",
    "year",
    "around",
    "circa",
    "c.",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "-",
    "–",
    "—",
    "(",
    ",",
    "than",
}
_STRONG_YEAR_CUES = {
    "in",
    "since",
    "during",
    "until",
    "till",
    "by",
    "before",
    "after",
    "from",
    "through",
    "throughout",
}
_MAY_CUES = {
    "in",
    "since",
    "by",
    "until",
    "till",
    "of",
    "from",
    "to",
    "through",
    "during",
    "before",
    "after",
    "early",
    "late",
    "mid",
    "last",
    "next",
    "this",
    "and",
    "or",
    "between",
    "end",
    "beginning",
    "start",
    "middle",
    "coming",
    "past",
}
_TIME_NOUNS = {
    "season",
    "budget",
    "election",
    "census",
    "summit",
    "level",
    "figure",
    "crisis",
    "war",
    "agreement",
    "accord",
    "deal",
    "law",
    "act",
    "plan",
    "vote",
    "games",
}
_WORD = re.compile(r"([\w.'’-]+|[(,–—-])\s*$")


def _word_before(text: str, start: int) -> str:
    m = _WORD.search(text, max(0, start - 30), start)
    return m.group(1).lower().rstrip("-") or "-" if m else ""


def _counts_things(tok: Token) -> bool:
    """A number that is the count of a noun ("2000 people"), not a year."""
    head = tok.head
    plural = head.tag_ in ("NNS", "NNPS")  # "the 2011 version" is a year, "1999 cars" a count
    return (
        tok.dep_ == "nummod"
        and head.i > tok.i
        and plural
        and (head.lemma_.lower() not in _TIME_NOUNS)
    )


def _plausible(f: Found, doc: Doc, text: str) -> bool:
    """Checks the text grammar cannot make: bare years, the month "May"."""
    if f.kind in ("year", "yy") and not (f.groups.get("mod") or f.groups.get("fy")):
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        strong = _word_before(text, f.start) in _STRONG_YEAR_CUES  # "in 2022 protests"
        if span is not None and not strong and _counts_things(span[-1]):
            return False  # "1999 cars"
        ent = span is not None and any(t.ent_type_ == "DATE" for t in span)
        if f.kind == "yy":
            return ent
        return ent or _word_before(text, f.start) in _YEAR_CUES
    if f.kind == "month" and f.groups["month"].lower() == "may" and not f.groups.get("rel"):
        return bool(f.groups.get("mod")) or _word_before(text, f.start) in _MAY_CUES
    return True


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
    days: list[tuple[int, int, dt.date]] = []  # (char offset, sentence start, day) of each date
    clocks: list[tuple[int, Found]] = []
    for f in find(text):
        if not _plausible(f, doc, text):
            continue
        before = _word_before(text, f.start)
        direction = _direction(doc, f, before) if f.kind in _DIRECTED else None
        c = normalise.Context(published, direction, anchor, before)
        if f.kind in _CLOCK:
            clocks.append((len(out), f))
            out.append((f, None, "TIME"))
            continue
        res = value_of(f, c, text[f.start : f.end], None)
        if res is None:
            continue
        out.append((f, res[0], res[1]))
        day = _day_of(res[0])
        if day is not None:
            anchor = day
            days.append((f.start, doc[_tok(doc, f.start)].sent.start, day))
    for idx, f in clocks:
        sday = _clock_day(doc, f, days, published)
        direction = tense.direction(doc, f.start, f.end)
        res = value_of(f, normalise.Context(published, direction, anchor), "", sday)
        out[idx] = (f, res[0], res[1]) if res else (f, None, "DROP")
    return [o for o in out if o[2] != "DROP"]


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


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Write record.times (TIMEX3 values against ctx.published) and record.amounts."""
    from communique.time.amounts import find_amounts

    text = doc.text  # once: building it walks every token
    record.times = [
        make_span(record.text, f.start, f.end, Time, value=value, type=kind)
        for f, value, kind in resolve_times(doc, ctx.published, text)
    ]
    record.amounts = find_amounts(doc, record, text)
