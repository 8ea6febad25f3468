"""Across sentences: actors and dates an event takes from the text around it.

"France and Germany condemned X" gives one event per member; "India rejected the accusations"
takes as target whoever accused India; "The talks on Thursday" after an agreement is the
meeting of its parties; "The incident happened on Sunday" dates the events reported just before.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from communique.events.dates import When, day_of
from communique.events.lexicon import lexicon
from communique.events.syntax import is_verb
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.events.arguments import ActorIndex
    from communique.events.dates import TimeIndex
    from communique.events.model import Candidate


def members(c: Candidate) -> list[Candidate]:
    """One event per member of a coordinated subject that acted together; never per pair."""
    if not c.joint:
        return [c]
    return [replace(c, source=[a], joint=False) for a in c.source]


def antecedent(c: Candidate, cands: list[Candidate], ix: ActorIndex) -> bool:
    """Fill a candidate whose actors are named earlier: "the talks" after a meeting of X and Y
    (the parties of the last meeting or agreement at most ``NEAR`` characters before), or
    "India rejected the accusations" (whoever accused India)."""
    if c.source:
        return accuser(c, cands, ix)
    before = [p for p in cands if p.start < c.start and p.source and p.target]
    if any(p.plover == c.plover for p in before):
        return False  # "The visit appeared designed to...": a meeting already reported
    for p in reversed([p for p in before if c.start - NEAR < p.start]):
        if p.plover == "AGREE" and c.trigger.lemma_.lower() != "visit":
            c.source, c.target = list(p.source), list(p.target)
            return True  # "agreed to restore visits ... The talks on Thursday": the meeting
    return False


def accuser(c: Candidate, cands: list[Candidate], ix: ActorIndex) -> bool:
    """ "India rejected the accusations": the target is whoever accused India before."""
    mine = set(c.source) | {ix.country.get(a) for a in c.source} - {None}
    for p in reversed([p for p in cands if p.start < c.start and p.plover == "ACCUSE"]):
        theirs = set(p.target) | {ix.country.get(a) for a in p.target} - {None}
        if mine & theirs:
            c.target = [a for a in p.source if a not in c.source]
            return bool(c.target)
    return False


REBUTTED = words("events/discourse_rebutted.txt")


def rebuts(tok: Token) -> bool:
    return any(o.dep_ == "dobj" and o.lemma_.lower() in REBUTTED for o in tok.children)


NEAR = 600


def definite_event(tok: Token, kind: str) -> bool:
    """ "The talks on Thursday came hours after...", "The incident happened on Sunday": a
    subject that names again an event the text has just reported."""
    words = lexicon().event_nouns.get(kind, frozenset())
    return (
        not is_verb(tok)
        and (tok.lemma_.lower() in words or tok.lower_ in words)
        and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
        and tok.dep_ in ("nsubj", "nsubjpass")
    )


def definite_meeting(tok: Token, plover: str) -> bool:
    return plover == "CONSULT" and definite_event(tok, "meeting")


# which events a definite noun of each class may date
FITS = {
    "meeting": frozenset({"CONSULT", "AGREE", "COOPERATE"}),
    "incident": frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "THREATEN", "SANCTION"}),
}


def forward_dates(doc: Doc, ti: TimeIndex, cands: list[Candidate]) -> None:
    """ "X rammed a boat ... The incident happened on Sunday": a sentence whose subject names
    the last event again lends its date to the undated events of the sentence before."""
    sents = list(doc.sents)
    for prev, sent in zip(sents, sents[1:], strict=False):
        # "The exercises began on Thursday, the command said": the reported clause too
        heads = [sent.root, *(c for c in sent.root.children if c.dep_ == "ccomp")]
        pairs = [(h, t) for h in heads for t in h.children if t.dep_ in ("nsubj", "nsubjpass")]
        head, subj = next(
            ((h, t) for h, t in pairs if any(definite_event(t, k) for k in FITS)), (None, None)
        )
        kind = next((k for k in FITS if subj is not None and definite_event(subj, k)), None)
        if kind is None or subj is None or head is None:
            continue
        k = ti.own({head.i, subj.i}, sent.start_char, sent.end_char, day=True)
        if k is None:
            continue
        t = ti.times[k]
        for c in cands:
            if (
                c.offset == 0
                and prev.start_char <= c.start < prev.end_char
                and c.when.strength < 2
                and c.modality == "asserted"
                and c.plover in FITS[kind]
            ):
                c.when = When(day_of(t.value), t.text, 1)


STANCES_ON_ACTS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
ACT_PREPS = frozenset({"of", "over", "on", "against", "for"})


def doer_of_act(cands: list[Candidate]) -> None:
    """ "Amnesty condemned the killings", "Borrell condemned the hideous attack": praise,
    criticism or rejection of a definite act the text has reported, with no one else named,
    is aimed at that act's doer: the source of the last earlier event of a kind the noun names
    (``event_nouns.tsv``, "incident")."""
    for i, c in enumerate(cands):
        if c.target or c.plover not in STANCES_ON_ACTS or _act_object(c.trigger) is None:
            continue
        prev = next((p for p in reversed(cands[:i]) if p.plover in FITS["incident"]), None)
        doers = [a for a in prev.source if a not in c.source] if prev is not None else []
        if doers:
            c.target, c.target_np, c.one_sided = doers, None, False


def _act_object(tok: Token) -> Token | None:
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    objs += [
        o for p in tok.children if p.lower_ in ACT_PREPS for o in p.children if o.dep_ == "pobj"
    ]
    words = lexicon().event_nouns.get("incident", frozenset())
    return next(
        (
            o
            for o in objs
            if (o.lemma_.lower() in words or o.lower_ in words)
            and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in o.children)
        ),
        None,
    )


DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
