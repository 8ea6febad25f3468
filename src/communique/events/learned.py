"""Events the trained classifier finds where no trigger row matched (policy: docs/events.md).

The rules keep doing what they do well: a trigger row's event stands as the rules code it.
For a sentence the classifier gives a PLOVER type that no trigger of that sentence carries,
a trigger is proposed on the sentence's main predicate (the root; through a neutral reporting
verb to the reported clause: "X said Y did Z" codes Y doing Z; a verb of saying with nothing
reported under it is a statement, so no proposal) with the CAMEO code the
classifier's root gives, or the type's default code. The proposal then goes through the same
argument, modality, date and place steps as any trigger, so it needs a source and a target
found in the parse, like a rule event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from communique.events import code
from communique.events.classifier import SentencePrediction, predict
from communique.events.lexicon import TriggerRow
from communique.events.syntax import child, is_verb
from communique.events.triggers import POS, Trigger
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Prepositions whose object may be a learned event's target.
TARGET_PREPS = words("events/learned_target_preps.txt")
REPORTING = frozenset({"neutral", "hedged"})


def choose_code(plover: str, pred: SentencePrediction) -> str:
    root = pred.root[0]
    if root and code.plover(root + "0") == plover:
        return root + "0"
    return code.default_codes()[plover]


def _reports(tok: Token, framings: frozenset[str] | None = REPORTING) -> bool:
    """A verb of saying (of these framings; None: any) by the quotes stage's cue lexicon."""
    from communique.quotes.lookup import verb_cue

    cue = verb_cue(tok.lemma_)
    return cue is not None and (framings is None or cue.framing in framings)


def main_token(sent: Span) -> Token | None:
    """The predicate a sentence's event hangs on: the root, through reporting verbs."""
    tok = sent.root
    for _ in range(3):
        inner = child(tok, "ccomp") if _reports(tok) else None
        if inner is None:
            break
        tok = inner
    if is_verb(tok) and _reports(tok, None):
        return None  # a verb of saying with no reported clause: a statement, no PLOVER event
    if is_verb(tok) or tok.pos_ in ("NOUN", "PROPN"):
        return tok
    return next((t for t in sent if is_verb(t) and t.dep_ != "aux"), None)


def proposals(
    doc: Doc, sentences: Sequence[Span], rule_triggers: Sequence[Trigger], threshold: float
) -> list[Trigger]:
    """Triggers for the classifier's events that no rule trigger of their sentence carries.
    Only sentences whose main predicate could take a proposal are classified (the model is
    the costly part of the stage)."""
    taken = {t.token.i for t in rule_triggers}
    by_sent: dict[int, set[str]] = {}
    for t in rule_triggers:
        by_sent.setdefault(t.token.sent.start, set()).add(code.plover(t.row.cameo) or "")
    heads = [(s, main_token(s)) for s in sentences]
    open_ = [(s, h) for s, h in heads if h is not None and h.i not in taken]
    out: list[Trigger] = []
    for (sent, tok), pred in zip(open_, predict([s for s, _ in open_]), strict=True):
        have = by_sent.get(sent.start, set())
        for plover in pred.above(threshold):
            if plover not in have:
                out.append(Trigger(tok, _row(tok, choose_code(plover, pred))))
                break  # one learned event per sentence: the most likely missing type
    return out


def _row(tok: Token, cameo: str) -> TriggerRow:
    return TriggerRow(
        lemma=tok.lemma_.lower(),
        pos=POS.get(tok.pos_, "V"),
        cues=(),
        cameo=cameo,
        flags=frozenset({"learned"}),
        target_preps=TARGET_PREPS,
    )
