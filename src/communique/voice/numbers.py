"""`number_conflict`: the same count or amount stated twice with different values.

Kept precise on purpose: two numbers are "the same thing" only when they count the same noun
with the same verb ("40 people were killed" ... "45 people were killed") or are amounts the
time stage says are about the same thing (same ``about``, same unit). Numbers in one sentence
(ranges, comparisons), numbers next to words of change ("rose", "from", "than", "up to") and
approximate numbers are never compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.record import ArticleRecord

_CHANGE = {
    "rise",
    "fall",
    "grow",
    "increase",
    "decrease",
    "drop",
    "climb",
    "jump",
    "double",
    "from",
    "than",
    "up",
    "down",
    "compare",
    "total",
    "reach",
    "to",
    "additional",
    "more",
    "less",
    "another",
    "other",
    "further",
    "extra",
    "least",
    "most",
    "over",
    "under",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "some",
    "approximately",
}
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


def _value(tok: Token) -> float | None:
    t = tok.lower_.replace(",", "")
    if t in _WORDS:
        return float(_WORDS[t])
    try:
        return float(t)
    except ValueError:
        return None


def _predicate(noun: Token) -> str:
    h = noun.head
    for _ in range(3):
        if h.pos_ in ("VERB", "AUX"):
            return h.lemma_.lower()
        if h.head.i == h.i:
            break
        h = h.head
    # "the 45 people killed": a participle inside the noun phrase
    acl = [c for c in noun.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"]
    return acl[0].lemma_.lower() if acl else ""


def _hedged(tok: Token, noun: Token) -> bool:
    near = {c.lemma_.lower() for c in tok.children} | {c.lemma_.lower() for c in noun.children}
    near |= {tok.doc[k].lemma_.lower() for k in range(max(0, tok.i - 2), tok.i)}
    return bool(near & _CHANGE)


def _counts(doc: Doc, blanked: list[tuple[int, int]]) -> list[Stated]:
    """Counted nouns ("40 people killed"): a number modifying a noun, with the noun's verb."""
    out = []
    for tok in doc:
        if tok.dep_ != "nummod" or tok.head.pos_ != "NOUN" or tok.ent_type_ in ("DATE", "TIME"):
            continue
        if any(s <= tok.idx < e for s, e in blanked):
            continue
        noun, value = tok.head, _value(tok)
        if value is None or _hedged(tok, noun):
            continue
        pred = _predicate(noun)
        if not pred:
            continue
        s, e = min(tok.idx, noun.idx), max(tok.idx + len(tok), noun.idx + len(noun))
        out.append(Stated(value, ("count", noun.lemma_.lower(), pred), s, e, tok.sent.start))
    return out


def _amounts(doc: Doc, record: ArticleRecord) -> list[Stated]:
    """Amounts the time stage found, keyed by unit and what they are about."""
    out = []
    for a in record.amounts:
        if a.value is None or not a.about or a.approximate or a.relation:
            continue
        span: Span | None = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is None or any(_hedged(t, span.root) for t in span[:1]):
            continue
        key = ("amount", (a.unit or "").upper(), " ".join(a.about.lower().split()))
        out.append(Stated(float(a.value), key, a.start, a.end, span.sent.start))
    return out


def predict_number_conflicts(
    doc: Doc, record: ArticleRecord, blanked: list[tuple[int, int]]
) -> list[tuple[Stated, Stated]]:
    """(first statement, later contradicting statement) pairs."""
    seen: dict[tuple[str, ...], Stated] = {}
    out = []
    for st in sorted(_counts(doc, blanked) + _amounts(doc, record), key=lambda s: s.start):
        first = seen.get(st.key)
        if first is None:
            seen[st.key] = st
        elif first.sent != st.sent and first.value != st.value:
            out.append((first, st))
    return out
