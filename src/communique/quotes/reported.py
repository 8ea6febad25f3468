"""Indirect (reported) speech from the parse: "X said (that) ...", "X told Y that ...",
"X promised to ...", "according to X, ...", with the reported clause as the span.

Why the parse: the reported content of a reporting verb is its clausal complement (ccomp, or
xcomp for "promised/vowed/urged ... to"), which the dependency parse gives directly; a clause
that lies mostly inside quote marks is a direct quotation, handled by the marks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.quotes.lexicon import token_cue
from communique.quotes.marks import MARKS
from communique.quotes.speakers import (
    Attribution,
    attribute,
    coordinated_reporter,
    is_passive,
    same_paragraph,
    subject_of,
)
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.quotes.index import TextIndex
    from communique.record import ArticleRecord
    from communique.types import Context

_XCOMP_OK = words("quotes/reported_xcomp_ok.txt")
_COMPLEMENTIZERS = words("quotes/reported_complementizers.txt")
_FINITE = ("VBD", "VBZ", "VBP", "MD")
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")
_LEAD_TRIM = ("that", ",", ":", "—", "–", "-")
_END_TRIM = ",;:.—–- \n\t"


@dataclass
class Reported:
    start: int
    end: int
    cue: Token
    attribution: Attribution


def find_indirect(
    doc: Doc, record: ArticleRecord, ctx: Context, index: TextIndex
) -> list[Reported]:
    """Every reported clause outside quotation marks, with its attribution."""
    out: list[Reported] = []
    for tok in doc:
        if index.quoted[tok.i]:
            continue
        if tok.lower_ == "according":
            span = _according_span(tok)
        elif tok.pos_ == "VERB" and not _negated(tok) and not is_passive(tok):
            span = _complement_span(tok)
        else:
            continue
        if span is None:
            continue
        clipped = _clip_to_paragraph(index.text, tok.idx, *span)
        start, end = _trim(index.text, *clipped)
        if end - start < 3 or index.quoted_share(*clipped) == 1.0:
            continue  # all inside the marks, "that" included: '"I think," he said, "that ..."'
        if index.quoted_share(start, end) >= 0.5 and _is_quotation(index, tok, start, end):
            continue
        if start > 0 and index.text[start - 1] in MARKS and index.quoted[tok.i] == 0:
            close = next((i for i in range(start, end) if index.text[i] in MARKS), -1)
            start = start - 1 if close > 0 else start  # keep the opening mark of a quoted subject
        att = attribute(tok, record, doc, ctx)
        if att.speaker is not None and att.speaker.head.lower_ == "you":
            continue  # "let's assume that you doubt X": the generic reader reports nothing
        out.append(Reported(start, end, tok, att))
    _cut_before_other_sources(index.text, out)
    return out


def _cut_before_other_sources(text: str, found: list[Reported]) -> None:
    """'X attacked ships, saying they act for Gaza, where 25,000 have died, according to the
    ministry': what the ministry vouches for is not part of what X said; a reported clause
    ends before the clause (or the phrase) of an "according to" inside or right after it."""
    sources = [r for r in found if r.cue.lower_ == "according"]
    for r in found:
        if r.cue.lower_ == "according":
            continue
        for a in sources:
            if r.start < a.cue.idx < r.end or r.start < a.start < r.end <= a.end:
                cut = a.start if r.start < a.start < a.cue.idx else a.cue.idx
                start, end = _trim(text, r.start, cut)
                end = _drop_trailing_wh(text, start, end)
                if end - start >= 3:
                    r.end = end


def _drop_trailing_wh(text: str, start: int, end: int) -> int:
    words = text[start:end].rsplit(None, 1)
    if len(words) == 2 and words[1].lower() in _WH_LEAD:
        return _trim(text, start, start + len(text[start:end].rstrip()) - len(words[1]))[1]
    return end


def _is_quotation(index: TextIndex, cue: Token, start: int, end: int) -> bool:
    """A mostly quoted clause is a direct quotation ('"...," he said'; 'He said: "..."'), not
    reported speech, unless a complementizer introduces it ('warned that "time is short"') or
    the clause goes on after the quoted words ('says "circumstantial evidence" is enough')."""
    text = index.text
    if end <= cue.idx:
        return True
    if text[start] in MARKS:
        mark = start
    else:  # the parse may hang the opening mark on the verb: look just before the clause
        base = max(0, start - 3)
        before = text[base:start].rstrip()
        if not before or before[-1] not in MARKS:
            return False
        mark = base + len(before) - 1
    before = text[max(0, mark - 40) : mark].rstrip()
    word = before.rsplit(None, 1)[-1].lower() if before else ""
    if word in _COMPLEMENTIZERS:
        return False
    close = next((i for i in range(mark + 1, end) if text[i] in MARKS), -1)
    return not (0 < close < end - 1 and index.runs_on(close))


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _complement_span(tok: Token) -> tuple[int, int] | None:
    """The reported clause of a reporting verb: its ccomp (or xcomp for "promised to"), the
    one after the verb first; else, for '..., X said.', the clause before the attribution."""
    cue = token_cue(tok)
    if cue is None or cue.content != "clause":
        return None
    comps = [
        c
        for c in tok.children
        if same_paragraph(c, tok)
        and (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and cue.cue in _XCOMP_OK))
    ]
    comps += _that_clause_on_object(tok)
    comps.sort(key=lambda c: (c.i < tok.i, c.i))
    for c in comps:
        if c.i < tok.i and not any(g.dep_ in _SUBJECTS for g in c.children):
            continue  # 'Speaking to the BBC, X added': a participle, not what was said
        left, right = c.left_edge, c.right_edge
        if left.i <= tok.i <= right.i:  # a parse that swallowed the cue: not a clause of it
            return None
        if not same_paragraph(left, tok):
            left = _paragraph_start_token(tok)
        right = _before_coordinated_cue(c, right)
        right = _before_inserted_subject(tok, left, right)
        return left.idx, right.idx + len(right.text)
    return _parenthetical_span(tok) or _postposed_span(tok)


def _before_inserted_subject(tok: Token, left: Token, right: Token) -> Token:
    """'S, Sweden, which holds the presidency, said.': a clause before its verb ends before
    the verb's subject when the parser swallowed the subject into the clause."""
    subj = subject_of(tok)
    if subj is None or not left.i < subj.i <= right.i:
        return right
    doc = tok.doc
    end = subj.left_edge.i - 1
    while end > left.i and doc[end].is_punct:
        end -= 1
    return doc[end] if end > left.i else right


def _before_coordinated_cue(comp: Token, right: Token) -> Token:
    """'X said his party would back the bill but warned against ...': the reported clause
    ends before a coordinated speech verb that continues the sentence about X."""
    doc = comp.doc
    for t in comp.subtree:
        if (
            t.dep_ == "conj"
            and t.pos_ == "VERB"
            and t.i <= right.i
            and token_cue(t) is not None
            and coordinated_reporter(t) is not None
        ):
            end = t.left_edge.i - 1
            while end > comp.left_edge.i and (doc[end].dep_ == "cc" or doc[end].is_punct):
                end -= 1
            return doc[end] if end > comp.left_edge.i else right
    return right


def _that_clause_on_object(tok: Token) -> list[Token]:
    """'told a forum that "..."' parsed as a relative clause of the object: a clause with a
    "that" complementizer (mark) under the verb's object is what was told."""
    out = []
    for obj in tok.children:
        if obj.dep_ in ("dobj", "dative"):
            out += [
                g
                for g in obj.children
                if g.dep_ in ("relcl", "acl", "ccomp")
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in g.children)
            ]
    return out


def _parenthetical_span(tok: Token) -> tuple[int, int] | None:
    """'The deal, a spokesman said, remained on track.': the clause the attribution
    interrupts, without the attribution when it ends the sentence."""
    head = tok.head
    if tok.dep_ != "parataxis" or head.i == tok.i or not same_paragraph(head, tok):
        return None
    doc = tok.doc
    left, right = head.left_edge, head.right_edge
    while right.i > left.i and doc[right.i].is_punct:
        right = doc[right.i - 1]
    if tok.right_edge.i >= right.i:  # '..., X said.' at the end: the text before it
        return _sentence_before(tok.left_edge)
    return left.idx, right.idx + len(right.text)


def _paragraph_start_token(tok: Token) -> Token:
    i = tok.i
    while i > 0 and "\n" not in tok.doc[i - 1].text:
        i -= 1
    return tok.doc[i]


def _postposed_span(tok: Token) -> tuple[int, int] | None:
    """'The ceasefire will hold, officials said.' when the parse did not make the clause a
    complement of the verb (parataxis, or a headline run into the sentence): the clause is the
    sentence's text before the comma that precedes the subject."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if subj is None or not same_paragraph(subj, tok) or any(c.dep_ == "dobj" for c in tok.children):
        return None
    comma = subj.left_edge.i - 1
    doc = tok.doc
    if comma < 1 or doc[comma].text != "," or not same_paragraph(doc[comma], tok):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].text == ":":
        return None  # 'Speaking to the BBC, X added: "..."': what was said follows
    span = _sentence_before(doc[comma])
    if span is None:
        return None
    finite = any(doc[k].tag_ in _FINITE for k in range(comma - 1, -1, -1) if doc[k].idx >= span[0])
    return span if finite else None  # 'Speaking to the BBC, X said': no clause, no content


def _according_span(tok: Token) -> tuple[int, int] | None:
    """The clause an "according to X" phrase attaches to, without the phrase itself."""
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    if to is None or not any(c.dep_ == "pobj" for c in to.children):
        return None
    head = tok.head
    if head.i == tok.i:
        return None
    if not same_paragraph(head, tok):
        return _rest_of_sentence(tok)
    left, right = head.left_edge, head.right_edge
    doc = head.doc
    while right.i > tok.i and (right.is_punct or right.is_space or not same_paragraph(right, tok)):
        right = doc[right.i - 1]  # a parse run on into the next paragraph ends here
    while left.i < tok.i and not same_paragraph(left, tok):
        left = doc[left.i + 1]
    a_left, a_right = tok.left_edge, tok.right_edge
    if a_left.i <= left.i:  # "According to X, S."
        nxt = a_right.i + 1
        while nxt <= right.i and head.doc[nxt].is_punct:
            nxt += 1
        if nxt > right.i:
            return None
        left = head.doc[nxt]
    elif a_right.i >= right.i:  # "S, according to X."
        prev = a_left.i - 1
        while prev >= left.i and head.doc[prev].is_punct:
            prev -= 1
        if prev < left.i:
            return None
        right = head.doc[prev]
        left = _innermost_clause(right, head) or left
    return left.idx, right.idx + len(right.text)


_CLAUSE_DEPS = ("relcl", "advcl")
_WH_LEAD = words("quotes/reported_wh_lead.txt")


def _innermost_clause(last: Token, top: Token) -> Token | None:
    """'X launched 30 attacks, saying ..., where the bombardment has killed 25,000 people,
    according to the ministry': a sentence-final "according to" vouches for the nearest finite
    clause before it (a relative or adverbial clause with its own subject), not for the whole
    sentence the parser hung it on. Returns that clause's first word (a leading "where" left
    out), or None when the phrase scopes over the whole clause of ``top``."""
    tok = last
    while tok.i != top.i and tok.head.i != tok.i:
        if (
            tok.dep_ in _CLAUSE_DEPS
            and tok.pos_ in ("VERB", "AUX")
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            first = tok.left_edge
            while first.i < tok.i and (first.lower_ in _WH_LEAD or first.is_punct):
                first = tok.doc[first.i + 1]
            return first
        tok = tok.head
    return None


def _clip_to_paragraph(text: str, at: int, start: int, end: int) -> tuple[int, int]:
    """The part of [start, end) in the cue's own paragraph (a parse may run across a break)."""
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    start, end = max(start, lo), min(end, hi)
    return (start, end) if start < end else (at, at)


def _rest_of_sentence(tok: Token) -> tuple[int, int] | None:
    """'According to X, S.' when the parse hung the phrase on another paragraph: S is the
    rest of the sentence after the phrase."""
    doc = tok.doc
    i = tok.right_edge.i + 1
    while i < len(doc) and doc[i].is_punct:
        i += 1
    j = i
    while j < len(doc) and doc[j].text not in ".?!" and "\n" not in doc[j].text:
        j += 1
    if j > i:
        return doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
    return _sentence_before(tok.left_edge)  # 'S, according to X.'


def _sentence_before(tok: Token) -> tuple[int, int] | None:
    """The sentence's text before ``tok`` within its paragraph (a comma before it left out)."""
    doc = tok.doc
    first = _paragraph_start_token(tok).i
    k = tok.i - 1
    while k >= first and doc[k].text not in (".", "?", "!"):
        k -= 1
    k += 1
    while k < tok.i and (doc[k].is_punct or doc[k].is_space):
        k += 1  # a closing quote mark after the previous sentence's period
    return (doc[k].idx, tok.idx) if tok.i - k >= 2 else None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that"/comma and trailing punctuation (closing quote marks stay)."""
    changed = True
    while changed:
        changed = False
        while start < end and text[start].isspace():
            start += 1
        for w in _LEAD_TRIM:
            after = start + len(w)
            if text.startswith(w, start) and (after >= end or not text[after].isalnum()):
                start, changed = after, True
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    return start, end
