"""Boilerplate inside the text (captions, credits, comment widgets, share prompts, bylines,
datelines): found before the parse, listed under ``record.boilerplate``, and blanked out of the
text the parser sees so that no later stage reads it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.pipeline import Context
    from communique.record import ArticleRecord, Span


def run(record: ArticleRecord, ctx: Context) -> None:
    """Not built yet."""


def dateline_date(record: ArticleRecord) -> str | None:
    """Not built yet: no date from the text."""
    return None


def blank(text: str, spans: Sequence[Span]) -> str:
    """``text`` with every span replaced by spaces (newlines kept): same length, same offsets."""
    if not spans:
        return text
    chars = list(text)
    for s in spans:
        for i in range(s.start, s.end):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)
