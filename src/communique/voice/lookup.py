"""The voice stage's public face for later stages: the voice items of a record in a character
range. Reads ``record.voice`` only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Voice

__all__ = ["voice_in"]


def voice_in(record: ArticleRecord, start: int, end: int, kind: str | None = None) -> list[Voice]:
    """The voice items inside [start, end) (of one ``kind`` when given), in text order."""
    found = [
        v
        for v in record.voice
        if start <= v.start and v.end <= end and (kind is None or v.kind == kind)
    ]
    return sorted(found, key=lambda v: v.start)
