"""Paragraphs the parser ran together, parsed again on their own.

The article is parsed as one text; a headline or a dateline line without a full stop is often
glued to the lede in one "sentence", and that sentence's tree is useless. Each such stretch is
split at its line breaks and the lines are parsed again (same pipeline, a few dozen tokens per
article); events are then read from those parses, offsets shifted back into the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

LINE = re.compile(r"[^\n]+")

View = tuple["Doc", int, frozenset[int]]


def views(doc: Doc, nlp: Language | None) -> list[View]:
    """(doc, char offset into the article, token indices of ``doc`` to skip) to read events
    from: the article's own parse, and a fresh parse of each line of a run-together stretch."""
    merged = [s for s in doc.sents if "\n" in s.text.strip()]
    if not merged or nlp is None:
        return [(doc, 0, frozenset())]
    skip = frozenset(t.i for s in merged for t in s)
    chunks: list[tuple[str, int]] = []
    for s in merged:
        for m in LINE.finditer(s.text):
            if m.group().strip():
                chunks.append((m.group(), s.start_char + m.start()))
    out: list[View] = [(doc, 0, skip)]
    for (_, offset), sub in zip(chunks, nlp.pipe([c[0] for c in chunks]), strict=True):
        out.append((sub, offset, frozenset()))
    return out


def headline_end(text: str, title: str | None) -> int:
    """End of the headline line when the text opens with one (a first line without a full stop
    followed by more paragraphs), else 0: its events are restated, dated, in the lede."""
    first = text.lstrip("\n").split("\n", 1)[0].strip()
    if not first or first[-1] in ".!?\"”'" or "\n" not in text.strip():
        return 0
    if title is not None and title.strip() != first:
        return 0
    return text.find(first) + len(first)
