"""The boilerplate stage's public face: the blanked text the parser sees, and the publication
date and place a dateline states. Read by the pipeline (before the parse) and by later stages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.boilerplate.dates import first_date, stamp
from communique.boilerplate.lines import DATELINE, predict
from communique.record import Span, make_span

if TYPE_CHECKING:
    from communique.record import ArticleRecord

__all__ = ["blank", "dateline_date", "dateline_place"]


def dateline_date(record: ArticleRecord) -> str | None:
    """The publication date the text itself states, as YYYY-MM-DD, or None.

    Order: a "Published:"/"Posted"/bare date stamp line, then a dateline with a year
    ("BEIJING, Feb 21, 2023 (Reuters) -"), then an "Updated ..." stamp. A dateline without a
    year gives nothing: the year is never guessed.
    """
    spans = [b for b in (record.boilerplate or predict(record.text)) if b.kind == "dateline"]
    published = dateline = updated = None
    for b in spans:
        st = stamp(b.text)
        if st is None:
            dateline = dateline or first_date(b.text)
        elif st[1] and st[0] == "updated":
            updated = updated or st[1]
        elif st[1]:
            published = published or st[1]
    return published or dateline or updated


def dateline_place(record: ArticleRecord) -> Span | None:
    """The place a dateline names ("KYIV" in "KYIV, Ukraine (AP) —"), as a span of the text,
    for stages that want where the story was filed (the dateline itself is blanked from the
    parse). None when the article has no place dateline."""
    for b in record.boilerplate:
        if b.kind != "dateline":
            continue
        m = DATELINE.match(record.text, b.start)
        if m and m.group("place"):
            return make_span(record.text, m.start("place"), m.end("place"))
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
