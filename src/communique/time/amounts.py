"""Amounts: money with its ISO 4217 currency, percentages, counts of people and things.

Money and percentages are matched on the text ("$185 billion", "€2.5bn", "1.2 trillion yuan",
"Rs 500 crore", "12 per cent"); counts are read from the parse (a number that is the ``nummod``
of a noun: "300 tanks" -> TANKS, "at least 40 people" -> PEOPLE, approximate). Vague counts
("dozens of people", "thousands of troops") keep ``value`` None and ``approximate`` True: a
guess such as 24 would be a number the article never gave. Numbers inside time expressions
(years, "two years") are times, not amounts; ordinals are never amounts; a definite count ("the
two countries") is a reference, not a figure, and is left out. ``about`` (what the amount
measures) comes from about.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from communique.record import Amount, make_span
from communique.time.about import about_of
from communique.time.lexicon import lexicon
from communique.time.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord

_NUMD = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"thousand|million|billion|trillion|crores?|lakhs?|bn|mn|mln|bln|tn|trn|m|b|k|cr"
_NOT_DEF = {
    "the",
    "these",
    "those",
    "both",
    "its",
    "their",
    "his",
    "her",
    "our",
    "my",
    "your",
    "all",
    "each",
    "every",
    "which",
    "whose",
    "this",
    "that",
}
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL", "MONEY", "PERCENT"}


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> list[tuple[str, re.Pattern[str]]]:
    lex = lexicon()
    words = [w for w in list(lex.number_units) + list(lex.number_tens) if w not in ("a", "an")]
    numw = rf"(?:{_alt(words)})(?:[\s-](?:{_alt(words)}))*"
    num = rf"(?:{_NUMD}|(?i:an?|{numw}))"
    sym = _alt(list(lex.currency_symbols))
    names = _alt(list(lex.currency_names))
    cue = ""  # approximation cues are looked up behind the match (_approx_before): faster
    return [
        (
            "money",
            re.compile(
                rf"(?<!\w){cue}(?<![A-Za-z])(?P<cur>{sym})\s?(?P<num>{_NUMD})"
                rf"(?!\d|,\d)(?:[\s-]?(?P<scale>(?i:{_SCALE})(?:\s(?i:{_SCALE}))?)\b)?"
            ),
        ),
        (
            "money",
            re.compile(
                rf"(?<!\w){cue}\b(?P<num>{num})(?:[\s-]?(?P<scale>(?i:{_SCALE})(?:\s(?i:{_SCALE}))?))?"
                rf"\s+(?P<name>(?i:{names}))\b"
            ),
        ),
        (
            "percent",
            re.compile(
                rf"(?<!\w){cue}\b(?P<num>{num})\s?(?P<pct>%|pc\b|(?i:per\s?cent|percent|percentage\s+points?)\b)"
            ),
        ),
    ]


def _value(num: str, scale: str | None) -> int | float | None:
    value = parse_number(num)
    if value is None:
        return None
    if scale:
        if any(w not in lexicon().scales for w in scale.lower().split()):
            return None
        return parse_number(f"{num} {scale.lower()}")
    return value


def _text_amounts(text: str) -> list[tuple[int, int, int | float | None, str, bool]]:
    """(start, end, value, unit, approximate) for money and percentages, longest first."""
    lex = lexicon()
    out: list[tuple[int, int, int | float | None, str, bool]] = []
    for kind, rx in _patterns():
        for m in rx.finditer(text):
            g = m.groupdict()
            value = _value(g["num"], g.get("scale"))
            if value is None:
                continue
            if kind == "percent":
                unit = "PERCENT"
            elif g.get("cur"):
                unit = lex.currency_symbols[g["cur"]]
            else:
                unit = lex.currency_names[" ".join(g["name"].lower().split())]
            start = m.start("num") if g.get("cur") is None else m.start("cur")
            if any(start < e and m.end() > s for s, e, *_ in out):
                continue
            cue = _approx_before(text, start)
            out.append((start if cue is None else cue, m.end(), value, unit, cue is not None))
    return out


_VOTES = re.compile(
    r"(?<!\w)(?i:vot(?:ed|es?|ing)\s+(?:by\s+)?|(?:by\s+)?a\s+vote\s+of\s+|by\s+)"
    r"(?P<a>\d[\d,]*)\s*(?:votes?\s+)?(?:to|-|–)\s*(?P<b>\d[\d,]*)"
    r"(?=\s*(?i:votes?\b|in\s+favou?r|against|on\b|to\b|,|\.|$))"
)


def _votes(
    text: str,
) -> tuple[list[tuple[int, int, int | float | None, str, bool]], dict[int, str]]:
    """ "MPs voted by 320 to 276", "a vote of 52-48": the votes for, then against."""
    found: list[tuple[int, int, int | float | None, str, bool]] = []
    relation: dict[int, str] = {}
    for m in _VOTES.finditer(text):
        for grp, rel in (("a", "votes_for"), ("b", "votes_against")):
            value = parse_number(m.group(grp))
            if value is not None:
                found.append((m.start(grp), m.end(grp), value, "VOTES", False))
                relation[m.start(grp)] = rel
    return found, relation


def _approx_before(text: str, start: int) -> int | None:
    """Start of an approximation cue ("at least", "nearly") right before ``start``."""
    lex = lexicon()
    before = text[max(0, start - 20) : start].lower()
    for cue in sorted(lex.approx, key=len, reverse=True):
        if re.search(rf"(?:^|\W){re.escape(cue)}\s+$", before):
            return start - len(before) + before.rindex(cue)
    return None


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
    """A plural noun, or a measure word that counts ("bpd"), or a people noun."""
    if noun.tag_ in ("NNS", "NNPS"):
        return True
    words = (noun.lemma_.lower(), noun.lower_)
    lex = lexicon()
    return any(w in lex.count_units or w in lex.people or w in lex.measures for w in words)


def _count(
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


def _who_count(tok: Token, taken: list[tuple[int, int]]) -> tuple[int, int, int | float] | None:
    first = _number_start(tok)
    start, end = first.idx, tok.idx + len(tok.text)
    value = parse_number(tok.doc[first.i : tok.i + 1].text)
    if value is None or tok.ent_type_ in _SKIP_ENTS or any(start < e and end > s for s, e in taken):
        return None
    return start, end, value


def _vague(tok: Token) -> tuple[int, int, str] | None:
    """ "dozens of people" -> (start, end, unit)."""
    if tok.lower_ not in lexicon().groups or lexicon().groups[tok.lower_]:
        return None
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN":
                    return tok.idx, noun.idx + len(noun.text), unit_of(noun)
    return None


def _measured(unit: str) -> bool:
    """Money and percentages measure something named in the sentence; a count of people or
    things is itself what it is about."""
    return unit == "PERCENT" or (len(unit) == 3 and unit in lexicon().currency_symbols.values())


def _relations(text: str, items: list[Amount]) -> None:
    """ "from A to B" / "between A and B" / "A-B": the pair becomes range_from / range_to."""
    items.sort(key=lambda a: a.start)
    for a, b in zip(items, items[1:], strict=False):
        gap = text[a.end : b.start]
        if re.fullmatch(r"\s*(?:to|and|-|–)\s*", gap) and a.unit == b.unit:
            if gap.strip() == "and" and not re.search(r"between\s+$", text[: a.start]):
                continue
            a.relation, b.relation = "range_from", "range_to"


_RANGE_HEAD = re.compile(
    r"\b(?:(?:[Bb]etween|[Ff]rom)\s+(?P<num>\d[\d,.]*|[a-z]+(?:-[a-z]+)?)\s+(?:and|to)\s+"
    r"|(?P<num2>\d[\d,.]*)\s?[-–]\s?)$"  # "from 5 to 6 billion", "5-6%"
)


def _range_heads(
    text: str, found: list[tuple[int, int, int | float | None, str, bool]]
) -> list[tuple[int, int, int | float | None, str, bool]]:
    """ "between 20 and 30 people", "from 5 to 6 billion dollars": the first number takes the
    second amount's unit (and its scale word, when it has one)."""
    lex = lexicon()
    out: list[tuple[int, int, int | float | None, str, bool]] = []
    for start, end, value, unit, approx in found:
        m = _RANGE_HEAD.search(text, max(0, start - 40), start)
        group = ("num" if m.group("num") else "num2") if m else "num"
        first = parse_number(m.group(group)) if m else None
        if m is None or first is None or value is None:
            continue
        words = re.findall(r"[a-z]+", text[start:end].lower())
        scale = next((lex.scales[w] for w in words if w in lex.scales and lex.scales[w] > 100), 1)
        lo, hi = m.start(group), m.end(group)
        if not any(lo < e and s < hi for s, e, *_ in found):
            out.append((lo, hi, first * scale, unit, approx))
    return out


_NUMBERISH = re.compile(
    r"(?<![\w.,])\d|(?i:\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
    r"sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens|hundreds|thousands|"
    r"millions|billions|scores)\b)"
)


def _number_tokens(doc: Doc, text: str) -> list[Token]:
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


def find_amounts(doc: Doc, record: ArticleRecord, text: str | None = None) -> list[Amount]:
    """The amounts of one article; ``text`` is ``doc.text`` when the caller has it already
    (boilerplate blanked, offsets equal to ``record.text``'s)."""
    text = doc.text if text is None else text
    times = [(t.start, t.end) for t in record.times]
    found: list[tuple[int, int, int | float | None, str, bool]] = [
        a for a in _text_amounts(text) if not any(a[0] < e and a[1] > s for s, e in times)
    ]
    votes, vote_rel = _votes(text)
    found += [v for v in votes if not any(v[0] < e and v[1] > s for s, e, *_ in found)]
    taken = times + [(a[0], a[1]) for a in found]
    for tok in _number_tokens(doc, text):
        if tok.like_num and tok.dep_ == "nummod":
            c = _count(tok, taken)
            if c is not None:
                cue = _approx_before(text, c[0])
                found.append((cue if cue is not None else c[0], c[1], c[2], c[3], cue is not None))
                taken.append((c[0], c[1]))
        elif tok.like_num and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "who":
            w = _who_count(tok, taken)  # "some 250,000 who crossed the border"
            if w is not None:
                cue = _approx_before(text, w[0])
                found.append((w[0] if cue is None else cue, w[1], w[2], "PEOPLE", cue is not None))
                taken.append((w[0], w[1]))
        elif tok.pos_ in ("NOUN", "NUM") and tok.lower_ in lexicon().groups:
            v = _vague(tok)
            if v is not None and not any(v[0] < e and v[1] > s for s, e in taken):
                found.append((v[0], v[1], None, v[2], True))
                taken.append((v[0], v[1]))
    found += _range_heads(text, found)
    spans = [(s, e) for s, e, *_ in found]
    items = [
        make_span(
            record.text,
            s,
            e,
            Amount,
            value=v,
            unit=u,
            approximate=ap,
            about=about_of(doc, s, e, spans) if _measured(u) else None,
        )
        for s, e, v, u, ap in found
    ]
    _relations(text, items)
    for item in items:
        item.relation = vote_rel.get(item.start, item.relation)
    return items
