"""Roles the article states: titles before a name and appositions after it.

"Russian Foreign Minister Sergey Lavrov", "Kremlin spokesman Dmitry Peskov", "U.S. Secretary of
State Antony Blinken" (title before the name) and "Nikolai Patrushev, secretary of the Russian
Security Council," or "Wang, the former foreign minister," (apposition) give the person a role
with a country and a sector, even when the knowledge base does not know them. Titles are read
from the data table ``titles.csv`` and rendered in the canonical form the KB uses
("Minister of Foreign Affairs of Russia").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors.collective import place_country
from communique.actors.kb import (
    KB,
    Title,
    lexwords,
    places,
    state_abbreviations,
    with_article,
)
from communique.actors.mentions import mention
from communique.actors.model import Ent, Mention, State, TextRole
from communique.actors.offices import held_by_another
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

FORMER = words("actors/roles_former.txt")
STOP = words("actors/roles_stop.txt")
MAX_TITLE = 4
OK_DEPS = ("appos", "conj", "npadvmod", "attr")
EXTRA_TITLE_WORDS = words("actors/roles_extra_title_words.txt")


def the_name(e: Ent) -> str:
    """An organisation's name as it reads after "of": "the Security Council of Russia"."""
    if e.kind == "country":
        return with_article(e.name)
    return e.name if len(e.name.split()) == 1 and e.name.isupper() else f"the {e.name}"


def title_words(k: KB) -> frozenset[str]:
    """Lower-case words that may stand in a title before a name ("spokesman", "former")."""
    if k.title_words is None:
        k.title_words = (
            frozenset(w for p in k.titles for w in p.split())
            | FORMER
            | EXTRA_TITLE_WORDS
            | {"foreign", "defense"}
        )
    return k.title_words


def render(t: Title, country: Ent | None, org: Ent | None, explicit: bool = True) -> str:
    """The canonical title. An organisation named with the title wins ("president of the
    EcoHealth Alliance"); a country only assumed (the article's) never fills "{org}"."""
    s = t.template
    base = s.split(" of {")[0] if " of {" in s else s.replace("{country} ", "")
    own_government = (
        country is not None
        and org is not None
        and (org.country == country.country and org.sector == "GOV")
    )
    if org is not None and "{org}" not in s and org.kind != "country" and not own_government:
        return f"{base} of {the_name(org)}"
    if "{org}" in s:
        target = org or (country if explicit else None)
        s = s.replace("{org}", the_name(target)) if target else s.split(" of {org}")[0]
    if "{country}" in s:
        if country is not None:
            s = s.replace("of {country}", f"of {with_article(country.name)}")
            s = s.replace("{country}", country.name)
        else:
            s = s.replace(" of {country}", "").replace("{country} ", "")
    return s


def find_title(words: list[str], k: KB, at_end: bool) -> tuple[int, int, Title] | None:
    """The longest title phrase in ``words`` (ending at the end when ``at_end``)."""
    best = None
    n = len(words)
    for i in range(n):
        for j in range(min(n, i + MAX_TITLE), i, -1):
            if at_end and j != n:
                continue
            t = k.titles.get(" ".join(words[i:j]))
            if t is not None and (best is None or j - i > best[1] - best[0]):
                best = (i, j, t)
        if best is not None and not at_end:
            return best
    return best


_TITLE_LINKS = ("'s", "’s", "of", "for")  # words inside a title ("Secretary of State for X")


def _without_portfolio(words: list[str]) -> list[str]:
    """ "secretary of state for urbanism", "minister for foreign affairs": the title without
    the portfolio its last "for" opens (at most three words), so that the title itself is
    found; the words unchanged when there is no such portfolio."""
    cut = max((i for i, w in enumerate(words) if w == "for"), default=-1)
    return words[:cut] if cut > 0 and len(words) - cut <= 4 else words


def _ents_in(st: State, lo: int, hi: int) -> list[Ent]:
    seen: list[Ent] = []
    for i in range(lo, hi):
        key = st.token_ent.get(i)
        if key and st.ents[key] not in seen:
            seen.append(st.ents[key])
    return seen


def _context(
    doc: Doc, k: KB, st: State, lo: int, hi: int, default: Ent | None
) -> tuple[Ent | None, Ent | None, bool]:
    """The country and the organisation named in tokens ``lo..hi`` (adjectives count); else
    ``default`` (the person's own country)."""
    country = org = None
    person_country = None
    for e in _ents_in(st, lo, hi):
        if e.kind in ("org", "media", "group"):
            org = e  # the last one: "member of China's ... government's Politburo"
        if e.kind == "country" and country is None:
            country = e
        if e.kind == "person" and e.country and person_country is None:
            person_country = e.country  # "Lula's justice minister"
    if country is None and org is None and person_country in k.adjectives.values():
        c = k.entries.get(f"c:{person_country}")
        if c is not None:
            country = Ent(c.id, "country", c.name, entry=c, country=c.country, code=c.code)
    if org is not None and country is None and org.country:
        country = st.ents.get(f"c:{org.country}")
        if country is None and f"c:{org.country}" in k.entries:
            c = k.entries[f"c:{org.country}"]
            country = Ent(c.id, "country", c.name, entry=c, country=c.country, code=c.code)
    if country is None:
        for i in range(lo, hi):
            iso = k.adjectives.get(doc[i].text)
            if iso and f"c:{iso}" in k.entries:
                c = k.entries[f"c:{iso}"]
                country = st.ents.get(c.id) or Ent(
                    c.id, "country", c.name, entry=c, country=iso, code=iso
                )
                break
    if country is None and org is None:  # "Alaska Sen. Dan Sullivan", "Chicago police Sgt."
        iso = next((x for i in range(lo, hi) if (x := place_country(doc, i, k, st))), None)
        c = k.entries.get(f"c:{iso}") if iso else None
        if c is not None:
            country = st.ents.get(c.id) or Ent(
                c.id, "country", c.name, entry=c, country=iso, code=iso
            )
    if country is None and org is None and any(t.text in ("'s", "’s", "of") for t in doc[lo:hi]):
        return None, None, False  # "the nonprofit's president", "a member of the Hopi Tribe"
    return country or default, org, country is not None


def _role(
    t: Title, country: Ent | None, org: Ent | None, former: bool, explicit: bool = True
) -> TextRole:
    sector: str | None = t.sector
    if org is not None:  # the body's sector: a gang's or a charity's leader is not GOV,
        # but a district's governor is
        code = org.code or ""
        own = code[3:6] if len(code) >= 6 and not code.startswith("IGO") else org.sector
        generic = t.phrase.split()[-1] in lexwords("org_given_title")
        sector = own or (None if generic and not code.startswith("IGO") else sector)
    iso = (org.country if org is not None else None) or (country.country if country else None)
    head = t.phrase.split()[-1]
    if org is None and country is None and head in lexwords("org_given_title"):
        # "its president", "director X": of a body the text does not name (a spokesperson
        # with no body named speaks for a government more often than not)
        sector = sector if head.startswith("spokes") else None
    return TextRole(render(t, country, org, explicit), iso, sector, former, explicit or bool(org))


def premodifier(
    doc: Doc, m: Mention, k: KB, st: State, default: Ent | None
) -> tuple[TextRole, int] | None:
    """A title right before the name: returns the role and the first token of the title."""
    first = m.first
    words_ok = title_words(k)
    if first >= 2 and doc[first - 1].text == "." and f"{doc[first - 2].lower_}." in words_ok:
        first -= 1  # "Sgt. Alvin Jones" read as "Sgt" "." (often a sentence end too)
    j = first - 1
    sent_start = st.sent_start[first]
    while j >= sent_start and first - j <= 7:
        t = doc[j]
        if (
            t.lower_ in STOP
            and t.lower_ not in ("of", "for")
            or (t.is_punct and t.text not in ("'s", "’s"))
        ):
            break
        if not (t.text[:1].isupper() or t.lower_ in words_ok or t.text in _TITLE_LINKS):
            break
        j -= 1
    lo = j + 1
    while lo < first and doc[lo].lower_ in ("of", "'s", "’s"):
        lo += 1
    words = [doc[i].lower_ for i in range(lo, first)]
    found = find_title(words, k, at_end=True) or find_title(_without_portfolio(words), k, True)
    if found is None:
        return None
    i, _, title = found
    former = any(w in FORMER for w in words[:i])
    plain = FORMER | EXTRA_TITLE_WORDS
    modifiers = [doc[x] for x in range(lo, lo + i) if doc[x].lower_ not in plain]
    before = doc[lo - 1] if lo > 0 else None
    owned = (
        before is not None
        and before.dep_ in ("compound", "amod", "nmod", "poss")
        and (lo <= before.head.i < first)
    )
    if owned or any(x.i not in st.token_ent and x.text not in k.adjectives for x in modifiers):
        default = None  # "Board President Aaron Peskin", "far-right leader": not the country's
    country, org, explicit = _context(doc, k, st, lo, lo + i, default)
    role = _role(title, country, org, former, explicit)
    if not role.sector and i:  # "Chicago police Sgt.", "Army Capt.": the body word decides
        role.sector = k.sector_of(" ".join(words[:i]))
    return role, lo


def apposition(
    doc: Doc, m: Mention, k: KB, st: State, default: Ent | None
) -> tuple[TextRole, int, int] | None:
    """ ", the former foreign minister," / ", secretary of the X Council," after a name."""
    last = m.last - 1
    b = last + 1
    if b >= len(doc) or doc[b].text != ",":
        return None
    end = b + 1
    sent_end = st.sent_end[last]
    while end < sent_end and doc[end].text not in (",", ".", ";", "—", "–", "(") and end - b < 16:
        end += 1
    if end - b < 2:
        return None
    root = doc[head_of_range(doc, b + 1, end)]
    if root.pos_ in ("VERB", "AUX"):
        return None
    words = [doc[i].lower_ for i in range(b + 1, end)]
    found = find_title(words, k, at_end=False)
    if found is None:
        return None
    i, j, title = found
    if root.dep_ not in OK_DEPS and i > 2:
        return None  # a misparsed apposition must at least start with its title
    former = any(w in FORMER for w in words[:i])
    country, org, explicit = _context(doc, k, st, b + 1, b + 1 + i, None)  # "China's top..."
    if country is None and org is None:
        owned = any(w in ("'s", "’s") for w in words[:i])  # "the nonprofit's president"
        country, org, explicit = _context(doc, k, st, b + 1 + j, end, None if owned else default)
        if country is None and org is None and words[j : j + 1] == ["of"]:
            role = _role(title, None, None, former, explicit)
            if title.phrase.split()[-1] in lexwords("org_given_title"):
                role.sector = None  # "the leader of Los Rojos": a body nobody knows
            return role, b + 1, end
    return _role(title, country, org, former, explicit), b + 1, end


def reverse_apposition(
    doc: Doc, m: Mention, k: KB, st: State, default: Ent | None
) -> TextRole | None:
    """ "The Saudi energy minister, Prince Abdulaziz bin Salman": the name is in apposition to
    a title noun before it."""
    h = doc[m.head]
    noun = h.head
    if h.dep_ != "appos" or noun.i >= h.i or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    while noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i < noun.i:
        noun = noun.head.head  # "the governor of the Federal District, Ibaneis Rocha"
    lo = noun.left_edge.i
    words = [t.lower_ for t in doc[lo : noun.i + 1] if t.lower_ not in ("the", "a", "an")]
    found = find_title(words, k, at_end=True)
    if found is None:
        return None
    i, _, title = found
    former = any(w in FORMER for w in words[:i])
    hi = min(h.left_edge.i, noun.right_edge.i + 1)
    country, org, explicit = _context(doc, k, st, lo, hi, default)
    return _role(title, country, org, former, explicit)


def affiliation(doc: Doc, m: Mention, k: KB, st: State) -> TextRole | None:
    """ "Jonathan Malaya of the Philippines' National Security Council": a body named right after
    the person with "of" gives country and sector."""
    b = m.last
    if b + 1 >= len(doc) or doc[b].lower_ != "of":
        return None
    j = b + 1
    if doc[j].lower_ == "the":
        j += 1
    orgs = [e for e in _ents_in(st, j, min(len(doc), j + 8)) if e.kind in ("org", "media")]
    first = st.token_ent.get(j)
    if not orgs or first is None or st.ents[first].kind not in ("org", "media", "country"):
        return None
    org = orgs[0]
    sector = org.code[3:6] if org.code and not org.code.startswith("IGO") else org.sector
    return TextRole(f"Official of {the_name(org)}", org.country, sector or "GOV")


PARTY_STATE = re.compile(r"^\(?[RDI]-([A-Z][A-Za-z. ]+?)\.?\)?$")


def stated_place(doc: Doc, m: Mention, k: KB, st: State) -> str | None:
    """The country the text places a person in with no title: "Algeria's Bouteflika",
    "Chris Coons of Delaware", "Ron DeSantis (R-Fla.)", "Jane Doe, of Nairobi,"."""
    f, n = m.first, len(doc)
    if f >= 2 and doc[f - 1].text in ("'s", "’s"):
        key = st.token_ent.get(f - 2, "")
        if key.startswith("c:"):
            return key[2:]
    b = m.last
    if b < n and doc[b].text == ",":
        b += 1
    if b + 1 < n and doc[b].lower_ in ("of", "from"):
        j = b + 1
        while j < n and j - b < 5 and doc[j].pos_ == "PROPN":
            j += 1
        if j > b + 1:
            return place_country(doc, j - 1, k, st)
    if b < n and doc[b].text == "(":
        j = b + 1
        while j < n and j - b < 6 and doc[j].text != ")":
            j += 1
        found = PARTY_STATE.match("".join(t.text for t in doc[b + 1 : j]))
        if found:
            state = found.group(1)
            abbr = state_abbreviations()
            return abbr.get(state) or abbr.get(state + ".") or places().get(state)
    return None


def head_of_range(doc: Doc, start: int, end: int) -> int:
    for i in range(start, end):
        h = doc[i].head.i
        if h == i or not start <= h < end:
            return i
    return start


def learn(doc: Doc, k: KB, st: State) -> None:
    """Attach every stated role to its person; appositions also become mentions."""
    for e in list(st.ents.values()):
        if e.kind != "person":
            continue
        iso = e.country or st.home
        home = k.entries.get(f"c:{iso}") if iso else None
        default = (
            Ent(home.id, "country", home.name, entry=home, country=home.country) if home else None
        )
        for m in list(e.mentions):
            if m.how not in ("name", "surname", "given"):
                continue
            if e.country is None:
                e.country = stated_place(doc, m, k, st)
            pre = premodifier(doc, m, k, st, default)
            if pre is not None:
                role, lo = pre
                _attach(e, role, k, st)
                e.add(Mention(doc[lo].idx, m.end, m.head, "title", m.subject, lo, m.last))
                for other in _sharing_title(doc, m, lo, st):  # "Sens. X and Y"
                    _attach(other, role, k, st)
            rev = reverse_apposition(doc, m, k, st, default)
            if rev is not None:
                _attach(e, rev, k, st)
            aff = affiliation(doc, m, k, st)
            if aff is not None:
                _attach(e, aff, k, st)
            app = apposition(doc, m, k, st, default)
            if app is not None:
                role, lo, hi = app
                _attach(e, role, k, st)
                if all(x.kind == "country" for x in _ents_in(st, lo, hi)):
                    e.add(mention(doc, lo, hi, "description"))  # ", China's top diplomat,"
                    for t in range(lo, hi):
                        st.token_ent.setdefault(t, e.key)


def _sharing_title(doc: Doc, m: Mention, lo: int, st: State) -> list[Ent]:
    """People coordinated after a plural title's first name: "Sens. Rand Paul (R-Ky.) and Ron
    Johnson" are both senators."""
    if not doc[lo].lower_.endswith(("s", "s.")) or lo >= m.first:
        return []
    out = []
    for c in doc[m.head].conjuncts:
        key = st.token_ent.get(c.i)
        other = st.ents.get(key) if key else None
        if other is not None and other.kind == "person" and c.i > m.head:
            out.append(other)
    return out


def _attach(e: Ent, role: TextRole, k: KB, st: State) -> None:
    if held_by_another(role, e, k, st.date):
        bare = role.title.split(" of ")[0]
        role = TextRole(bare, None, None, role.former)  # some body's president, not the state's
    if role.country and role.country != e.country and e.entry is not None:
        return  # the KB knows the person's country; a clash means we misread the title
    if e.country is None and role.country:
        e.country = role.country
    if all(r.title != role.title or r.former != role.former for r in e.text_roles):
        e.text_roles.append(role)
