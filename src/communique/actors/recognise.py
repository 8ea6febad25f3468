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

from typing import TYPE_CHECKING

from communique.actors.credits import credit_lines, in_ranges
from communique.actors.kb import APOS, KB, lexicon, lexwords, norm_key, places
from communique.actors.misread import relabel
from communique.actors.model import Cand
from communique.actors.repairs import (
    extend_left,
    extend_right,
    split_headline,
    title_heads,
    titled_names,
)
from communique.nlp import text_of
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}
PLACE_SUFFIXES = words("actors/place_suffixes.txt")
PLACE_EVENTS = words("actors/place_event_heads.txt")
THING_HEADS = words("actors/thing_heads.txt")


POSSESSIVE = {"'s", "’s", "'", "’"}


DETERMINERS = {"the", "The"}


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a possessive and punctuation at either end of a token range; a name ends
    before an opening parenthesis ("Alliance for Progress (AP": the acronym is its own)."""
    for i in range(start + 1, end):
        if doc[i].text == "(":
            end = i
            break
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct):
        end -= 1
    while start < end and (doc[start].is_punct or doc[start].text in POSSESSIVE):
        start += 1  # "’s Law Department" of "the city’s Law Department"
    if end - start > 1 and doc[start].text in ("A", "An"):
        start += 1  # "An International Monetary Fund report": the article is no part of it
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
        if best is not None and _namesake(doc, best, k):
            best = Cand(best.start - 1, best.end, "PERSON")  # "Ivanka Trump", "Hunter Biden"
        if best is not None and not (best.end - best.start == 1 and t in ("the", "The")):
            out.append(best)
            i = best.end
        else:
            i += 1
    return out


def _namesake(doc: Doc, c: Cand, k: KB) -> bool:
    """A known person's one-word alias (a surname) right after a capitalised proper noun that
    is no title, honorific or known name ("Ivanka Trump", "Hunter Biden", "Melania Trump"):
    another bearer of the surname, whom the parser's NER missed, not the known person."""
    if c.end - c.start != 1 or c.start == 0 or not c.entries:
        return False
    if any(e.kind != "person" for e in c.entries):
        return False
    prev = doc[c.start - 1]
    word = prev.text.translate(APOS)
    return (
        prev.pos_ == "PROPN"
        and word[:1].isupper()
        and word.isalpha()
        and prev.lower_ not in title_heads(k)
        and prev.lower_ not in lexicon("honorific")
        and not k.lookup(word)
        and prev.ent_type_ not in ("NORP", "GPE", "ORG", "LOC")
    )


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


def _joined(doc: Doc) -> list[tuple[int, int, str]]:
    """Entities as (start, end, label), adjacent PERSON entities joined ("Mohammed bin
    Abdulrahman" + "Al Thani")."""
    out: list[tuple[int, int, str]] = []
    for e in doc.ents:
        label = _quoted_name(e) or e.label_
        if out and label == "PERSON" == out[-1][2] and out[-1][1] == e.start:
            out[-1] = (out[-1][0], e.end, "PERSON")
        elif out and out[-1][2] == "PERSON" and out[-1][1] == e.start and _name_tail(doc, e):
            out[-1] = (out[-1][0], e.end, "PERSON")  # "Ana Maria" + "Lopes" tagged ORG
        else:
            out.append((e.start, e.end, label))
    return out


def _name_tail(doc: Doc, e: Span) -> bool:
    """A one-word entity right after a person's name that the name's words are compounds of:
    the rest of a multi-part name ("Bhutto" + "Zardari"), whatever label the NER gave it."""
    if len(e) != 1 or e.label_ not in ("ORG", "NORP", "GPE"):
        return False
    t = e[0]
    prev = doc[e.start - 1]
    return (
        t.pos_ == "PROPN"
        and t.text[:1].isupper()
        and prev.dep_ in ("compound", "flat")
        and prev.head.i == t.i
    )


def _quoted_name(ent: Span) -> str | None:
    """'"We will win," Marine Le Pen said': the NER reads a name after a closing quote as a
    title (WORK_OF_ART starting at the quote mark); proper nouns only make it a person."""
    if ent.label_ != "WORK_OF_ART" or len(ent) < 3 or not ent[0].is_quote:
        return None
    rest = ent[1:]
    if all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in rest) and len(rest) <= 4:
        return "PERSON"
    return None


def _after_owner(doc: Doc, a: int, b: int, people: frozenset[str]) -> int:
    """ "Kennedy's Salon article": a name that starts with a person's possessive is the thing
    owned ("Salon"); the person is found on their own. Only when every word before the "'s"
    is a word of a person the article names, so "St. John's University" stays whole."""
    for j in range(a + 1, b - 1):
        if doc[j].text in POSSESSIVE:
            return j + 1 if all(t.text in people for t in doc[a:j]) else a
    return a


def ner_candidates(doc: Doc, k: KB, credits: list[tuple[int, int]]) -> list[Cand]:
    out = []
    full = text_of(doc)
    person_words = frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e)
    for e_start, e_end, e_label in _joined(doc):
        ent = doc[e_start:e_end]
        if e_label not in LABELS or in_ranges(ent.start_char, credits):
            continue
        stop = ent.end
        e_label, start = relabel(ent, e_label, k)
        for t in range(start, stop):
            if "\n" in doc[t].text:  # "Russia\n\nBRUSSELS": an entity never crosses a line
                stop = t
                break
        if e_label == "PERSON":
            start = extend_left(doc, start, stop, k)
            stop = extend_right(doc, start, stop)
        if start >= stop:
            continue
        pieces = [(start, stop)]
        headline_org = e_label == "ORG" and any(
            t.text[:1].isupper() and t.lower_ != "and" and t.lower_ in lexwords("headline_verb")
            for t in ent
        )
        if (e_label == "PERSON" or headline_org) and len(ent) >= 2 and not k.lookup(ent.text):
            pieces = split_headline(doc, start, stop)
        for a, b in pieces:
            a, b = _trim(doc, a, b)
            if e_label != "PERSON":
                a = _after_owner(doc, a, b, person_words)
            gender = None
            if e_label == "PERSON":
                # "Harbor Labs' Dana Whitfield": the owner before a possessive is no part of it
                owned = [j for j in range(a, b - 1) if doc[j].text in POSSESSIVE]
                a = owned[-1] + 1 if owned else a
                # "Mr Trudeau", "Commissioner Jim Phillips": the title stays outside the name
                heads, honorific = title_heads(k), lexicon("honorific")
                while a < b - 1 and (doc[a].lower_ in honorific or doc[a].lower_ in heads):
                    gender = honorific.get(doc[a].lower_) or gender
                    a += 1
                if not doc[a].text[:1].isupper():
                    continue  # "balsam": a lower-case word is no one's name
                if b - a == 1 and (doc[a].lower_ in heads or f"{doc[a].lower_}." in heads):
                    continue  # "Sgt" of "Sgt. Ronald Watts": a title alone is no one
            if a >= b:
                continue
            label = e_label
            text = full[doc[a].idx : doc[b - 1].idx + len(doc[b - 1].text)]
            if _no_name(k, text) or _place_or_thing(doc, a, b, label, k, text):
                continue
            if label == "PERSON" and text in k.adjectives:
                continue  # "Armenian and Azerbaijani troops": a nationality, no one's name
            found = _lookup(k, text, a, b)
            if found is not None and label == "PERSON" and found.label in ("KB", "CAP"):
                people = [e for e in found.entries if e.kind == "person"]
                if people or norm_key(text) in lexwords("given_name_place"):
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


def _no_name(k: KB, text: str) -> bool:
    """ "greenery": no capital and no body's word ("health ministry" is a body); "Morse
    Street", "Fifth Avenue": a place the KB does not know ("Downing Street" it does)."""
    if not any(ch.isupper() for ch in text) and k.sector_of(text) is None:
        return True
    words = text.split()
    return len(words) > 1 and _street(words[-1]) and not k.lookup(text)


def _surnames_are_people(doc: Doc, cands: list[Cand]) -> None:
    """ "White" or "Lionel" tagged ORG where the article names "Lionel White Sr.": one
    capitalised word the KB does not know that is the given name or surname of a person named
    in full is that person."""
    suffixes = lexwords("name_suffix")
    surnames = set()
    for c in cands:
        words = [t.text for t in doc[c.start : c.end] if not t.is_punct]
        while words and words[-1].rstrip(".").lower() in suffixes:
            words.pop()  # "Lionel White Sr.": the surname is "White"
        if c.label == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            surnames |= {words[0], words[-1]}  # "Lionel" or "White" of "Lionel White Sr."
    for c in cands:
        one = c.end - c.start == 1 and not c.entries
        if c.label == "ORG" and one and doc[c.start].text in surnames:
            c.label = "PERSON"


def _locative(doc: Doc, a: int, b: int, k: KB) -> bool:
    """ "a school in Dunblane", "the Hungerford massacre": one capitalised word the KB does
    not know, with no body's word, the object of "in" or "near" or the name of a happening,
    is a place the gazetteer lacks, no actor."""
    tok = doc[a]
    if b - a != 1 or k.lookup(tok.text) or k.sector_of(tok.text) is not None:
        return False
    if tok.dep_ == "pobj" and tok.head.lower_ in ("in", "near"):
        return True
    return tok.dep_ in ("compound", "amod", "nmod") and tok.head.lemma_.lower() in PLACE_EVENTS


def _place_or_thing(doc: Doc, a: int, b: int, label: str, k: KB, text: str) -> bool:
    """A name that labels a place the gazetteer lacks, or a scheme, product or work; or an
    adjective before its noun ("Allied warplanes"), which names no one."""
    if label != "GPE" and _city(text, k):
        return True
    if b - a == 1 and doc[a].tag_ == "JJ" and doc[a].dep_ == "amod" and not k.lookup(text):
        return True
    if _named_after(doc, a, b):
        return True
    return (label == "ORG" and _locative(doc, a, b, k)) or _names_a_thing(doc, a, b, k, text)


def _thing_head(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.lower_ in THING_HEADS


def _named_after(doc: Doc, a: int, b: int) -> bool:
    """ "Nero's Law", "Megan's Law", "Martyn's Law": a law, prize or scheme named after someone
    is a thing, and neither the name before the possessive nor the capitalised head after it is
    an actor; so is a name right after "titled" or "entitled" (a work's title)."""
    after = b + 1 < len(doc) and doc[b].lower_ in ("'s", "’s") and _thing_head(doc[b + 1])
    head = b - a == 1 and a > 0 and doc[a - 1].lower_ in ("'s", "’s") and _thing_head(doc[a])
    # "a study titled The Politics of Incumbent Rejection": the name of a work
    titled = any(doc[i].lower_ in ("titled", "entitled") for i in range(max(0, a - 2), a))
    return after or head or titled


def _city(text: str, k: KB) -> bool:
    """ "Russian forces attacked Kharkiv", "shelled Odesa and Kharkiv": a city or province of
    the gazetteer (``places``) the recogniser read as a person, body or work, whose name is
    no one's in the knowledge base, neither whole nor as a surname or given name ("Jackson",
    "Florence" and "Charlotte" stay people). The small English model misreads many cities
    outside the English-speaking world."""
    from communique.actors.given import given_genders

    parts = [p.strip() for p in text.replace(" and ", ",").split(",") if p.strip()]
    table = places()
    return all(
        p in table
        and not k.lookup(p)
        and norm_key(p) not in k.surnames
        and p not in given_genders()
        for p in parts
    )


def _names_a_thing(doc: Doc, a: int, b: int, k: KB, text: str) -> bool:
    """ "the Good Move scheme", "the Name Drop feature": a name compounded onto a noun of
    schemes, products or works, unknown to the KB ("the Biden plan" keeps Biden), is no
    actor."""
    last = doc[b - 1]
    if last.dep_ != "compound" or last.head.i < b or last.head.lemma_.lower() not in THING_HEADS:
        return False
    return not k.lookup(text)


def _street(word: str) -> bool:
    """A capitalised last word of a street or place name ("Street", "Ave.", "Bridge")."""
    return word[:1].isupper() and word.lower().rstrip(".") in PLACE_SUFFIXES


def _streets(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of street and place names: capitalised words ending in "Street",
    "Avenue", "Bridge"... ("Westminster Bridge": no "Westminster" inside is the parliament)."""
    out = []
    for t in doc:
        if t.i and _street(t.text) and doc[t.i - 1].text[:1].isupper():
            a = t.i - 1
            while a > 0 and doc[a - 1].text[:1].isupper() and not doc[a - 1].is_sent_start:
                a -= 1
            out.append((a, t.i + 1))
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
    _surnames_are_people(doc, ner)
    persons = [(c.start, c.end) for c in ner if c.label == "PERSON"]
    streets = _streets(doc)
    gaz = []
    for c in gazetteer(doc, k):
        if in_ranges(doc[c.start].idx, credits):
            continue
        if any(a <= c.start and c.end <= b and (a, b) != (c.start, c.end) for a, b in streets):
            continue  # "Westminster" of "Westminster Bridge" ("Downing Street" whole stays)
        inside_person = any(a <= c.start and c.end <= b for a, b in persons)
        if inside_person and all(e.kind in PLACE_KINDS for e in c.entries):
            continue  # "Jordan" in "Jordan Smith" is not the country
        gaz.append(c)
    return merge(ner + gaz)
