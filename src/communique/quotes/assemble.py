"""Putting the quotes of one article together: kinds, attributions, inheritance, records.

Inheritance follows news convention only where it is certain: a quote paragraph with no cue of
its own that opens with the quotation takes the speaker of the attribution that ends the
previous paragraph (a direct quote's "he said", a "She said:" lead-in, or reported speech in
its last sentence); the halves of a split or multi-paragraph quote share their speaker; inside
one paragraph, an unattributed direct quote takes the speaker of the paragraph's other direct
quotes when they all have the same one. Everything else stays unattributed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.quotes.index import TextIndex
from communique.quotes.lead import interviewee, lead_in
from communique.quotes.marks import DOUBLE, Stretch, find_stretches, paragraphs
from communique.quotes.quoted import Finder, QuotedItem
from communique.quotes.reported import Reported, find_indirect
from communique.quotes.speakers import Attribution
from communique.record import Quote, Span, make_span
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.record import ArticleRecord
    from communique.types import Context

_MIN_UNATTRIBUTED_WORDS = 4


@dataclass
class Found:
    kind: str
    start: int
    end: int
    attribution: Attribution | None


def find_all(
    doc: Doc, record: ArticleRecord, ctx: Context
) -> tuple[list[Found], list[tuple[int, int]]]:
    """Every quotation of the article (unordered) and the quoted character ranges."""
    text = getattr(ctx, "text", "") or doc.text  # Doc.text joins every token: avoid it
    stretches = find_stretches(text)
    index = TextIndex(doc, stretches, text)
    indirect = find_indirect(doc, record, ctx, index)
    quoted = _quoted(doc, record, ctx, index, stretches, indirect)
    found = [Found(q.kind, q.stretch.start, q.stretch.end, q.attribution) for q in quoted]
    found += [Found("indirect", r.start, r.end, r.attribution) for r in indirect]
    ranges = [
        (s.open_at if s.open_at >= 0 else s.start, s.close_at + 1 if s.close_at >= 0 else s.end)
        for s in stretches
        if s.depth == 0
    ]
    return found, ranges


def _quoted(
    doc: Doc,
    record: ArticleRecord,
    ctx: Context,
    index: TextIndex,
    stretches: list[Stretch],
    indirect: list[Reported],
) -> list[QuotedItem]:
    finder = Finder(doc, record, ctx, index)
    text = index.text
    by_para: dict[int, list[Stretch]] = defaultdict(list)
    for s in stretches:
        if s.depth == 0:
            by_para[s.para].append(s)
    out: list[QuotedItem] = []
    seen_groups: set[int] = set()
    prev_tail: Attribution | None = None
    asked: list[Attribution | None] = []  # "I spoke with X about ...", read once if needed
    for ps, pe in paragraphs(text):
        sts = by_para.get(ps, [])
        items = [
            it
            for j, s in enumerate(sts)
            if (it := _item(finder, text, sts, j, ps, pe, s.group in seen_groups))
        ]
        _share_in_paragraph(items)
        first = _first_char(text, ps, pe)
        if (
            items
            and items[0].attribution is None
            and items[0].kind == "direct"
            and items[0].stretch.open_at == first
            and _ends_sentence(text, items[0].stretch)
            and (inherited := prev_tail or _interviewee(asked, doc, record, ctx)) is not None
        ):
            items[0].attribution = inherited
            _share_in_paragraph(items)
        seen_groups.update(s.group for s in sts)
        out += items
        prev_tail = _tail(finder, text, ps, pe, items, indirect)
    _share_in_groups(out)
    return [
        it
        for it in out
        if it.attribution is not None
        or it.kind == "direct"
        and len(text[it.stretch.start : it.stretch.end].split()) >= _MIN_UNATTRIBUTED_WORDS
    ]


_TITLE_WORDS = 6
_MINOR = words("quotes/assemble_minor.txt")


def is_title(words: str) -> bool:
    """A name of a work or a show ("Meet the Press", "Fox & Friends", "Deadly Immunity"):
    a short stretch with no sentence punctuation whose words are all capitalised but for
    minor words. Such a stretch is a title, not a quotation of anyone."""
    ws = words.rstrip(",;:").split()
    if not ws or len(ws) > _TITLE_WORDS or any(ch in words for ch in ".?!"):
        return False
    alpha = [w for w in ws if any(c.isalpha() for c in w)]
    if len(alpha) < 2 or not alpha[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _MINOR or not w[:1].isalpha() for w in alpha)


def _item(
    finder: Finder, text: str, sts: list[Stretch], j: int, ps: int, pe: int, continued: bool
) -> QuotedItem | None:
    s = sts[j]
    if not continued and _titled(text, s):
        return None
    # a title between a lead-in and its quote is part of the lead-in ('he told "Fox &
    # Friends," "..."'): the neighbours are the nearest stretches that are no titles
    before = [t for t in sts[:j] if not _titled(text, t)]
    after = [t for t in sts[j + 1 :] if not _titled(text, t)]
    lo = _after(before[-1]) if before else ps
    hi = _before(after[0]) if after else pe
    kind = "direct" if continued else finder.kind(s, lo, sibling=bool(before))
    if kind == "direct":
        attr = finder.direct_attribution(s, lo, hi, sibling=bool(before or after))
        return QuotedItem(s, kind, attr)
    attr = finder.partial_attribution(s)
    return QuotedItem(s, kind, attr) if attr is not None else None


def _titled(text: str, s: Stretch) -> bool:
    return s.close_at >= 0 and is_title(text[s.start : s.end])


def _after(s: Stretch) -> int:
    return s.close_at + 1 if s.close_at >= 0 else s.end


def _before(s: Stretch) -> int:
    return s.open_at if s.open_at >= 0 else s.start


def _first_char(text: str, ps: int, pe: int) -> int:
    i = ps
    while i < pe and text[i].isspace():
        i += 1
    return i


def _ends_sentence(text: str, s: Stretch) -> bool:
    """A quote paragraph ends with sentence punctuation (inside or after the closing mark);
    a cross-heading such as 'It is a question of survival' does not, and inherits nothing."""
    if s.close_at < 0:
        return True  # a multi-paragraph quotation runs on
    inside = text[s.start : s.end].rstrip()[-1:]
    after = text[s.close_at + 1 : s.close_at + 2]
    return inside in ".?!…" and inside != "" or after in (".", "?", "!")


def _share_in_paragraph(items: list[QuotedItem]) -> None:
    speakers = {
        it.attribution.speaker.actor if it.attribution.speaker else None
        for it in items
        if it.kind == "direct" and it.attribution is not None
    }
    attrs = [it.attribution for it in items if it.kind == "direct" and it.attribution is not None]
    if len(speakers) != 1 or not attrs:
        return
    for it in items:
        if it.kind == "direct" and it.attribution is None:
            it.attribution = attrs[0]


def _share_in_groups(items: list[QuotedItem]) -> None:
    by_group: dict[int, Attribution] = {}
    for it in items:
        if it.attribution is not None and it.stretch.group not in by_group:
            by_group[it.stretch.group] = it.attribution
    for it in items:
        if it.attribution is None and it.stretch.group in by_group:
            it.attribution = by_group[it.stretch.group]


def _tail(
    finder: Finder, text: str, ps: int, pe: int, items: list[QuotedItem], indirect: list[Reported]
) -> Attribution | None:
    """The attribution that ends a paragraph, which a following cue-less quote paragraph
    inherits: the last attributed quotation, if nothing but its own sentence follows it."""
    body = text[ps:pe].rstrip()
    if body.endswith(":"):
        lead = finder.direct_attribution(
            Stretch(pe, pe, pe, -1, "double", 0, -1, ps), ps, pe, sibling=False
        )
        if lead is not None:
            return lead
    cands: list[tuple[int, Attribution]] = []
    for it in items:
        if it.attribution is not None:
            cands.append((max(_after(it.stretch), it.attribution.cue_end), it.attribution))
    for r in indirect:
        if ps <= r.start < pe:
            cands.append((max(r.end, r.attribution.cue_end), r.attribution))
    if not cands:  # "X expressed her excitement ...": the paraphrase before the words
        if not _opens_quote(text, pe):
            return None  # no quote paragraph follows to inherit it
        return lead_in(finder.doc, finder.record, finder.ctx, ps, pe)
    pos, attr = max(cands, key=lambda c: c[0])
    rest = text[pos:pe]
    if any(ch in rest for ch in ".?!") and any(w.isalpha() for w in rest.split(".", 1)[-1].split()):
        return None
    return attr if attr.speaker is not None else None


def _interviewee(
    asked: list[Attribution | None], doc: Doc, record: ArticleRecord, ctx: Context
) -> Attribution | None:
    """The interviewee's attribution (``lead.interviewee``), looked for only when a cue-less
    quote paragraph has nothing to inherit, and once per article (``asked`` keeps it)."""
    if not asked:
        asked.append(interviewee(doc, record, ctx))
    return asked[0]


def _opens_quote(text: str, at: int) -> bool:
    """Whether the first character after ``at`` that is no white space is a double quote."""
    i = at
    while i < len(text) and text[i].isspace():
        i += 1
    return i < len(text) and text[i] in DOUBLE


def to_records(record: ArticleRecord, found: list[Found]) -> list[Quote]:
    """Quote records in text order, ids q1, q2, ...; every span made from record.text."""
    text = record.text
    out: list[Quote] = []
    for n, f in enumerate(sorted(found, key=lambda f: (f.start, f.end)), start=1):
        a = f.attribution
        sp = a.speaker if a is not None else None
        out.append(
            make_span(
                text,
                f.start,
                f.end,
                Quote,
                id=f"q{n}",
                kind=f.kind,
                speaker=sp.actor if sp else None,
                speaker_mention=make_span(text, sp.start, sp.end, Span) if sp else None,
                cue=a.cue_text or None if a else None,  # "" for an interviewee's paragraphs
                cue_span=make_span(text, a.cue_start, a.cue_end, Span)
                if a and a.cue_text
                else None,
                addressee=a.addressee if a else None,
                framing=a.framing if a else None,
            )
        )
    return out
