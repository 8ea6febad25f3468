"""From candidate mentions to entities: knowledge-base linking, unknown names, surnames.

A surname (or a Chinese/Korean/Vietnamese family name written first) standing alone is the
person whose full name the article gives, whatever the NER labelled it ("Wang" tagged ORG after
"Wang Yi"); when two people of the article share it, it stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.kb import KB, Entry, norm_key, with_article
from communique.actors.model import Ent, Mention, State
from communique.actors.recognise import Cand

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
FAMILY_FIRST = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP"}
SKIP_SINGLE = {
    "state",
    "ministry",
    "council",
    "government",
    "president",
    "minister",
    "secretary",
    "parliament",
    "congress",
    "senate",
    "party",
    "army",
}


def head_index(doc: Doc, start: int, end: int) -> int:
    """The token of ``doc[start:end]`` whose syntactic head lies outside the range."""
    for i in range(start, end):
        h = doc[i].head.i
        if h == i or not start <= h < end:
            return i
    return end - 1


def is_subject(tok: Token) -> bool:
    """A clause subject, also through coordination or apposition ("Wang, the former ...")."""
    for _ in range(3):
        if tok.dep_ in SUBJECT_DEPS:
            return True
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
            continue
        return False
    return False


def mention(doc: Doc, start: int, end: int, how: str) -> Mention:
    h = head_index(doc, start, end)
    end_char = doc[end - 1].idx + len(doc[end - 1].text)
    return Mention(doc[start].idx, end_char, h, how, is_subject(doc[h]), start, end)


def country_counts(doc: Doc, cands: list[Cand], k: KB) -> dict[str, int]:
    """How often the article names each country: names, capitals, adjectives ("Sudanese") and
    the known people of that country."""
    counts: dict[str, int] = {}
    lead = _lead_end(doc)
    for c in cands:
        for e in c.entries[:1]:
            if e.kind in ("country", "person", "org") and e.country:
                weight = 2 if c.start < lead else 1  # headline and lead say what it is about
                counts[e.country] = counts.get(e.country, 0) + weight
    for t in doc:
        iso = k.adjectives.get(t.text)
        if iso is not None and t.ent_type_ in ("NORP", "") and t.pos_ in ("ADJ", "PROPN"):
            counts[iso] = counts.get(iso, 0) + (2 if t.i < lead else 1)
    return counts


def _lead_end(doc: Doc) -> int:
    """Token index where the headline and the first paragraph of text end."""
    paras = 0
    for t in doc:
        if "\n" in t.text and t.text.strip() == "" and t.i > 0:
            paras += 1
            if paras >= 2 and t.idx > 200:
                return t.i
    return len(doc)


def dominant_country(counts: dict[str, int]) -> str | None:
    """The country the article is about: the most named one, if named at least three times
    and half again as often as any other."""
    ranked = sorted(counts.items(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] * 1.5 > ranked[0][1]):
        return None
    return ranked[0][0]


def sentence_countries(doc: Doc, c: Cand, cands: list[Cand], k: KB, st: State) -> set[str]:
    """Countries named in the candidate's sentence (names, capitals, adjectives)."""
    lo, hi = st.sent_start[c.start], st.sent_end[c.start]
    out = {k.adjectives[t.text] for t in doc[lo:hi] if t.text in k.adjectives}
    for o in cands:
        if lo <= o.start < hi:
            out |= {e.country for e in o.entries if e.kind == "country" and e.country}
    return out


def contextual(doc: Doc, c: Cand, k: KB, st: State, cands: list[Cand]) -> list[Entry]:
    """Drop entries reached through a generic name ("Congress", "Labour") whose country is
    neither the article's nor named in the sentence: Brazil's Congress is not the U.S. one.
    A possessor ("the Philippines' National Security Council") decides outright."""
    key = norm_key(doc[c.start : c.end].text)
    key2 = key[4:] if key.startswith("the ") else key
    if not any((key, e.id) in k.generic or (key2, e.id) in k.generic for e in c.entries):
        return c.entries
    owner = possessor(doc, c.start, st, k)
    if owner is not None:
        return [e for e in c.entries if e.country == owner]
    here = sentence_countries(doc, c, cands, k, st)
    ok = [e for e in c.entries if e.country and (e.country == st.home or e.country in here)]
    if ok or not st.counts:
        return ok
    ranked = sorted(c.entries, key=lambda e: -st.counts.get(e.country or "", 0))
    best = st.counts.get(ranked[0].country or "", 0)
    if len(ranked) > 1 and best >= 2 and st.counts.get(ranked[1].country or "", 0) < best:
        return ranked[:1]  # of two parties called "Democratic Party", the more named country's
    if best == max(st.counts.values()) and best >= 2:
        return ranked[:1]
    return []


def choose(entries: list[Entry], label: str, date: str | None) -> Entry | None:
    """One entry for a name; people whose roles tell them apart by date; else None."""
    if label == "PERSON":
        people = [e for e in entries if e.kind == "person"]
        entries = people or entries
    if label in ("GPE", "LOC", "CAP"):
        entries = [e for e in entries if e.kind in ("country", "region")] or entries
    if label == "ORG":
        entries = [e for e in entries if e.kind in ("org", "media", "group")] or entries
    if len(entries) > 1:
        active = [e for e in entries if e.roles_on(date)]
        entries = active if len(active) == 1 else entries
    return entries[0] if len(entries) == 1 else None


def link(doc: Doc, cands: list[Cand], k: KB, st: State) -> list[Cand]:
    """Entities for linked and full-name candidates; returns the single names left over."""
    deferred = []
    names = {norm_key(doc[c.start : c.end].text) for c in cands if c.label == "PERSON"}
    st.counts = country_counts(doc, cands, k)
    st.home = dominant_country(st.counts)
    for c in cands:
        text = doc[c.start : c.end].text
        if c.entries:
            c.entries = contextual(doc, c, k, st, cands)
            if not c.entries and c.label not in ("PERSON", "ORG"):
                c.label = "ORG"
        if c.label == "ORG" and not c.entries and after_title(doc, c.start, k):
            c.label = "PERSON"  # "UN envoy Volker Perthes" tagged ORG
        entry = choose(c.entries, c.label, st.date) if c.entries else None
        how = {"CAP": "metonym", "SEAT": "metonym"}.get(c.label, "name")
        if entry is not None:
            e = st.ent(
                entry.id,
                entry.kind,
                entry.name,
                entry=entry,
                country=entry.country,
                code=entry.code,
                gender=entry.gender,
            )
        elif c.entries:
            continue  # ambiguous name: unresolved rather than guessed
        elif c.label in ("PERSON", "ORG") and c.end - c.start == 1:
            deferred.append(c)
            continue
        elif c.label == "PERSON" and _tail_of_other(norm_key(text), names):
            deferred.append(c)  # "Al Thani" after "Mohammed bin Abdulrahman Al Thani"
            continue
        elif c.label == "PERSON":
            if _placed(doc[head_index(doc, c.start, c.end)]):
                continue  # "near Khan Younis": a place the NER read as a person
            name = norm_key(text)
            e = st.ent(f"person:{name}", "person", name)
        elif c.label == "ORG":
            e = shorter_name(text, st) or unknown_org(text, k, st, possessor(doc, c.start, st, k))
        else:
            continue  # places the KB does not know are not actors
        e.add(mention(doc, c.start, c.end, how))
        e.gender = e.gender or c.gender
        st.mark(e.key, range(c.start, c.end))
    return deferred


LOCATIVE = {
    "in",
    "near",
    "at",
    "outside",
    "inside",
    "across",
    "into",
    "from",
    "towards",
    "toward",
    "around",
    "throughout",
}


def _placed(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in LOCATIVE


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


def _tail_of_other(name: str, names: set[str]) -> bool:
    return any(n != name and n.endswith(" " + name) for n in names)


def after_title(doc: Doc, i: int, k: KB) -> bool:
    """The tokens before ``i`` end with a person's title ("envoy", "Foreign Minister")."""
    words = [t.lower_ for t in doc[max(0, i - 3) : i]]
    return any(" ".join(words[j:]) in k.titles and words[j:] for j in range(len(words)))


def possessor(doc: Doc, i: int, st: State, k: KB) -> str | None:
    """The country of "the Philippines' / China's" right before token ``i``."""
    if i >= 2 and doc[i - 1].text in ("'s", "’s", "'", "’"):
        key = st.token_ent.get(i - 2)
        if key and key.startswith("c:"):
            return key[2:]
        cands = [e for e in k.lookup(doc[i - 2].text) if e.kind == "country"]
        return cands[0].country if cands else None
    return None


GLOBAL_WORDS = {
    "International",
    "World",
    "Global",
    "European",
    "African",
    "Asian",
    "United",
    "Regional",
    "Arab",
    "Islamic",
    "Atlantic",
    "Pacific",
}


def unknown_org(text: str, k: KB, st: State, owner: str | None = None) -> Ent:
    """An organisation the KB does not know: country from a leading adjective, a possessor
    ("the Philippines' National Security Council") or the name ("... of Iran"), sector from its
    words ("Iranian Foreign Ministry" -> IRN, GOV; "... Times" -> media). A national-sounding
    body with no country named ("the National Electoral Council") is of the article's country."""
    name = norm_key(text)
    if name.startswith("the "):
        name = name[4:]
    words = name.split()
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
    kind = "media" if sector == "MED" else "org"
    national = sector in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY") and len(words) > 1
    if country is None and national and not GLOBAL_WORDS & set(words):
        country = st.home
    return st.ent(f"org:{name.lower()}", kind, name, country=country, sector=sector)


def surname_index(st: State, k: KB) -> dict[str, list[str]]:
    """Single-word keys (surnames, family names) -> keys of the people who bear them."""
    idx: dict[str, list[str]] = {}
    for e in st.ents.values():
        if e.kind != "person":
            continue
        words = e.name.replace("-", " ").split()
        if len(words) < 2:
            continue
        keys = {" ".join(words[i:]) for i in range(1, len(words))}
        country = e.country
        if words[0] in k.east_asian and (country in FAMILY_FIRST or country is None):
            keys.add(words[0])
        if e.entry is not None:
            keys |= {a for a in e.entry.aliases if " " not in a}
        for w in keys:
            idx.setdefault(w, [])
            if e.key not in idx[w]:
                idx[w].append(e.key)
    return idx


def resolve_single(doc: Doc, deferred: list[Cand], k: KB, st: State) -> None:
    """Lone names: a surname of one person of the article joins that person; unknown lone
    PERSON names become people of their own; a lone ORG word becomes an organisation."""
    idx = surname_index(st, k)
    for c in deferred:
        text = norm_key(doc[c.start : c.end].text)
        owners = idx.get(text, [])
        if len(owners) == 1:
            e = st.ents[owners[0]]
            e.add(mention(doc, c.start, c.end, "surname"))
            e.gender = e.gender or c.gender
            st.mark(e.key, range(c.start, c.end))
        elif owners or text.lower() in SKIP_SINGLE or text.lower() in k.titles:
            continue
        elif c.label == "PERSON" and (known := famous_surname(text, k, st)) is not None:
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
        elif c.label == "PERSON":
            e = st.ent(f"person:{text}", "person", text, gender=c.gender)
            e.add(mention(doc, c.start, c.end, "name"))
            st.mark(e.key, range(c.start, c.end))
        else:
            e = unknown_org(text, k, st)
            e.add(mention(doc, c.start, c.end, "name"))
            st.mark(e.key, range(c.start, c.end))
    # surnames the NER did not tag at all
    for tok in doc:
        if tok.i in st.token_ent or tok.pos_ != "PROPN":
            continue
        owners = idx.get(tok.text, [])
        if len(owners) == 1:
            e = st.ents[owners[0]]
            e.add(mention(doc, tok.i, tok.i + 1, "surname"))
            st.mark(e.key, range(tok.i, tok.i + 1))


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
    for n in (2, 1):
        head = " ".join(words[:n])
        if head in k.seats:
            return k.entries[k.seats[head]].country
        found = [e for e in k.lookup(head) if e.kind == "country"]
        if found and len(words) > n:
            return found[0].country
    return None


def acronyms(doc: Doc, st: State) -> None:
    """ "the Foo Bar Post (FBP)": an acronym in parentheses right after a name joins that
    actor, and so does every later use of the acronym."""
    found: dict[str, str] = {}
    n = len(doc)
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i == 0 or i + 2 >= n or doc[i + 2].text != ")":
            continue
        key = st.token_ent.get(i - 1)
        acro = doc[i + 1].text
        if key is None or not (acro.isupper() and 2 <= len(acro) <= 8):
            continue
        inner = st.token_ent.get(i + 1, key)
        if inner != key and st.ents[inner].name != acro:
            continue  # the parenthesis holds a different actor
        found[acro] = key
    if not found:
        return
    for tok in doc:
        target = found.get(tok.text)
        if target is None:
            continue
        other = st.token_ent.get(tok.i)
        if other is not None and other != target and st.ents[other].name == tok.text:
            st.ents[other].mentions = [  # the acronym was read as an actor of its own
                m for m in st.ents[other].mentions if m.start != tok.idx
            ]
            other = None
        if other is None:
            st.ents[target].add(mention(doc, tok.i, tok.i + 1, "alias"))
            st.token_ent[tok.i] = target


def famous_surname(word: str, k: KB, st: State) -> Entry | None:
    """ "Ms. Harris" never introduced: the one KB person with that surname who holds an office
    on the article's date in the article's country (else nobody: "Yang" stays unknown)."""
    if st.home is None or st.date is None:
        return None
    found = [e for e in k.surnames.get(word, []) if e.country == st.home and e.roles_on(st.date)]
    return found[0] if len(found) == 1 else None
