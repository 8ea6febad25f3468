"""Recognition: spaCy's entities repaired for news, plus knowledge-base names spaCy missed.

Repairs, each general to news text:
- a knowledge-base name found in the text (outlets such as "SCMP", countries, organisations,
  capitals, seats of power) is a candidate even where the NER saw nothing or something else;
- a headline fragment the NER read as one name ("X Meets Y") is split at its verb;
- names in credit-like lines ("Name, Agency, Pool Photo via AP") are not actors;
- a possessive "'s" is never part of a mention.
The longest candidate wins an overlap; on equal length a knowledge-base name wins, except that a
place name the NER reads as a person's name ("Jordan" in "Jordan Smith") stays a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from communique.actors.kb import APOS, KB, Entry, norm_key

if TYPE_CHECKING:
    from spacy.tokens import Doc

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
CREDIT_WORDS = {
    "photo",
    "photos",
    "photograph",
    "image",
    "images",
    "getty",
    "credit",
    "pool",
    "file",
    "via",
    "©",
    "courtesy",
    "afp/getty",
    "reuters/",
}
HEADLINE_VERBS = {
    "meets",
    "met",
    "says",
    "said",
    "visits",
    "visited",
    "holds",
    "held",
    "warns",
    "tells",
    "urges",
    "calls",
    "slams",
    "hails",
    "vows",
    "talks",
    "hosts",
    "welcomes",
    "greets",
    "blames",
    "accuses",
    "rejects",
    "backs",
    "joins",
    "and",
    "vs",
    "vs.",
    "v",
}
POSSESSIVE = {"'s", "’s", "'", "’"}
HONORIFICS = {
    "mr": "m",
    "mr.": "m",
    "sir": "m",
    "mrs": "f",
    "mrs.": "f",
    "ms": "f",
    "ms.": "f",
    "miss": "f",
    "madam": "f",
    "dame": "f",
    "dr": None,
    "dr.": None,
    "lord": "m",
    "lady": "f",
}
GIVEN_NAME_PLACES = {
    "Jordan",
    "Chad",
    "Georgia",
    "Israel",
    "Kenya",
    "Victoria",
    "Austin",
    "Hamilton",
    "Kingston",
    "Georgetown",
    "Lima",
    "Santiago",
    "Paris",
}
DATELINE_CREDIT = re.compile(r"^[^\n]{0,80}?(\([A-Z][\w .&/-]{1,40}\))\s*[-–—]", re.M)
DETERMINERS = {"the", "The"}


@dataclass
class Cand:
    """A candidate mention: token range, NER label (or KB/CAP/SEAT), knowledge-base entries."""

    start: int
    end: int
    label: str
    entries: list[Entry] = field(default_factory=list)
    source: str = "ner"
    gender: str | None = None  # from an honorific ("Mr", "Ms")

    def chars(self, doc: Doc) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)


def credit_lines(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of lines that read like photo credits: a credit word and no verb."""
    out = []
    text, pos = doc.text, 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        words = {w.lower().strip(",.;:") for w in line.split()}
        if words & CREDIT_WORDS and len(line) < 200:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not any(t.pos_ in ("VERB", "AUX") for t in span):
                out.append((start, end))
    for m in DATELINE_CREDIT.finditer(text):  # "LONDON, April 3 (Reuters) -"
        out.append((m.start(1), m.end(1)))
    return out


def _in_ranges(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in ranges)


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a trailing possessive and surrounding punctuation from a token range."""
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return start, end


def gazetteer(doc: Doc, k: KB) -> list[Cand]:
    """Every longest knowledge-base name, capital or seat of power in the text."""
    out: list[Cand] = []
    n = len(doc)
    full = doc.text  # Doc.text rebuilds the string on every access: read it once
    texts = [t.text.translate(APOS) for t in doc]
    starts = [t.idx for t in doc]
    i = 0
    while i < n:
        t = texts[i]
        if t == "the" or t == "The":
            if i + 1 >= n or not (texts[i + 1][:1].isupper() or texts[i + 1] in k.the_next):
                i += 1
                continue
            longest = k.max_words
        else:
            longest = k.first_words.get(t, 0) if t[:1].isupper() else 0
        if not longest:
            i += 1
            continue
        best: Cand | None = None
        for j in range(i + 1, min(n, i + longest) + 1):
            last = texts[j - 1]
            if last in POSSESSIVE or "\n" in last:
                break
            text = full[starts[i] : starts[j - 1] + len(last)]
            if text.translate(APOS) not in k.surfaces:
                continue  # cheap test first: most spans name nothing
            c = _lookup(k, text, i, j)
            if c is not None:
                best = c
        if best is not None and not (best.end - best.start == 1 and t in ("the", "The")):
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


def _lookup(k: KB, text: str, i: int, j: int) -> Cand | None:
    key = norm_key(text)
    if key != text.translate(APOS).strip() and not text.startswith(("the ", "The ")):
        return None  # a possessive or odd spacing: the shorter span is the name
    ids = k.names.get(key)
    if not ids and key.startswith("the "):
        ids = k.names.get(key[4:])
        i += 1  # "the" is not part of this name: "the Ukraine invasion"
    if ids:
        return Cand(i, j, "KB", [k.entries[x] for x in ids], "kb")
    key = key[4:] if key.startswith("the ") else key
    if key in k.seats:
        return Cand(i, j, "SEAT", [k.entries[k.seats[key]]], "kb")
    if key in k.capitals:
        c = k.country(k.capitals[key])
        return Cand(i, j, "CAP", [c] if c else [], "kb")
    return None


def _extend_left(doc: Doc, start: int, end: int, k: KB) -> int:
    """ "Enver Solomon" tagged "Solomon": a capitalised proper noun compounded onto the name
    (not a title, not another entity) belongs to it."""
    words = title_words_of(k)
    while start > 0 and end - start < 4:
        t = doc[start - 1]
        if not (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ == ""
            and t.dep_ == "compound"
            and start <= t.head.i < end
            and t.lower_ not in words
            and t.text not in k.adjectives
        ):
            break
        start -= 1
    return start


def title_heads(k: KB) -> frozenset[str]:
    """Last words of titles ("minister", "president", "commissioner") that may open a name
    span the NER tagged with its title."""
    if k.title_heads is None:
        k.title_heads = frozenset(p.split()[-1] for p in k.titles) | {
            "commissioner",
            "prince",
            "princess",
            "sheikh",
        }
    return k.title_heads


def title_words_of(k: KB) -> frozenset[str]:
    if k.title_words is None:
        k.title_words = frozenset(w for p in k.titles for w in p.split())
    return k.title_words


def _extend_right(doc: Doc, start: int, end: int) -> int:
    """ "Marine Le Pen" tagged "Marine Le": the capitalised proper noun the name's words are
    compounds of belongs to it."""
    if end < len(doc):
        t = doc[end]
        if (
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.ent_type_ == ""
            and all(doc[i].head.i == end for i in range(start, end))
        ):
            return end + 1
    return end


def split_headline(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Pieces of an entity span cut at verbs and linking words ("X Meets Y" -> X, Y)."""
    pieces, cur = [], start
    for i in range(start, end):
        t = doc[i]
        if t.lower_ in HEADLINE_VERBS or t.tag_ in ("VBZ", "VBD", "VBP"):
            if i > cur:
                pieces.append((cur, i))
            cur = i + 1
    if cur < end:
        pieces.append((cur, end))
    return pieces


def _joined(doc: Doc) -> list[tuple[int, int, str]]:
    """Entities as (start, end, label), adjacent PERSON entities joined ("Mohammed bin
    Abdulrahman" + "Al Thani")."""
    out: list[tuple[int, int, str]] = []
    for e in doc.ents:
        if out and e.label_ == "PERSON" == out[-1][2] and out[-1][1] == e.start:
            out[-1] = (out[-1][0], e.end, "PERSON")
        else:
            out.append((e.start, e.end, e.label_))
    return out


def ner_candidates(doc: Doc, k: KB, credits: list[tuple[int, int]]) -> list[Cand]:
    out = []
    full = doc.text
    for e_start, e_end, e_label in _joined(doc):
        ent = doc[e_start:e_end]
        if e_label not in LABELS or _in_ranges(ent.start_char, credits):
            continue
        start, stop = ent.start, ent.end
        for t in range(start, stop):
            if "\n" in doc[t].text:  # "Russia\n\nBRUSSELS": an entity never crosses a line
                stop = t
                break
        if e_label == "PERSON":
            start = _extend_left(doc, ent.start, stop, k)
            stop = _extend_right(doc, start, stop)
        if start >= stop:
            continue
        pieces = [(start, stop)]
        headline_org = e_label == "ORG" and any(
            t.text[:1].isupper() and t.lower_ in HEADLINE_VERBS - {"and"} for t in ent
        )
        if (e_label == "PERSON" or headline_org) and len(ent) >= 2 and not k.lookup(ent.text):
            pieces = split_headline(doc, start, stop)
        for a, b in pieces:
            a, b = _trim(doc, a, b)
            gender = None
            if e_label == "PERSON":
                heads = title_heads(k)
                while a < b - 1 and (doc[a].lower_ in HONORIFICS or doc[a].lower_ in heads):
                    gender = HONORIFICS.get(doc[a].lower_) or gender  # "Mr Trudeau", "Commissioner
                    a += 1  # Jim Phillips": the title stays outside the name (roles reads it)
                if not doc[a].text[:1].isupper():
                    continue  # "balsam": a lower-case word is no one's name
            if a >= b:
                continue
            label = e_label
            text = full[doc[a].idx : doc[b - 1].idx + len(doc[b - 1].text)]
            found = _lookup(k, text, a, b)
            if found is not None and label == "PERSON" and found.label in ("KB", "CAP"):
                people = [e for e in found.entries if e.kind == "person"]
                if people or norm_key(text) in GIVEN_NAME_PLACES:
                    found = Cand(a, b, "PERSON", people, "ner")  # "Jordan" the person
            if found is not None:
                found.source, found.label = "ner", label if found.label == "KB" else found.label
                found.gender = gender
                out.append(found)
            else:
                out.append(Cand(a, b, label, gender=gender))
    return out


PLACE_KINDS = {"country", "region"}


def _priority(c: Cand) -> tuple[int, int]:
    rank = 0 if c.entries and c.source == "ner" else 1 if c.entries else 2
    return (-(c.end - c.start), rank)


def merge(cands: list[Cand]) -> list[Cand]:
    """Non-overlapping candidates: longest first, knowledge-base names before plain NER."""
    taken: set[int] = set()
    kept = []
    for c in sorted(cands, key=_priority):
        span = set(range(c.start, c.end))
        if span & taken:
            continue
        taken |= span
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _propn_run(doc: Doc, i: int, step: int, taken: set[int]) -> tuple[int, int] | None:
    """A run of 2-4 capitalised proper nouns starting at ``i`` going ``step`` (1 or -1)."""
    j, n = i, len(doc)
    while 0 <= j < n and abs(j - i) < 4 and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += step
    lo, hi = (i, j) if step == 1 else (j + 1, i + 1)
    if hi - lo < 2 or any(t in taken for t in range(lo, hi)):
        return None
    return lo, hi


def titled_names(doc: Doc, k: KB, taken: set[int]) -> list[Cand]:
    """People the NER missed next to a title: "The US ambassador to Japan, Rahm Emanuel",
    "Enver Solomon, chief executive of the Refugee Council"."""
    heads = title_heads(k)
    out = []
    n = len(doc)
    for tok in doc:
        found = None
        low = tok.lower_
        if low in heads:
            i = tok.i + 1
            if i < n and doc[i].lower_ in ("to", "of", "for", "in"):
                j = i + 1
                while j < n and j - i < 5 and doc[j].text != "," and not doc[j].is_sent_end:
                    j += 1
                i = j
            if i < n and doc[i].text == ",":
                i += 1
            found = _propn_run(doc, i, 1, taken)
        elif low == "," and tok.i > 1 and doc[tok.i - 1].pos_ == "PROPN":
            words = [t.lower_ for t in doc[tok.i + 1 : tok.i + 6]]
            while words and words[0] in ("the", "a", "an", "former"):
                words = words[1:]
            if any(" ".join(words[:m]) in k.titles for m in range(1, 4)):
                found = _propn_run(doc, tok.i - 1, -1, taken)
        if found is not None:
            out.append(Cand(found[0], found[1], "PERSON"))
            taken.update(range(*found))
    return out


def recognise(doc: Doc, k: KB) -> list[Cand]:
    credits = credit_lines(doc)
    ner = [
        c
        for c in ner_candidates(doc, k, credits)
        if norm_key(doc[c.start : c.end].text) not in k.not_actors
    ]
    taken = {t for c in ner for t in range(c.start, c.end)}
    ner += titled_names(doc, k, taken)
    persons = [(c.start, c.end) for c in ner if c.label == "PERSON"]
    gaz = []
    for c in gazetteer(doc, k):
        if _in_ranges(doc[c.start].idx, credits):
            continue
        inside_person = any(a <= c.start and c.end <= b for a, b in persons)
        if inside_person and all(e.kind in PLACE_KINDS for e in c.entries):
            continue  # "Jordan" in "Jordan Smith" is not the country
        gaz.append(c)
    return merge(ner + gaz)
