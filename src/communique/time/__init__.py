"""The time stage: every time expression resolved to a TIMEX3 value, every figure parsed.

Entry point ``run(doc, record, ctx)`` writes ``record.times`` and ``record.amounts``. Later
stages read the resolved times through :mod:`communique.time.lookup` (``times_in``,
``date_in``), never through this package's internals.

How a time is made (resolve.py): timex.find() matches a regular grammar over the
(boilerplate-blanked) text; plausible.py makes the checks that need the parse (is "2009" a year
or a count? is "May" the month?); tense.direction() reads the governing verb; normalise.py and
durations.py turn the match into a TIMEX3 value against the publication date ``ctx.published``.
Amounts (amounts.py, counts.py, about.py) are read after the times, so that no number inside a
time expression becomes an amount.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.record import Time, make_span
from communique.time.resolve import resolve_times

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context

__all__ = ["run", "resolve_times"]


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Write record.times (TIMEX3 values against ctx.published) and record.amounts."""
    from communique.actors.lookup import home_country
    from communique.time.amounts import find_amounts

    text = ctx.text or doc.text  # doc.text rebuilds the string from every token
    record.times = [
        make_span(record.text, f.start, f.end, Time, value=value, type=kind)
        for f, value, kind in resolve_times(doc, ctx.published, text)
    ]
    record.amounts = find_amounts(doc, record, text, home_country(ctx))
