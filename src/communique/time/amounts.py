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
from communique.time.counts import count, number_tokens, vague, who_count
from communique.time.lexicon import lexicon, rows
from communique.time.numbers import parse_number

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord

_NUMD = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_SCALE = r"thousand|million|billion|trillion|crores?|lakhs?|bn|mn|mln|bln|tn|trn|m|b|k|cr"


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


@lru_cache(maxsize=1)
def _local() -> dict[tuple[str, str], str]:
    """(bare currency name, home country) -> ISO 4217 code (data/time/local_currencies.tsv)."""
    return {(r[0], r[1]): r[2] for r in rows("local_currencies.tsv")}


def currency_of(name: str, home: str | None) -> str:
    """The ISO 4217 code of a currency name: "Ugandan shillings" -> UGX; a bare "shillings" by
    the article's country (Uganda -> UGX), else its default (KES)."""
    key = " ".join(name.lower().split())
    if home is not None and " " not in key:
        for form in (key, key[:-1] if key.endswith("s") else key):
            code = _local().get((form, home))
            if code is not None:
                return code
    return lexicon().currency_names[key]


def _text_amounts(
    text: str, home: str | None = None
) -> list[tuple[int, int, int | float | None, str, bool]]:
    """(start, end, value, unit, approximate) for money and percentages, longest first;
    ``home`` is the article's country (ISO alpha-3), which reads a bare "rupees" or "pesos"."""
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
                unit = currency_of(g["name"], home)
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


def _measured(unit: str) -> bool:
    """Money and percentages measure something named in the sentence; a count of people or
    things is itself what it is about."""
    return unit == "PERCENT" or unit in _codes()


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """Every ISO 4217 code the tables know (symbols, names and local names)."""
    lex = lexicon()
    return (
        frozenset(lex.currency_symbols.values())
        | frozenset(lex.currency_names.values())
        | frozenset(_local().values())
    )


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


def find_amounts(
    doc: Doc, record: ArticleRecord, text: str | None = None, home: str | None = None
) -> list[Amount]:
    """The amounts of one article; ``text`` is ``doc.text`` when the caller has it already
    (boilerplate blanked, offsets equal to ``record.text``'s); ``home`` the article's country
    (ISO alpha-3), which says whose "shillings" or "rupees" a bare name means."""
    text = doc.text if text is None else text
    times = [(t.start, t.end) for t in record.times]
    found: list[tuple[int, int, int | float | None, str, bool]] = [
        a for a in _text_amounts(text, home) if not any(a[0] < e and a[1] > s for s, e in times)
    ]
    votes, vote_rel = _votes(text)
    found += [v for v in votes if not any(v[0] < e and v[1] > s for s, e, *_ in found)]
    taken = times + [(a[0], a[1]) for a in found]
    for tok in number_tokens(doc, text):
        if tok.like_num and tok.dep_ == "nummod":
            c = count(tok, taken)
            if c is not None:
                cue = _approx_before(text, c[0])
                found.append((cue if cue is not None else c[0], c[1], c[2], c[3], cue is not None))
                taken.append((c[0], c[1]))
        elif tok.like_num and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "who":
            w = who_count(tok, taken)  # "some 250,000 who crossed the border"
            if w is not None:
                cue = _approx_before(text, w[0])
                found.append((w[0] if cue is None else cue, w[1], w[2], "PEOPLE", cue is not None))
                taken.append((w[0], w[1]))
        elif tok.pos_ in ("NOUN", "NUM") and tok.lower_ in lexicon().groups:
            v = vague(tok)
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
