"""Office holders named by surname alone, whom the article never introduced in full.

"Ms. Harris", "President Herzog": the knowledge base's one holder of an office on the
article's date with that surname, of the article's country (build.py calls these after the
article's own people have had their turn: a surname the article gave in full is that
person's). A surname the NER did not tag as a person is not looked up: tried on NAEB
(2026-12-08), such words were mostly cities, months, drinks and case names ("Austin", "May").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, Entry
from communique.actors.mentions import mention
from communique.actors.model import Cand, State

if TYPE_CHECKING:
    from spacy.tokens import Doc


def after_title(doc: Doc, i: int, k: KB) -> bool:
    """The tokens before ``i`` end with a person's title ("envoy", "Foreign Minister")."""
    words = [t.lower_ for t in doc[max(0, i - 3) : i]]
    return any(" ".join(words[j:]) in k.titles and words[j:] for j in range(len(words)))


def titled_holder(
    doc: Doc, c: Cand, text: str, owners: list[str], k: KB, st: State
) -> Entry | None:
    """ "President Herzog" after "First Lady Michal Herzog": a titled surname is the KB's
    office holder of that surname on the date, not the article's namesake without an office
    in the KB; None where the article's own person is the one (or no holder is known)."""
    if len(owners) != 1 or c.end - c.start != 1 or not after_title(doc, c.start, k):
        return None
    if st.ents[owners[0]].entry is not None:
        return None
    known = famous_surname(text, k, st, titled=True)
    if known is None or known.id == owners[0]:
        return None
    office = _title_word(doc, c.start, k)  # "Sen. Johnson" is no Speaker Johnson
    return known if any(office in r.title.lower() for r in known.roles_on(st.date)) else None


def _title_word(doc: Doc, i: int, k: KB) -> str:
    """The office word of the title right before token ``i`` ("Sen." -> "senator")."""
    words = [t.lower_ for t in doc[max(0, i - 3) : i]]
    for j in range(len(words)):
        title = k.titles.get(" ".join(words[j:]))
        if title is not None:
            return title.template.split(" of ")[0].lower()
    return words[-1] if words else ""


def add_known(doc: Doc, c: Cand, known: Entry, st: State) -> None:
    e = st.ent(
        known.id,
        "person",
        known.name,
        entry=known,
        country=known.country,
        gender=known.gender or c.gender,
    )
    e.add(mention(doc, c.start, c.end, "surname"))
    st.mark(e.key, range(c.start, c.end))


def famous_surname(
    word: str, k: KB, st: State, gender: str | None = None, titled: bool = False
) -> Entry | None:
    """ "Ms. Harris" never introduced: the one KB person with that surname (and the
    honorific's gender) who holds an office on the article's date, of the article's country
    when it has one (else nobody: "Yang" stays unknown, and "Kennedy" in a British court
    story is no US senator); with no country known, only after an honorific or a title.
    Tried and taken out (2026-12-08): with no home country, the holder of a country the
    article names; on all of NAEB it changed 7 articles, 6 for the worse ("Kerry" the county,
    "Graham" crackers, "Moore's law" and a namesake ballplayer became office holders)."""
    if st.date is None:
        return None
    active = [
        e
        for e in k.surnames.get(word, [])
        if e.roles_on(st.date) and (gender is None or e.gender in (None, gender))
    ]
    if st.home is not None:  # a surname alone is the home country's office holder, if any
        active = [e for e in active if e.country == st.home]
    elif gender is None and not titled:
        return None  # no home, no honorific, no title: "Kennedy" alone could be anyone
    return active[0] if len(active) == 1 else None
