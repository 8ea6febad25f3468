"""Mentions as the stage records them: character offsets, the syntactic head, subjecthood."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.model import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass"}


def head_index(doc: Doc, start: int, end: int) -> int:
    """The token of ``doc[start:end]`` whose syntactic head lies outside the range."""
    for i in range(start, end):
        h = doc[i].head.i
        if h == i or not start <= h < end:
            return i
    return end - 1


def is_subject(tok: Token) -> bool:
    """A clause subject, also through coordination or apposition ("Wang, the former ...")."""
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ == "ROOT" and tok.pos_ == "PROPN" and tok.head.i == tok.i:
            return True  # "Les Hardy, a driver, braved the cold": the verb misparsed, the name root
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False


def mention(doc: Doc, start: int, end: int, how: str) -> Mention:
    h = head_index(doc, start, end)
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    return Mention(doc[start].idx, end_char, h, how, is_subject(doc[h]), start, end)
