"""`unintroduced_name`: a bare name the article never introduces, that resembles another actor.

News style introduces every person once with a full name or a title ("Foreign Minister Sergey
Lavrov") and uses the surname after that. A surname that appears once, was never introduced,
is no person the knowledge base knows on the date, and differs from another actor's name by a
letter or two is most likely a slip for that actor ("Jones" in an article about Bill Johns).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from communique.checks.kb import in_office, kb_entity, kb_person
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord


# An honorific alone introduces nobody ("Mr Yun" is as bare as "Yun").
_HONORIFICS = words("checks/names_honorifics.txt")
_VOWELS = set("aeiouy")
_POSS = re.compile(r"[’']s?$")


@dataclass(frozen=True)
class NameFlag:
    """A bare name at ``[start, end)`` and the one actor it most likely means."""

    start: int
    end: int
    text: str
    actor_id: str | None
    actor_name: str
    why: str = "resembles"  # or "variant": another name the knowledge base gives the actor


def edit_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (Levenshtein plus adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


def resembles(name: str, other: str) -> bool:
    """Names a slip of the pen could turn into each other: one letter changed in a name of four
    or more letters ("Yang"/"Wang"), the same first letter and consonants ("Yun"/"Yoon"), or at
    most two edits in names of five or more letters that share their first letter
    ("Jones"/"Johns"), or a long name with the same opening and length ("Palacios"/"Palencia")."""
    a, b = name.lower(), other.lower()
    if a == b or min(len(a), len(b)) < 3 or a.startswith(b) or b.startswith(a):
        return False  # the same name, or a derived form ("Swift"/"Swiftie", "Lycanrocs")
    if len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    if a[0] == b[0] and a[-1] == b[-1] and _skeleton(a) == _skeleton(b) and len(_skeleton(a)) > 1:
        return True  # another romanisation of the same name ("Yun"/"Yoon")
    if min(len(a), len(b)) >= 5 and a[0] == b[0] and edit_distance(a, b) <= 2:
        return True
    # a long name misremembered from its opening ("Palacios"/"Palencia"): the same first
    # three letters, about the same length, and at most half the letters changed
    long = min(len(a), len(b)) >= 6 and abs(len(a) - len(b)) <= 1 and a[:3] == b[:3]
    return long and edit_distance(a, b) <= min(len(a), len(b)) // 2


_SOUNDS = (("oo", "u"), ("ou", "u"), ("ee", "i"), ("ea", "i"), ("ph", "f"), ("ck", "k"))


def sound_key(name: str) -> str:
    """A rough key of how a name sounds, for romanisation variants ("Ku"/"Koo", "Li"/"Lee"):
    common vowel digraphs and doubled letters collapsed."""
    key = fold(name).lower()
    for a, b in _SOUNDS:
        key = key.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", key)


def resembles_short(name: str, other: str) -> bool:
    """A two-letter surname after an honorific ("Mr Ku") and a short surname that sounds the
    same ("Koo"): too short for letter counts, so only the sound key decides."""
    a, b = name.lower(), other.lower()
    return a != b and len(b) <= 4 and a[0] == b[0] and sound_key(a) == sound_key(b)


def _skeleton(name: str) -> str:
    """The consonants after the first letter: what romanisations of a name keep."""
    return name[0] + "".join(c for c in name[1:] if c not in _VOWELS)


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """Without accents: "Álvarez" and "Alvarez" are one name."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _neighbour(tok: Token, step: int) -> Token | None:
    k = tok.i + step
    while 0 <= k < len(tok.doc) and tok.doc[k].is_space:
        k += step
    return tok.doc[k] if 0 <= k < len(tok.doc) else None


def _bare(tok: Token) -> bool:
    """A lone capitalised name token: no first name, title, appositive or nickname attached,
    and not a capitalised common word opening a sentence ("Push notifications ...")."""
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    attached = (c for c in tok.children if c.dep_ in ("compound", "appos", "flat", "amod", "nmod"))
    if any(c.lower_.rstrip(".") not in _HONORIFICS for c in attached):
        return False
    if tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN":
        return False
    before, after = _neighbour(tok, -1), _neighbour(tok, 1)
    honorific = before is not None and before.lower_.rstrip(".") in _HONORIFICS
    if before is not None and before.pos_ == "PROPN" and not honorific:
        return False
    if after is not None and (after.pos_ == "PROPN" or after.is_quote):
        return False  # part of a longer name: Jarrell "Big Baby" Miller
    opening = tok.is_sent_start or (before is not None and before.is_punct)
    return not (opening and after is not None and after.pos_ in ("NOUN", "ADJ"))


def _title_case_line(text: str, idx: int) -> bool:
    """Whether the character at ``idx`` lies on a headline-like line ("Senate Vote Puts Budget
    Deal at Risk"), where capitals say nothing about names."""
    start, end = text.rfind("\n", 0, idx) + 1, text.find("\n", idx)
    words = [w for w in text[start : end if end >= 0 else len(text)].split() if w[:1].isalpha()]
    caps = sum(1 for w in words if w[:1].isupper())
    return len(words) >= 4 and caps >= 0.6 * len(words)


_MAX_USES = 1  # a slip of the pen is used once (twice let character names through)
_OTHER_NAME_ENTS = {"ORG", "GPE", "NORP", ""}


def _honorific_before(tok: Token) -> bool:
    before = _neighbour(tok, -1)
    return before is not None and before.lower_.rstrip(".") in _HONORIFICS


def _person_like(tok: Token) -> bool:
    """A one-word name the parse did not call a person ("Palacios said ..." read as an
    organisation) that still acts like one: after an honorific, or the subject of a verb, and
    not a name the knowledge base knows as an organisation or a place."""
    if not (_honorific_before(tok) or (tok.dep_ == "nsubj" and tok.head.pos_ == "VERB")):
        return False
    pos = ("PROPN", "NOUN") if tok.ent_type_ else ("PROPN",)  # "Officials said": no name
    return tok.pos_ in pos and kb_entity(tok.text) is None


def _one_word(tok: Token) -> bool:
    """No entity, or an entity of this token alone."""
    if tok.ent_iob_ != "B":
        return tok.ent_type_ == ""
    nxt = tok.i + 1
    return nxt >= len(tok.doc) or tok.doc[nxt].ent_iob_ != "I"


def _candidates(doc: Doc, text: str, blanked: list[tuple[int, int]]) -> list[Token]:
    """One-word names outside boilerplate and headlines: single-token PERSON entities, and
    one-word names of another kind that act like a person (see ``_person_like``)."""
    out = []
    for tok in doc:
        if not tok.text[:1].isupper() or not tok.is_alpha or not _one_word(tok):
            continue
        if tok.ent_type_ != "PERSON" and not (
            tok.ent_type_ in _OTHER_NAME_ENTS and _person_like(tok)
        ):
            continue
        if any(s <= tok.idx < e for s, e in blanked):
            continue
        if _bare(tok) and not _title_case_line(text, tok.idx):
            out.append(tok)
    return out


def _words(mention: str) -> list[str]:
    """The capitalised name words of a mention, without honorifics and possessives."""
    words = [fold(_POSS.sub("", w).strip(".,")) for w in mention.split()]
    return [w for w in words if w[:1].isupper() and w.lower() not in _HONORIFICS]


def _name_parts(record: ArticleRecord, doc: Doc) -> list[tuple[str | None, str, set[str]]]:
    """(actor id, name, short forms) for every person the article names in full and mentions
    more than once: the one-word forms it uses for the person ("Wang" for Wang Yi) and the last
    word of the full name; a given name is no form a slip of the pen comes from."""
    people: list[tuple[str | None, str, set[str]]] = []
    persons = [a for a in record.actors if a.kind == "person"]
    forms = {a.id: [_words(m.text) for m in a.mentions] for a in persons}
    # the one-word forms the article uses ("Wang", "Mr Yoon"), whichever actor holds them
    singles = {ws[0] for wss in forms.values() for ws in wss if len(ws) == 1}
    for a in persons:
        full = [ws for ws in forms[a.id] if len(ws) > 1]  # "Mr Yun" names nobody in full
        # a slip is for someone the article talks about, not a name dropped once
        if not full or len(a.mentions) < 2:
            continue
        parts = {ws[-1] for ws in full} | {w for ws in full for w in ws if w in singles}
        people.append((a.id, a.name, parts))
    if people:
        return people
    # Without the actors stage, the full names spaCy found stand in for the actors.
    ents = {
        e.text: {fold(w) for w in e.text.split()}
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and not e.text.isspace()
    }
    return [(None, n, parts) for n, parts in ents.items()]


def _variant_of_actor(
    record: ArticleRecord, name: str, day: dt.date | None
) -> tuple[str | None, str] | None:
    """A spelling or nickname the knowledge base gives a person the article introduced under
    another name ("Tchiani" for General Abdourahamane Tiani): the reader cannot tell."""
    person = kb_person(name, day)
    if person is None:
        return None
    for a in record.actors:
        if a.kb_id != person.kb_id:
            continue
        full = [set(ws) for ws in (_words(m.text) for m in a.mentions) if len(ws) > 1]
        if full and not any(name in ws for ws in full):
            return a.id, a.name
    return None


def _slip_for(
    people: list[tuple[str | None, str, set[str]]], name: str, day: dt.date | None, short: bool
) -> tuple[str | None, str] | None:
    """The one actor whose short form the name resembles, unless the name is someone the
    knowledge base knows in office on the date (a real person the article just names).
    ``short``: a two-letter name after an honorific, compared by sound only. When several
    names resemble it, the one that sounds the same wins ("Ku": "Koo" over "Kuo")."""
    like: dict[str, list[tuple[str | None, str]]] = {}
    for aid, full, parts in people:
        for p in parts:
            if resembles_short(name, p) if short else resembles(name, p):
                like.setdefault(p, []).append((aid, full))
    if len(like) > 1:
        like = {p: v for p, v in like.items() if sound_key(p) == sound_key(name)}
    # one resembled name; several actors may carry it ("Yoon Suk Yeol", "Mr Yoon")
    if len(like) != 1:
        return None
    person = kb_person(name, day)
    if person is not None and in_office(person, day):
        return None
    return max(next(iter(like.values())), key=lambda af: len(af[1].split()))


def predict_unintroduced(
    doc: Doc, record: ArticleRecord, day: dt.date | None, blanked: list[tuple[int, int]]
) -> list[NameFlag]:
    """Every bare, once-used, unknown name resembling exactly one actor."""
    counts: dict[str, int] = {}
    for t in doc:
        if t.is_alpha and t.text[:1].isupper():
            counts[fold(t.text)] = counts.get(fold(t.text), 0) + 1
    people = _name_parts(record, doc)
    out = []
    for tok in _candidates(doc, record.text, blanked):
        name = fold(tok.text)
        if counts.get(name, 0) > _MAX_USES or any(name in parts for _, _, parts in people):
            continue
        short = len(name) == 2 and _honorific_before(tok)
        variant = _variant_of_actor(record, name, day)
        flag = variant or _slip_for(people, name, day, short)
        if flag is not None:
            aid, full = flag
            why = "variant" if variant else "resembles"
            out.append(NameFlag(tok.idx, tok.idx + len(tok.text), tok.text, aid, full, why))
    return out
