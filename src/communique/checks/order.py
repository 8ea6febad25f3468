"""`date_conflict` by order: an event dated one way and said to come before or after a date
that contradicts it ("arrived on Tuesday, after the summit on Feb. 25" when that Tuesday is the
21st).

Both dates are the time stage's resolved TIMEX3 values (``record.times``), so a relative date
("on Tuesday") takes part once the time stage has anchored it to the publication date. Only
full calendar dates are compared, and only when "after"/"before" hangs from the same verb as
the event's own date.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord, Time

_YEAR = re.compile(r"\b\d{4}\b")
_ORDER = {"after": 1, "since": 1, "following": 1, "before": -1, "ahead": -1, "prior": -1}


@dataclass(frozen=True)
class OrderFlag:
    start: int
    end: int
    message: str


def _day(t: Time) -> dt.date | None:
    v = t.value or ""
    if t.type != "DATE" or len(v) != 10:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        return None


def _near(other: dt.date, day: dt.date) -> dt.date:
    """A date given without its year, in the year that puts it nearest the event's date (the
    time stage guessed its year from the tense, which says nothing about "after" or "before")."""
    cands = []
    for k in (-1, 0, 1):
        try:
            cands.append(other.replace(year=day.year + k))
        except ValueError:  # 29 February
            continue
    return min(cands, key=lambda d: abs((d - day).days)) if cands else other


def _event_verb(tok: Token) -> Token | None:
    """The verb a date is the "on"-date of ("arrived on Tuesday")."""
    head = tok.head
    if tok.dep_ == "npadvmod" and head.pos_ in ("VERB", "AUX"):
        return head
    if tok.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _order_word(tok: Token, verb: Token) -> Token | None:
    """The "after"/"before" through which a date hangs from ``verb``, else None."""
    cur = tok
    for _ in range(5):
        if cur.i == cur.head.i:
            return None
        if cur.lower_ in _ORDER and cur.head.i == verb.i:
            return cur
        cur = cur.head
        if cur.i == verb.i:
            return None
    return None


def predict_order_conflicts(doc: Doc, record: ArticleRecord) -> list[OrderFlag]:
    """Every event whose own date contradicts the "after"/"before" date it is placed against."""
    dated = []
    for t in record.times:
        day = _day(t)
        span = doc.char_span(t.start, t.end, alignment_mode="expand") if day else None
        if span is not None and day is not None:
            dated.append((t, day, span.root))
    out: list[OrderFlag] = []
    for t, day, root in dated:
        verb = _event_verb(root)
        if verb is None:
            continue
        for u, other, uroot in dated:
            if u is t or uroot.sent.start != root.sent.start:
                continue
            word = _order_word(uroot, verb)
            if word is None:
                continue
            other = _near(other, day) if not _YEAR.search(u.text) else other
            sign = _ORDER[word.lower_]
            if (sign > 0 and day < other) or (sign < 0 and day > other):
                msg = (
                    f"{t.text!r} ({day.isoformat()}) is said to come {word.lower_} "
                    f"{u.text!r} ({other.isoformat()})"
                )
                out.append(OrderFlag(t.start, t.end, msg))
    return out
