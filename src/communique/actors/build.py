"""From candidate mentions to entities: knowledge-base linking, unknown names, surnames.

A surname (or a Chinese/Korean/Vietnamese family name written first) standing alone is the
person whose full name the article gives, whatever the NER labelled it ("Wang" tagged ORG after
"Wang Yi"); when two people of the article share it, it stays unresolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from communique.actors.context import (
    contextual,
    country_counts,
    dominant_country,
    home_with_outlet,
)
from communique.actors.famous import (
    add_known,
    after_title,
    famous_named,
    titled_holder,
)
from communique.actors.given import given_name_owner
from communique.actors.kb import KB, Entry, city_names, lexwords, norm_key
from communique.actors.mentions import head_index, mention
from communique.actors.model import Cand, State
from communique.actors.orgs import possessor, shorter_name, unknown_org
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
    names = {
        norm_key(doc[c.start : c.end].text)
        for c in cands
        if c.label == "PERSON" or any(e.kind == "person" for e in c.entries)
    }
    tails = name_tails(names)
    st.counts = country_counts(doc, cands, k)
    st.home = dominant_country(st.counts) or home_with_outlet(st.counts, st.outlet)
    for c in cands:
        text = doc[c.start : c.end].text
        if c.label in ("PERSON", "ORG") and not c.entries and _named_thing(doc, c):
            continue  # a ship, an operation or exercise: named, but not an actor
        if c.label == "PERSON" and not c.entries and _ngo_name(text):
            c.label = "ORG"  # "Amnesty Kenya", "Human Rights Watch Kenya": a body
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
        elif c.label in ("PERSON", "ORG") and _tail_of_other(norm_key(text), tails):
            deferred.append(c)  # "Al Thani" after "Mohammed bin Abdulrahman Al Thani"
            continue
        elif c.label == "PERSON":
            if _placed(doc[head_index(doc, c.start, c.end)]) and not after_title(doc, c.start, k):
                continue  # "near Khan Younis": a place the NER read as a person
            name = norm_key(text)
            e = st.ent(f"person:{name}", "person", name)
        elif c.label == "ORG" and _country_body(doc, c, k, st):
            continue  # "China's coast guard": the groups step names it with its country
        elif c.label == "ORG":
            e = shorter_name(text, st) or unknown_org(text, k, st, possessor(doc, c.start, st, k))
        elif c.label in ("GPE", "NORP") and c.end - c.start == 1:
            deferred.append(c)  # "Kibaki and Odinga sign ...": a surname the NER took for a place
            continue
        else:
            continue  # places the KB does not know are not actors
        e.add(mention(doc, c.start, c.end, how))
        e.gender = e.gender or c.gender
        st.mark(e.key, range(c.start, c.end))
    return deferred


def _country_body(doc: Doc, c: Cand, k: KB, st: State) -> bool:
    """ "China's coast guard", "Sudan's army": a body the groups step names with its country,
    not an unknown organisation called "coast guard"."""
    noun = doc[c.start : c.end].text.lower()
    return noun in k.group_nouns and possessor(doc, c.start, st, k) is not None


def _placed(tok: Token) -> bool:
    """ "near Khan Younis", "the town of Avdiivka": a place, not a person."""
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.i != prep.i:
        return prep.head.lemma_.lower() in lexwords("place_noun")
    said = [prep.head, *(o for o in prep.head.children if o.dep_ == "dobj")]
    if prep.lower_ == "from" and any(_said_by(t) for t in said):
        return False  # "a comment from Drew Weatherford", "drew a rebuke from X": who said it
    return prep.lower_ in lexwords("locative_prep")


def _said_by(tok: Token) -> bool:
    """A noun of speech ("comment", "statement", "remarks"): the nouns of the quote cues, one
    table for both stages. Imported here: the quotes package, loaded at module level, would
    close an import cycle through its stage, which reads the actors."""
    from communique.quotes.lexicon import cue_lexicon

    cues = cue_lexicon()
    return (tok.lemma_.lower(), "noun") in cues or (tok.lower_, "noun") in cues


PLACE_BOUND = words("actors/place_bound_nouns.txt")


def _local(tok: Token) -> bool:
    """ "a Groton resident", "Groton police": a name modifying a noun only places have."""
    return tok.dep_ in ("compound", "amod") and tok.head.lower_ in PLACE_BOUND


def placed_words(doc: Doc) -> tuple[frozenset[str], frozenset[str]]:
    """Proper nouns the article uses as places somewhere ("in X", "near X") or the NER tags as
    a place; and of those, the ones only a place can be ("an X resident", "X police", tagged
    a place): one pass over the tokens, for the lone-name checks."""
    placed, local = set(), set()
    for t in doc:
        if t.pos_ != "PROPN":
            continue
        if t.ent_type_ in ("GPE", "LOC") or _local(t) or _placed(t):
            placed.add(t.text)
        if _local(t):
            local.add(t.text)
    # a place the NER tags whole, not a word of one ("Black" of "the Black Sea")
    local |= {e.text for e in doc.ents if e.label_ in ("GPE", "LOC")}
    return frozenset(placed), frozenset(local)


def _city(text: str, places: tuple[frozenset[str], frozenset[str]]) -> bool:
    """A lone name this article uses as a place: a city of the gazetteer, or a one-word name it
    writes as only a place can be ("a Groton resident"; "polling from SFA" is no place)."""
    placed, local = places
    return text in placed and text in city_names() or (" " not in text and text in local)


def _named_thing(doc: Doc, c: Cand) -> bool:
    """A name given to a thing, not an actor: a ship ("a bulk carrier, the X Eagle", "the
    Liberian-flagged X"), an operation or exercise ("code-named Joint Sword-2024A"), an event
    ("the Deadly X Attack"), or any name with a digit in it."""
    toks = [doc[i] for i in range(c.start, c.end)]
    if any(ch.isdigit() for t in toks for ch in t.text):
        return True
    if toks[-1].lower_ in lexwords("thing_namer"):
        return True  # "... Attack", "... Exercise"
    lo = max(0, c.start - 3)
    before = [doc[i].lower_ for i in range(lo, c.start)]
    vessel, namer = lexwords("vessel_noun"), lexwords("thing_namer")
    if any(w in vessel or w.endswith("-flagged") for w in before):
        return True
    if before and before[-1] in namer:
        return True
    head = toks[-1]
    while head.head.i != head.i and c.start <= head.head.i < c.end:
        head = head.head
    return head.dep_ == "appos" and head.head.lower_ in vessel


def _ngo_name(text: str) -> bool:
    """ "Amnesty Kenya": a national branch of a known non-governmental body."""
    return any(text.startswith(w + " ") for w in lexwords("ngo_first_word"))


def _tail_of_other(name: str, tails: set[str]) -> bool:
    """ "Al Thani", "Le Pen", "Von der Leyen": the end of a full name the article gives."""
    return name.lower() in tails


def name_tails(names: set[str]) -> set[str]:
    """Every proper word-suffix of every name, lower-cased, once per article (a set look-up
    per candidate instead of a scan over all names)."""
    out: set[str] = set()
    for n in names:
        words = n.lower().split(" ")
        out.update(" ".join(words[i:]) for i in range(1, len(words)))
    return out


def _owners(idx: dict[str, list[str]], text: str) -> list[str]:
    """People a surname names; a particle that opens a sentence is capitalised ("Von der
    Leyen", "Le Pen") where the full name writes it in lower case."""
    found = idx.get(text)
    if found is None and " " in text:
        first, rest = text.split(" ", 1)
        found = idx.get(f"{first.lower()} {rest}")
    return found or []


def _same_title(doc: Doc, i: int, owners: list[str], st: State, k: KB) -> list[str]:
    """ "Sen. Johnson" where the story named Sen. Ron Johnson and Speaker Mike Johnson: the
    people the story introduced with the title the surname carries; all of them otherwise."""
    if len(owners) < 2 or i == 0 or not after_title(doc, i, k):
        return owners
    title = doc[i - 1].lower_
    text = doc.text
    same = [
        o
        for o in owners
        if any(
            text[max(0, m.start - 24) : m.start].rstrip().lower().endswith(title)
            for m in st.ents[o].mentions
        )
    ]
    return same or owners


def _salient(owners: list[str], st: State, at: int) -> list[str]:
    """Of several people a surname could name ("Kennedy" after Robert F. Kennedy Jr., John F.
    Kennedy and Robert F. Kennedy), the one the story has named most often before ``at``;
    all of them when no one leads."""
    if len(owners) < 2:
        return owners
    named = ("name", "surname", "given", "alias")
    counts = {o: sum(m.start < at and m.how in named for m in st.ents[o].mentions) for o in owners}
    best = sorted(counts.values(), reverse=True)
    return [max(counts, key=counts.__getitem__)] if best[0] > best[1] else owners


def surname_index(st: State, k: KB) -> dict[str, list[str]]:
    """Single-word keys (surnames, family names) -> keys of the people who bear them."""
    idx: dict[str, list[str]] = {}
    for e in st.ents.values():
        if e.kind != "person":
            continue
        words = e.name.replace("-", " ").split()
        while len(words) > 2 and words[-1].rstrip(".,").lower() in lexwords("name_suffix"):
            words = words[:-1]  # "Robert F. Kennedy Jr." is "Kennedy" too
        if len(words) < 2:
            continue
        keys = {" ".join(words[i:]) for i in range(1, len(words))}
        country = e.country
        if words[0] in k.east_asian and (country in lexwords("family_first") or country is None):
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
    places = placed_words(doc) if deferred else (frozenset(), frozenset())
    for c in deferred:
        text = norm_key(doc[c.start : c.end].text)
        owners = _owners(idx, text)
        owners = _salient(_same_title(doc, c.start, owners, st, k), st, doc[c.start].idx)
        holder = titled_holder(doc, c, text, owners, k, st)
        if holder is not None:
            add_known(doc, c, holder, st)
        elif len(owners) == 1:
            e = st.ents[owners[0]]
            first = _particles_before(doc, c.start, idx, st) if c.end - c.start == 1 else c.start
            e.add(mention(doc, first, c.end, "surname"))
            e.gender = e.gender or c.gender
            st.mark(e.key, range(first, c.end))
        elif owners or text.lower() in lexwords("skip_single") or text.lower() in k.titles:
            continue
        elif c.label in ("GPE", "NORP"):  # a place the KB does not know, or a leader's name
            if (leader := famous_named(doc, c, text, k, st)) is not None:
                add_known(doc, c, leader, st)
        elif c.label == "PERSON" and _placed(doc[c.start]):
            continue  # "the town of Avdiivka"
        elif not c.gender and _city(text, places):
            continue  # "Guayaquil" tagged PERSON or ORG where the article says "in Guayaquil"
        elif c.label == "PERSON" and (owner := given_name_owner(text, st, k)) is not None:
            st.ents[owner].add(mention(doc, c.start, c.end, "given"))  # "Katie, 45, said"
            st.mark(owner, range(c.start, c.end))
        elif (known := famous_named(doc, c, text, k, st)) is not None:
            add_known(doc, c, known, st)
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
        if tok.i in st.token_ent or not _name_like(tok):
            continue
        owners = _salient(idx.get(tok.text, []), st, tok.idx)
        if len(owners) == 1:
            e = st.ents[owners[0]]
            start = _particles_before(doc, tok.i, idx, st)
            e.add(mention(doc, start, tok.i + 1, "surname"))
            st.mark(e.key, range(start, tok.i + 1))


def _name_like(tok: Token) -> bool:
    """A proper noun, or a capitalised common noun standing alone ("Daszak replied that",
    "Persoons said": the tagger reads an unfamiliar surname opening a sentence as a common
    noun, even a plural one); a capitalised noun modifying another ("Rice prices") is no
    name. Only surnames of people the article named in full are looked up this way."""
    if tok.pos_ == "PROPN":
        return True
    return (
        tok.pos_ == "NOUN" and tok.tag_ in ("NN", "NNS") and tok.is_title and tok.dep_ != "compound"
    )


def _particles_before(doc: Doc, i: int, idx: dict[str, list[str]], st: State) -> int:
    """Start of a surname with its particles ("Le Pen", "van der Bellen", "al-Sudani")."""
    start = i
    for back in (1, 2):
        j = i - back
        if j < 0 or j in st.token_ent or doc[j].lower_ not in lexwords("name_particle"):
            break
        if _owners(idx, " ".join(t.text for t in doc[j : i + 1])):
            start = j
    return start
