"""The quotes stage. Entry point: `run(doc, record, ctx)`, which writes only `record.quotes`.

Direct and partial quotations come from the quote marks (marks.py, quoted.py), indirect speech
from the parse (reported.py); speakers are resolved through the actors stage's public face
(speakers.py). The cue lexicon (lexicon.py: ``cue_lexicon``, ``cue_framing``) is public: the
voice stage reads it too. ``ctx.shared["quotes"]`` holds the quoted character ranges
(``quoted_ranges``: list of (start, end) of top-level quotations, marks included) for later
stages that must tell the reporter's words from a source's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.quotes.assemble import find_all, to_records
from communique.quotes.lexicon import cue_framing, cue_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.pipeline import Context
    from communique.record import ArticleRecord

__all__ = ["cue_framing", "cue_lexicon", "run"]


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Find every quotation of the article and write them to ``record.quotes``."""
    found, ranges = find_all(doc, record, ctx)
    record.quotes = to_records(record, found)
    ctx.shared["quotes"] = {"quoted_ranges": ranges}
