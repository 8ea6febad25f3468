"""Organisations the knowledge base does not know, shorter names and acronyms of known ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, lexwords, norm_key, places, with_article
from communique.actors.mentions import mention
from communique.actors.model import Ent, State
from communique.actors.outlet import outlet_named
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def possessor(doc: Doc, i: int, st: State, k: KB) -> str | None:
    """The country of "the Philippines' / China's" right before token ``i``."""
    if i >= 2 and doc[i - 1].text in ("'s", "’s", "'", "’"):
        key = st.token_ent.get(i - 2)
        if key and key.startswith("c:"):
            return key[2:]
        cands = [e for e in k.lookup(doc[i - 2].text) if e.kind == "country"]
        return cands[0].country if cands else None
    return None


def unknown_org(text: str, k: KB, st: State, owner: str | None = None) -> Ent:
    """An organisation the KB does not know: country from a leading adjective, a possessor
    ("the Philippines' National Security Council") or the name ("... of Iran"), sector from its
    words ("Iranian Foreign Ministry" -> IRN, GOV; "... Times" -> media). A national-sounding
    body with no country named ("the National Electoral Council") is of the article's country."""
    name = norm_key(text)
    if name.startswith("the "):
        name = name[4:]
    words = name.split()
    press = outlet_named(name)
    if press is not None:  # "according to The Athletic": a news outlet, by coverage
        return st.ent(f"org:{name.lower()}", "media", name, country=press or None, sector="MED")
    country = k.adjectives.get(words[0]) if len(words) > 1 else None
    if country is None and owner is not None:
        cname = k.entries[f"c:{owner}"].name if f"c:{owner}" in k.entries else owner
        sector = k.sector_of(name)
        name = f"{name} of {with_article(cname)}" if sector else name
        return st.ent(
            f"org:{name.lower()}",
            "media" if sector == "MED" else "org",
            name,
            country=owner,
            sector=sector,
        )
    rest = " ".join(words[1:]) if country else name
    gn = k.group_nouns.get(rest.lower()) if country else None
    if country and gn is not None:
        cname = k.entries[f"c:{country}"].name if f"c:{country}" in k.entries else country
        name = gn.template.format(adj=words[0], country=cname)
        found = [x for x in k.lookup(name) if x.kind == "org"]
        if found:
            f = found[0]
            return st.ent(f.id, f.kind, f.name, entry=f, country=f.country, code=f.code)
    if country is None:
        country = _country_in_name(words, k)
    sector = k.sector_of(name)
    if country is None and sector is not None:
        country = _place_in_name(words)
    kind = "media" if sector == "MED" else "org"
    national = sector in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY") and len(words) > 1
    if country is None and national and not lexwords("global_word") & set(words):
        country = st.home
    return st.ent(f"org:{name.lower()}", kind, name, country=country, sector=sector)


def _country_in_name(words: list[str], k: KB) -> str | None:
    """ "Atomic Energy Organization of Iran" -> IRN; "White House National Security Council"
    -> USA (a seat of power, a country name or adjective at either end)."""
    if len(words) < 2:
        return None
    if "of" in words:
        tail = " ".join(words[words.index("of") + 1 :])
        found = [e for e in k.lookup(tail) if e.kind == "country"]
        if found:
            return found[0].country
    last = [e for e in k.lookup(words[-1]) if e.kind == "country"]
    if last and words[0] in lexwords("ngo_first_word"):
        return last[0].country  # "Amnesty Kenya": the national branch
    for n in (2, 1):
        head = " ".join(words[:n])
        if head in k.seats:
            return k.entries[k.seats[head]].country
        found = [e for e in k.lookup(head) if e.kind == "country"]
        if found and len(words) > n:
            return found[0].country
    return None


def _place_in_name(words: list[str]) -> str | None:
    """The country of a state, province or city that a public body is named after
    ("Kentucky State Police", "Colorado Supreme Court", "University of Texas", "Los Angeles
    Police Department"); asked only of names whose words give a sector."""
    table = places()
    tail = words[words.index("of") + 1 :] if "of" in words else []
    for n in (3, 2, 1):
        for part in (words[:n], tail[:n]):
            iso = table.get(" ".join(part)) if len(part) == n and len(words) > n else None
            if iso:
                return iso
    return None


def shorter_name(text: str, st: State) -> Ent | None:
    """ "the Red Crescent" after "the Palestinian Red Crescent": the one organisation of the
    article whose longer name ends with this one."""
    name = norm_key(text)
    name = name[4:] if name.startswith("the ") else name
    if len(name.split()) < 2:
        return None
    found = [
        e
        for e in st.ents.values()
        if e.kind in ("org", "media")
        and e.mentions
        and e.name != name
        and any(t.endswith(" " + name) for t in (e.name, *(e.entry.aliases if e.entry else ())))
    ]
    return found[0] if len(found) == 1 else None


CONNECTORS = words("actors/orgs_connectors.txt")


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w[:1].isupper())


def defined_name(doc: Doc, i: int, acro: str) -> int | None:
    """First token of the name a parenthesised acronym at ``doc[i]`` ("(") spells out:
    "Pakistan Tehreek-e-Insaf (PTI)", "Kenya Medical Association (KMA)". Capitalised words
    and the connectors between them ("of", hyphen-joined "e") count; their initials must be
    the acronym's letters."""
    letters = "".join(c for c in acro if c.isalpha())
    words: list[str] = []
    lo = None
    j = i - 1
    while j >= 0 and i - j <= 12:
        t = doc[j]
        if t.text[:1].isupper() and t.text.replace("-", "").isalpha():
            parts = [p for p in t.text.split("-") if p]
        elif t.lower_ in CONNECTORS and j < i - 1:
            parts = []
        else:
            break
        words = parts + words
        if parts and parts[0][:1].isupper():
            got = _initials(words)
            if got == letters:
                lo = j
            elif len(got) > len(letters):
                break
        j -= 1
    return lo


def _defined_entity(doc: Doc, lo: int, hi: int, k: KB, st: State) -> str:
    """The actor a spelt-out name stands for: the KB's entity of that name, else an
    organisation the article introduces; mentions inside the name ("Pakistan" in "Pakistan
    Tehreek-e-Insaf") are not mentions of other actors."""
    text = doc[lo:hi].text
    found = [e for e in k.lookup(text) if e.kind in ("org", "media", "group", "country")]
    if len(found) == 1:
        f = found[0]
        e = st.ent(f.id, f.kind, f.name, entry=f, country=f.country, code=f.code)
    else:
        e = unknown_org(text, k, st)
    a, b = doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1].text)
    for other in st.ents.values():
        if other is not e:
            other.mentions = [m for m in other.mentions if not (a <= m.start and m.end <= b)]
    e.add(mention(doc, lo, hi, "name"))
    for t in range(lo, hi):
        st.token_ent[t] = e.key
    return e.key


def _only_token(e: Ent, tok: object) -> bool:
    """``e`` has a mention that is exactly this one token (an acronym read on its own)."""
    a = tok.idx  # type: ignore[attr-defined]
    b = a + len(tok.text)  # type: ignore[attr-defined]
    return any(m.start == a and m.end == b for m in e.mentions)


def acronyms(doc: Doc, st: State, k: KB | None = None) -> None:
    """ "the Foo Bar Post (FBP)": an acronym in parentheses right after a name joins that
    actor, and so does every later use of the acronym in the article, even where the
    knowledge base knows another body by the same letters (the article's own definition wins:
    "PTI" defined as a Pakistani party is not the Press Trust of India there)."""
    found: dict[str, str] = {}
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i == 0 or i + 2 >= n or doc[i + 2].text != ")":
            continue
        key = st.token_ent.get(i - 1)
        acro = doc[i + 1].text
        if not (acro.isupper() and 2 <= len(acro.replace("-", "")) <= 8):
            continue
        lo = defined_name(doc, i, acro) if k is not None else None
        if lo is not None and k is not None:
            covered = key is not None and any(
                m.first <= lo and m.last >= i for m in st.ents[key].mentions
            )
            if not covered:
                key = _defined_entity(doc, lo, i, k, st)
        if key is None:
            continue
        inner = st.token_ent.get(i + 1, key)
        held = st.ents[inner]
        if inner != key and held.name != acro and not _only_token(held, doc[i + 1]):
            continue  # the parenthesis holds a different actor
        found[acro] = key
    if not found:
        return
    for tok in doc:
        target = found.get(tok.text)
        if target is None:
            continue
        other = st.token_ent.get(tok.i)
        if other is not None and other != target and _only_token(st.ents[other], tok):
            st.ents[other].mentions = [  # the acronym was read as an actor of its own
                m for m in st.ents[other].mentions if m.start != tok.idx
            ]
            other = None
        if other is None:
            st.ents[target].add(mention(doc, tok.i, tok.i + 1, "alias"))
            st.token_ent[tok.i] = target
