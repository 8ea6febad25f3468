"""The API's request and response bodies (they make the OpenAPI document at /openapi.json)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class ErrorDetail(BaseModel):
    code: str = Field(description="The catalogue code, e.g. E104 (communique/errors.py).")
    message: str = Field(description="What went wrong and how to fix it, starting [Ennn].")
    input: str | None = None


class ErrorOut(BaseModel):
    error: ErrorDetail


class ArticleOut(BaseModel):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    chars: int | None = None
    words: int | None = None
    ingested_at: str | None = None


class ArticlesPage(BaseModel):
    items: list[ArticleOut]
    total: int


class EventOut(BaseModel):
    article_id: str
    article_title: str | None = None
    event_id: str | None = None
    plover: str | None = None
    cameo: str | None = None
    modality: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float | None = None
    day: str | None = Field(None, description="The event's date, else its article's.")
    date_text: str | None = None
    location_name: str | None = None
    location_country: str | None = None
    evidence: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    trigger_text: str | None = None
    trigger_start: int | None = None
    trigger_end: int | None = None
    source: list[str] = Field(default_factory=list, description="Source actors' names.")
    target: list[str] = Field(default_factory=list, description="Target actors' names.")
    countries: list[str] = Field(default_factory=list)


class EventsPage(BaseModel):
    items: list[EventOut]
    total: int


class QuoteOut(BaseModel):
    article_id: str
    article_title: str | None = None
    published: str | None = None
    quote_id: str | None = None
    kind: str | None = None
    text: str | None = None
    start_char: int | None = None
    end_char: int | None = None
    cue: str | None = None
    speaker: str | None = None
    kb_id: str | None = None


class QuotesPage(BaseModel):
    items: list[QuoteOut]
    total: int


class RoleOut(BaseModel):
    title: str
    valid_from: str | None = None
    valid_to: str | None = None
    source: str
    first_seen: str | None = None
    last_seen: str | None = None
    article_ids: list[str]
    article_titles: list[str]


class ActorOut(BaseModel):
    key: str = Field(description="Knowledge-base id, else the name.")
    name: str
    kind: str | None = None
    country: str | None = None
    articles: int
    roles: list[RoleOut]


class ActorsPage(BaseModel):
    items: list[ActorOut]
    total: int


class DyadPeriod(BaseModel):
    period: str = Field(description="First day of the day, week (Monday) or month.")
    events: int
    a_to_b: int
    b_to_a: int
    quad_class: dict[str, int] = Field(description="Events per QuadClass 1-4.")
    goldstein: float = Field(description="Sum of the events' Goldstein scores.")


class DyadsOut(BaseModel):
    a: str
    b: str
    interval: str
    items: list[DyadPeriod]


class _ArticleMeta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(None, max_length=1000)
    published: str | None = Field(None, description="YYYY-MM-DD", max_length=10)
    source: str | None = Field(None, max_length=1000)
    url: str | None = Field(None, max_length=4000)


class TextIn(_ArticleMeta):
    """An article as plain text."""

    text: str = Field(min_length=1, description="Plain text of the article (English).")


class HtmlIn(_ArticleMeta):
    """An article as an HTML page; its main text is extracted."""

    html: str = Field(min_length=1, description="An HTML page.")


#: One article: ``text`` or ``html``, not both.
ArticleIn = TextIn | HtmlIn


class IngestIn(BaseModel):
    articles: list[ArticleIn] = Field(min_length=1, max_length=100)


class IngestOut(BaseModel):
    read: int
    stored: int
    failed: int
    ids: list[str]
    errors: list[ErrorDetail]


Record = dict[str, Any]
