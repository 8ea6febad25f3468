"""Prediction: from the parse and the earlier stages' output to event candidates (no writing).

Each trigger becomes at most one candidate (candidate.py builds it in named steps: source,
modality, code, target, date, place). Candidates that another consumed ("refused to negotiate":
one event, the refusal) are dropped, answers are tied to their accusation, and dates carried
forward (discourse.py).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from communique.events import code
from communique.events.arguments import ActorIndex
from communique.events.candidate import candidate
from communique.events.classifier import predict
from communique.events.dates import TimeIndex
from communique.events.discourse import antecedent, doer_of_act, forward_dates, members
from communique.events.learned import proposals
from communique.events.lexicon import lexicon
from communique.events.model import Candidate
from communique.events.reparse import headline_end, views
from communique.events.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

    from communique.record import ArticleRecord

__all__ = ["Candidate", "candidates"]


def candidates(
    doc: Doc,
    record: ArticleRecord,
    nlp: Language | None = None,
    threshold: float = 0.5,
    confirm: float = 0.05,
) -> list[Candidate]:
    """Event candidates of the article, in text order (``nlp`` re-parses run-together lines;
    ``threshold`` is the setting ``event_threshold`` for the classifier's proposals,
    ``confirm`` the setting ``event_confirm`` for rule events with no target)."""
    lex = lexicon()
    out: list[Candidate] = []
    consumed: set[int] = set()
    ix = None
    ti0: TimeIndex | None = None
    headline = headline_end(record.text, record.article.title)
    for vdoc, offset, skip in views(doc, nlp):
        trigs = [t for t in find_triggers(vdoc) if t.token.i not in skip]
        sents = [s for s in vdoc.sents if s.start not in skip and s.end_char + offset > headline]
        # the classifier's, where rules are silent and the sentence names two actors at least
        trigs += proposals(vdoc, _with_two_actors(sents, record, offset), trigs, threshold)
        trigs = [t for t in trigs if t.token.idx + offset >= headline]
        if not trigs:
            continue
        ix = ActorIndex(record, vdoc, offset)
        ti = TimeIndex(record, vdoc, offset)
        if offset == 0:
            ti0 = ti
        kinds = {t.token.i: code.plover(t.row.cameo) or "" for t in trigs}
        rows = {t.token.i: t for t in trigs}
        made = [candidate(trig, kinds, ix, ti, record.text, lex, rows) for trig in trigs]
        for c in confirmed([c for c in made if c is not None], confirm):
            c.offset = offset
            out.append(c)
            consumed |= {vdoc[i].idx + offset for i in c.consumed}
    if ix is None:
        return []
    kept = sorted((c for c in out if c.start not in consumed), key=lambda c: c.start)
    kept = [c for c in kept if not c.answers or antecedent(c, kept, ix)]
    doer_of_act(kept)  # "Amnesty condemned the killings": whoever did them
    if ti0 is not None:
        forward_dates(doc, ti0, kept)
    return [one for c in kept for one in members(c)]


def confirmed(cands: list[Candidate], confirm: float) -> list[Candidate]:
    """The candidates that stand: every one with a target, and a one-sided one (a source, no
    target: "OPEC will hold an emergency meeting") only where the classifier gives its
    sentence the event's type at ``confirm`` or above. A trigger word with no one it is aimed
    at is as often no event at all ("helped boost sales", "the support of fans"); the rule
    finds the act and its doer, the classifier judges whether the sentence reports it."""
    lone = [c for c in cands if c.one_sided]
    if not lone:
        return cands
    preds = predict([c.trigger.sent for c in lone])
    weak = {id(c) for c, p in zip(lone, preds, strict=True) if p.types.get(c.plover, 0.0) < confirm}
    return [c for c in cands if id(c) not in weak]


def _with_two_actors(sents: list[Span], record: ArticleRecord, offset: int) -> list[Span]:
    """The sentences that mention two actors or more: a proposal, like a rule event, needs a
    source and a target, so classifying any other sentence is work thrown away."""
    starts = sorted((m.start, a.id) for a in record.actors for m in a.mentions)
    keys = [st for st, _ in starts]
    out = []
    for s in sents:
        lo = bisect_left(keys, s.start_char + offset)
        hi = bisect_left(keys, s.end_char + offset)
        if len({aid for _, aid in starts[lo:hi]}) >= 2:
            out.append(s)
    return out
