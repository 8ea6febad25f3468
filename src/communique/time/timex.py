"""Finding time expressions: a small regular grammar over the text, built once per process.

Each pattern is one compiled regex with named groups and a *kind* that tells the normaliser
(normalise.py) how to read it. Each pattern runs only near the words it needs (windows.py),
never across a line break, and only from the start of a word; overlapping matches are resolved
longest-first, so "Wednesday morning" wins over "Wednesday" and "a year ago" over "a year".
Checks that need the parse (is a bare "2009" a year? is "May" the month?) are made by the
caller on the spaCy Doc (plausible.py), so this module stays text-only and cheap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.time.lexicon import lexicon
from communique.time.windows import NEEDS, merge, windows


@dataclass(frozen=True)
class Found:
    """One matched expression: character span, the pattern's kind and its named groups."""

    start: int
    end: int
    kind: str
    groups: dict[str, str]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def capitalised(words: list[str]) -> str:
    """Title-case and upper-case forms only: a month or weekday name is written capitalised."""
    forms = {w.title() for w in words} | {w.upper() for w in words}
    return _alt(sorted(forms))


@lru_cache(maxsize=1)
def blocks() -> dict[str, str]:
    """The named pieces the patterns are written with ({MONTH}, {DAY}, {WDOPT}...), as regex
    text. A caller may override one (explicit.py widens {WDOPT}) and fill() a pattern with it."""
    lex = lexicon()
    full = [m for m in lex.months if len(m) > 3 or m == "may"]
    abbr = [m for m in lex.months if len(m) <= 4 and m not in full]
    wd_full = [w for w in lex.weekdays if w.endswith("day")]
    units_words = sorted(set(lex.number_units) - {"a", "an", "zero"})
    tens, ones = _alt(list(lex.number_tens)), _alt(units_words)
    num_word = f"(?:(?:{tens})(?:[\\s-](?:{ones}))?|{ones})"
    num = rf"(?:\d+(?:\.\d+)?|{num_word})(?:\s+and\s+a\s+half)?"
    unit = r"(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
    return {
        "MONTH": rf"(?P<month>(?:{capitalised(full)}|{capitalised(abbr)})\.?)",
        "MONTHF": rf"(?P<month>{capitalised(full)})",
        "WD": rf"(?P<wd>{capitalised(wd_full)})",
        "WDOPT": rf"(?:(?P<wdx>{capitalised(wd_full)})\s*,?\s+)?",
        "NUM": num,
        "NUMA": rf"(?:{num}|an?|one|a\s+couple\s+of|half\s+an?)",
        "UNIT": unit,
        "POD": r"(?P<pod>morning|afternoon|evening|night)",
        "SEASON": rf"(?P<season>(?i:{_alt(list(lex.seasons))}))",
        "MOD": r"(?:(?P<mod>early|mid|late|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of"
        r"|the\s+middle\s+of|end\s+of|beginning\s+of|start\s+of)[\s-]+)?",
        "ORD": r"(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)",
        "YREL": r"(?:(?P<y>(?:19|20)\d\d)|(?P<yrel>this|last|next|the\s+previous|the\s+same"
        r"|the\s+current)\s+year)",
        "DAY": r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?",
        "TZ": r"(?:\s*(?P<tz>UTC|GMT|Z|ET|EST|EDT|CET|CEST|BST|PST|PDT|CST|CDT|MSK|JST|IST))?",
    }


# (kind, pattern); {NAME} is replaced by the blocks above. (?i: ...) marks case-free parts.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T(?P<hh>\d\d):(?P<mi>\d\d))?\b"),
    ("slash", r"\b(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>\d{4}|\d\d)\b"),
    ("mdy", r"{WDOPT}{MONTH}\s+{DAY}(?:\s*,\s*|\s+)(?P<y>(?:1[89]|20)\d\d)\b"),
    ("dmy", r"{WDOPT}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\s*,?\s+(?P<y>(?:1[89]|20)\d\d)\b"),
    ("md", r"{WDOPT}{MONTH}\s+{DAY}\b(?![.,]?\d)"),
    ("dm", r"{WDOPT}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}\b"),
    ("my", r"(?i:{MOD}){MONTHF}\s*,?\s+(?:of\s+)?(?P<y>(?:1[89]|20)\d\d)\b"),
    ("month", r"(?i:(?:(?P<rel>last|next|this|coming|past)\s+|{MOD}))?{MONTHF}\b(?!\s*\d)"),
    (
        "year",
        r"(?i:{MOD}(?P<fy>fiscal\s+(?:year\s+)?|FY\s?)?)(?P<y>(?:1[89]|20)\d\d)\b(?!,\d|%|\.\d)",
    ),
    ("yy", r"(?<![\w$£€])['’](?P<yy>\d\d)\b(?!['’%])"),
    (
        "decade",
        r"(?i:(?:(?P<the>the)\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?)(?P<dec>(?:1[89]|20)\d0|['’]?\d0)"
        r"['’]?s\b",
    ),
    ("century", r"(?i:(?:the\s+)?(?P<c>\d\d?)(?:st|nd|rd|th)[\s-]+century)\b"),
    ("quarter", r"(?i:(?:the\s+)?{ORD}[\s-]+quarter(?:\s+of\s+{YREL})?)\b"),
    ("qnum", r"\b(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)(?:\s*(?P<y>(?:19|20)\d\d))?\b"),
    ("half", r"(?i:(?:the\s+)?(?P<ord>first|second|1st|2nd)\s+half(?:\s+of\s+{YREL})?)\b"),
    ("weekday", r"(?i:(?:(?P<rel>last|next|this|coming|past)\s+)?){WD}(?:['’]s)?(?i:\s+{POD})?\b"),
    (
        "deictic",
        r"(?i:(?:(?P<mod>earlier|later|early|late)\s+)?(?P<deic>today|yesterday|tomorrow|tonight)"
        r"(?:['’]s)?(?:\s+{POD})?)\b",
    ),
    ("podrel", r"(?i:(?:(?P<mod>earlier|later)\s+)?(?P<rel>this|last)\s+{POD})\b"),
    (
        "relunit",
        r"(?i:{MOD}(?:(?P<mod2>earlier|later)\s+)?(?:(?P<the>the)\s+)?"
        r"(?P<rel>last|next|this|coming|past|previous|following|current|same|upcoming|present)\s+"
        r"(?:(?:financial|fiscal|calendar|academic|school|budget)\s+)?"
        r"(?P<unit>day|week|weekend|month|year|quarter|decade|century|{SEASON}))\b",
    ),
    ("seasony", r"(?i:(?:the\s+)?{MOD}(?:the\s+)?{SEASON}\s+(?:of\s+)?)(?P<y>(?:19|20)\d\d)\b"),
    ("season", r"(?i:(?:(?P<rel>in\s+the)\s+)?){SEASON}\b"),
    (
        "later",
        r"(?i:(?P<n>{NUMA})[\s-]+(?P<unit>{UNIT})s?\s+"
        r"(?P<dir>later|earlier|afterwards?|from\s+now|hence))\b",
    ),
    (
        "ago",
        r"(?i:(?:(?P<n>{NUMA}|several|a\s+few|few|many|some)[\s-]+)?(?P<unit>{UNIT})s?\s+ago)\b",
    ),
    (
        "offset",
        r"(?i:(?:(?P<just>just|only|mere|within)\s+)?(?:(?P<n>{NUMA}|several|a\s+few|few|many|some)\s+)?"
        r"(?P<unit>{UNIT})s?(?=\s+(?P<dir>later|earlier|before|after|afterwards|from\s+now|hence)\b))",
    ),
    (
        "duration",
        r"(?i:(?:(?P<the>the)\s+(?P<rel>past|last|next|coming|previous|following|first|final|"
        r"same)\s+)?(?:(?P<dur>(?:{NUMA}))[\s-]+(?:(?P<adj>straight|consecutive|full|trading|business|"
        r"working|calendar|long|whole|additional|further|more)[\s-]+)?(?P<unit>{UNIT})s?)(?:[\s-]long)?)\b"
        r"(?![\s-]+old)",
    ),
    (
        "vague",
        r"(?i:(?P<q>several|a\s+few|few|many|recent|the\s+past\s+few|the\s+last\s+few|"
        r"the\s+next\s+few|the\s+coming|the\s+past|the\s+last|over\s+the)\s+"
        r"(?P<unit>year|decade|month|week|day|hour|minute|centurie)s)\b",
    ),
    (
        "vague",
        r"(?i:\b(?:for|in|within|after|over|during|lasting|took|take|takes|spent|spend)\s+)"
        r"(?P<x>(?P<unit>year|decade|month|week|day|hour|minute|centurie)s)\b",
    ),
    ("inthe", r"(?i:(?:earlier|later)\s+in\s+the\s+(?P<unit>week|month|year))\b"),
    ("anaday", r"(?i:(?P<which>the\s+same|that|the)\s+day)\b(?!\s+(?:before|after|earlier|later))"),
    ("theweekend", r"(?i:the\s+weekend)\b"),
    (
        "theyear",
        r"(?i:(?:the\s+)?(?:end|beginning|start|middle|rest|remainder)\s+of\s+the\s+"
        r"(?P<unit>year|month|week))\b",
    ),
    (
        "theoffset",
        r"(?i:the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later))\b",
    ),
    # "October of next year", "April last year", "last year in May": one month, one year.
    ("myrel", r"{MONTHF}(?i:\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)\b(?!['’])"),
    ("myrel", r"(?i:(?P<yrel>this|last|next)\s+year,?\s+in\s+){MONTHF}\b(?!\s*\d)"),
    ("annual", r"\b(?i:annual)\b"),
    (
        "set",
        r"(?i:(?:every|each)\s+(?:(?P<other>other)\s+)?(?P<unit>day|week|month|year|quarter|"
        r"morning|night|evening|weekend)|(?P<adv>daily|weekly|monthly|annually|yearly|quarterly|nightly|"
        r"hourly)|(?:once|twice|\d+\s+times)\s+(?:a|per)\s+(?P<unit2>day|week|month|year)|"
        r"per\s+(?P<unit3>day|week|month|year|annum))\b",
    ),
    ("setwd", r"(?i:every\s+){WD}"),
    (
        "ref",
        r"(?i:(?P<ref>now|currently|nowadays|recently|soon|at\s+present|these\s+days|"
        r"(?:in\s+)?the\s+(?:near\s+|distant\s+)?(?:past|future)|the\s+(?:near|long|short)\s+term|"
        r"the\s+time\s+being))\b",
    ),
    (
        "clock",
        r"\b(?P<h>[012]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b)){TZ}"
        r"(?:\s+(?i:(?P<day>today|yesterday|tomorrow)\b|{WD}))?",
    ),
    (
        "clock24",
        r"\b(?P<h>[012]?\d):(?P<mi>[0-5]\d){TZ}(?:\s+(?i:(?P<day>today|yesterday|tomorrow)\b|"
        r"{WD}))?(?!\d)",
    ),
    ("clockmil", r"\b(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?P<tz>UTC|GMT|GMT|hours|hrs)\b"),
    ("noon", r"(?i:\b(?P<noon>noon|midday|midnight))\b"),
    (
        "holiday",
        r"(?P<hol>Christmas(?:\s+(?:Day|Eve))?|New\s+Year['’]s\s+(?:Day|Eve)|Halloween|"
        r"Valentine['’]s\s+Day)(?:\s+(?P<y>(?:19|20)\d\d))?",
    ),
]


def pattern(kind: str) -> str:
    """The pattern text of ``kind`` (the first one listed), its {BLOCKS} not yet filled."""
    return next(pat for k, pat in _PATTERNS if k == kind)


def fill(pat: str, with_blocks: dict[str, str]) -> str:
    """``pat`` with its blocks filled in, kept to one line and to the start of a word."""
    for name, block in with_blocks.items():
        pat = pat.replace("{" + name + "}", block)
    # Never across a line break: a newline ends a headline, a dateline or a paragraph.
    pat = pat.replace(r"[\s-]", r"(?:[^\S\n]|-)").replace(r"\s", r"[^\S\n]")
    # Only at the start of a word: the engine then skips most positions at once.
    return r"(?<!\w)" + pat


@lru_cache(maxsize=1)
def compiled() -> list[tuple[str, re.Pattern[str]]]:
    """The patterns with their blocks filled in, compiled once."""
    return [(kind, re.compile(fill(pat, blocks()))) for kind, pat in _PATTERNS]


def find(text: str) -> list[Found]:
    """Every candidate expression, overlaps resolved: longest first, then earliest, then the
    pattern listed first."""
    cands: list[tuple[int, int, int, Found]] = []
    wins = windows(text)
    for rank, (kind, rx) in enumerate(compiled()):
        need = NEEDS.get(kind, ("digit",))
        spans = wins.get(need[0], []) if len(need) == 1 else merge([wins.get(c, []) for c in need])
        for m in (m for lo, hi in spans for m in rx.finditer(text, lo, hi)):
            if m.end() <= m.start():
                continue
            groups = {k: v for k, v in m.groupdict().items() if v is not None}
            lo, hi = m.span("x") if "x" in groups else m.span()  # x: the expression proper
            cands.append((-(hi - lo), lo, rank, Found(lo, hi, kind, groups)))
    cands.sort(key=lambda c: (c[0], c[1], c[2]))
    taken: list[Found] = []
    for _, _, _, f in cands:
        if all(f.end <= t.start or f.start >= t.end for t in taken):
            taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken
