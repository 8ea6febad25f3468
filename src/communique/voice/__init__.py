"""The voice stage (`run`: record.voice, record.voice_summary) and the consistency checks
(`run_checks`: record.checks)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.pipeline import Context
    from communique.record import ArticleRecord


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Not built yet: leaves `record.voice` empty."""


def run_checks(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Not built yet: leaves `record.checks` empty."""
