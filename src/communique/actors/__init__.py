"""The actors stage. Entry point: `run(doc, record, ctx)`, which writes only `record.actors`."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.pipeline import Context
    from communique.record import ArticleRecord


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Not built yet: leaves `record.actors` empty (an empty list, never a placeholder)."""
