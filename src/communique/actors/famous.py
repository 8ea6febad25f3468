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
from communique.wordlists import words

LEADER_TITLES = tuple(sorted(words("actors/leader_titles.txt")))
MINISTER_TITLES = tuple(sorted(words("actors/minister_titles.txt")))

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


def add_known(doc: Doc, c: Cand, known: Entry, st: State, how: str = "surname") -> None:
    """Mention the knowledge base's person ``known`` at ``c``."""
    e = st.ent(
        known.id,
        "person",
        known.name,
        entry=known,
        country=known.country,
        gender=known.gender or c.gender,
    )
    e.add(mention(doc, c.start, c.end, how))
    st.mark(e.key, range(c.start, c.end))


def famous_surname(
    word: str,
    k: KB,
    st: State,
    gender: str | None = None,
    titled: bool = False,
    leader: bool = True,
) -> Entry | None:
    """ "Ms. Harris" never introduced: the one KB person with that surname (and the
    honorific's gender) who holds an office on the article's date, of the article's country
    when it has one; with no country known, after an honorific or a title. Failing those, the
    one holder of that surname the world names so on the date (``_world_known``: a head of
    state or government, "Museveni accused Mobutu ...", "Chirac criticised Clinton"; a foreign
    or defence minister on conditions): "Yang" stays unknown, and "Kennedy" in a British
    court story is no US senator. ``leader`` False (a name that modifies a noun: "a
    Captain Phillips meme") leaves the leaders out.
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
    home = [e for e in active if st.home is not None and e.country == st.home]
    if home:  # a surname alone is the home country's office holder, if any
        return home[0] if len(home) == 1 else None
    if st.home is None and (gender is not None or titled):
        return active[0] if len(active) == 1 else None
    # else only one the whole world names by surname: the one head of state or government
    # of that surname on the date ("Kohl" in 1996, whom a senator shared), or a minister
    leaders = _world_known(word, active, k, st) if leader else []
    return leaders[0] if len(leaders) == 1 else None


def famous_leader(word: str, k: KB, st: State) -> Entry | None:
    """A one-word name the NER took for an organisation, a place or a nationality that is the
    surname of the one holder the world names so on the article's date (``_world_known``;
    "Museveni accused ..."), of the article's home country where someone of it bears it."""
    if st.date is None or " " in word:
        return None
    bearers = [e for e in k.surnames.get(word, []) if e.roles_on(st.date)]
    home = [e for e in bearers if st.home is not None and e.country == st.home]
    leaders = _world_known(word, home or bearers, k, st)
    return leaders[0] if len(leaders) == 1 else None


def modifier(doc: Doc, c: Cand) -> bool:
    """Whether the name ``c`` modifies a noun ("a Captain Phillips meme", "the Kohl era"):
    no one acting or acted on, so no world leader by surname."""
    last = doc[c.end - 1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ in ("NOUN", "PROPN")


def leads(e: Entry, date: str | None, titles: tuple[str, ...] = ()) -> bool:
    """Whether ``e`` holds, on ``date``, an office the world names by surname: head of state
    or government, UN Secretary-General (``leader_titles.txt``), or one of ``titles``."""
    for r in e.roles_on(date):
        title, code = r.title.lower(), r.code or ""
        state = code.endswith("GOV") and len(code) == 6
        if (state or code.startswith("IGO")) and title.startswith(LEADER_TITLES + titles):
            return True
    return False


def _world_known(word: str, bearers: list[Entry], k: KB, st: State) -> list[Entry]:
    """The bearers of ``word`` the world names by surname on the article's date: its heads of
    state and government; its foreign and defence ministers too where the article names the
    minister's country or nobody else in the knowledge base bears the surname."""
    rare = len(k.surnames.get(word, [])) == 1
    return [
        e
        for e in bearers
        if leads(e, st.date)
        or (leads(e, st.date, MINISTER_TITLES) and (rare or st.counts.get(e.country or "")))
    ]


def famous_named(doc: Doc, c: Cand, text: str, k: KB, st: State) -> Entry | None:
    """The office holder a lone name the article gave no one else stands for: a PERSON by
    ``famous_surname``; an organisation or a place the NER found, only as a verb's subject
    and only a world leader ("Museveni accused ...", "Kibaki and Odinga sign ..."; in a list
    or after a noun it is a shop or a child: "coffee chain Costa", "kids Mason, 13")."""
    if c.label == "PERSON":
        return famous_surname(text, k, st, c.gender, leader=not modifier(doc, c))
    subject = c.end - c.start == 1 and doc[c.start].dep_ in ("nsubj", "nsubjpass")
    return famous_leader(text, k, st) if c.label in ("ORG", "GPE", "NORP") and subject else None
