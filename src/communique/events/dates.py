"""The date of an event, from the time stage's resolved expressions (``record.times``).

In order: a time expression in the event's own chain ("met ... on Tuesday"); for an asserted
event, a date elsewhere in its sentence ("After meeting X, Y said on Wednesday"), else the last
day-precise date before it in its paragraph (news narrates forward from the last date it named;
a new paragraph may turn to another thread, so no date crosses one).
A planned, possible, hoped or denied event takes only its own time expression; else null.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.events.syntax import is_verb
from communique.nlp import text_of
from communique.time.lookup import dated

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord, Time

DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:$|T)")


@dataclass
class When:
    value: str | None = None
    text: str | None = None
    strength: int = 0  # 2 own expression, 1 sentence or narrative, 0 none


class TimeIndex:
    """The article's dated expressions, sorted by offset, with the token each starts on."""

    def __init__(self, record: ArticleRecord, doc: Doc, offset: int = 0) -> None:
        self.times: list[Time] = dated(record)
        self.starts = [t.start for t in self.times]
        self.text = record.text
        self.tokens: list[Token | None] = []
        end = offset + len(text_of(doc))
        for t in self.times:
            if not offset <= t.start < end:
                self.tokens.append(None)
                continue
            span = doc.char_span(t.start - offset, t.end - offset, alignment_mode="expand")
            self.tokens.append(span.root if span is not None and len(span) else None)

    def own(self, chain: set[int], sent_start: int, sent_end: int, day: bool = False) -> int | None:
        """Index of a time whose syntactic head path reaches the event's chain first (only
        day-precise ones when ``day``)."""
        lo = bisect_right(self.starts, sent_start - 1)
        for k in range(lo, len(self.times)):
            if self.times[k].start >= sent_end:
                break
            if day and not DAY.match(self.times[k].value or ""):
                continue
            tok = self.tokens[k]
            for _ in range(6):
                if tok is None or tok.i in chain:
                    break
                if is_verb(tok) or tok.head.i == tok.i:
                    tok = None
                    break
                tok = tok.head
            if tok is not None and tok.i in chain:
                return k
        return None

    def before(self, char: int, mentions: list[int] | None = None) -> int | None:
        """The last day-precise date before ``char`` that dates a main clause: "X, who was
        shot on June 18," sets no scene for what follows. A new paragraph may open another
        thread of the story, so a date from an earlier paragraph carries over only when that
        paragraph names the event's source (``mentions``: its mentions' offsets), i.e. the
        same actor's story goes on."""
        k = bisect_right(self.starts, char) - 1
        while k >= 0:
            if DAY.match(self.times[k].value or "") and not self._in_relative(k):
                return k if self._same_thread(k, char, mentions or []) else None
            k -= 1
        return None

    def _same_thread(self, k: int, char: int, mentions: list[int]) -> bool:
        start = self.times[k].start
        lo = self.text.rfind("\n", 0, start) + 1
        if self.text.find("\n", start, char) < 0:
            return True  # same paragraph
        hi = self.text.find("\n", start)
        return any(lo <= m < hi for m in mentions)

    def _in_relative(self, k: int) -> bool:
        tok = self.tokens[k]
        return tok is not None and any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


def event_date(
    ti: TimeIndex,
    chain: set[int],
    sent: tuple[int, int],
    ancestors: set[int],
    modality: str,
    narrative: bool,
    mentions: list[int] | None = None,
    elaborates: bool = False,
) -> When:
    """``narrative``: the sentence tells a single past happening (simple past, not "has asked"
    or "repeatedly"), so the last date named before it carries over. ``elaborates``: the event
    is the clause above told again ("wrote to X asking it..."), so its date of any precision
    is the event's; a clause that only stands beside it ("after she met X") takes no day then."""
    k = ti.own(chain, *sent)
    strength = 2
    if k is None and modality in ("asserted", "planned"):
        # "After meeting X, Y said on Wednesday"; "said on Thursday it would lift": the clause
        # above it
        k = ti.own(ancestors, *sent, day=True)
        strength = 1
        coarse = ti.own(ancestors, *sent) if k is None else None
        if coarse is not None and not elaborates:
            return When()  # "faced drills in April last year after she met X": no day is sure
        k = k if k is not None else coarse  # "wrote in February asking it to...": February
        if k is None and modality == "asserted" and narrative:
            k = ti.before(sent[0], mentions)
    if k is None:
        return When()
    t = ti.times[k]
    return When(day_of(t.value), t.text, strength)


def day_of(value: str | None) -> str | None:
    """An event's date: the day of a time of day ("2023-12-10TMO" -> "2023-12-10")."""
    if value and DAY.match(value):
        return value[:10]
    return value
