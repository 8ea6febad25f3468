"""`unintroduced_name`: a bare name the article never introduces, that resembles another actor.

News style introduces every person once with a full name or a title ("Foreign Minister Sergey
Lavrov") and uses the surname after that. A surname that appears once, was never introduced,
is no person the knowledge base knows on the date, and differs from another actor's name by a
letter or two is most likely a slip for that actor ("Jones" in an article about Bill Johns).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from communique.voice.kb import known_person_on

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from communique.record import ArticleRecord


# An honorific alone introduces nobody ("Mr Yun" is as bare as "Yun").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "mme", "m"}
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
    ("Jones"/"Johns")."""
    a, b = name.lower(), other.lower()
    if a == b or min(len(a), len(b)) < 3:
        return False
    if len(a) == len(b) >= 4 and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    if a[0] == b[0] and _skeleton(a) == _skeleton(b) and len(_skeleton(a)) >= 2:
        return True  # another romanisation of the same name ("Yun"/"Yoon")
    return min(len(a), len(b)) >= 5 and a[0] == b[0] and edit_distance(a, b) <= 2


def _skeleton(name: str) -> str:
    """The consonants after the first letter: what romanisations of a name keep."""
    return name[0] + "".join(c for c in name[1:] if c not in _VOWELS)


def _bare(tok: Token) -> bool:
    """A lone capitalised name token: no first name, title or appositive attached."""
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    attached = (c for c in tok.children if c.dep_ in ("compound", "appos", "flat", "amod", "nmod"))
    if any(c.lower_.rstrip(".") not in _HONORIFICS for c in attached):
        return False
    return not (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN")


def _candidates(doc: Doc, blanked: list[tuple[int, int]]) -> list[Token]:
    """Single-token PERSON entities outside boilerplate."""
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) != 1:
            continue
        if any(s <= ent.start_char < e for s, e in blanked):
            continue
        if _bare(ent[0]):
            out.append(ent[0])
    return out


def _name_parts(record: ArticleRecord, doc: Doc) -> list[tuple[str | None, str, set[str]]]:
    """(actor id, name, capitalised words) for every person the article names in full: the
    words of the actor's mentions that are longer than one word."""
    people: list[tuple[str | None, str, set[str]]] = []
    for a in record.actors:
        if a.kind != "person":
            continue
        parts = {w for m in a.mentions if len(m.text.split()) > 1 for w in m.text.split()}
        parts = {_POSS.sub("", w).strip(".,") for w in parts if w[:1].isupper()}
        if parts:
            people.append((a.id, a.name, parts))
    if people:
        return people
    # Without the actors stage, the full names spaCy found stand in for the actors.
    full = {
        e.text: set(e.text.split())
        for e in doc.ents
        if e.label_ == "PERSON" and len(e) > 1 and not e.text.isspace()
    }
    return [(None, n, parts) for n, parts in full.items()]


def predict_unintroduced(
    doc: Doc, record: ArticleRecord, day: dt.date | None, blanked: list[tuple[int, int]]
) -> list[NameFlag]:
    """Every bare, once-used, unknown name that resembles exactly one actor of the article."""
    counts: dict[str, int] = {}
    for t in doc:
        if t.is_alpha and t.text[:1].isupper():
            counts[t.text] = counts.get(t.text, 0) + 1
    people = _name_parts(record, doc)
    out = []
    for tok in _candidates(doc, blanked):
        name = tok.text
        if counts.get(name, 0) != 1 or any(name in parts for _, _, parts in people):
            continue
        like = {
            aid or p: (aid, full)
            for aid, full, parts in people
            for p in parts
            if resembles(name, p)
        }
        if len(like) != 1 or known_person_on(name, day):
            continue
        aid, full = next(iter(like.values()))
        out.append(NameFlag(tok.idx, tok.idx + len(name), name, aid, full))
    return out
