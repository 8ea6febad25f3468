"""`number_conflict`: the same count stated twice with different values.

Kept precise on purpose: only counts of the nouns in ``data/checks/counted.txt`` (people, the
dead, soldiers, missiles, seats...), and two numbers are "the same thing" only when they count
the same noun with the same verb and the same other participant ("the bomb killed 40 people"
... "the bomb killed 45 people"). Numbers in one sentence (ranges, comparisons), numbers next
to words of change or approximation ("rose", "from", "than", "about"), and counts in two
sentences dated differently are never compared. Amounts of money are not compared: the time
stage's ``about`` is too coarse to say two amounts are the same thing (on news at large it
paired unrelated figures).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.checks.lexicon import counted
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.record import ArticleRecord

_CHANGE = words("checks/numbers_change.txt")
_SMALL = "zero one two three four five six seven eight nine ten eleven twelve"
_WORDS = {w: i for i, w in enumerate(_SMALL.split(" "))}


@dataclass(frozen=True)
class Stated:
    """One number as stated: its value, what it counts, where."""

    value: float
    key: tuple[str, ...]
    start: int
    end: int
    sent: int  # sentence start token, to keep ranges within one sentence apart
    dates: frozenset[str]  # the sentence's dates and times ("on Friday", "in 2021")


def _other_times(a: Stated, b: Stated) -> bool:
    """Both sentences are dated, differently: two counts of two occasions."""
    return bool(a.dates) and bool(b.dates) and a.dates != b.dates


def _value(tok: Token) -> float | None:
    t = tok.lower_.replace(",", "")
    if t in _WORDS:
        return float(_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _predicate(noun: Token) -> tuple[str, str]:
    """(verb lemma, the verb's other core participant) of a counted noun: ("kill", "bomb") for
    "the bomb killed 45 people"; empty strings when there is none."""
    acl = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    verb = acl[0] if acl else noun.head
    if verb.pos_ not in ("VERB", "AUX") and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "killed dozens of people": through "of"
    if verb.pos_ not in ("VERB", "AUX"):
        return "", ""
    others = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "agent") and c.i != noun.i and c != noun.head
    ]
    for c in others:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return verb.lemma_.lower(), objs[0].lemma_.lower()
        elif c.pos_ in ("NOUN", "PROPN"):
            return verb.lemma_.lower(), c.lemma_.lower()
    return verb.lemma_.lower(), ""


def _dates(sent: Span) -> frozenset[str]:
    return frozenset(e.text.lower() for e in sent.ents if e.label_ in ("DATE", "TIME"))


def _hedged(tok: Token, noun: Token) -> bool:
    near = {c.lemma_.lower() for c in tok.children} | {c.lemma_.lower() for c in noun.children}
    near |= {tok.doc[k].lemma_.lower() for k in range(max(0, tok.i - 2), tok.i)}
    return bool(near & _CHANGE)


def _measure_or_subset(tok: Token, noun: Token) -> bool:
    """ "a 105-pound champion" (a measure, not a count) or "the three teams with the best
    records" (a subset picked out by a modifier): no statement of a total."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if (nxt is not None and nxt.text == "-") or noun.dep_ in ("compound", "amod", "nmod"):
        return True
    return any(c.dep_ in ("prep", "relcl") and c.i > noun.i for c in noun.children)


def _counts(doc: Doc, blanked: list[tuple[int, int]]) -> list[Stated]:
    """Counted nouns ("40 people killed"): a number modifying a noun, with the noun's verb."""
    out = []
    for tok in doc:
        if tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or tok.ent_type_ in ("DATE", "TIME"):
            continue
        if any(s <= tok.idx < e for s, e in blanked):
            continue
        noun, value = tok.head, _value(tok)
        if noun.lemma_.lower() not in counted() or value is None:
            continue
        if _hedged(tok, noun) or _measure_or_subset(tok, noun):
            continue
        pred, anchor = _predicate(noun)
        if not pred or not anchor:
            continue
        s, e = min(tok.idx, noun.idx), max(tok.idx + len(tok), noun.idx + len(noun))
        key = ("count", noun.lemma_.lower(), pred, anchor)
        out.append(Stated(value, key, s, e, tok.sent.start, _dates(tok.sent)))
    return out


def predict_number_conflicts(
    doc: Doc, record: ArticleRecord, blanked: list[tuple[int, int]]
) -> list[tuple[Stated, Stated]]:
    """(first statement, later contradicting statement) pairs."""
    seen: dict[tuple[str, ...], Stated] = {}
    out = []
    for st in sorted(_counts(doc, blanked), key=lambda s: s.start):
        first = seen.get(st.key)
        if first is None:
            seen[st.key] = st
        elif first.sent != st.sent and first.value != st.value and not _other_times(first, st):
            out.append((first, st))
    return out
