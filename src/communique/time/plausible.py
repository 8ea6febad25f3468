"""Checks on a match that the text grammar cannot make alone and the parse can: is a bare
"2009" a year or a count ("1999 cars")? is "May" the month or the modal verb or a name?"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.time.timex import Found
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that may stand before a year or a month name in a date ("in 2024", "until May").
_DATE_PREPS = words("time/plausible_date_preps.txt")
_YEAR_CUES = _DATE_PREPS | words("time/plausible_year_cues.txt")
_STRONG_YEAR_CUES = words("time/plausible_strong_year_cues.txt")
_MAY_CUES = _DATE_PREPS | words("time/plausible_may_cues.txt")
_TIME_NOUNS = words("time/plausible_time_nouns.txt")
_WORD = re.compile(r"([\w.'’-]+|[(,–—-])\s*$")


def word_before(text: str, start: int) -> str:
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


def plausible(f: Found, doc: Doc, text: str) -> bool:
    """Checks the text grammar cannot make: bare years, the month "May"."""
    if f.kind in ("year", "yy") and not (f.groups.get("mod") or f.groups.get("fy")):
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        strong = word_before(text, f.start) in _STRONG_YEAR_CUES  # "in 2022 protests"
        if span is not None and not strong and _counts_things(span[-1]):
            return False  # "1999 cars"
        ent = span is not None and any(t.ent_type_ == "DATE" for t in span)
        if f.kind == "yy":
            return ent
        return ent or word_before(text, f.start) in _YEAR_CUES
    if f.kind == "month" and f.groups["month"].lower() == "may" and not f.groups.get("rel"):
        return bool(f.groups.get("mod")) or word_before(text, f.start) in _MAY_CUES
    return True
