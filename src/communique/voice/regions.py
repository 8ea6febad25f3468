"""Where the text speaks in a source's voice rather than the reporter's.

A word is in a source's voice when it lies inside a quotation (direct or partial) or inside the
content of an indirect quote: the quotes stage's ``record.quotes`` says where those are and who
speaks. Stretches between paired quotation marks that the quotes stage left unattributed are
still not the reporter's words, so they count as source voice with an unknown speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import ArticleRecord

# “…”, «…», „…“ and straight double quotes, within one paragraph.
_MARKS = re.compile(
    r"“[^“”\n]{1,2000}”|«[^«»\n]{1,2000}»|„[^„“”\n]{1,2000}[“”]|\"[^\"\n]{1,2000}\""
)


@dataclass(frozen=True)
class Region:
    """A stretch ``[start, end)`` of source voice."""

    start: int
    end: int
    speaker: str | None
    quote_id: str | None
    kind: str  # direct | partial | indirect | marks
    text_words: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return self.end - self.start


def source_regions(record: ArticleRecord) -> list[Region]:
    """Every source-voice stretch: the quotes stage's quotes, then unclaimed quotation marks."""
    out = [
        Region(q.start, q.end, q.speaker, q.id, q.kind, tuple(q.text.split()))
        for q in record.quotes
    ]
    blank = [(b.start, b.end) for b in record.boilerplate]
    for m in _MARKS.finditer(record.text):
        s, e = m.start(), m.end()
        if any(r.start <= s + 1 and e - 1 <= r.end for r in out):
            continue
        if any(bs <= s < be for bs, be in blank):
            continue
        out.append(Region(s, e, None, None, "marks"))
    return sorted(out, key=lambda r: (r.start, -r.end))


def region_at(regions: list[Region], start: int, end: int) -> Region | None:
    """The innermost source region holding most of ``[start, end)``, else None."""
    best: Region | None = None
    for r in regions:
        if r.start >= end:
            break
        inside = min(end, r.end) - max(start, r.start)
        if inside * 2 < (end - start) or inside <= 0:
            continue
        named = r.speaker is not None and best is not None and best.speaker is None
        if best is None or r.size < best.size or (r.size == best.size and named):
            best = r
    return best


def quoted_chars(record: ArticleRecord, regions: list[Region]) -> int:
    """Non-space characters inside quotations (direct, partial or marked), each counted once."""
    spans = sorted((r.start, r.end) for r in regions if r.kind != "indirect")
    total, reach = 0, 0
    text = record.text
    for s, e in spans:
        s = max(s, reach)
        if e > s:
            total += sum(1 for c in text[s:e] if not c.isspace())
            reach = e
    return total
