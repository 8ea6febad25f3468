"""Where the time patterns run: stretches of text around trigger words.

Each pattern needs a class of word (a month name, a weekday, a unit of time, a digit...);
running it only near such words keeps the stage cheap on long articles (a few per cent of the
parse), where scanning the whole text with every pattern is not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.time.lexicon import lexicon
from communique.wordlists import words

_WORDS = re.compile(r"[A-Za-z]+|\d+")
_MARGIN = 40
_UNITS = words("time/windows_units.txt")
# Words (beyond the calendar's seasons, parts of the day, sets and reference words) that open
# a window for the "word" patterns: deictic days, holidays, midnight.
_WORD_TRIGGERS = words("time/windows_words.txt")
# The trigger classes a pattern needs: it runs only near words of those classes.
NEEDS = {
    "month": ("month",),
    "myrel": ("month",),
    "mdy": ("month",),
    "dmy": ("month",),
    "md": ("month",),
    "dm": ("month",),
    "my": ("month",),
    "seasony": ("word",),
    "theoffset": ("unit",),
    "weekday": ("weekday",),
    "setwd": ("weekday",),
    "quarter": ("unit",),
    "half": ("unit",),
    "ago": ("unit",),
    "offset": ("unit",),
    "later": ("unit",),
    "duration": ("unit",),
    "vague": ("unit",),
    "inthe": ("unit",),
    "anaday": ("unit",),
    "theweekend": ("unit",),
    "theyear": ("unit",),
    "annual": ("unit",),
    "relunit": ("unit", "word"),
    "set": ("unit", "word"),
    "deictic": ("word",),
    "podrel": ("word",),
    "season": ("word",),
    "ref": ("word",),
    "noon": ("word",),
    "holiday": ("word",),
}


@lru_cache(maxsize=1)
def triggers() -> dict[str, str]:
    """Trigger word (lower case) -> class; no pattern matches away from its class's words.
    A word starting with a digit is of the class "digit"."""
    lex = lexicon()
    out: dict[str, str] = {}
    found = set(lex.seasons) | set(lex.parts_of_day) | set(lex.sets) | _WORD_TRIGGERS
    found |= {ref.split()[-1] for ref in lex.refs}
    out.update(dict.fromkeys(found, "word"))
    for unit in _UNITS:
        out[unit] = out[unit + "s"] = "unit"
    out["annual"] = "unit"
    out.update(dict.fromkeys(lex.months, "month"))
    out.update(dict.fromkeys(lex.weekdays, "weekday"))
    return out


def windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Per trigger class, the stretches of text around its words (merged, edges moved to
    whitespace): the patterns run only there, which keeps the stage cheap on long articles."""
    trig = triggers()
    out: dict[str, list[tuple[int, int]]] = {}
    n = len(text)
    for m in _WORDS.finditer(text):
        w = m.group()
        cls = "digit" if w[0].isdigit() else trig.get(w.lower()) or trig.get(w[:-1].lower())
        if cls is None:
            continue
        lo, hi = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        spans = out.setdefault(cls, [])
        if spans and lo <= spans[-1][1] + _MARGIN:
            spans[-1] = (spans[-1][0], hi)
        else:
            spans.append((lo, hi))
    for spans in out.values():
        for i, (lo, hi) in enumerate(spans):
            while lo > 0 and not text[lo - 1].isspace():
                lo -= 1
            while hi < n and not text[hi].isspace():
                hi += 1
            spans[i] = (lo, hi)
    return out


def merge(parts: list[list[tuple[int, int]]]) -> list[tuple[int, int]]:
    spans = sorted(s for p in parts for s in p)
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
    return out
