"""The actors stage's public face for later stages (quotes, events, voice, checks).

Later stages never import the actors stage's internals; they ask here which actor a stretch of
text refers to. The actors stage is responsible for having put every resolved mention (names,
surnames, titles, descriptions, resolved pronouns, metonyms) into ``record.actors``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.record import Actor, ArticleRecord


def actor_at(record: ArticleRecord, start: int, end: int) -> str | None:
    """Id of the actor with a mention inside or covering ``[start, end)``; the mention nearest
    the start of the range wins when several lie inside it (the head of a noun phrase)."""
    best: tuple[int, int, str] | None = None
    for a in record.actors:
        for m in a.mentions:
            inside = start <= m.start and m.end <= end
            covering = m.start <= start and end <= m.end
            if inside or covering:
                key = (0 if covering else 1, m.start - start if inside else 0, a.id)
                if best is None or key < best:
                    best = key
    return best[2] if best else None


def actor_by_id(record: ArticleRecord, actor_id: str | None) -> Actor | None:
    return record.actor(actor_id)


def actor_of_token(record: ArticleRecord, doc_token_idx: int, doc: object) -> str | None:
    """Id of the actor a token refers to (a name, surname, title, description or a pronoun the
    actors stage resolved), else None. ``doc`` is the spaCy Doc of the article."""
    tok = doc[doc_token_idx]  # type: ignore[index]
    return actor_at(record, tok.idx, tok.idx + len(tok.text))
