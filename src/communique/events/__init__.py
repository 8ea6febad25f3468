"""The events stage. Entry point: `run(doc, record, ctx)`, which writes `record.events` and adds
the actors of event sides told only by description (participants.py).

Prediction lives in ``extract.py`` (triggers -> arguments -> modality -> date/place); this module
merges repeated reports of one event and writes the records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.lookup import home_country
from communique.events import code
from communique.events.extract import Candidate, candidates
from communique.events.lexicon import lexicon
from communique.events.participants import Participants
from communique.events.scope import covered, private_trade
from communique.record import Event, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context


def _key(c: Candidate) -> tuple[str, frozenset[str], frozenset[str]]:
    src, tgt = frozenset(c.source), frozenset(c.target)
    if c.sym:
        src, tgt = src | tgt, frozenset()
    return c.plover, src, tgt


def _better(a: Candidate, b: Candidate) -> Candidate:
    """Of two reports of one event keep the one with the firmer date, else the earlier."""
    return b if b.when.strength > a.when.strength else a


def merge(cands: list[Candidate]) -> list[Candidate]:
    """One record per event: same type and actors, and no clash between firm dates."""
    kept: list[Candidate] = []
    for c in cands:
        for i, k in enumerate(kept):
            if _key(k) != _key(c) or k.modality != c.modality:
                continue
            firm = k.when.strength == 2 and c.when.strength == 2
            if firm and k.when.value != c.when.value:
                continue
            kept[i] = _better(k, c)
            break
        else:
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def run(doc: Doc, record: ArticleRecord, ctx: Context) -> None:
    """Code every event the article reports into ``record.events``."""
    events = []
    s = ctx.settings
    cands = candidates(doc, record, ctx.nlp, s.event_threshold, s.event_confirm)
    described = Participants(record, home_country(ctx), lexicon())
    for c in cands:  # "sanctions against North Korean hacking groups": an actor of its own
        c.source = c.source or described.actors(c.source_np, c.offset)
        c.target = c.target or described.actors(c.target_np, c.offset)
    codes = {a.id: a.code for a in record.actors}
    cands = [c for c in cands if not covered(c, cands) and not private_trade(c, codes)]
    for n, c in enumerate(merge(cands), start=1):
        tok = c.trigger
        events.append(
            Event(
                id=f"e{n}",
                plover=c.plover,
                cameo=c.cameo,
                source=c.source,
                target=c.target,
                date=c.when.value,
                date_text=c.when.text,
                modality=c.modality,  # type: ignore[arg-type]
                location=c.location,
                evidence=make_span(record.text, *c.sentence),
                trigger=make_span(record.text, c.start, c.start + len(tok.text)),
                quote=c.quote,
                goldstein=code.goldstein(c.cameo),
                quad_class=code.quad_class(c.cameo),
                confidence=c.confidence,
            )
        )
    record.events = events
