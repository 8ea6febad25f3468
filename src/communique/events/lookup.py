"""The events stage's public face for later stages: the events a record reports in a character
range (by their trigger word). Reads ``record.events`` only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Event

__all__ = ["events_in"]


def events_in(record: ArticleRecord, start: int, end: int) -> list[Event]:
    """The events whose trigger (else evidence) lies inside [start, end), in text order."""
    found = [(e.trigger or e.evidence, e) for e in record.events]
    inside = [(s.start, e) for s, e in found if start <= s.start and s.end <= end]
    return [e for _, e in sorted(inside, key=lambda p: p[0])]
