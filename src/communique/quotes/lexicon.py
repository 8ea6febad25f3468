"""The cue lexicon: reporting verbs, nouns and phrases with their framing (public face).

The quotes stage uses it to find attributions; the voice stage uses it to weigh how a reporter
frames what a source said ("claimed" hedges, "insisted" asserts). The data lives in
``data/quotes/cues.csv`` (see SOURCES.md there) and is read once per process.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Token

CueKind = Literal["verb", "noun", "phrase"]
Content = Literal["clause", "none", "direct"]


@dataclass(frozen=True)
class Cue:
    """One lexicon entry. ``cue`` is a lemma for verbs and nouns, the lower-cased phrase else."""

    cue: str
    kind: CueKind
    framing: str
    content: Content


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[tuple[str, str], Cue]:
    """Every cue keyed by (lower-cased lemma or phrase, kind)."""
    path = resources.files("communique").joinpath("data/quotes/cues.csv")
    out: dict[tuple[str, str], Cue] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cue = Cue(row["cue"].strip().lower(), row["kind"], row["framing"], row["content"])  # type: ignore[arg-type]
            out[(cue.cue, cue.kind)] = cue
    return out


@lru_cache(maxsize=1)
def _verbs() -> dict[str, Cue]:
    return {k[0]: c for k, c in cue_lexicon().items() if c.kind == "verb"}


def verb_cue(lemma: str) -> Cue | None:
    """The entry of a reporting verb by lemma ("say", "tell", "warn"), else None."""
    return _verbs().get(lemma.lower())


def token_cue(tok: Token) -> Cue | None:
    """The cue a verb token carries: its lemma ("fumed" -> "fume"), or a multi-word cue the
    verb forms with its particle or object ("blurted out", "pointed out", "chimed in",
    "floated the idea", "hit back"). The phrase's entry wins over a bare lemma that is not a
    cue; a lemma that is a cue keeps its own entry ("said" stays "say"). A verb inside a
    discourse marker ("That said, ...", "needless to say") is no cue."""
    if _in_marker(tok):
        return None
    own = verb_cue(tok.lemma_)
    if own is not None:
        return own
    lex = cue_lexicon()
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("prt", "advmod", "prep") and c.i > tok.i:
            hit = lex.get((f"{lemma} {c.lower_}", "phrase"))
            if hit is not None:
                return hit
        if c.dep_ == "dobj" and c.i > tok.i:
            det = next((d.lower_ for d in c.children if d.dep_ == "det"), None)
            words = f"{lemma} {det} {c.lemma_.lower()}" if det else f"{lemma} {c.lemma_.lower()}"
            hit = lex.get((words, "phrase"))
            if hit is not None:
                return hit
    return None


@lru_cache(maxsize=1)
def _markers() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Discourse markers keyed by each word that is a verb of saying in them."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in words("quotes/discourse_markers.txt"):
        ws = tuple(phrase.split())
        for w in ws:
            if w in ("said", "say", "saying", "told", "tell"):
                out.setdefault(w, []).append(ws)
    return {k: tuple(v) for k, v in out.items()}


def _in_marker(tok: Token) -> bool:
    doc = tok.doc
    for ws in _markers().get(tok.lower_, ()):
        k = ws.index(tok.lower_)
        a = tok.i - k
        if (
            a >= 0
            and a + len(ws) <= len(doc)
            and all(doc[a + n].lower_ == w for n, w in enumerate(ws))
        ):
            return True
    return False


def cue_framing(lemma: str) -> str | None:
    """Framing of a cue ("neutral", "assertive", "hedged", ...) by verb lemma, noun or phrase.

    Inflected forms are accepted for the common cases ("said" -> "say"; "According to").
    Returns None for a word that is not a cue.
    """
    key = " ".join(lemma.lower().split())
    lex = cue_lexicon()
    for kind in ("verb", "phrase", "noun"):
        if (key, kind) in lex:
            return lex[(key, kind)].framing
    base = _IRREGULAR.get(key) or _strip_inflection(key)
    for cand in base:
        if (cand, "verb") in lex:
            return lex[(cand, "verb")].framing
    return None


_IRREGULAR: dict[str, tuple[str, ...]] = {
    "said": ("say",),
    "says": ("say",),
    "saying": ("say",),
    "told": ("tell",),
    "wrote": ("write",),
    "written": ("write",),
}


def _strip_inflection(word: str) -> tuple[str, ...]:
    """Candidate lemmas of a regular inflected verb form (cheap, for lookups by surface form)."""
    cands: list[str] = []
    for suf, rep in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("es", "e"),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("ing", ""),
        ("ing", "e"),
        ("d", ""),
    ):
        if word.endswith(suf) and len(word) > len(suf) + 2:
            stem = word[: -len(suf)] + rep
            cands.append(stem)
            if len(stem) > 2 and stem[-1] == stem[-2]:  # "slammed" -> "slam"
                cands.append(stem[:-1])
    return tuple(cands)
