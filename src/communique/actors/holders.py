"""An office named by its country and no name: its holder on the article's date.

"The Bolivian president resigned", "Iran's foreign minister met ...", "the prime minister of
Japan": news names a head of state or a minister by office as often as by name, and a lone
sentence often only so. Where the knowledge base dates exactly one holder of that one-holder
office on the article's date, the phrase is a mention of that person (a known entity with a
country and a code), after the article's own people have had their turn (``coref`` links "the
president" to a president the article named). Not a former holder ("the former French
president", "the then prime minister"), and not a title before a name ("Bolivian President
Carlos Mesa": the name is the mention). The office is read from the title's template
(``roles.csv`` of titles: "foreign minister" -> "Minister of Foreign Affairs of {country}").
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from communique.actors.famous import add_known
from communique.actors.kb import KB, Entry, KBRole, kb, one_holder
from communique.actors.model import Cand
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from communique.actors.model import State

__all__ = ["find_holders", "office_holder"]

FORMER = words("actors/roles_former.txt")
MAX_TITLE_WORDS = 4


def find_holders(doc: Doc, k: KB, st: State) -> None:
    """Mention the office holder of every "<country> <title>" phrase no entity holds."""
    if st.date is None:
        return
    i = 0
    while i < len(doc):
        end = _title_end(doc, i, k, st)
        found = _holder_at(doc, i, end, k, st) if end else None
        if found is not None:
            start, holder = found
            add_known(doc, Cand(start, end, "PERSON"), holder, st, "description")
            i = end
        else:
            i += 1


def _title_end(doc: Doc, i: int, k: KB, st: State) -> int:
    """The end of the longest title phrase starting at token ``i`` that no entity holds."""
    if doc[i].lower_ not in _first_words(k):
        return 0
    for n in range(MAX_TITLE_WORDS, 0, -1):
        span = doc[i : i + n]
        free = len(span) == n and not any(t.i in st.token_ent for t in span)
        if free and " ".join(t.lower_ for t in span) in k.titles:
            return i + n
    return 0


def _holder_at(doc: Doc, i: int, end: int, k: KB, st: State) -> tuple[int, Entry] | None:
    if end < len(doc) and doc[end].pos_ == "PROPN":
        return None  # "Bolivian President Carlos Mesa": the name is the mention
    before = _country_before(doc, i, k, st)
    start, iso3 = before if before is not None else (i, _country_after(doc, end, st))
    if not iso3:
        return None
    if any(doc[j].lower_.strip("-") in FORMER for j in range(max(0, start - 2), i)):
        return None  # "the former French president", "the then prime minister"
    title = k.titles[" ".join(t.lower_ for t in doc[i:end])]
    holder = office_holder(k, title.template, iso3, st.date)
    return (start, holder) if holder is not None else None


def _country_before(doc: Doc, i: int, k: KB, st: State) -> tuple[int, str] | None:
    """ "Bolivian president" (a nationality word), "Iran's foreign minister", "the U.S.
    president" (a country of the article right before)."""
    if i == 0:
        return None
    prev = doc[i - 1]
    if prev.text in k.adjectives:
        return i - 1, k.adjectives[prev.text]
    at = i - 2 if prev.text in ("'s", "’s") else i - 1
    key = st.token_ent.get(at)
    if at >= 0 and key is not None and st.ents[key].kind == "country":
        return i, st.ents[key].country or ""
    return None


def _country_after(doc: Doc, end: int, st: State) -> str | None:
    """ "the prime minister of Japan"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return None
    key = st.token_ent.get(end + 1)
    if key is None or st.ents[key].kind != "country":
        return None
    return st.ents[key].country


def office_holder(k: KB, template: str, iso3: str, date: str | None) -> Entry | None:
    """The one person the knowledge base dates in the office ``template`` ("President of
    {country}") of ``iso3`` on ``date``; None when nobody, or several, or a shared office."""
    if not iso3 or not template.endswith(" of {country}"):
        return None
    head = template.removesuffix("{country}").lower()
    held = {
        eid
        for eid, role in _offices(iso3)
        if role.title.lower().startswith(head)
        and _names(k, role.title[len(head) :], iso3)
        and one_holder(role.title)
        and role.active(date)
    }
    return k.entries[held.pop()] if len(held) == 1 else None


def _names(k: KB, text: str, iso3: str) -> bool:
    """Whether ``text`` names the country ``iso3`` ("France", "the United Kingdom"), so that
    "President of France" is the office and "President of the Senate" is not."""
    return any(e.kind == "country" and e.country == iso3 for e in k.lookup(text.strip()))


def _first_words(k: KB) -> frozenset[str]:
    if k.title_firsts is None:
        k.title_firsts = frozenset(t.split()[0] for t in k.titles)
    return k.title_firsts


def _offices(iso3: str) -> tuple[tuple[str, KBRole], ...]:
    """Every (person id, role) of the knowledge base whose role is an office of ``iso3``."""
    return _by_country().get(iso3, ())


@lru_cache(maxsize=1)
def _by_country() -> dict[str, tuple[tuple[str, KBRole], ...]]:
    out: dict[str, list[tuple[str, KBRole]]] = {}
    for e in kb().entries.values():
        if e.kind == "person":
            for r in e.roles:
                out.setdefault((r.code or "")[:3], []).append((e.id, r))
    return {c: tuple(v) for c, v in out.items()}
