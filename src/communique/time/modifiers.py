"""TimeML's modifiers inside a time expression: "more than 20 years", "nearly a year ago",
"this past spring". The grammar (timex.py) matches the expression proper; TimeML keeps a
quantity modifier right before a duration or an "ago" date inside the TIMEX3 (as its ``mod``),
and "this" of "this past spring" is part of the date, so the span is widened over them here.
"""

from __future__ import annotations

from communique.wordlists import words

__all__ = ["widen"]

_MODIFIERS = sorted(words("time/modifiers.txt"), key=len, reverse=True)


def widen(text: str, start: int, end: int, kind: str) -> int:
    """The new start of the time at ``start``..``end`` of type ``kind``."""
    phrase = text[start:end].lower()
    if kind == "DURATION" or phrase.endswith(" ago"):
        for mod in _MODIFIERS:
            s = start - len(mod) - 1
            if s < 0 or text[s:start].lower() != mod + " ":
                continue
            if s == 0 or not text[s - 1].isalnum():
                return s
    if phrase.startswith("past ") and text[max(0, start - 5) : start].lower() == "this ":
        return start - 5
    return start
