"""The actors stage's working state: entities being assembled from their mentions."""

from __future__ import annotations

from dataclasses import dataclass, field

from communique.actors.kb import Entry


@dataclass
class TextRole:
    """A role the article itself states ("Russian Foreign Minister X", "X, the former ...")."""

    title: str
    country: str | None
    sector: str | None
    former: bool = False


@dataclass
class Mention:
    start: int  # character offsets into the text
    end: int
    head: int  # token index of the mention's syntactic head
    how: str = "name"  # name | surname | alias | title | description | pronoun | metonym
    subject: bool = False  # the head is a clause subject


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
    counts: dict[str, int] = field(default_factory=dict)  # country -> times named

    def ent(self, key: str, kind: str, name: str, **kw: object) -> Ent:
        e = self.ents.get(key)
        if e is None:
            e = Ent(key, kind, name, **kw)  # type: ignore[arg-type]
            self.ents[key] = e
        return e

    def mark(self, key: str, token_range: range) -> None:
        for i in token_range:
            self.token_ent.setdefault(i, key)
