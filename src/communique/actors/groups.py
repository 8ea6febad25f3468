"""Groups and bodies named by a country word and a noun: "U.S. officials", "Russian state
media", "the Chinese government", "Both the Russian and Chinese foreign ministries".

Each country of a coordination gets its own actor (one ministry per country); the code is the
country plus the noun's sector (USAGOV, RUSMED); a name the KB knows ("Ministry of Foreign
Affairs of Russia") links to the KB entry.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, GroupNoun
from communique.actors.mentions import mention
from communique.actors.model import State
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc

POSS = {"'s", "’s"}


def country_modifier(doc: Doc, j: int, k: KB, st: State) -> tuple[str, str, int] | None:
    """(iso3, surface, next token) for a country adjective or a country mention at ``j``."""
    if j >= len(doc):
        return None
    tok = doc[j]
    iso = k.adjectives.get(tok.text)
    if iso is not None:
        return iso, tok.text, j + 1
    key = st.token_ent.get(j)
    if key and key.startswith("c:") and (j == 0 or st.token_ent.get(j - 1) != key):
        end = j
        while end < len(doc) and st.token_ent.get(end) == key:
            end += 1
        surface = doc[j:end].text
        if end < len(doc) and doc[end].text in POSS:
            end += 1
        return key[2:], surface, end
    return None


def _noun(doc: Doc, m: int, k: KB) -> tuple[GroupNoun, int] | None:
    for length in (2, 1):
        if m + length > len(doc):
            continue
        gn = k.group_nouns.get(" ".join(t.lower_ for t in doc[m : m + length]))
        if gn is None:
            continue
        last = doc[m + length - 1]
        if last.dep_ in ("compound", "amod", "poss") and last.head.i >= m + length:
            return None  # "Russian military aid": the noun modifies another noun
        return gn, m + length
    return None


def find_groups(doc: Doc, k: KB, st: State) -> None:
    n = len(doc)
    starts = sorted(
        {t.i for t in doc if t.text in k.adjectives}
        | {i for i, key in st.token_ent.items() if key.startswith("c:")}
    )
    done = 0
    for i in starts:
        if i < done:
            continue
        done = _group_at(doc, k, st, i, n)


def _group_at(doc: Doc, k: KB, st: State, i: int, n: int) -> int:
    """Groups starting at token ``i``; returns the token where the search goes on."""
    mods: list[tuple[str, str, int]] = []
    j = i
    while True:
        c = country_modifier(doc, j, k, st)
        if c is None:
            break
        mods.append((c[0], c[1], j))
        j = c[2]
        if (
            j + 1 < n
            and doc[j].lower_ in ("and", ",", "or")
            and country_modifier(doc, j + 1, k, st)
        ):
            j += 1
            continue
        break
    if not mods:
        return i + 1
    m, found = j, _noun(doc, j, k)
    while found is None and m < n and m - j < 2 and doc[m].pos_ == "ADJ":
        m += 1  # "senior U.S. officials", "Chinese state-run media"
        found = _noun(doc, m, k)
    if found is None:
        return max(i + 1, j)
    gn, end = found
    for iso, surface, start in mods:
        _add(doc, k, st, gn, iso, surface, start, end)
    return end


def _add(
    doc: Doc, k: KB, st: State, gn: GroupNoun, iso: str, surface: str, start: int, end: int
) -> None:
    country = k.entries.get(f"c:{iso}")
    cname = country.name if country else iso
    name = gn.template.format(adj=surface, country=cname)
    surface = doc[start:end].text
    linked = [e for e in k.lookup(surface) + k.lookup(name) if e.kind in ("org", "media", "group")]
    if linked:
        e0 = linked[0]
        e = st.ent(e0.id, e0.kind, e0.name, entry=e0, country=e0.country, code=e0.code)
    else:
        e = st.ent(
            f"grp:{iso}:{name}",
            gn.kind,
            name,
            country=iso,
            sector=gn.sector,
            code=f"{iso}{gn.sector}",
        )
    e.add(mention(doc, start, end, "group"))
    for t in range(start, end):
        if t not in st.token_ent:
            st.token_ent[t] = e.key


SPEAKERS_FOR = words("actors/groups_speakers_for.txt")


def home_government(doc: Doc, k: KB, st: State) -> None:
    """ "the government said", "A government spokesperson said": with no country named, the
    government last named with its country ("Kenya's government"), else the article's
    country's (when the article has one)."""
    if "government" not in k.group_nouns:
        return
    gn = k.group_nouns["government"]
    named = sorted(
        (m.first, e.country)
        for e in st.ents.values()
        if e.name.startswith("Government of") and e.country
        for m in e.mentions
    )
    for tok in doc:
        if tok.lower_ != "government" or tok.i in st.token_ent or tok.i == 0:
            continue
        if doc[tok.i - 1].lower_ not in ("the", "a"):
            continue  # "China's government" is found with its country; "his government" not
        end = tok.i + 1
        if tok.dep_ == "compound" and tok.head.lower_ in SPEAKERS_FOR and tok.head.i == end:
            end += 1  # the spokesperson speaks for the government
        before = [iso for first, iso in named if first < tok.i]
        iso = before[-1] if before else st.home  # the government last named, else the home one
        country = k.entries.get(f"c:{iso}") if iso else None
        if country is None or iso is None:
            continue
        _add(doc, k, st, gn, iso, country.name, tok.i - 1, end)


HOME_BODIES = words("actors/groups_home_bodies.txt")


def home_body(doc: Doc, k: KB, st: State, word: str) -> str | None:
    """ "the army", "the authorities" that no body named so far fits: the article's country's
    (only when the article has one clear country); the key of that body, mention not added."""
    gn = k.group_nouns.get(word)
    country = k.entries.get(f"c:{st.home}") if st.home else None
    if gn is None or country is None or word not in HOME_BODIES:
        return None
    adj = next((a for a, iso in k.adjectives.items() if iso == st.home), country.name)
    name = gn.template.format(adj=adj, country=country.name)
    names = (name, f"{adj} {word}", f"{country.name}'s {word}")
    linked = [e for n in names for e in k.lookup(n) if e.kind in ("org", "media", "group")]
    if linked:
        e0 = linked[0]
        return st.ent(e0.id, e0.kind, e0.name, entry=e0, country=e0.country, code=e0.code).key
    e = st.ent(
        f"grp:{st.home}:{name}",
        gn.kind,
        name,
        country=st.home,
        sector=gn.sector,
        code=f"{st.home}{gn.sector}",
    )
    return e.key
