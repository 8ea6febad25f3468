"""The voice lexicons (loaded terms, hedges, speculation, inference, intensifiers) as data.

The tables live in ``data/voice/*.tsv`` (see SOURCES.md there) and are read once per process.
Matching is one pass over the tokens: single words are looked up by lemma in a dict, phrases by
their first word, so the cost does not grow with the size of the lexicon.
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


@dataclass(frozen=True)
class Hit:
    """A lexicon entry found at tokens ``[i, j)`` of the Doc."""

    entry: Entry
    i: int
    j: int


def _rows(name: str) -> Iterator[dict[str, str]]:
    path = resources.files("communique").joinpath(f"data/voice/{name}")
    with path.open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    yield from csv.DictReader(lines, delimiter="\t")


def _entry(row: dict[str, str], span_key: str) -> Entry:
    unless = frozenset(w.strip() for w in (row.get("unless") or "").split(",") if w.strip())
    return Entry(
        words=tuple(row["term"].lower().split()),
        pos=row["pos"].strip(),
        kind=row["kind"].strip(),
        span=row[span_key].strip(),
        unless=unless,
        only=(row.get("only") or "").strip(),
    )


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """Every entry of loaded.tsv and markers.tsv."""
    out = [_entry(r, "span") for r in _rows("loaded.tsv")]
    out += [_entry(r, "scope") for r in _rows("markers.tsv")]
    return tuple(out)


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
    ("hardline" as NOUN amod)."""
    return (pos == "VERB" and tok.pos_ == "AUX") or (pos == "ADJ" and tok.dep_ == "amod")


def _matches_at(doc: Doc, i: int, e: Entry) -> bool:
    tok = doc[i]
    if e.pos != "*" and tok.pos_ != e.pos and not _pos_variant(tok, e.pos):
        return False
    if i + len(e.words) > len(doc):
        return False
    return all(w in _forms(doc[i + k]) for k, w in enumerate(e.words))


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
        if len(cands) > 1:
            cands = tuple(sorted(cands, key=lambda e: -len(e.words)))
        for e in cands:
            if _matches_at(doc, tok.i, e):
                hits.append(Hit(e, tok.i, tok.i + len(e.words)))
                skip_to = tok.i + len(e.words)
                break
    return hits
