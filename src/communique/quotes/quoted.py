"""Direct and partial quotations: quoted stretches (marks.py) given a kind and an attribution.

A stretch that opens a sentence, or follows a colon or a "he said," lead-in, is a direct quote;
its cue is the reporting verb right after it ('"...," he said') or right before it ('He said:
"..."'), or, for a split quote, the attribution between it and its sibling. A stretch inside a
clause is a partial quote, attributed to the reporting verb that governs it in the parse
('Wang said the deal would "not succumb to pressure"'); one that no reporting verb governs is
a scare quote or a title and is not a quotation of anyone, so it is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from communique.actors import lookup
from communique.quotes.lexicon import token_cue
from communique.quotes.speakers import (
    Attribution,
    Speaker,
    attribute,
    colon_attribution,
    is_passive,
    same_paragraph,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.quotes.index import TextIndex
    from communique.quotes.marks import Stretch
    from communique.record import ArticleRecord

_SENT_END = ".?!"
# a dash, then a name of one to five words (a handle too) that ends the line
_CREDIT = re.compile(r"[ \t]*[—–][ \t]*([A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,4})[ \t]*(?=\n|$)")
_SIBLING_TOKENS = 12  # longest attribution between the two halves of a split quote
_LEADIN_TOKENS = 8  # longest "Name, title:" colon lead-in


@dataclass
class QuotedItem:
    stretch: Stretch
    kind: str
    attribution: Attribution | None


class Finder:
    """Direct and partial quotes of one article."""

    def __init__(self, doc: Doc, record: ArticleRecord, ctx: Any, index: TextIndex) -> None:
        self.doc, self.record, self.ctx, self.index = doc, record, ctx, index
        self.text = index.text

    # -- kinds --------------------------------------------------------------------------
    def kind(self, s: Stretch, lo: int, sibling: bool = False) -> str:
        """'direct' when the quotation stands as a sentence of its own, else 'partial'.
        ``lo`` is where the text before it starts (paragraph or previous quotation)."""
        lead_end = s.open_at if s.open_at >= 0 else s.start
        lead = self.text[lo:lead_end].rstrip()
        if len(lead) > 1 and lead[-1] in "\"”’'" and lead[-2] == ",":
            lead = lead[:-1]  # 'told "Fox & Friends," "...': the comma is the lead-in's
        if not lead or lead[-1] in ":" + _SENT_END or lead[-1] in "—–":
            return "direct"
        before = self.index.token_at(len(lead) + lo - 1)
        if (
            before is not None
            and self._is_cue(before)
            and before.lower_ != "according"
            and not (before.i > 0 and self.doc[before.i - 1].text in ("-", "–"))  # so-called
            and before.dep_ not in ("amod", "compound")
            and self._takes_quotation(before, s)
            and not self._runs_on(s)
        ):
            return "direct"  # 'He said "We are ready."': the quotation is the whole object
        if lead[-1] == "," and (
            self._cue_near_end(lead_end, 4) or (sibling and self._short_cue(lo, lead_end))
        ):
            return "direct"
        return "partial"

    def _runs_on(self, s: Stretch) -> bool:
        return s.close_at >= 0 and self.index.runs_on(s.close_at)

    def _takes_quotation(self, cue: Token, s: Stretch) -> bool:
        """'said "we are ready"', 'declared "This is over"' - a verb of saying with the
        quotation as its object; 'rejected "any unilateral step"' quotes a phrase."""
        entry = token_cue(cue)
        if entry is None or entry.content != "clause":
            return False
        return cue.lemma_ == "say" or self.text[s.start : s.start + 1].isupper()

    def _short_cue(self, lo: int, hi: int) -> bool:
        """'"...," Putin told the Turkish leader, "..."' - the text between the halves of a
        split quote is an attribution clause."""
        toks = [self.doc[i] for i in self.index.token_range(lo, hi)]
        words = [t for t in toks if not t.is_punct and not t.is_space]
        return len(words) <= _SIBLING_TOKENS and any(self._is_cue(t) for t in toks)

    def _cue_near_end(self, at: int, n: int) -> bool:
        """A verb of saying among the last ``n`` words before ``at``; punctuation and a quoted
        title in between do not count ('told "Fox & Friends," "..."')."""
        tok = self.index.token_at(at - 1)
        while n > 0 and tok is not None:
            if token_cue(tok) and tok.pos_ == "VERB":
                return True
            n -= not (tok.is_punct or tok.is_space or self.index.quoted[tok.i])
            tok = self.doc[tok.i - 1] if tok.i > 0 else None
        return False

    # -- direct attribution -------------------------------------------------------------
    def direct_attribution(self, s: Stretch, lo: int, hi: int, sibling: bool) -> Attribution | None:
        """The attribution next to a direct quote: after it, before it, or between the halves
        of a split quote. ``lo``/``hi`` bound the text between the neighbouring stretches."""
        lead_end = s.open_at if s.open_at >= 0 else s.start
        lead = self.text[lo:lead_end].rstrip()
        credit = self._dash_credit(s)
        if credit is not None:
            return credit  # the named credit beats a label before a colon ("Promising review:")
        if lead.endswith(":"):
            found = self._lead_cue(lo, lead_end, sibling) or self._colon(lo, lead_end)
            found = found or self._colon_clause(lo, lead_end)
            if found is not None and not _names_actor(found):
                # 'Cake turntable: "...," Manganello says': a label before the colon is no
                # speaker when a cue after the quotation names one
                after = self._suffix_cue(s, hi)
                found = after if after is not None and _names_actor(after) else found
            if found is not None:
                return found
        after = self._suffix_cue(s, hi)
        if after is not None:
            return after
        return self._lead_cue(lo, lead_end, sibling)

    def _suffix_cue(self, s: Stretch, hi: int) -> Attribution | None:
        if s.close_at < 0:
            return None
        closed_sentence = self.text[s.start : s.close_at].rstrip()[-1:] in (".",)
        seen = 0
        for i in self.index.token_range(s.close_at + 1, hi):
            tok = self.doc[i]
            if tok.is_space or (tok.is_punct and tok.text not in _SENT_END):
                continue
            if tok.text in _SENT_END:
                return None
            seen += 1
            if closed_sentence and seen > 4:
                return None
            if self._is_cue(tok):
                return attribute(tok, self.record, self.doc, self.ctx, after_quote=True)
        return None

    def _dash_credit(self, s: Stretch) -> Attribution | None:
        """'"Warm and light." —Kayla Dillinger', an epigraph's '— Winston Churchill': a dash
        after the closing mark and a name that ends the line credit the quotation."""
        if s.close_at < 0:
            return None
        m = _CREDIT.match(self.text, s.close_at + 1)
        if m is None:
            return None
        head = self.index.token_at(m.end(1) - 1)
        if head is None or head.pos_ not in ("PROPN", "NOUN") or not m.group(1)[:1].isupper():
            return None
        start, end = m.start(1), m.end(1)
        actor = lookup.actor_at(self.record, start, end)
        speaker = Speaker(head, start, end, actor)
        dash = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t"))
        return Attribution(dash, dash + 1, self.text[dash], "neutral", speaker, None)

    def _lead_cue(self, lo: int, hi: int, sibling: bool) -> Attribution | None:
        toks = [self.doc[i] for i in self.index.token_range(lo, hi)]
        words = [t for t in toks if not t.is_punct and not t.is_space]
        whole = sibling and len(words) <= _SIBLING_TOKENS
        for tok in reversed(toks):
            if tok.text in _SENT_END and not whole and tok is not toks[-1]:
                return None
            if self._is_cue(tok):
                return attribute(tok, self.record, self.doc, self.ctx, after_quote=whole)
        return None

    def _colon(self, lo: int, hi: int) -> Attribution | None:
        """'Putin: "..."' - a short noun-phrase lead-in before a colon names the speaker."""
        toks = [self.doc[i] for i in self.index.token_range(lo, hi)]
        while toks and (toks[-1].is_space or toks[-1].text != ":"):
            toks.pop()
        if not toks:
            return None
        colon = toks.pop()
        sent_start = max((k + 1 for k, t in enumerate(toks) if t.text in _SENT_END), default=0)
        phrase = [t for t in toks[sent_start:] if not t.is_space]
        if not phrase or len(phrase) > _LEADIN_TOKENS:
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.is_lower for t in phrase):
            return None  # a clause, not a name: 'The reason is simple: "..."'
        names = [t for t in phrase if t.pos_ in ("PROPN", "NOUN", "PRON") or t.is_title]
        heads = [t for t in names if t.head.i == t.i or not phrase[0].i <= t.head.i <= phrase[-1].i]
        heads = heads or names[-1:]
        if not heads:
            return None
        return colon_attribution(self.record, self.doc, heads[0], colon, self.ctx)

    def _colon_clause(self, lo: int, hi: int) -> Attribution | None:
        """'Kennedy invoked the Holocaust to denounce the mandates: "..."', 'Police had one
        message for drivers: "..."': a clause before a colon introduces its subject's words,
        when the subject is a person or a body (not 'The sign read:', 'The reason is simple:')."""
        toks = [self.doc[i] for i in self.index.token_range(lo, hi)]
        colon = next((t for t in reversed(toks) if t.text == ":"), None)
        if colon is None:
            return None
        root = self.doc[colon.i - 1] if colon.i else colon
        while root.head.i != root.i and root.head.i < colon.i:
            root = root.head  # the clause before the colon, whatever the parser hung it on
        if root.pos_ != "VERB" or root.lemma_ == "be" or is_passive(root):
            return None
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is None or self.index.quoted[subj.i]:
            return None
        att = colon_attribution(self.record, self.doc, subj, colon, self.ctx)
        speaker = att.speaker
        actor = self.record.actor(speaker.actor) if speaker and speaker.actor else None
        ok = actor is not None and actor.kind in ("person", "org", "group", "media", "country")
        return att if ok else None

    def _is_cue(self, tok: Token) -> bool:
        if self.index.quoted[tok.i] or tok.dep_ in ("csubj", "csubjpass"):
            return False  # quoted, or an act as a subject ("sharing a flat has led to ...")
        if tok.lower_ == "according":
            return any(c.lower_ == "to" for c in tok.children)
        return tok.pos_ == "VERB" and token_cue(tok) is not None

    # -- partial attribution ------------------------------------------------------------
    def partial_attribution(self, s: Stretch) -> Attribution | None:
        """The reporting verb that governs a quoted phrase in the parse, else None."""
        toks = [self.doc[i] for i in self.index.token_range(s.start, s.end)]
        inside = {t.i for t in toks}
        heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
        for h in heads:
            tok: Token = h
            for _ in range(10):
                if tok.i not in inside and self._governs(tok):
                    if tok.dep_ == "xcomp" and self._governs(tok.head):
                        tok = tok.head  # 'urged Beijing to reject "bloc confrontation"'
                    return attribute(tok, self.record, self.doc, self.ctx)
                if tok.head.i == tok.i or not same_paragraph(tok, tok.head):
                    break
                tok = tok.head
            side = self._side_cue(tok)
            if side is not None:
                return attribute(side, self.record, self.doc, self.ctx)
        return None

    def _side_cue(self, root: Token) -> Token | None:
        """An attribution hung on the clause rather than governing it: 'according to X, ...'
        or a parenthetical 'The deal, a spokesman said, remained "on track."'."""
        for c in root.children:
            if c.lower_ == "according" and self._is_cue(c):
                return c
            if c.dep_ == "parataxis" and self._governs(c) and same_paragraph(c, root):
                return c
        return None

    def _governs(self, tok: Token) -> bool:
        if tok.pos_ != "VERB" or self.index.quoted[tok.i] or is_passive(tok):
            return False
        cue = token_cue(tok)
        return cue is not None and cue.content != "direct"


def _names_actor(att: Attribution) -> bool:
    return att.speaker is not None and att.speaker.actor is not None
