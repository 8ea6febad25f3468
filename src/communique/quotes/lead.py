"""A quote paragraph led by the paragraph before it: "Teacher Laura Finch expressed her
excitement at the donations." then a paragraph that is only her quotation, with no cue.

News writes the paraphrase first and the words after. The quote paragraph's speaker is the
subject of the lead paragraph's last sentence when that sentence's main verb is one of saying
(``cues.csv``) or of expressing (``data/quotes/lead_verbs.txt``: express, react, thank,
celebrate...), the subject resolves to an actor, and the sentence quotes nothing itself (a
quotation there has its own attribution, which ``assemble._tail`` passes on).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.quotes.lexicon import token_cue
from communique.quotes.marks import DOUBLE
from communique.quotes.speakers import Attribution, attribute, resolve
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from communique.record import ArticleRecord
    from communique.types import Context

__all__ = ["interviewee", "lead_in"]

LEAD_VERBS = words("quotes/lead_verbs.txt")
INTERVIEW_VERBS = words("quotes/interview_verbs.txt")
FIRST_PERSON = frozenset({"i", "we"})


def lead_in(
    doc: Doc, record: ArticleRecord, ctx: Context, start: int, end: int
) -> Attribution | None:
    """The attribution the paragraph at ``start``-``end`` passes to a cue-less quote paragraph
    after it, or None."""
    para = doc.char_span(start, end, alignment_mode="contract")
    if para is None or not len(para):
        return None
    last = _last_sentence(para)
    if last is None or any(ch in last.text for ch in DOUBLE):
        return None
    root = last.root
    if root.pos_ != "VERB" or not _leads(root):
        return None
    attr = attribute(root, record, doc, ctx)
    if attr.speaker is None or attr.speaker.actor is None:
        return None
    return attr


def _last_sentence(para: Span) -> Span | None:
    words_ = [t for t in para if t.is_alpha]
    return words_[-1].sent if words_ else None


def _leads(verb: Token) -> bool:
    entry = token_cue(verb)
    if entry is not None and entry.kind != "noun":
        return True
    lemma = verb.lemma_.lower()
    objects = (c.lemma_.lower() for c in verb.children if c.dep_ == "dobj")
    return lemma in LEAD_VERBS or any(f"{lemma} {o}" in LEAD_VERBS for o in objects)


def interviewee(doc: Doc, record: ArticleRecord, ctx: Context) -> Attribution | None:
    """The one person the writer says they interviewed ("I spoke with Neil Cohen, Head of
    ..., about a new survey"): in such a piece every quote paragraph with no cue of its own
    and none to inherit is the interviewee's. None when the writer names no one, or more
    than one person, that way."""
    found: dict[str, Attribution] = {}
    for tok in doc:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in INTERVIEW_VERBS:
            continue
        if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in tok.children):
            continue
        for person in _interviewed(tok):
            speaker = resolve(record, doc, person, ctx)
            actor = record.actor(speaker.actor) if speaker.actor else None
            if actor is not None and actor.kind == "person":  # no cue: the paragraphs have none
                found[actor.id] = Attribution(tok.idx, tok.idx, "", None, speaker, None)
    return next(iter(found.values())) if len(found) == 1 else None


def _interviewed(verb: Token) -> list[Token]:
    if verb.lemma_.lower() == "interview":
        return [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "to")]
    preps += [p for c in verb.children if c.dep_ == "prt" for p in c.children if p.lower_ == "with"]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]
