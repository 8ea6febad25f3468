"""Credit-like text that names no actor: photo credits and dateline agencies."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors.kb import lexwords
from communique.nlp import text_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


DATELINE_CREDIT = re.compile(r"^[^\n]{0,80}?(\([A-Z][\w .&/-]{1,40}\))\s*[-–—]", re.M)


def credit_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of lines that read like photo credits: a credit word and no verb."""
    out = []
    text, pos = text_of(doc), 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        words = {w.lower().strip(",.;:") for w in line.split()}
        if words & lexwords("credit_word") and len(line) < 200:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
                out.append((start, end))
    for m in DATELINE_CREDIT.finditer(text):  # "LONDON, April 3 (Reuters) -"
        out.append((m.start(1), m.end(1)))
    return out


def in_ranges(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in ranges)
