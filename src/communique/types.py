"""The shared types, on the ground floor: every stage and reader imports them from here, and this
module imports no stage (so the package has no import circle through the pipeline).

``RawArticle`` is what a reader hands the pipeline; ``Context`` is the per-article state the
stages share. A stage that exposes something to later stages sets a typed attribute here (the
actors stage's ``home``); later stages read it through the owning stage's ``lookup.py``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["Context", "RawArticle"]


@dataclass
class RawArticle:
    """What a reader hands the pipeline: the text and what the input said about it."""

    text: str
    input: str
    title: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    source: str | None = None
    url: str | None = None
    author: str | None = None
    id: str | None = None
    language: str | None = "en"


@dataclass
class Context:
    """Per-article state shared by the stages."""

    settings: Settings
    #: The article's publication date (the input's, else the one its text states).
    published: dt.date | None
    #: The text the parser saw (boilerplate blanked): equal to ``doc.text``, which spaCy
    #: rebuilds from every token on each access, so stages read this instead.
    text: str = ""
    #: The loaded spaCy pipeline that parsed the article (the events stage re-parses
    #: run-together lines with it); None outside a Pipeline.
    nlp: Language | None = None
    #: The article's dominant country (ISO code) as the actors stage judged it; None when
    #: unclear. Read through ``communique.actors.lookup.home_country``.
    home: str | None = None
