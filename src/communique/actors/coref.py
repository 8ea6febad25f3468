"""Coreference for attribution: descriptions ("the diplomat", "Russia's top diplomat", "the
former foreign minister") and third-person pronouns ("he said", "he told Wang", "his visit").

Rules for news, in one left-to-right pass (resolved mentions feed later ones):
- A description names a role; it refers to the one person mentioned so far whose role on the
  article's date (or, with "former", a role that ended before it) matches, within the country a
  modifier gives ("Russia's", "Chinese"). Several matches: the clearly most-mentioned one
  (twice the runner-up's mentions), else unresolved.
- A pronoun refers to the most recent compatible person in subject position within the current
  and the three previous sentences; outside a quotation, mentions inside quotations do not
  count (a pronoun after a quote paragraph refers to the speaker, who is outside it). An object
  pronoun ("told him") never refers to the subject of its own verb. Gender is used only where
  known (knowledge base, Mr/Ms). No subject candidate: the single person in the window, else
  unresolved.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from communique.actors import groups, orgref, plural
from communique.actors.given import gender_of
from communique.actors.kb import KB, lexwords
from communique.actors.mentions import is_subject, mention
from communique.actors.model import Ent, Seen, State
from communique.nlp import text_of
from communique.wordlists import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

MALE = {"he", "him", "his", "himself"}
NEUTER = {"it", "its"}
PLURAL = {"they"}
FEMALE = {"she", "her", "hers", "herself"}
OBJECT_DEPS = {"dobj", "pobj", "dative", "iobj"}
FORMER = {"former", "then", "outgoing"}
DETS = words("actors/coref_dets.txt")
QUOTES = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
WINDOW = 3


def quote_regions(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in QUOTES.finditer(text)]


def _quote_of(pos: int, regions: list[tuple[int, int]]) -> int:
    for n, (a, b) in enumerate(regions):
        if a <= pos < b:
            return n
    return -1


def resolve(doc: Doc, k: KB, st: State) -> None:
    for e in st.ents.values():
        if e.kind == "person" and not e.gender:
            e.gender = gender_of(e.name)  # "Lisa MacNeil": "she", never "he"
    regions = quote_regions(text_of(doc))
    sent_of = [0] * len(doc)
    for n, s in enumerate(doc.sents):
        for t in range(s.start, s.end):
            sent_of[t] = n
    items: list[tuple[int, int, int, int, str, bool]] = []  # start, order, a, b, key|kind, subj
    for e in st.ents.values():
        items += [(m.start, 0, m.head, m.head, e.key, m.subject) for m in e.mentions]
    items += [(doc[a].idx, 1, a, b, kind, False) for a, b, kind in _anaphors(doc, k, st)]
    items.sort(key=lambda x: (x[0], x[1]))
    seen: list[Seen] = []
    for start, is_anaphor, a, b, what, subj in items:
        if not is_anaphor:
            seen.append(
                Seen(start, what, subj, sent_of[a], _quote_of(start, regions), _verb(doc, a))
            )
            continue
        if what == "pronoun":
            key = _pronoun(doc, a, seen, st, sent_of, regions)
            if key is None and doc[a].lower_ in PLURAL:  # "Russia and China said they"
                for both in plural.coordinated(a, seen, st, sent_of):
                    st.ents[both].add(mention(doc, a, b, "pronoun"))
        elif what == "orgdesc":
            subjects = {s.key for s in seen if s.subject}
            word = doc[b - 1].lower_
            key = orgref.resolve_org(doc, st, word, [s.key for s in seen], subjects)
            key = key or groups.home_body(doc, k, st, word)  # "the army": the home country's
        elif what == "chief":
            keys = [s.key for s in seen]
            org_key = orgref.resolve_org(doc, st, doc[a + 1].lower_, keys)
            if org_key is not None:  # "the agency" of "the agency's chief"
                st.ents[org_key].add(mention(doc, a, a + 2, "description"))
            key = orgref.resolve_chief(doc, k, st, a, b, keys)
        else:
            key = _description(doc, k, st, a, b, seen)
        if key is None:
            continue
        m = mention(doc, a, b, what)
        st.ents[key].add(m)
        if what == "pronoun" and st.ents[key].gender is None:
            low = doc[a].lower_  # once "she", not later "he"
            st.ents[key].gender = "m" if low in MALE else "f" if low in FEMALE else None
        st.token_ent.setdefault(a, key)
        seen.append(
            Seen(
                m.start,
                key,
                m.subject,
                sent_of[m.head],
                _quote_of(m.start, regions),
                _verb(doc, m.head),
            )
        )


def _verb(doc: Doc, i: int) -> int:
    """The verb governing a mention's head, through coordination ("X and Y met")."""
    tok = doc[i]
    for _ in range(4):
        if tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
            tok = tok.head
    return tok.head.i


def _anaphors(doc: Doc, k: KB, st: State) -> list[tuple[int, int, str]]:
    out = []
    org_heads = orgref.heads(st)
    for tok in doc:
        low = tok.lower_
        personal = low in MALE or low in FEMALE
        acting = (low in NEUTER or low in PLURAL) and _acting_it(tok, k)
        if tok.i not in st.token_ent and (personal or acting):
            out.append((tok.i, tok.i + 1, "pronoun"))
        elif low == "the" or (
            st.token_ent.get(tok.i, "").startswith("c:")
            and tok.i + 1 < len(doc)
            and doc[tok.i + 1].text in ("'s", "’s")
        ):
            d = _description_span(doc, k, st, tok.i) or orgref.span(doc, st, tok.i, org_heads)
            if d is not None:
                out.append(d)
    return out


def _acting_it(tok: Token, k: KB) -> bool:
    """ "It said", "it accused", "its foreign minister": an "it" that can be an actor."""
    if tok.lower_ == "its":
        return True
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = tok.head
    if tok.dep_ == "nsubj" and verb.lemma_.lower() in k.it_verbs:
        return True
    # "Iran said it would respond": the subject of what a speaker says is usually the speaker;
    # not "X said it was a mistake", where "it" is the matter spoken of
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexwords("speech_verb"):
        return False
    if verb.lemma_ == "be" and tok.dep_ == "nsubj":
        return any(c.lower_ in lexwords("agent_state") for c in verb.children)
    return True


def _description_span(doc: Doc, k: KB, st: State, i: int) -> tuple[int, int, str] | None:
    # "the ...", "German foreign minister warns", "Russia's top diplomat"
    j = i + 1 if doc[i].text in k.adjectives or doc[i].lower_ == "the" else i + 2
    n = len(doc)
    while (
        j < n
        and j - i < 5
        and (doc[j].lower_ in lexwords("description_modifier") or doc[j].text in k.adjectives)
    ):
        j += 1
    if j >= n or doc[j].lower_ not in _first_words(k):
        return None  # no description starts here
    for length in (3, 2, 1):
        if j + length > n:
            continue
        head = " ".join(doc[x].lower_ for x in range(j, j + length))
        if head not in k.descriptions:
            continue
        end = j + length
        if any(t in st.token_ent for t in range(i + 1, end)):
            return None  # already a mention (an apposition, a title before a name)
        if end < n and (doc[end].pos_ == "PROPN" or doc[end].lower_ in ("of", "for")):
            return None  # a title before a name or a title with its own complement
        return i, end, "description"
    return None


_FIRST: dict[int, frozenset[str]] = {}


def _first_words(k: KB) -> frozenset[str]:
    """First words of the description heads ("top" of "top diplomat"), per KB."""
    if id(k) not in _FIRST:
        _FIRST[id(k)] = frozenset(h.split()[0] for h in k.descriptions)
    return _FIRST[id(k)]


def _roles(e: Ent, former: bool, date: str | None) -> list[str]:
    titles = [r.title for r in e.text_roles if r.former == former]
    if e.entry is not None:
        if former:
            titles += [r.title for r in e.entry.roles if r.ended_before(date)]
        else:
            titles += [r.title for r in e.entry.roles_on(date)]
    return [t.lower() for t in titles]


def _description(doc: Doc, k: KB, st: State, a: int, b: int, seen: list[Seen]) -> str | None:
    words = [t.lower_ for t in doc[a:b]]
    former = any(w in FORMER for w in words)
    country = None
    if st.token_ent.get(a, "").startswith("c:"):
        country = st.token_ent[a][2:]
    for t in doc[a:b]:
        country = country or k.adjectives.get(t.text)
    head = None
    for length in (3, 2, 1):
        cand = " ".join(words[-length:])
        if cand in k.descriptions:
            head = cand
            break
    if head is None:
        return None
    pattern = k.descriptions[head]
    counts: dict[str, int] = {}
    for s in seen:
        counts[s.key] = counts.get(s.key, 0) + 1
    matches = []
    for key in counts:
        e = st.ents[key]
        if country and e.country != country:
            continue
        if any(pattern.search(t) for t in _roles(e, former, st.date)):
            matches.append(key)
    if not matches and country:  # the lead names the role before the person: "Germany's
        later = [  # foreign minister warned ... Annalena Baerbock made the remarks"
            e.key
            for e in st.ents.values()
            if e.kind == "person"
            and e.country == country
            and any(pattern.search(t) for t in _roles(e, former, st.date))
        ]
        return later[0] if len(later) == 1 else None
    return _most_salient(matches, counts)


def _most_salient(keys: list[str], counts: dict[str, int]) -> str | None:
    if len(keys) == 1:
        return keys[0]
    if not keys:
        return None
    ranked = sorted(keys, key=lambda x: -counts[x])
    return ranked[0] if counts[ranked[0]] >= 2 * counts[ranked[1]] else None


def _relative_antecedent(doc: Doc, tok: Token, st: State) -> str | None:
    """The person a "who" clause hangs on, when the pronoun sits in that clause's complement."""
    verb = tok.head
    for _ in range(3):
        if verb.dep_ == "relcl" and any(
            c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children
        ):
            key = st.token_ent.get(verb.head.i)
            return key if key and st.ents[key].kind == "person" else None
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


def _gender_ok(e: Ent, pron: str) -> bool:
    if e.gender == "m":
        return pron not in FEMALE
    if e.gender == "f":
        return pron not in MALE or pron == "her"
    return True


def _pronoun(
    doc: Doc,
    i: int,
    seen: list[Seen],
    st: State,
    sent_of: list[int],
    regions: list[tuple[int, int]],
) -> str | None:
    tok = doc[i]
    pron = tok.lower_
    quote = _quote_of(tok.idx, regions)
    sent = sent_of[i]
    banned = None
    if tok.dep_ in OBJECT_DEPS:
        verb = tok.head.head.i if tok.dep_ == "pobj" else tok.head.i
        banned = {s.key for s in seen if s.subject and s.verb == verb}
    relative = _relative_antecedent(doc, tok, st)
    if relative is not None and _gender_ok(st.ents[relative], pron):
        return relative  # "Olaf Scholz, who said he agreed"
    window = []
    neuter, plural = pron in NEUTER, pron in PLURAL
    for s in reversed(seen):
        if s.sent < sent - (1 if neuter or plural else WINDOW):
            break
        if s.quote != -1 and s.quote != quote:
            continue
        e = st.ents[s.key]
        if plural and e.kind != "group" or not plural and (e.kind == "person") == neuter:
            continue  # "he": a person; "it": an organisation or country; "they": a group
        if not _gender_ok(e, pron) or (banned and s.key in banned):
            continue
        window.append(s)
    if not window:
        return None
    subjects = [s for s in window if s.subject]
    if plural and not subjects:
        return None  # "they" only for a group that has just spoken or acted
    if subjects:
        best = subjects[0]
        rivals = {s.key for s in subjects if s.sent == best.sent and s.verb == best.verb}
        return best.key if len(rivals) == 1 else None
    keys = {s.key for s in window}
    return next(iter(keys)) if len(keys) == 1 else None


__all__ = ["resolve", "is_subject"]
