"""Boilerplate inside the text (captions, credits, comment widgets, share prompts, bylines,
datelines): found before the parse, listed under ``record.boilerplate``, and blanked out of the
text the parser sees so that no later stage reads it.

Entry point ``run(record, ctx)``: the one stage that runs on the text, before the parse (so it
takes no Doc). The rules (``lines.py``) work on lines; their patterns are data under
``communique/data/boilerplate/``. The public face (``lookup.py``): ``blank`` (the text the
parser sees), ``dateline_date`` (the publication date a dateline or a page stamp states, for
articles whose input gave none) and ``dateline_place``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.boilerplate.lines import predict
from communique.boilerplate.lookup import blank, dateline_date, dateline_place

if TYPE_CHECKING:
    from communique.record import ArticleRecord
    from communique.types import Context


def run(record: ArticleRecord, ctx: Context) -> None:
    """Write ``record.boilerplate``."""
    record.boilerplate = predict(record.text)


__all__ = ["blank", "dateline_date", "dateline_place", "predict", "run"]
