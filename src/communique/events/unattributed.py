"""Attacks whose attacker no one names: PLOVER codes them ASSAULT with the source unknown.

"A car bomb tore through a crowded market, killing at least 60 people", "Rafik Hariri was
killed when a truck bomb tore through his convoy", "five soldiers were killed by a roadside
bomb", "Shinzo Abe was shot from behind": the doer is a weapon, an explosion or an attack
(``data/events/attack_means.txt``), or the verb is one of attack in the passive with no agent
(``violent_passives.txt``). People killed in a crash or a storm are no attack: "killed",
"wounded" and "injured" need the attack named with them.

Legal action works the same way: "the reporter was arrested and charged with trespass", "the
former minister was convicted". Only the state arrests, charges, convicts or deports people, so
a verb of ``legal_passives.txt`` in the passive with no agent is that act with its doer unknown
(COERCE, or ACCUSE for a conviction or sentence, as its trigger row codes it). So does a
document that accuses, demands, rejects or endorses in its authors' stead ("The lawsuit accuses
the ACC of breach of contract", "The draft resolution demands the release of the hostages"):
the act stands with its author unknown (``document_subjects.txt``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.events.syntax import child, children, is_verb
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "accidental",
    "occurring",
    "agentless",
    "by_document",
    "fought_with",
    "legal_passive",
    "unattributed",
]

MEANS = words("events/attack_means.txt")
VIOLENT_PASSIVES = words("events/violent_passives.txt")
LEGAL_PASSIVES = words("events/legal_passives.txt")
LEGAL_TYPES = frozenset({"COERCE", "ACCUSE"})
DOCUMENTS = words("events/document_subjects.txt")
VERBAL_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "SUPPORT"})
CAUSE_PREPS = frozenset({"in", "by", "during", "after"})


SERIES = words("events/attack_counts.txt")
ACCIDENTS = words("events/accident_words.txt")
OCCURRING = words("events/occurrence_verbs.txt")
FIGHTS = words("events/fight_nouns.txt")


def fought_with(verb: Token) -> Token | None:
    """ "Twenty soldiers were killed in fighting with Chinese troops", "wounded in a gunfight
    with militants": the other side of the fight the victims fell in, or None."""
    for p in children(verb, "prep"):
        if p.lower_ not in ("in", "during"):
            continue
        for fight in children(p, "pobj"):
            if fight.lemma_.lower() not in FIGHTS and fight.lower_ not in FIGHTS:
                continue
            side = next(
                (
                    o
                    for w in children(fight, "prep")
                    if w.lower_ == "with"
                    for o in children(w, "pobj")
                ),
                None,
            )
            if side is not None:
                return side
    return None


def _means(tok: Token | None) -> bool:
    """A weapon, an explosion or an attack, also counted ("a series of bombs")."""
    if tok is None:
        return False
    if tok.lemma_.lower() in SERIES:
        return any(_means(o) for p in children(tok, "prep") for o in children(p, "pobj"))
    return tok.lemma_.lower() in MEANS


def _subject_is_means(verb: Token) -> bool:
    return _means(child(verb, "nsubj", "nsubjpass"))


def _cause_named(verb: Token) -> bool:
    """An attack named with the verb: "by a roadside bomb", "in an air strike", "when a truck
    bomb tore through his convoy"."""
    for p in children(verb, "prep", "agent"):
        if p.lower_ in CAUSE_PREPS and any(_means(o) for o in children(p, "pobj")):
            return True
    return any(_subject_is_means(c) for c in children(verb, "advcl"))


def unattributed(tok: Token) -> bool:
    """Whether the attack trigger ``tok`` has no doer but a weapon, an explosion or the
    passive: the event stands with its source unknown."""
    if not is_verb(tok):
        return False
    if _subject_is_means(tok) or _cause_named(tok):
        return True
    head = tok.head  # "..., killing 60 people": the participle's clause has the doer
    clause = tok.dep_ in ("advcl", "conj", "xcomp") and head.i != tok.i and is_verb(head)
    if clause and (_subject_is_means(head) or _cause_named(head)):
        return True
    return _agentless_passive(tok) and tok.lemma_.lower() in VIOLENT_PASSIVES


def occurring(tok: Token) -> bool:
    """Whether the act noun ``tok`` is the subject of a verb that tells it happened: "Protests
    broke out after the verdict", "A protest outside the embassy turned violent"."""
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in OCCURRING and not is_verb(tok)


def accidental(tok: Token) -> bool:
    """Whether the sentence of ``tok`` tells of an accident or natural harm and names no weapon
    or attack: "the cyclist was struck by a truck", "a woman was killed when a tree fell in
    the storm". A death told so is no attack, whoever caused it."""
    lemmas = {t.lemma_.lower() for t in tok.sent}
    weapon = any(_means(t) for t in tok.sent if t.pos_ in ("NOUN", "PROPN"))
    return bool(lemmas & ACCIDENTS) and not weapon


def agentless(tok: Token) -> bool:
    """A verb in the passive that names no agent: "were killed", and the participle that
    tells it of a noun ("94 journalists killed since October", "lineman accused of ...")."""
    if not is_verb(tok) or child(tok, "agent") is not None:
        return False
    reduced = tok.dep_ == "acl" and tok.tag_ == "VBN"
    return reduced or child(tok, "nsubjpass") is not None


def _agentless_passive(tok: Token) -> bool:
    return child(tok, "nsubjpass") is not None and child(tok, "agent") is None


def legal_passive(tok: Token, plover: str) -> bool:
    """Whether ``tok`` is legal action by the state told in the passive with no agent ("was
    arrested", "was charged with fraud"): the event stands with its source unknown."""
    return (
        plover in LEGAL_TYPES
        and is_verb(tok)
        and tok.lemma_.lower() in LEGAL_PASSIVES
        and _agentless_passive(tok)
    )


def by_document(tok: Token, plover: str) -> bool:
    """Whether a document is the subject of the verbal act ``tok`` ("the lawsuit accuses",
    "the resolution demands"): the act stands with its author unknown."""
    subj = child(tok, "nsubj") if plover in VERBAL_TYPES and is_verb(tok) else None
    return subj is not None and subj.lemma_.lower() in DOCUMENTS
