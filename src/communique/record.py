"""The article record: the SCHEMA.md contract as one typed model (pydantic v2).

Every span in the record is made by :func:`make_span` (or checked by
:meth:`ArticleRecord.check_spans`) so that ``record.text[start:end] == span.text`` always holds.
"""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "communique/1"

PublishedFrom = Literal["cli", "metadata", "text", "unknown"]
BoilerplateKind = Literal["caption", "credit", "comments", "byline", "dateline", "share", "other"]
ActorKind = Literal["person", "org", "country", "region", "group", "media"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modality = Literal["asserted", "planned", "possible", "hoped", "negated"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", validate_assignment=False)


class Span(_Model):
    start: int
    end: int
    text: str


class Article(_Model):
    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = "en"
    published_from: PublishedFrom = "unknown"
    author: str | None = None
    input: str | None = Field(default=None, description="where the article was read from")


class Boilerplate(Span):
    kind: BoilerplateKind = "other"


class Role(_Model):
    title: str
    start: str | None = None
    end: str | None = None
    source: Literal["kb", "text"] = "kb"
    observed: str | None = None  # text roles: the article date the text stated the role on
    former: bool = False  # text roles: stated as held before ("the former foreign minister")


class Actor(_Model):
    id: str
    name: str
    kind: ActorKind
    country: str | None = None
    code: str | None = None
    kb_id: str | None = None
    role: str | None = None
    roles: list[Role] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Quote(Span):
    id: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: str | None = None
    cue_span: Span | None = None
    addressee: str | None = None
    framing: str | None = None


class Location(_Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(_Model):
    id: str
    plover: str
    cameo: str | None = None
    source: list[str] = Field(default_factory=list)
    target: list[str] = Field(default_factory=list)
    date: str | None = None
    date_text: str | None = None
    modality: Modality = "asserted"
    location: Location | None = None
    evidence: Span
    trigger: Span | None = None
    quote: str | None = None
    goldstein: float | None = None
    quad_class: int | None = None
    confidence: float | None = None


class Time(Span):
    value: str | None = None
    type: TimeType = "DATE"


class Amount(Span):
    value: float | int | None = None
    unit: str | None = None
    about: str | None = None
    approximate: bool = False
    relation: str | None = None


class Voice(Span):
    kind: str
    voice: Literal["author", "source"]
    speaker: str | None = None
    note: str | None = None


class Check(_Model):
    kind: str
    message: str
    text: str
    start: int
    end: int
    related: list[str] = Field(default_factory=list)


class VoiceSummary(_Model):
    words: int = 0
    loaded_author_per_1000: float = 0.0
    hedges: int = 0
    quoted_share: float = 0.0
    attributed_share: float = 0.0
    loaded_author: int | None = None
    loaded_source: int | None = None
    inferences: int | None = None
    intensifiers: int | None = None
    sentences: int | None = None
    attributed_sentences: int | None = None
    framing: dict[str, int] | None = None


class ArticleRecord(_Model):
    schema_: str = Field(default=SCHEMA_VERSION, alias="schema")
    article: Article
    text: str
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    voice: list[Voice] = Field(default_factory=list)
    voice_summary: VoiceSummary | None = None
    checks: list[Check] = Field(default_factory=list)

    model_config = ConfigDict(extra="allow", populate_by_name=True)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(by_alias=True, mode="json")

    def iter_spans(self) -> list[tuple[str, Span | Check]]:
        """Every (component, span-like item) in the record, for offset checks."""
        out: list[tuple[str, Span | Check]] = [("boilerplate", b) for b in self.boilerplate]
        for a in self.actors:
            out += [("actors", m) for m in a.mentions]
        for q in self.quotes:
            out.append(("quotes", q))
            out += [("quotes", s) for s in (q.speaker_mention, q.cue_span) if s is not None]
        for e in self.events:
            out.append(("events", e.evidence))
            if e.trigger is not None:
                out.append(("events", e.trigger))
        out += [("times", t) for t in self.times]
        out += [("amounts", m) for m in self.amounts]
        out += [("voice", v) for v in self.voice]
        out += [("checks", c) for c in self.checks]
        return out

    def check_spans(self) -> list[str]:
        """Messages for every span whose offsets do not reproduce its text (empty when sound)."""
        bad = []
        for comp, s in self.iter_spans():
            if (
                not (0 <= s.start <= s.end <= len(self.text))
                or self.text[s.start : s.end] != s.text
            ):
                bad.append(f"{comp}: [{s.start}:{s.end}] {s.text!r}")
        return bad

    def actor(self, actor_id: str | None) -> Actor | None:
        for a in self.actors:
            if a.id == actor_id:
                return a
        return None


def make_span(text: str, start: int, end: int, cls: type[Span] = Span, **fields: Any) -> Any:
    """The one way to build a span: offsets into ``text``, trimmed of outer whitespace."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span [{start}:{end}] outside a text of {len(text)} characters")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return cls(start=start, end=end, text=text[start:end], **fields)


def article_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def json_schema() -> dict[str, Any]:
    return ArticleRecord.model_json_schema(by_alias=True)
