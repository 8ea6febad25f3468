"""Consistency checks (placeholder while being built)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord, Check


def predict_checks(doc: Doc, record: ArticleRecord, published: dt.date | None) -> list[Check]:
    return []
