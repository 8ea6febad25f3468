"""Is a page's "main text" really an article? Refuse navigation menus, cookie walls and paywall
stubs that trafilatura returns when the article itself is missing (a truncated download, a
consent or subscription interstitial) with E112, instead of storing them as articles.

Three signs, on the extracted text: too few words in sentences (a menu is a list of short
links); most words are the text of the page's links; a consent or subscription phrase (listed
in ``data/readers/furniture.tsv``) in a text too short to be an article that mentions one.
Every page of the NAEB politics/world sample still passes (a test checks it).
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

# A sentence: at least this many words and ending in . ! ? (a closing quote may follow).
SENTENCE_WORDS = 6
# Fewer words in sentences than this is not an article (a real one has a few sentences).
MIN_SENTENCE_WORDS = 25
# More than this share of the words are link texts of the page: a menu, not a story.
MAX_LINK_SHARE = 0.5
# A consent or subscription phrase counts only in a text shorter than this (in words).
STUB_WORDS = 150
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*(?=\s|$)")
_SPACE = re.compile(r"\s+")


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s).strip().casefold()


@cache
def phrases() -> tuple[tuple[str, str], ...]:
    """(kind, phrase) pairs from the data file."""
    text = resources.files("communique").joinpath("data", "readers", "furniture.tsv")
    out = []
    for line in text.read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            kind, phrase = line.split("\t", 1)
            out.append((kind.strip(), _norm(phrase)))
    return tuple(out)


def sentence_words(text: str) -> int:
    """Words in sentences of at least SENTENCE_WORDS words ending in . ! or ?."""
    total = 0
    for line in text.splitlines():
        start = 0
        for m in _SENTENCE_END.finditer(line):
            n = len(line[start : m.end()].split())
            total += n if n >= SENTENCE_WORDS else 0
            start = m.end()
    return total


def link_texts(tree: Any) -> set[str]:
    """The normalised texts of the page's links (lxml tree)."""
    if tree is None:
        return set()
    found = set()
    for a in tree.iter("a"):
        text = _norm(a.text_content() or "")
        if text:
            found.add(text)
    return found


def link_share(text: str, links: set[str]) -> float:
    """Share of the words of ``text`` on lines that are exactly the text of a link."""
    words = linked = 0
    for line in text.splitlines():
        n = len(line.split())
        words += n
        linked += n if _norm(line) in links else 0
    return linked / words if words else 0.0


def furniture(text: str, links: set[str]) -> tuple[str, str] | None:
    """(kind, why) when ``text`` is page furniture rather than an article, else None."""
    share = link_share(text, links)
    if share > MAX_LINK_SHARE:
        return "navigation", f"{share:.0%} of its words are link texts"
    norm = _norm(text)
    if len(norm.split()) < STUB_WORDS:
        for kind, phrase in phrases():
            if phrase in norm:
                return kind, f"it says {phrase!r}"
    n = sentence_words(text)
    if n < MIN_SENTENCE_WORDS:
        return "navigation", f"only {n} words in sentences"
    return None
