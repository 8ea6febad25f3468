"""Given names, learned from the knowledge base's own people: the gender they tell, and the one
person of an article a lone given name points to ("Katie, 45, said" after "Katie Price").

Why: a pronoun must not point to a person of the other gender ("She confirmed ..." after
"Lisa MacNeil from Tree of Life, a company that partners with Coombe Castle"), and gender is
otherwise known only for knowledge-base people and after an honorific. The knowledge base holds
some 9,000 people with their gender; the first word of their names gives a table of given
names, kept where at least two people bear it and one gender holds nine in ten of them. East Asian
family names written first ("Kim Jong Un") and initials are no given names and stay out. No
list is shipped: the table is the knowledge base's, so it grows with it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from communique.actors.kb import KB
    from communique.actors.model import State

__all__ = ["gender_of", "given_genders", "given_name_owner"]

_SHARE = 0.9
_AT_LEAST = 2  # one bearer is no evidence ("Erin O'Toole" does not make "Erin" a man's name)


@lru_cache(maxsize=1)
def given_genders() -> dict[str, str]:
    """Given name -> "m" or "f", from the knowledge base's people."""
    from communique.actors.kb import kb

    k = kb()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for e in k.entries.values():
        if e.kind != "person" or not e.gender or " " not in e.name:
            continue
        first = e.name.split()[0]
        if len(first) <= 2 or "." in first or first in k.east_asian:
            continue
        counts[first][e.gender] += 1
    return {
        name: g
        for name, c in counts.items()
        for g, n in c.most_common(1)
        if n / sum(c.values()) >= _SHARE and sum(c.values()) >= _AT_LEAST
    }


def gender_of(name: str) -> str | None:
    """The gender a person's given name tells ("Lisa MacNeil" -> "f"), or None."""
    words = name.split()
    return given_genders().get(words[0]) if len(words) > 1 else None


def given_name_owner(text: str, st: State, k: KB) -> str | None:
    """ "Katie, 45, admitted" after "Katie Price": a lone given name that opens the name of
    exactly one person of the article is that person (feature and tabloid copy name people
    by their given name after the first mention). None for no one or several."""
    if len(text) <= 2 or " " in text:
        return None
    owners = [
        e.key
        for e in st.ents.values()
        if e.kind == "person"
        and len(words := e.name.split()) >= 2
        and words[0] == text
        and words[0] not in k.east_asian  # "Kim" of "Kim Jong Un" is the family name
    ]
    return owners[0] if len(owners) == 1 else None
