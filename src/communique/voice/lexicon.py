"""The voice lexicons (loaded terms, hedges, speculation, inference, intensifiers) as data.

The tables live in ``data/voice/`` (see SOURCES.md there) and are read once per process: the
loaded-language lexicon is one file per family in ``data/voice/lexicon/`` (pejorative labels,
dehumanising terms, judgement words, intensifiers and judgement adverbs, euphemisms, scare
words, accusations), the stance markers are ``markers.tsv`` and fixed terms that neutralise a
loaded word ("police brutality", "vicious circle") are ``fixed.tsv``. Matching is one pass
over the tokens: single words are looked up by lemma in a dict, phrases by their first word, so
the cost does not grow with the size of the lexicon.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Entry:
    """One lexicon row. ``words`` are lower-case lemmas (one for a single word)."""

    words: tuple[str, ...]
    pos: str  # spaCy coarse POS of the first word, "*" for any
    kind: str
    span: str  # how far the flagged span reaches (np, word, phrase, clause, tail, head)
    unless: frozenset[str] = frozenset()
    only: str = ""  # "source": flagged only in a source's voice
    family: str = ""  # the loaded-language family (the lexicon file's name), else ""
    near: frozenset[str] = frozenset()  # a related word must be one of these ("@people": a group)
    sense: str = ""  # "force": a force/violence word, not loaded in sport or market news


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found at tokens ``[i, j)`` of the Doc."""

    entry: Entry
    i: int
    j: int


FAMILIES = (
    "pejorative",
    "dehumanising",
    "judgement",
    "intensifier",
    "euphemism",
    "scare",
    "accusation",
)
"""The loaded-language families, one file each in ``data/voice/lexicon/``."""

FAMILY_NAMES = {
    "pejorative": "pejorative label",
    "dehumanising": "dehumanising term",
    "judgement": "judgement word",
    "intensifier": "intensifier or judgement adverb",
    "euphemism": "euphemism",
    "scare": "scare word",
    "accusation": "accusation",
    "sneer": "sneer quotes",
}


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("communique").joinpath(f"data/voice/{name}")
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


def _set(value: str | None) -> frozenset[str]:
    return frozenset(w.strip() for w in (value or "").split(",") if w.strip())


def _entry(row: dict[str, str], span_key: str, family: str = "") -> Entry:
    return Entry(
        words=tuple(row["term"].lower().split()),
        pos=row["pos"].strip(),
        kind=(row.get("kind") or "loaded").strip(),
        span=row[span_key].strip(),
        unless=_set(row.get("unless")),
        only=(row.get("only") or "").strip(),
        family=family,
        near=_set(row.get("near")),
        sense=(row.get("sense") or "").strip(),
    )


def family_entries(family: str) -> tuple[Entry, ...]:
    """The rows of one family's file (``data/voice/lexicon/<family>.tsv``)."""
    return tuple(_entry(r, "span", family) for r in _rows(f"lexicon/{family}.tsv"))


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every entry of the loaded-language families, markers.tsv and fixed.tsv."""
    out = [e for fam in FAMILIES for e in family_entries(fam)]
    out += [_entry(r, "scope") for r in _rows("markers.tsv")]
    out += [
        Entry(
            words=tuple(r["term"].lower().split()),
            pos=r["pos"].strip(),
            kind="fixed",
            span="phrase",
        )
        for r in _rows("fixed.tsv")
    ]
    return tuple(out)


@lru_cache(maxsize=1)
def evaluative() -> frozenset[str]:
    """Words that carry a judgement by themselves ("peaceful", "fair", "disgrace"), drawn from
    the VADER and TextBlob lexicons (data/voice/evaluative.tsv): a sneer quote needs one."""
    return frozenset(r["word"].strip().lower() for r in _rows("evaluative.tsv"))


@lru_cache(maxsize=1)
def groups() -> dict[str, frozenset[str]]:
    """Named word groups for the ``near`` column ("@people": nouns and pronouns for people;
    "@sport", "@market": words of a sport or market story), from data/voice/groups.tsv."""
    out: dict[str, set[str]] = {}
    for r in _rows("groups.tsv"):
        out.setdefault(r["group"].strip(), set()).update(_set(r["words"]))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def naming_verbs() -> frozenset[str]:
    """Lemmas of verbs by which a source names or judges something (data/voice/naming.txt)."""
    path = resources.files("communique").joinpath("data/voice/naming.txt")
    with path.open(encoding="utf-8") as fh:
        return frozenset(ln.strip() for ln in fh if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Entry, ...]]:
    """Entries keyed by their first word, longest phrase first."""
    idx: dict[str, list[Entry]] = {}
    for e in entries():
        idx.setdefault(e.words[0], []).append(e)
    return {k: tuple(sorted(v, key=lambda e: -len(e.words))) for k, v in idx.items()}


def _forms(tok: Token) -> tuple[str, str]:
    return tok.lower_, tok.lemma_.lower()


def _pos_variant(tok: Token, pos: str) -> bool:
    """Tagger slips that keep the word's role: an auxiliary "appeared", a noun-tagged modifier
    ("hardline" as NOUN amod), an adjective-tagged predicate noun ("they are vermin")."""
    return (
        (pos == "VERB" and tok.pos_ == "AUX")
        or (pos == "ADJ" and tok.dep_ == "amod")
        or (pos == "NOUN" and tok.pos_ == "ADJ" and tok.dep_ in ("acomp", "attr"))
    )


def _matches_at(doc: Doc, i: int, e: Entry) -> bool:
    tok = doc[i]
    if e.pos != "*" and tok.pos_ != e.pos and not _pos_variant(tok, e.pos):
        return False
    if i + len(e.words) > len(doc):
        return False
    return all(_word_matches(w, doc[i + k]) for k, w in enumerate(e.words))


def _word_matches(word: str, tok: Token) -> bool:
    """A lexicon word against a token; ``*`` is any word of letters, the open first half of a
    hyphenated compound ("* - ridden": "crime-ridden", "debt-ridden")."""
    return tok.is_alpha if word == "*" else word in _forms(tok)


def find(doc: Doc) -> list[Hit]:
    """Every lexicon hit in the Doc, left to right; a longer phrase wins over its first word."""
    idx = _index()
    hits: list[Hit] = []
    skip_to = 0
    for tok in doc:
        if tok.i < skip_to or tok.is_space or tok.is_punct:
            continue
        lower, lemma = _forms(tok)
        cands = idx.get(lower, ()) if lower == lemma else idx.get(lower, ()) + idx.get(lemma, ())
        if tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-":
            cands += idx.get("*", ())  # a compound's open first half: "crime-ridden"
        if len(cands) > 1:
            cands = tuple(sorted(cands, key=lambda e: -len(e.words)))
        for e in cands:
            if _matches_at(doc, tok.i, e):
                hits.append(Hit(e, tok.i, tok.i + len(e.words)))
                skip_to = tok.i + len(e.words)
                break
    return hits
