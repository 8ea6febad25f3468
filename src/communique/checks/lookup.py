"""The checks stage's public face (it runs last; readers of a finished record use it): the
checks of a record, of one kind when given. Reads ``record.checks`` only."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import ArticleRecord, Check

__all__ = ["checks_of"]


def checks_of(record: ArticleRecord, kind: str | None = None) -> list[Check]:
    """The checks raised on the article (of one ``kind`` when given), in text order."""
    return sorted(
        (c for c in record.checks if kind is None or c.kind == kind), key=lambda c: c.start
    )
