"""Prediction: from the parse and the earlier stages' output to event candidates (no writing).

Each trigger becomes at most one candidate (candidate.py builds it in named steps: source,
modality, code, target, date, place). Candidates that another consumed ("refused to negotiate":
one event, the refusal) are dropped, answers are tied to their accusation, and dates carried
forward (discourse.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events import code
from communique.events.arguments import ActorIndex
from communique.events.candidate import candidate
from communique.events.dates import TimeIndex
from communique.events.discourse import antecedent, forward_dates, members
from communique.events.learned import proposals
from communique.events.lexicon import lexicon
from communique.events.model import Candidate
from communique.events.reparse import headline_end, views
from communique.events.triggers import find_triggers

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from communique.record import ArticleRecord

__all__ = ["Candidate", "candidates"]


def candidates(
    doc: Doc, record: ArticleRecord, nlp: Language | None = None, threshold: float = 0.5
) -> list[Candidate]:
    """Event candidates of the article, in text order (``nlp`` re-parses run-together lines;
    ``threshold`` is the setting ``event_threshold`` for the classifier's proposals)."""
    lex = lexicon()
    out: list[Candidate] = []
    consumed: set[int] = set()
    ix = None
    ti0: TimeIndex | None = None
    headline = headline_end(record.text, record.article.title)
    for vdoc, offset, skip in views(doc, nlp):
        trigs = [t for t in find_triggers(vdoc) if t.token.i not in skip]
        sents = [s for s in vdoc.sents if s.start not in skip and s.end_char + offset > headline]
        trigs += proposals(
            vdoc, sents, trigs, threshold
        )  # the classifier's, where rules are silent
        trigs = [t for t in trigs if t.token.idx + offset >= headline]
        if not trigs:
            continue
        ix = ActorIndex(record, vdoc, offset)
        ti = TimeIndex(record, vdoc, offset)
        if offset == 0:
            ti0 = ti
        kinds = {t.token.i: code.plover(t.row.cameo) or "" for t in trigs}
        rows = {t.token.i: t for t in trigs}
        for trig in trigs:
            c = candidate(trig, kinds, ix, ti, record.text, lex, rows)
            if c is not None:
                c.offset = offset
                out.append(c)
                consumed |= {vdoc[i].idx + offset for i in c.consumed}
    if ix is None:
        return []
    kept = sorted((c for c in out if c.start not in consumed), key=lambda c: c.start)
    kept = [c for c in kept if not c.answers or antecedent(c, kept, ix)]
    if ti0 is not None:
        forward_dates(doc, ti0, kept)
    return [one for c in kept for one in members(c)]
