"""What an amount is about, read from the dependency parse.

From the amount's tokens we climb to the first word outside every amount (so a range "from $185
billion to $200 billion" is one unit) and read the construction there:

- "a package of $5bn", "a deal worth $5bn" -> the noun before "of"/"worth";
- "a $5bn deal", "the 3% rise" -> the noun the amount modifies;
- "trade could grow from $185bn to $200bn", "spending reached $5bn" -> the subject of the
  verb; in a relative clause ("trade that could grow ...") the noun the clause modifies;
- an amount that is itself the subject, or whose subject is a pronoun, has no ``about``.

The answer is the noun with its adjective and compound modifiers ("bilateral trade").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_REL_PRON = {"that", "which", "who", "whom"}
_MODS = {"amod", "compound", "nmod", "npadvmod"}
_NOUNS = {"NOUN", "PROPN"}
_NOT_TOPIC = {"DATE", "TIME", "GPE", "LOC", "FAC"}


def phrase(noun: Token) -> str:
    """The noun with the adjectives and compounds right before it."""
    first = noun
    for left in reversed(list(noun.lefts)):
        hyphened = left.i > 0 and left.nbor(-1).text == "-"  # "10-year plan": not "year plan"
        if left.dep_ in _MODS and left.i == first.i - 1 and not left.like_num and not hyphened:
            first = left
        else:
            break
    return noun.doc[first.i : noun.i + 1].text


def _subject(verb: Token) -> Token | None:
    for _ in range(3):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            if subj.lower_ in _REL_PRON and verb.dep_ == "relcl":
                return verb.head
            return None if subj.pos_ == "PRON" else subj
        if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in _NOUNS:
            return verb.head
        if verb.dep_ not in ("xcomp", "conj", "ccomp", "advcl") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _purpose(verb: Token) -> Token | None:
    """ "spend $5bn on roads", "pledged $5bn in loans", "$5bn for schools": the noun after
    on/in/for, unless it is a time or a place ("in the first quarter", "in Kenya")."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in ("on", "in", "for"):
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and obj.ent_type_ not in _NOT_TOPIC:
                    return obj
    return None


def about_of(doc: Doc, start: int, end: int, amounts: list[tuple[int, int]]) -> str | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    inside = {t.i for s, e in amounts for t in (doc.char_span(s, e, alignment_mode="expand") or [])}
    child = span.root
    part = next((c for c in child.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((c for c in part.children if c.dep_ == "pobj"), None) if part is not None else None
    if obj is not None and obj.pos_ in _NOUNS:  # "12% of its fleet", "$5bn of aid"
        return phrase(obj)
    head = child.head
    for _ in range(8):
        if head.i not in inside or head.i == child.i:
            break
        child, head = head, head.head
    if head.i == child.i or head.i in inside:
        return None
    if head.pos_ == "ADP" or head.lower_ == "worth":
        if head.lower_ in ("of", "worth") and head.head.pos_ in _NOUNS:
            return phrase(head.head)
        child, head = head, head.head
    if head.pos_ in _NOUNS and child.dep_ in _MODS | {"nummod", "quantmod", "appos"}:
        return phrase(head)
    if head.pos_ in ("VERB", "AUX") and child.dep_ not in ("nsubj", "nsubjpass"):
        target = _purpose(head) if child.dep_ == "dobj" else None
        if target is not None:
            return phrase(target)
        subj = _subject(head)
        return phrase(subj) if subj is not None and subj.pos_ in _NOUNS else None
    return None
