"""Char-offset to token lookups and the "inside a quotation" mask, built once per article."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.quotes.marks import Stretch


class TextIndex:
    """Token lookups by character offset over one Doc, in O(log n) each."""

    def __init__(self, doc: Doc, stretches: list[Stretch], text: str) -> None:
        self.doc = doc
        self.text = text
        self.starts = [t.idx for t in doc]
        self.quoted = bytearray(len(doc))
        for s in stretches:
            if s.depth:
                continue
            a = s.open_at if s.open_at >= 0 else s.start
            b = s.close_at + 1 if s.close_at >= 0 else s.end
            for i in self.token_range(a, b):
                self.quoted[i] = 1

    def token_range(self, a: int, b: int) -> range:
        """Indices of the tokens starting in [a, b)."""
        return range(bisect_left(self.starts, a), bisect_left(self.starts, b))

    def token_at(self, char: int) -> Token | None:
        i = bisect_right(self.starts, char) - 1
        return self.doc[i] if 0 <= i < len(self.doc) else None

    def runs_on(self, close_at: int) -> bool:
        """'says "circumstantial evidence" is enough': the clause goes on after the closing
        mark at ``close_at`` with its verb, so the quoted words are part of the reporter's
        sentence ('"This is over" and walked out' and '"no" to the offer' do not go on)."""
        tok = self.token_at(close_at + 1)
        while tok is not None and (tok.is_punct or tok.is_space) and tok.i + 1 < len(self.doc):
            if tok.idx > close_at and tok.text not in ('"', "”", "’", "'"):
                return False  # a comma or a full stop ends the clause
            tok = self.doc[tok.i + 1]
        return tok is not None and tok.pos_ in ("AUX", "VERB") and tok.dep_ != "conj"

    def quoted_share(self, a: int, b: int) -> float:
        """Share of the word tokens in [a, b) that lie inside a quotation."""
        idx = [
            i
            for i in self.token_range(a, b)
            if not self.doc[i].is_punct and not self.doc[i].is_space
        ]
        return sum(self.quoted[i] for i in idx) / len(idx) if idx else 0.0
