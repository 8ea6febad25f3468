"""The actors stage's working state: entities being assembled from their mentions."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from communique.actors.kb import Entry


@dataclass
class Cand:
    """A candidate mention: token range, NER label (or KB/CAP/SEAT), knowledge-base entries."""

    start: int
    end: int
    label: str
    entries: list[Entry] = field(default_factory=list)
    source: str = "ner"
    gender: str | None = None  # from an honorific ("Mr", "Ms")


@dataclass
class TextRole:
    """A role the article itself states ("Russian Foreign Minister X", "X, the former ...")."""

    title: str
    country: str | None
    sector: str | None
    former: bool = False
    stated: bool = True  # False: the country was assumed (the article's), not read


@dataclass
class Mention:
    start: int  # character offsets into the text
    end: int
    head: int  # token index of the mention's syntactic head
    how: str = "name"  # name | surname | alias | title | description | pronoun | metonym
    subject: bool = False  # the head is a clause subject
    first: int = -1  # token range of the mention
    last: int = -1  # exclusive


@dataclass
class Ent:
    """One actor in the making."""

    key: str
    kind: str
    name: str
    entry: Entry | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    gender: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    text_roles: list[TextRole] = field(default_factory=list)

    def add(self, m: Mention) -> None:
        if not any(x.start == m.start and x.end == m.end for x in self.mentions):
            self.mentions.append(m)

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 10**9


@dataclass
class State:
    """Per-article state: entities by key, and which entity each mention token belongs to."""

    ents: dict[str, Ent] = field(default_factory=dict)
    token_ent: dict[int, str] = field(default_factory=dict)
    date: str | None = None
    home: str | None = None  # the article's dominant country
    outlet: str | None = None  # the publisher's country (outlet.py), a prior for home
    counts: dict[str, int] = field(default_factory=dict)  # country -> times named
    sent_start: list[int] = field(default_factory=list)  # per token: its sentence's first token
    sent_end: list[int] = field(default_factory=list)  # per token: its sentence's end (excl.)

    def index_sentences(self, doc: object) -> None:
        """Sentence bounds per token, once (Token.sent walks the document on every call)."""
        n = len(doc)  # type: ignore[arg-type]
        self.sent_start, self.sent_end = [0] * n, [n] * n
        for s in doc.sents:  # type: ignore[attr-defined]
            for t in range(s.start, s.end):
                self.sent_start[t], self.sent_end[t] = s.start, s.end

    def ent(self, key: str, kind: str, name: str, **kw: object) -> Ent:
        e = self.ents.get(key)
        if e is None:
            e = Ent(key, kind, name, **kw)  # type: ignore[arg-type]
            self.ents[key] = e
        return e

    def mark(self, key: str, token_range: range) -> None:
        for i in token_range:
            self.token_ent.setdefault(i, key)


class CachedDoc:
    """A parsed Doc with its tokens, text and sentences read once.

    spaCy builds a new Token object on every ``doc[i]`` and rebuilds ``doc.text`` on every
    access; the stage looks at tokens many times, so it works on this cache (same indices and
    offsets; slices are real spaCy Spans)."""

    def __init__(self, doc: Any, text: str | None = None) -> None:
        self.doc = doc
        self.toks = list(doc)
        self.text: str = doc.text if text is None else text  # the pipeline's ctx.text
        self.ents = doc.ents
        self.sents = list(doc.sents)

    def __len__(self) -> int:
        return len(self.toks)

    def __iter__(self) -> Iterator[Any]:
        return iter(self.toks)

    def __getitem__(self, i: Any) -> Any:
        return self.toks[i] if isinstance(i, int) else self.doc[i]

    def char_span(self, *args: Any, **kw: Any) -> Any:
        return self.doc.char_span(*args, **kw)


@dataclass
class Seen:
    """A mention as coreference saw it: where, whose, and in which sentence, quote and clause."""

    start: int
    key: str
    subject: bool
    sent: int
    quote: int
    verb: int  # the head verb of the mention's clause (for the object-pronoun rule)
