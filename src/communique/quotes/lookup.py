"""The quotes stage's public face for later stages: the cue lexicon's framing of a reporting
word (the voice stage reads it), a verb's cue entry (the events stage asks whether a verb
reports speech), and the quotes of a record in a character range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.quotes.lexicon import cue_framing, cue_lexicon, verb_cue

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Quote

__all__ = ["cue_framing", "cue_lexicon", "quotes_in", "verb_cue"]


def quotes_in(record: ArticleRecord, start: int, end: int) -> list[Quote]:
    """The quotes of ``record.quotes`` lying inside [start, end), in text order."""
    return sorted(
        (q for q in record.quotes if start <= q.start and q.end <= end), key=lambda q: q.start
    )
