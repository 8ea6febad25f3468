"""Counts of people and things, read from the parse: "300 tanks" -> TANKS, "at least 40
people" -> PEOPLE, "some 250,000 who fled" -> PEOPLE, "dozens of protesters" (value None).

A count is a number that is the ``nummod`` of a plural noun, a people noun or a measure
("87.5 kg"); a definite count ("the two countries") and a model number ("Boeing 777 planes",
"the S&P 500 index") are references, not figures, and are left out.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.time.lexicon import lexicon
from communique.time.numbers import parse_number
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_NOT_DEF = words("time/counts_not_def.txt")
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"}


def unit_of(noun: Token) -> str:
    """PEOPLE for people ("protesters", "Sikhs", "MPs"), a measure's unit ("bpd" -> BARRELS),
    else the counted noun in upper case ("TANKS")."""
    lex = lexicon()
    lemma = noun.lemma_.lower()
    words = (lemma, noun.lower_, noun.lower_.rstrip("s"))
    if any(w in lex.people for w in words) or noun.ent_type_ == "NORP":
        return "PEOPLE"
    unit = next((lex.count_units[w] for w in words if w in lex.count_units), None)
    return unit or noun.text.upper()


def _number_start(tok: Token) -> Token:
    """The first token of the number ending at ``tok``: "twenty - five", "one hundred and
    twenty", "3 million"."""
    first = tok
    while first.i > 0:
        prev = first.nbor(-1)
        if prev.like_num:
            first = prev
        elif prev.i > 0 and (
            (prev.text == "-" and prev.nbor(-1).like_num)
            or (prev.lower_ == "and" and prev.nbor(-1).lower_ in lexicon().scales)
        ):
            first = prev.nbor(-1)
        else:
            break
    return first


def _countable(noun: Token) -> bool:
    """A plural noun, a noun whose plural is its singular ("aircraft"), a measure word that
    counts ("bpd"), or a people noun."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    words = (noun.lemma_.lower(), noun.lower_)
    lex = lexicon()
    tables = (lex.count_units, lex.people, lex.measures, lex.invariant)  # "49 aircraft"
    return any(w in t for w in words for t in tables)


def count(
    tok: Token, taken: list[tuple[int, int]]
) -> tuple[int, int, int | float | None, str] | None:
    """(start, end, value, unit) of a count whose number is ``tok``, or None."""
    noun = tok.head
    plural_name = noun.pos_ == "PROPN" and (noun.tag_ == "NNPS" or noun.ent_type_ == "NORP")
    if (noun.pos_ != "NOUN" and not plural_name) or noun.i < tok.i or tok.ent_type_ in _SKIP_ENTS:
        return None
    conj = [c for c in tok.children if c.dep_ == "conj" and c.like_num and c.i < noun.i]
    if conj:  # "between 20 and 30 people": the count is the last number; the range rule adds 20
        tok = conj[-1]
    first = _number_start(tok)
    det = first.nbor(-1) if first.i > 0 else None
    if det is not None and det.lower_ in _NOT_DEF and det.dep_ in ("det", "poss", "predet"):
        return None
    if det is not None and det.pos_ == "PROPN" and not det.is_sent_start:
        return None  # a model or index number: "Boeing 777 planes", "the S&P 500 index"
    if not _countable(noun):
        return None  # a singular noun after a number names a thing: "787 Dreamliner"
    start, end = first.idx, noun.idx + len(noun.text)
    if any(start < e and end > s for s, e in taken):
        return None
    value = parse_number(tok.doc[first.i : tok.i + 1].text)
    if value is None or value == 1 or first.lower_ in ("a", "an"):
        return None
    return start, end, value, unit_of(noun)


def who_count(tok: Token, taken: list[tuple[int, int]]) -> tuple[int, int, int | float] | None:
    first = _number_start(tok)
    start, end = first.idx, tok.idx + len(tok.text)
    value = parse_number(tok.doc[first.i : tok.i + 1].text)
    if value is None or tok.ent_type_ in _SKIP_ENTS or any(start < e and end > s for s, e in taken):
        return None
    return start, end, value


def vague(tok: Token) -> tuple[int, int, str] | None:
    """ "dozens of people" -> (start, end, unit)."""
    if tok.lower_ not in lexicon().groups or lexicon().groups[tok.lower_]:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    return tok.idx, noun.idx + len(noun.text), unit_of(noun)
    return None


_NUMBERISH = re.compile(
    r"(?<![\w.,])\d|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|thousands|"
    r"millions|billions|scores)\b)"
)


def number_tokens(doc: Doc, text: str) -> list[Token]:
    """The tokens that may hold a number, found on the text (cheaper than walking every token);
    for a number of several tokens ("two million") the last one, which the parse links."""
    out: list[Token] = []
    seen: set[int] = set()
    for m in _NUMBERISH.finditer(text):
        span = doc.char_span(m.start(), m.start() + 1, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        i = span[0].i
        while i + 1 < len(doc) and doc[i + 1].like_num:
            i += 1
        if i not in seen:
            seen.add(i)
            out.append(doc[i])
    return out
